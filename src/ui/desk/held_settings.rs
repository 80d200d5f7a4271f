//! A card bound on the server and left unfinished (its run failed after
//! the bind) is work in progress. Settings that connect anew would forget
//! it, so they are applied only once the officer gives it up, and then the
//! desk and the audit trail say what was dropped (the journal still offers
//! it for resuming later, against this server).

use super::{Action, AuditIds, Desk, Level, Line, Settings};
use crate::tr;
use crate::ui::runs::Run;

impl Desk {
    /// Whether applying `settings` would forget a bound, unfinished card.
    pub(super) fn would_drop_unfinished(&self, settings: &Settings) -> bool {
        self.first_bound_unfinished().is_some()
            && settings.client_config() != self.settings.client_config()
    }

    fn first_bound_unfinished(&self) -> Option<&Run> {
        self.runs
            .iter()
            .map(|(_, run)| run)
            .find(|run| run.is_bound_unfinished())
    }

    /// The officer gave the cards up for the settings held back: says so,
    /// while the desk is still on the server the cards are bound on, and
    /// applies them.
    pub(super) fn apply_dropping_unfinished(&mut self) {
        let Some(settings) = self.held_settings.take() else {
            return;
        };
        let server = self.server_label();
        let dropped: Vec<AuditIds> = self
            .runs
            .iter()
            .map(|(_, run)| run)
            .filter(|run| run.is_bound_unfinished())
            .map(|run| AuditIds {
                request: Some(run.request()),
                card_id: run.ticket.card_id,
                smartcard: run.smartcard,
            })
            .collect();
        for ids in dropped {
            let (smartcard, request) = (ids.smartcard, ids.request);
            let line = Line::new(|| {
                tr!(
                    "unfinished-dropped-line",
                    smartcard = smartcard.map(|id| id.to_string()).unwrap_or_default(),
                    request = request.map(|id| id.to_string()).unwrap_or_default(),
                    server = server.as_str()
                )
            });
            self.activity.push(Level::Warning, line);
            self.audit(
                "enroll_dropped",
                ids,
                "the officer connected to another server with the card bound and unfinished; \
                 the card stays bound on this server: check the request there",
            );
        }
        self.settings_window = None;
        self.apply_settings(settings);
    }

    fn server_label(&self) -> String {
        self.session
            .as_ref()
            .map(|session| session.server_label.clone())
            .unwrap_or_default()
    }

    /// Asks before settings that connect anew forget a bound card.
    pub(super) fn drop_unfinished_ui(
        &self,
        ctx: &egui::Context,
        take_focus: bool,
        actions: &mut Vec<Action>,
    ) -> bool {
        let Some(run) = self.first_bound_unfinished() else {
            return false;
        };
        let modal = egui::Modal::new(egui::Id::unique("drop-unfinished")).show(ctx, |ui| {
            ui.set_width(440.0);
            ui.heading(tr!("unfinished-drop-title"));
            ui.add_space(6.0);
            ui.label(tr!(
                "unfinished-drop-explained",
                person = run.person(),
                request = run.request().to_string(),
                smartcard = run.smartcard.map(|id| id.to_string()).unwrap_or_default(),
                card = run
                    .ticket
                    .card_id
                    .map(|id| id.to_string())
                    .unwrap_or_default()
            ));
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                // The safe answer takes the focus: Enter keeps the card.
                let keep = ui.button(tr!("unfinished-keep"));
                if take_focus {
                    keep.request_focus();
                }
                if keep.clicked() {
                    actions.push(Action::KeepUnfinished);
                }
                if ui.button(tr!("unfinished-drop")).clicked() {
                    actions.push(Action::DropUnfinished);
                }
            });
        });
        if modal.should_close() {
            actions.push(Action::KeepUnfinished);
        }
        true
    }
}
