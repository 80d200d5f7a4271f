//! What the desk does with each kind of request. Enroll takes a new card
//! (the whole enrollment); Unblock takes the card the request names. Every
//! other type (Retire, Revoke, Recover, Renew, OnlineUpdate, … — which the
//! REST API sends as numbers Microsoft does not document) is shown, never
//! offered a card: that work is done in the CM portal.

use crate::cm::RequestType;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestAction {
    /// A new card: bind it, enroll it.
    Enroll,
    /// The cardholder's own card, named by the request: unblock it.
    Unblock,
    /// Not carried out at this desk.
    Elsewhere,
}

pub fn action_for(kind: RequestType) -> RequestAction {
    match kind {
        RequestType::Enroll => RequestAction::Enroll,
        RequestType::Unblock => RequestAction::Unblock,
        RequestType::Unknown(_) => RequestAction::Elsewhere,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_enroll_and_unblock_are_done_here() {
        assert_eq!(action_for(RequestType::Enroll), RequestAction::Enroll);
        assert_eq!(action_for(RequestType::Unblock), RequestAction::Unblock);
        assert_eq!(
            action_for(RequestType::from_code(2)),
            RequestAction::Elsewhere
        );
    }
}
