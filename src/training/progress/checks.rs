//! How each `Check` is judged: from the happening that just came (a step
//! waiting for an event), or from the desk's standing state (a step asking
//! for a state the desk may already be in), and which moves are mistakes.

use std::collections::HashSet;
use std::time::Instant;

use uuid::Uuid;

use super::{Happening, LessonRun, Mistake, TOO_SOON};
use crate::training::lessons::{Check, steps};

/// The desk's standing state, for steps that ask for a state rather than an
/// event (a card can be inserted before the request is chosen).
#[derive(Debug, Clone, Default)]
pub(super) struct Standing {
    chosen: Option<Uuid>,
    card: Option<Option<Uuid>>,
    typed: Option<Uuid>,
    /// Cards whose owner the card-first panel showed.
    owners_shown: HashSet<Uuid>,
    /// The request last picked from a card's open requests, while selected.
    picked: Option<Uuid>,
    /// The lesson's requests started, and finished (Completed).
    started: HashSet<Uuid>,
    finished: HashSet<Uuid>,
    /// The most runs under way at once.
    most_under_way: usize,
    /// PINs handed over.
    handed_over: usize,
}

impl LessonRun {
    pub(super) fn remember(&mut self, happening: &Happening, now: Instant) {
        let serves = |request: &Uuid| self.setup.to_serve().any(|r| r == *request);
        let counts_started = match happening {
            Happening::EnrollmentStarted { request, card_id } => {
                serves(request) && self.right_card(*card_id)
            }
            _ => false,
        };
        let counts_finished =
            matches!(happening, Happening::EnrollmentFinished { request, .. } if serves(request));
        let standing = &mut self.standing;
        match happening {
            Happening::RequestChosen(id) => {
                standing.chosen = *id;
                if standing.picked != *id {
                    standing.picked = None;
                }
            }
            Happening::CardIn { card_id } => standing.card = Some(*card_id),
            Happening::CardOut { .. } => standing.card = None,
            Happening::TypedCardId(id) => standing.typed = *id,
            Happening::PinShown => self.pin_shown_at = Some(now),
            Happening::PinClosed { handed_over: true } => standing.handed_over += 1,
            Happening::Answered { quiz, choice } => self.last_answer = Some((*quiz, *choice)),
            Happening::OwnerShown { card_id } => {
                standing.owners_shown.insert(*card_id);
            }
            Happening::CardRequestPicked(request) => standing.picked = Some(*request),
            Happening::RunsUnderWay(count) => {
                standing.most_under_way = standing.most_under_way.max(*count);
            }
            Happening::EnrollmentStarted { request, .. } if counts_started => {
                standing.started.insert(*request);
            }
            Happening::EnrollmentFinished { request, .. } if counts_finished => {
                standing.finished.insert(*request);
            }
            _ => {}
        }
    }

    /// Whether `card_id` may serve the lesson: the label's id where the
    /// card has a label, the cardholder's own where they hand cards over.
    fn right_card(&self, card_id: Uuid) -> bool {
        self.label.is_none_or(|label| label == card_id)
            && self.setup.own_card().is_none_or(|own| own == card_id)
    }

    /// Whether a PIN closing now counts for the lesson: a hand-over step
    /// is due, or the lesson hands over a PIN per cardholder and is not
    /// done with them.
    pub(super) fn pins_count(&self) -> bool {
        let current = self.current_step().map(|step| step.check);
        current.is_some_and(Check::hands_over)
            || (self.steps()).any(|(step, done)| step.check == Check::AllHandedOver && !done)
    }

