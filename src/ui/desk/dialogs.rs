//! The bind confirmation, and the list of requests the desk could not read.

use super::{Action, BindPlan};
use crate::cm::UnreadableRequest;
use crate::tr;

/// Names the person, the request and the card before anything is sent.
pub(super) fn confirm_ui(
    ctx: &egui::Context,
    plan: &BindPlan,
    take_focus: bool,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("confirm-bind")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.heading(tr!("confirm-title", person = plan.person.as_str()));
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
        ui.label(tr!("confirm-keep-card"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let bind = ui.button(tr!("confirm-bind"));
            // Focus starts on Bind (Enter binds) but Tab can still move it.
            if take_focus {
                bind.request_focus();
            }
            if bind.clicked() {
                actions.push(Action::ConfirmBind);
            }
            if ui.button(tr!("settings-cancel")).clicked() {
                actions.push(Action::CancelBind);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CancelBind);
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
