//! The audit trail names the OS account from the OS, not from `USER`, and
//! the identity the server accepted. The test runs itself a second time with
//! `USER`, `LOGNAME` and `USERNAME` set to someone else; that run drives the
//! desk (headless) in demo mode and against a server taking a bearer token.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// The account is compared with what `id -un` reads from the passwd database.
#![cfg(unix)]

mod support;

use std::path::Path;
use std::process::Command;

use base64::Engine;
use egui_kittest::Harness;
use enroll_desk::cm::AuthMethod;
use enroll_desk::sim::{SimAuth, SimConfig};
use enroll_desk::ui::{Desk, Mode, Settings};
use support::desk::step_until;

const AUDIT_ENV: &str = "ENROLL_DESK_AUDIT_IDENTITY_FILE";
const TEST_NAME: &str = "the_audit_names_the_os_account_and_who_signed_in_whatever_user_says";

/// A JWT as ADFS issues it, naming its user (the simulator checks only equality).
fn token_of(upn: &str) -> String {
    let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!(r#"{{"upn":"{upn}","aud":"cm"}}"#));
    format!("eyJhbGciOiJub25lIn0.{claims}.signature")
}

/// One desk's first refresh, with its audit trail at `audit`.
fn refresh_with(settings: Settings, mode: Mode, audit: &Path) {
    let desk = Desk::with_audit_trail(settings, mode, Some(audit.to_owned()));
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk);
    step_until(&mut harness, "the requests", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
    // Dropping the desk waits until its entries are on disk.
}

fn act_as_someone_else(audit: &Path) {
    refresh_with(support::desk::settings(), Mode::Demo, audit);
    let token = token_of("officer@example.org");
    let server = support::sim(SimConfig {
        auth: SimAuth::Bearer(token.clone()),
        ..SimConfig::default()
    });
    let settings = Settings {
        server: server.url(),
        auth: AuthMethod::Bearer,
        token,
        ..support::desk::settings()
    };
    refresh_with(settings, Mode::Auto, audit);
}

#[test]
fn the_audit_names_the_os_account_and_who_signed_in_whatever_user_says() {
    if let Ok(audit) = std::env::var(AUDIT_ENV) {
        act_as_someone_else(Path::new(&audit));
        return;
    }
    let id = Command::new("id").arg("-un").output().unwrap();
    let account = String::from_utf8(id.stdout).unwrap().trim().to_owned();
    assert_ne!(
        account, "mallory",
        "the test needs an account of another name"
    );

    let dir = tempfile::tempdir().unwrap();
    let audit = dir.path().join("audit.jsonl");
    let status = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--test-threads=1"])
        .env(AUDIT_ENV, &audit)
        .env("USER", "mallory")
        .env("LOGNAME", "mallory")
        .env("USERNAME", "mallory")
        .status()
        .unwrap();
    assert!(status.success(), "the desk run as \"mallory\" failed");

    let refreshes: Vec<serde_json::Value> = std::fs::read_to_string(&audit)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|entry| entry["action"] == "refresh")
        .collect();
    let who: Vec<(&str, &str, &str)> = refreshes
        .iter()
        .map(|e| {
            (
                e["user"].as_str().unwrap(),
                e["signed_in_as"].as_str().unwrap_or("(none)"),
                e["sign_in"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        who,
        [
            (account.as_str(), "demo", "demo"),
            (account.as_str(), "officer@example.org", "bearer token")
        ],
        "{refreshes:#?}"
    );
}
