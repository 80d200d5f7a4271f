//! The desk's side of the runs, one per reader: starting one (after its
//! confirmation), folding in what the worker reports, and the way on after
//! a failure. Every step of every run is one audit line (action `enroll`
//! or `unblock`, outcome the step's English name), and so is its end.

use std::time::Instant;

use super::{Action, AuditIds, Command, Desk, JobPlan, Level, Line, PinWindow};
use crate::enroll::{EnrollFailure, Enrolled, Problem, Progress, Reached};
use crate::journal::JobKind;
use crate::tr;
use crate::training::progress::Happening;
use crate::ui::runs::{Run, RunState};
use crate::worker::{EnrollmentUpdate, JobTicket};

/// The audit trail's action for a kind of run.
fn action_name(kind: JobKind) -> &'static str {
    match kind {
        JobKind::Enroll => "enroll",
        JobKind::Unblock => "unblock",
    }
}

/// The ids a run's audit lines carry.
fn ids_of(run: &Run) -> AuditIds {
    AuditIds {
        request: Some(run.request()),
        card_id: run.ticket.card_id,
        smartcard: run.smartcard,
    }
}

impl Desk {
    /// Starts the confirmed `plan`, unless the card changed meanwhile.
    pub(super) fn start_plan(&mut self, plan: JobPlan) {
        let still_there = self
            .readers
            .card_info(&plan.reader)
            .is_some_and(|card| card.is_card(&plan.atr, plan.card_id));
        if !still_there {
            self.activity.push(
                Level::Warning,
                Line::new(|| tr!("card-changed-before-start", reader = plan.reader.as_str())),
            );
            return;
        }
        let ticket = plan.ticket(self.settings.byte_order);
        self.launch(plan.reader, ticket);
    }

    /// Hands `ticket` to the worker as the run of `reader`.
    pub(super) fn launch(&mut self, reader: String, ticket: JobTicket) {
        let run = Run::new(ticket.clone(), Instant::now());
        let (request, card_id, kind) = (run.request(), ticket.card_id, run.kind());
        let card = card_id.map(|id| id.to_string()).unwrap_or_default();
        let person = ticket.person.clone();
        let request_id = request.to_string();
        let line = Line::new(|| {
            let (card, reader, person, request) = (
                card.as_str(),
                reader.as_str(),
                person.as_str(),
                request_id.as_str(),
            );
            match kind {
                JobKind::Enroll => tr!(
                    "run-started-enroll",
                    card = card,
                    reader = reader,
                    person = person,
                    request = request
                ),
                JobKind::Unblock => tr!(
                    "run-started-unblock",
                    card = card,
                    reader = reader,
                    person = person,
                    request = request
                ),
            }
        });
        self.activity.push(Level::Info, line);
        self.audit(action_name(kind), ids_of(&run), "started");
        self.unfinished.retain(|entry| entry.request != request);
        self.runs.insert(reader, run);
        self.send(Command::Start(ticket));
        if let Some(card_id) = card_id {
            self.observe(Happening::EnrollmentStarted { request, card_id });
        }
        self.observe(Happening::RunsUnderWay(self.runs.under_way()));
    }

    /// Folds in what the run in `reader` reports.
    pub(super) fn run_update(&mut self, reader: String, update: EnrollmentUpdate) {
        match update {
            EnrollmentUpdate::Progress(progress) => self.run_progress(&reader, progress),
            EnrollmentUpdate::AsksForPin => {
                if let Some(run) = self.runs.get_mut(&reader) {
                    let at = run
                        .progress()
                        .unwrap_or(Progress::at(crate::enroll::EnrollStep::Pin));
                    run.state = RunState::AsksForPin(at);
                }
            }
            EnrollmentUpdate::Finished(enrolled) => self.run_finished(reader, *enrolled),
            EnrollmentUpdate::Failed(failure) => self.run_failed(&reader, failure),
        }
    }

    fn run_progress(&mut self, reader: &str, progress: Progress) {
        let Some(run) = self.runs.get_mut(reader) else {
            return;
        };
        run.state = RunState::Running(progress);
        if run.audited != Some(progress.step) {
            run.audited = Some(progress.step);
            let (action, ids) = (action_name(run.kind()), ids_of(run));
            self.audit(action, ids, progress.step.name());
        }
    }

