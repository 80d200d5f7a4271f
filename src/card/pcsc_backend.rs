//! The real backend: pcscd through the `pcsc` crate.

use std::time::Duration;

use pcsc::{Context, Scope, State};

use super::monitor::{Monitor, snapshot_of};
use super::pcsc_error::map_error;
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
