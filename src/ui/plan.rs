//! What the officer can start on a card for the selected request, checked
//! before the confirmation is shown: each request type its own action
//! (`enroll::actions`), the chosen reader's card, and what the server knows
//! of that card. `Why` says, in the officer's words, what is missing.

use std::fmt;

use uuid::Uuid;

use super::card_lookup::{CardLookups, Lookup};
use super::readers::{CardState, Readers};
use super::requests::RequestRow;
use crate::card::GuidByteOrder;
use crate::enroll::actions::{RequestAction, action_for};
use crate::i18n::{status_name, type_name};
use crate::ids::{Atr, parse_guid};
use crate::journal::JobKind;
use crate::tr;
use crate::worker::{Job, JobTicket};

/// Everything a run needs, checked before the confirmation is shown.
#[derive(Debug, Clone)]
pub struct JobPlan {
    pub kind: JobKind,
    pub request: Uuid,
    pub person: String,
    pub reader: String,
    pub card_id: Uuid,
    /// The officer typed the card id in (the card has no readable one).
    pub typed: bool,
    pub atr: Atr,
}

impl JobPlan {
    /// The worker's order for this plan.
    pub fn ticket(&self, byte_order: GuidByteOrder) -> JobTicket {
        let job = Job::new(
            self.kind,
            self.request,
            self.reader.clone(),
            self.typed.then_some(self.card_id),
            byte_order,
        );
        JobTicket {
            job,
            person: self.person.clone(),
            card_id: Some(self.card_id),
        }
    }
}

/// Why nothing can be started yet; `Display` gives the officer's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    NoReader,
    NoCard {
        reader: String,
    },
    CardBeingRead,
    CardUnreadable,
    CardIdMissing,
    CardIdMalformed,
    /// A run is under way in the chosen reader.
    ReaderBusy {
        reader: String,
    },
    AlreadyBound,
    NotApproved {
        status: crate::cm::RequestStatus,
    },
    SoftwareProfile,
    /// Retire, Revoke, Renew, …: done in the CM portal, never here.
    NotDoneHere {
        kind: crate::cm::RequestType,
    },
    /// Unblocking needs the card's own id, read from the card.
    UnblockNeedsCardId,
    NoCardNamed,
    CardBeingLookedUp,
    CardNotLookedUp,
    /// The card in the reader is not the one the Unblock request names.
    WrongCard {
        smartcard: Uuid,
    },
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            Self::NoReader => tr!("why-no-reader"),
            Self::NoCard { reader } => tr!("why-no-card", reader = reader),
            Self::CardBeingRead => tr!("why-card-being-read"),
            Self::CardUnreadable => tr!("why-card-unreadable"),
            Self::CardIdMissing => tr!("why-card-id-missing"),
            Self::CardIdMalformed => tr!("why-card-id-malformed"),
            Self::ReaderBusy { reader } => tr!("why-reader-busy", reader = reader),
            Self::AlreadyBound => tr!("why-already-bound"),
            Self::SoftwareProfile => tr!("why-software-profile"),
            Self::NotApproved { status } => {
                tr!("why-not-approved", status = status_name(*status))
            }
            Self::NotDoneHere { kind } => tr!("request-not-done-here", kind = type_name(*kind)),
            Self::UnblockNeedsCardId => tr!("why-unblock-needs-card-id"),
            Self::NoCardNamed => tr!("unblock-problem-no-card"),
            Self::CardBeingLookedUp => tr!("why-card-being-looked-up"),
            Self::CardNotLookedUp => tr!("why-card-not-looked-up"),
            Self::WrongCard { smartcard } => {
                tr!("why-wrong-card", smartcard = smartcard.to_string())
            }
        };
        f.write_str(&words)
    }
}

/// What the desk knows around the selected request.
pub struct Around<'a> {
    pub readers: &'a Readers,
    pub reader: Option<&'a str>,
    /// The card id the officer typed for a card without one.
    pub typed: &'a str,
    pub lookups: &'a CardLookups,
    /// Whether a run is under way in a reader.
    pub busy: &'a dyn Fn(&str) -> bool,
}

