//! `enroll-desk bind` end to end: the real pcscd with the project's virtual
//! card and vicc, and the simulated CM server over real HTTP.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
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
        .env("LC_ALL", "C")
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

/// Sends the server's authentication response to the card in `reader` on a
/// fresh connection, as the next enrollment step would: SELECT PIV, then
/// GENERAL AUTHENTICATE `7C 0A 80 08 <response>`. `reset` resets the card
/// first. Returns the status word.
fn answer_witness(reader: &str, response: &[u8], reset: bool) -> u16 {
    let ctx = pcsc::Context::establish(pcsc::Scope::User).unwrap();
    let name = std::ffi::CString::new(reader).unwrap();
    let mut card = ctx
        .connect(&name, pcsc::ShareMode::Shared, pcsc::Protocols::ANY)
        .unwrap();
    if reset {
        card.reconnect(
            pcsc::ShareMode::Shared,
            pcsc::Protocols::ANY,
            pcsc::Disposition::ResetCard,
        )
        .unwrap();
    }
    let mut buffer = [0u8; 258];
    let select = hex::decode("00a404000ba000000308000010000100").unwrap();
    let answer = card.transmit(&select, &mut buffer).unwrap();
    assert!(answer.ends_with(&[0x90, 0x00]), "SELECT PIV: {answer:02x?}");
    let mut command = vec![0x00, 0x87, 0x03, 0x9B, 0x0C, 0x7C, 0x0A, 0x80, 0x08];
    command.extend_from_slice(response);
    let answer = card.transmit(&command, &mut buffer).unwrap().to_vec();
    let _: Result<_, _> = card.disconnect(pcsc::Disposition::LeaveCard);
    u16::from_be_bytes([answer[answer.len() - 2], answer[answer.len() - 1]])
}

/// `bind --json`, then the server's authentication response for the
/// challenge the PIN call carried.
fn bind_and_get_the_response(server: &SimServer, card_id: Uuid, request: Uuid) -> Vec<u8> {
    let out = bind(server, request, READER_0, &["--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let smartcard = Uuid::parse_str(value["smartcard"].as_str().unwrap()).unwrap();
    let challenge = server
        .with_state(|s| s.last_challenge(smartcard).map(<[u8]>::to_vec))
        .expect("the PIN call carried a challenge");
    assert_eq!(challenge.len(), 8, "a 3DES admin key's witness");
    let atr = value["atr"].as_str().unwrap().parse().unwrap();
    let response = support::client_for(&server.url())
        .authentication_response(request, smartcard, card_id, &atr, &challenge, false)
        .unwrap();
    response.to_vec()
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn the_challenge_sent_is_the_admin_key_witness_and_is_still_live_after_the_pin() {
    let _pcscd = Pcscd::start();
    let card_id = Uuid::new_v4();
    let (_card, _) = our_card(PORT_0, &["--card-id", &card_id.to_string()]);
    wait_card_state(READER_0, true);
    let server = sim(SimConfig::default());
    let client = support::client_for(&server.url());

    // No reset from the witness to the PIN answer and after: the card takes
    // the response the server made for the challenge the desk sent.
    let request = support::ready_request(&client, true).uuid;
    let response = bind_and_get_the_response(&server, card_id, request);
    assert_eq!(answer_witness(READER_0, &response, false), 0x9000);

    // The same with a reset in between: the card has forgotten its witness.
    let request = support::ready_request(&client, true).uuid;
    let response = bind_and_get_the_response(&server, card_id, request);
    assert_eq!(answer_witness(READER_0, &response, true), 0x6985);
}
