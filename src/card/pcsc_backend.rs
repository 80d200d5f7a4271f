//! The real backend: pcscd through the `pcsc` crate.

use std::time::Duration;

use pcsc::{Context, Scope, State};

use super::monitor::{Monitor, snapshot_of};
use super::pcsc_hold::PcscHold;
use super::{
    CardError, CardInfo, EventSink, GuidByteOrder, HeldCard, ReaderBackend, ReaderSnapshot,
};

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

    fn hold(&self, reader: &str) -> Result<Box<dyn HeldCard + '_>, CardError> {
        Ok(Box::new(PcscHold::start(reader, DEFAULT_OP_TIMEOUT)?))
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

    fn hold(&self, reader: &str) -> Result<Box<dyn HeldCard + '_>, CardError> {
        Ok(Box::new(PcscHold::start(reader, self.op_timeout)?))
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

/// Reads ATR and card id from the card in `reader`, in a hold of its own.
pub fn read_card(
    reader: &str,
    order: GuidByteOrder,
    timeout: Duration,
) -> Result<CardInfo, CardError> {
    let mut card = PcscHold::start(reader, timeout)?;
    Ok(CardInfo {
        atr: card.atr().clone(),
        card_id: card.card_id(order)?,
    })
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
}
