//! The officer's settings, persisted with eframe's storage, and the window
//! that edits them. The token is never written there (eframe's storage is a
//! plain file): a remembered token is kept in the OS credential store.

use std::path::PathBuf;

use poll_promise::Promise;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::settings_fields::{auth_label, challenge_ui, language_ui};
use super::waker::spawn_then_wake;
use crate::card::{ChallengeChoice, GuidByteOrder};
use crate::cm::{AuthMethod, ClientConfig};
use crate::i18n::Locale;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Empty: demo mode.
    pub server: String,
    pub ca_file: Option<PathBuf>,
    /// Kerberos, bearer token, both (automatic) or none.
    pub auth: AuthMethod,
    /// How long the PIN window stays open unless handed over sooner.
    pub pin_timeout_secs: u32,
    pub theme: Theme,
    pub byte_order: GuidByteOrder,
    /// Which challenge the card is asked for (and its admin key's algorithm).
    pub challenge: ChallengeChoice,
    /// Keep the token in the OS credential store (`crate::token_store`).
    pub remember_token: bool,
    /// Never persisted; see `stored`. Found in a file written by an older
    /// version, it is moved to the credential store at start.
    pub token: String,
    /// The officer's language; the OS's at first start (a settings file
    /// from before there was a choice gets the OS's too).
    #[serde(default = "Locale::from_system")]
    pub language: Locale,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("server", &self.server)
            .field("ca_file", &self.ca_file)
            .field("auth", &self.auth)
            .field("pin_timeout_secs", &self.pin_timeout_secs)
            .field("theme", &self.theme)
            .field("byte_order", &self.byte_order)
            .field("challenge", &self.challenge)
            .field("remember_token", &self.remember_token)
            .field("language", &self.language)
            .field("token", &if self.token.is_empty() { "" } else { "[set]" })
            .finish()
    }
}

pub const PIN_TIMEOUT_DEFAULT_SECS: u32 = 60;
const PIN_TIMEOUT_RANGE: std::ops::RangeInclusive<u32> = 10..=600;

impl Default for Settings {
    fn default() -> Self {
        Self {
            server: String::new(),
            ca_file: None,
            auth: AuthMethod::Auto,
            pin_timeout_secs: PIN_TIMEOUT_DEFAULT_SECS,
            theme: Theme::default(),
            byte_order: GuidByteOrder::default(),
            challenge: ChallengeChoice::default(),
            remember_token: false,
            token: String::new(),
            // Tests and the CLI get English unless they ask; the desk's first
            // start asks the OS (see `Settings::first_start`).
            language: Locale::En,
        }
    }
}

impl Settings {
    /// The settings of a desk that has none stored yet: the OS's language.
    pub fn first_start() -> Self {
        Self {
            language: Locale::from_system(),
            ..Self::default()
        }
    }

    /// What goes to disk: everything but the token.
    pub fn stored(&self) -> Self {
        let mut stored = self.clone();
        stored.token.clear();
        stored.pin_timeout_secs = stored
            .pin_timeout_secs
            .clamp(*PIN_TIMEOUT_RANGE.start(), *PIN_TIMEOUT_RANGE.end());
        stored
    }

    /// The server these settings name, or `None` for demo mode. Two
    /// settings that give the same configuration need no reconnect.
    pub fn client_config(&self) -> Option<ClientConfig> {
        let server = self.server.trim();
        (!server.is_empty()).then(|| ClientConfig {
            auth: self.auth,
            token: (!self.token.is_empty()).then(|| Zeroizing::new(self.token.clone())),
            ca_file: self.ca_file.clone(),
            ..ClientConfig::new(server)
        })
    }

    /// The PIN window's countdown in seconds, kept within the allowed range.
    pub fn pin_timeout(&self) -> f64 {
        f64::from(
            self.pin_timeout_secs
                .clamp(*PIN_TIMEOUT_RANGE.start(), *PIN_TIMEOUT_RANGE.end()),
        )
    }
}

/// The settings window's draft; nothing changes until Apply.
pub struct SettingsWindow {
    draft: Settings,
    ca_pick: Option<Promise<Option<PathBuf>>>,
    /// Why the token cannot be remembered here (no credential store).
    no_token_store: Option<String>,
}

pub enum SettingsOutcome {
    Apply(Settings),
    Cancel,
}

impl SettingsWindow {
    pub fn new(current: &Settings, no_token_store: Option<&str>) -> Self {
        Self {
            draft: current.clone(),
            ca_pick: None,
            no_token_store: no_token_store.map(str::to_owned),
        }
    }

