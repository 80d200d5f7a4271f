//! The desk: its state, the frame (drain events → draw → act), and the
//! actions the panels ask for.

use chrono::{DateTime, Local};
use uuid::Uuid;

use super::activity::{Activity, Level, activity_ui, write_csv};
use super::demo_panel::{DemoAction, demo_panel_ui};
use super::detail::{DetailView, TypedCardId, detail_ui};
use super::export::{Export, SaveAs};
use super::flow::{AwaitingPin, BindPlan, Flow, Origin, step_words};
use super::pin_window::{PinClosed, PinWindow};
use super::readers::{CardState, Readers, readers_ui};
use super::requests::{RequestList, filter_bar_ui, table_ui};
use super::session::{Connection, Mode, Session, Waker};
use super::settings::{Settings, SettingsOutcome, SettingsWindow};
use super::status_bar::{StatusLine, status_bar_ui};
use crate::audit::{AuditEntry, AuditLog, AuditTrail};
use crate::cm::{CmError, RequestFilter};
use crate::demo::Demo;
use crate::enroll::{BindOrder, Step};
use crate::pin::PinOutcome;
use crate::worker::{Command, Event};

/// The ids an audit entry carries.
#[derive(Debug, Clone, Copy, Default)]
struct AuditIds {
    request: Option<Uuid>,
    card_id: Option<Uuid>,
    smartcard: Option<Uuid>,
}

impl AuditIds {
    fn of_bound(bound: &crate::enroll::Bound) -> Self {
        Self {
            request: Some(bound.request),
            card_id: Some(bound.card_id),
            smartcard: Some(bound.smartcard),
        }
    }

    fn of_origin(origin: &Origin) -> Self {
        match origin {
            Origin::Bind(plan) => Self {
                request: Some(plan.request),
                card_id: Some(plan.card_id),
                smartcard: None,
            },
            Origin::FetchAgain(awaiting) => Self::of_bound(&awaiting.bound),
        }
    }
}

/// What the officer asked for this frame; carried out after drawing.
#[derive(Debug)]
pub enum Action {
    Refresh,
    AskBind(BindPlan),
    ConfirmBind,
    CancelBind,
    RetryBind(BindPlan),
    FetchPinAgain(String),
    DismissFailure,
    OpenSettings,
    ExportActivity,
    ExportAudit,
    UseDemo,
    Demo(DemoAction),
}

pub struct Desk {
    settings: Settings,
    mode: Mode,
    waker: Waker,
    session: Option<Session>,
    /// Why there is no session (bad server URL, CA file …).
    session_error: Option<String>,
    readers: Readers,
    requests: RequestList,
    selected_request: Option<Uuid>,
    chosen_reader: Option<String>,
    typed_card_id: TypedCardId,
    flow: Flow,
    pin: Option<PinWindow>,
    activity: Activity,
    settings_window: Option<SettingsWindow>,
    loading: bool,
    load_error: Option<String>,
    last_refresh: Option<DateTime<Local>>,
    signed_in: Option<bool>,
    applied_theme: Option<super::settings::Theme>,
    audit: Option<AuditTrail>,
    export: Export,
    /// A dialog just opened: its default button takes the keyboard focus.
    focus_dialog: bool,
}

impl Desk {
    /// A desk keeping its audit trail where the platform keeps app data.
    pub fn new(settings: Settings, mode: Mode) -> Self {
        Self::with_audit_trail(settings, mode, AuditLog::default_path())
    }

