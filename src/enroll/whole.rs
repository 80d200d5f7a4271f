//! The whole enrollment, one fixed sequence of named steps over the two
//! seams (the CM API and a held card): read the card, the template's
//! policy, bind (or resume a request already bound to this card), open the
//! admin key, give the card its own key, generate keys and write their
//! certificates, set the PUK, set the PIN last, mark the request
//! Completed. Every step before the PIN can run again on the same card;
//! resuming is this same sequence starting from what the card and the
//! server already show.

use uuid::Uuid;

use super::actions::{RequestAction, action_for};
use super::admin::open_admin_key;
use super::certificates::{installed_certificates, make_certificates};
use super::failure::{EnrollFailure, Problem, Reached};
use super::secrets::{PinState, pin_state, set_pin, set_puk};
use super::steps::{EnrollStep, Progress};
use super::{Bound, CmApi, InstalledCertificate};
use crate::card::{GuidByteOrder, HeldCard, ReaderBackend};
use crate::cm::{FinalStatus, Request, RequestStatus};
use crate::pin::Pin;

/// What the officer asked for.
#[derive(Debug, Clone)]
pub struct EnrollOrder {
    pub request: Uuid,
    pub reader: String,
    /// Typed in by the officer when the card's own id cannot be read.
    pub card_id: Option<Uuid>,
    pub byte_order: GuidByteOrder,
}

/// The people at the desk, as the run sees them: it reports each step,
/// asks the cardholder for a PIN when the template lets them choose, and
/// stops between steps (before the PIN) when the officer asks.
pub trait Officer {
    fn progress(&mut self, progress: Progress);
    /// The cardholder's new PIN, typed twice and checked (`pin::new_pin_from`);
    /// `None` when they gave up.
    fn cardholder_pin(&mut self) -> Option<Pin>;
    fn stop_requested(&self) -> bool;
    /// The card is bound to its request (or, unblocking, known as the
    /// request's card): the smartcard is known from here on.
    fn bound(&mut self, _bound: &Bound) {}
}

/// A finished card.
#[derive(Debug)]
pub struct Enrolled {
    pub bound: Bound,
    /// The server-proposed PIN to hand over once; `None` when the
    /// cardholder chose their own.
    pub pin: Option<Pin>,
    pub certificates: Vec<InstalledCertificate>,
    /// The request's status as the server last answered it.
    pub status: Option<RequestStatus>,
}

/// Runs the whole enrollment of the card in `order.reader`, holding the
/// card from the first step to the last.
pub fn enroll_card(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    order: &EnrollOrder,
    officer: &mut dyn Officer,
) -> Result<Enrolled, EnrollFailure> {
    let mut run = Run::start(officer)?;
    let mut card = readers.hold(&order.reader).map_err(|e| run.fail(e))?;
    let card_id =
        read_card_id(&mut *card, order.card_id, order.byte_order).map_err(|e| run.fail(e))?;
    let request = api.get_request(order.request).map_err(|e| run.fail(e))?;
    let template = check_request(&request).map_err(|e| run.fail(e))?;

    run.enter(EnrollStep::Policy)?;
    let policy = api.smartcard_policy(template).map_err(|e| run.fail(e))?;

    run.enter(EnrollStep::Binding)?;
    let bound = bind_or_resume(api, &request, card_id, &*card).map_err(|e| run.fail(e))?;
    run.reached = Reached::Bound(bound.clone());
    run.officer.bound(&bound);

    run.enter(EnrollStep::AdminKey)?;
    let session = card.session();
    let opened = open_admin_key(api, session, &bound, &policy, &mut run);
    let admin = opened.map_err(|e| run.fail_at(e))?;

    run.enter(EnrollStep::Keys)?;
    let pins = pin_state(session).map_err(|e| run.fail(e))?;
    let certificates = match pins {
        PinState::Factory => {
            let made = make_certificates(api, session, &bound, &mut run);
            made.map_err(|e| run.fail_at(e))?
        }
        // The PIN is set only after the certificates are in: they are.
        PinState::Changed => installed_certificates(session).map_err(|e| run.fail(e))?,
    };

    run.enter(EnrollStep::Puk)?;
    let puk = set_puk(session, &admin).map_err(|e| run.fail(e))?;

    run.enter(EnrollStep::Pin)?;
    let pin = set_pin(api, session, &bound, &admin, &puk, pins, &mut *run.officer)
        .map_err(|e| run.fail(e))?;
    drop(card);
    let enrolled = Enrolled {
        bound,
        pin,
        certificates,
        status: None,
    };
    complete(api, enrolled, &mut *run.officer)
}

/// After a failure at `Completing`: marks the request Completed again; the
/// card is finished and keeps its PIN for the hand-over.
pub fn complete(
    api: &dyn CmApi,
    mut enrolled: Enrolled,
    officer: &mut dyn Officer,
) -> Result<Enrolled, EnrollFailure> {
    officer.progress(Progress::at(EnrollStep::Completing));
    match api.set_request_status(enrolled.bound.request, FinalStatus::Completed) {
        Ok(answer) => {
            enrolled.status = Some(answer.map_or(RequestStatus::Completed, |r| r.status));
            Ok(enrolled)
        }
        Err(error) => Err(EnrollFailure {
            step: EnrollStep::Completing,
            problem: Box::new(error.into()),
            reached: Reached::PinSet(Box::new(enrolled)),
        }),
    }
}

