//! Enrollment day: four virtual cards in four vpcd readers on the real
//! pcscd, each taking 2 s per key, enrolled side by side through the desk's
//! worker against the simulator; one card pulled during its key generation
//! leaves the other three finished. A desk killed with two enrollments
//! under way finishes both when started again. Each card is then checked
//! with yubico-piv-tool and openssl.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use enroll_desk::card::{GuidByteOrder, PcscBackend};
use enroll_desk::cm::{RequestFilter, RequestStatus, RequestType};
use enroll_desk::enroll::{EnrollFailure, EnrollOrder, EnrollStep, Enrolled};
use enroll_desk::journal::Journal;
use enroll_desk::sim::{SimConfig, SimServer};
use enroll_desk::worker::{Command, EnrollmentUpdate, Event, Job, JobTicket, Worker};
use support::piv_tools::{ok, piv_tool, read_certificate};
use support::processes::{Killed, our_card};
use support::{PORT_0, PORT_1, PORT_2, PORT_3, Pcscd, READER_0, READER_1, READER_2, READER_3};
use support::{sim, wait_card_state};
use uuid::Uuid;

const READERS: [(&str, u16); 4] = [
    (READER_0, PORT_0),
    (READER_1, PORT_1),
    (READER_2, PORT_2),
    (READER_3, PORT_3),
];
const CHILD_ENV: &str = "ENROLL_DESK_DAY_CHILD";

type Outcome = Result<Box<Enrolled>, Box<EnrollFailure>>;

/// A virtual card taking 2 s per key in each reader, all inserted.
fn slow_cards(readers: &[(&str, u16)]) -> Vec<Killed> {
    let cards = readers
        .iter()
        .map(|(_, port)| {
            let id = Uuid::new_v4().to_string();
            our_card(*port, &["--card-id", &id, "--keygen-seconds", "2"]).0
        })
        .collect();
    for (reader, _) in readers {
        wait_card_state(reader, true);
    }
    cards
}

/// `count` approved Enroll requests whose PIN the server proposes.
fn enroll_requests(server: &SimServer, count: usize) -> Vec<Uuid> {
    let client = support::client_for(&server.url());
    let all = client.list_requests(RequestFilter::default()).unwrap();
    let cardholder_template = all[4].profile_template_uuid;
    all.into_iter()
        .filter(|r| {
            r.is_ready_to_bind()
                && r.request_type == RequestType::Enroll
                && r.status == RequestStatus::Approved
                && r.profile_template_uuid != cardholder_template
        })
        .map(|r| r.uuid)
        .take(count)
        .collect()
}