    /// A desk with its audit trail at `audit` (tests); `None` keeps none.
    pub fn with_audit_trail(
        settings: Settings,
        mode: Mode,
        audit: Option<std::path::PathBuf>,
    ) -> Self {
        let mut desk = Self {
            settings,
            mode,
            waker: Waker::default(),
            session: None,
            session_error: None,
            readers: Readers::default(),
            requests: RequestList::default(),
            selected_request: None,
            chosen_reader: None,
            typed_card_id: TypedCardId::default(),
            flow: Flow::Idle,
            pin: None,
            activity: Activity::default(),
            settings_window: None,
            loading: false,
            load_error: None,
            last_refresh: None,
            signed_in: None,
            applied_theme: None,
            audit: audit.map(AuditTrail::start),
            export: Export::default(),
            focus_dialog: false,
        };
        desk.connect();
        desk
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The simulated world in demo mode (the demo panel, tests).
    pub fn demo(&self) -> Option<&Demo> {
        self.session
            .as_ref()
            .and_then(|session| session.demo.as_ref())
    }

    pub fn requests(&self) -> &RequestList {
        &self.requests
    }

    /// Why the last refresh failed, if it did.
    pub fn load_error(&self) -> Option<&str> {
        self.load_error.as_deref()
    }

    pub fn is_loading(&self) -> bool {
        self.loading
    }

    /// True while a bind or PIN fetch runs (tests step until it ends).
    pub fn is_busy(&self) -> bool {
        matches!(self.flow, Flow::Running { .. })
    }

    /// What the activity panel shows (and exports).
    pub fn activity(&self) -> &[super::activity::ActivityEntry] {
        self.activity.entries()
    }

    pub fn pin_window_open(&self) -> bool {
        self.pin.is_some()
    }

    /// (Re)connects as the mode and settings say: demo without a server.
    fn connect(&mut self) {
        self.session = None;
        self.readers = Readers::default();
        self.requests = RequestList::default();
        self.flow = Flow::Idle;
        self.loading = false;
        self.signed_in = None;
        self.last_refresh = None;
        let connection = match &self.mode {
            Mode::Demo => None,
            Mode::Server(choice) => Some(Connection {
                url: choice.url.clone(),
                token: choice.token.clone(),
                ca_file: choice.ca_file.clone(),
            }),
            Mode::Auto if self.settings.server.trim().is_empty() => None,
            Mode::Auto => Some(Connection {
                url: self.settings.server.trim().to_owned(),
                token: (!self.settings.token.is_empty())
                    .then(|| zeroize::Zeroizing::new(self.settings.token.clone())),
                ca_file: self.settings.ca_file.clone(),
            }),
        };
        let session = match connection {
            None => Session::demo(&self.waker, &self.settings),
            Some(connection) => Session::server(&self.waker, connection, &self.settings),
        };
        match session {
            Ok(session) => {
                let line = if session.demo.is_some() {
                    "Demo mode: a simulated CM server and simulated readers. Insert a card in the Readers panel."
                        .to_owned()
                } else {
                    format!("Connected to {}", session.server_label)
                };
                self.session = Some(session);
                self.session_error = None;
                self.activity.push(Level::Info, line);
                self.act(Action::Refresh);
            }
            Err(error) => {
                self.activity
                    .push(Level::Error, format!("Cannot start: {error}"));
                self.session_error = Some(error);
            }
        }
    }

    /// Hands an entry to the audit thread; the server is filled in here.
    fn audit(&self, action: &str, ids: AuditIds, outcome: impl Into<String>) {
        let Some(trail) = &self.audit else {
            return;
        };
        trail.record(AuditEntry {
            server: self
                .session
                .as_ref()
                .map(|s| s.server_label.clone())
                .unwrap_or_default(),
            action: action.to_owned(),
            request: ids.request,
            card_id: ids.card_id,
            smartcard: ids.smartcard,
            outcome: outcome.into(),
            ..AuditEntry::default()
        });
    }

    fn send(&self, command: Command) {
        if let Some(session) = &self.session {
            session.worker.send(command);
        }
    }

    /// One frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.waker.attach(ui.ctx());
        if self.applied_theme != Some(self.settings.theme) {
            ui.ctx().set_theme(self.settings.theme.preference());
            self.applied_theme = Some(self.settings.theme);
        }
        self.drain_events();
        match self.export.finished() {
            Some(Ok(path)) => self
                .activity
                .push(Level::Info, format!("Saved {}", path.display())),
            Some(Err(error)) => self
                .activity
                .push(Level::Error, format!("Export failed: {error}")),
            None => {}
        }
        let failures: Vec<String> = self.audit.iter().flat_map(AuditTrail::failures).collect();
        for failure in failures {
            self.activity.push(Level::Error, failure);
        }
        let (mut actions, bind_shortcut) = self.shortcuts(ui.ctx());
        self.panels_ui(ui, bind_shortcut, &mut actions);
        self.dialogs_ui(ui.ctx(), &mut actions);
        for action in actions {
            self.act(action);
        }
    }

