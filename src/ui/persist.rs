//! The settings between runs: read from eframe's storage at start, with the
//! remembered token from the OS credential store; written back without the
//! token. A token found in a settings file written by an older version is
//! moved to the credential store and the file is rewritten without it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::activity::{Level, Line};
use super::desk::{Desk, Mode};
use super::settings::Settings;
use crate::cm::ClientConfig;
use crate::site::Site;
use crate::token_store::{ENTRY_NAME, Opened, STORE_NAME, StoreReport};
use crate::tr;

/// Where eframe's storage keeps the desk's settings.
pub const SETTINGS_KEY: &str = "enroll-desk-settings";

/// The desk as it starts, and whether the settings file must be rewritten
/// at once (it held a token).
pub struct Started {
    pub desk: Desk,
    pub rewrite_settings: bool,
}

/// Builds the desk from the stored settings and the credential store,
/// under the site policy. `lang` (`--lang`) overrides the language of the
/// settings.
pub fn start_desk(
    storage: Option<&dyn eframe::Storage>,
    opened: Opened,
    mode: Mode,
    lang: Option<crate::i18n::Locale>,
    site: Site,
) -> Started {
    let stored = storage.and_then(|storage| eframe::get_value::<Settings>(storage, SETTINGS_KEY));
    let audit = site
        .audit_path()
        .or_else(crate::audit::AuditLog::default_path);
    let mut settings = match stored {
        Some(stored) => stored.under_site(site),
        None => Settings::first_start(site),
    };
    if let Some(lang) = lang {
        settings.language = lang;
    }
    tracing::info!("the desk speaks {}", settings.language.tag());
    // The notice below is worded in the officer's language.
    crate::i18n::set_current(settings.language);
    let (rewrite_settings, notice) = adopt_token(&mut settings, &opened);
    let desk = Desk::with_audit_trail(settings, mode, audit).with_token_store(opened.store, notice);
    Started {
        desk,
        rewrite_settings,
    }
}

/// Where eframe keeps the desk's settings: `app.ron` in its storage directory.
pub fn settings_file_path() -> Option<PathBuf> {
    eframe::storage_dir("enroll-desk").map(|dir| dir.join("app.ron"))
}

/// The settings in eframe's file at `path`, read as the desk reads them at
/// start; `None` when there are none yet. Unlike at start, where unreadable
/// settings quietly give the defaults, this says what is wrong.
pub fn read_settings_file(path: &Path) -> Result<Option<Settings>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.to_string()),
    };
    let values: HashMap<String, String> = ron::from_str(&text).map_err(|e| e.to_string())?;
    values
        .get(SETTINGS_KEY)
        .map(|value| ron::from_str::<Settings>(value).map_err(|e| e.to_string()))
        .transpose()
}

/// The server the desk would connect to from its settings under the site
/// policy, with the remembered token; `None` when it would open demo mode.
pub fn configured_server(site: &Site) -> Option<ClientConfig> {
    let stored = settings_file_path()
        .and_then(|path| read_settings_file(&path).ok().flatten())
        .unwrap_or_default();
    let mut settings = stored.under_site(site.clone());
    if settings.remember_token && settings.token.is_empty() {
        let opened = crate::token_store::TokenStore::open(crate::token_store::OPEN_TIMEOUT);
        if let Some(token) = opened.remembered {
            settings.token = token.as_str().to_owned();
        }
    }
    settings.client_config()
}

/// Writes the settings, never the token, to eframe's storage.
pub fn save_settings(storage: &mut dyn eframe::Storage, settings: &Settings) {
    eframe::set_value(storage, SETTINGS_KEY, &settings.stored());
}

