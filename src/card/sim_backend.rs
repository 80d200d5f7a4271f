//! A simulated backend: readers and cards are added and removed by code (the
//! demo mode and the tests), and the card operations run against in-process
//! [`VirtualCard`]s through the same `ops` code as the real backend.
//!
//! Each card has a lock of its own, and the readers' lock is never held
//! while a card computes or holds its answer back (key generation), so
//! cards in different readers work in parallel and a card can be pulled
//! out in the middle of a slow command, which then fails as removed.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use uuid::Uuid;

use super::ops::{self, CardSession};
use super::{
    CardError, CardInfo, Challenge, ChallengeChoice, EventSink, GuidByteOrder, HeldCard,
    ReaderBackend, ReaderEvent, ReaderSnapshot, VirtualCard, challenge,
};
use crate::ids::Atr;

/// A card in a slot, with the insertion it belongs to: a card removed and put
/// back between two APDUs is a different insertion.
struct Slot {
    card: Arc<Mutex<VirtualCard>>,
    /// The card's ATR, readable while the card is busy.
    atr: Atr,
    insertion: u64,
}

/// How often a command held back by its card looks whether the card is
/// still in the reader.
const REMOVAL_POLL: Duration = Duration::from_millis(20);

/// Locks one card. A panic elsewhere while holding it leaves plain data
/// behind; keep going with it.
fn lock_card(card: &Mutex<VirtualCard>) -> MutexGuard<'_, VirtualCard> {
    card.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[derive(Default)]
struct State {
    readers: BTreeMap<String, Option<Slot>>,
    insertions: u64,
}

pub struct SimBackend {
    state: Mutex<State>,
    sink: EventSink,
}

impl SimBackend {
    pub fn new(sink: EventSink) -> Self {
        Self {
            state: Mutex::new(State::default()),
            sink,
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere while holding the lock leaves plain data behind;
        // keep going with it rather than poisoning the whole card layer.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds an empty reader (nothing happens if it already exists).
    pub fn add_reader(&self, name: &str) {
        let added = self.lock().readers.insert(name.to_owned(), None).is_none();
        if added {
            (self.sink)(ReaderEvent::ReaderAdded(name.to_owned()));
        }
    }

    /// Unplugs a reader; a card in it is removed first.
    pub fn remove_reader(&self, name: &str) {
        let removed = self.lock().readers.remove(name);
        if let Some(slot) = removed {
            if slot.is_some() {
                (self.sink)(ReaderEvent::CardRemoved {
                    reader: name.to_owned(),
                });
            }
            (self.sink)(ReaderEvent::ReaderRemoved(name.to_owned()));
        }
    }

    /// Puts `card` into `reader`, replacing (and removing) any card there.
    pub fn insert(&self, reader: &str, card: VirtualCard) -> Result<(), CardError> {
        let atr = card.atr().clone();
        let replaced = {
            let mut state = self.lock();
            state.insertions += 1;
            let insertion = state.insertions;
            let slot = state
                .readers
                .get_mut(reader)
                .ok_or_else(|| CardError::NoReader(reader.to_owned()))?;
            let card = Arc::new(Mutex::new(card));
            slot.replace(Slot {
                card,
                atr: atr.clone(),
                insertion,
            })
            .is_some()
        };
        if replaced {
            (self.sink)(ReaderEvent::CardRemoved {
                reader: reader.to_owned(),
            });
        }
        (self.sink)(ReaderEvent::CardInserted {
            reader: reader.to_owned(),
            atr,
        });
        Ok(())
    }

    /// Takes the card out of `reader`, if there is one, and hands it back
    /// (a trainee can put the same card in again). A command the card is
    /// computing fails as removed; the card comes back once it is done.
    pub fn remove(&self, reader: &str) -> Option<VirtualCard> {
        let removed = self
            .lock()
            .readers
            .get_mut(reader)
            .and_then(|slot| slot.take())?;
        (self.sink)(ReaderEvent::CardRemoved {
            reader: reader.to_owned(),
        });
        let card = Arc::try_unwrap(removed.card)
            .map(|card| card.into_inner().unwrap_or_else(|p| p.into_inner()))
            // A session still has it (mid-command): take a copy once it is done.
            .unwrap_or_else(|shared| lock_card(&shared).clone());
        Some(card)
    }

    /// Resets the card in `reader`, as another program disconnecting with
    /// `ResetCard` would: it forgets its session, and open sessions end.
    pub fn reset_card(&self, reader: &str) {
        let card = {
            let mut state = self.lock();
            state.insertions += 1;
            let insertion = state.insertions;
            match state.readers.get_mut(reader) {
                Some(Some(slot)) => {
                    slot.insertion = insertion;
                    Arc::clone(&slot.card)
                }
                _ => return,
            }
        };
        lock_card(&card).reset();
    }

    /// The card of `insertion` in `reader`; `CardRemoved` once it has left.
    fn card_of(&self, reader: &str, insertion: u64) -> Result<Arc<Mutex<VirtualCard>>, CardError> {
        match self.lock().readers.get(reader) {
            Some(Some(slot)) if slot.insertion == insertion => Ok(Arc::clone(&slot.card)),
            _ => Err(CardError::CardRemoved),
        }
    }

    /// Waits `time` as a card holding its answer back, failing as soon as
    /// the card is no longer the one of `insertion`.
    fn hold_back(&self, reader: &str, insertion: u64, time: Duration) -> Result<(), CardError> {
        let deadline = Instant::now() + time;
        loop {
            self.card_of(reader, insertion)?;
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(());
            }
            std::thread::sleep(left.min(REMOVAL_POLL));
        }
    }

    /// Opens a session on the card now in `reader`, leaving its state as
    /// the last session left it (sessions end with `LeaveCard`).
    fn session(&self, reader: &str) -> Result<(SimSession<'_>, CardInfo), CardError> {
        let mut state = self.lock();
        let slot = state
            .readers
            .get_mut(reader)
            .ok_or_else(|| CardError::NoReader(reader.to_owned()))?
            .as_mut()
            .ok_or_else(|| CardError::NoCard(reader.to_owned()))?;
        let info = CardInfo {
            atr: slot.atr.clone(),
            card_id: None,
        };
        let session = SimSession {
            backend: self,
            reader: reader.to_owned(),
            insertion: slot.insertion,
        };
        Ok((session, info))
    }
}

/// One connection to one inserted card; fails with `CardRemoved` once that
/// card is no longer in the reader.
struct SimSession<'a> {
    backend: &'a SimBackend,
    reader: String,
    insertion: u64,
}

