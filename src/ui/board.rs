//! The board: every reader's run at a glance — the cardholder, the step,
//! a progress bar and the time it has taken — so the officer can start the
//! next cardholder while earlier cards still make their keys. A finished
//! card says so until it is pulled; a failed one says why and offers the
//! way on. Clicking a reader's name shows its run in the detail panel.

use std::time::Instant;

use super::action::Action;
use super::run_view::{failure_ui, state_words};
use super::runs::{RunState, Runs, clock};
use crate::tr;

/// At most this high; more runs scroll.
const MAX_HEIGHT: f32 = 230.0;

pub fn board_ui(
    ui: &mut egui::Ui,
    runs: &Runs,
    chosen: Option<&str>,
    now: Instant,
    actions: &mut Vec<Action>,
) {
    if runs.is_empty() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(tr!("board-title"));
        egui::ScrollArea::vertical()
            .id_salt("board")
            .max_height(MAX_HEIGHT)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for (reader, run) in runs.iter() {
                    ui.horizontal_wrapped(|ui| {
                        let name = egui::RichText::new(reader.as_str()).strong();
                        if ui
                            .selectable_label(chosen == Some(reader.as_str()), name)
                            .clicked()
                        {
                            actions.push(Action::ChooseReader(reader.clone()));
                        }
                        ui.label(run.person());
                        ui.add(egui::ProgressBar::new(run.fraction()).desired_width(110.0));
                        ui.monospace(clock(run.elapsed(now)));
                        if matches!(run.state, RunState::Failed(_)) {
                            ui.colored_label(ui.visuals().error_fg_color, state_words(run));
                        } else {
                            ui.label(state_words(run));
                        }
                    });
                    if matches!(run.state, RunState::Failed(_)) {
                        ui.indent(("board-failure", reader), |ui| {
                            failure_ui(ui, reader, run, actions);
                        });
                    }
                    ui.separator();
                }
            });
    });
}
