//! The trainee's hands on the simulated readers: new cards in, cards out,
//! the card just pulled put back, and a lesson's own cards, which lie on
//! the counter until the trainee puts one in a reader (and go back there
//! when pulled, always the same card).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use uuid::Uuid;

use super::DEMO_KEYGEN_TIME;
use crate::card::admin_key::AdminKey;
use crate::card::{CardError, SimBackend, VirtualCard};

pub struct DemoCards {
    readers: Arc<SimBackend>,
    /// The last card taken out of each reader.
    pulled: Mutex<HashMap<String, VirtualCard>>,
    /// How long each new card takes to make an RSA key.
    keygen_time: Mutex<Duration>,
    /// A lesson's slower cards, while it lasts: outranks `keygen_time`.
    lesson_keygen_time: Mutex<Option<Duration>>,
    /// The lesson's own cards: their ids, and those not in a reader.
    lesson_cards: Mutex<Vec<Uuid>>,
    counter: Mutex<Vec<VirtualCard>>,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl DemoCards {
    pub fn new(readers: Arc<SimBackend>) -> Self {
        Self {
            readers,
            pulled: Mutex::new(HashMap::new()),
            keygen_time: Mutex::new(DEMO_KEYGEN_TIME),
            lesson_keygen_time: Mutex::new(None),
            lesson_cards: Mutex::new(Vec::new()),
            counter: Mutex::new(Vec::new()),
        }
    }

    /// How long cards inserted from now on take to make an RSA key.
    pub fn set_keygen_time(&self, time: Duration) {
        *locked(&self.keygen_time) = time;
    }

    /// A lesson's own key time for cards inserted from now on (`None`:
    /// back to the desk's).
    pub fn set_lesson_keygen_time(&self, time: Option<Duration>) {
        *locked(&self.lesson_keygen_time) = time;
    }

    fn keygen(&self) -> Duration {
        locked(&self.lesson_keygen_time).unwrap_or(*locked(&self.keygen_time))
    }

    /// The readers, as the worker uses them.
    pub fn backend(&self) -> Arc<SimBackend> {
        self.readers.clone()
    }

    /// Inserts a new card with this id, or (`None`) one whose id cannot
    /// be read, so the officer types it in.
    pub fn insert(&self, reader: &str, card_id: Option<Uuid>) -> Result<(), CardError> {
        let card = match card_id {
            Some(id) => VirtualCard::new(Some(id)),
            None => VirtualCard::new(Some(Uuid::new_v4())).without_chuid(),
        };
        self.readers
            .insert(reader, card.with_keygen_time(self.keygen()))
    }

    pub fn remove(&self, reader: &str) {
        let Some(card) = self.readers.remove(reader) else {
            return;
        };
        let lesson_card = card
            .card_id()
            .is_some_and(|id| locked(&self.lesson_cards).contains(&id));
        if lesson_card {
            locked(&self.counter).push(card);
        } else {
            locked(&self.pulled).insert(reader.to_owned(), card);
        }
    }

    /// Puts the card last pulled from `reader` back in; false if there is none.
    pub fn put_back(&self, reader: &str) -> Result<bool, CardError> {
        let Some(card) = locked(&self.pulled).remove(reader) else {
            return Ok(false);
        };
        self.readers.insert(reader, card).map(|()| true)
    }

    /// Whether a pulled card waits to go back into `reader`.
    pub fn can_put_back(&self, reader: &str) -> bool {
        locked(&self.pulled).contains_key(reader)
    }

    /// Lays the forgot-PIN lesson's cards on the counter: each enrolled on
    /// an earlier day, its PIN since blocked by wrong tries. The lesson's
    /// template keeps the factory admin key (it does not diversify), so
    /// each card's PUK is the desk's PUK rule applied to that key, as the
    /// enrollment left it.
    pub fn lay_out_blocked_cards(&self, card_ids: &[Uuid]) {
        let puk = crate::enroll::puk::puk_for(&AdminKey::default());
        let cards = card_ids.iter().map(|id| {
            VirtualCard::new(Some(*id))
                .with_puk(puk.expose().as_bytes())
                .with_pin_blocked()
        });
        locked(&self.counter).extend(cards);
        locked(&self.lesson_cards).extend_from_slice(card_ids);
    }

    /// The ids of the lesson's cards on the counter, in the lesson's order.
    pub fn on_counter(&self) -> Vec<Uuid> {
        let counter = locked(&self.counter);
        (locked(&self.lesson_cards).iter())
            .filter(|id| counter.iter().any(|card| card.card_id() == Some(**id)))
            .copied()
            .collect()
    }

    /// Puts the lesson card `card_id` from the counter into `reader`;
    /// false when it is not on the counter.
    pub fn insert_from_counter(&self, reader: &str, card_id: Uuid) -> Result<bool, CardError> {
        let card = {
            let mut counter = locked(&self.counter);
            let Some(at) = counter.iter().position(|c| c.card_id() == Some(card_id)) else {
                return Ok(false);
            };
            counter.remove(at)
        };
        match self.readers.insert(reader, card.clone()) {
            Ok(()) => Ok(true),
            Err(error) => {
                // Not lost: it stays on the counter.
                locked(&self.counter).push(card);
                Err(error)
            }
        }
    }

    /// Every reader empty, nothing to put back, nothing on the counter:
    /// a lesson's clean start.
    pub fn clear(&self) {
        use crate::card::ReaderBackend;
        for reader in self.readers.snapshot().unwrap_or_default() {
            if reader.card.is_some() {
                self.readers.remove(&reader.name);
            }
        }
        locked(&self.pulled).clear();
        locked(&self.counter).clear();
        locked(&self.lesson_cards).clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::{GuidByteOrder, ReaderBackend};

    #[test]
    fn a_lesson_card_goes_from_the_counter_to_a_reader_and_back_the_same() {
        let readers = Arc::new(SimBackend::new(Box::new(|_| {})));
        readers.add_reader("R1");
        let cards = DemoCards::new(readers.clone());
        let (first, second) = (Uuid::new_v4(), Uuid::new_v4());
        cards.lay_out_blocked_cards(&[first, second]);
        assert_eq!(cards.on_counter(), [first, second]);
        assert!(cards.insert_from_counter("R1", second).unwrap());
        assert_eq!(cards.on_counter(), [first]);
        assert!(!cards.insert_from_counter("R1", second).unwrap(), "in R1");
        let read = readers.read_card("R1", GuidByteOrder::Microsoft).unwrap();
        assert_eq!(read.card_id, Some(second));
        cards.remove("R1");
        assert_eq!(cards.on_counter(), [first, second], "back on the counter");
        assert!(!cards.can_put_back("R1"), "not a pulled demo card");
        assert!(cards.insert_from_counter("R2", first).is_err(), "no R2");
        assert_eq!(cards.on_counter(), [first, second], "nothing lost");
        cards.clear();
        assert!(cards.on_counter().is_empty());
    }
}
