//! The desk: its state and the frame (drain events → draw → act). The
//! panels and dialogs, the handling of worker events, the runs (one per
//! reader), the PINs, and the actions are in the submodules.

mod actions;
mod dialogs;
mod events;
mod held_settings;
mod lookups;
mod panels;
mod pins;
mod resume;
mod runs;
mod training;
mod view;

use std::collections::VecDeque;

use chrono::{DateTime, Local};
use uuid::Uuid;

use super::action::Action;
use super::activity::{Activity, Level, Line, activity_ui, write_csv};
use super::card_lookup::CardLookups;
use super::demo_panel::{DemoAction, demo_panel_ui};
use super::detail::{DetailView, TypedCardId, detail_ui};
use super::export::{Export, SaveAs};
use super::pin_entry::PinEntry;
use super::pin_window::{PinClosed, PinWindow};
use super::plan::JobPlan;
use super::readers::{Readers, readers_ui};
use super::requests::{RequestList, filter_bar_ui, table_ui};
use super::runs::Runs;
use super::settings::{Settings, SettingsOutcome, SettingsWindow};
use super::status_bar::{StatusLine, status_bar_ui};
use super::training::Training;
use super::training_panel::training_panel_ui;
use super::waker::Waker;
use crate::audit::{AuditEntry, AuditLog, AuditTrail, accepted_identity};
use crate::cm::FinalStatus;
use crate::cm::{ClientConfig, CmError, RequestFilter, UnreadableRequest};
use crate::journal::JournalEntry;
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
    /// Each reader's run.
    runs: Runs,
    /// The job the officer is asked to confirm.
    confirming: Option<JobPlan>,
    /// The failed run whose request the officer is asked to cancel or
    /// abandon (by its reader).
    final_status: Option<(String, FinalStatus)>,
    /// The PINs of finished cards, the front one on screen.
    pins: VecDeque<PinWindow>,
    /// The cardholder typing a new PIN for the run in its reader.
    pin_entry: Option<PinEntry>,
    /// What the server knows of each card seen (card first).
    lookups: CardLookups,
    /// Enrollments an earlier desk left unfinished, offered for resuming.
    unfinished: Vec<JournalEntry>,
    activity: Activity,
    settings_window: Option<SettingsWindow>,
    /// Settings that connect anew, held back while a card is bound and
    /// unfinished, until the officer says whether to give it up for them.
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
        let audit_path = audit.clone();
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
            runs: Runs::default(),
            confirming: None,
            final_status: None,
            pins: VecDeque::new(),
            pin_entry: None,
            lookups: CardLookups::default(),
            unfinished: Vec::new(),
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
            journal: None,
            training: Training::opened(matches!(mode, Mode::Classroom(_))),
            audit: audit.map(AuditTrail::start),
            token_store: TokenStore::memory_only("the desk was started without it"),
            export: Export::default(),
            focus_dialog: false,
        };
        if let Some(audit) = &audit_path {
            desk.open_journal(audit);
        }
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
        // A new worker knows none of the old one's runs; the PINs of
        // finished cards stay until handed over.
        self.runs = Runs::default();
        self.confirming = None;
        self.final_status = None;
        self.lookups.clear();
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
        let (mut actions, start_shortcut) = self.shortcuts(ui.ctx());
        self.repaint_while_under_way(ui.ctx());
        self.panels_ui(ui, start_shortcut, &mut actions);
        self.dialogs_ui(ui.ctx(), &mut actions);
        self.training.outline_current_spot(ui.ctx());
        for action in actions {
            self.act(action);
        }
    }

    /// F5 refreshes; Enter, with nothing else to take it, starts the
    /// selected request's action on the chosen reader's card (the detail
    /// panel knows whether it can); F1 opens or closes the lessons.
    fn shortcuts(&self, ctx: &egui::Context) -> (Vec<Action>, bool) {
        let mut actions = Vec::new();
        if self.dialog_open() {
            return (actions, false);
        }
        let nothing_focused = ctx.memory(|memory| memory.focused().is_none());
        let (refresh, start, lessons) = ctx.input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::NONE, egui::Key::F5),
                nothing_focused && input.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
                input.consume_key(egui::Modifiers::NONE, egui::Key::F1),
            )
        });
        if refresh {
            actions.push(Action::Refresh);
        }
        if lessons && self.can_train() {
            actions.push(Action::ToggleTraining);
        }
        (actions, start)
    }

    /// A dialog has the keyboard: the desk's shortcuts wait.
    fn dialog_open(&self) -> bool {
        !self.pins.is_empty()
            || self.pin_entry.is_some()
            || self.settings_window.is_some()
            || self.confirming.is_some()
            || self.final_status.is_some()
    }
}

impl Drop for Desk {
    /// Closing with cards under way, bound and unfinished, or with PINs not
    /// handed over is recorded: the officer must check the server.
    fn drop(&mut self) {
        self.audit_exit();
        // Dropping the trail waits until every entry is on disk.
        self.audit = None;
    }
}
