//! The card operations, written once over a tiny session trait so the real
//! and the simulated backend run exactly the same APDU sequence.

use uuid::Uuid;

use super::apdu::{self, Response};
use super::{CardError, GuidByteOrder, chuid};

/// One open connection to one card.
pub trait CardSession {
    /// Sends one command APDU and returns the raw response (data + SW1 SW2).
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError>;

    /// The same, for a command the card may take a minute over (on-card
    /// key generation): a session that bounds each command's wait waits
    /// longer for this one.
    fn transmit_slow(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        self.transmit(apdu)
    }
}

/// At most this many GET RESPONSE rounds: a card that keeps saying `61xx`
/// forever must not hang the program.
const MAX_CHAINED: usize = 64;

/// Sends a command and follows `61xx` (more data waiting: GET RESPONSE) and
/// `6Cxx` (wrong Le: send again with Le = xx). Returns the final status word
/// unchecked, with all data joined.
pub fn exchange(session: &mut dyn CardSession, command: &[u8]) -> Result<Response, CardError> {
    apdu::check_command(command)?;
    let first = apdu::parse_response(&session.transmit(command)?)?;
    exchange_from(session, command, first)
}

/// [`exchange`] once the first answer to `command` is in.
fn exchange_from(
    session: &mut dyn CardSession,
    command: &[u8],
    mut response: Response,
) -> Result<Response, CardError> {
    if response.sw1() == 0x6C {
        let again = apdu::with_le(command, response.sw2());
        response = apdu::parse_response(&session.transmit(&again)?)?;
    }
    let mut data = std::mem::take(&mut response.data);
    let mut rounds = 0;
    while response.sw1() == 0x61 {
        rounds += 1;
        if rounds > MAX_CHAINED {
            return Err(CardError::Malformed(
                "the card never finished sending its answer".into(),
            ));
        }
        response = apdu::parse_response(&session.transmit(&apdu::get_response(response.sw2()))?)?;
        data.append(&mut response.data);
    }
    Ok(Response {
        data,
        sw: response.sw,
    })
}

/// Sends a command of any length: the chained parts first (each must be
/// accepted with `9000`; any other answer ends the command there and is
/// returned), then the last part as [`exchange`] does. `slow` marks a
/// command the card may take a long time over.
pub fn send(
    session: &mut dyn CardSession,
    command: &apdu::Command<'_>,
    slow: bool,
) -> Result<Response, CardError> {
    let mut parts = command.parts();
    let Some(last) = parts.pop() else {
        return Err(CardError::Transport("an empty command".into()));
    };
    for part in parts {
        apdu::check_command(&part)?;
        let answer = apdu::parse_response(&session.transmit(&part)?)?;
        if answer.sw != apdu::SW_OK {
            return Ok(answer);
        }
    }
    if slow {
        apdu::check_command(&last)?;
        let first = session.transmit_slow(&last)?;
        exchange_from(session, &last, apdu::parse_response(&first)?)
    } else {
        exchange(session, &last)
    }
}

/// Sends a command and requires `9000`.
fn expect_ok(
    session: &mut dyn CardSession,
    command: &[u8],
    name: &'static str,
) -> Result<Vec<u8>, CardError> {
    let response = exchange(session, command)?;
    match response.sw {
        apdu::SW_OK => Ok(response.data),
        sw => Err(CardError::CardStatus { command: name, sw }),
    }
}

/// Reads the card id: SELECT PIV, then GET DATA CHUID, then the GUID in it.
/// A card without a PIV application or without a CHUID has no id (`None`).
pub fn read_card_id(
    session: &mut dyn CardSession,
    order: GuidByteOrder,
) -> Result<Option<Uuid>, CardError> {
    let select = exchange(session, &apdu::select_aid(&apdu::PIV_AID))?;
    match select.sw {
        apdu::SW_OK => {}
        apdu::SW_NOT_FOUND => return Ok(None),
        sw => {
            return Err(CardError::CardStatus {
                command: "SELECT PIV application",
                sw,
            });
        }
    }
    let chuid = exchange(session, &apdu::get_data(&apdu::CHUID_TAG_LIST))?;
    match chuid.sw {
        apdu::SW_OK => chuid::card_id_from_chuid(&chuid.data, order),
        apdu::SW_NOT_FOUND => Ok(None),
        sw => Err(CardError::CardStatus {
            command: "GET DATA (CHUID)",
            sw,
        }),
    }
}

/// Asks the card for 8 random bytes.
pub fn get_challenge(session: &mut dyn CardSession) -> Result<[u8; 8], CardError> {
    let data = expect_ok(session, &apdu::GET_CHALLENGE, "GET CHALLENGE")?;
    data.as_slice().try_into().map_err(|_| {
        CardError::Malformed(format!("GET CHALLENGE gave {} bytes, not 8", data.len()))
    })
}

#[cfg(test)]
mod tests;
