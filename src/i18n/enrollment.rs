//! The officer's words for the whole enrollment: each step, where a run
//! stands, why it stopped and what to do next.

use super::words::{card_error_words, cm_error_words, status_name};
use crate::cm::SmartcardStatus;
use crate::enroll::{EnrollFailure, EnrollStep, Problem, Progress, Reached};
use crate::pin::NewPinProblem;
use crate::pkix::PkixError;
use crate::tr;

/// A step's name, as the step list shows it.
pub fn enroll_step_name(step: EnrollStep) -> String {
    match step {
        EnrollStep::ReadingCard => tr!("enroll-step-reading-card"),
        EnrollStep::Policy => tr!("enroll-step-policy"),
        EnrollStep::Binding => tr!("enroll-step-binding"),
        EnrollStep::AdminKey => tr!("enroll-step-admin-key"),
        EnrollStep::CardKey => tr!("enroll-step-card-key"),
        EnrollStep::Keys => tr!("enroll-step-keys"),
        EnrollStep::Certificates => tr!("enroll-step-certificates"),
        EnrollStep::Puk => tr!("enroll-step-puk"),
        EnrollStep::CardPuk => tr!("enroll-step-card-puk"),
        EnrollStep::Pin => tr!("enroll-step-pin"),
        EnrollStep::Completing => tr!("enroll-step-completing"),
    }
}

/// What is happening now, in a sentence ("Generating key 1 of 2 (9A)…").
pub fn enroll_progress_words(progress: &Progress) -> String {
    match progress.key {
        Some(key) => tr!(
            "enroll-progress-key",
            number = key.number,
            of = key.of,
            slot = key.slot.name()
        ),
        None => tr!("enroll-progress", step = enroll_step_name(progress.step)),
    }
}

/// A stopped enrollment: the step, why, and what the officer does next.
pub fn enroll_failure_words(failure: &EnrollFailure) -> String {
    let next = match (&failure.reached, failure.can_try_again()) {
        (_, _) if matches!(*failure.problem, Problem::Cancelled) => tr!("enroll-next-cancelled"),
        (Reached::PinSet(_), _) => tr!("enroll-next-complete-again"),
        (_, false) => tr!("enroll-next-officer"),
        (Reached::Bound(_), true) => tr!("enroll-next-again-same-card"),
        (Reached::Nothing, true) => tr!("enroll-next-again"),
    };
    tr!(
        "enroll-failed",
        step = enroll_step_name(failure.step),
        problem = problem_words(&failure.problem),
        next = next
    )
}

pub fn problem_words(problem: &Problem) -> String {
    match problem {
        Problem::Card(error) => card_error_words(error),
        Problem::Server(error) => cm_error_words(error),
        Problem::Certificate(error) => pkix_words(error),
        Problem::CardIdUnknown => tr!("error-card-id-unknown"),
        Problem::CardIdDiffers { typed, read } => tr!(
            "error-card-id-differs",
            typed = typed.to_string(),
            read = read.to_string()
        ),
        Problem::NotApproved { status } => {
            tr!("enroll-problem-not-approved", status = status_name(*status))
        }
        Problem::BoundToOtherCard { other } => {
            tr!("enroll-problem-other-card", card = other.clone())
        }
        Problem::NotASmartcardRequest => tr!("enroll-problem-not-smartcard"),
        Problem::AdminKeyNotAccepted => tr!("enroll-problem-admin-key"),
        Problem::TooManyCertificates { count } => {
            tr!("enroll-problem-too-many-certificates", count = *count)
        }
        Problem::CaRefused(reason) => tr!("enroll-problem-ca-refused", reason = reason.clone()),
        Problem::ServerGeneratedKey => tr!("enroll-problem-server-key"),
        Problem::MissingCertificate { slot } => {
            tr!("enroll-problem-missing-certificate", slot = slot.clone())
        }
        Problem::UnblockNeedsItsCard => tr!("enroll-problem-unblock-request"),
        Problem::NotDoneHere { kind } => {
            tr!("request-not-done-here", kind = super::type_name(*kind))
        }
        Problem::NotAnUnblockRequest => tr!("unblock-problem-not-unblock"),
        Problem::NoCardNamed => tr!("unblock-problem-no-card"),
        Problem::WrongCardForUnblock { expected } => {
            tr!("unblock-problem-wrong-card", card = expected.clone())
        }
        Problem::PukDoesNotMatch { .. } => tr!("unblock-problem-puk-mismatch"),
        Problem::PukBlocked => tr!("unblock-problem-puk-blocked"),
        Problem::PinEntryCancelled => tr!("enroll-problem-pin-entry-cancelled"),
        Problem::Cancelled => tr!("enroll-problem-cancelled"),
    }
}

fn pkix_words(error: &PkixError) -> String {
    match error {
        PkixError::UnsupportedKey { name, size } => tr!(
            "enroll-problem-unsupported-key",
            name = name.clone(),
            size = size.map_or_else(String::new, |s| s.to_string())
        ),
        PkixError::UnsupportedHash(name) => {
            tr!("enroll-problem-unsupported-hash", name = name.clone())
        }
        PkixError::BadSubject { subject, .. } => {
            tr!("enroll-problem-bad-subject", subject = subject.clone())
        }
        PkixError::BadSignature => tr!("enroll-problem-bad-signature"),
        other => tr!(
            "enroll-problem-certificate-data",
            detail = other.to_string()
        ),
    }
}

/// A smartcard's status as the officer reads it.
pub fn smartcard_status_name(status: SmartcardStatus) -> String {
    match status {
        SmartcardStatus::None => tr!("smartcard-status-none"),
        SmartcardStatus::New => tr!("smartcard-status-new"),
        SmartcardStatus::Assigned => tr!("smartcard-status-assigned"),
        SmartcardStatus::Active => tr!("smartcard-status-active"),
        SmartcardStatus::Disabled => tr!("smartcard-status-disabled"),
        SmartcardStatus::Suspended => tr!("smartcard-status-suspended"),
        SmartcardStatus::Retired => tr!("smartcard-status-retired"),
        SmartcardStatus::Unknown(code) => tr!("smartcard-status-unknown", code = code),
    }
}

/// Why a PIN the cardholder typed is refused.
pub fn new_pin_problem_words(problem: NewPinProblem) -> String {
    match problem {
        NewPinProblem::Length => tr!("new-pin-length"),
        NewPinProblem::Characters => tr!("new-pin-characters"),
        NewPinProblem::Mismatch => tr!("new-pin-mismatch"),
    }
}
