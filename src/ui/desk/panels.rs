//! What the desk draws each frame: the panels around the requests table,
//! and the dialogs over them.

use super::{
    Action, AuditIds, BindPlan, Command, Desk, DetailView, Flow, Level, Mode, PinClosed, Settings,
    SettingsOutcome, StatusLine, activity_ui, demo_panel_ui, detail_ui, filter_bar_ui, readers_ui,
    status_bar_ui, table_ui,
};
use crate::cm::UnreadableRequest;

impl Desk {
    pub(super) fn panels_ui(
        &mut self,
        ui: &mut egui::Ui,
        bind_shortcut: bool,
        actions: &mut Vec<Action>,
    ) {
        egui::Panel::top("title").show(ui, |ui| self.title_bar_ui(ui, actions));
        egui::Panel::bottom("status").show(ui, |ui| {
            let (server, auth, simulated, identity) =
                self.session
                    .as_ref()
                    .map_or(("not connected", "—", false, None), |s| {
                        let identity = s.signed_in.get();
                        (
                            s.server_label.as_str(),
                            s.auth_label,
                            s.demo.is_some(),
                            identity,
                        )
                    });
            let readers = match (&self.readers.service_down, simulated) {
                (_, true) => "Readers: simulated".to_owned(),
                (Some(_), false) => "Smart-card service: unavailable".to_owned(),
                (None, false) => format!(
                    "Smart-card service: running, {} readers",
                    self.readers.list.len()
                ),
            };
            status_bar_ui(
                ui,
                &StatusLine {
                    server,
                    auth,
                    signed_in: self.signed_in,
                    identity,
                    readers: &readers,
                    loading: self.loading,
                    last_refresh: self.last_refresh,
                    requests: self.requests.len(),
                },
            );
        });
        egui::Panel::bottom("activity")
            .resizable(true)
            .default_size(130.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.strong("Activity");
                    let idle = !self.export.busy();
                    if ui
                        .add_enabled(idle, egui::Button::new("Export as CSV…"))
                        .clicked()
                    {
                        actions.push(Action::ExportActivity);
                    }
                    if self.audit.is_some()
                        && ui
                            .add_enabled(idle, egui::Button::new("Export audit trail…"))
                            .on_hover_text("A copy of this desk's audit trail (JSON lines)")
                            .clicked()
                    {
                        actions.push(Action::ExportAudit);
                    }
                });
                activity_ui(ui, &self.activity);
            });
        egui::Panel::left("readers")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| {
                let mut demo_actions = Vec::new();
                let demo_mode = self.demo().is_some();
                readers_ui(
                    ui,
                    &self.readers,
                    &mut self.chosen_reader,
                    demo_mode,
                    &mut demo_actions,
                );
                if let Some(demo) = self.demo() {
                    ui.separator();
                    demo_panel_ui(ui, demo, &mut demo_actions);
                }
                actions.extend(demo_actions.into_iter().map(Action::Demo));
            });
        egui::Panel::right("detail")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                let view = DetailView {
                    row: self.selected_request.and_then(|id| self.requests.find(id)),
                    readers: &self.readers,
                    reader: self.chosen_reader.as_deref(),
                    flow: &self.flow,
                    bind_shortcut,
                };
                detail_ui(ui, &view, &mut self.typed_card_id, actions);
            });
        egui::CentralPanel::default().show(ui, |ui| self.requests_ui(ui, actions));
    }

    pub(super) fn title_bar_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.heading("enroll-desk");
            if self.demo().is_some() {
                egui::Frame::new()
                    .fill(egui::Color32::from_rgb(196, 110, 0))
                    .inner_margin(egui::Margin::symmetric(8, 2))
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.label(
                            egui::RichText::new("DEMO — simulated server and cards")
                                .color(egui::Color32::WHITE)
                                .strong(),
                        );
                    });
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add_enabled(
                        self.settings_lock().is_none(),
                        egui::Button::new("Settings…"),
                    )
                    .on_disabled_hover_text(self.settings_lock().unwrap_or_default())
                    .clicked()
                {
                    actions.push(Action::OpenSettings);
                }
                if ui
                    .add_enabled(
                        !self.loading && self.session.is_some(),
                        egui::Button::new("Refresh requests"),
                    )
                    .on_hover_text("F5")
                    .clicked()
                {
                    actions.push(Action::Refresh);
                }
            });
        });
    }

    pub(super) fn requests_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(error) = &self.session_error {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("The desk is not connected: {error}"),
            );
            ui.horizontal(|ui| {
                if ui.button("Open settings").clicked() {
                    actions.push(Action::OpenSettings);
                }
                if ui.button("Use demo mode").clicked() {
                    actions.push(Action::UseDemo);
                }
            });
            return;
        }
        if let Some(error) = &self.load_error {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("Could not load the requests: {error}"),
                );
                if ui
                    .add_enabled(!self.loading, egui::Button::new("Try again"))
                    .clicked()
                {
                    actions.push(Action::Refresh);
                }
            });
        }
        unreadable_ui(ui, &self.unreadable);
        let focus_search =
            ui.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::F));
        filter_bar_ui(ui, &mut self.requests, focus_search);
        ui.separator();
        if self.requests.is_empty() && self.loading {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Loading requests…");
            });
            return;
        }
        table_ui(ui, &mut self.requests, &mut self.selected_request);
    }

    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let take_focus = std::mem::take(&mut self.focus_dialog);
        if let Flow::Confirming(plan) = &self.flow {
            confirm_ui(ctx, plan, take_focus, actions);
        }
        if let Some(window) = &mut self.pin
            && let Some(closed) = window.ui(ctx, take_focus)
        {
            let ids = AuditIds::of_bound(window.bound());
            let smartcard = window.bound().smartcard;
            let had_pin = window.has_pin();
            // Dropping the window drops the only copy of the PIN; it zeroizes.
            self.pin = None;
            let line = match (closed, had_pin) {
                (PinClosed::HandedOver, true) => {
                    format!("PIN handed over for smartcard {smartcard}")
                }
                (PinClosed::TimedOut, true) => format!(
                    "PIN window for smartcard {smartcard} timed out; the PIN is no longer shown"
                ),
                (_, false) => format!("Smartcard {smartcard}: the cardholder chooses the PIN"),
            };
            self.activity.push(Level::Info, line);
            if had_pin {
                let outcome = match closed {
                    PinClosed::HandedOver => "handed over",
                    PinClosed::TimedOut => "timed out",
                };
                self.audit("pin_closed", ids, outcome);
            }
        }
        let lock = self.settings_lock();
        if let Some(window) = &mut self.settings_window
            && let Some(outcome) = window.ui(ctx, lock)
        {
            self.settings_window = None;
            if let SettingsOutcome::Apply(settings) = outcome {
                self.apply_settings(settings);
            }
        }
    }

    /// Why the settings cannot be applied now, if so. Applying may
    /// reconnect, which would drop a bind in flight with its PIN and its
    /// audit entry, so nothing can be applied until the flow has ended.
    pub(super) fn settings_lock(&self) -> Option<&'static str> {
        self.flow
            .is_busy()
            .then_some("Settings can be changed once the bind under way has finished.")
    }

    pub(super) fn apply_settings(&mut self, settings: Settings) {
        let reconnect = settings.client_config() != self.settings.client_config();
        if settings.byte_order != self.settings.byte_order {
            self.send(Command::SetByteOrder(settings.byte_order));
        }
        if settings.challenge != self.settings.challenge {
            self.send(Command::SetChallenge(settings.challenge));
        }
        self.token_store.follow(
            (self.settings.remember_token, &self.settings.token),
            (settings.remember_token, &settings.token),
        );
        self.settings = settings;
        self.activity.push(Level::Info, "Settings saved");
        if reconnect {
            // The settings now say where to connect, whatever the command line said.
            self.mode = Mode::Auto;
            self.connect();
        }
    }
}

