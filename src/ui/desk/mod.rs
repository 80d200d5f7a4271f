//! The desk: its state and the frame (drain events → draw → act). The
//! panels and dialogs, the handling of worker events, and the actions are
//! in the submodules.

mod actions;
mod awaiting;
mod dialogs;
mod events;
mod panels;
mod training;
mod view;

use chrono::{DateTime, Local};
use uuid::Uuid;

use super::action::Action;
use super::activity::{Activity, Level, Line, activity_ui, write_csv};
use super::demo_panel::{DemoAction, demo_panel_ui};
use super::detail::{DetailView, TypedCardId, detail_ui};
use super::export::{Export, SaveAs};
use super::flow::{AwaitingPin, BindPlan, Flow, Origin, step_words};
use super::pin_window::{PinClosed, PinWindow};
use super::readers::{Readers, readers_ui};
use super::requests::{RequestList, filter_bar_ui, table_ui};
use super::settings::{Settings, SettingsOutcome, SettingsWindow};
use super::status_bar::{StatusLine, status_bar_ui};
use super::training::Training;
use super::training_panel::training_panel_ui;
use super::waker::Waker;
use crate::audit::{AuditEntry, AuditLog, AuditTrail, accepted_identity};
use crate::cm::{ClientConfig, CmError, RequestFilter, UnreadableRequest};
use crate::enroll::{BindOrder, Step};
use crate::pin::PinOutcome;
use crate::session::{Session, Target};
use crate::token_store::TokenStore;
use crate::tr;
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

