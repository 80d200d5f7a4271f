//! A card bound on the server whose PIN was not fetched yet (it was pulled
//! before the PIN came) is work in progress. Settings that connect anew
//! would forget it, so they are applied only once the officer gives it up,
//! and then the desk and the audit trail say what was dropped. Closing the
//! desk meanwhile is recorded with the bound request and smartcard.

use super::{Action, AuditIds, AwaitingPin, Desk, Level, Line, Settings};
use crate::tr;

impl Desk {
    /// Whether applying `settings` would forget a bound card awaiting its PIN.
    pub(super) fn would_drop_awaiting(&self, settings: &Settings) -> bool {
        self.flow.awaiting_reinsert().is_some()
            && settings.client_config() != self.settings.client_config()
    }

    /// The officer gave the card up for the settings held back: says so,
    /// while the desk is still on the server the card is bound on, and
    /// applies them.
    pub(super) fn apply_dropping_awaiting(&mut self) {
        let Some(settings) = self.held_settings.take() else {
            return;
        };
        if let Some(awaiting) = self.flow.awaiting_reinsert() {
            let ids = AuditIds::of_bound(&awaiting.bound);
            let (smartcard, request) = (ids.smartcard, ids.request);
            let server = self.server_label();
            let line = Line::new(|| {
                tr!(
                    "awaiting-dropped-line",
                    smartcard = smartcard.map(|id| id.to_string()).unwrap_or_default(),
                    request = request.map(|id| id.to_string()).unwrap_or_default(),
                    server = server.as_str()
                )
            });
            self.activity.push(Level::Warning, line);
            self.audit(
                "pin_dropped",
                ids,
                "the officer connected to another server before the PIN was fetched; \
                 the card stays bound on this server: check the request there",
            );
        }
        self.settings_window = None;
        self.apply_settings(settings);
    }

    /// Closing while the card is awaited: the officer must check the server.
    pub(super) fn audit_exit_while_awaiting(&self) {
        if let Some(awaiting) = self.flow.awaiting_reinsert() {
            self.audit(
                "exit",
                AuditIds::of_bound(&awaiting.bound),
                "the desk was closed while the bound card waited to be put back: \
                 its PIN was not fetched; check the request on the server",
            );
        }
    }

    fn server_label(&self) -> String {
        self.session
            .as_ref()
            .map(|session| session.server_label.clone())
            .unwrap_or_default()
    }
}

/// Asks before settings that connect anew forget the bound card.
pub(super) fn drop_awaiting_ui(
    ctx: &egui::Context,
    awaiting: &AwaitingPin,
    take_focus: bool,
    actions: &mut Vec<Action>,
) {
    let bound = &awaiting.bound;
    let modal = egui::Modal::new(egui::Id::unique("drop-awaiting")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.heading(tr!("awaiting-drop-title"));
        ui.add_space(6.0);
        ui.label(tr!(
            "awaiting-drop-explained",
            person = awaiting.person.as_str(),
            request = bound.request.to_string(),
            smartcard = bound.smartcard.to_string(),
            card = bound.card_id.to_string()
        ));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            // The safe answer takes the focus: Enter keeps the card.
            let keep = ui.button(tr!("awaiting-keep"));
            if take_focus {
                keep.request_focus();
            }
            if keep.clicked() {
                actions.push(Action::KeepAwaiting);
            }
            if ui.button(tr!("awaiting-drop")).clicked() {
                actions.push(Action::DropAwaiting);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::KeepAwaiting);
    }
}
