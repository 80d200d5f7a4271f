//! The bearer token, when the officer asks the desk to remember it, kept in
//! the OS credential store (Windows Credential Manager, the macOS Keychain,
//! the Secret Service on Linux) and never in the settings file.
//!
//! A store can block: the Secret Service is a D-Bus call that waits on a
//! daemon (and on a locked keyring, on the officer). So the store is only
//! ever reached from its own thread; the desk waits for the first read at
//! start for at most `OPEN_TIMEOUT`, and takes the answers to later saves
//! as reports it shows in the activity panel.

use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use zeroize::Zeroizing;

/// How long the desk waits at start for the store to answer. A Secret
/// Service on this machine answers in milliseconds; past this the store is
/// taken as unavailable for the session.
pub const OPEN_TIMEOUT: Duration = Duration::from_secs(3);

/// The store's entry: one remembered token per OS account.
const SERVICE: &str = "enroll-desk";
const ACCOUNT: &str = "CM bearer token";

/// What this platform's store is called, in the officer's words.
pub const STORE_NAME: &str = if cfg!(windows) {
    "Windows Credential Manager"
} else if cfg!(target_os = "macos") {
    "the macOS Keychain"
} else {
    "the desktop keyring (Secret Service)"
};

enum Request {
    Save(Zeroizing<String>),
    Forget,
}

/// What the store did with a save or a removal; the desk words it in the
/// officer's language. `error` is the store's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreReport {
    Saved,
    SaveFailed { error: String },
    Forgotten,
    ForgetFailed { error: String },
}

impl StoreReport {
    /// Whether the store did what was asked.
    pub fn done(&self) -> bool {
        matches!(self, Self::Saved | Self::Forgotten)
    }
}

/// The name of the store's entry, for an officer who must remove it by hand.
pub const ENTRY_NAME: &str = SERVICE;

/// The credential store, reached through its own thread; or none, and the
/// token lives in memory only.
pub struct TokenStore {
    requests: Option<Sender<Request>>,
    /// What the store did with each save or removal.
    reports: Receiver<StoreReport>,
    /// Why there is no store, in words for the settings window's tooltip.
    unavailable: Option<String>,
}

/// The store as found at start, and the token it held.
pub struct Opened {
    pub store: TokenStore,
    pub remembered: Option<Zeroizing<String>>,
}

impl TokenStore {
    /// Opens the platform's store and reads the remembered token, waiting
    /// at most `timeout` for the answer.
    pub fn open(timeout: Duration) -> Opened {
        let (requests, inbox) = channel::<Request>();
        let (report, reports) = channel();
        let (first, first_answer) = channel();
        let spawned = std::thread::Builder::new()
            .name("token-store".into())
            .spawn(move || match keyring::Entry::new(SERVICE, ACCOUNT) {
                Err(error) => {
                    let _: Result<_, _> = first.send(Err(unavailable_words(&error)));
                }
                Ok(entry) => {
                    let read = read_token(&entry).map_err(|error| unavailable_words(&error));
                    let usable = read.is_ok();
                    let _: Result<_, _> = first.send(read);
                    if usable {
                        serve(&entry, &inbox, &report);
                    }
                }
            });
        if let Err(error) = spawned {
            return Self::memory_only_opened(format!("its thread did not start: {error}"));
        }
        match first_answer.recv_timeout(timeout) {
            Ok(Ok(remembered)) => Opened {
                store: Self {
                    requests: Some(requests),
                    reports,
                    unavailable: None,
                },
                remembered,
            },
            Ok(Err(why)) => Self::memory_only_opened(why),
            Err(RecvTimeoutError::Timeout) => Self::memory_only_opened(format!(
                "{STORE_NAME} did not answer within {} seconds",
                timeout.as_secs()
            )),
            Err(RecvTimeoutError::Disconnected) => {
                Self::memory_only_opened(format!("the desk's link to {STORE_NAME} failed"))
            }
        }
    }

    /// No store: the token lives in memory only. `why` is shown to the officer.
    pub fn memory_only(why: impl Into<String>) -> Self {
        let (_, reports) = channel();
        Self {
            requests: None,
            reports,
            unavailable: Some(why.into()),
        }
    }

