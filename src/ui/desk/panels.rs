//! What the desk draws each frame: the panels around the requests table,
//! and the dialogs over them.

use super::Line;
use super::dialogs::{confirm_ui, final_status_ui, unreadable_ui};
use super::{
    Action, Command, Desk, DetailView, Level, Mode, Settings, SettingsOutcome, StatusLine,
    activity_ui, demo_panel_ui, detail_ui, filter_bar_ui, readers_ui, status_bar_ui, table_ui,
};
use crate::tr;
use crate::training::lessons::Spot;

impl Desk {
    pub(super) fn panels_ui(
        &mut self,
        ui: &mut egui::Ui,
        start_shortcut: bool,
        actions: &mut Vec<Action>,
    ) {
        egui::Panel::top("title").show(ui, |ui| self.title_bar_ui(ui, actions));
        if !self.can_train() {
            self.training.open = false;
        }
        let status = egui::Panel::bottom("status").show(ui, |ui| self.status_bar_panel_ui(ui));
        if status.inner {
            actions.push(Action::CheckDesk);
        }
        egui::Panel::bottom("activity")
            .resizable(true)
            .default_size(130.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.strong(tr!("activity-title"));
                    let idle = !self.export.busy();
                    if ui
                        .add_enabled(idle, egui::Button::new(tr!("export-csv")))
                        .clicked()
                    {
                        actions.push(Action::ExportActivity);
                    }
                    if self.audit.is_some()
                        && ui
                            .add_enabled(idle, egui::Button::new(tr!("export-audit")))
                            .on_hover_text(tr!("export-audit-hint"))
                            .clicked()
                    {
                        actions.push(Action::ExportAudit);
                    }
                });
                activity_ui(ui, &self.activity);
            });
        // The lessons sit under the readers, in place of the trainer's fault
        // switches: beside the cards the trainee handles, and the table
        // keeps its width.
        let training_open = self.training.open && self.can_train();
        let can_start = !self.dialog_open() && !self.runs.any_under_way();
        egui::Panel::left("readers")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| {
                let mut demo_actions = Vec::new();
                let cards = self.session.as_ref().and_then(|s| s.cards.clone());
                // Four readers would push the lesson (or the trainer's
                // switches) out of sight: beyond a share of the panel, they
                // scroll.
                let share = if training_open { 0.36 } else { 0.55 };
                let max_height = ui.available_height() * share;
                let readers = ui.scope(|ui| {
                    readers_ui(
                        ui,
                        &self.readers,
                        &mut self.chosen_reader,
                        cards.as_deref(),
                        (&mut demo_actions, max_height),
                    );
                });
                self.training
                    .note_spot(Spot::Readers, readers.response.rect);
                if training_open {
                    ui.separator();
                    let mut training_actions = Vec::new();
                    let counter = self.lesson_cards_on_counter(cards.as_deref());
                    let lesson = ui.scope(|ui| {
                        super::training_panel_ui(
                            ui,
                            &self.training,
                            can_start,
                            &counter,
                            &mut training_actions,
                        );
                    });
                    self.training.note_spot(Spot::Lesson, lesson.response.rect);
                    actions.extend(training_actions.into_iter().map(Action::Training));
                } else if let Some(demo) = self.demo() {
                    ui.separator();
                    egui::ScrollArea::vertical()
                        .id_salt("demo-faults")
                        .show(ui, |ui| demo_panel_ui(ui, demo, &mut demo_actions));
                }
                actions.extend(demo_actions.into_iter().map(Action::Demo));
            });
        let detail = egui::Panel::right("detail")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                let view = DetailView {
                    row: self.selected_request.and_then(|id| self.requests.find(id)),
                    requests: &self.requests,
                    readers: &self.readers,
                    reader: self.chosen_reader.as_deref(),
                    runs: &self.runs,
                    lookups: &self.lookups,
                    unfinished: &self.unfinished,
                    now: std::time::Instant::now(),
                    start_shortcut,
                };
                detail_ui(ui, &view, &mut self.typed_card_id, actions);
            });
        self.training.note_spot(Spot::Detail, detail.response.rect);
        let requests = egui::CentralPanel::default().show(ui, |ui| self.requests_ui(ui, actions));
        self.training
            .note_spot(Spot::Requests, requests.response.rect);
    }

    /// Where the requests come from, how the desk signs in, the readers;
    /// true when the officer asked to check the desk.
    fn status_bar_panel_ui(&self, ui: &mut egui::Ui) -> bool {
        let (server, auth, simulated, identity) = self.session.as_ref().map_or(
            (tr!("status-not-connected"), "—".to_owned(), false, None),
            |s| {
                let identity = s.signed_in.get();
                match &s.demo {
                    Some(demo) => (
                        tr!(
                            "status-demo-server",
                            address = demo.server.address().to_string()
                        ),
                        tr!("status-demo-sign-in"),
                        true,
                        identity,
                    ),
                    None => (
                        s.server_label.clone(),
                        crate::i18n::sign_in_method_words(s.auth_label),
                        false,
                        identity,
                    ),
                }
            },
        );
        let readers = match (&self.readers.service_down, simulated) {
            (_, true) => tr!("status-readers-simulated"),
            (Some(_), false) => tr!("status-service-unavailable"),
            (None, false) => tr!("status-service-running", count = self.readers.list.len()),
        };
        status_bar_ui(
            ui,
            &StatusLine {
                server: &server,
                auth: &auth,
                signed_in: self.signed_in,
                identity,
                readers: &readers,
                loading: self.loading,
                last_refresh: self.last_refresh,
                requests: self.requests.len(),
            },
        )
    }

    pub(super) fn title_bar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.heading("enroll-desk");
            let classroom = matches!(self.mode, Mode::Classroom(_));
            if self.demo().is_some() || classroom {
                let badge = if classroom {
                    tr!("training-classroom-badge")
                } else {
                    tr!("demo-badge")
                };
                let badge = egui::Frame::new()
                    .fill(egui::Color32::from_rgb(196, 110, 0))
                    .inner_margin(egui::Margin::symmetric(8, 2))
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.label(
                            egui::RichText::new(badge)
                                .color(egui::Color32::WHITE)
                                .strong(),
                        );
                    });
                // The badge opens the lessons too: it is where a trainee looks.
                if badge
                    .response
                    .interact(egui::Sense::click())
                    .on_hover_text(tr!("training-button-hint"))
                    .clicked()
                {
                    actions.push(Action::ToggleTraining);
                }
                if ui
                    .selectable_label(self.training.open, tr!("training-button"))
                    .on_hover_text(tr!("training-button-hint"))
                    .clicked()
                {
                    actions.push(Action::ToggleTraining);
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let settings = ui
                    .add_enabled(
                        self.settings_lock().is_none(),
                        egui::Button::new(tr!("settings-button")),
                    )
                    .on_disabled_hover_text(self.settings_lock().unwrap_or_default());
                self.training.note_spot(Spot::Settings, settings.rect);
                if settings.clicked() {
                    actions.push(Action::OpenSettings);
                }
                let refresh = ui
                    .add_enabled(
                        !self.loading && self.session.is_some(),
                        egui::Button::new(tr!("refresh-requests")),
                    )
                    .on_hover_text("F5");
                self.training.note_spot(Spot::Refresh, refresh.rect);
                if refresh.clicked() {
                    actions.push(Action::Refresh);
                }
            });
        });
    }

    pub(super) fn requests_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(error) = &self.session_error {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr!("desk-not-connected", error = error.as_str()),
            );
            ui.horizontal(|ui| {
                if ui.button(tr!("open-settings")).clicked() {
                    actions.push(Action::OpenSettings);
                }
                if self.settings.site.demo_allowed() && ui.button(tr!("use-demo-mode")).clicked() {
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
                    tr!("load-failed", error = error.as_str()),
                );
                if ui
                    .add_enabled(!self.loading, egui::Button::new(tr!("try-again")))
                    .clicked()
                {
                    actions.push(Action::Refresh);
                }
            });
        }
        unreadable_ui(ui, &self.unreadable);
        super::super::board::board_ui(
            ui,
            &self.runs,
            self.chosen_reader.as_deref(),
            std::time::Instant::now(),
            actions,
        );
        let focus_search =
            ui.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::F));
        let first = filter_bar_ui(ui, &mut self.requests, focus_search);
        if let Some(first) = first {
            actions.push(Action::Select(first));
        }
        self.search_by_card();
        self.search_card_ui(ui);
        ui.separator();
        if self.requests.is_empty() && self.loading {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!("loading-requests"));
            });
            return;
        }
        table_ui(ui, &mut self.requests, &mut self.selected_request);
    }

    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let take_focus = std::mem::take(&mut self.focus_dialog);
        if let Some(plan) = &self.confirming {
            confirm_ui(ctx, plan, take_focus, actions);
        }
        if let Some((reader, status)) = &self.final_status {
            match self.runs.get(reader) {
                Some(run) => final_status_ui(
                    ctx,
                    (run.person(), run.request()),
                    *status,
                    take_focus,
                    actions,
                ),
                None => self.final_status = None,
            }
        }
        if let Some(window) = &mut self.doctor
            && !window.ui(ctx)
        {
            self.doctor = None;
        }
        self.pin_dialogs_ui(ctx, take_focus);
        let lock = self.settings_lock();
        if let Some(window) = &mut self.settings_window
            && let Some(outcome) = window.ui(ctx, lock.as_deref())
        {
            match outcome {
                SettingsOutcome::Apply(settings) if self.would_drop_unfinished(&settings) => {
                    self.held_settings = Some(settings);
                    self.focus_dialog = true;
                }
                SettingsOutcome::Apply(settings) => {
                    self.settings_window = None;
                    self.apply_settings(settings);
                }
                SettingsOutcome::Cancel => self.settings_window = None,
            }
        }
        // The card was tried again (or given up) meanwhile: nothing left
        // to ask; the settings window is still open to apply them.
        if self.held_settings.is_some() && !self.drop_unfinished_ui(ctx, take_focus, actions) {
            self.held_settings = None;
        }
    }

    /// Below the search box, when it holds a card id: what the server
    /// knows of that card.
    fn search_card_ui(&self, ui: &mut egui::Ui) {
        use crate::ui::card_lookup::Lookup;
        let Some(card_id) = crate::ids::parse_guid(self.requests.search()) else {
            return;
        };
        match self.lookups.get(card_id) {
            Some(Lookup::Pending) => {
                ui.weak(tr!("card-looking-up"));
            }
            Some(Lookup::Known(cards)) if cards.is_empty() => {
                ui.weak(tr!("search-card-unknown"));
            }
            Some(Lookup::Known(cards)) => {
                ui.weak(tr!("search-card-found", count = cards.len()));
            }
            Some(Lookup::Failed(words)) => {
                ui.weak(tr!("card-lookup-failed", error = words.as_str()));
            }
            None => {}
        }
    }

    /// Why the settings cannot be applied now, if so. Applying may
    /// reconnect, which would drop the runs under way with their PINs and
    /// audit lines, so nothing can be applied until they have ended.
    pub(super) fn settings_lock(&self) -> Option<String> {
        let busy =
            self.runs.any_under_way() || self.pin_entry.is_some() || self.confirming.is_some();
        busy.then(|| tr!("settings-locked"))
    }

    pub(super) fn apply_settings(&mut self, settings: Settings) {
        let reconnect = settings.client_config() != self.settings.client_config();
        if settings.byte_order != self.settings.byte_order {
            self.send(Command::SetByteOrder(settings.byte_order));
        }
        self.token_store.follow(
            (self.settings.remember_token, &self.settings.token),
            (settings.remember_token, &settings.token),
        );
        self.settings = settings;
        self.activity
            .push(Level::Info, Line::new(|| tr!("settings-saved")));
        if reconnect {
            // The settings now say where to connect, whatever the command line said.
            self.mode = Mode::Auto;
            self.connect();
        }
    }
}
