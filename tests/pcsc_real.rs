//! Behaviour against the real pcscd with the vpcd driver and virtual cards.
//! Needs the Debian packages pcscd, vsmartcard-vpcd and vicc; the project's
//! test script runs these ignored tests too.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::Command;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use enroll_desk::card::{
    AdminKeyAlgorithm, CardError, ChallengeChoice, ChallengeMethod, GuidByteOrder, PcscBackend,
    ReaderBackend, ReaderEvent, virtual_card::DEFAULT_ATR,
};
use enroll_desk::ids::Atr;
use support::processes::{our_card, vicc};
use support::{PORT_0, PORT_1, Pcscd, READER_0, READER_1, wait_card_state};
use uuid::Uuid;

const WAIT: Duration = Duration::from_secs(10);

fn backend() -> (PcscBackend, Receiver<ReaderEvent>) {
    let (tx, rx) = mpsc::channel();
    let backend = PcscBackend::start(Box::new(move |event| {
        let _: Result<_, _> = tx.send(event);
    }));
    (backend, rx)
}

/// Waits (bounded) for the first event matching `wanted`, skipping others.
fn wait_for(
    rx: &Receiver<ReaderEvent>,
    what: &str,
    wanted: impl Fn(&ReaderEvent) -> bool,
) -> ReaderEvent {
    let deadline = Instant::now() + WAIT;
    let mut seen = vec![];
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(event) if wanted(&event) => return event,
            Ok(event) => seen.push(event),
            Err(_) => break,
        }
    }
    panic!("no {what} within {WAIT:?}; saw {seen:?}");
}

fn inserted_in(reader: &'static str) -> impl Fn(&ReaderEvent) -> bool {
    move |e| matches!(e, ReaderEvent::CardInserted { reader: r, .. } if r == reader)
}

