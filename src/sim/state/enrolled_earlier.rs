//! Cards a lesson needs as already enrolled (a cardholder back with a
//! blocked PIN): the server's side of an enrollment done on an earlier day,
//! without the card work. The desk makes the matching virtual card.

use uuid::Uuid;

use super::{SimSmartcard, SimState};
use crate::card::virtual_card::DEFAULT_ATR;
use crate::cm::{Request, RequestStatus, SmartcardStatus};
use crate::sim::scope::Caller;

impl SimState {
    /// Records `request` (not listed yet) as done: bound to the card
    /// `card_id` for `holder`, the smartcard Active, the request Completed.
    /// Returns the smartcard.
    pub(in crate::sim) fn enrolled_earlier(
        &mut self,
        holder: Caller,
        request: &mut Request,
        card_id: Uuid,
    ) -> Uuid {
        let smartcard = Uuid::new_v4();
        // The desk's virtual cards answer with the default ATR.
        let atr = hex::encode(DEFAULT_ATR);
        let card = super::smartcard_of(request, smartcard, SmartcardStatus::Active, card_id, atr);
        self.smartcards.insert(
            smartcard,
            SimSmartcard {
                card,
                holder,
                request: request.uuid,
                card_id,
                // Long handed over and forgotten.
                pin: None,
                last_challenge: None,
                certificates: Vec::new(),
            },
        );
        request.new_smartcard_uuid = Some(smartcard);
        request.status = RequestStatus::Completed;
        request.completed = request.submitted;
        smartcard
    }
}
