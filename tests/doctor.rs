//! `enroll-desk doctor` as a help desk runs it: against the simulator with
//! the real pcscd and a virtual card every check passes, and each way a
//! computer goes wrong — a stopped smart-card service, a dead server, a
//! wrong token, a self-signed certificate, a clock 10 minutes off — is named
//! on its own line, with a failing exit code.
// The test rig (pcscd with virtual cards, faketime) is Linux.
#![cfg(target_os = "linux")]
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::Output;

use enroll_desk::sim::{SimAuth, SimConfig};
use serde_json::Value;
use support::processes::our_card;
use support::site::{Computer, stderr};
use support::{PORT_0, Pcscd, READER_0, sim, wait_card_state};

/// The report's checks by name, and whether it passed as a whole.
fn report(output: &Output) -> (Vec<Value>, bool) {
    let json: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|_| {
        panic!(
            "no JSON: {}{}",
            String::from_utf8_lossy(&output.stdout),
            stderr(output)
        )
    });
    let passed = json["passed"].as_bool().unwrap();
    (json["checks"].as_array().unwrap().clone(), passed)
}

fn check<'a>(checks: &'a [Value], name: &str) -> &'a Value {
    checks
        .iter()
        .find(|check| check["check"] == name)
        .unwrap_or_else(|| panic!("no {name} in {checks:#?}"))
}

/// Asserts that `name` failed, with `words` in its line, and that the
/// report as a whole (and the exit code) says so.
fn fails_with(output: &Output, name: &str, words: &str) {
    let (checks, passed) = report(output);
    let line = check(&checks, name);
    assert_eq!(line["outcome"], "fail", "{line:#}");
    assert!(
        line["detail"].as_str().unwrap().contains(words),
        "{name} should name \"{words}\": {line:#}"
    );
    assert!(!passed);
    assert_eq!(output.status.code(), Some(1));
}

fn site_for(url: &str, computer_dir: &std::path::Path) -> String {
    format!(
        "server = \"{url}\"\naudit_dir = \"{}\"\n",
        computer_dir.join("audit").display()
    )
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn against_the_simulator_with_a_card_every_check_passes() {
    let _pcscd = Pcscd::start();
    let (_card, _) = our_card(PORT_0, &[]);
    wait_card_state(READER_0, true);
    let server = sim(SimConfig::default());
    let computer = Computer::with_site(None);
    std::fs::write(
        computer.site_file(),
        site_for(&server.url(), computer.dir.path()),
    )
    .unwrap();

    let out = computer.run(&["doctor", "--json"]);
    let (checks, passed) = report(&out);
    let failed: Vec<&Value> = checks.iter().filter(|c| c["outcome"] != "pass").collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(passed && out.status.success());
    assert_eq!(checks.len(), 10);
    assert!(
        check(&checks, "readers")["detail"]
            .as_str()
            .unwrap()
            .contains(READER_0)
    );

    // The same checks for a person: one line each, in their language.
    let human = computer
        .desk()
        .args(["--lang", "de", "doctor"])
        .output()
        .unwrap();
    assert!(human.status.success(), "{}", stderr(&human));
    let lines = String::from_utf8_lossy(&human.stdout).into_owned();
    assert_eq!(lines.lines().count(), 11, "{lines}");
    assert!(lines.contains("✔ Smartcard-Dienst: läuft"), "{lines}");
    assert!(lines.contains("Alle 10 Prüfungen bestanden."), "{lines}");
}

#[test]
#[ignore = "needs pcscd (none may run meanwhile): run scripts/test.sh"]
fn a_stopped_smart_card_service_is_named() {
    let mut pcscd = Pcscd::start();
    // The host stays ours (the lock is held), with no pcscd running.
    pcscd.stop();
    let server = sim(SimConfig::default());
    let computer = Computer::with_site(Some(&format!("server = \"{}\"\n", server.url())));
    let out = computer.run(&["doctor", "--json"]);
    fails_with(&out, "pcsc-service", "not running");
    let (checks, _) = report(&out);
    assert_eq!(check(&checks, "readers")["outcome"], "skipped");
    assert_eq!(check(&checks, "sign-in")["outcome"], "pass");
}

#[test]
fn a_dead_server_is_named() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let computer = Computer::with_site(None);
    let url = format!("http://127.0.0.1:{port}");
    let out = computer.run(&["doctor", "--json", "--server", &url]);
    fails_with(&out, "server-answers", "cannot reach");
}

