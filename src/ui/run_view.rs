//! One run as the detail panel shows it: the plan's steps (done, running,
//! to do), a progress bar, the words of the step running, the time it has
//! taken and *Cancel* while stopping is safe; or why it stopped and the
//! way on (`failure_ui`, which the board shows too).

use std::time::Instant;

use super::action::Action;
use super::runs::{Run, RunState, clock};
use crate::cm::FinalStatus;
use crate::enroll::Reached;
use crate::i18n::{enroll_failure_words, enroll_progress_words, enroll_step_name};
use crate::journal::JobKind;
use crate::tr;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Done,
    Running,
    ToDo,
}

/// The run in `reader`, whole.
pub fn run_ui(ui: &mut egui::Ui, reader: &str, run: &Run, now: Instant, actions: &mut Vec<Action>) {
    let title = match run.kind() {
        JobKind::Enroll => tr!("run-title-enroll", person = run.person()),
        JobKind::Unblock => tr!("run-title-unblock", person = run.person()),
    };
    ui.heading(title);
    ui.weak(tr!(
        "run-where",
        reader = reader,
        time = clock(run.elapsed(now))
    ));
    ui.add_space(4.0);
    step_list_ui(ui, run);
    ui.add_space(4.0);
    ui.add(egui::ProgressBar::new(run.fraction()).show_percentage());
    match &run.state {
        RunState::Running(progress) => {
            ui.label(enroll_progress_words(progress));
            let cancel = ui
                .push_id(("run-cancel", reader), |ui| {
                    ui.add_enabled(run.can_cancel(), egui::Button::new(tr!("run-cancel")))
                })
                .inner
                .on_disabled_hover_text(tr!("run-cancel-too-late"));
            if cancel.clicked() {
                actions.push(Action::StopRun(reader.to_owned()));
            }
        }
        RunState::AsksForPin(_) => {
            ui.label(tr!("run-asks-for-pin"));
        }
        RunState::Failed(_) => failure_ui(ui, reader, run, actions),
        RunState::Finished => {
            ui.label(finished_words(run));
        }
    }
}

/// What a finished run says until its card is pulled.
pub fn finished_words(run: &Run) -> String {
    match run.kind() {
        JobKind::Enroll => tr!("run-finished-enroll"),
        JobKind::Unblock => tr!("run-finished-unblock"),
    }
}

/// Each step of the plan with its mark; the one running is strong.
fn step_list_ui(ui: &mut egui::Ui, run: &Run) {
    let plan = run.plan();
    let (reached, finished) = match &run.state {
        RunState::Running(p) | RunState::AsksForPin(p) => (Some(p.step), false),
        RunState::Failed(failure) => (Some(failure.step), false),
        RunState::Finished => (None, true),
    };
    let at = reached.and_then(|step| plan.iter().position(|s| *s == step));
    for (i, step) in plan.iter().enumerate() {
        let mark = match at {
            _ if finished => Mark::Done,
            Some(at) if i < at => Mark::Done,
            Some(at) if i == at => Mark::Running,
            _ => Mark::ToDo,
        };
        ui.horizontal(|ui| {
            mark_ui(ui, mark, matches!(run.state, RunState::Failed(_)));
            let name = enroll_step_name(*step);
            if mark == Mark::Running {
                ui.strong(name);
            } else if mark == Mark::ToDo {
                ui.weak(name);
            } else {
                ui.label(name);
            }
        });
    }
}

/// A drawn mark (the bundled font has no check glyph): a filled dot for
/// done, a ring with a dot for the step running (red where it stopped), an
/// empty ring for to do. Screen readers hear the word.
fn mark_ui(ui: &mut egui::Ui, mark: Mark, stopped: bool) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let words = match mark {
        Mark::Done => tr!("step-mark-done"),
        Mark::Running if stopped => tr!("step-mark-stopped"),
        Mark::Running => tr!("step-mark-running"),
        Mark::ToDo => tr!("step-mark-to-do"),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &words));
    let visuals = ui.visuals();
    let (centre, radius) = (rect.center(), size * 0.32);
    let colour = match mark {
        Mark::Done => egui::Color32::from_rgb(46, 139, 87),
        Mark::Running if stopped => visuals.error_fg_color,
        Mark::Running => visuals.strong_text_color(),
        Mark::ToDo => visuals.weak_text_color(),
    };
    let painter = ui.painter();
    match mark {
        Mark::Done => {
            painter.circle_filled(centre, radius, colour);
        }
        Mark::Running => {
            painter.circle_stroke(centre, radius, egui::Stroke::new(1.5, colour));
            painter.circle_filled(centre, radius * 0.45, colour);
        }
        Mark::ToDo => {
            painter.circle_stroke(centre, radius, egui::Stroke::new(1.0, colour));
        }
    }
}

/// Why the run stopped, and what the officer can do: try again (the same
/// job, or only the Completed call), or — when trying again cannot help —
/// cancel or abandon the request, after a confirmation.
pub fn failure_ui(ui: &mut egui::Ui, reader: &str, run: &Run, actions: &mut Vec<Action>) {
    let RunState::Failed(failure) = &run.state else {
        return;
    };
    ui.add(
        egui::Label::new(
            egui::RichText::new(enroll_failure_words(failure)).color(ui.visuals().error_fg_color),
        )
        .wrap(),
    );
    let reader = reader.to_owned();
    // Ids of their own: a line arriving above must not change which
    // button a click (or a screen reader) means.
    ui.push_id(("run-failure", &reader), |ui| {
        ui.horizontal_wrapped(|ui| {
            failure_buttons_ui(ui, &reader, failure, actions);
        });
    });
}

fn failure_buttons_ui(
    ui: &mut egui::Ui,
    reader: &str,
    failure: &crate::enroll::EnrollFailure,
    actions: &mut Vec<Action>,
) {
    let reader = reader.to_owned();
    let completes = matches!(failure.reached, Reached::PinSet(_));
    if failure.can_try_again() || completes {
        if ui.button(tr!("try-again")).clicked() {
            actions.push(Action::TryAgain(reader.clone()));
        }
    } else {
        for (status, words) in [
            (FinalStatus::Canceled, tr!("run-cancel-request")),
            (FinalStatus::Abandoned, tr!("run-abandon-request")),
        ] {
            if ui.button(words).clicked() {
                actions.push(Action::AskFinalStatus {
                    reader: reader.clone(),
                    status,
                });
            }
        }
    }
    if !completes && ui.button(tr!("dismiss")).clicked() {
        actions.push(Action::DismissRun(reader));
    }
}

/// The step a run has reached, in a few words, for the board.
pub fn state_words(run: &Run) -> String {
    match &run.state {
        RunState::Running(progress) => enroll_progress_words(progress),
        RunState::AsksForPin(_) => tr!("run-asks-for-pin"),
        RunState::Failed(failure) => tr!("run-failed-at", step = enroll_step_name(failure.step)),
        RunState::Finished => finished_words(run),
    }
}