    /// `lock` says why Apply is not possible now (a bind is under way).
    pub fn ui(&mut self, ctx: &egui::Context, lock: Option<&str>) -> Option<SettingsOutcome> {
        self.collect_ca_pick();
        let mut outcome = None;
        let mut open = true;
        egui::Window::new(tr!("settings-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                self.fields_ui(ui);
                ui.separator();
                if let Some(why) = lock {
                    ui.label(why);
                }
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(lock.is_none(), egui::Button::new(tr!("settings-apply")))
                        .clicked()
                    {
                        outcome = Some(SettingsOutcome::Apply(self.draft.clone()));
                    }
                    if ui.button(tr!("settings-cancel")).clicked() {
                        outcome = Some(SettingsOutcome::Cancel);
                    }
                });
            });
        if !open {
            outcome = Some(SettingsOutcome::Cancel);
        }
        outcome
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        egui::Grid::new("settings-grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                language_ui(ui, &mut draft.language);

                let label = ui.label(tr!("settings-server"));
                ui.add(
                    egui::TextEdit::singleline(&mut draft.server)
                        .hint_text(tr!("settings-server-hint"))
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();

                let label = ui.label(tr!("settings-sign-in"));
                egui::ComboBox::from_id_salt("sign-in-method")
                    .selected_text(auth_label(draft.auth))
                    .width(320.0)
                    .show_ui(ui, |ui| {
                        for method in AuthMethod::ALL {
                            ui.selectable_value(&mut draft.auth, method, auth_label(method));
                        }
                    })
                    .response
                    .labelled_by(label.id)
                    .on_hover_text(tr!("settings-sign-in-hint"));
                ui.end_row();

                let label = ui.label(tr!("settings-token"));
                ui.vertical(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut draft.token)
                            .password(true)
                            .desired_width(320.0),
                    )
                    .labelled_by(label.id);
                    token_store_row(ui, draft, self.no_token_store.as_deref());
                });
                ui.end_row();

                ui.label(tr!("settings-ca-file"));
                ui.horizontal(|ui| {
                    let shown = draft.ca_file.as_ref().map_or_else(
                        || tr!("settings-ca-system-only"),
                        |p| p.display().to_string(),
                    );
                    ui.label(shown);
                    let picking = self.ca_pick.is_some();
                    if ui
                        .add_enabled(!picking, egui::Button::new(tr!("settings-choose")))
                        .clicked()
                    {
                        self.ca_pick = Some(pick_ca_file(ui.ctx().clone()));
                    }
                    if picking {
                        ui.spinner();
                    }
                    if draft.ca_file.is_some() && ui.button(tr!("settings-clear")).clicked() {
                        draft.ca_file = None;
                    }
                });
                ui.end_row();

                ui.label(tr!("settings-pin-timeout"));
                ui.add(
                    egui::DragValue::new(&mut draft.pin_timeout_secs)
                        .range(PIN_TIMEOUT_RANGE)
                        .suffix(tr!("settings-seconds-suffix")),
                );
                ui.end_row();

                ui.label(tr!("settings-theme"));
                ui.horizontal(|ui| {
                    ui.selectable_value(
                        &mut draft.theme,
                        Theme::System,
                        tr!("settings-theme-system"),
                    );
                    ui.selectable_value(
                        &mut draft.theme,
                        Theme::Light,
                        tr!("settings-theme-light"),
                    );
                    ui.selectable_value(&mut draft.theme, Theme::Dark, tr!("settings-theme-dark"));
                });
                ui.end_row();

                ui.label(tr!("settings-byte-order"));
                ui.horizontal(|ui| {
                    ui.selectable_value(
                        &mut draft.byte_order,
                        GuidByteOrder::Microsoft,
                        "Microsoft",
                    )
                    .on_hover_text(tr!("settings-byte-order-microsoft-hint"));
                    ui.selectable_value(&mut draft.byte_order, GuidByteOrder::Rfc4122, "RFC 4122")
                        .on_hover_text(tr!("settings-byte-order-rfc-hint"));
                });
                ui.end_row();

                challenge_ui(ui, &mut draft.challenge);
            });
    }

    fn collect_ca_pick(&mut self) {
        let Some(promise) = self.ca_pick.take() else {
            return;
        };
        match promise.try_take() {
            Ok(Some(path)) => self.draft.ca_file = Some(path),
            Ok(None) => {}
            Err(pending) => self.ca_pick = Some(pending),
        }
    }
}

/// The *Remember the token* checkbox: disabled, saying why, when this
/// computer has no credential store.
fn token_store_row(ui: &mut egui::Ui, draft: &mut Settings, no_store: Option<&str>) {
    let checkbox = ui.add_enabled(
        no_store.is_none(),
        egui::Checkbox::new(&mut draft.remember_token, tr!("settings-token-remember")),
    );
    match no_store {
        Some(why) => {
            checkbox.on_disabled_hover_text(tr!("settings-token-no-store", why = why));
        }
        None if draft.remember_token => {
            ui.weak(tr!(
                "settings-token-kept-in",
                store = crate::token_store::STORE_NAME
            ));
        }
        None => {}
    }
}

/// The file dialog blocks, so it runs on its own thread; the window is
/// repainted when it closes, so the choice shows at once.
fn pick_ca_file(ctx: egui::Context) -> Promise<Option<PathBuf>> {
    let wake = std::sync::Arc::new(move || ctx.request_repaint());
    // Worded here: the dialog's thread speaks English.
    let (title, filter) = (
        tr!("settings-ca-dialog-title"),
        tr!("settings-ca-dialog-filter"),
    );
    spawn_then_wake(
        "pick-ca-file",
        wake,
        |error| {
            tracing::warn!("the file dialog could not open: {error}");
            None
        },
        move || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &["pem", "crt", "cer"])
                .pick_file()
        },
    )
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
