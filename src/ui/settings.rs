//! The officer's settings, persisted with eframe's storage, and the window
//! that edits them. The token is never written there (eframe's storage is a
//! plain file): a remembered token is kept in the OS credential store.

use std::path::PathBuf;

use poll_promise::Promise;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::waker::spawn_then_wake;
use crate::card::{AdminKeyAlgorithm, ChallengeChoice, ChallengeMethod, GuidByteOrder};
use crate::cm::{AuthMethod, ClientConfig};

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
        }
    }
}

impl Settings {
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
        egui::Window::new("Settings")
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
                        .add_enabled(lock.is_none(), egui::Button::new("Apply"))
                        .clicked()
                    {
                        outcome = Some(SettingsOutcome::Apply(self.draft.clone()));
                    }
                    if ui.button("Cancel").clicked() {
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
                let label = ui.label("CM server");
                ui.add(
                    egui::TextEdit::singleline(&mut draft.server)
                        .hint_text("https://cm.example.org — empty for demo mode")
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();

                let label = ui.label("Sign in with");
                egui::ComboBox::from_id_salt("sign-in-method")
                    .selected_text(draft.auth.label())
                    .width(320.0)
                    .show_ui(ui, |ui| {
                        for method in AuthMethod::ALL {
                            ui.selectable_value(&mut draft.auth, method, method.label());
                        }
                    })
                    .response
                    .labelled_by(label.id)
                    .on_hover_text(
                        "Kerberos uses the ticket from signing in to the domain (or kinit)",
                    );
                ui.end_row();

                let label = ui.label("Bearer token");
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

                ui.label("CA certificate file");
                ui.horizontal(|ui| {
                    let shown = draft.ca_file.as_ref().map_or_else(
                        || "system certificates only".to_owned(),
                        |p| p.display().to_string(),
                    );
                    ui.label(shown);
                    let picking = self.ca_pick.is_some();
                    if ui
                        .add_enabled(!picking, egui::Button::new("Choose…"))
                        .clicked()
                    {
                        self.ca_pick = Some(pick_ca_file(ui.ctx().clone()));
                    }
                    if picking {
                        ui.spinner();
                    }
                    if draft.ca_file.is_some() && ui.button("Clear").clicked() {
                        draft.ca_file = None;
                    }
                });
                ui.end_row();

                ui.label("PIN window closes after");
                ui.add(
                    egui::DragValue::new(&mut draft.pin_timeout_secs)
                        .range(PIN_TIMEOUT_RANGE)
                        .suffix(" s"),
                );
                ui.end_row();

                ui.label("Theme");
                ui.horizontal(|ui| {
                    ui.selectable_value(&mut draft.theme, Theme::System, "System");
                    ui.selectable_value(&mut draft.theme, Theme::Light, "Light");
                    ui.selectable_value(&mut draft.theme, Theme::Dark, "Dark");
                });
                ui.end_row();

                ui.label("Card id byte order");
                ui.horizontal(|ui| {
                    ui.selectable_value(
                        &mut draft.byte_order,
                        GuidByteOrder::Microsoft,
                        "Microsoft",
                    )
                    .on_hover_text("As Windows writes it (Guid.ToByteArray); the usual choice");
                    ui.selectable_value(&mut draft.byte_order, GuidByteOrder::Rfc4122, "RFC 4122")
                        .on_hover_text("The bytes as stored on the card");
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
        egui::Checkbox::new(
            &mut draft.remember_token,
            "Remember the token on this computer",
        ),
    );
    match no_store {
        Some(why) => {
            checkbox.on_disabled_hover_text(format!(
                "Not available: {why}. The token is kept only until the desk closes."
            ));
        }
        None if draft.remember_token => {
            ui.weak(format!("It is kept in {}.", crate::token_store::STORE_NAME));
        }
        None => {}
    }
}

/// Which challenge the card gives for the PIN call, and with which key.
fn challenge_ui(ui: &mut egui::Ui, choice: &mut ChallengeChoice) {
    ui.label("Challenge");
    ui.horizontal(|ui| {
        for (method, hint) in [
            (
                ChallengeMethod::Automatic,
                "The PIV admin key's witness; GET CHALLENGE for a card without PIV",
            ),
            (
                ChallengeMethod::PivAdminKey,
                "Always the PIV admin key (9B) witness, as Windows' minidriver gives it",
            ),
            (
                ChallengeMethod::GetChallenge,
                "Always 8 random bytes (GET CHALLENGE), tied to no key",
            ),
        ] {
            ui.selectable_value(&mut choice.method, method, method.label())
                .on_hover_text(hint);
        }
    });
    ui.end_row();

    ui.label("Admin key algorithm");
    egui::ComboBox::from_id_salt("admin-key-algorithm")
        .selected_text(choice.algorithm.label())
        .show_ui(ui, |ui| {
            for algorithm in [AdminKeyAlgorithm::Automatic]
                .into_iter()
                .chain(AdminKeyAlgorithm::FORCED)
            {
                ui.selectable_value(&mut choice.algorithm, algorithm, algorithm.label());
            }
        });
    ui.end_row();
}

/// The file dialog blocks, so it runs on its own thread; the window is
/// repainted when it closes, so the choice shows at once.
fn pick_ca_file(ctx: egui::Context) -> Promise<Option<PathBuf>> {
    let wake = std::sync::Arc::new(move || ctx.request_repaint());
    spawn_then_wake(
        "pick-ca-file",
        wake,
        |error| {
            tracing::warn!("the file dialog could not open: {error}");
            None
        },
        || {
            rfd::FileDialog::new()
                .set_title("CA certificate (PEM)")
                .add_filter("PEM certificates", &["pem", "crt", "cer"])
                .pick_file()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_token(remember: bool) -> Settings {
        Settings {
            server: "https://cm.example.org".into(),
            token: "secret-bearer-token".into(),
            remember_token: remember,
            byte_order: GuidByteOrder::Rfc4122,
            pin_timeout_secs: 90,
            ..Settings::default()
        }
    }

    #[test]
    fn the_token_never_goes_to_the_settings_file() {
        for remember in [false, true] {
            let stored = with_token(remember).stored();
            let text = serde_json::to_string(&stored).unwrap();
            assert!(!text.contains("secret-bearer-token"), "{text}");
            assert_eq!(stored.remember_token, remember, "the choice itself is kept");
        }
    }

    #[test]
    fn settings_survive_a_round_trip_and_old_files_get_defaults() {
        let settings = with_token(false).stored();
        let back: Settings =
            serde_json::from_str(&serde_json::to_string(&settings).unwrap()).unwrap();
        assert_eq!(back, settings);
        let old: Settings = serde_json::from_str(r#"{"server":"https://x.example"}"#).unwrap();
        assert_eq!(old.pin_timeout_secs, PIN_TIMEOUT_DEFAULT_SECS);
        assert_eq!(old.byte_order, GuidByteOrder::Microsoft);
        assert_eq!(old.challenge, ChallengeChoice::default());
        let forced: Settings =
            serde_json::from_str(r#"{"challenge":{"method":"PivAdminKey","algorithm":"Aes128"}}"#)
                .unwrap();
        assert_eq!(forced.challenge.method, ChallengeMethod::PivAdminKey);
        assert_eq!(forced.challenge.algorithm, AdminKeyAlgorithm::Aes128);
        assert_eq!(old.auth, AuthMethod::Auto);
        let kerberos: Settings = serde_json::from_str(r#"{"auth":"negotiate"}"#).unwrap();
        assert_eq!(kerberos.auth, AuthMethod::Negotiate);
    }

    #[test]
    fn debug_output_never_shows_the_token() {
        let shown = format!("{:?}", with_token(true));
        assert!(!shown.contains("secret-bearer-token"), "{shown}");
        assert!(shown.contains("[set]"));
    }

    #[test]
    fn a_pin_timeout_out_of_range_is_clamped() {
        let settings = Settings {
            pin_timeout_secs: 0,
            ..Settings::default()
        };
        assert_eq!(settings.pin_timeout(), 10.0);
        assert_eq!(settings.stored().pin_timeout_secs, 10);
    }
}