/// The run's bookkeeping: the step under way and how far the card got,
/// so every failure says both.
pub(super) struct Run<'a> {
    pub(super) officer: &'a mut dyn Officer,
    pub(super) step: EnrollStep,
    pub(super) reached: Reached,
}

impl<'a> Run<'a> {
    /// A run at its first step, reading the card.
    pub(super) fn start(officer: &'a mut dyn Officer) -> Result<Self, EnrollFailure> {
        let mut run = Run {
            officer,
            step: EnrollStep::ReadingCard,
            reached: Reached::Nothing,
        };
        run.enter(EnrollStep::ReadingCard)?;
        Ok(run)
    }

    /// Starts `step`, unless the officer asked to stop while stopping is safe.
    pub(super) fn enter(&mut self, step: EnrollStep) -> Result<(), EnrollFailure> {
        if step.can_cancel() && step != EnrollStep::ReadingCard && self.officer.stop_requested() {
            return Err(self.fail(Problem::Cancelled));
        }
        self.step = step;
        self.officer.progress(Progress::at(step));
        Ok(())
    }

    /// Stops here if the officer asked to (between the parts of a step).
    pub(super) fn stop_point(&mut self) -> Result<(), EnrollFailure> {
        if self.step.can_cancel() && self.officer.stop_requested() {
            return Err(self.fail(Problem::Cancelled));
        }
        Ok(())
    }

    /// Reports progress within a step (which key is being made).
    pub(super) fn report(&mut self, progress: Progress) {
        self.step = progress.step;
        self.officer.progress(progress);
    }

    pub(super) fn fail(&mut self, problem: impl Into<Problem>) -> EnrollFailure {
        EnrollFailure {
            step: self.step,
            problem: Box::new(problem.into()),
            reached: std::mem::replace(&mut self.reached, Reached::Nothing),
        }
    }

    /// A failure a step reported as its own (it may have gone on to the
    /// next step, which `enter` recorded).
    fn fail_at(&mut self, failure: StepFailure) -> EnrollFailure {
        match failure {
            StepFailure::Problem(problem) => self.fail(problem),
            StepFailure::Stopped(failure) => failure,
        }
    }
}

/// What a step's own code returns: a problem, or the failure `enter`
/// already made when the officer stopped the run between its parts.
#[derive(Debug)]
pub(super) enum StepFailure {
    Problem(Problem),
    Stopped(EnrollFailure),
}

impl<T: Into<Problem>> From<T> for StepFailure {
    fn from(problem: T) -> Self {
        Self::Problem(problem.into())
    }
}

/// The id to enroll: the card's own, else the one typed in; a typed id
/// that contradicts the card's own is refused.
pub(super) fn read_card_id(
    card: &mut dyn HeldCard,
    typed: Option<Uuid>,
    byte_order: GuidByteOrder,
) -> Result<Uuid, Problem> {
    let read = card.card_id(byte_order)?;
    match (typed, read) {
        (Some(typed), Some(read)) if typed != read => Err(Problem::CardIdDiffers { typed, read }),
        (_, Some(id)) | (Some(id), None) => Ok(id),
        (None, None) => Err(Problem::CardIdUnknown),
    }
}

/// An approved smart-card Enroll request, and its template.
fn check_request(request: &Request) -> Result<Uuid, Problem> {
    match action_for(request.request_type) {
        RequestAction::Enroll => {}
        RequestAction::Unblock => return Err(Problem::UnblockNeedsItsCard),
        RequestAction::Elsewhere => {
            return Err(Problem::NotDoneHere {
                kind: request.request_type,
            });
        }
    }
    if !request.is_smartcard {
        return Err(Problem::NotASmartcardRequest);
    }
    if request.status != RequestStatus::Approved {
        return Err(Problem::NotApproved {
            status: request.status,
        });
    }
    request
        .profile_template_uuid
        .ok_or(Problem::NotASmartcardRequest)
}

/// Binds the card, or resumes when the request is already bound to this
/// very card (its smartcard's serial number is the card id).
fn bind_or_resume(
    api: &dyn CmApi,
    request: &Request,
    card_id: Uuid,
    card: &dyn HeldCard,
) -> Result<Bound, Problem> {
    let atr = card.atr().clone();
    let smartcard = match request.new_smartcard_uuid {
        None => api.bind_card(request.uuid, card_id, &atr)?,
        Some(existing) => {
            let known = api.get_smartcard(existing)?;
            if known.card_id() != Some(card_id) {
                return Err(Problem::BoundToOtherCard {
                    other: known.serial_number.trim_matches(['{', '}']).to_owned(),
                });
            }
            tracing::info!(
                "request {} is bound to this card already; resuming",
                request.uuid
            );
            existing
        }
    };
    Ok(Bound {
        request: request.uuid,
        smartcard,
        card_id,
        atr,
    })
}
