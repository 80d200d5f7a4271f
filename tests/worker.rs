//! The background worker with the simulated readers and the simulated CM
//! server: commands in, events out, the UI woken for each, and reader
//! events never stuck behind a slow server.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use enroll_desk::card::{GuidByteOrder, ReaderEvent, SimBackend, VirtualCard};
use enroll_desk::cm::{ClientConfig, RequestFilter, RequestStatus, RequestType};
use enroll_desk::enroll::{EnrollOrder, EnrollStep};
use enroll_desk::sim::{Faults, SimConfig, SimServer};
use enroll_desk::worker::{Command, EnrollmentUpdate, Event, Job, JobTicket, Worker};
use support::sim;
use uuid::Uuid;

const READER: &str = "Demo Reader 1";
const WAIT: Duration = Duration::from_secs(10);

struct Desk {
    worker: Worker,
    readers: Arc<SimBackend>,
    wakes: Arc<AtomicUsize>,
}

fn desk(server: &SimServer, timeout: Duration) -> Desk {
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = wakes.clone();
    let mut worker = Worker::new(Arc::new(move || {
        counter.fetch_add(1, Ordering::SeqCst);
    }));
    let readers = Arc::new(SimBackend::new(worker.reader_sink()));
    readers.add_reader(READER);
    let mut config = ClientConfig::new(server.url());
    config.timeout = timeout;
    let client = enroll_desk::cm::Client::new(config).unwrap();
    worker
        .start(
            Arc::new(client),
            readers.clone(),
            GuidByteOrder::Microsoft,
            None,
        )
        .unwrap();
    Desk {
        worker,
        readers,
        wakes,
    }
}

fn next(desk: &Desk) -> Event {
    desk.worker.next_event(WAIT).expect("an event in time")
}

#[test]
fn an_insert_is_reported_then_the_card_id_is_read_on_the_worker() {
    let server = sim(SimConfig::default());
    let desk = desk(&server, Duration::from_secs(5));
    assert!(matches!(
        next(&desk),
        Event::Reader(ReaderEvent::ReaderAdded(_))
    ));
    let card_id = Uuid::new_v4();
    desk.readers
        .insert(READER, VirtualCard::new(Some(card_id)))
        .unwrap();
    assert!(matches!(
        next(&desk),
        Event::Reader(ReaderEvent::CardInserted { .. })
    ));
    let Event::CardRead { reader, result } = next(&desk) else {
        panic!("card read")
    };
    assert_eq!(reader, READER);
    assert_eq!(result.unwrap().card_id, Some(card_id));
    // The wake follows the send, so give the last one a moment to land.
    let deadline = std::time::Instant::now() + WAIT;
    while desk.wakes.load(Ordering::SeqCst) < 3 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(desk.wakes.load(Ordering::SeqCst), 3, "one wake per event");
}

#[test]
fn refresh_then_enroll_reports_each_step_and_the_pin() {
    let server = sim(SimConfig::default());
    let desk = desk(&server, Duration::from_secs(5));
    desk.readers
        .insert(READER, VirtualCard::new(Some(Uuid::new_v4())))
        .unwrap();
    desk.worker.send(Command::RefreshRequests(RequestFilter {
        status: Some(RequestStatus::Approved),
        ..Default::default()
    }));
    let requests = loop {
        if let Event::RequestsLoaded(result) = next(&desk) {
            break result.unwrap().requests;
        }
    };
    let request = requests
        .iter()
        .find(|r| r.is_ready_to_bind() && r.request_type == RequestType::Enroll)
        .unwrap()
        .uuid;
    let order = EnrollOrder {
        request,
        reader: READER.into(),
        card_id: None,
        byte_order: GuidByteOrder::Microsoft,
    };
    desk.worker.send(Command::Start(JobTicket {
        job: Job::Enroll(order),
        person: "Ada".to_owned(),
        card_id: None,
    }));
    let mut steps: Vec<EnrollStep> = vec![];
    let enrolled = loop {
        let Event::Enrollment { reader, update } = next(&desk) else {
            continue;
        };
        assert_eq!(reader, READER);
        match update {
            EnrollmentUpdate::Progress(progress) => {
                if steps.last() != Some(&progress.step) {
                    steps.push(progress.step);
                }
            }
            EnrollmentUpdate::Finished(enrolled) => break enrolled,
            EnrollmentUpdate::Failed(failure) => panic!("{failure}"),
            EnrollmentUpdate::AsksForPin => panic!("this template proposes the PIN"),
        }
    };
    assert_eq!(steps.first(), Some(&EnrollStep::ReadingCard));
    assert_eq!(steps.last(), Some(&EnrollStep::Completing));
    assert!(steps.contains(&EnrollStep::Keys), "{steps:?}");
    assert!(enrolled.pin.is_some(), "the server's PIN, to hand over");
}

#[test]
fn reader_events_arrive_while_a_slow_server_keeps_the_worker_busy() {
    let server = sim(SimConfig {
        faults: Faults {
            latency_ms: 2_000,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let desk = desk(&server, Duration::from_secs(10));
    assert!(matches!(
        next(&desk),
        Event::Reader(ReaderEvent::ReaderAdded(_))
    ));
    desk.worker
        .send(Command::RefreshRequests(RequestFilter::default()));
    desk.readers.insert(READER, VirtualCard::new(None)).unwrap();
    // The insert shows before the slow list comes back.
    assert!(matches!(
        next(&desk),
        Event::Reader(ReaderEvent::CardInserted { .. })
    ));
    assert!(matches!(next(&desk), Event::RequestsLoaded(Ok(_))));
    let Event::CardRead { result, .. } = next(&desk) else {
        panic!("card read after the list")
    };
    assert_eq!(result.unwrap().card_id, None);
}

#[test]
fn a_card_is_looked_up_by_its_id() {
    let server = sim(SimConfig::default());
    let desk = desk(&server, Duration::from_secs(5));
    let client = support::client_for(&server.url());
    let request = support::ready_request(&client, true).uuid;
    let (known, unknown) = (Uuid::new_v4(), Uuid::new_v4());
    let atr = enroll_desk::ids::Atr::new(enroll_desk::card::virtual_card::DEFAULT_ATR.to_vec());
    let smartcard = client.bind_card(request, known, &atr).unwrap();
    for card_id in [known, unknown] {
        desk.worker.send(Command::LookUpCard { card_id });
    }
    let mut answers = Vec::new();
    while answers.len() < 2 {
        if let Event::CardLookedUp { card_id, result } = next(&desk) {
            answers.push((card_id, result.unwrap()));
        }
    }
    assert_eq!(answers[0].0, known);
    let found: Vec<Uuid> = answers[0].1.iter().map(|card| card.uuid).collect();
    assert_eq!(found, [smartcard], "the card the server bound");
    assert_eq!(answers[1].0, unknown);
    assert!(answers[1].1.is_empty(), "a card the server does not know");
}