/// Checks that this request's action can be started on the chosen
/// reader's card, and says what is missing when it cannot.
pub fn job_plan(row: &RequestRow, around: &Around<'_>) -> Result<JobPlan, Why> {
    let request = &row.request;
    let kind = match action_for(request.request_type) {
        RequestAction::Elsewhere => {
            return Err(Why::NotDoneHere {
                kind: request.request_type,
            });
        }
        RequestAction::Enroll => JobKind::Enroll,
        RequestAction::Unblock => JobKind::Unblock,
    };
    if kind == JobKind::Enroll && request.is_awaiting_card() && !request.is_smartcard {
        // Said first: no card would change it.
        return Err(Why::SoftwareProfile);
    }
    let (reader, card_id, typed, atr) = card_in_reader(around)?;
    if (around.busy)(&reader) {
        return Err(Why::ReaderBusy { reader });
    }
    if request.status != crate::cm::RequestStatus::Approved {
        return Err(Why::NotApproved {
            status: request.status,
        });
    }
    let lookup = around.lookups.get(card_id);
    match kind {
        JobKind::Enroll => check_new_card(request, lookup)?,
        JobKind::Unblock if typed => return Err(Why::UnblockNeedsCardId),
        JobKind::Unblock => check_named_card(request, lookup)?,
    }
    Ok(JobPlan {
        kind,
        request: request.uuid,
        person: row.person().into_owned(),
        reader,
        card_id,
        typed,
        atr,
    })
}

/// The chosen reader, its card's id (read, or typed in) and ATR.
fn card_in_reader(around: &Around<'_>) -> Result<(String, Uuid, bool, Atr), Why> {
    let reader = around
        .reader
        .and_then(|name| around.readers.get(name))
        .ok_or(Why::NoReader)?;
    let card = reader.card.as_ref().ok_or_else(|| Why::NoCard {
        reader: reader.name.clone(),
    })?;
    let (card_id, typed) = match &card.state {
        CardState::Reading => return Err(Why::CardBeingRead),
        CardState::Failed(_) => return Err(Why::CardUnreadable),
        CardState::Read { card_id: Some(id) } => (*id, false),
        CardState::Read { card_id: None } => match parse_guid(around.typed) {
            Some(id) => (id, true),
            None if around.typed.trim().is_empty() => return Err(Why::CardIdMissing),
            None => return Err(Why::CardIdMalformed),
        },
    };
    Ok((reader.name.clone(), card_id, typed, card.atr.clone()))
}

/// A new card for an Enroll request, or the very card it is bound to
/// (the enrollment then resumes).
fn check_new_card(request: &crate::cm::Request, lookup: Option<&Lookup>) -> Result<(), Why> {
    if !request.is_smartcard {
        return Err(Why::SoftwareProfile);
    }
    let Some(bound) = request.new_smartcard_uuid else {
        return Ok(());
    };
    match lookup {
        Some(Lookup::Known(cards)) if cards.iter().any(|card| card.uuid == bound) => Ok(()),
        Some(Lookup::Pending) => Err(Why::CardBeingLookedUp),
        _ => Err(Why::AlreadyBound),
    }
}

/// The card an Unblock request names, and no other.
fn check_named_card(request: &crate::cm::Request, lookup: Option<&Lookup>) -> Result<(), Why> {
    let named = request.old_smartcard_uuid.ok_or(Why::NoCardNamed)?;
    match lookup {
        Some(Lookup::Known(cards)) if cards.iter().any(|card| card.uuid == named) => Ok(()),
        Some(Lookup::Known(_)) => Err(Why::WrongCard { smartcard: named }),
        Some(Lookup::Failed(_)) => Err(Why::CardNotLookedUp),
        Some(Lookup::Pending) | None => Err(Why::CardBeingLookedUp),
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
