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
/// The second vpcd driver of `Pcscd::start_with_four_readers` (Debian's
/// vpcd has two slots per driver): its readers and ports.
pub const READER_2: &str = "Virtual PCD B 00 00";
pub const READER_3: &str = "Virtual PCD B 00 01";
pub const PORT_2: u16 = 35965;
pub const PORT_3: u16 = 35966;

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
    /// A reader configuration of our own (`-c`), else the system's.
    config: Option<PathBuf>,
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
            config: None,
            _host: host,
        };
        me.restart();
        me
    }

    /// pcscd with two vpcd drivers, four readers: `READER_0` to `READER_3`
    /// on `PORT_0` to `PORT_3`. vpcd keeps its connections in a static
    /// array indexed by slot, so two reader entries that load the same
    /// library share slots 0 and 1 (both drivers' first reader is then the
    /// second driver's port); the second entry loads its own copy of the
    /// library, which the dynamic loader keeps apart.
    pub fn start_with_four_readers() -> Self {
        const VPCD: &str = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";
        let host = host_lock();
        assert_no_foreign_pcscd();
        let dir = tempfile::tempdir().expect("temp dir");
        // pcscd reads every file in its configuration directory: the copy
        // of the library lives beside it, not in it.
        let config = dir.path().join("reader.conf.d");
        let library = dir.path().join("libifdvpcd-second.so");
        std::fs::create_dir_all(&config).expect("config dir");
        std::fs::copy(VPCD, &library).expect("a copy of vpcd's library");
        let driver = |name: &str, port: u16, library: &str| {
            format!(
                "FRIENDLYNAME \"{name}\"\nDEVICENAME   /dev/null:0x{port:X}\nLIBPATH      {library}\nCHANNELID    0x{port:X}\n\n"
            )
        };
        let text = driver("Virtual PCD", PORT_0, VPCD)
            + &driver("Virtual PCD B", PORT_2, &library.display().to_string());
        std::fs::write(config.join("vpcd"), text).expect("vpcd config");
        let mut me = Self {
            child: None,
            dir,
            config: Some(config),
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
        let mut command = Command::new("pcscd");
        if let Some(config) = &self.config {
            command.arg("-c").arg(config);
        }
        let child = command
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
