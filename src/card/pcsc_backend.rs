//! The real backend: pcscd through the `pcsc` crate.

use std::ffi::CString;
use std::sync::mpsc;
use std::time::Duration;

use pcsc::{Context, Disposition, Protocols, Scope, ShareMode, State};

use super::monitor::{Monitor, snapshot_of};
use super::ops::{self, CardSession};
use super::{CardError, CardInfo, EventSink, GuidByteOrder, ReaderBackend, ReaderSnapshot, apdu};
use crate::ids::Atr;

/// How long one card operation may take before the caller gets `Timeout`.
pub const DEFAULT_OP_TIMEOUT: Duration = Duration::from_secs(10);

/// Watches pcscd's readers on a background thread and runs card operations.
pub struct PcscBackend {
    monitor: Monitor,
}

impl PcscBackend {
    /// Starts the reader monitor; events go to `sink`. Works without pcscd
    /// too: the monitor reports `ServiceUnavailable` and keeps retrying.
    pub fn start(sink: EventSink) -> Self {
        Self {
            monitor: Monitor::start(sink),
        }
    }
}

impl ReaderBackend for PcscBackend {
    fn snapshot(&self) -> Result<Vec<ReaderSnapshot>, CardError> {
        match self.monitor.snapshot() {
            Some(readers) => Ok(readers),
            // Not known yet (just started) or the service is down: ask directly.
            None => query_readers(),
        }
    }

    fn read_card(&self, reader: &str, order: GuidByteOrder) -> Result<CardInfo, CardError> {
        read_card(reader, order, DEFAULT_OP_TIMEOUT)
    }

    fn challenge(&self, reader: &str) -> Result<[u8; 8], CardError> {
        challenge(reader, DEFAULT_OP_TIMEOUT)
    }
}

/// PC/SC without a monitor thread, for one-shot commands: every call opens
/// its own context.
#[derive(Debug, Clone, Copy)]
pub struct PcscDirect {
    pub op_timeout: Duration,
}

impl Default for PcscDirect {
    fn default() -> Self {
        Self {
            op_timeout: DEFAULT_OP_TIMEOUT,
        }
    }
}

impl ReaderBackend for PcscDirect {
    fn snapshot(&self) -> Result<Vec<ReaderSnapshot>, CardError> {
        query_readers()
    }

    fn read_card(&self, reader: &str, order: GuidByteOrder) -> Result<CardInfo, CardError> {
        read_card(reader, order, self.op_timeout)
    }

    fn challenge(&self, reader: &str) -> Result<[u8; 8], CardError> {
        challenge(reader, self.op_timeout)
    }
}

/// Maps a pcsc error to words for the officer.
pub fn map_error(error: pcsc::Error, reader: &str) -> CardError {
    use pcsc::Error as E;
    match error {
        E::NoService | E::ServiceStopped | E::CommError => CardError::NoService,
        E::UnknownReader | E::ReaderUnavailable | E::NoReadersAvailable => {
            CardError::NoReader(reader.to_owned())
        }
        E::RemovedCard | E::ResetCard => CardError::CardRemoved,
        E::NoSmartcard => CardError::NoCard(reader.to_owned()),
        E::SharingViolation => CardError::ReaderBusy(reader.to_owned()),
        E::UnresponsiveCard | E::UnpoweredCard => CardError::Transport(
            "the card does not respond; it may be inserted the wrong way or be damaged".into(),
        ),
        E::UnsupportedCard | E::UnknownCard | E::InvalidAtr | E::ProtoMismatch => {
            CardError::Transport("this card or its protocol is not supported by the reader".into())
        }
        E::Timeout | E::Cancelled | E::SystemCancelled | E::Shutdown => {
            CardError::Transport("the smart-card service gave up on the request".into())
        }
        // Anything else is unexpected here; pcsc's own words are the best we have.
        other => CardError::Transport(other.to_string()),
    }
}

/// The readers and cards right now, from a fresh context (for the CLI).
pub fn query_readers() -> Result<Vec<ReaderSnapshot>, CardError> {
    let ctx = Context::establish(Scope::User).map_err(|e| map_error(e, ""))?;
    let names = match ctx.list_readers_owned() {
        Ok(names) => names,
        Err(pcsc::Error::NoReadersAvailable) => return Ok(vec![]),
        Err(e) => return Err(map_error(e, "")),
    };
    let mut states: Vec<pcsc::ReaderState> = names
        .into_iter()
        .map(|name| pcsc::ReaderState::new(name, State::UNAWARE))
        .collect();
    // UNAWARE makes this return at once with the current states.
    ctx.get_status_change(Duration::from_secs(2), &mut states)
        .map_err(|e| map_error(e, ""))?;
    Ok(states.iter().map(snapshot_of).collect())
}