    fn memory_only_opened(why: String) -> Opened {
        tracing::warn!("no credential store: {why}");
        Opened {
            store: Self::memory_only(why),
            remembered: None,
        }
    }

    /// Why the token cannot be remembered on this computer, if so.
    pub fn unavailable(&self) -> Option<&str> {
        self.unavailable.as_deref()
    }

    /// Follows the officer's choice when settings are applied: stores the
    /// token when it is to be remembered and changed, deletes it when it is
    /// no longer to be remembered.
    pub fn follow(&self, before: (bool, &str), after: (bool, &str)) {
        let (remembered, old_token) = before;
        let (remember, token) = after;
        if remember && !token.is_empty() {
            if !remembered || old_token != token {
                self.send(Request::Save(Zeroizing::new(token.to_owned())));
            }
        } else if remembered && !old_token.is_empty() {
            self.send(Request::Forget);
        }
    }

    /// Stores `token` (the move of a token out of an older settings file).
    pub fn save(&self, token: &str) {
        self.send(Request::Save(Zeroizing::new(token.to_owned())));
    }

    fn send(&self, request: Request) {
        if let Some(requests) = &self.requests {
            let _: Result<_, _> = requests.send(request);
        }
    }

    /// What the store did since the last call, for the activity panel.
    pub fn reports(&self) -> impl Iterator<Item = StoreReport> + '_ {
        self.reports.try_iter()
    }
}

fn read_token(entry: &keyring::Entry) -> Result<Option<Zeroizing<String>>, keyring::Error> {
    match entry.get_password() {
        Ok(token) => Ok(Some(Zeroizing::new(token))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(error),
    }
}

fn serve(entry: &keyring::Entry, inbox: &Receiver<Request>, report: &Sender<StoreReport>) {
    for request in inbox {
        let done = match request {
            Request::Save(token) => match entry.set_password(&token) {
                Ok(()) => StoreReport::Saved,
                Err(error) => StoreReport::SaveFailed {
                    error: error.to_string(),
                },
            },
            Request::Forget => match entry.delete_credential() {
                Ok(()) | Err(keyring::Error::NoEntry) => StoreReport::Forgotten,
                Err(error) => StoreReport::ForgetFailed {
                    error: error.to_string(),
                },
            },
        };
        let _: Result<_, _> = report.send(done);
    }
}

fn unavailable_words(error: &keyring::Error) -> String {
    match error {
        keyring::Error::NoStorageAccess(detail) | keyring::Error::PlatformFailure(detail) => {
            // D-Bus errors go on with a list of possible causes; the first
            // sentence is what a tooltip can hold.
            let detail = detail.to_string();
            let first = detail.split(". ").next().unwrap_or_default();
            format!("{STORE_NAME} cannot be reached ({first})")
        }
        other => format!("{STORE_NAME} failed ({other})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_store_nothing_is_sent_and_the_reason_is_kept() {
        let store = TokenStore::memory_only("no keyring here");
        assert_eq!(store.unavailable(), Some("no keyring here"));
        store.follow((false, ""), (true, "secret"));
        assert_eq!(store.reports().count(), 0);
    }

    #[test]
    fn only_a_change_the_officer_made_reaches_the_store() {
        let (requests, inbox) = channel();
        let store = TokenStore {
            requests: Some(requests),
            reports: channel().1,
            unavailable: None,
        };
        let sent = |inbox: &Receiver<Request>| -> Vec<String> {
            inbox
                .try_iter()
                .map(|r| match r {
                    Request::Save(token) => format!("save {}", token.as_str()),
                    Request::Forget => "forget".to_owned(),
                })
                .collect()
        };
        store.follow((false, "a"), (true, "a"));
        assert_eq!(sent(&inbox), ["save a"]);
        store.follow((true, "a"), (true, "a"));
        assert!(sent(&inbox).is_empty(), "unchanged: nothing to store");
        store.follow((true, "a"), (true, "b"));
        assert_eq!(sent(&inbox), ["save b"]);
        store.follow((true, "b"), (false, "b"));
        assert_eq!(sent(&inbox), ["forget"]);
        store.follow((true, "b"), (true, ""));
        assert_eq!(sent(&inbox), ["forget"], "an emptied token is forgotten");
        store.follow((false, "b"), (false, "c"));
        assert!(sent(&inbox).is_empty(), "not remembered: never stored");
    }
}
