//! Where a trainee stands in a lesson. The desk reports what happened
//! (`Happening`, from the same worker events and state it draws from); a
//! step ticks only when what it asks for really happened, in order, and a
//! wrong move is noted with the step it happened at, never blocked.

use std::time::{Duration, Instant};

mod checks;

use uuid::Uuid;

use super::lessons::{Quiz, StepDef, steps};
use super::wire::{LessonId, LessonResult, LessonSetup};
use checks::Standing;

/// Something the desk saw or the trainee did.
#[derive(Debug, Clone, PartialEq)]
pub enum Happening {
    RequestChosen(Option<Uuid>),
    /// A card was read: `card_id` is its PIV card id, if it has one.
    CardIn {
        card_id: Option<Uuid>,
    },
    /// A card left its reader; `during_run` while a run was using it.
    CardOut {
        during_run: bool,
    },
    /// The card id field in the detail panel, when it holds a valid id.
    TypedCardId(Option<Uuid>),
    ConfirmShown {
        request: Uuid,
    },
    /// An enrollment (or unblock) was confirmed and started.
    EnrollmentStarted {
        request: Uuid,
        card_id: Uuid,
    },
    /// A run failed before anything was bound; `forbidden` for a 403.
    EnrollmentRefused {
        forbidden: bool,
    },
    /// A run stopped with the card bound and unfinished (it was pulled).
    EnrollmentStoppedBound,
    /// The cardholder's PIN entry opened (the template lets them choose).
    PinEntryShown,
    /// A run finished (its request Completed); `pin_to_hand_over` when
    /// the server proposed the PIN.
    EnrollmentFinished {
        request: Uuid,
        pin_to_hand_over: bool,
    },
    /// This many runs are under way, just after one started.
    RunsUnderWay(usize),
    /// The card-first panel says whose this card is (the server knows it).
    OwnerShown {
        card_id: Uuid,
    },
    /// A request was picked from a card's open requests.
    CardRequestPicked(Uuid),
    /// A PIN window came to the front.
    PinShown,
    PinClosed {
        handed_over: bool,
    },
    ListFailed,
    ListLoaded,
    SettingsOpened,
    Answered {
        quiz: Quiz,
        choice: usize,
    },
}

/// A wrong move a trainer would point out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mistake {
    /// Another person's request was enrolled.
    WrongRequest,
    /// The typed card id is not the one on the card's label.
    WrongCardId,
    /// The card was pulled while the desk was still working with it.
    CardPulledEarly,
    /// The lesson asked for the card to be pulled during the enrollment,
    /// and the PIN came first: the lesson cannot go on (start it again).
    NotPulledInTime,
    /// The hand-over was confirmed before the cardholder could note the PIN.
    HandedOverTooSoon,
    /// The PIN window ran out: the PIN is gone.
    PinTimedOut,
    /// A question answered wrong (noted once per question).
    WrongAnswer,
    /// A card other than the cardholder's own was used for their request.
    WrongCard,
}

impl Mistake {
    /// Its name in the training log and message ids (`training-mistake-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Self::WrongRequest => "wrong-request",
            Self::WrongCardId => "wrong-card-id",
            Self::CardPulledEarly => "card-pulled-early",
            Self::NotPulledInTime => "not-pulled-in-time",
            Self::HandedOverTooSoon => "handed-over-too-soon",
            Self::PinTimedOut => "pin-timed-out",
            Self::WrongAnswer => "wrong-answer",
            Self::WrongCard => "wrong-card",
        }
    }
}

/// Less than this between the PIN shown and the hand-over confirmed is too
/// little for the cardholder to have noted it.
pub const TOO_SOON: Duration = Duration::from_secs(3);

pub struct LessonRun {
    setup: LessonSetup,
    /// The card id printed on the card's label (the lesson without an id).
    label: Option<Uuid>,
    done: Vec<bool>,
    mistakes: Vec<Mistake>,
    standing: Standing,
    started: Instant,
    finished: Option<Duration>,
    pin_shown_at: Option<Instant>,
    /// The last answer given, for the panel to explain.
    last_answer: Option<(Quiz, usize)>,
}

