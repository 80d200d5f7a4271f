//! The confirmations — starting a run, cancelling or abandoning a
//! request — and the list of requests the desk could not read.

use super::{Action, JobPlan};
use crate::cm::{FinalStatus, UnreadableRequest};
use crate::journal::JobKind;
use crate::tr;

/// Names the person, the request, the card and the reader before
/// anything is sent; Enter confirms.
pub(super) fn confirm_ui(
    ctx: &egui::Context,
    plan: &JobPlan,
    take_focus: bool,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("confirm-start")).show(ctx, |ui| {
        ui.set_width(440.0);
        let (title, keep, confirm) = match plan.kind {
            JobKind::Enroll => (
                tr!("confirm-title-enroll", person = plan.person.as_str()),
                tr!("confirm-keep-card-enroll"),
                tr!("confirm-enroll"),
            ),
            JobKind::Unblock => (
                tr!("confirm-title-unblock", person = plan.person.as_str()),
                tr!("confirm-keep-card-unblock"),
                tr!("confirm-unblock"),
            ),
        };
        ui.heading(title);
        ui.add_space(6.0);
        egui::Grid::new("confirm-grid")
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                ui.weak(tr!("confirm-cardholder"));
                ui.label(&plan.person);
                ui.end_row();
                ui.weak(tr!("detail-request"));
                ui.label(plan.request.to_string());
                ui.end_row();
                ui.weak(tr!("detail-card-id"));
                ui.label(if plan.typed {
                    tr!("confirm-card-id-typed", card = plan.card_id.to_string())
                } else {
                    plan.card_id.to_string()
                });
                ui.end_row();
                ui.weak(tr!("confirm-reader"));
                ui.label(&plan.reader);
                ui.end_row();
            });
        ui.add_space(8.0);
        ui.label(keep);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let start = ui.button(confirm);
            // Focus starts on the confirm button (Enter confirms) but Tab
            // can still move it.
            if take_focus {
                start.request_focus();
            }
            if start.clicked() {
                actions.push(Action::ConfirmStart);
            }
            if ui.button(tr!("settings-cancel")).clicked() {
                actions.push(Action::CancelStart);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CancelStart);
    }
}

/// Before a request is cancelled or abandoned on the server: whose, which,
/// and that it cannot be undone. The safe answer has the keyboard.
pub(super) fn final_status_ui(
    ctx: &egui::Context,
    (person, request): (&str, uuid::Uuid),
    status: FinalStatus,
    take_focus: bool,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("confirm-final-status")).show(ctx, |ui| {
        ui.set_width(440.0);
        let (title, explained, confirm) = match status {
            FinalStatus::Abandoned => (
                tr!("final-title-abandon", person = person),
                tr!("final-explained-abandon", request = request.to_string()),
                tr!("final-abandon"),
            ),
            _ => (
                tr!("final-title-cancel", person = person),
                tr!("final-explained-cancel", request = request.to_string()),
                tr!("final-cancel"),
            ),
        };
        ui.heading(title);
        ui.add_space(6.0);
        ui.label(explained);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            let keep = ui.button(tr!("final-keep"));
            if take_focus {
                keep.request_focus();
            }
            if keep.clicked() {
                actions.push(Action::CancelFinalStatus);
            }
            if ui.button(confirm).clicked() {
                actions.push(Action::ConfirmFinalStatus);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CancelFinalStatus);
    }
}

/// "N requests could not be read", and under *Details* which and why: the
/// rest of the list is usable, but the officer must know it is not whole.
pub(super) fn unreadable_ui(ui: &mut egui::Ui, unreadable: &[UnreadableRequest]) {
    if unreadable.is_empty() {
        return;
    }
    let headline = tr!("unreadable-headline", count = unreadable.len());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.colored_label(ui.visuals().warn_fg_color, headline);
        egui::CollapsingHeader::new(tr!("unreadable-details"))
            .id_salt("unreadable-requests")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for skipped in unreadable {
                            ui.label(skipped.to_string());
                        }
                    });
                ui.weak(tr!("unreadable-explained"));
            });
    });
}
