//! SIGKILL in the middle of a stream of audit entries loses no finished
//! entry and leaves every line parseable. The test runs itself a second
//! time as the writer process and kills it.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use enroll_desk::audit::{AuditEntry, AuditLog};

const WRITER_ENV: &str = "ENROLL_DESK_AUDIT_WRITER";

struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _: Result<_, _> = self.0.kill();
        let _: Result<_, _> = self.0.wait();
    }
}

fn write_until_killed(path: &Path) {
    let mut log = AuditLog::open(path, u64::MAX).unwrap();
    // Long entries, so a torn write would show; bounded, so it always ends.
    for n in 0..200_000 {
        log.append(AuditEntry {
            action: "bind".into(),
            outcome: format!("{n} {}", "x".repeat(4000)),
            ..Default::default()
        })
        .unwrap();
    }
}

fn lines(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .map(|t| t.lines().count())
        .unwrap_or(0)
}

#[test]
fn sigkill_mid_stream_leaves_every_entry_whole() {
    if let Ok(path) = std::env::var(WRITER_ENV) {
        write_until_killed(Path::new(&path));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.jsonl");
    let writer = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "sigkill_mid_stream_leaves_every_entry_whole",
            "--test-threads=1",
        ])
        .env(WRITER_ENV, &path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut writer = KillOnDrop(writer);
    let deadline = Instant::now() + Duration::from_secs(30);
    while lines(&path) < 50 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    writer.0.kill().unwrap(); // SIGKILL on Unix
    writer.0.wait().unwrap();

    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.ends_with('\n'), "the last entry is whole");
    let entries: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line parses"))
        .collect();
    assert!(entries.len() >= 50, "{} entries", entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let outcome = entry["outcome"].as_str().unwrap();
        assert!(
            outcome.starts_with(&format!("{i} ")),
            "entries in order, none lost: {i}"
        );
    }
}
