use std::path::Path;

use chrono::{Duration, Utc};

use super::*;
use crate::sim::{SimAuth, SimConfig, SimServer};

fn sim(config: SimConfig) -> SimServer {
    SimServer::start("127.0.0.1:0".parse().unwrap(), config).unwrap()
}

fn server_checks(server: ServerToCheck) -> Vec<Check> {
    let mut checks = Vec::new();
    server::checks(&server, &mut |check| checks.push(check));
    checks
}

fn outcome_of<'a>(checks: &'a [Check], name: &str) -> &'a Check {
    checks
        .iter()
        .find(|check| check.check == name)
        .unwrap_or_else(|| panic!("no {name} check in {checks:#?}"))
}

fn names(checks: &[Check]) -> Vec<&'static str> {
    checks.iter().map(|check| check.check).collect()
}

#[test]
fn against_the_simulator_every_server_check_passes() {
    let sim = sim(SimConfig::default());
    let checks = server_checks(ServerToCheck::Configured(ClientConfig::new(sim.url())));
    assert_eq!(
        names(&checks),
        [
            "server-address",
            "server-answers",
            "tls",
            "sign-in",
            "clock"
        ]
    );
    assert!(
        checks.iter().all(|check| check.outcome == Outcome::Pass),
        "{checks:#?}"
    );
    assert!(
        outcome_of(&checks, "server-address")
            .detail
            .contains("127.0.0.1")
    );
}

#[test]
fn a_wrong_token_fails_the_sign_in_and_names_the_method() {
    let sim = sim(SimConfig {
        auth: SimAuth::Bearer("the-right-one".into()),
        ..SimConfig::default()
    });
    let config = ClientConfig {
        auth: crate::cm::AuthMethod::Bearer,
        token: Some(zeroize::Zeroizing::new("a-wrong-one".into())),
        ..ClientConfig::new(sim.url())
    };
    let checks = server_checks(ServerToCheck::Configured(config));
    let sign_in = outcome_of(&checks, "sign-in");
    assert_eq!(sign_in.outcome, Outcome::Fail);
    assert!(
        sign_in.detail.contains("bearer token") && sign_in.detail.contains("401"),
        "{}",
        sign_in.detail
    );
    assert_eq!(outcome_of(&checks, "server-answers").outcome, Outcome::Pass);
    assert!(!all_passed(&checks));
}

#[test]
fn a_dead_server_fails_its_answer_and_skips_the_rest() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // The listener is gone: nothing answers on that port now.
    let config = ClientConfig::new(format!("http://127.0.0.1:{port}"));
    let checks = server_checks(ServerToCheck::Configured(config));
    let answers = outcome_of(&checks, "server-answers");
    assert_eq!(answers.outcome, Outcome::Fail);
    assert!(
        answers.detail.contains("cannot reach"),
        "{}",
        answers.detail
    );
    for later in ["tls", "sign-in", "clock"] {
        assert_eq!(outcome_of(&checks, later).outcome, Outcome::Skipped);
    }
}

#[test]
fn a_desk_without_a_server_says_so() {
    let checks = server_checks(ServerToCheck::NotSet);
    assert_eq!(outcome_of(&checks, "server-address").outcome, Outcome::Fail);
    assert_eq!(checks.len(), 5);
    let demo = server_checks(ServerToCheck::Demo);
    assert!(demo.iter().all(|check| check.outcome == Outcome::Skipped));
    assert!(all_passed(&demo));
}

#[test]
fn the_clock_passes_within_five_minutes_and_names_how_far_off() {
    let now = Utc::now();
    let near = server::clock_check(Some(now - Duration::seconds(299)), now);
    assert_eq!(near.outcome, Outcome::Pass);
    let ahead = server::clock_check(Some(now - Duration::minutes(10)), now);
    assert_eq!(ahead.outcome, Outcome::Fail);
    assert!(
        ahead.detail.contains("10 minutes ahead"),
        "{}",
        ahead.detail
    );
    let behind = server::clock_check(Some(now + Duration::minutes(7)), now);
    assert!(
        behind.detail.contains("7 minutes behind"),
        "{}",
        behind.detail
    );
    let unknown = server::clock_check(None, now);
    assert_eq!(unknown.outcome, Outcome::Skipped);
}

#[test]
fn the_audit_directory_is_written_to_and_left_clean() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("trail").join("audit.jsonl");
    let check = local::audit(Some(&file));
    assert_eq!(check.outcome, Outcome::Pass, "{check:?}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // A file where the directory should be: nothing can be written there.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").unwrap();
    let check = local::audit(Some(&blocked.join("audit.jsonl")));
    assert_eq!(check.outcome, Outcome::Fail, "{check:?}");
    assert!(check.detail.contains("blocked"), "{}", check.detail);
}

#[test]
fn a_broken_site_file_fails_with_its_line_and_blocks_the_server() {
    let site = Site::parse(
        Path::new("/etc/enroll-desk/site.toml"),
        "demo = false\nx = 1\n",
    );
    let inputs = Inputs {
        site,
        server: ServerToCheck::Blocked,
        settings_file: None,
        audit_file: None,
    };
    let checks = run_all(&inputs);
    let site = outcome_of(&checks, "site-file");
    assert_eq!(site.outcome, Outcome::Fail);
    assert!(site.detail.contains("line 2"), "{}", site.detail);
    assert_eq!(outcome_of(&checks, "sign-in").outcome, Outcome::Skipped);
    assert!(!all_passed(&checks));
}

#[test]
fn the_lines_follow_the_officers_language() {
    crate::i18n::set_current(crate::i18n::Locale::De);
    let check = server::clock_check(None, Utc::now());
    crate::i18n::set_current(crate::i18n::Locale::En);
    let english = server::clock_check(None, Utc::now());
    assert_ne!(check.title, english.title);
    assert_ne!(check.detail, english.detail);
}
