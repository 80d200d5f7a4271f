//! `enroll-desk requests` against servers that try to harm the officer:
//! escape sequences for the officer's terminal, and bodies that would make
//! the desk hold hundreds of megabytes before refusing them.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Read;
use std::process::{Command, Stdio};

use support::canned::{Reply, json, serve};
use support::hostile::{self, assert_shown_safely};

fn requests(url: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_enroll-desk"));
    command
        .env_remove("ENROLL_DESK_TOKEN")
        .env_remove("ENROLL_DESK_SERVER")
        // The human output is checked in English, whatever the machine's language.
        .env("LC_ALL", "C")
        .args(["requests", "--server", url]);
    command
}

#[test]
fn a_comment_cannot_drive_the_officers_terminal() {
    let server = serve(json(200, &hostile::list()), vec![]);
    let table = requests(&server.url).output().unwrap();
    assert!(table.status.success());
    let table = String::from_utf8(table.stdout).unwrap();
    assert_shown_safely(&table, "the table");
    // Shown, escapes visible, cut at 60 characters as any comment is.
    let shown: String = hostile::COMMENT_SHOWN.chars().take(60).collect();
    assert!(table.contains(&shown), "{table}");

    let out = requests(&server.url).arg("--json").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_shown_safely(&text, "the JSON");
    let rows: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(rows[0]["comment"], hostile::COMMENT_SHOWN);
}

#[test]
fn a_servers_message_cannot_drive_the_officers_terminal() {
    let server = serve(hostile::forbidden(), vec![]);
    let out = requests(&server.url).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_shown_safely(&stderr, "the error");
    assert!(
        stderr.starts_with(&format!(
            "error: the server does not allow this (403 Forbidden): {}. ",
            hostile::MESSAGE_SHOWN
        )),
        "{stderr}"
    );
}

/// The start of a list whose first request's comment never ends.
const ENDLESS_COMMENT: &str =
    r#"[{"Uuid":"b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d","RequestType":1,"Status":3,"Comment":""#;

/// The process's exit, its stderr, and its peak resident memory in MiB
/// (the kernel's count for the child, read as it is reaped).
#[cfg(target_os = "linux")]
#[allow(clippy::zombie_processes)] // reaped by wait4, which gives its usage too
fn run_measured(mut command: Command) -> (bool, String, u64) {
    let mut child = command
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let pid = i32::try_from(child.id()).unwrap();
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with pointers to live locals.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid);
    let succeeded = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    // ru_maxrss is in KiB on Linux.
    (
        succeeded,
        stderr,
        u64::try_from(usage.ru_maxrss).unwrap() / 1024,
    )
}

#[cfg(target_os = "linux")]
#[test]
fn an_endless_request_is_refused_before_it_costs_much_memory() {
    // What listing one ordinary request costs, for comparison.
    let ordinary = serve(json(200, &hostile::list()), vec![]);
    let (listed, stderr, baseline) = run_measured(requests(&ordinary.url));
    assert!(listed, "{stderr}");

    // 500 MiB declared, over the list's cap of 256 MiB: refused before a
    // byte is read. Then the same comment without a declared length, the
    // server writing on until the client hangs up (300 MiB at most): the
    // request is refused as soon as it passes what one request may be.
    for (declared, refusal) in [
        (Some(524_288_080), "got a body larger than 256 MiB"),
        (None, "got a request larger than 1 MiB"),
    ] {
        let endless = serve(
            Reply::Stream {
                declared,
                start: ENDLESS_COMMENT.as_bytes().to_vec(),
                filler: b'x',
                total: declared.unwrap_or(300 << 20),
            },
            vec![],
        );
        let (listed, stderr, peak) = run_measured(requests(&endless.url));
        assert!(!listed, "declared {declared:?}: listed anyway");
        assert!(
            stderr.starts_with(
                "error: unexpected answer from the CM server: expected a list of requests"
            ) && stderr.contains(refusal),
            "declared {declared:?}: {stderr}"
        );
        assert!(
            peak < baseline + 16,
            "declared {declared:?}: a peak of {peak} MiB, against {baseline} MiB for an ordinary list"
        );
    }
}