/// The desk's worker on the real readers, journaling when given one.
fn worker(server: &SimServer, journal: Option<Arc<Journal>>) -> Worker {
    let mut worker = Worker::new(Arc::new(|| {}));
    let readers = Arc::new(PcscBackend::start(worker.reader_sink()));
    let client = support::client_for(&server.url());
    worker
        .start(Arc::new(client), readers, GuidByteOrder::Microsoft, journal)
        .unwrap();
    worker
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

/// How each reader's enrollment ended; `watch` sees every update first.
fn outcomes(
    worker: &Worker,
    count: usize,
    mut watch: impl FnMut(&str, &EnrollmentUpdate),
) -> HashMap<String, Outcome> {
    let mut ended = HashMap::new();
    while ended.len() < count {
        let event = worker
            .next_event(Duration::from_secs(60))
            .expect("the enrollments report within a minute");
        let Event::Enrollment { reader, update } = event else {
            continue;
        };
        watch(&reader, &update);
        match update {
            EnrollmentUpdate::Finished(enrolled) => {
                ended.insert(reader, Ok(enrolled));
            }
            EnrollmentUpdate::Failed(failure) => {
                ended.insert(reader, Err(failure));
            }
            _ => {}
        }
    }
    ended
}

/// The card in `reader` opens with the PIN shown; its certificate chains to
/// the simulator's CA (when `ca` is given).
fn check_card(reader: &str, enrolled: &Enrolled, ca: Option<&Path>, dir: &Path) {
    assert_eq!(enrolled.status, Some(RequestStatus::Completed));
    let pin = enrolled.pin.as_ref().unwrap().expose();
    assert!(
        piv_tool(reader, &["-a", "verify-pin", "-P", pin], dir)
            .status
            .success(),
        "{reader}: the card opens with the PIN shown (not a half-set one)"
    );
    if let Some(ca) = ca {
        let kept = dir.join(format!("cert-{}.pem", reader.replace(' ', "_")));
        std::fs::rename(read_certificate(reader, "9a", dir), &kept).unwrap();
        let (ca, kept) = (ca.to_str().unwrap(), kept.to_str().unwrap());
        ok("openssl", &["verify", "-CAfile", ca, kept], dir);
    }
}

#[test]
#[ignore = "needs pcscd with four vpcd readers and yubico-piv-tool: run scripts/test.sh"]
fn four_cards_enroll_side_by_side_and_a_pulled_one_holds_up_none() {
    let dir = tempfile::tempdir().unwrap();
    let _pcscd = Pcscd::start_with_four_readers();
    let mut cards = slow_cards(&READERS);
    let server = sim(SimConfig::default());
    let requests = enroll_requests(&server, 4);
    let worker = worker(&server, None);
    for ((reader, _), request) in READERS.iter().zip(&requests) {
        worker.send(Command::Start(ticket(reader, *request)));
    }
    // The last reader's card is pulled while it generates its key; which
    // readers generate keys at once is counted as they go.
    let (mut generating, mut most_at_once, mut pulled) = (HashSet::new(), 0, false);
    let ended = outcomes(&worker, READERS.len(), |reader, update| {
        match update {
            EnrollmentUpdate::Progress(p) if p.step == EnrollStep::Keys => {
                generating.insert(reader.to_owned());
                if reader == READER_3 && !pulled {
                    std::thread::sleep(Duration::from_millis(500));
                    cards[3].stop();
                    pulled = true;
                }
            }
            _ => {
                generating.remove(reader);
            }
        }
        most_at_once = most_at_once.max(generating.len());
    });

    let failed = ended[READER_3]
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
        let enrolled = ended[*reader]
            .as_ref()
            .unwrap_or_else(|f| panic!("{reader}: {f}"));
        check_card(reader, enrolled, Some(&ca), dir.path());
    }
    // Side by side: the cards generated their keys at the same time, not
    // one after another (how much faster that is, benches/enroll.rs measures).
    assert!(
        most_at_once >= 3,
        "at most {most_at_once} cards generated keys at once"
    );
}

/// The desk's worker in a process of its own, started on two enrollments,
/// until it is killed.
fn desk_until_killed(spec: &str) {
    let [server, journal, first, second]: [&str; 4] =
        spec.split('|').collect::<Vec<_>>().try_into().unwrap();
    let journal = Arc::new(Journal::open(Path::new(journal)).0);
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

/// Starts `desk_until_killed` as a child process on two enrollments.
fn desk_process(server: &SimServer, journal: &Path, requests: &[Uuid]) -> Killed {
    let spec = format!(
        "{}|{}|{}|{}",
        server.url(),
        journal.display(),
        requests[0],
        requests[1]
    );
    let test = "a_desk_killed_mid_day_finishes_both_cards_when_started_again";
    Killed(
        std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", test, "--include-ignored", "--test-threads=1"])
            .env(CHILD_ENV, spec)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    )
}

/// Waits until the journal shows both enrollments generating their keys.
fn wait_until_both_generate(journal: &Path) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let entries = Journal::open(journal).0.entries();
        if entries.len() == 2 && entries.iter().all(|e| e.step == EnrollStep::Keys.name()) {
            return;
        }
        assert!(Instant::now() < deadline, "both cards reach their keys");
        std::thread::sleep(Duration::from_millis(50));
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
    let _cards = slow_cards(&READERS[..2]);
    let server = sim(SimConfig::default());
    let requests = enroll_requests(&server, 2);
    let journal_path = dir.path().join("journal.json");
    let mut desk = desk_process(&server, &journal_path, &requests);
    wait_until_both_generate(&journal_path);
    std::thread::sleep(Duration::from_millis(500));
    desk.stop(); // SIGKILL

    // Started again: the journal names both cards, which resume.
    let journal = Arc::new(Journal::open(&journal_path).0);
    let unfinished = journal.entries();
    assert_eq!(unfinished.len(), 2);
    let worker = worker(&server, Some(journal.clone()));
    for entry in &unfinished {
        assert!(entry.smartcard.is_some(), "bound before its keys");
        worker.send(Command::Start(ticket(&entry.reader, entry.request)));
    }
    let ended = outcomes(&worker, 2, |_, _| {});
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
    for (reader, outcome) in &ended {
        let enrolled = outcome.as_ref().unwrap_or_else(|f| panic!("{reader}: {f}"));
        check_card(reader, enrolled, None, dir.path());
    }
}
