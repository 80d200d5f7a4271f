//! Card first: each card read is looked up on the server (whose it is, its
//! status, its requests), and so is a card id typed into the table's
//! search, which then finds that card's requests.

use uuid::Uuid;

use super::{Command, Desk};
use crate::cm::{CmError, Smartcard};
use crate::ids::parse_guid;
use crate::training::progress::Happening;
use crate::ui::card_lookup::Lookup;

impl Desk {
    /// Asks the server about `card_id` (again: it may have changed).
    pub(super) fn look_up(&mut self, card_id: Uuid) {
        if self.session.is_some() && self.lookups.ask(card_id) {
            self.send(Command::LookUpCard { card_id });
        }
    }

    pub(super) fn card_looked_up(
        &mut self,
        card_id: Uuid,
        result: Result<Vec<Smartcard>, CmError>,
    ) {
        // The card-first panel now says whose the card in the reader is.
        let owner_shown = result.as_ref().is_ok_and(|cards| !cards.is_empty());
        let answer = match result {
            Ok(cards) => Lookup::Known(cards),
            Err(error) => Lookup::Failed(crate::i18n::cm_error_words(&error)),
        };
        self.lookups.answered(card_id, answer);
        if owner_shown && self.readers.holds(card_id) {
            self.observe(Happening::OwnerShown { card_id });
        }
        self.search_by_card();
    }

    /// A card id in the table's search: looked up once, then the table
    /// shows that card's requests beside what the text itself matches.
    pub(super) fn search_by_card(&mut self) {
        let Some(card_id) = parse_guid(self.requests.search()) else {
            self.requests.set_search_smartcards(Vec::new());
            return;
        };
        if self.lookups.get(card_id).is_none() {
            self.look_up(card_id);
        }
        let smartcards = self.lookups.smartcards(card_id);
        self.requests.set_search_smartcards(smartcards);
    }
}
