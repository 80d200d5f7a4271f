//! Fixtures for tests against the real pcscd with the vpcd driver: pcscd
//! itself, our virtual card as a child process, and vicc.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use enroll_desk::card::pcsc_backend::query_readers;

pub const READER_0: &str = "Virtual PCD 00 00";
pub const READER_1: &str = "Virtual PCD 00 01";
pub const PORT_0: u16 = 35963;
pub const PORT_1: u16 = 35964;

/// Only one pcscd can run per host, so tests that need (or must not have)
/// one take this lock for their whole run.
static HOST: Mutex<()> = Mutex::new(());

pub fn host_lock() -> MutexGuard<'static, ()> {
    HOST.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Fails clearly when a pcscd we did not start is already running.
pub fn assert_no_foreign_pcscd() {
    if pcsc::Context::establish(pcsc::Scope::User).is_ok() {
        panic!("another pcscd is already running on this host; stop it before running these tests");
    }
}

/// A pcscd child process, killed and reaped on drop so a failing test still
/// stops it.
pub struct Pcscd {
    child: Option<Child>,
    pub dir: tempfile::TempDir,
    _host: MutexGuard<'static, ()>,
}

impl Pcscd {
    pub fn start() -> Self {
        let host = host_lock();
        assert_no_foreign_pcscd();
        let dir = tempfile::tempdir().expect("temp dir");
        let mut me = Self {
            child: None,
            dir,
            _host: host,
        };
        me.restart();
        me
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("pcscd.log")
    }

    /// Starts pcscd (again) and waits until vpcd's first reader is listed.
    pub fn restart(&mut self) {
        self.stop();
        let log = File::options()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("log file");
        let child = Command::new("pcscd")
            .args(["--foreground", "--debug", "--apdu"])
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .spawn()
            .expect("could not start pcscd (is the pcscd package installed?)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let listed = query_readers()
                .map(|readers| readers.iter().any(|r| r.name == READER_0))
                .unwrap_or(false);
            if listed {
                return;
            }
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                panic!(
                    "pcscd exited with {status}; log: {}",
                    read(&self.log_path())
                );
            }
            if Instant::now() >= deadline {
                let log = read(&self.log_path());
                let hint = if log.contains("Address already in use") {
                    format!(
                        " (a vpcd port, {PORT_0} or {PORT_1}, is taken: `ss -tan | grep 3596` shows by \
                         what; scripts/test.sh reserves both so outgoing connections cannot take them)"
                    )
                } else {
                    String::new()
                };
                panic!("pcscd did not list '{READER_0}' within 10 s{hint}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills pcscd and reaps it (the next pcscd cleans stale files only then).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _: Result<_, _> = child.kill();
            let _: Result<_, _> = child.wait();
        }
    }
}

impl Drop for Pcscd {
    fn drop(&mut self) {
        self.stop();
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Polls until `reader` shows a card (or none), at most 10 s.
pub fn wait_card_state(reader: &str, present: bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = query_readers()
            .ok()
            .and_then(|rs| rs.into_iter().find(|r| r.name == reader))
            .map(|r| r.card.is_some());
        if now == Some(present) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "'{reader}' card present != {present} after 10 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