    pub(super) fn note_mistakes(&mut self, happening: &Happening, now: Instant) {
        let current = self.current_step().map(|step| step.check);
        let serves = |request: Uuid| self.setup.to_serve().any(|r| r == request);
        let mistake = match *happening {
            Happening::EnrollmentStarted { request, .. } if !serves(request) => {
                Some(Mistake::WrongRequest)
            }
            Happening::EnrollmentStarted { card_id, .. }
                if self.label.is_some_and(|label| label != card_id) =>
            {
                Some(Mistake::WrongCardId)
            }
            Happening::EnrollmentStarted { card_id, .. } if !self.right_card(card_id) => {
                Some(Mistake::WrongCard)
            }
            Happening::CardOut { during_run: true } if current != Some(Check::PullDuringRun) => {
                Some(Mistake::CardPulledEarly)
            }
            Happening::PinShown if current == Some(Check::PullDuringRun) => {
                Some(Mistake::NotPulledInTime)
            }
            Happening::PinClosed { handed_over: true }
                if self.pins_count()
                    && self
                        .pin_shown_at
                        .is_some_and(|shown| now.saturating_duration_since(shown) < TOO_SOON) =>
            {
                Some(Mistake::HandedOverTooSoon)
            }
            Happening::PinClosed { handed_over: false } if self.pins_count() => {
                Some(Mistake::PinTimedOut)
            }
            Happening::Answered { quiz, choice }
                if choice != quiz.right()
                    && current == Some(Check::Quiz(quiz))
                    && self.last_answer.is_none_or(|(asked, _)| asked != quiz) =>
            {
                Some(Mistake::WrongAnswer)
            }
            _ => None,
        };
        self.mistakes.extend(mistake);
    }

    /// Whether `happening` is what the step `check` waits for.
    pub(super) fn event_ticks(&self, check: Check, happening: &Happening) -> bool {
        let lesson_request = self.setup.request;
        match (check, happening) {
            (Check::Confirm, Happening::ConfirmShown { request }) => *request == lesson_request,
            (Check::Enroll, Happening::EnrollmentStarted { request, card_id }) => {
                *request == lesson_request && self.right_card(*card_id)
            }
            (Check::Refused, Happening::EnrollmentRefused { forbidden }) => *forbidden,
            (Check::PullDuringRun, Happening::CardOut { during_run }) => *during_run,
            (Check::StoppedBound, Happening::EnrollmentStoppedBound)
            | (Check::HandOver, Happening::PinClosed { handed_over: true })
            | (Check::PinShown, Happening::PinShown)
            | (Check::CardholderChooses, Happening::PinEntryShown)
            | (Check::ListFailed, Happening::ListFailed)
            | (Check::ListLoaded, Happening::ListLoaded)
            | (Check::OpenSettings, Happening::SettingsOpened) => true,
            (
                Check::CardholderPinSet,
                Happening::EnrollmentFinished {
                    request,
                    pin_to_hand_over,
                },
            ) => *request == lesson_request && !*pin_to_hand_over,
            (Check::Quiz(asked), Happening::Answered { quiz, choice }) => {
                asked == *quiz && *choice == quiz.right()
            }
            _ => false,
        }
    }

    /// Ticks the steps that ask for a state the desk is already in.
    pub(super) fn tick_standing(&mut self) {
        while let Some(i) = self.current() {
            if !self.standing_meets(steps(self.setup.lesson)[i].check) {
                return;
            }
            self.done[i] = true;
        }
    }

    fn standing_meets(&self, check: Check) -> bool {
        let standing = &self.standing;
        let every = |done: &HashSet<Uuid>| self.setup.to_serve().all(|r| done.contains(&r));
        match check {
            Check::ChooseRequest => standing.chosen == Some(self.setup.request),
            Check::InsertCard { with_id } => standing
                .card
                .is_some_and(|card_id| card_id.is_some() == with_id),
            Check::TypeLabelId => self.label.is_some() && standing.typed == self.label,
            Check::OwnerShown { own: false } => !standing.owners_shown.is_empty(),
            Check::OwnerShown { own: true } => {
                (self.setup.own_card()).is_some_and(|own| standing.owners_shown.contains(&own))
            }
            Check::PickOpenRequest => standing.picked == Some(self.setup.request),
            Check::SideBySide => standing.most_under_way >= 2,
            Check::AllStarted => every(&standing.started),
            Check::AllHandedOver => standing.handed_over >= self.setup.to_serve().count(),
            Check::AllCompleted => every(&standing.finished),
            _ => false,
        }
    }
}
