//! A simulated backend: readers and cards are added and removed by code (the
//! demo mode and the tests), and the card operations run against in-process
//! [`VirtualCard`]s through the same `ops` code as the real backend.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

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
    card: VirtualCard,
    insertion: u64,
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
            slot.replace(Slot { card, insertion }).is_some()
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
    /// (a trainee can put the same card in again).
    pub fn remove(&self, reader: &str) -> Option<VirtualCard> {
        let removed = self
            .lock()
            .readers
            .get_mut(reader)
            .and_then(|slot| slot.take())
            .map(|slot| slot.card);
        if removed.is_some() {
            (self.sink)(ReaderEvent::CardRemoved {
                reader: reader.to_owned(),
            });
        }
        removed
    }

    /// Resets the card in `reader`, as another program disconnecting with
    /// `ResetCard` would: it forgets its state, and open sessions end.
    pub fn reset_card(&self, reader: &str) {
        let mut state = self.lock();
        state.insertions += 1;
        let insertion = state.insertions;
        if let Some(Some(slot)) = state.readers.get_mut(reader) {
            slot.card.reset();
            slot.insertion = insertion;
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
            atr: slot.card.atr().clone(),
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
        let answer = {
            let mut state = self.backend.lock();
            let slot = state
                .readers
                .get_mut(&self.reader)
                .ok_or(CardError::CardRemoved)?;
            match slot {
                Some(s) if s.insertion == self.insertion => {
                    let answer = s.card.process(apdu);
                    if answer.is_none() {
                        // The vanish fault: the card leaves the reader.
                        *slot = None;
                    }
                    answer
                }
                _ => return Err(CardError::CardRemoved),
            }
        };
        match answer {
            Some(answer) => Ok(answer),
            None => {
                (self.backend.sink)(ReaderEvent::CardRemoved {
                    reader: self.reader.clone(),
                });
                Err(CardError::CardRemoved)
            }
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
                card: slot.as_ref().map(|s| s.card.atr().clone()),
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
