//! Small value types shared by the CM client and the card layer.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

/// A card's Answer To Reset, as raw bytes. Displays as lower-case hex without
/// spaces, the form the CM API's own example uses (`3b8d0180fb...`).
///
/// ```
/// use enroll_desk::ids::Atr;
/// let atr: Atr = "3B 95 13 81 01 80 73 FF 01 00 0B".parse().unwrap();
/// assert_eq!(atr.to_string(), "3b951381018073ff01000b");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Atr(Vec<u8>);

impl Atr {
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn to_hex(&self) -> String {
        hex::encode(&self.0)
    }
}

impl fmt::Display for Atr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for Atr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Atr({})", self.to_hex())
    }
}

/// Why a string is not an ATR.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{0}' is not an ATR: expected 2 to 33 bytes of hex, like 3b8d0180fba000000397425446590301c8"
)]
pub struct InvalidAtr(pub String);

impl FromStr for Atr {
    type Err = InvalidAtr;

    /// Accepts upper or lower case, with or without spaces or colons between bytes.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != ':')
            .collect();
        let bytes = hex::decode(&compact).map_err(|_| InvalidAtr(text.to_owned()))?;
        // ISO 7816-3: TS + T0 at least, 33 bytes at most.
        if !(2..=33).contains(&bytes.len()) {
            return Err(InvalidAtr(text.to_owned()));
        }
        Ok(Self(bytes))
    }
}

/// Parses a GUID as an officer or a server might write it: any case, with or
/// without braces. Returns `None` for anything else.
///
/// ```
/// use enroll_desk::ids::parse_guid;
/// let id = parse_guid("{BC88F13F-1B3C-4C5D-9E0F-0123456789AB}").unwrap();
/// assert_eq!(id.to_string(), "bc88f13f-1b3c-4c5d-9e0f-0123456789ab");
/// assert_eq!(parse_guid("bc88f13f1b3c4c5d9e0f0123456789ab"), None);
/// ```
pub fn parse_guid(text: &str) -> Option<Uuid> {
    let trimmed = text.trim();
    let inner = trimmed
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .unwrap_or(trimmed);
    // Only the hyphenated 36-character form: a bare 32-hex string is too easy
    // to confuse with an ATR or a serial number.
    if inner.len() != 36 {
        return None;
    }
    Uuid::parse_str(inner).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atr_parses_spaced_upper_case_and_prints_compact_lower_case() {
        let atr: Atr = "3B 95 13 81 01 80 73 FF 01 00 0B".parse().unwrap();
        assert_eq!(atr.to_string(), "3b9513810180 73ff01000b".replace(' ', ""));
        assert_eq!(atr.as_bytes().len(), 11);
    }

    #[test]
    fn atr_rejects_odd_hex_and_wrong_lengths() {
        assert!("3b8".parse::<Atr>().is_err());
        assert!("3b".parse::<Atr>().is_err());
        assert!("zz00".parse::<Atr>().is_err());
        assert!("00".repeat(34).parse::<Atr>().is_err());
    }

    #[test]
    fn guid_accepts_braces_and_case_but_not_compact_form() {
        let g = parse_guid("{BC88F13F-1B3C-4C5D-9E0F-0123456789AB}").unwrap();
        assert_eq!(g.to_string(), "bc88f13f-1b3c-4c5d-9e0f-0123456789ab");
        assert!(parse_guid("bc88f13f1b3c4c5d9e0f0123456789ab").is_none());
        assert!(parse_guid("not-a-guid").is_none());
        assert!(parse_guid("").is_none());
    }
}