impl CardSession for SimSession<'_> {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        let card = self.backend.card_of(&self.reader, self.insertion)?;
        // Only this card's lock while it computes; the readers stay free.
        let answer = lock_card(&card).answer(apdu);
        let Some(answer) = answer else {
            self.vanish();
            return Err(CardError::CardRemoved);
        };
        // Also fails when the card left while it computed.
        self.backend
            .hold_back(&self.reader, self.insertion, answer.hold_back)?;
        Ok(answer.apdu)
    }
}

impl SimSession<'_> {
    /// The vanish fault: the card leaves the reader (unless it already has).
    fn vanish(&self) {
        let left = {
            let mut state = self.backend.lock();
            match state.readers.get_mut(&self.reader) {
                Some(slot) if slot.as_ref().is_some_and(|s| s.insertion == self.insertion) => {
                    *slot = None;
                    true
                }
                _ => false,
            }
        };
        if left {
            (self.backend.sink)(ReaderEvent::CardRemoved {
                reader: self.reader.clone(),
            });
        }
    }
}

impl ReaderBackend for SimBackend {
    fn snapshot(&self) -> Result<Vec<ReaderSnapshot>, CardError> {
        Ok(self
            .lock()
            .readers
            .iter()
            .map(|(name, slot)| ReaderSnapshot {
                name: name.clone(),
                card: slot.as_ref().map(|s| s.atr.clone()),
            })
            .collect())
    }

    fn read_card(&self, reader: &str, order: GuidByteOrder) -> Result<CardInfo, CardError> {
        let (mut session, mut info) = self.session(reader)?;
        info.card_id = ops::read_card_id(&mut session, order)?;
        Ok(info)
    }

    fn hold(&self, reader: &str) -> Result<Box<dyn HeldCard + '_>, CardError> {
        let (session, info) = self.session(reader)?;
        Ok(Box::new(SimHold {
            session,
            atr: info.atr,
        }))
    }
}

/// A held simulated card: one session, so the card keeps its state (and a
/// witness it issued) until the hold ends or the card leaves.
struct SimHold<'a> {
    session: SimSession<'a>,
    atr: Atr,
}

impl HeldCard for SimHold<'_> {
    fn atr(&self) -> &Atr {
        &self.atr
    }

    fn session(&mut self) -> &mut dyn CardSession {
        &mut self.session
    }

    fn card_id(&mut self, order: GuidByteOrder) -> Result<Option<Uuid>, CardError> {
        ops::read_card_id(&mut self.session, order)
    }

    fn challenge(&mut self, choice: ChallengeChoice) -> Result<Challenge, CardError> {
        challenge::card_challenge(&mut self.session, choice)
    }
}

#[cfg(test)]
mod tests;
