//! Two desks under one account share one audit trail. Both write across
//! rotations at once: no entry is lost or written into a rotated file, a
//! file rotates only once it is full (so none is deleted early), and each
//! desk's export, made right after its last entry, holds that entry. The
//! test runs itself twice more as the two writing processes.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use enroll_desk::audit::{self, AuditEntry, AuditLog, KEEP_ROTATED};

const TEST_NAME: &str = "two_desks_writing_across_rotations_lose_nothing";
const ROLE_ENV: &str = "ENROLL_DESK_AUDIT_ROTATION_ROLE";
const DIR_ENV: &str = "ENROLL_DESK_AUDIT_ROTATION_DIR";
const ROLES: [&str; 2] = ["desk-a", "desk-b"];

/// Small files, so a few hundred entries rotate a few times: fewer than
/// the files kept, so every entry must still be there at the end.
const MAX_BYTES: u64 = 32 * 1024;
const ENTRIES: usize = 60;
/// The number of each desk's entry written last, after both are done.
const LAST: usize = 1_000_000;

struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _: Result<_, _> = self.0.kill();
        let _: Result<_, _> = self.0.wait();
    }
}

fn entry(role: &str, n: usize) -> AuditEntry {
    AuditEntry {
        action: "refresh".into(),
        // About 600 bytes a line: a few dozen lines fill a file.
        outcome: format!("{role} {n} {}", "x".repeat(500)),
        ..AuditEntry::default()
    }
}

fn wait_for(file: &Path) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !file.exists() {
        assert!(Instant::now() < deadline, "{} never came", file.display());
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn touch(file: &Path) {
    std::fs::write(file, b"").unwrap();
}

/// One desk: opens the trail, waits for the other, writes its entries,
/// and when told writes one more and exports the trail at once.
fn write_as(role: &str, dir: &Path) {
    let trail = dir.join("audit.jsonl");
    let mut log = AuditLog::open(&trail, MAX_BYTES).unwrap();
    touch(&dir.join(format!("{role}.ready")));
    wait_for(&dir.join("go"));
    for n in 0..ENTRIES {
        log.append(entry(role, n)).unwrap();
    }
    touch(&dir.join(format!("{role}.written")));
    wait_for(&dir.join(format!("{role}.last")));
    log.append(entry(role, LAST)).unwrap();
    audit::copy_trail(&trail, &dir.join(format!("{role}.export"))).unwrap();
}

fn start(role: &str, dir: &Path) -> KillOnDrop {
    let child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--test-threads=1"])
        .env(ROLE_ENV, role)
        .env(DIR_ENV, dir)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    KillOnDrop(child)
}

/// (desk, number) of each entry in the file, in order.
fn entries_in(file: &Path) -> Vec<(String, usize)> {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .map(|line| {
            let entry: serde_json::Value = serde_json::from_str(line).expect("whole lines");
            let outcome = entry["outcome"].as_str().unwrap().to_owned();
            let mut words = outcome.split(' ');
            let role = words.next().unwrap().to_owned();
            (role, words.next().unwrap().parse().unwrap())
        })
        .collect()
}

/// The trail's files, oldest first: `audit.N.jsonl` … `audit.1.jsonl`, `audit.jsonl`.
fn trail_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = (1..=KEEP_ROTATED)
        .rev()
        .map(|n| dir.join(format!("audit.{n}.jsonl")))
        .filter(|file| file.exists())
        .collect();
    files.push(dir.join("audit.jsonl"));
    files
}

#[test]
fn two_desks_writing_across_rotations_lose_nothing() {
    if let (Ok(role), Ok(dir)) = (std::env::var(ROLE_ENV), std::env::var(DIR_ENV)) {
        write_as(&role, Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut desks: Vec<KillOnDrop> = ROLES.iter().map(|role| start(role, dir.path())).collect();
    for role in ROLES {
        wait_for(&dir.path().join(format!("{role}.ready")));
    }
    touch(&dir.path().join("go"));
    for role in ROLES {
        wait_for(&dir.path().join(format!("{role}.written")));
    }
    for (role, desk) in ROLES.iter().zip(&mut desks) {
        touch(&dir.path().join(format!("{role}.last")));
        assert!(desk.0.wait().unwrap().success(), "{role} failed");
    }

    let files = trail_files(dir.path());
    let longest_line = serde_json::to_vec(&entry("desk-a", LAST)).unwrap().len() as u64 + 200;
    for rotated in &files[..files.len() - 1] {
        let size = std::fs::metadata(rotated).unwrap().len();
        assert!(
            (MAX_BYTES..MAX_BYTES + longest_line).contains(&size),
            "{} holds {size} bytes: rotated before it was full, or written to after",
            rotated.display()
        );
    }
    let rotations = files.len() - 1;
    assert!(
        (2..KEEP_ROTATED).contains(&rotations),
        "{rotations} rotations: the test expects a few and none deleted"
    );
    let all: Vec<(String, usize)> = files.iter().flat_map(|file| entries_in(file)).collect();
    for role in ROLES {
        let numbers: Vec<usize> = all
            .iter()
            .filter(|(desk, _)| desk == role)
            .map(|(_, n)| *n)
            .collect();
        let expected: Vec<usize> = (0..ENTRIES).chain([LAST]).collect();
        assert_eq!(numbers, expected, "{role}'s entries, oldest file first");
        let export = entries_in(&dir.path().join(format!("{role}.export")));
        assert!(
            export.contains(&(role.to_owned(), LAST)),
            "{role}'s export lacks the entry it wrote just before: {export:?}"
        );
    }
}
