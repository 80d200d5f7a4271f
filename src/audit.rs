//! The operator audit trail: one JSON object per line, appended, flushed and
//! fsynced before `append` returns, so a crash or SIGKILL loses no finished
//! entry and leaves every line whole. Rotated by size. There is no field a
//! PIN could go into.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use serde::Serialize;
use uuid::Uuid;

use crate::cm::SignedIn;

/// Rotate when the current file passes this size.
pub const DEFAULT_MAX_BYTES: u64 = 4 * 1024 * 1024;
/// Rotated files kept besides the current one: `audit.1.jsonl` … `audit.N.jsonl`.
pub const KEEP_ROTATED: usize = 5;

/// One operator action and how it ended.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditEntry {
    /// RFC 3339, UTC; filled in by `append`.
    pub time: String,
    /// The OS account running the desk, from the OS (never from `USER`);
    /// filled in by `append`.
    pub user: String,
    pub server: String,
    /// Who the server accepted: the Kerberos principal, the bearer token's
    /// user, or `demo`; none when the server was given no name (no sign-in,
    /// a token that names no user, or nothing signed in yet).
    pub signed_in_as: Option<String>,
    /// How: `kerberos`, `bearer token`, `no credentials` (the server asked for none), `demo`,
    /// or `not signed in` (no call has succeeded yet).
    pub sign_in: String,
    /// What was done: `refresh`, `bind`, `pin` (the PIN shown, or the
    /// cardholder chooses it), `pin_fetch` (again, for a re-inserted card),
    /// `pin_closed`, or `exit` (the desk closed during a bind).
    pub action: String,
    pub request: Option<Uuid>,
    pub card_id: Option<Uuid>,
    pub smartcard: Option<Uuid>,
    /// How it ended, in words: `started`, `bound`, `ok: 12 requests`,
    /// `PIN shown`, `handed over`, `timed out`, or `failed: ` and the error.
    pub outcome: String,
}

pub struct AuditLog {
    path: PathBuf,
    file: File,
    max_bytes: u64,
    /// The OS account, asked once: the process's effective user does not change.
    user: String,
}

impl AuditLog {
    /// Where the platform keeps an application's data, beside the desk's
    /// settings: `~/.local/share/enroll-desk/audit.jsonl` on Linux,
    /// `%APPDATA%\enroll-desk\data\audit.jsonl` on Windows.
    pub fn default_path() -> Option<PathBuf> {
        crate::private_dir::app_data_dir().map(|dir| dir.join("audit.jsonl"))
    }

