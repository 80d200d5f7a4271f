//! The PIV operations of the whole enrollment (NIST SP 800-73-4 and the
//! Yubico management-key extension), as functions over a held card's
//! session: select, the admin key, key generation, signing, certificate
//! objects, PIN and PUK. Command chaining and `61xx` are the exchange's
//! business (`ops::send`), never each operation's.

pub mod admin;
pub mod keys;
pub mod objects;
pub mod secrets;

use super::apdu::{self, Command, Response, SW_NOT_FOUND, SW_OK};
use super::ops::{CardSession, send};
use super::{CardError, chuid};

pub use keys::{Slot, generate_key, sign};
pub use objects::{put_certificate, read_certificate};
pub use secrets::{Reference, change_reference, reset_retry_counter, tries_left, verify};

/// Selects the PIV application; a card without one is refused.
pub fn select(session: &mut dyn CardSession) -> Result<(), CardError> {
    let answer = crate::card::ops::exchange(session, &apdu::select_aid(&apdu::PIV_AID))?;
    match answer.sw {
        SW_OK => Ok(()),
        SW_NOT_FOUND => Err(CardError::NoPivApplication),
        sw => Err(CardError::CardStatus {
            command: "SELECT PIV application",
            sw,
        }),
    }
}

/// Sends `command` and requires `9000`, naming it in the error.
fn expect_ok(
    session: &mut dyn CardSession,
    command: &Command<'_>,
    name: &'static str,
) -> Result<Vec<u8>, CardError> {
    expect_ok_after(session, command, name, false)
}

fn expect_ok_after(
    session: &mut dyn CardSession,
    command: &Command<'_>,
    name: &'static str,
    slow: bool,
) -> Result<Vec<u8>, CardError> {
    let Response { data, sw } = send(session, command, slow)?;
    match sw {
        SW_OK => Ok(data),
        sw => Err(CardError::CardStatus { command: name, sw }),
    }
}

/// The value of the first `tag` inside the template `outer` of `data`.
fn template_field(data: &[u8], outer: u32, tag: u32) -> Result<&[u8], CardError> {
    let missing = || CardError::Malformed(format!("the answer has no {outer:X}/{tag:X} field"));
    let top = chuid::parse_tlvs(data)?;
    let template = top.iter().find(|t| t.tag == outer).ok_or_else(missing)?;
    let inner = chuid::parse_tlvs(template.value)?;
    inner
        .iter()
        .find(|t| t.tag == tag)
        .map(|t| t.value)
        .ok_or_else(missing)
}
