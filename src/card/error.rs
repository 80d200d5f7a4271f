//! Card-layer errors, worded for a registration officer: what happened and
//! what to do next.

/// Everything that can go wrong between the program and a card.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardError {
    #[error(
        "the smart-card service (pcscd) is not running: start it (for example `systemctl start pcscd`) and try again"
    )]
    NoService,
    #[error("the card reader '{0}' is not connected: plug it in or choose another reader")]
    NoReader(String),
    #[error("there is no card in reader '{0}': insert the card and try again")]
    NoCard(String),
    #[error("the card was removed during the operation; put it back and try again")]
    CardRemoved,
    #[error("the card did not answer within {seconds} s: remove it, insert it again and retry")]
    Timeout { seconds: u64 },
    #[error("another program is using the card in '{0}': close it and try again")]
    ReaderBusy(String),
    #[error("the card refused {command}: {} (status {sw:04X})", sw_words(*.sw))]
    CardStatus { command: &'static str, sw: u16 },
    #[error(
        "this card has no PIV application, so it has no admin key to make the challenge with: set Challenge to Automatic or GET CHALLENGE in the settings (--challenge) if the server accepts that"
    )]
    NoAdminKey,
    #[error("this card has no PIV application: it cannot be enrolled by this desk; use a PIV card")]
    NoPivApplication,
    #[error("the card refused the {what}{}", tries_left.map(|n| format!(" ({n} tries left)")).unwrap_or_default())]
    WrongSecret {
        what: SecretKind,
        tries_left: Option<u8>,
    },
    #[error("the card's {what} is blocked")]
    Blocked { what: SecretKind },
    #[error("a PIN or PUK of {length} characters does not fit a PIV card (6 to 8)")]
    SecretLength { length: usize },
    #[error("the card's answer could not be understood ({0}); the card may not be supported")]
    Malformed(String),
    #[error("communication with the card failed ({0}): remove the card, insert it again and retry")]
    Transport(String),
}

/// Which of the card's secrets an error is about (never its value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    Pin,
    Puk,
    AdminKey,
}

impl std::fmt::Display for SecretKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Pin => "PIN",
            Self::Puk => "PUK",
            Self::AdminKey => "admin key",
        })
    }
}

/// Words for the ISO 7816-4 status words a PIV card commonly returns.
pub fn sw_words(sw: u16) -> &'static str {
    match sw {
        0x9000 => "success",
        0x6281 | 0x6282 => "part of the data may be corrupted or missing",
        0x6581 => "the card's memory failed",
        0x6700 => "wrong length",
        0x6882 => "secure messaging is not supported",
        0x6982 => "security status not satisfied (the card wants a PIN or authentication first)",
        0x6983 => "the card is blocked",
        0x6984 => "the referenced data is not usable",
        0x6985 => "conditions of use not satisfied",
        0x6986 => "command not allowed",
        0x6A80 => "incorrect data in the command",
        0x6A81 => "function not supported",
        0x6A82 => "application or data object not found",
        0x6A84 => "not enough memory on the card",
        0x6A86 => "incorrect P1 or P2",
        0x6A88 => "referenced data not found",
        0x6B00 => "wrong parameters",
        0x6D00 => "instruction not supported",
        0x6E00 => "class not supported",
        0x6F00 => "the card reported an internal error",
        sw if sw & 0xFFF0 == 0x63C0 => "verification failed",
        sw if sw & 0xFF00 == 0x6400 => "the card's state did not change (execution error)",
        _ => "unexpected status",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_errors_carry_words_and_hex() {
        let text = CardError::CardStatus {
            command: "SELECT PIV",
            sw: 0x6A82,
        }
        .to_string();
        assert!(text.contains("not found"), "{text}");
        assert!(text.contains("6A82"), "{text}");
        assert!(CardError::NoService.to_string().contains("pcscd"));
        assert_eq!(sw_words(0x63C2), "verification failed");
        assert_eq!(sw_words(0x1234), "unexpected status");
    }
}