    fn run_finished(&mut self, reader: String, enrolled: Enrolled) {
        let (person, kind) = match self.runs.get_mut(&reader) {
            Some(run) => {
                run.state = RunState::Finished;
                run.ended = Some(Instant::now());
                run.smartcard = Some(enrolled.bound.smartcard);
                (run.person().to_owned(), run.kind())
            }
            // A run the desk no longer knows (it connected anew): its PIN
            // is handed over all the same.
            None => (tr!("the-cardholder"), JobKind::Enroll),
        };
        let ids = AuditIds::of_bound(&enrolled.bound);
        self.audit(action_name(kind), ids, "finished: request Completed");
        let smartcard = enrolled.bound.smartcard.to_string();
        let with_pin = enrolled.pin.is_some();
        self.activity.push(
            Level::Info,
            Line::new(|| {
                let (person, reader, smartcard) =
                    (person.as_str(), reader.as_str(), smartcard.as_str());
                match (kind, with_pin) {
                    (JobKind::Enroll, true) => tr!(
                        "run-finished-line-pin",
                        person = person,
                        reader = reader,
                        smartcard = smartcard
                    ),
                    (JobKind::Enroll, false) => tr!(
                        "run-finished-line-chosen",
                        person = person,
                        reader = reader,
                        smartcard = smartcard
                    ),
                    (JobKind::Unblock, true) => tr!(
                        "run-unblocked-line-pin",
                        person = person,
                        reader = reader,
                        smartcard = smartcard
                    ),
                    (JobKind::Unblock, false) => tr!(
                        "run-unblocked-line-chosen",
                        person = person,
                        reader = reader,
                        smartcard = smartcard
                    ),
                }
            }),
        );
        self.observe(Happening::EnrollmentFinished {
            request: enrolled.bound.request,
            pin_to_hand_over: with_pin,
        });
        self.look_up(enrolled.bound.card_id);
        if let Some(pin) = enrolled.pin {
            let timeout = self.settings.pin_timeout();
            self.pins
                .push_back(PinWindow::new(person, reader, enrolled.bound, pin, timeout));
        }
        self.act(Action::Refresh);
    }

    fn run_failed(&mut self, reader: &str, failure: Box<EnrollFailure>) {
        let Some(run) = self.runs.get_mut(reader) else {
            return;
        };
        run.smartcard = match &failure.reached {
            Reached::Nothing => run.smartcard,
            Reached::Bound(bound) => Some(bound.smartcard),
            Reached::PinSet(enrolled) => Some(enrolled.bound.smartcard),
        };
        run.ended = Some(Instant::now());
        let (action, ids) = (action_name(run.kind()), ids_of(run));
        let happening = match (&failure.reached, &*failure.problem) {
            (Reached::Nothing, Problem::Server(crate::cm::CmError::Forbidden { .. })) => {
                Happening::EnrollmentRefused { forbidden: true }
            }
            (Reached::Nothing, _) => Happening::EnrollmentRefused { forbidden: false },
            _ => Happening::EnrollmentStoppedBound,
        };
        let bound = !matches!(failure.reached, Reached::Nothing);
        let line = Line {
            local: crate::i18n::enroll_failure_words(&failure),
            english: failure.to_string(),
        };
        let outcome = format!("failed: {failure}");
        run.state = RunState::Failed(failure);
        self.audit(action, ids, outcome);
        self.activity.push(Level::Error, line);
        if self
            .pin_entry
            .as_ref()
            .is_some_and(|e| e.reader() == reader)
        {
            self.close_pin_entry(None);
        }
        self.observe(happening);
        if bound {
            self.act(Action::Refresh);
        }
    }

    /// Starts again what failed in `reader`: after the PIN, only the
    /// Completed call; before it, the same job (it continues on the card).
    pub(super) fn try_again(&mut self, reader: String) {
        let Some(run) = self.runs.get_mut(&reader) else {
            return;
        };
        let RunState::Failed(failure) = std::mem::replace(
            &mut run.state,
            RunState::Running(Progress::at(crate::enroll::EnrollStep::Completing)),
        ) else {
            return;
        };
        match failure.reached {
            Reached::PinSet(enrolled) => {
                run.ended = None;
                let (action, ids) = (action_name(run.kind()), ids_of(run));
                self.audit(action, ids, "completing again");
                self.send(Command::CompleteAgain { reader, enrolled });
            }
            Reached::Nothing | Reached::Bound(_) => {
                let ticket = run.ticket.clone();
                self.launch(reader, ticket);
            }
        }
    }

    /// The officer stops the run in `reader` at its next safe step.
    pub(super) fn stop_run(&mut self, reader: String) {
        if self.runs.get(&reader).is_some_and(Run::can_cancel) {
            self.activity.push(
                Level::Info,
                Line::new(|| tr!("run-stopping", reader = reader.as_str())),
            );
            self.send(Command::StopEnrollment { reader });
        }
    }

    /// Takes the failed run of `reader` off the board.
    pub(super) fn dismiss_run(&mut self, reader: &str) {
        if self
            .runs
            .get(reader)
            .is_some_and(|run| matches!(run.state, RunState::Failed(_)))
        {
            self.runs.remove(reader);
        }
    }

    /// While a run is under way the board's clocks tick: a repaint once a
    /// second, and none at all once every run has ended.
    pub(super) fn repaint_while_under_way(&self, ctx: &egui::Context) {
        if self.runs.any_under_way() {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
    }

    /// Closing the desk: one `exit` line per card it leaves behind.
    pub(super) fn audit_exit(&self) {
        for (_, run) in self.runs.iter() {
            let (action, ids) = (action_name(run.kind()), ids_of(run));
            let outcome = match (&run.state, run.progress()) {
                (_, Some(progress)) => format!(
                    "the desk was closed during \"{}\" ({action}); check the request on the server",
                    progress.step.name()
                ),
                _ if run.is_bound_unfinished() => {
                    "the desk was closed with the card bound and unfinished; \
                     check the request on the server (the card is offered for resuming)"
                        .to_owned()
                }
                _ => continue,
            };
            self.audit("exit", ids, outcome);
        }
        for window in &self.pins {
            self.audit(
                "exit",
                AuditIds::of_bound(window.bound()),
                "the desk was closed before the PIN was handed over; the PIN is lost",
            );
        }
    }
}
