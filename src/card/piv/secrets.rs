//! The PIN (`80`) and the PUK (`81`): verify, change, reset the PIN with
//! the PUK, and the tries left. Values travel padded with `FF` to eight
//! bytes, in buffers wiped after use.

use zeroize::Zeroizing;

use super::Command;
use super::admin::default_flag;
use crate::card::CardError;
use crate::card::SecretKind;
use crate::card::apdu::{Response, SW_OK};
use crate::card::ops::{CardSession, send};

/// The card's two reference data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    Pin,
    Puk,
}

impl Reference {
    fn p2(self) -> u8 {
        match self {
            Self::Pin => 0x80,
            Self::Puk => 0x81,
        }
    }

    fn kind(self) -> SecretKind {
        match self {
            Self::Pin => SecretKind::Pin,
            Self::Puk => SecretKind::Puk,
        }
    }
}

/// A PIV PIN or PUK is 6 to 8 bytes.
pub const SECRET_LENGTHS: std::ops::RangeInclusive<usize> = 6..=8;

/// `value` padded with FF to eight bytes; refused when it does not fit.
fn padded(value: &str) -> Result<Zeroizing<Vec<u8>>, CardError> {
    let bytes = value.as_bytes();
    if !SECRET_LENGTHS.contains(&bytes.len()) {
        return Err(CardError::SecretLength {
            length: value.chars().count(),
        });
    }
    let mut out = Zeroizing::new(vec![0xFF; 8]);
    out[..bytes.len()].copy_from_slice(bytes);
    Ok(out)
}

/// Verifies the PIN (VERIFY `80`). A wrong one says the tries left.
pub fn verify(session: &mut dyn CardSession, pin: &str) -> Result<(), CardError> {
    let data = padded(pin)?;
    let answer = send(session, &command(0x20, Reference::Pin, &data), false)?;
    outcome(answer, Reference::Pin, "VERIFY")
}

/// The tries left for `reference`: VERIFY without data for the PIN; GET
/// METADATA (tag 06) for the PUK, which has no VERIFY.
pub fn tries_left(
    session: &mut dyn CardSession,
    reference: Reference,
) -> Result<Option<u8>, CardError> {
    if reference == Reference::Puk {
        return puk_tries(session);
    }
    let answer = send(session, &command(0x20, reference, &[]), false)?;
    match answer.sw {
        SW_OK => Ok(None),
        sw if sw & 0xFFF0 == 0x63C0 => Ok(Some((sw & 0x0F) as u8)),
        0x6983 => Ok(Some(0)),
        sw => Err(CardError::CardStatus {
            command: "VERIFY (tries left)",
            sw,
        }),
    }
}

fn puk_tries(session: &mut dyn CardSession) -> Result<Option<u8>, CardError> {
    let answer = crate::card::ops::exchange(session, &[0x00, 0xF7, 0x00, 0x81, 0x00])?;
    if answer.sw != SW_OK {
        return Ok(None);
    }
    Ok(crate::card::chuid::parse_tlvs(&answer.data)?
        .iter()
        .find(|t| t.tag == 0x06)
        .and_then(|t| t.value.get(1).copied()))
}

/// Whether `reference` still holds its factory value, from the card's
/// metadata (`None`: the card does not say).
pub fn is_default(
    session: &mut dyn CardSession,
    reference: Reference,
) -> Result<Option<bool>, CardError> {
    default_flag(session, reference.p2())
}

/// CHANGE REFERENCE DATA: `old` to `new` for the PIN or the PUK.
pub fn change_reference(
    session: &mut dyn CardSession,
    reference: Reference,
    old: &str,
    new: &str,
) -> Result<(), CardError> {
    let mut data = padded(old)?;
    data.extend_from_slice(&padded(new)?);
    let answer = send(session, &command(0x24, reference, &data), false)?;
    outcome(answer, reference, "CHANGE REFERENCE DATA")
}

/// RESET RETRY COUNTER: the PUK sets a new PIN and unblocks it.
pub fn reset_retry_counter(
    session: &mut dyn CardSession,
    puk: &str,
    new_pin: &str,
) -> Result<(), CardError> {
    let mut data = padded(puk)?;
    data.extend_from_slice(&padded(new_pin)?);
    let answer = send(session, &command(0x2C, Reference::Pin, &data), false)?;
    outcome(answer, Reference::Puk, "RESET RETRY COUNTER")
}

fn command(ins: u8, reference: Reference, data: &[u8]) -> Command<'_> {
    Command {
        ins,
        p1: 0x00,
        p2: reference.p2(),
        data,
        wants_answer: false,
    }
}

/// `9000`, or why not: a wrong value with its tries left, a blocked one.
fn outcome(answer: Response, checked: Reference, name: &'static str) -> Result<(), CardError> {
    let what = checked.kind();
    match answer.sw {
        SW_OK => Ok(()),
        sw if sw & 0xFFF0 == 0x63C0 && sw & 0x0F == 0 => Err(CardError::Blocked { what }),
        sw if sw & 0xFFF0 == 0x63C0 => Err(CardError::WrongSecret {
            what,
            tries_left: Some((sw & 0x0F) as u8),
        }),
        0x6983 => Err(CardError::Blocked { what }),
        sw => Err(CardError::CardStatus { command: name, sw }),
    }
}