/// Puts the token where it belongs: the remembered one into the settings
/// (in memory), a token from an older settings file into the store. Returns
/// whether the file must be rewritten, and what to tell the officer.
fn adopt_token(settings: &mut Settings, opened: &Opened) -> (bool, Option<(Level, Line)>) {
    let store = &opened.store;
    if !settings.token.is_empty() {
        // An older version wrote it in plain text: it leaves the file whatever
        // happens next, since no auditor expects a token on disk.
        let words = match (settings.remember_token, store.unavailable()) {
            (true, None) => {
                store.save(&settings.token);
                (
                    Level::Info,
                    Line::new(|| tr!("token-moved-to-store", store = STORE_NAME)),
                )
            }
            (true, Some(why)) => (
                Level::Warning,
                Line::new(|| tr!("token-removed-no-store", why = why)),
            ),
            (false, _) => (Level::Info, Line::new(|| tr!("token-removed-from-file"))),
        };
        return (true, Some(words));
    }
    if !settings.remember_token {
        return (false, None);
    }
    match (&opened.remembered, store.unavailable()) {
        (Some(token), _) => {
            settings.token = token.as_str().to_owned();
            (false, None)
        }
        (None, Some(why)) => (
            false,
            Some((
                Level::Warning,
                Line::new(|| tr!("token-unreadable", why = why)),
            )),
        ),
        (None, None) => (false, None),
    }
}

/// What the credential store did, in the officer's words.
pub(super) fn store_words(report: &StoreReport) -> String {
    match report {
        StoreReport::Saved => tr!("token-saved", store = STORE_NAME),
        StoreReport::SaveFailed { error } => {
            tr!(
                "token-save-failed",
                store = STORE_NAME,
                error = error.as_str()
            )
        }
        StoreReport::Forgotten => tr!("token-forgotten", store = STORE_NAME),
        StoreReport::ForgetFailed { error } => tr!(
            "token-forget-failed",
            store = STORE_NAME,
            error = error.as_str(),
            entry = ENTRY_NAME
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token_store::TokenStore;

    fn opened(store: TokenStore, remembered: Option<&str>) -> Opened {
        Opened {
            store,
            remembered: remembered.map(|t| zeroize::Zeroizing::new(t.to_owned())),
        }
    }

    #[test]
    fn a_token_from_an_older_file_leaves_the_file_even_without_a_store() {
        let mut settings = Settings {
            remember_token: true,
            token: "old-plain-token".into(),
            ..Settings::default()
        };
        let (rewrite, notice) = adopt_token(
            &mut settings,
            &opened(TokenStore::memory_only("no keyring"), None),
        );
        assert!(rewrite);
        let (level, words) = notice.unwrap();
        assert_eq!(level, Level::Warning);
        let words = words.english;
        assert!(
            words.contains("no keyring") && words.contains("removed"),
            "{words}"
        );
        assert_eq!(
            settings.token, "old-plain-token",
            "kept in memory for this session"
        );
        assert!(
            !serde_json::to_string(&settings.stored())
                .unwrap()
                .contains("old-plain-token")
        );
    }

    #[test]
    fn the_remembered_token_comes_from_the_store_and_is_not_written() {
        let mut settings = Settings {
            remember_token: true,
            ..Settings::default()
        };
        let store = TokenStore::memory_only("unused");
        let (rewrite, notice) = adopt_token(&mut settings, &opened(store, Some("from-store")));
        assert!(!rewrite && notice.is_none());
        assert_eq!(settings.token, "from-store");
    }

    #[test]
    fn an_unreadable_store_is_said_once_at_start() {
        let mut settings = Settings {
            remember_token: true,
            ..Settings::default()
        };
        let store = TokenStore::memory_only("the keyring is locked");
        let (_, notice) = adopt_token(&mut settings, &opened(store, None));
        assert!(notice.unwrap().1.english.contains("the keyring is locked"));
        let mut not_remembered = Settings::default();
        let store = TokenStore::memory_only("the keyring is locked");
        let (rewrite, notice) = adopt_token(&mut not_remembered, &opened(store, None));
        assert!(!rewrite && notice.is_none());
    }

    #[test]
    fn the_stores_answers_are_in_the_officers_language() {
        crate::i18n::set_current(crate::i18n::Locale::De);
        let failed = store_words(&StoreReport::SaveFailed {
            error: "locked".into(),
        });
        crate::i18n::set_current(crate::i18n::Locale::En);
        let saved = store_words(&StoreReport::Saved);
        assert!(
            failed.contains("Bearer-Token") && failed.contains("locked"),
            "{failed}"
        );
        assert!(
            saved.starts_with("The bearer token is remembered in"),
            "{saved}"
        );
    }
}
