//! The operator audit trail: one JSON object per line, appended, flushed and
//! fsynced before `append` returns, so a crash or SIGKILL loses no finished
//! entry and leaves every line whole. Rotated by size; every desk of an OS
//! account shares the trail (`sharing`). There is no field a PIN could go
//! into.

mod sharing;

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use serde::Serialize;
use uuid::Uuid;

use crate::cm::SignedIn;
pub use sharing::copy_trail;
use sharing::{TrailLock, is_current, open_append};

/// Rotate, before the next entry, once the current file has reached this size.
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
    /// `pin_closed`, `pin_dropped` (a bound card's PIN given up for another
    /// server), or `exit` (the desk closed during a bind, or while a bound
    /// card waited to be put back for its PIN).
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
    lock: TrailLock,
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
            lock: TrailLock::open(path)?,
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
        let _held = self.lock.hold()?;
        // Another desk may have rotated the file this one has open.
        if !is_current(&self.file, &self.path)? {
            self.file = open_append(&self.path)?;
        }
        // Decided under the lock from the file at the path, whoever filled
        // it: one rotation per full file, however many desks write.
        if self.file.metadata()?.len() >= self.max_bytes {
            self.file = rotate(&self.path)?;
        }
        // One write of the whole line: a kill between two writes could leave half a line.
        self.file.write_all(&line)?;
        self.file.sync_data()
    }
}

/// Moves `audit.N.jsonl` to `N+1` (the last one kept is replaced) and the
/// current file to `audit.1.jsonl`; the fresh current file, opened.
fn rotate(path: &Path) -> std::io::Result<File> {
    let rotated = |n: usize| path.with_extension(format!("{n}.jsonl"));
    for n in (1..KEEP_ROTATED).rev() {
        let from = rotated(n);
        if from.exists() {
            std::fs::rename(&from, rotated(n + 1))?;
        }
    }
    std::fs::rename(path, rotated(1))?;
    open_append(path)
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
mod tests;