/// Names the person, the request and the card before anything is sent.
fn confirm_ui(ctx: &egui::Context, plan: &BindPlan, take_focus: bool, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("confirm-bind")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.heading(format!("Bind this card to {}?", plan.person));
        ui.add_space(6.0);
        egui::Grid::new("confirm-grid")
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                ui.weak("Cardholder");
                ui.label(&plan.person);
                ui.end_row();
                ui.weak("Request");
                ui.label(plan.request.to_string());
                ui.end_row();
                ui.weak("Card id");
                ui.label(if plan.typed {
                    format!("{} (typed in)", plan.card_id)
                } else {
                    plan.card_id.to_string()
                });
                ui.end_row();
                ui.weak("Reader");
                ui.label(&plan.reader);
                ui.end_row();
            });
        ui.add_space(8.0);
        ui.label(
            "The card stays bound to this request. Keep it in the reader until the PIN is shown.",
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let bind = ui.button("Bind");
            // Focus starts on Bind (Enter binds) but Tab can still move it.
            if take_focus {
                bind.request_focus();
            }
            if bind.clicked() {
                actions.push(Action::ConfirmBind);
            }
            if ui.button("Cancel").clicked() {
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
fn unreadable_ui(ui: &mut egui::Ui, unreadable: &[UnreadableRequest]) {
    if unreadable.is_empty() {
        return;
    }
    let headline = match unreadable.len() {
        1 => "1 request could not be read".to_owned(),
        n => format!("{n} requests could not be read"),
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.colored_label(ui.visuals().warn_fg_color, headline);
        egui::CollapsingHeader::new("Details")
            .id_salt("unreadable-requests")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for skipped in unreadable {
                            ui.label(skipped.to_string());
                        }
                    });
                ui.weak("The server sent these in a form the desk does not understand; the CM administrator can check them.");
            });
    });
}