impl LessonRun {
    pub fn new(setup: LessonSetup, label: Option<Uuid>, now: Instant) -> Self {
        let count = steps(setup.lesson).len();
        Self {
            setup,
            label,
            done: vec![false; count],
            mistakes: Vec::new(),
            standing: Standing::default(),
            started: now,
            finished: None,
            pin_shown_at: None,
            last_answer: None,
        }
    }

    pub fn lesson(&self) -> LessonId {
        self.setup.lesson
    }

    pub fn setup(&self) -> &LessonSetup {
        &self.setup
    }

    pub fn label(&self) -> Option<Uuid> {
        self.label
    }

    pub fn steps(&self) -> impl Iterator<Item = (&'static StepDef, bool)> + '_ {
        steps(self.setup.lesson)
            .iter()
            .zip(self.done.iter().copied())
    }

    /// The step to do now, counted from 0; `None` when the lesson is over.
    pub fn current(&self) -> Option<usize> {
        if self.finished.is_some() {
            return None;
        }
        self.done.iter().position(|done| !done)
    }

    pub fn current_step(&self) -> Option<&'static StepDef> {
        self.current().map(|i| &steps(self.setup.lesson)[i])
    }

    pub fn mistakes(&self) -> &[Mistake] {
        &self.mistakes
    }

    pub fn last_answer(&self) -> Option<(Quiz, usize)> {
        self.last_answer
    }

    pub fn is_finished(&self) -> bool {
        self.finished.is_some()
    }

    /// Time taken: until the end, or until `now` while it runs.
    pub fn elapsed(&self, now: Instant) -> Duration {
        self.finished
            .unwrap_or_else(|| now.saturating_duration_since(self.started))
    }

    /// The cards the cardholder has handed over so far, in order: the
    /// forgot-PIN lesson's own card comes once the trainee asked for it.
    pub fn cards_handed(&self) -> &[Uuid] {
        let cards = &self.setup.cards;
        let asked = self.steps().any(|(step, done)| {
            done && step.check == super::lessons::Check::Quiz(Quiz::NotTheirCard)
        });
        let handed = if asked {
            cards.len()
        } else {
            cards.len().min(1)
        };
        &cards[..handed]
    }

    pub fn steps_done(&self) -> usize {
        self.done.iter().filter(|done| **done).count()
    }

    /// Folds in what happened; returns true when it ticked a step, noted a
    /// mistake or ended the lesson (the panel then has news).
    pub fn observe(&mut self, happening: &Happening, now: Instant) -> bool {
        if self.finished.is_some() {
            return false;
        }
        let before = (self.steps_done(), self.mistakes.len());
        self.note_mistakes(happening, now);
        self.remember(happening, now);
        if let Some(i) = self.current()
            && self.event_ticks(steps(self.setup.lesson)[i].check, happening)
        {
            self.done[i] = true;
        }
        self.tick_standing();
        let timed_out =
            matches!(happening, Happening::PinClosed { handed_over: false }) && self.pins_count();
        if self.current().is_none() || timed_out {
            self.finished = Some(now.saturating_duration_since(self.started));
        }
        before != (self.steps_done(), self.mistakes.len()) || self.finished.is_some()
    }

    /// The line for the training log and the classroom's report.
    pub fn result(&self, desk: &str, now: Instant) -> LessonResult {
        LessonResult {
            desk: desk.to_owned(),
            lesson: self.setup.lesson,
            seconds: self.elapsed(now).as_secs(),
            steps_done: u32::try_from(self.steps_done()).unwrap_or(u32::MAX),
            steps_total: u32::try_from(self.done.len()).unwrap_or(u32::MAX),
            mistakes: self.mistakes.iter().map(|m| m.slug().to_owned()).collect(),
            finished_at: chrono::Utc::now(),
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod two_lessons_tests;
