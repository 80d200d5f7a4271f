//! The key slots: generating a key pair on the card, and signing with it.

use super::{Command, expect_ok_after, template_field};
use crate::card::CardError;
use crate::card::chuid::encode_tlv;
use crate::card::ops::CardSession;
use crate::pkix::{KeyAlgorithm, PublicKey};

/// The PIV key slots the enrollment fills, in the order it fills them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Slot {
    /// 9A, the key Windows smart-card logon uses.
    Authentication,
    /// 9C, digital signature.
    Signature,
    /// 9D, key management (encryption).
    KeyManagement,
    /// 9E, card authentication (no PIN).
    CardAuthentication,
}

impl Slot {
    /// The order in which a template's certificate requests take slots.
    pub const ENROLLMENT_ORDER: [Slot; 3] =
        [Slot::Authentication, Slot::Signature, Slot::KeyManagement];

    pub fn key_reference(self) -> u8 {
        match self {
            Self::Authentication => 0x9A,
            Self::Signature => 0x9C,
            Self::KeyManagement => 0x9D,
            Self::CardAuthentication => 0x9E,
        }
    }

    /// The tag of the data object that holds the slot's certificate.
    pub fn certificate_tag(self) -> [u8; 3] {
        match self {
            Self::Authentication => [0x5F, 0xC1, 0x05],
            Self::Signature => [0x5F, 0xC1, 0x0A],
            Self::KeyManagement => [0x5F, 0xC1, 0x0B],
            Self::CardAuthentication => [0x5F, 0xC1, 0x01],
        }
    }

    /// "9A", as PIV tools name slots.
    pub fn name(self) -> String {
        format!("{:02X}", self.key_reference())
    }
}

/// The PIV algorithm identifier (SP 800-78-4 table 6-2).
pub fn algorithm_id(algorithm: KeyAlgorithm) -> u8 {
    match algorithm {
        KeyAlgorithm::Rsa2048 => 0x07,
        KeyAlgorithm::EccP256 => 0x11,
        KeyAlgorithm::EccP384 => 0x14,
    }
}

/// Generates a key pair in `slot` on the card (GENERATE ASYMMETRIC KEY
/// PAIR; needs the admin key) and returns its public key. A real card
/// takes seconds to a minute for RSA, so this is sent as a slow command.
pub fn generate_key(
    session: &mut dyn CardSession,
    slot: Slot,
    algorithm: KeyAlgorithm,
) -> Result<PublicKey, CardError> {
    let data = encode_tlv(0xAC, &encode_tlv(0x80, &[algorithm_id(algorithm)]));
    let command = Command {
        ins: 0x47,
        p1: 0x00,
        p2: slot.key_reference(),
        data: &data,
        wants_answer: true,
    };
    let answer = expect_ok_after(session, &command, "GENERATE ASYMMETRIC KEY PAIR", true)?;
    let field = |tag| template_field(&answer, 0x7F49, tag).map(<[u8]>::to_vec);
    match algorithm {
        KeyAlgorithm::Rsa2048 => Ok(PublicKey::Rsa {
            modulus: field(0x81)?,
            exponent: field(0x82)?,
        }),
        KeyAlgorithm::EccP256 | KeyAlgorithm::EccP384 => Ok(PublicKey::Ec {
            algorithm,
            point: field(0x86)?,
        }),
    }
}

/// Signs `data` with the key in `slot` (GENERAL AUTHENTICATE with a
/// response placeholder `82 00` and the challenge `81`): for RSA `data`
/// is the whole padded block, for ECDSA the hash. Needs the PIN verified
/// (for slot 9C right before).
pub fn sign(
    session: &mut dyn CardSession,
    slot: Slot,
    algorithm: KeyAlgorithm,
    data: &[u8],
) -> Result<Vec<u8>, CardError> {
    let mut template = encode_tlv(0x82, &[]);
    template.extend(encode_tlv(0x81, data));
    let body = encode_tlv(0x7C, &template);
    let command = Command {
        ins: 0x87,
        p1: algorithm_id(algorithm),
        p2: slot.key_reference(),
        data: &body,
        wants_answer: true,
    };
    let answer = expect_ok_after(session, &command, "GENERAL AUTHENTICATE (sign)", true)?;
    template_field(&answer, 0x7C, 0x82).map(<[u8]>::to_vec)
}
