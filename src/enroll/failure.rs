//! Why an enrollment stopped, at which step, and what is left to do: the
//! order of the steps guarantees every failure leaves the card either
//! untouched, ready to run again, or with only the `Completed` call left.

use super::steps::EnrollStep;
use super::{Bound, Enrolled};
use crate::card::CardError;
use crate::cm::{CmError, RequestStatus};
use crate::pkix::PkixError;

/// What went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error("{0}")]
    Card(#[from] CardError),
    #[error("{0}")]
    Server(#[from] CmError),
    #[error("{0}")]
    Certificate(#[from] PkixError),
    #[error(
        "the card's id cannot be read (it has no PIV card id); type the card id in and try again"
    )]
    CardIdUnknown,
    #[error("the card id given ({typed}) is not the one the card holds ({read})")]
    CardIdDiffers { typed: uuid::Uuid, read: uuid::Uuid },
    #[error("the request is {status}, not approved: it cannot be enrolled now")]
    NotApproved { status: RequestStatus },
    #[error(
        "the request is already bound to another card (card id {other}); insert that card, or cancel the request"
    )]
    BoundToOtherCard { other: String },
    #[error("the request's profile template is not a smart card template")]
    NotASmartcardRequest,
    #[error(
        "the server did not accept the admin key answer for this card: the card's admin key is not the one the server keeps for it"
    )]
    AdminKeyNotAccepted,
    #[error("the template asks for {count} certificates; a PIV card holds three (9A, 9C, 9D)")]
    TooManyCertificates { count: usize },
    #[error("the certificate authority refused the request: {0}")]
    CaRefused(String),
    #[error(
        "the server answered with a key it generated itself (a PFX); this desk only puts keys on the card that the card made, so nothing was written"
    )]
    ServerGeneratedKey,
    #[error("the server's answer holds no certificate for the key in slot {slot}")]
    MissingCertificate { slot: String },
    #[error("this is an Unblock request: it is for the cardholder's existing card, not a new one")]
    UnblockNeedsItsCard,
    #[error("requests of type {kind} are not carried out at this desk")]
    NotDoneHere { kind: crate::cm::RequestType },
    #[error("the request is not an Unblock request")]
    NotAnUnblockRequest,
    #[error("the Unblock request names no card")]
    NoCardNamed,
    #[error("this is not the card the request is for (card id {expected}); nothing was changed")]
    WrongCardForUnblock { expected: String },
    #[error("the card's PUK is not the one this desk sets{}: the card was not enrolled this way", tries_left.map(|n| format!(" ({n} tries left)")).unwrap_or_default())]
    PukDoesNotMatch { tries_left: Option<u8> },
    #[error("the card's PUK is blocked")]
    PukBlocked,
    #[error("the cardholder did not set a PIN")]
    PinEntryCancelled,
    #[error("stopped by the officer")]
    Cancelled,
}

impl Problem {
    /// A problem running again cannot fix: the officer must act (or
    /// cancel the request) first.
    pub fn needs_the_officer(&self) -> bool {
        matches!(
            self,
            Self::NotApproved { .. }
                | Self::BoundToOtherCard { .. }
                | Self::NotASmartcardRequest
                | Self::TooManyCertificates { .. }
                | Self::CaRefused(_)
                | Self::ServerGeneratedKey
                | Self::AdminKeyNotAccepted
                | Self::Certificate(PkixError::UnsupportedKey { .. })
                | Self::Certificate(PkixError::UnsupportedHash(_))
                | Self::Server(CmError::Forbidden { .. })
                | Self::NotAnUnblockRequest
                | Self::UnblockNeedsItsCard
                | Self::NotDoneHere { .. }
                | Self::NoCardNamed
                | Self::WrongCardForUnblock { .. }
                | Self::PukDoesNotMatch { .. }
                | Self::PukBlocked
        )
    }
}

/// How far the card and the server got before the failure.
#[derive(Debug)]
pub enum Reached {
    /// Nothing was changed on the server.
    Nothing,
    /// Bound (and perhaps keys and certificates on the card): running the
    /// enrollment again on the same card continues it.
    Bound(Bound),
    /// The card is finished and its PIN set; only `Completed` is left.
    /// Holds the PIN, which is shown once the request is Completed.
    PinSet(Box<Enrolled>),
}

/// An enrollment that stopped.
#[derive(Debug, thiserror::Error)]
#[error("{} failed: {problem}", step.name())]
pub struct EnrollFailure {
    pub step: EnrollStep,
    /// Boxed: a failure travels by value through every step.
    pub problem: Box<Problem>,
    pub reached: Reached,
}

impl EnrollFailure {
    /// Running again (or, after the PIN, completing again) can finish it.
    pub fn can_try_again(&self) -> bool {
        !self.problem.needs_the_officer()
    }
}