    /// Opens the log for appending; directories it has to create are the
    /// owner's only (0700 on Unix).
    pub fn open(path: &Path, max_bytes: u64) -> std::io::Result<Self> {
        if let Some(dir) = path.parent() {
            crate::private_dir::create(dir)?;
        }
        Ok(Self {
            path: path.to_owned(),
            file: open_append(path)?,
            max_bytes,
            user: crate::os_account::describe(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the entry as one line and waits until it is on disk.
    pub fn append(&mut self, mut entry: AuditEntry) -> std::io::Result<()> {
        entry.time = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        entry.user.clone_from(&self.user);
        let mut line = serde_json::to_vec(&entry).map_err(std::io::Error::other)?;
        line.push(b'\n');
        // One write of the whole line: a kill between two writes could leave half a line.
        self.file.write_all(&line)?;
        self.file.sync_data()?;
        if self.file.metadata()?.len() >= self.max_bytes {
            self.rotate()?;
        }
        Ok(())
    }

    fn rotate(&mut self) -> std::io::Result<()> {
        for n in (1..KEEP_ROTATED).rev() {
            let from = self.rotated(n);
            if from.exists() {
                std::fs::rename(&from, self.rotated(n + 1))?;
            }
        }
        std::fs::rename(&self.path, self.rotated(1))?;
        self.file = open_append(&self.path)?;
        Ok(())
    }

    fn rotated(&self, n: usize) -> PathBuf {
        self.path.with_extension(format!("{n}.jsonl"))
    }
}

/// The audit log on its own thread: the UI hands entries over without
/// waiting for the disk, and dropping the trail waits until every entry
/// handed over is written and synced.
pub struct AuditTrail {
    path: PathBuf,
    entries: Option<Sender<AuditEntry>>,
    failures: Receiver<String>,
    thread: Option<JoinHandle<()>>,
}

impl AuditTrail {
    pub fn start(path: PathBuf) -> Self {
        let (entries, inbox) = channel::<AuditEntry>();
        let (report, failures) = channel();
        let thread = std::thread::Builder::new()
            .name("audit".into())
            .spawn({
                let path = path.clone();
                move || write_entries(&path, &inbox, &report)
            })
            .map_err(|error| tracing::error!("the audit thread did not start: {error}"))
            .ok();
        Self {
            path,
            entries: thread.is_some().then_some(entries),
            failures,
            thread,
        }
    }

    /// Where the entries go.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn record(&self, entry: AuditEntry) {
        if let Some(entries) = &self.entries {
            let _: Result<_, _> = entries.send(entry);
        }
    }

    /// Why entries could not be written, each said once until writing works again.
    pub fn failures(&self) -> impl Iterator<Item = String> + '_ {
        self.failures.try_iter()
    }
}

impl Drop for AuditTrail {
    fn drop(&mut self) {
        self.entries = None;
        if let Some(thread) = self.thread.take() {
            let _: Result<_, _> = thread.join();
        }
    }
}

fn write_entries(path: &Path, inbox: &Receiver<AuditEntry>, report: &Sender<String>) {
    let mut log = None;
    let mut failing = false;
    for entry in inbox {
        let result = match &mut log {
            Some(log) => AuditLog::append(log, entry),
            None => AuditLog::open(path, DEFAULT_MAX_BYTES)
                .and_then(|opened| log.insert(opened).append(entry)),
        };
        match result {
            Ok(()) => failing = false,
            Err(error) if !failing => {
                failing = true;
                let _: Result<_, _> = report.send(format!(
                    "the audit trail cannot be written at {}: {error}. Tell your administrator; the desk keeps working",
                    path.display()
                ));
            }
            Err(_) => {}
        }
    }
}

fn open_append(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Who the server accepted, as an entry records it: (`signed_in_as`, `sign_in`).
pub fn accepted_identity(demo: bool, signed_in: Option<&SignedIn>) -> (Option<String>, String) {
    let (name, how) = match (demo, signed_in) {
        (true, _) => (Some("demo".to_owned()), "demo"),
        (false, Some(SignedIn::Kerberos { principal })) => (Some(principal.clone()), "kerberos"),
        (false, Some(SignedIn::Ntlm { principal })) => (Some(principal.clone()), "ntlm"),
        (false, Some(SignedIn::BearerToken { user })) => (user.clone(), "bearer token"),
        (false, Some(SignedIn::Anonymous)) => (None, "no credentials"),
        (false, None) => (None, "not signed in"),
    };
    (name, how.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(action: &str) -> AuditEntry {
        AuditEntry {
            server: "https://cm.example.org".into(),
            action: action.into(),
            outcome: "ok".into(),
            ..Default::default()
        }
    }

    #[test]
    fn entries_are_whole_json_lines_with_time_and_user() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("audit.jsonl");
        let mut log = AuditLog::open(&path, DEFAULT_MAX_BYTES).unwrap();
        log.append(entry("refresh")).unwrap();
        log.append(AuditEntry {
            request: Some(Uuid::nil()),
            ..entry("bind")
        })
        .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1]["action"], "bind");
        assert!(chrono::DateTime::parse_from_rfc3339(lines[0]["time"].as_str().unwrap()).is_ok());
        assert!(!lines[0]["user"].as_str().unwrap().is_empty());
        let mut keys: Vec<&str> = lines[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "action",
                "card_id",
                "outcome",
                "request",
                "server",
                "sign_in",
                "signed_in_as",
                "smartcard",
                "time",
                "user"
            ]
        );
    }

    #[test]
    fn the_identity_the_server_accepted_is_named_with_how() {
        let kerberos = SignedIn::Kerberos {
            principal: "officer@EXAMPLE.ORG".into(),
        };
        assert_eq!(
            accepted_identity(false, Some(&kerberos)),
            (Some("officer@EXAMPLE.ORG".into()), "kerberos".into())
        );
        let token = SignedIn::BearerToken {
            user: Some("officer@example.org".into()),
        };
        assert_eq!(
            accepted_identity(false, Some(&token)),
            (Some("officer@example.org".into()), "bearer token".into())
        );
        let nameless = SignedIn::BearerToken { user: None };
        assert_eq!(
            accepted_identity(false, Some(&nameless)),
            (None, "bearer token".into())
        );
        assert_eq!(
            accepted_identity(true, None),
            (Some("demo".into()), "demo".into())
        );
        assert_eq!(
            accepted_identity(false, None),
            (None, "not signed in".into())
        );
    }

    #[test]
    fn rotates_by_size_and_keeps_a_bounded_number_of_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.jsonl");
        let mut log = AuditLog::open(&path, 300).unwrap();
        for _ in 0..40 {
            log.append(entry("refresh")).unwrap();
        }
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names.len(), KEEP_ROTATED + 1, "{names:?}");
        assert!(
            names.contains(&"audit.1.jsonl".to_owned())
                && names.contains(&"audit.5.jsonl".to_owned())
        );
        assert!(std::fs::metadata(&path).unwrap().len() < 300 + 400);
    }
}
