//! Signing in with Kerberos against a real MIT KDC on loopback: the
//! simulator requires HTTP Negotiate and checks tickets with its keytab, the
//! client gets tickets with the officer's cache made by `kinit`. Every
//! process here (KDC, simulator, clients) is started and stopped by the test.
//! Client processes get their own Kerberos environment, so the clients run
//! as the CLI or as this test binary run again as a child.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::ffi::OsString;
use std::process::{Command, Output};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use enroll_desk::cm::{AuthMethod, Client, ClientConfig};
use enroll_desk::ids::Atr;
use enroll_desk::pin::PinOutcome;
use enroll_desk::ui::{Desk, Mode, Settings};
use support::desk::step_until;
use support::kdc::{OFFICER, Realm, SimProcess};
use uuid::Uuid;

const BIN: &str = env!("CARGO_BIN_EXE_enroll-desk");
const CHILD_ENV: &str = "ENROLL_DESK_KERBEROS_CHILD";

/// `enroll-desk ARGS` with this Kerberos environment.
fn cli(env: Vec<(&'static str, OsString)>, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("ENROLL_DESK_TOKEN")
        .env_remove("ENROLL_DESK_AUTH")
        .env("LC_ALL", "C")
        .envs(env)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// This test binary again, as a client with its own Kerberos environment.
fn child(test: &str, spec: String, env: Vec<(&'static str, OsString)>) -> String {
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", test, "--include-ignored", "--nocapture"])
        .env(CHILD_ENV, spec)
        .envs(env)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{stdout}\n{}", stderr(&output));
    stdout
}

fn requests_with_kerberos(url: &str) -> Vec<String> {
    ["requests", "--server", url, "--auth", "negotiate"]
        .map(str::to_owned)
        .to_vec()
}

fn run(realm_env: Vec<(&'static str, OsString)>, args: Vec<String>) -> Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    cli(realm_env, &args)
}

/// What `requests --auth negotiate` says when it fails, as the officer sees it.
fn listing_fails(realm: &Realm, cache: &std::path::Path, url: &str) -> String {
    let out = run(realm.client_env(cache), requests_with_kerberos(url));
    assert!(!out.status.success(), "the listing succeeded");
    assert!(out.stdout.is_empty(), "a list was shown");
    stderr(&out)
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn the_client_lists_binds_and_fetches_the_pin_with_kerberos() {
    if let Ok(url) = std::env::var(CHILD_ENV) {
        bind_as_child(&url);
        return;
    }
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let cache = realm.kinit("officer.cc", None);

    let listed = run(realm.client_env(&cache), requests_with_kerberos(&sim.url()));
    assert!(listed.status.success(), "{}", stderr(&listed));
    assert!(String::from_utf8_lossy(&listed.stdout).contains("request(s)"));

    let said = child(
        "the_client_lists_binds_and_fetches_the_pin_with_kerberos",
        sim.url(),
        realm.client_env(&cache),
    );
    assert!(
        said.contains(&format!("signed in as {OFFICER} (Kerberos)")),
        "{said}"
    );
    assert!(said.contains("PIN proposed"), "{said}");
    // One ticket per process; the bind and the PIN rode on the session cookie.
    let log = sim.log.lock().unwrap().clone();
    assert_eq!(sim.calls_ending("(Kerberos)"), 2, "{log}");
    assert!(sim.calls_ending("(session cookie)") >= 2, "{log}");
}

/// The child's part: list, bind and fetch the PIN through the library.
fn bind_as_child(url: &str) {
    let mut config = ClientConfig::new(url);
    config.auth = AuthMethod::Negotiate;
    let client = Client::new(config).unwrap();
    let request = support::ready_request(&client, true);
    let card_id = Uuid::new_v4();
    let atr: Atr = "3b8d0180fba000000397425446590301c8".parse().unwrap();
    let smartcard = client.bind_card(request.uuid, card_id, &atr).unwrap();
    let pin = client
        .server_proposed_pin(request.uuid, smartcard, card_id, &atr, &[7; 8])
        .unwrap();
    println!("signed in as {}", client.sign_in_watch().get().unwrap());
    match pin {
        PinOutcome::Proposed(_) => println!("bound {smartcard}; PIN proposed"),
        PinOutcome::CardholderChooses => println!("bound {smartcard}; cardholder chooses"),
    }
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn the_status_bar_names_who_signed_in_and_how() {
    if let Ok(url) = std::env::var(CHILD_ENV) {
        desk_as_child(&url);
        return;
    }
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let cache = realm.kinit("officer.cc", None);
    let said = child(
        "the_status_bar_names_who_signed_in_and_how",
        sim.url(),
        realm.client_env(&cache),
    );
    assert!(
        said.contains(&format!("status: Signed in as {OFFICER} (Kerberos)")),
        "{said}"
    );
    assert!(
        said.contains(&format!("audit: {OFFICER} kerberos")),
        "the audit trail names the principal: {said}"
    );
}

/// The child's part: a headless desk against the server, printing its status bar.
fn desk_as_child(url: &str) {
    let mode = Mode::Server(ClientConfig {
        auth: AuthMethod::Negotiate,
        ..ClientConfig::new(url)
    });
    let home = tempfile::tempdir().unwrap();
    let desk = Desk::with_audit_trail(Settings::default(), mode, Some(home.path().join("audit")));
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk);
    step_until(&mut h, "the requests", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
    let status = h
        .query_all(By::new().predicate(|node| {
            node.value()
                .is_some_and(|text| text.starts_with("Signed in"))
        }))
        .filter_map(|node| node.value())
        .next();
    println!("status: {}", status.unwrap_or_default());
    drop(h); // waits until the audit trail is on disk
    let trail = std::fs::read_to_string(home.path().join("audit")).unwrap();
    let refresh: serde_json::Value = serde_json::from_str(trail.lines().next().unwrap()).unwrap();
    let field = |name: &str| refresh[name].as_str().unwrap_or("(none)").to_owned();
    println!("audit: {} {}", field("signed_in_as"), field("sign_in"));
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn without_a_ticket_the_officer_is_told_to_sign_in() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let no_cache = std::env::temp_dir().join(format!("no-such-cache-{}", Uuid::new_v4()));
    let words = listing_fails(&realm, &no_cache, &sim.url());
    assert!(words.contains("you have no Kerberos ticket"), "{words}");
    assert!(words.contains("run `kinit`"), "{words}");
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn an_expired_ticket_is_named_as_such() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let cache = realm.kinit("short.cc", Some("2s"));
    std::thread::sleep(Duration::from_millis(3000));
    let words = listing_fails(&realm, &cache, &sim.url());
    assert!(
        words.contains("your Kerberos ticket has expired"),
        "{words}"
    );
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn a_server_name_the_domain_does_not_know_is_named() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let cache = realm.kinit("officer.cc", None);
    // By address, the principal would be HTTP/127.0.0.1, which is not registered.
    let by_address = format!("http://127.0.0.1:{}", sim.port);
    let words = listing_fails(&realm, &cache, &by_address);
    assert!(
        words.contains("the domain does not know the service HTTP/127.0.0.1"),
        "{words}"
    );
}

#[test]
#[ignore = "needs an MIT Kerberos KDC and faketime: run scripts/test.sh"]
fn a_skewed_clock_is_named() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let cache = realm.kinit("officer.cc", None);
    let out = Command::new("faketime")
        .args(["-f", "+1h", BIN])
        .args(requests_with_kerberos(&sim.url()))
        .envs(realm.client_env(&cache))
        .output()
        .expect("faketime runs: run scripts/test.sh");
    let words = stderr(&out);
    assert!(words.contains("clock differs too much"), "{words}");
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn a_server_with_a_stale_keytab_refuses_the_ticket() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    realm.rekey_service();
    let cache = realm.kinit("officer.cc", None);
    let words = listing_fails(&realm, &cache, &sim.url());
    assert!(
        words.contains("the server did not accept our Kerberos ticket for HTTP/localhost"),
        "{words}"
    );
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn an_unreachable_kdc_is_named() {
    let mut realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let cache = realm.kinit("officer.cc", None);
    realm.stop_kdc(); // the ticket for the server must come from the KDC
    let words = listing_fails(&realm, &cache, &sim.url());
    assert!(
        words.contains("cannot reach a Kerberos domain controller"),
        "{words}"
    );
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn schemes_the_desk_does_not_speak_are_named() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--offer-only", "NTLM,Basic"]);
    let cache = realm.kinit("officer.cc", None);
    let out = run(
        realm.client_env(&cache),
        ["requests", "--server", &sim.url()]
            .map(str::to_owned)
            .to_vec(),
    );
    let words = stderr(&out);
    assert!(
        words.contains("It offers only NTLM, Basic, which this desk does not use"),
        "{words}"
    );
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn bearer_only_sign_in_against_a_kerberos_site_points_to_kerberos() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let cache = realm.kinit("officer.cc", None);
    let url = sim.url();
    let args = [
        "requests", "--server", &url, "--auth", "bearer", "--token", "t",
    ];
    let out = cli(realm.client_env(&cache), &args);
    let words = stderr(&out);
    assert!(
        words.contains("It offers: Negotiate, NTLM. Sign in with Kerberos"),
        "{words}"
    );
}

#[test]
#[ignore = "needs an MIT Kerberos KDC: run scripts/test.sh"]
fn a_server_that_cannot_prove_itself_is_not_believed() {
    let realm = Realm::start();
    let sim = SimProcess::start(&realm, &["--impostor"]);
    let cache = realm.kinit("officer.cc", None);
    let words = listing_fails(&realm, &cache, &sim.url());
    assert!(
        words.contains("the server did not prove its identity"),
        "{words}"
    );
}
