//! The card-management ("admin") key `9B`: proving the server's answer to
//! the card's witness, and replacing the key with the card's own.

use super::{Command, expect_ok};
use crate::card::admin_key::AdminKey;
use crate::card::apdu::{ADMIN_KEY_REF, SW_OK};
use crate::card::chuid::{encode_tlv, parse_tlvs};
use crate::card::ops::{CardSession, exchange, send};
use crate::card::{CardError, SecretKind};

/// Gives the card back its witness in clear (`7C 80 <W>`), which the
/// server worked out from the key it keeps for the card: the card is then
/// administrable until reset. A wrong answer is `WrongSecret(AdminKey)`.
pub fn answer_witness(
    session: &mut dyn CardSession,
    algorithm_id: u8,
    clear_witness: &[u8],
) -> Result<(), CardError> {
    let data = encode_tlv(0x7C, &encode_tlv(0x80, clear_witness));
    let answer = send(
        session,
        &Command {
            ins: 0x87,
            p1: algorithm_id,
            p2: ADMIN_KEY_REF,
            data: &data,
            wants_answer: false,
        },
        false,
    )?;
    match answer.sw {
        SW_OK => Ok(()),
        0x6982 => Err(CardError::WrongSecret {
            what: SecretKind::AdminKey,
            tries_left: None,
        }),
        sw => Err(CardError::CardStatus {
            command: "GENERAL AUTHENTICATE (admin key answer)",
            sw,
        }),
    }
}

/// Sets the card's admin key to `key` (Yubico's SET MANAGEMENT KEY,
/// `00 FF FF FF`, which PIV cards widely copy). Needs the admin key
/// authenticated first.
pub fn set_admin_key(session: &mut dyn CardSession, key: &AdminKey) -> Result<(), CardError> {
    let mut data = zeroize::Zeroizing::new(vec![key.algorithm_id(), ADMIN_KEY_REF]);
    let bytes = key.as_bytes();
    data.push(bytes.len() as u8);
    data.extend_from_slice(bytes);
    let command = Command {
        ins: 0xFF,
        p1: 0xFF,
        p2: 0xFF,
        data: &data,
        wants_answer: false,
    };
    expect_ok(session, &command, "SET MANAGEMENT KEY").map(drop)
}

/// Whether the admin key is still the factory default, from the card's
/// key metadata (`None` when the card does not offer metadata).
pub fn admin_key_is_default(session: &mut dyn CardSession) -> Result<Option<bool>, CardError> {
    default_flag(session, ADMIN_KEY_REF)
}

/// Tag `05` of GET METADATA for `reference` (1: the factory value).
pub(super) fn default_flag(
    session: &mut dyn CardSession,
    reference: u8,
) -> Result<Option<bool>, CardError> {
    let answer = exchange(session, &[0x00, 0xF7, 0x00, reference, 0x00])?;
    if answer.sw != SW_OK {
        return Ok(None);
    }
    Ok(parse_tlvs(&answer.data)?
        .iter()
        .find(|t| t.tag == 0x05)
        .and_then(|t| t.value.first())
        .map(|flag| *flag == 1))
}
