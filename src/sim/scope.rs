//! The one rule of who may touch what on a simulator a classroom shares:
//! a desk reaches its own lesson requests and the shared demo set, and
//! only the smartcards it bound itself (on either); a request someone
//! bound is theirs alone from then on (its certificates, its status). A
//! caller without a desk (a plain simulator's officer) reaches the shared
//! set and what it bound. What is out of reach answers as if it did not
//! exist, in the same words.
//!
//! Every CM route goes through here: `check_path` runs for the ids in each
//! route's path before the route does (so a new route under `requests/{id}`
//! or `smartcards/{id}` is scoped without a line of its own); a route
//! reading an id from its body calls `reach`, and a list keeps what
//! `may_touch` allows.

use uuid::Uuid;

use super::classroom::DeskId;
use super::state::{Refusal, SimState};
use crate::ids::parse_guid;

/// Who a CM call comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    /// No desk key, on a simulator that is not a classroom.
    Keyless,
    /// A desk of the classroom, by the key it was given.
    Desk(DeskId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Request(Uuid),
    Smartcard(Uuid),
}

impl SimState {
    /// Whether `caller` may see or use `thing`.
    pub fn may_touch(&self, caller: Caller, thing: Thing) -> bool {
        match thing {
            Thing::Request(id) => self.request(id).is_some_and(|request| {
                let lesson_owner = self.classroom.owner(id);
                // A request bound in the demo data has no holder: shared.
                let binder = request
                    .new_smartcard_uuid
                    .and_then(|sc| self.smartcard_holder(sc));
                lesson_owner.is_none_or(|owner| caller == Caller::Desk(owner))
                    && binder.is_none_or(|holder| caller == holder)
            }),
            Thing::Smartcard(id) => self.smartcard_holder(id) == Some(caller),
        }
    }

    /// `Ok` when `caller` may touch `thing`; else "not found", as for a
    /// thing that does not exist.
    pub fn reach(&self, caller: Caller, thing: Thing) -> Result<(), Refusal> {
        if self.may_touch(caller, thing) {
            return Ok(());
        }
        Err(Refusal::NotFound(match thing {
            Thing::Request(id) => format!("Request {id} was not found."),
            Thing::Smartcard(id) => format!("Smartcard {id} was not found."),
        }))
    }
}

/// Checks every request and smartcard a CM route's path names
/// (`requests/{id}`, `smartcards/{id}`, in any combination).
pub(super) fn check_path(state: &SimState, caller: Caller, route: &[&str]) -> Result<(), Refusal> {
    for pair in route.windows(2) {
        let thing = match pair {
            ["requests", id] => parse_guid(id).map(Thing::Request),
            ["smartcards", id] => parse_guid(id).map(Thing::Smartcard),
            _ => None,
        };
        if let Some(thing) = thing {
            state.reach(caller, thing)?;
        }
    }
    Ok(())
}
