//! The private Secret Service of `scripts/with-secret-service.sh`, seen
//! from a test running under it: its daemon, to stop and continue.

use std::process::Command;

/// A stopped process, continued when dropped (also when the test fails:
/// a stopped daemon would not end with its bus).
pub struct Stopped(String);

impl Stopped {
    pub fn stop(pid: String) -> Self {
        signal(&pid, "-STOP");
        Self(pid)
    }
}

impl Drop for Stopped {
    fn drop(&mut self) {
        signal(&self.0, "-CONT");
    }
}

/// The process that owns the Secret Service's name on the session bus.
pub fn secret_service_pid() -> String {
    let reply = Command::new("dbus-send")
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            "string:org.freedesktop.secrets",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(reply.stdout).unwrap();
    text.split_whitespace()
        .skip_while(|word| *word != "uint32")
        .nth(1)
        .expect("the daemon's pid")
        .to_owned()
}

fn signal(pid: &str, which: &str) {
    assert!(
        Command::new("kill")
            .args([which, pid])
            .status()
            .unwrap()
            .success()
    );
}
