//! The key slots and their private keys: GENERATE ASYMMETRIC KEY PAIR
//! (`00 47 00 <slot> L AC { 80 01 <alg> [AA 01 <PIN policy>] [AB 01
//! <touch policy>] }`, admin key needed) and the public key it answers
//! with, `7F 49 { 81 n, 82 e }` or `7F 49 { 86 04‖X‖Y }`.

use rsa::rand_core::OsRng;
use rsa::traits::PublicKeyParts;

use super::VirtualCard;
use super::command::{
    Command, SW_SECURITY_STATUS, SW_WRONG_DATA, SW_WRONG_P1P2, SW_WRONG_SLOT, sw_only, with_ok,
};
use crate::card::chuid::{encode_tlv, parse_tlvs};

pub(super) const RSA_2048: u8 = 0x07;
pub(super) const ECC_P256: u8 = 0x11;
pub(super) const ECC_P384: u8 = 0x14;

/// A private key on the card. The key types wipe themselves when dropped;
/// `Debug` names the algorithm only.
#[derive(Clone)]
pub(super) enum PrivateKey {
    Rsa2048(Box<rsa::RsaPrivateKey>),
    P256(p256::ecdsa::SigningKey),
    P384(p384::ecdsa::SigningKey),
}

impl std::fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PrivateKey({:02X}, <redacted>)", self.algorithm())
    }
}

impl PrivateKey {
    /// A new key of PIV algorithm `algorithm`; `None` for one the card
    /// does not make (or, never seen, when the system has no randomness).
    fn generate(algorithm: u8) -> Option<Self> {
        match algorithm {
            RSA_2048 => rsa::RsaPrivateKey::new(&mut OsRng, 2048)
                .ok()
                .map(|key| Self::Rsa2048(Box::new(key))),
            ECC_P256 => Some(Self::P256(p256::ecdsa::SigningKey::random(&mut OsRng))),
            ECC_P384 => Some(Self::P384(p384::ecdsa::SigningKey::random(&mut OsRng))),
            _ => None,
        }
    }

    pub fn algorithm(&self) -> u8 {
        match self {
            Self::Rsa2048(_) => RSA_2048,
            Self::P256(_) => ECC_P256,
            Self::P384(_) => ECC_P384,
        }
    }

    /// The public key's fields as the card gives them: `81 n 82 e` for
    /// RSA, `86 04‖X‖Y` for EC.
    pub fn public_fields(&self) -> Vec<u8> {
        match self {
            Self::Rsa2048(key) => {
                let mut fields = encode_tlv(0x81, &key.n().to_bytes_be());
                fields.extend(encode_tlv(0x82, &key.e().to_bytes_be()));
                fields
            }
            Self::P256(key) => {
                encode_tlv(0x86, key.verifying_key().to_encoded_point(false).as_bytes())
            }
            Self::P384(key) => {
                encode_tlv(0x86, key.verifying_key().to_encoded_point(false).as_bytes())
            }
        }
    }
}

/// When a key wants the PIN (Yubico's policy values, tag `AA`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PinPolicy {
    Never = 1,
    /// Verified once in the session.
    Once = 2,
    /// Verified by the command right before each use.
    Always = 3,
}

impl PinPolicy {
    /// The slot's own policy (SP 800-73-4 table 4b): 9C signs only with
    /// the PIN just verified, 9E (card authentication) never asks for it.
    fn default_for(slot: u8) -> Self {
        match slot {
            0x9C => Self::Always,
            0x9E => Self::Never,
            _ => Self::Once,
        }
    }

    fn from_tag(value: u8, slot: u8) -> Option<Self> {
        match value {
            0 => Some(Self::default_for(slot)),
            1 => Some(Self::Never),
            2 => Some(Self::Once),
            3 => Some(Self::Always),
            _ => None,
        }
    }
}

/// A slot's key with the policies it was made with.
#[derive(Debug, Clone)]
pub(super) struct SlotKey {
    pub key: PrivateKey,
    pub pin_policy: PinPolicy,
    /// Kept to report it; a virtual card has nothing to touch.
    pub touch_policy: u8,
}

/// Whether `slot` holds an asymmetric key: 9A, 9C, 9D, 9E and the
/// retired key-management slots 82 to 95.
pub(super) fn is_key_slot(slot: u8) -> bool {
    matches!(slot, 0x9A | 0x9C | 0x9D | 0x9E | 0x82..=0x95)
}

/// What the `AC` template asks for.
struct Request {
    algorithm: u8,
    pin_policy: u8,
    touch_policy: u8,
}

fn control_template(data: &[u8]) -> Option<Request> {
    let [template] = parse_tlvs(data).ok()?.try_into().ok()?;
    if template.tag != 0xAC {
        return None;
    }
    let mut request = Request {
        algorithm: 0,
        pin_policy: 0,
        touch_policy: 0,
    };
    for field in parse_tlvs(template.value).ok()? {
        let [value] = field.value else {
            return None;
        };
        match field.tag {
            0x80 => request.algorithm = *value,
            0xAA => request.pin_policy = *value,
            0xAB if *value <= 3 => request.touch_policy = *value,
            _ => return None,
        }
    }
    Some(request)
}

impl VirtualCard {
    /// GENERATE ASYMMETRIC KEY PAIR into a key slot. A new RSA key holds
    /// its answer back for the card's key generation time.
    pub(super) fn generate(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.p1 != 0 {
            return sw_only(SW_WRONG_P1P2);
        }
        if !is_key_slot(cmd.p2) {
            return sw_only(SW_WRONG_SLOT);
        }
        if !self.session.admin_authenticated {
            return sw_only(SW_SECURITY_STATUS);
        }
        let Some(request) = control_template(cmd.data) else {
            return sw_only(SW_WRONG_DATA);
        };
        let Some(pin_policy) = PinPolicy::from_tag(request.pin_policy, cmd.p2) else {
            return sw_only(SW_WRONG_DATA);
        };
        let Some(key) = PrivateKey::generate(request.algorithm) else {
            return sw_only(SW_WRONG_DATA);
        };
        let public = encode_tlv(0x7F49, &key.public_fields());
        if key.algorithm() == RSA_2048 {
            self.session.hold_back = self.keygen_time;
        }
        let slot = SlotKey {
            key,
            pin_policy,
            // 0 asks for the default, which on a card without a button is "never".
            touch_policy: request.touch_policy.max(1),
        };
        self.keys.insert(cmd.p2, slot);
        with_ok(public)
    }
}

#[cfg(test)]
mod tests;
