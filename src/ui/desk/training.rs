//! The desk's side of training: what happened on the desk goes to the
//! lesson, a lesson is set up on a clean desk, and a finished one is
//! written to the training log and reported to the simulator.

use super::{Action, Desk, Level, RequestList, TypedCardId};
use crate::tr;
use crate::training::progress::Happening;
use crate::training::wire::LessonId;
use crate::ui::activity::Line;
use crate::ui::training::{Finished, TrainingAction};

impl Desk {
    /// Training is offered in demo mode and in a classroom, never at a real server.
    pub(super) fn can_train(&self) -> bool {
        self.session.as_ref().is_some_and(|s| s.training.is_some())
    }

    /// Once a frame, before drawing: a lesson set up, the standing state.
    pub(super) fn training_frame(&mut self) {
        if let Some(ready) = self.training.setup_ready() {
            match ready {
                Ok(setup) => self.begin_lesson(setup),
                Err(error) => {
                    let words = crate::i18n::cm_error_words(&error);
                    self.training.start_error =
                        Some(tr!("training-start-failed", error = words.as_str()));
                }
            }
        }
        for error in self.training.failed_calls() {
            // The trainee must know: a lesson waiting on it would not go on.
            tracing::warn!("a training call to the simulator failed: {error}");
            let words = crate::i18n::cm_error_words(&error);
            self.activity.push(
                Level::Warning,
                Line {
                    local: tr!("training-call-failed", error = words.as_str()),
                    english: format!("The simulator did not take the lesson's call: {error}"),
                },
            );
        }
        let typed = crate::ids::parse_guid(&self.typed_card_id.0);
        for happening in self.training.standing_changes(self.selected_request, typed) {
            self.observe(happening);
        }
    }

    /// A clean desk for the lesson: no cards, no selection, its own requests.
    fn begin_lesson(&mut self, setup: crate::training::wire::LessonSetup) {
        let lesson = setup.lesson;
        if let Some(cards) = self.session.as_ref().and_then(|s| s.cards.clone()) {
            cards.clear();
            cards.set_lesson_keygen_time(crate::training::lessons::keygen_time(lesson));
            cards.lay_out_blocked_cards(&setup.cards);
        }
        // Runs that ended stay off the lesson's clean desk.
        self.runs = crate::ui::runs::Runs::default();
        self.confirming = None;
        self.selected_request = None;
        self.typed_card_id = TypedCardId::default();
        self.requests = RequestList::default();
        self.load_error = None;
        self.training.begin(setup, std::time::Instant::now());
        self.activity.push(
            Level::Info,
            Line::new(|| tr!("training-line-started", lesson = lesson_words(lesson))),
        );
        if crate::training::lessons::loads_requests_at_start(lesson) {
            self.act(Action::Refresh);
        }
    }

    /// Tells the lesson what happened; records it when that ended it.
    pub(super) fn observe(&mut self, happening: Happening) {
        // The name the classroom knows this desk by, as its report shows it.
        let trainee = (self.session.as_ref())
            .and_then(|s| s.training.as_ref())
            .map(|client| client.desk_name())
            .unwrap_or_default();
        if let Some(finished) = self.training.observe(&happening, &trainee) {
            self.finish_lesson(finished);
        }
        if self.training.take_api_restore()
            && let Some(client) = self.session.as_ref().and_then(|s| s.training.clone())
        {
            self.activity
                .push(Level::Info, Line::new(|| tr!("training-server-back")));
            self.training
                .in_background(self.waker.wake_fn(), move || client.set_api(true));
        }
    }

    fn finish_lesson(&mut self, finished: Finished) {
        let result = finished.result;
        self.training.logged = self.training_log.as_ref().map(|path| {
            crate::training::log::append(path, &result).map_err(|error| error.to_string())
        });
        if let Some(Err(error)) = &self.training.logged {
            tracing::warn!("the training log could not be written: {error}");
        }
        let lesson = result.lesson;
        let (done, total, mistakes) =
            (result.steps_done, result.steps_total, result.mistakes.len());
        self.activity.push(
            Level::Info,
            Line::new(|| {
                tr!(
                    "training-line-finished",
                    lesson = lesson_words(lesson),
                    done = done,
                    total = total,
                    mistakes = mistakes
                )
            }),
        );
        if let Some(client) = self.session.as_ref().and_then(|s| s.training.clone()) {
            self.training
                .in_background(self.waker.wake_fn(), move || client.send_result(&result));
        }
    }

    pub(super) fn training_action(&mut self, action: TrainingAction) {
        match action {
            TrainingAction::Start(lesson) => {
                let Some(session) = &self.session else {
                    return;
                };
                let Some(client) = session.training.clone() else {
                    return;
                };
                if self.dialog_open() || self.runs.any_under_way() {
                    return;
                }
                self.training.start(lesson, client, self.waker.wake_fn());
            }
            TrainingAction::Stop | TrainingAction::Back => {
                self.training.stop();
                if let Some(cards) = self.session.as_ref().and_then(|s| s.cards.clone()) {
                    cards.set_lesson_keygen_time(None);
                }
            }
            TrainingAction::InsertLessonCard(card_id) => self.insert_lesson_card(card_id),
            TrainingAction::Answer(quiz, choice) => {
                self.observe(Happening::Answered { quiz, choice });
            }
        }
    }

    /// The cards the cardholder has handed over that lie on the counter.
    pub(super) fn lesson_cards_on_counter(
        &self,
        cards: Option<&crate::demo::DemoCards>,
    ) -> Vec<uuid::Uuid> {
        let (Some(cards), Some(run)) = (cards, self.training.run()) else {
            return Vec::new();
        };
        let handed = run.cards_handed();
        (cards.on_counter().into_iter())
            .filter(|card| handed.contains(card))
            .collect()
    }

    /// The lesson card `card_id` from the counter into the chosen reader
    /// when it is empty, else the first empty one.
    fn insert_lesson_card(&mut self, card_id: uuid::Uuid) {
        let Some(cards) = self.session.as_ref().and_then(|s| s.cards.clone()) else {
            return;
        };
        let empty = |name: &str| self.readers.get(name).is_some_and(|r| r.card.is_none());
        let reader = (self.chosen_reader.clone())
            .filter(|name| empty(name))
            .or_else(|| {
                (self.readers.list.iter())
                    .find(|r| r.card.is_none())
                    .map(|r| r.name.clone())
            });
        let Some(reader) = reader else {
            self.activity.push(
                Level::Warning,
                Line::new(|| tr!("training-no-empty-reader")),
            );
            return;
        };
        if let Err(error) = cards.insert_from_counter(&reader, card_id) {
            self.activity.push(
                Level::Error,
                Line::new(|| tr!("demo-insert-failed", error = error.to_string())),
            );
        }
    }
}

fn lesson_words(lesson: LessonId) -> String {
    crate::i18n::text(&format!("training-lesson-{}", lesson.slug()), None)
}
