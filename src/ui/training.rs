//! The training panel's state: the lesson under way, the lesson being set
//! up on the simulator, and where the desk drew the parts a step points at.
//! What happened on the desk reaches the lesson through `observe`; the
//! panel itself is drawn in `training_panel`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use poll_promise::Promise;
use uuid::Uuid;

use super::waker::spawn_then_wake;
use crate::cm::CmError;
use crate::training::client::TrainingClient;
use crate::training::lessons::{Quiz, Spot};
use crate::training::progress::{Happening, LessonRun};
use crate::training::wire::{LessonId, LessonResult, LessonSetup};
use crate::worker::Wake;

/// What the trainee asked of the training panel this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingAction {
    Start(LessonId),
    Stop,
    Answer(Quiz, usize),
    /// Back to the list of lessons after a result.
    Back,
    /// A card the cardholder handed over, from the counter into a reader.
    InsertLessonCard(Uuid),
}

/// A lesson just finished: what the desk records and tells.
pub struct Finished {
    pub result: LessonResult,
}

#[derive(Default)]
pub struct Training {
    pub open: bool,
    run: Option<LessonRun>,
    starting: Option<(LessonId, Promise<Result<LessonSetup, CmError>>)>,
    /// Why the last lesson could not be set up, in the trainee's words.
    pub start_error: Option<String>,
    /// Whether the finished lesson's result reached the training log.
    pub logged: Option<Result<(), String>>,
    /// Where the desk drew each part this frame, for the outline.
    spots: HashMap<Spot, egui::Rect>,
    last_chosen: Option<Uuid>,
    last_typed: Option<Uuid>,
    /// The server-down lesson turned the desk's REST API back on.
    api_restored: bool,
    /// Calls whose answer nobody waits for (results, the API switch).
    background: Vec<Promise<Result<(), CmError>>>,
}

impl Training {
    /// Open from the start in a classroom, closed elsewhere.
    pub fn opened(open: bool) -> Self {
        Self {
            open,
            ..Self::default()
        }
    }

    pub fn run(&self) -> Option<&LessonRun> {
        self.run.as_ref()
    }

    pub fn is_starting(&self) -> bool {
        self.starting.is_some()
    }

    /// Sets the lesson up on the simulator, on a thread of its own.
    pub fn start(&mut self, lesson: LessonId, client: Arc<TrainingClient>, wake: Wake) {
        self.start_error = None;
        let promise = spawn_then_wake(
            "training-setup",
            wake,
            |error| {
                Err(CmError::Unreachable {
                    server: String::new(),
                    detail: error.to_string(),
                })
            },
            move || client.start_lesson(lesson),
        );
        self.starting = Some((lesson, promise));
    }

    /// The setup, once the simulator answered (taken once).
    pub fn setup_ready(&mut self) -> Option<Result<LessonSetup, CmError>> {
        let (_, promise) = self.starting.as_ref()?;
        promise.ready()?;
        let (_, promise) = self.starting.take()?;
        promise.try_take().ok()
    }

    /// A fresh run of the lesson just set up.
    pub fn begin(&mut self, setup: LessonSetup, now: Instant) {
        let label = crate::training::lessons::has_card_label(setup.lesson).then(Uuid::new_v4);
        self.run = Some(LessonRun::new(setup, label, now));
        self.logged = None;
        self.last_chosen = None;
        self.last_typed = None;
        self.api_restored = false;
    }

    pub fn stop(&mut self) {
        self.run = None;
        self.logged = None;
    }

    /// Feeds what happened to the lesson; `Some` when it just finished.
    pub fn observe(&mut self, happening: &Happening, desk: &str) -> Option<Finished> {
        let run = self.run.as_mut()?;
        let now = Instant::now();
        let was_finished = run.is_finished();
        run.observe(happening, now);
        (!was_finished && run.is_finished()).then(|| Finished {
            result: run.result(desk, now),
        })
    }

    /// The selection and the typed card id, compared with last frame's.
    pub fn standing_changes(
        &mut self,
        chosen: Option<Uuid>,
        typed: Option<Uuid>,
    ) -> Vec<Happening> {
        let mut changes = Vec::new();
        if chosen != self.last_chosen {
            self.last_chosen = chosen;
            changes.push(Happening::RequestChosen(chosen));
        }
        if typed != self.last_typed {
            self.last_typed = typed;
            changes.push(Happening::TypedCardId(typed));
        }
        changes
    }

    /// True once, when the server-down lesson's settings step is done and
    /// the desk's REST API is to be turned back on.
    pub fn take_api_restore(&mut self) -> bool {
        let due = !self.api_restored
            && self.run.as_ref().is_some_and(|run| {
                run.lesson() == LessonId::ServerDown
                    && run
                        .steps()
                        .any(|(step, done)| step.id == "open-settings" && done)
            });
        self.api_restored |= due;
        due
    }

    /// Runs a call on a thread of its own; `failed_calls` hands back what
    /// went wrong once it has ended.
    pub fn in_background(
        &mut self,
        wake: Wake,
        work: impl FnOnce() -> Result<(), CmError> + Send + 'static,
    ) {
        self.background.push(spawn_then_wake(
            "training-call",
            wake,
            |error| {
                Err(CmError::Unreachable {
                    server: String::new(),
                    detail: error.to_string(),
                })
            },
            work,
        ));
    }

    /// The background calls that have ended in failure since last asked.
    pub fn failed_calls(&mut self) -> Vec<CmError> {
        let (ended, running): (Vec<_>, Vec<_>) = std::mem::take(&mut self.background)
            .into_iter()
            .partition(|promise| promise.ready().is_some());
        self.background = running;
        ended
            .into_iter()
            .filter_map(|promise| promise.try_take().ok()?.err())
            .collect()
    }

    pub fn note_spot(&mut self, spot: Spot, rect: egui::Rect) {
        self.spots.insert(spot, rect);
    }

    /// Outlines the part of the desk the current step is about.
    pub fn outline_current_spot(&self, ctx: &egui::Context) {
        let Some(step) = self.run.as_ref().and_then(LessonRun::current_step) else {
            return;
        };
        let Some(rect) = self.spots.get(&step.spot) else {
            return;
        };
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("training-outline"),
        ));
        let colour = egui::Color32::from_rgb(230, 140, 0);
        painter.rect_stroke(
            rect.expand(2.0),
            4.0,
            egui::Stroke::new(3.0, colour),
            egui::StrokeKind::Outside,
        );
    }
}
