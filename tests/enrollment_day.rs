//! Enrollment day: four virtual cards in four vpcd readers on the real
//! pcscd, each taking 2 s per key, enrolled side by side through the desk's
//! worker against the simulator; one card pulled during its key generation
//! leaves the other three finished. Then each card is checked with
//! yubico-piv-tool and openssl.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use enroll_desk::card::{GuidByteOrder, PcscBackend};
use enroll_desk::cm::{RequestFilter, RequestStatus, RequestType};
use enroll_desk::enroll::{EnrollFailure, EnrollOrder, EnrollStep, Enrolled};
use enroll_desk::sim::SimConfig;
use enroll_desk::worker::{Command, EnrollmentUpdate, Event, Job, JobTicket, Worker};
use support::piv_tools::{ok, piv_tool, read_certificate};
use support::processes::our_card;
use support::{PORT_0, PORT_1, PORT_2, PORT_3, Pcscd, READER_0, READER_1, READER_2, READER_3};
use support::{sim, wait_card_state};
use uuid::Uuid;

const READERS: [(&str, u16); 4] = [
    (READER_0, PORT_0),
    (READER_1, PORT_1),
    (READER_2, PORT_2),
    (READER_3, PORT_3),
];

#[test]
#[ignore = "needs pcscd with four vpcd readers and yubico-piv-tool: run scripts/test.sh"]
fn four_cards_enroll_side_by_side_and_a_pulled_one_holds_up_none() {
    let dir = tempfile::tempdir().unwrap();
    let _pcscd = Pcscd::start_with_four_readers();
    let mut cards = Vec::new();
    for (reader, port) in READERS {
        let id = Uuid::new_v4().to_string();
        cards.push(our_card(port, &["--card-id", &id, "--keygen-seconds", "2"]).0);
        wait_card_state(reader, true);
    }
    let server = sim(SimConfig::default());
    let client = support::client_for(&server.url());
    let cardholder_template =
        client.list_requests(RequestFilter::default()).unwrap()[4].profile_template_uuid;
    let requests: Vec<Uuid> = client
        .list_requests(RequestFilter {
            status: Some(RequestStatus::Approved),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .filter(|r| {
            r.is_ready_to_bind()
                && r.request_type == RequestType::Enroll
                && r.profile_template_uuid != cardholder_template
        })
        .map(|r| r.uuid)
        .take(4)
        .collect();

    let mut worker = Worker::new(Arc::new(|| {}));
    let readers = Arc::new(PcscBackend::start(worker.reader_sink()));
    worker
        .start(Arc::new(client), readers, GuidByteOrder::Microsoft, None)
        .unwrap();
    for ((reader, _), request) in READERS.iter().zip(&requests) {
        worker.send(Command::Start(JobTicket {
            job: Job::Enroll(EnrollOrder {
                request: *request,
                reader: (*reader).to_owned(),
                card_id: None,
                byte_order: GuidByteOrder::Microsoft,
            }),
            person: format!("cardholder in {reader}"),
            card_id: None,
        }));
    }

    // The card in the last reader is pulled while it generates its key.
    let mut finished: HashMap<String, Result<Box<Enrolled>, Box<EnrollFailure>>> = HashMap::new();
    let mut pulled = false;
    // Which readers are generating keys right now, and the most at once.
    let mut generating = std::collections::HashSet::new();
    let mut most_at_once = 0;
    while finished.len() < READERS.len() {
        let event = worker
            .next_event(Duration::from_secs(60))
            .expect("the enrollments report within a minute");
        let Event::Enrollment { reader, update } = event else {
            continue;
        };
        match &update {
            EnrollmentUpdate::Progress(p) if p.step == EnrollStep::Keys => {
                generating.insert(reader.clone());
            }
            _ => {
                generating.remove(&reader);
            }
        }
        most_at_once = most_at_once.max(generating.len());
        match update {
            EnrollmentUpdate::Progress(progress)
                if reader == READER_3 && progress.step == EnrollStep::Keys && !pulled =>
            {
                std::thread::sleep(Duration::from_millis(500));
                cards[3].stop();
                pulled = true;
            }
            EnrollmentUpdate::Finished(enrolled) => {
                finished.insert(reader, Ok(enrolled));
            }
            EnrollmentUpdate::Failed(failure) => {
                finished.insert(reader, Err(failure));
            }
            _ => {}
        }
    }

    let failed = finished[READER_3]
        .as_ref()
        .expect_err("the pulled card failed");
    assert_eq!(failed.step, EnrollStep::Keys, "{failed}");
    assert!(
        failed.can_try_again(),
        "running again finishes it: {failed}"
    );
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, server.with_state(|s| s.ca_certificate_pem()).unwrap()).unwrap();
    for (reader, _) in &READERS[..3] {
        let enrolled = finished[*reader]
            .as_ref()
            .unwrap_or_else(|f| panic!("{reader}: {f}"));
        assert_eq!(enrolled.status, Some(RequestStatus::Completed));
        let pin = enrolled.pin.as_ref().unwrap().expose();
        assert!(
            piv_tool(reader, &["-a", "verify-pin", "-P", pin], dir.path())
                .status
                .success(),
            "{reader}: the PIN shown opens the card"
        );
        let slot = format!("cert-{}", reader.replace(' ', "_"));
        let cert = read_certificate(reader, "9a", dir.path());
        let kept = dir.path().join(format!("{slot}.pem"));
        std::fs::rename(cert, &kept).unwrap();
        ok(
            "openssl",
            &[
                "verify",
                "-CAfile",
                ca.to_str().unwrap(),
                kept.to_str().unwrap(),
            ],
            dir.path(),
        );
    }
    // Side by side: the cards generated their keys at the same time, not
    // one after another (how much faster that is, benches/enroll.rs measures).
    assert!(
        most_at_once >= 3,
        "at most {most_at_once} cards generated keys at once"
    );
}

const CHILD_ENV: &str = "ENROLL_DESK_DAY_CHILD";

/// The desk's worker in a process of its own, started on two enrollments,
/// until it is killed.
fn desk_until_killed(spec: &str) {
    let [server, journal, first, second]: [&str; 4] =
        spec.split('|').collect::<Vec<_>>().try_into().unwrap();
    let journal = Arc::new(enroll_desk::journal::Journal::open(std::path::Path::new(journal)).0);
    let mut worker = Worker::new(Arc::new(|| {}));
    let readers = Arc::new(PcscBackend::start(worker.reader_sink()));
    let client = support::client_for(server);
    worker
        .start(
            Arc::new(client),
            readers,
            GuidByteOrder::Microsoft,
            Some(journal),
        )
        .unwrap();
    for (reader, request) in [(READER_0, first), (READER_1, second)] {
        worker.send(Command::Start(ticket(reader, request.parse().unwrap())));
    }
    loop {
        let _: Option<Event> = worker.next_event(Duration::from_secs(60));
    }
}

fn ticket(reader: &str, request: Uuid) -> JobTicket {
    JobTicket {
        job: Job::Enroll(EnrollOrder {
            request,
            reader: reader.to_owned(),
            card_id: None,
            byte_order: GuidByteOrder::Microsoft,
        }),
        person: format!("cardholder in {reader}"),
        card_id: None,
    }
}

#[test]
#[ignore = "needs pcscd, vpcd and yubico-piv-tool: run scripts/test.sh"]
fn a_desk_killed_mid_day_finishes_both_cards_when_started_again() {
    if let Ok(spec) = std::env::var(CHILD_ENV) {
        desk_until_killed(&spec);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let _pcscd = Pcscd::start();
    let _cards: Vec<_> = [PORT_0, PORT_1]
        .into_iter()
        .map(|port| {
            let id = Uuid::new_v4().to_string();
            our_card(port, &["--card-id", &id, "--keygen-seconds", "2"]).0
        })
        .collect();
    wait_card_state(READER_0, true);
    wait_card_state(READER_1, true);
    let server = sim(SimConfig::default());
    let client = support::client_for(&server.url());
    let cardholder_template =
        client.list_requests(RequestFilter::default()).unwrap()[4].profile_template_uuid;
    let requests: Vec<Uuid> = client
        .list_requests(RequestFilter::default())
        .unwrap()
        .into_iter()
        .filter(|r| {
            r.is_ready_to_bind()
                && r.request_type == RequestType::Enroll
                && r.profile_template_uuid != cardholder_template
        })
        .map(|r| r.uuid)
        .take(2)
        .collect();
    let journal_path = dir.path().join("journal.json");
    let spec = format!(
        "{}|{}|{}|{}",
        server.url(),
        journal_path.display(),
        requests[0],
        requests[1]
    );
    let mut child = support::processes::Killed(
        std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "a_desk_killed_mid_day_finishes_both_cards_when_started_again",
                "--include-ignored",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, spec)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    // Killed once both cards are generating their keys.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let (journal, _) = enroll_desk::journal::Journal::open(&journal_path);
        let entries = journal.entries();
        if entries.len() == 2 && entries.iter().all(|e| e.step == EnrollStep::Keys.name()) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "both cards reach their keys"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(500));
    child.stop(); // SIGKILL

    // Started again: the journal names both cards, which resume.
    let journal = Arc::new(enroll_desk::journal::Journal::open(&journal_path).0);
    let unfinished = journal.entries();
    assert_eq!(unfinished.len(), 2);
    let mut worker = Worker::new(Arc::new(|| {}));
    let readers = Arc::new(PcscBackend::start(worker.reader_sink()));
    worker
        .start(
            Arc::new(client),
            readers,
            GuidByteOrder::Microsoft,
            Some(journal.clone()),
        )
        .unwrap();
    for entry in &unfinished {
        assert!(entry.smartcard.is_some(), "bound before its keys");
        worker.send(Command::Start(ticket(&entry.reader, entry.request)));
    }
    let mut done = HashMap::new();
    while done.len() < 2 {
        if let Some(Event::Enrollment { reader, update }) =
            worker.next_event(Duration::from_secs(60))
        {
            match update {
                EnrollmentUpdate::Finished(enrolled) => {
                    done.insert(reader, enrolled);
                }
                EnrollmentUpdate::Failed(failure) => panic!("{reader}: {failure}"),
                _ => {}
            }
        }
    }
    assert!(
        journal.entries().is_empty(),
        "finished cards leave the journal"
    );
    let binds = server
        .calls()
        .iter()
        .filter(|c| c.eq_ignore_ascii_case("POST /CertificateManagement/api/v1.0/smartcards"))
        .count();
    assert_eq!(binds, 2, "no request bound twice");
    for (reader, enrolled) in &done {
        assert_eq!(enrolled.status, Some(RequestStatus::Completed));
        let pin = enrolled.pin.as_ref().unwrap().expose();
        assert!(
            piv_tool(reader, &["-a", "verify-pin", "-P", pin], dir.path())
                .status
                .success(),
            "{reader}: the card opens with the PIN shown, not a half-set one"
        );
    }
}