    /// F5 refreshes; Ctrl+B asks to bind (the detail panel knows whether it can).
    fn shortcuts(&self, ctx: &egui::Context) -> (Vec<Action>, bool) {
        let mut actions = Vec::new();
        if self.pin.is_some() || self.settings_window.is_some() {
            return (actions, false);
        }
        let (refresh, bind) = ctx.input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::NONE, egui::Key::F5),
                input.consume_key(egui::Modifiers::COMMAND, egui::Key::B),
            )
        });
        if refresh {
            actions.push(Action::Refresh);
        }
        (actions, bind)
    }

    fn panels_ui(&mut self, ui: &mut egui::Ui, bind_shortcut: bool, actions: &mut Vec<Action>) {
        egui::Panel::top("title").show(ui, |ui| self.title_bar_ui(ui, actions));
        egui::Panel::bottom("status").show(ui, |ui| {
            let (server, auth, simulated) = self
                .session
                .as_ref()
                .map_or(("not connected", "—", false), |s| {
                    (s.server_label.as_str(), s.auth_label, s.demo.is_some())
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

    fn title_bar_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
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
                if ui.button("Settings…").clicked() {
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

    fn requests_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
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

    fn dialogs_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
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
        if let Some(window) = &mut self.settings_window
            && let Some(outcome) = window.ui(ctx)
        {
            self.settings_window = None;
            if let SettingsOutcome::Apply(settings) = outcome {
                self.apply_settings(settings);
            }
        }
    }

    fn apply_settings(&mut self, settings: Settings) {
        let reconnect = settings.server != self.settings.server
            || settings.token != self.settings.token
            || settings.ca_file != self.settings.ca_file;
        if settings.byte_order != self.settings.byte_order {
            self.send(Command::SetByteOrder(settings.byte_order));
        }
        self.settings = settings;
        self.activity.push(Level::Info, "Settings saved");
        if reconnect {
            // The settings now say where to connect, whatever the command line said.
            self.mode = Mode::Auto;
            self.connect();
        }
    }

    fn drain_events(&mut self) {
        let events: Vec<Event> = match &self.session {
            Some(session) => session.worker.events().collect(),
            None => return,
        };
        for event in events {
            self.handle(event);
        }
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Reader(event) => {
                let inserted = match &event {
                    crate::card::ReaderEvent::CardInserted { reader, .. } => Some(reader.clone()),
                    _ => None,
                };
                let line = self.readers.apply(event);
                self.activity.push(Level::Info, line);
                if let Some(reader) = inserted {
                    // The card just inserted is the one the officer means.
                    self.chosen_reader = Some(reader);
                    self.typed_card_id = TypedCardId::default();
                }
            }
            Event::CardRead { reader, result } => {
                if let Some(line) = self.readers.card_read(&reader, result) {
                    self.activity.push(Level::Info, line);
                }
                self.fetch_pin_if_reinserted(&reader);
            }
            Event::RequestsLoaded(result) => self.requests_loaded(result),
            Event::Progress(step) => {
                if let Flow::Running { step: current, .. } = &mut self.flow {
                    *current = step;
                }
            }
            Event::PinReady { bound, pin } => {
                let person = match std::mem::replace(&mut self.flow, Flow::Idle) {
                    Flow::Running {
                        origin: Origin::Bind(plan),
                        ..
                    } => plan.person,
                    Flow::Running {
                        origin: Origin::FetchAgain(awaiting),
                        ..
                    } => awaiting.person,
                    _ => "the cardholder".to_owned(),
                };
                let how = match &pin {
                    PinOutcome::Proposed(_) => "PIN shown",
                    PinOutcome::CardholderChooses => "the cardholder chooses the PIN",
                };
                self.activity.push(
                    Level::Info,
                    format!(
                        "Card {} bound to {person}'s request {} as smartcard {}; {how}",
                        bound.card_id, bound.request, bound.smartcard
                    ),
                );
                let ids = AuditIds::of_bound(&bound);
                self.audit("bind", ids, "bound");
                let shown = match &pin {
                    PinOutcome::Proposed(_) => "PIN shown",
                    PinOutcome::CardholderChooses => "cardholder chooses the PIN",
                };
                self.audit("pin", ids, shown);
                self.focus_dialog = true;
                self.pin = Some(PinWindow::new(
                    person,
                    bound,
                    pin,
                    self.settings.pin_timeout(),
                ));
                self.act(Action::Refresh);
            }
            Event::EnrollFailed(error) => {
                let ids = match (&error, &self.flow) {
                    (crate::enroll::EnrollError::PinNotFetched { bound, .. }, _) => {
                        AuditIds::of_bound(bound)
                    }
                    (_, Flow::Running { origin, .. }) => AuditIds::of_origin(origin),
                    _ => AuditIds::default(),
                };
                let action = match &self.flow {
                    Flow::Running {
                        origin: Origin::FetchAgain(_),
                        ..
                    } => "pin_fetch",
                    _ => "bind",
                };
                self.audit(action, ids, format!("failed: {error}"));
                self.activity.push(Level::Error, error.to_string());
                self.flow.fail(error);
            }
        }
    }

    fn requests_loaded(&mut self, result: Result<Vec<crate::cm::Request>, CmError>) {
        self.loading = false;
        match result {
            Ok(requests) => {
                self.audit(
                    "refresh",
                    AuditIds::default(),
                    format!("ok: {} requests", requests.len()),
                );
                self.activity
                    .push(Level::Info, format!("Loaded {} requests", requests.len()));
                self.requests.set_requests(requests);
                self.last_refresh = Some(Local::now());
                self.signed_in = Some(true);
                self.load_error = None;
            }
            Err(error) => {
                self.audit("refresh", AuditIds::default(), format!("failed: {error}"));
                if matches!(error, CmError::Unauthorized { .. }) {
                    self.signed_in = Some(false);
                }
                self.activity.push(
                    Level::Error,
                    format!("Could not load the requests: {error}"),
                );
                self.load_error = Some(error.to_string());
            }
        }
    }

    /// The bound card came back after its PIN could not be fetched.
    fn fetch_pin_if_reinserted(&mut self, reader: &str) {
        let Some(awaiting) = self.flow.awaiting_reinsert() else {
            return;
        };
        let same_card = self.readers.get(reader).and_then(|r| r.card.as_ref()).is_some_and(|card| {
            matches!(card.state, CardState::Read { card_id: Some(id) } if id == awaiting.bound.card_id)
        });
        if same_card {
            self.act(Action::FetchPinAgain(reader.to_owned()));
        }
    }

    fn act(&mut self, action: Action) {
        match action {
            Action::Refresh => {
                if self.session.is_some() && !self.loading {
                    self.loading = true;
                    self.send(Command::RefreshRequests(RequestFilter::default()));
                }
            }
            Action::AskBind(plan) => {
                if !self.flow.is_busy() {
                    self.flow = Flow::Confirming(plan);
                    self.focus_dialog = true;
                }
            }
            Action::ConfirmBind => {
                if let Flow::Confirming(plan) = std::mem::replace(&mut self.flow, Flow::Idle) {
                    self.start_bind(plan);
                }
            }
            Action::RetryBind(plan) => self.start_bind(plan),
            Action::CancelBind | Action::DismissFailure => self.flow = Flow::Idle,
            Action::FetchPinAgain(reader) => {
                let Some(awaiting) = self.flow.awaiting_reinsert().cloned() else {
                    return;
                };
                self.activity.push(
                    Level::Info,
                    format!(
                        "Fetching the PIN for smartcard {} again",
                        awaiting.bound.smartcard
                    ),
                );
                self.audit("pin_fetch", AuditIds::of_bound(&awaiting.bound), "started");
                self.send(Command::FetchPinAgain {
                    reader,
                    bound: awaiting.bound.clone(),
                });
                self.flow = Flow::Running {
                    origin: Origin::FetchAgain(AwaitingPin { ..awaiting }),
                    step: Step::ReadingCard,
                };
            }
            Action::OpenSettings => {
                self.settings_window = Some(SettingsWindow::new(&self.settings))
            }
            Action::ExportActivity => {
                let entries = self.activity.entries().to_vec();
                let save_as = SaveAs {
                    title: "Export activity",
                    file_name: "enroll-desk-activity.csv",
                    filter: ("CSV", &["csv"]),
                };
                self.export
                    .start(save_as, move |path| write_csv(path, &entries));
            }
            Action::ExportAudit => {
                let Some(source) = self.audit.as_ref().map(|trail| trail.path().to_owned()) else {
                    return;
                };
                let save_as = SaveAs {
                    title: "Export audit trail",
                    file_name: "enroll-desk-audit.jsonl",
                    filter: ("JSON lines", &["jsonl"]),
                };
                self.export.start(save_as, move |path| {
                    std::fs::copy(&source, path).map(|_| ())
                });
            }
            Action::UseDemo => {
                self.mode = Mode::Demo;
                self.connect();
            }
            Action::Demo(action) => self.demo_action(action),
        }
    }

    fn start_bind(&mut self, plan: BindPlan) {
        // The card may have changed since the officer confirmed.
        let still_there = self
            .readers
            .get(&plan.reader)
            .and_then(|r| r.card.as_ref())
            .is_some_and(|card| {
                card.atr == plan.atr
                    && match card.state {
                        CardState::Read { card_id: Some(id) } => id == plan.card_id,
                        CardState::Read { card_id: None } => plan.typed,
                        _ => false,
                    }
            });
        if !still_there {
            self.activity.push(
                Level::Warning,
                format!("The card in {} changed before binding; nothing was bound. Check the card and bind again.", plan.reader),
            );
            self.flow = Flow::Idle;
            return;
        }
        self.activity.push(
            Level::Info,
            format!(
                "Binding card {} in {} to {}'s request {}",
                plan.card_id, plan.reader, plan.person, plan.request
            ),
        );
        self.audit(
            "bind",
            AuditIds {
                request: Some(plan.request),
                card_id: Some(plan.card_id),
                smartcard: None,
            },
            "started",
        );
        self.send(Command::Bind(BindOrder {
            request: plan.request,
            reader: plan.reader.clone(),
            card_id: plan.typed.then_some(plan.card_id),
            byte_order: self.settings.byte_order,
        }));
        self.flow = Flow::Running {
            origin: Origin::Bind(plan),
            step: Step::ReadingCard,
        };
    }

    fn demo_action(&mut self, action: DemoAction) {
        let Some(demo) = self.session.as_mut().and_then(|s| s.demo.as_mut()) else {
            return;
        };
        let line = match action {
            DemoAction::InsertCard { reader, with_id } => {
                let result = if with_id {
                    demo.insert_new_card(&reader).map(|_| ())
                } else {
                    demo.insert_card(&reader, None)
                };
                match result {
                    Ok(()) => None,
                    Err(error) => Some((
                        Level::Error,
                        format!("Demo: could not insert the card: {error}"),
                    )),
                }
            }
            DemoAction::RemoveCard { reader } => {
                demo.remove_card(&reader);
                None
            }
            DemoAction::SetFaults(faults) => {
                demo.set_faults(faults);
                Some((
                    Level::Warning,
                    "Demo: the trainer changed the server's faults".to_owned(),
                ))
            }
            DemoAction::ServerDown(down) => {
                if down {
                    demo.server.pause();
                    Some((
                        Level::Warning,
                        "Demo: the simulated server is down".to_owned(),
                    ))
                } else {
                    match demo.server.resume() {
                        Ok(()) => {
                            Some((Level::Info, "Demo: the simulated server is back".to_owned()))
                        }
                        Err(error) => Some((
                            Level::Error,
                            format!("Demo: the simulator could not restart: {error}"),
                        )),
                    }
                }
            }
        };
        if let Some((level, line)) = line {
            self.activity.push(level, line);
        }
    }
}

impl Drop for Desk {
    /// Closing mid-flow is recorded: the officer must check the server.
    fn drop(&mut self) {
        if let Flow::Running { origin, step } = &self.flow {
            self.audit(
                "exit",
                AuditIds::of_origin(origin),
                format!(
                    "the desk was closed during \"{}\"; check the request on the server",
                    step_words(*step).trim_end_matches('…')
                ),
            );
        }
        // Dropping the trail waits until every entry is on disk.
        self.audit = None;
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
