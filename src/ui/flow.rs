//! Where the bind-and-PIN flow stands, and what the officer can do next
//! when a step fails.

use uuid::Uuid;

use crate::enroll::{Bound, EnrollError, Step};
use crate::i18n::enroll_error_words;
use crate::ids::Atr;
use crate::tr;

/// Everything a bind needs, checked before the confirmation is shown.
#[derive(Debug, Clone)]
pub struct BindPlan {
    pub request: Uuid,
    pub person: String,
    pub reader: String,
    pub card_id: Uuid,
    /// The officer typed the card id in (the card has no readable one).
    pub typed: bool,
    pub atr: Atr,
}

/// A card that is bound but whose PIN has not been shown yet.
#[derive(Debug, Clone)]
pub struct AwaitingPin {
    pub bound: Bound,
    pub person: String,
}

pub enum Flow {
    Idle,
    Confirming(BindPlan),
    Running { origin: Origin, step: Step },
    Failed { message: String, next: Next },
}

pub enum Origin {
    Bind(BindPlan),
    FetchAgain(AwaitingPin),
}

/// The way forward after a failure.
pub enum Next {
    RetryBind(BindPlan),
    /// Insert the bound card again (in any reader) and the PIN is fetched.
    Reinsert(AwaitingPin),
}

pub fn step_words(step: Step) -> String {
    match step {
        Step::ReadingCard => tr!("step-reading-card"),
        Step::Binding => tr!("step-binding"),
        Step::GettingChallenge => tr!("step-getting-challenge"),
        Step::FetchingPin => tr!("step-fetching-pin"),
    }
}

impl Flow {
    pub fn is_busy(&self) -> bool {
        matches!(self, Self::Running { .. } | Self::Confirming(_))
    }

    /// The worker reported a failure of the flow under way.
    pub fn fail(&mut self, error: EnrollError) {
        let origin = match std::mem::replace(self, Self::Idle) {
            Self::Running { origin, .. } => origin,
            // A failure with no flow under way: nothing to offer but the words.
            other => {
                *self = other;
                return;
            }
        };
        let message = enroll_error_words(&error);
        let next = match (error, origin) {
            (EnrollError::PinNotFetched { bound, .. }, Origin::Bind(plan)) => {
                Next::Reinsert(AwaitingPin {
                    bound,
                    person: plan.person,
                })
            }
            (_, Origin::FetchAgain(awaiting)) => Next::Reinsert(awaiting),
            (_, Origin::Bind(plan)) => Next::RetryBind(plan),
        };
        *self = Self::Failed { message, next };
    }

    /// The bound card waiting to be re-inserted, if any.
    pub fn awaiting_reinsert(&self) -> Option<&AwaitingPin> {
        match self {
            Self::Failed {
                next: Next::Reinsert(awaiting),
                ..
            } => Some(awaiting),
            _ => None,
        }
    }
}
