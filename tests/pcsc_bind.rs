//! `enroll-desk bind` end to end: the real pcscd with the project's virtual
//! card and vicc, and the simulated CM server over real HTTP.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::{Command, Output};

use enroll_desk::sim::{SimConfig, SimServer};
use support::processes::{our_card, vicc};
use support::{PORT_0, PORT_1, Pcscd, READER_0, READER_1, sim, wait_card_state};
use uuid::Uuid;

fn ready_request(server: &SimServer) -> Uuid {
    support::ready_request(&support::client_for(&server.url()), true).uuid
}

fn bind(server: &SimServer, request: Uuid, reader: &str, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .args([
            "bind",
            "--server",
            &server.url(),
            "--request",
            &request.to_string(),
            "--reader",
            reader,
        ])
        .args(extra)
        .env_remove("ENROLL_DESK_TOKEN")
        .output()
        .unwrap()
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn bind_json_reads_the_card_binds_it_and_prints_the_pin_once() {
    let _pcscd = Pcscd::start();
    let card_id = Uuid::new_v4();
    let (_card, _) = our_card(PORT_0, &["--card-id", &card_id.to_string()]);
    wait_card_state(READER_0, true);
    let server = sim(SimConfig::default());
    let request = ready_request(&server);

    let out = bind(&server, request, READER_0, &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&out.stdout).unwrap();
    let mut keys: Vec<&str> = value.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["atr", "card_id", "pin", "request", "smartcard"]);
    assert_eq!(value["request"], request.to_string());
    assert_eq!(value["card_id"], card_id.to_string());
    assert_eq!(value["atr"], "3b8d0180fba000000397425446590301c8");
    let pin = value["pin"].as_str().unwrap();
    assert!((6..=8).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()));
    let smartcard = Uuid::parse_str(value["smartcard"].as_str().unwrap()).unwrap();
    assert_eq!(
        server.with_state(|s| s.request(request).and_then(|r| r.new_smartcard_uuid)),
        Some(smartcard)
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains(pin),
        "the PIN goes to stdout only"
    );

    // Bound now: a second bind is refused in one line, and nothing is printed.
    let again = bind(&server, request, READER_0, &[]);
    assert!(!again.status.success());
    assert!(again.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("403 Forbidden") && stderr.contains("already bound"),
        "{stderr}"
    );
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn a_card_without_a_piv_id_binds_with_a_typed_card_id() {
    let pcscd = Pcscd::start();
    let _vicc = vicc(pcscd.dir.path(), PORT_1);
    wait_card_state(READER_1, true);
    let server = sim(SimConfig::default());
    let request = ready_request(&server);

    let refused = bind(&server, request, READER_1, &[]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("type the card id in (--card-id)"));

    let typed = Uuid::new_v4();
    let out = bind(
        &server,
        request,
        READER_1,
        &["--card-id", &typed.to_string()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!(
            "Bound card {typed} to request {request} as smartcard "
        )),
        "{text}"
    );
    assert!(
        text.contains("PIN (shown once; hand it to the cardholder): "),
        "{text}"
    );
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn an_empty_reader_says_to_insert_a_card() {
    let _pcscd = Pcscd::start();
    let server = sim(SimConfig::default());
    let out = bind(&server, ready_request(&server), READER_0, &[]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("there is no card in reader 'Virtual PCD 00 00': insert the card"),
        "{stderr}"
    );
}