fn id_of(line: &str) -> Uuid {
    let word = line.split_whitespace().nth(2).unwrap_or_default();
    Uuid::parse_str(word).unwrap_or_else(|_| panic!("no GUID in {line:?}"))
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn monitor_reports_insert_with_atr_and_removal() {
    let _pcscd = Pcscd::start();
    let (_backend, rx) = backend();
    wait_for(&rx, "ReaderAdded", |e| {
        *e == ReaderEvent::ReaderAdded(READER_0.into())
    });
    let atr = "3b8c8001502e5e5b6a00000000000000bd";
    let (mut card, _) = our_card(PORT_0, &["--atr", atr]);
    let event = wait_for(&rx, "CardInserted", inserted_in(READER_0));
    let expected: Atr = atr.parse().unwrap();
    assert_eq!(
        event,
        ReaderEvent::CardInserted {
            reader: READER_0.into(),
            atr: expected
        }
    );
    card.stop();
    wait_for(&rx, "CardRemoved", |e| {
        *e == ReaderEvent::CardRemoved {
            reader: READER_0.into(),
        }
    });
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn our_card_gives_its_id_and_fresh_challenges() {
    let _pcscd = Pcscd::start();
    let id = Uuid::new_v4();
    let (_card, line) = our_card(PORT_0, &["--card-id", &id.to_string()]);
    assert_eq!(id_of(&line), id);
    wait_card_state(READER_0, true);
    let (backend, _rx) = backend();
    let info = backend
        .read_card(READER_0, GuidByteOrder::Microsoft)
        .unwrap();
    assert_eq!(info.card_id, Some(id));
    assert_eq!(info.atr.as_bytes(), DEFAULT_ATR);
    let swapped = backend.read_card(READER_0, GuidByteOrder::Rfc4122).unwrap();
    assert_eq!(swapped.card_id, Some(Uuid::from_bytes(id.to_bytes_le())));
    // A PIV card: its admin key's witness, 8 bytes for its 3DES key.
    let first = backend
        .challenge(READER_0, ChallengeChoice::default())
        .unwrap();
    let second = backend
        .challenge(READER_0, ChallengeChoice::default())
        .unwrap();
    assert_eq!(first.witness_of, Some(AdminKeyAlgorithm::Tdes));
    assert_eq!(first.bytes.len(), 8);
    assert_ne!(first, second);
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn vicc_has_no_card_id_but_answers_the_challenge() {
    let pcscd = Pcscd::start();
    let _vicc = vicc(pcscd.dir.path(), PORT_1);
    wait_card_state(READER_1, true);
    let (backend, _rx) = backend();
    let info = backend
        .read_card(READER_1, GuidByteOrder::Microsoft)
        .unwrap();
    assert_eq!(info.card_id, None);
    assert_eq!(info.atr.to_string(), "3b951381018073ff01000b");
    // No PIV application: GET CHALLENGE, unless the admin key is insisted on.
    let challenge = backend
        .challenge(READER_1, ChallengeChoice::default())
        .unwrap();
    assert_eq!((challenge.bytes.len(), challenge.witness_of), (8, None));
    let insisted = ChallengeChoice {
        method: ChallengeMethod::PivAdminKey,
        ..Default::default()
    };
    assert_eq!(
        backend.challenge(READER_1, insisted),
        Err(CardError::NoAdminKey)
    );
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn a_card_pulled_mid_operation_is_reported_without_hanging() {
    let _pcscd = Pcscd::start();
    let (_card, _) = our_card(PORT_0, &["--vanish-on-ins", "cb"]);
    wait_card_state(READER_0, true);
    let (backend, _rx) = backend();
    let started = Instant::now();
    let result = backend.read_card(READER_0, GuidByteOrder::Microsoft);
    assert_eq!(
        result,
        Err(CardError::CardRemoved),
        "after {:?}",
        started.elapsed()
    );
    assert!(started.elapsed() < WAIT);
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn monitor_survives_a_pcscd_restart() {
    let mut pcscd = Pcscd::start();
    let (_card, _) = our_card(PORT_0, &[]);
    let (backend, rx) = backend();
    wait_for(&rx, "CardInserted", inserted_in(READER_0));
    pcscd.stop();
    wait_for(&rx, "ServiceUnavailable", |e| {
        matches!(e, ReaderEvent::ServiceUnavailable { .. })
    });
    assert_eq!(backend.snapshot(), Err(CardError::NoService));
    pcscd.restart();
    wait_for(&rx, "ServiceBack", |e| *e == ReaderEvent::ServiceBack);
    // The card process reconnects to the new vpcd on its own.
    wait_for(&rx, "CardInserted again", inserted_in(READER_0));
    let snapshot = backend.snapshot().unwrap();
    assert!(
        snapshot
            .iter()
            .any(|r| r.name == READER_0 && r.card.is_some()),
        "{snapshot:?}"
    );
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn two_cards_in_two_readers_at_once() {
    let _pcscd = Pcscd::start();
    let (_a, line_a) = our_card(PORT_0, &[]);
    let (_b, line_b) = our_card(PORT_1, &[]);
    wait_card_state(READER_0, true);
    wait_card_state(READER_1, true);
    let (backend, _rx) = backend();
    let a = backend
        .read_card(READER_0, GuidByteOrder::Microsoft)
        .unwrap();
    let b = backend
        .read_card(READER_1, GuidByteOrder::Microsoft)
        .unwrap();
    assert_eq!(a.card_id, Some(id_of(&line_a)));
    assert_eq!(b.card_id, Some(id_of(&line_b)));
    assert_ne!(a.card_id, b.card_id);
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn readers_json_has_exactly_the_documented_keys() {
    let _pcscd = Pcscd::start();
    let (_card, line) = our_card(PORT_0, &[]);
    wait_card_state(READER_0, true);
    let output = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .args(["readers", "--json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let readers = value.as_array().expect("a JSON array");
    assert_eq!(readers.len(), 2, "{value}");
    for reader in readers {
        let mut keys: Vec<&str> = reader
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["atr", "card_id", "card_present", "name"]);
    }
    assert_eq!(readers[0]["name"], READER_0);
    assert_eq!(readers[0]["card_present"], true);
    assert_eq!(readers[0]["atr"], "3b8d0180fba000000397425446590301c8");
    assert_eq!(readers[0]["card_id"], id_of(&line).to_string());
    assert_eq!(readers[1]["card_present"], false);
    assert!(readers[1]["atr"].is_null() && readers[1]["card_id"].is_null());
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn without_pcscd_readers_explains_and_fails() {
    let _host = support::host_lock();
    support::assert_no_foreign_pcscd();
    let output = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .env("LC_ALL", "C")
        .arg("readers")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("pcscd") && stderr.contains("start it"),
        "{stderr}"
    );
    // The monitor says so too, once, and the backend answers NoService.
    let (backend, rx) = backend();
    wait_for(&rx, "ServiceUnavailable", |e| {
        matches!(e, ReaderEvent::ServiceUnavailable { .. })
    });
    assert_eq!(backend.snapshot(), Err(CardError::NoService));
    assert!(
        rx.recv_timeout(Duration::from_millis(500)).is_err(),
        "only one event while down"
    );
}
