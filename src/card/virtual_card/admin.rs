//! The card-management ("admin") key `9B` with GENERAL AUTHENTICATE, the
//! ways yubico-piv-tool, OpenSC and the desk use it:
//! - witness: `7C 02 80 00` gives `7C 0A 80 08 <E(K,W)>`; `7C .. 80 n <W>`
//!   answers it, once, in the session that issued it, and may add
//!   `81 n <challenge>` for the card to prove itself (`7C .. 82 n <E(K,C)>`);
//! - challenge: `7C 02 81 00` gives `7C .. 81 n <C>`; `7C .. 82 n <E(K,C)>`
//!   answers it.
//!
//! Either makes the session administrable until reset. Yubico's SET
//! MANAGEMENT KEY (`00 FF FF FF|FE`) then replaces the key.

use zeroize::Zeroizing;

use super::VirtualCard;
use super::command::{
    Command, SW_CONDITIONS, SW_OK, SW_SECURITY_STATUS, SW_WRONG_DATA, SW_WRONG_P1P2, sw_only,
    with_ok,
};
use crate::card::admin_key::AdminKey;
use crate::card::apdu::ADMIN_KEY_REF;
use crate::card::chuid::{encode_tlv, parse_tlvs};

/// What the card issued and waits to see answered; a reset forgets it.
#[derive(Clone)]
pub(super) enum Issued {
    /// A witness, kept in clear, sent encrypted.
    Witness(Zeroizing<Vec<u8>>),
    /// A challenge, sent in clear, to come back encrypted.
    Challenge(Zeroizing<Vec<u8>>),
}

impl std::fmt::Debug for Issued {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Issued(<redacted>)")
    }
}

impl VirtualCard {
    pub(super) fn admin_authenticate(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.p1 != self.admin_key.algorithm_id() {
            return sw_only(SW_WRONG_P1P2);
        }
        let Some(fields) = dynamic_template(cmd.data) else {
            return sw_only(SW_WRONG_DATA);
        };
        match (fields.witness, fields.challenge, fields.response) {
            (Some([]), None, None) => self.issue(false),
            (None, Some([]), None) => self.issue(true),
            (Some(answer), challenge, None) => self.check_witness(answer, challenge),
            (None, None, Some(response)) => self.check_challenge(response),
            _ => sw_only(SW_WRONG_DATA),
        }
    }

    /// A random block: a witness goes out encrypted under tag 80, a
    /// challenge in clear under tag 81.
    fn issue(&mut self, challenge: bool) -> Vec<u8> {
        let mut block = Zeroizing::new(vec![0u8; self.admin_key.block_len()]);
        fastrand::fill(&mut block);
        let sent = if challenge {
            encode_tlv(0x81, &block)
        } else {
            let Some(sealed) = self.admin_key.encrypt(&block) else {
                return sw_only(0x6F00);
            };
            encode_tlv(0x80, &sealed)
        };
        self.session.issued = Some(if challenge {
            Issued::Challenge(block)
        } else {
            Issued::Witness(block)
        });
        with_ok(encode_tlv(0x7C, &sent))
    }

    fn check_witness(&mut self, answer: &[u8], challenge: Option<&[u8]>) -> Vec<u8> {
        // One try per witness, right or wrong.
        let Some(Issued::Witness(expected)) = self.session.issued.take() else {
            return sw_only(SW_CONDITIONS);
        };
        self.session.admin_authenticated = answer == expected.as_slice();
        if !self.session.admin_authenticated {
            return sw_only(SW_SECURITY_STATUS);
        }
        match challenge.map(|c| self.admin_key.encrypt(c)) {
            None => sw_only(SW_OK),
            Some(Some(sealed)) => with_ok(encode_tlv(0x7C, &encode_tlv(0x82, &sealed))),
            Some(None) => {
                self.session.admin_authenticated = false;
                sw_only(SW_WRONG_DATA)
            }
        }
    }

    fn check_challenge(&mut self, response: &[u8]) -> Vec<u8> {
        let Some(Issued::Challenge(challenge)) = self.session.issued.take() else {
            return sw_only(SW_CONDITIONS);
        };
        let expected = self.admin_key.encrypt(&challenge).map(Zeroizing::new);
        self.session.admin_authenticated = expected.is_some_and(|e| response == e.as_slice());
        if self.session.admin_authenticated {
            sw_only(SW_OK)
        } else {
            sw_only(SW_SECURITY_STATUS)
        }
    }

    /// SET MANAGEMENT KEY: `<algorithm> 9B <length> <key>`, 3DES or
    /// AES-128 (P2 `FE` asks for touch, which a virtual card ignores).
    pub(super) fn set_admin_key(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.p1 != 0xFF || !matches!(cmd.p2, 0xFF | 0xFE) {
            return sw_only(SW_WRONG_P1P2);
        }
        if !self.session.admin_authenticated {
            return sw_only(SW_SECURITY_STATUS);
        }
        let [algorithm, ADMIN_KEY_REF, len, key @ ..] = cmd.data else {
            return sw_only(SW_WRONG_DATA);
        };
        let new = AdminKey::from_bytes(key)
            .filter(|new| usize::from(*len) == key.len() && new.algorithm_id() == *algorithm);
        match new {
            Some(new) => {
                self.admin_key = new;
                sw_only(SW_OK)
            }
            None => sw_only(SW_WRONG_DATA),
        }
    }
}

/// The parts of a dynamic authentication template (`7C`) the admin key uses.
struct Template<'a> {
    witness: Option<&'a [u8]>,
    challenge: Option<&'a [u8]>,
    response: Option<&'a [u8]>,
}

fn dynamic_template(data: &[u8]) -> Option<Template<'_>> {
    let [template] = parse_tlvs(data).ok()?.try_into().ok()?;
    if template.tag != 0x7C {
        return None;
    }
    let inner = parse_tlvs(template.value).ok()?;
    let find = |tag| inner.iter().find(|t| t.tag == tag).map(|t| t.value);
    Some(Template {
        witness: find(0x80),
        challenge: find(0x81),
        response: find(0x82),
    })
}

#[cfg(test)]
mod tests;
