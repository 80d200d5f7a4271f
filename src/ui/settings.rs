//! The officer's settings, persisted with eframe's storage, under the site
//! policy IT sets (`crate::site`), which no stored setting overrides. The
//! token is never written there (eframe's storage is a plain file): a
//! remembered token is kept in the OS credential store. The window that
//! edits them is `settings_window`.

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

pub use super::settings_window::{SettingsOutcome, SettingsWindow};
use crate::card::{ChallengeChoice, GuidByteOrder};
use crate::cm::{AuthMethod, ClientConfig};
use crate::i18n::Locale;
use crate::site::Site;

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
    /// The officer's language; the site's default or the OS's at first
    /// start (a settings file from before there was a choice gets the OS's).
    #[serde(default = "Locale::from_system")]
    pub language: Locale,
    /// What IT fixed on this computer; read at start, never stored. The
    /// settings it holds are kept to its values (`enforce_site`).
    /// Shared: the settings are cloned for every draft, the site never changes.
    #[serde(skip)]
    pub site: Arc<Site>,
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
            .field("site", &self.site)
            .finish()
    }
}

pub const PIN_TIMEOUT_DEFAULT_SECS: u32 = 60;
pub(super) const PIN_TIMEOUT_RANGE: std::ops::RangeInclusive<u32> = 10..=600;

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
            // start asks the site and the OS (see `Settings::first_start`).
            language: Locale::En,
            site: Arc::default(),
        }
    }
}

impl Settings {
    /// The settings of a desk that has none stored yet: the site's
    /// default language, else the OS's.
    pub fn first_start(site: Site) -> Self {
        Self {
            language: site.default_language().unwrap_or_else(Locale::from_system),
            ..Self::default()
        }
        .under_site(site)
    }

    /// These settings under `site`: what it fixes takes its value.
    pub fn under_site(mut self, site: Site) -> Self {
        self.site = Arc::new(site);
        self.enforce_site();
        self
    }

    /// Puts back what the site fixes, whatever was stored or typed.
    pub fn enforce_site(&mut self) {
        let Ok(Some(policy)) = self.site.policy() else {
            return;
        };
        if let Some(server) = &policy.server {
            self.server.clone_from(server);
        }
        if let Some(auth) = policy.auth {
            self.auth = auth;
        }
        if let Some(ca_file) = &policy.ca_file {
            self.ca_file = Some(ca_file.clone());
        }
        if let Some(method) = policy.challenge {
            self.challenge.method = method;
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

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
