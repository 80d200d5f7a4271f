//! The journal of enrollments in progress: one small file, beside the audit
//! trail, naming each enrollment under way — request, reader, card id,
//! smartcard, the step it has reached — and never a PIN, PUK or key. Each
//! step is written (whole file, replaced atomically) before the step runs,
//! so a desk killed mid-day knows, when started again, which cards to
//! offer for resuming; the enrollment's own rules then pick up where the
//! card and the server stand.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// One enrollment under way.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct JournalEntry {
    pub request: Uuid,
    /// Enroll or unblock.
    pub kind: JobKind,
    pub reader: String,
    pub person: String,
    pub card_id: Option<Uuid>,
    pub smartcard: Option<Uuid>,
    /// The step last started (`EnrollStep::name`).
    pub step: String,
    pub started: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobKind {
    Enroll,
    Unblock,
}

/// The journal file, shared by every enrollment thread.
pub struct Journal {
    path: PathBuf,
    entries: Mutex<Vec<JournalEntry>>,
}

impl Journal {
    /// Reads what an earlier run left. A file that cannot be read is kept
    /// aside (`journal.json.unreadable`) and the journal starts empty; the
    /// error says so.
    pub fn open(path: &Path) -> (Self, Option<String>) {
        let (entries, problem) = match std::fs::read(path) {
            Ok(bytes) => match serde_json::from_slice::<Vec<JournalEntry>>(&bytes) {
                Ok(entries) => (entries, None),
                Err(error) => {
                    let aside = path.with_extension("json.unreadable");
                    let _: std::io::Result<()> = std::fs::rename(path, &aside);
                    (
                        Vec::new(),
                        Some(format!(
                            "the enrollment journal {} could not be read ({error}); it was kept as {}",
                            path.display(),
                            aside.display()
                        )),
                    )
                }
            },
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => (Vec::new(), None),
            Err(error) => (
                Vec::new(),
                Some(format!(
                    "the enrollment journal {} could not be read ({error})",
                    path.display()
                )),
            ),
        };
        let journal = Self {
            path: path.to_owned(),
            entries: Mutex::new(entries),
        };
        (journal, problem)
    }

    /// The enrollments an earlier run did not finish.
    pub fn entries(&self) -> Vec<JournalEntry> {
        self.lock().clone()
    }

    /// Records `entry` (replacing the one for its request) before its step runs.
    pub fn record(&self, entry: JournalEntry) -> std::io::Result<()> {
        let mut entries = self.lock();
        entries.retain(|e| e.request != entry.request);
        entries.push(entry);
        self.write(&entries)
    }

    /// Forgets the enrollment of `request` (finished, or given up).
    pub fn remove(&self, request: Uuid) -> std::io::Result<()> {
        let mut entries = self.lock();
        let before = entries.len();
        entries.retain(|e| e.request != request);
        if entries.len() == before {
            return Ok(());
        }
        self.write(&entries)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<JournalEntry>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Writes the whole journal to a new file, flushed to disk, then puts
    /// it in place: a crash leaves the old journal or the new, never half.
    fn write(&self, entries: &[JournalEntry]) -> std::io::Result<()> {
        use std::io::Write;
        if let Some(dir) = self.path.parent() {
            crate::private_dir::create(dir)?;
        }
        let fresh = self.path.with_extension("json.new");
        let mut file = private_file(&fresh)?;
        serde_json::to_writer_pretty(&mut file, entries).map_err(std::io::Error::other)?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        std::fs::rename(&fresh, &self.path)
    }
}

/// A new file only its owner reads (0600 on Unix).
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(step: &str) -> JournalEntry {
        JournalEntry {
            request: Uuid::new_v4(),
            kind: JobKind::Enroll,
            reader: "Reader 1".to_owned(),
            person: "Zoë Ångström".to_owned(),
            card_id: Some(Uuid::new_v4()),
            smartcard: None,
            step: step.to_owned(),
            started: Utc::now(),
        }
    }

    #[test]
    fn entries_survive_a_restart_and_leave_when_done() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("journal.json");
        let (journal, problem) = Journal::open(&path);
        assert!(problem.is_none() && journal.entries().is_empty());
        let (a, mut b) = (entry("keys"), entry("binding"));
        journal.record(a.clone()).unwrap();
        journal.record(b.clone()).unwrap();
        b.step = "certificates".to_owned();
        journal.record(b.clone()).unwrap();
        let (again, _) = Journal::open(&path);
        assert_eq!(again.entries(), vec![a.clone(), b]);
        again.remove(a.request).unwrap();
        assert_eq!(Journal::open(&path).0.entries().len(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "the journal is the owner's only");
        }
    }

    #[test]
    fn an_unreadable_journal_is_kept_aside_and_said() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.json");
        std::fs::write(&path, b"{ not a journal").unwrap();
        let (journal, problem) = Journal::open(&path);
        assert!(journal.entries().is_empty());
        assert!(problem.unwrap().contains("could not be read"));
        assert!(dir.path().join("journal.json.unreadable").exists());
    }
}