#[test]
fn a_wrong_token_is_named_with_the_sign_in_method() {
    let server = sim(SimConfig {
        auth: SimAuth::Bearer("the-right-token".into()),
        ..SimConfig::default()
    });
    let computer = Computer::with_site(None);
    let out = computer
        .desk()
        .args([
            "doctor",
            "--json",
            "--server",
            &server.url(),
            "--auth",
            "bearer",
        ])
        .env("ENROLL_DESK_TOKEN", "a-wrong-token")
        .output()
        .unwrap();
    fails_with(&out, "sign-in", "401");
    let (checks, _) = report(&out);
    assert_eq!(check(&checks, "server-answers")["outcome"], "pass");
}

#[test]
fn a_self_signed_certificate_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.signing_key.serialize_pem()).unwrap();
    let server = sim(SimConfig {
        tls: Some((cert, key)),
        ..SimConfig::default()
    });
    let computer = Computer::with_site(None);
    let out = computer.run(&["doctor", "--json", "--server", &server.url()]);
    fails_with(&out, "tls", "issued by a CA this computer does not trust");
    let (checks, _) = report(&out);
    assert!(check(&checks, "tls")["fix"].is_string());
}

#[test]
#[ignore = "needs faketime: run scripts/test.sh"]
fn a_clock_ten_minutes_off_is_named() {
    let server = sim(SimConfig::default());
    let computer = Computer::with_site(None);
    let out = computer.run_under(
        &["faketime", "-f", "+10m"],
        &["doctor", "--json", "--server", &server.url()],
    );
    fails_with(&out, "clock", "10 minutes ahead");
    let (checks, _) = report(&out);
    assert_eq!(check(&checks, "sign-in")["outcome"], "pass");
}

#[test]
fn a_broken_site_file_fails_the_first_check_and_no_server_is_contacted() {
    let server = sim(SimConfig::default());
    let computer = Computer::with_site(Some(&format!(
        "server = \"{}\"\nsevrer = \"typo\"\n",
        server.url()
    )));
    let out = computer.run(&["doctor", "--json"]);
    fails_with(&out, "site-file", "line 2");
    let (checks, _) = report(&out);
    assert_eq!(check(&checks, "sign-in")["outcome"], "skipped");
    assert!(server.calls().is_empty());
}

#[test]
fn a_flag_the_site_refuses_stops_the_doctor_too() {
    let computer = Computer::with_site(Some("server = \"https://cm.example.org\"\n"));
    let out = computer.run(&["doctor", "--server", "https://elsewhere.example"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("--server"), "{}", stderr(&out));
}

#[test]
fn a_site_file_the_officer_can_change_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let computer = Computer::with_site(Some("demo = false\n"));
    let open_to_all = |path: &std::path::Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    open_to_all(computer.dir.path(), 0o755);
    open_to_all(&computer.site_file(), 0o666);
    // As an officer: root may write anything, so the check is for others
    // (the tests run as root in CI: then as `nobody`).
    // SAFETY: geteuid cannot fail and touches no memory.
    let root = unsafe { libc::geteuid() } == 0;
    let out = if root {
        computer.run_under(
            &[
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
            ],
            &["doctor", "--json"],
        )
    } else {
        computer.run(&["doctor", "--json"])
    };
    fails_with(&out, "site-file", "can be changed by you");
}