/// How the desk was asked to start.
#[derive(Debug, Clone)]
pub enum Mode {
    /// The server from the settings, or demo mode when none is set.
    Auto,
    Demo,
    /// A server given on the command line.
    Server(ClientConfig),
    /// A classroom's simulator, with simulated readers and the lessons.
    Classroom(ClientConfig),
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
    /// Settings applied while a bound card awaits its PIN, until the
    /// officer says whether to give the card up for them.
    held_settings: Option<Settings>,
    /// The desk's self-check, opened from the status bar.
    doctor: Option<super::doctor_window::DoctorWindow>,
    loading: bool,
    load_error: Option<String>,
    /// What the last list held that the desk could not read.
    unreadable: Vec<UnreadableRequest>,
    last_refresh: Option<DateTime<Local>>,
    signed_in: Option<bool>,
    applied_theme: Option<super::settings::Theme>,
    /// The Hangul fallback font is added to egui's on the first frame.
    fonts_installed: bool,
    audit: Option<AuditTrail>,
    /// Where a remembered token is kept (the OS credential store), or none.
    token_store: TokenStore,
    export: Export,
    /// A dialog just opened: its default button takes the keyboard focus.
    focus_dialog: bool,
    training: Training,
    /// Where finished lessons are written: beside the audit trail.
    training_log: Option<std::path::PathBuf>,
    /// The enrollments under way, beside the audit trail.
    journal: Option<std::sync::Arc<crate::journal::Journal>>,
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
            mode: mode.clone(),
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
            held_settings: None,
            doctor: None,
            loading: false,
            load_error: None,
            unreadable: Vec::new(),
            last_refresh: None,
            signed_in: None,
            applied_theme: None,
            fonts_installed: false,
            training_log: audit.as_deref().map(crate::training::log::path_beside),
            journal: audit.as_deref().and_then(journal_beside),
            training: Training::opened(matches!(mode, Mode::Classroom(_))),
            audit: audit.map(AuditTrail::start),
            token_store: TokenStore::memory_only("the desk was started without it"),
            export: Export::default(),
            focus_dialog: false,
        };
        desk.connect();
        desk
    }

    /// The credential store for a remembered token, and what to tell the
    /// officer about it at start.
    pub(super) fn with_token_store(
        mut self,
        store: TokenStore,
        notice: Option<(Level, Line)>,
    ) -> Self {
        self.token_store = store;
        if let Some((level, words)) = notice {
            self.activity.push(level, words);
        }
        self
    }

    /// (Re)connects as the mode and settings say: demo without a server.
    fn connect(&mut self) {
        self.session = None;
        self.readers = Readers::default();
        self.requests = RequestList::default();
        self.unreadable.clear();
        self.flow = Flow::Idle;
        self.loading = false;
        self.signed_in = None;
        self.last_refresh = None;
        let target = match &self.mode {
            Mode::Demo => Target::Demo,
            Mode::Server(config) => Target::Server(config.clone()),
            Mode::Classroom(config) => Target::Classroom(config.clone()),
            Mode::Auto => self
                .settings
                .client_config()
                .map_or(Target::Demo, Target::Server),
        };
        self.training.stop();
        // The site policy decides before anything is contacted.
        let admitted = match &target {
            Target::Server(_) => self.settings.site.policy().map(|_| ()),
            Target::Demo | Target::Classroom(_) => self.settings.site.admit_demo(),
        };
        if let Err(refusal) = admitted {
            let words = crate::site::refusal_words(&refusal);
            self.activity.push(
                Level::Error,
                Line::new(|| crate::site::refusal_words(&refusal)),
            );
            self.session_error = Some(words);
            return;
        }
        let session = Session::start(
            target,
            self.settings.byte_order,
            self.waker.wake_fn(),
            self.journal.clone(),
        );
        match session {
            Ok(session) => {
                let line = if session.demo.is_some() {
                    Line::new(|| tr!("demo-started"))
                } else {
                    Line::new(|| tr!("connected-to", server = session.server_label.as_str()))
                };
                self.session = Some(session);
                self.session_error = None;
                // A new worker starts with the default challenge.
                self.send(Command::SetChallenge(self.settings.challenge));
                self.activity.push(Level::Info, line);
                self.act(Action::Refresh);
            }
            Err(error) => {
                self.activity.push(
                    Level::Error,
                    Line::new(|| tr!("cannot-start", error = error.as_str())),
                );
                self.session_error = Some(error);
            }
        }
    }

    /// Hands an entry to the audit thread; the server is filled in here.
    fn audit(&self, action: &str, ids: AuditIds, outcome: impl Into<String>) {
        let Some(trail) = &self.audit else {
            return;
        };
        let (signed_in_as, sign_in) = self
            .session
            .as_ref()
            .map_or((None, "not signed in".to_owned()), |s| {
                accepted_identity(s.demo.is_some(), s.signed_in.get().as_ref())
            });
        trail.record(AuditEntry {
            server: self
                .session
                .as_ref()
                .map(|s| s.server_label.clone())
                .unwrap_or_default(),
            signed_in_as,
            sign_in,
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
        // The whole window speaks the settings' language from this frame on.
        crate::i18n::set_current(self.settings.language);
        self.requests.relocalize();
        if !self.fonts_installed {
            super::fonts::install(ui.ctx());
            self.fonts_installed = true;
        }
        self.waker.attach(ui.ctx());
        if self.applied_theme != Some(self.settings.theme) {
            ui.ctx().set_theme(self.settings.theme.preference());
            self.applied_theme = Some(self.settings.theme);
        }
        self.drain_events();
        self.training_frame();
        match self.export.finished() {
            Some(Ok(path)) => {
                let path = path.display().to_string();
                self.activity.push(
                    Level::Info,
                    Line::new(|| tr!("export-saved", path = path.as_str())),
                );
            }
            Some(Err(error)) => self.activity.push(
                Level::Error,
                Line::new(|| tr!("export-failed", error = error.words())),
            ),
            None => {}
        }
        let failures: Vec<String> = self.audit.iter().flat_map(AuditTrail::failures).collect();
        for failure in failures {
            self.activity.push(Level::Error, failure);
        }
        for report in self.token_store.reports().collect::<Vec<_>>() {
            let level = if report.done() {
                Level::Info
            } else {
                Level::Warning
            };
            self.activity
                .push(level, Line::new(|| super::persist::store_words(&report)));
        }
        let (mut actions, bind_shortcut) = self.shortcuts(ui.ctx());
        self.panels_ui(ui, bind_shortcut, &mut actions);
        self.dialogs_ui(ui.ctx(), &mut actions);
        self.training.outline_current_spot(ui.ctx());
        for action in actions {
            self.act(action);
        }
    }

    /// F5 refreshes; Ctrl+B asks to bind (the detail panel knows whether it
    /// can); F1 opens or closes the lessons where there are any.
    fn shortcuts(&self, ctx: &egui::Context) -> (Vec<Action>, bool) {
        let mut actions = Vec::new();
        if self.pin.is_some() || self.settings_window.is_some() {
            return (actions, false);
        }
        let (refresh, bind, lessons) = ctx.input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::NONE, egui::Key::F5),
                input.consume_key(egui::Modifiers::COMMAND, egui::Key::B),
                input.consume_key(egui::Modifiers::NONE, egui::Key::F1),
            )
        });
        if refresh {
            actions.push(Action::Refresh);
        }
        if lessons && self.can_train() {
            actions.push(Action::ToggleTraining);
        }
        (actions, bind)
    }
}

/// The journal of enrollments under way, beside the audit trail at `audit`.
fn journal_beside(audit: &std::path::Path) -> Option<std::sync::Arc<crate::journal::Journal>> {
    let (journal, problem) = crate::journal::Journal::open(&audit.with_file_name("journal.json"));
    if let Some(problem) = problem {
        tracing::warn!("{problem}");
    }
    Some(std::sync::Arc::new(journal))
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
                    crate::i18n::in_english(|| step_words(*step)).trim_end_matches('…')
                ),
            );
        }
        self.audit_exit_while_awaiting();
        // Dropping the trail waits until every entry is on disk.
        self.audit = None;
    }
}
