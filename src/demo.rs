//! Demo mode's world: the simulated CM server on a loopback port inside the
//! process, and four simulated readers where a trainee inserts and removes
//! virtual cards, which take a few seconds to make each key, as real cards
//! do. Everything the desk does against it is real HTTP and the same card
//! operations as on real hardware.

mod cards;

use std::sync::Arc;
use std::time::Duration;

use uuid::Uuid;

use crate::card::{CardError, EventSink, SimBackend};
use crate::sim::{Faults, SimConfig, SimServer};
pub use cards::DemoCards;

pub const DEMO_READERS: [&str; 4] = [
    "Demo Reader 1",
    "Demo Reader 2",
    "Demo Reader 3",
    "Demo Reader 4",
];

/// How long a demo card takes to make an RSA key: real cards take 5 to
/// 60 s; this is enough to see the board at work and short for a trainee.
pub const DEMO_KEYGEN_TIME: Duration = Duration::from_secs(3);

/// Sizes a trainer (or a benchmark) can set through the environment:
/// `ENROLL_DESK_DEMO_REQUESTS` requests in all (the first of the demo set,
/// then synthetic approved ones), `ENROLL_DESK_DEMO_READERS` readers (at
/// least four).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSize {
    /// `None`: the demo set as it is.
    pub requests: Option<usize>,
    pub readers: usize,
}

impl Default for DemoSize {
    fn default() -> Self {
        Self {
            requests: None,
            readers: DEMO_READERS.len(),
        }
    }
}

impl DemoSize {
    pub fn from_env() -> Self {
        let number = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|value| value.trim().parse::<usize>().ok())
        };
        let default = Self::default();
        Self {
            requests: number("ENROLL_DESK_DEMO_REQUESTS").or(default.requests),
            readers: number("ENROLL_DESK_DEMO_READERS")
                .map_or(default.readers, |n| n.max(default.readers)),
        }
    }

    /// "Demo Reader 1", "Demo Reader 2", …
    pub fn reader_names(self) -> impl Iterator<Item = String> {
        (1..=self.readers).map(|n| format!("Demo Reader {n}"))
    }
}

pub struct Demo {
    pub server: SimServer,
    pub readers: Arc<SimBackend>,
    pub cards: Arc<DemoCards>,
}

impl Demo {
    /// Starts the simulator on a free loopback port and adds the readers;
    /// reader events go to `sink`. Sizes come from the environment.
    pub fn start(sink: EventSink) -> std::io::Result<Self> {
        Self::start_sized(sink, DemoSize::from_env())
    }

    pub fn start_sized(sink: EventSink, size: DemoSize) -> std::io::Result<Self> {
        let listen = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
        let config = SimConfig {
            extra_requests: size.requests.unwrap_or(0),
            ..SimConfig::default()
        };
        let server = SimServer::start(listen, config)?;
        if let Some(total) = size.requests {
            server.with_state(|state| state.keep_first_requests(total));
        }
        let readers = Arc::new(SimBackend::new(sink));
        for name in size.reader_names() {
            readers.add_reader(&name);
        }
        let cards = Arc::new(DemoCards::new(readers.clone()));
        Ok(Self {
            server,
            readers,
            cards,
        })
    }

    /// Inserts a fresh card with its own id and returns that id.
    pub fn insert_new_card(&self, reader: &str) -> Result<Uuid, CardError> {
        let card_id = Uuid::new_v4();
        self.insert_card(reader, Some(card_id))?;
        Ok(card_id)
    }

    /// Inserts a card with this id, or one whose id cannot be read
    /// (`None`): the officer then has to type the card id in.
    pub fn insert_card(&self, reader: &str, card_id: Option<Uuid>) -> Result<(), CardError> {
        self.cards.insert(reader, card_id)
    }

    pub fn remove_card(&self, reader: &str) {
        self.cards.remove(reader);
    }

    /// The trainer's switches.
    pub fn set_faults(&self, faults: Faults) {
        self.server.set_faults(faults);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::card::{GuidByteOrder, ReaderBackend, ReaderEvent};

    #[test]
    fn four_readers_and_cards_that_come_and_go() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let demo = Demo::start(Box::new(move |e| log.lock().unwrap().push(e))).unwrap();
        assert!(demo.server.url().starts_with("http://127.0.0.1:"));
        let id = demo.insert_new_card(DEMO_READERS[1]).unwrap();
        let info = demo
            .readers
            .read_card(DEMO_READERS[1], GuidByteOrder::Microsoft)
            .unwrap();
        assert_eq!(info.card_id, Some(id));
        demo.remove_card(DEMO_READERS[1]);
        let events = seen.lock().unwrap().clone();
        assert_eq!(events.len(), 6, "{events:?}");
        assert!(
            matches!(&events[4], ReaderEvent::CardInserted { reader, .. } if reader == DEMO_READERS[1])
        );
        assert!(
            matches!(&events[5], ReaderEvent::CardRemoved { reader } if reader == DEMO_READERS[1])
        );
    }
}