/// Reads ATR and card id from the card in `reader`, inside one transaction.
pub fn read_card(
    reader: &str,
    order: GuidByteOrder,
    timeout: Duration,
) -> Result<CardInfo, CardError> {
    with_card(reader, timeout, move |session, atr| {
        Ok(CardInfo {
            atr,
            card_id: ops::read_card_id(session, order)?,
        })
    })
}

/// GET CHALLENGE on the card in `reader`.
pub fn challenge(reader: &str, timeout: Duration) -> Result<[u8; 8], CardError> {
    with_card(reader, timeout, |session, _| ops::get_challenge(session))
}

/// Connects (shared) to the card in `reader`, runs `op` inside one
/// transaction on a short-lived thread, and gives up after `timeout` so a
/// hung card never blocks the caller.
fn with_card<T: Send + 'static>(
    reader: &str,
    timeout: Duration,
    op: impl FnOnce(&mut dyn CardSession, Atr) -> Result<T, CardError> + Send + 'static,
) -> Result<T, CardError> {
    let name = reader.to_owned();
    run_with_timeout(timeout, move || run_on_card(&name, op))
}

/// Runs `work` on a short-lived thread and waits at most `timeout` for it. A
/// thread stuck on a hung card is left behind; it ends when the card does.
fn run_with_timeout<T: Send + 'static>(
    timeout: Duration,
    work: impl FnOnce() -> Result<T, CardError> + Send + 'static,
) -> Result<T, CardError> {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("card-op".into())
        .spawn(move || {
            let _: Result<_, _> = tx.send(work());
        });
    if let Err(error) = spawned {
        return Err(CardError::Transport(format!(
            "could not start the card thread: {error}"
        )));
    }
    match rx.recv_timeout(timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(CardError::Timeout {
            seconds: timeout.as_secs_f64().ceil() as u64,
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(CardError::Transport(
            "the card thread ended without an answer".into(),
        )),
    }
}

fn run_on_card<T>(
    reader: &str,
    op: impl FnOnce(&mut dyn CardSession, Atr) -> Result<T, CardError>,
) -> Result<T, CardError> {
    let fail = |e| map_error(e, reader);
    let ctx = Context::establish(Scope::User).map_err(fail)?;
    let c_name = CString::new(reader).map_err(|_| CardError::NoReader(reader.to_owned()))?;
    let mut card = ctx
        .connect(&c_name, ShareMode::Shared, Protocols::ANY)
        .map_err(fail)?;
    let atr = Atr::new(card.status2_owned().map_err(fail)?.atr().to_vec());
    let tx = card.transaction().map_err(fail)?;
    let mut session = PcscSession { card: &tx, reader };
    let result = op(&mut session, atr);
    // Ending the transaction can fail after a removal; the op's result says more.
    let _: Result<_, _> = tx.end(Disposition::LeaveCard);
    result
}

/// `transmit` over a pcsc card handle.
struct PcscSession<'a> {
    card: &'a pcsc::Card,
    reader: &'a str,
}

impl CardSession for PcscSession<'_> {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, CardError> {
        apdu::check_command(command)?;
        let mut buffer = [0u8; pcsc::MAX_BUFFER_SIZE];
        let answer = self
            .card
            .transmit(command, &mut buffer)
            .map_err(|e| map_error(e, self.reader))?;
        Ok(answer.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcsc_errors_map_to_officer_words() {
        use pcsc::Error as E;
        for e in [E::NoService, E::ServiceStopped, E::CommError] {
            assert_eq!(map_error(e, "R"), CardError::NoService);
        }
        assert_eq!(
            map_error(E::UnknownReader, "R"),
            CardError::NoReader("R".into())
        );
        assert_eq!(map_error(E::RemovedCard, "R"), CardError::CardRemoved);
        assert_eq!(map_error(E::ResetCard, "R"), CardError::CardRemoved);
        assert_eq!(
            map_error(E::NoSmartcard, "R"),
            CardError::NoCard("R".into())
        );
        assert_eq!(
            map_error(E::SharingViolation, "R"),
            CardError::ReaderBusy("R".into())
        );
        assert!(matches!(
            map_error(E::UnresponsiveCard, "R"),
            CardError::Transport(_)
        ));
    }

    #[test]
    fn a_hung_operation_times_out() {
        let slow = run_with_timeout(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_millis(500));
            Ok(1)
        });
        assert_eq!(slow, Err(CardError::Timeout { seconds: 1 }));
        assert_eq!(run_with_timeout(Duration::from_secs(5), || Ok(2)), Ok(2));
    }
}
