//! The whole enrollment's own cost, and enrollment day's parallelism.
//!
//! - `enroll_ms`: one card enrolled end to end (virtual PIV card in a
//!   simulated reader, the simulator over loopback HTTP, RSA-2048 on the
//!   card), with beside it the time spent waiting on the card
//!   (`enroll_card_ms`: its commands, key generation included) and on the
//!   server (`enroll_server_ms`: each CM call, HTTP included).
//!   `enroll_overhead_pct` is the rest — the desk's own work (requests,
//!   DER, checks) — as a share of the whole: the median of the rounds' own
//!   shares. Target ≤ 5 %.
//! - `day_4_cards_ratio`: four cards started one after the other through
//!   the desk's worker, each card taking 2 s per key, against one card
//!   alone (the limit is 1.0: all four in the time of one). Target ≤ 1.3.
//!
//! Writes `target/bench/enroll.json`; run by `scripts/bench.sh`.
// Benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use enroll_desk::card::{GuidByteOrder, SimBackend, VirtualCard};
use enroll_desk::cm::{Client, RequestFilter, RequestStatus};
use enroll_desk::enroll::{EnrollOrder, Officer, Progress, enroll_card};
use enroll_desk::pin::Pin;
use enroll_desk::sim::{SimConfig, SimServer};
use enroll_desk::worker::{Command, EnrollmentUpdate, Event, Job, JobTicket, Worker};
use uuid::Uuid;

#[path = "enroll/timed.rs"]
mod timed;

const ROUNDS: usize = 15;
const KEY_TIME: Duration = Duration::from_secs(2);

struct Quiet;

impl Officer for Quiet {
    fn progress(&mut self, _progress: Progress) {}
    fn cardholder_pin(&mut self) -> Option<Pin> {
        None
    }
    fn stop_requested(&self) -> bool {
        false
    }
}

/// Approved requests of the server-PIN template (the simulator's load-test ones).
fn requests(client: &Client) -> Vec<Uuid> {
    client
        .list_requests(RequestFilter {
            status: Some(RequestStatus::Approved),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .filter(|r| r.comment.starts_with("Load-test card"))
        .map(|r| r.uuid)
        .collect()
}

fn order(request: Uuid, reader: &str) -> EnrollOrder {
    EnrollOrder {
        request,
        reader: reader.to_owned(),
        card_id: None,
        byte_order: GuidByteOrder::Microsoft,
    }
}

fn server() -> SimServer {
    SimServer::start(
        ([127, 0, 0, 1], 0).into(),
        SimConfig {
            extra_requests: 100,
            ..SimConfig::default()
        },
    )
    .expect("the simulator")
}

/// `enroll_ms` and its parts, median over the rounds.
fn one_card() -> Vec<(&'static str, f64)> {
    let server = server();
    let client = Client::new(enroll_desk::cm::ClientConfig::new(server.url())).unwrap();
    let api = timed::TimedApi::new(&client);
    let readers = SimBackend::new(Box::new(|_| {}));
    readers.add_reader("Reader");
    let readers = timed::TimedReaders::new(&readers);
    let (mut totals, mut cards, mut servers, mut shares) = (vec![], vec![], vec![], vec![]);
    for request in requests(&client).into_iter().take(ROUNDS + 1) {
        readers
            .inner
            .insert("Reader", VirtualCard::new(Some(Uuid::new_v4())))
            .unwrap();
        api.reset();
        readers.reset();
        let started = Instant::now();
        enroll_card(&api, &readers, &order(request, "Reader"), &mut Quiet).unwrap();
        let total = common::ms(started.elapsed());
        let (card, server) = (readers.waited_ms(), api.waited_ms());
        totals.push(total);
        cards.push(card);
        servers.push(server);
        shares.push(100.0 * (total - card - server).max(0.0) / total);
    }
    // The first round warms the connection and the caches.
    let skip = |v: &mut Vec<f64>| v.remove(0);
    for values in [&mut totals, &mut cards, &mut servers, &mut shares] {
        skip(values);
    }
    vec![
        ("enroll_ms", common::median(&mut totals)),
        ("enroll_card_ms", common::median(&mut cards)),
        ("enroll_server_ms", common::median(&mut servers)),
        ("enroll_overhead_pct", common::median(&mut shares)),
    ]
}

/// Wall time for `cards` cards started one after the other through the
/// worker, each key taking `KEY_TIME`.
fn day(server: &SimServer, cards: usize) -> f64 {
    let client = Client::new(enroll_desk::cm::ClientConfig::new(server.url())).unwrap();
    let wanted = requests(&client);
    let used: Vec<Uuid> = server.with_state(|s| {
        wanted
            .into_iter()
            .filter(|r| {
                s.request(*r)
                    .is_some_and(|r| r.new_smartcard_uuid.is_none())
            })
            .take(cards)
            .collect()
    });
    let mut worker = Worker::new(Arc::new(|| {}));
    let readers = Arc::new(SimBackend::new(worker.reader_sink()));
    for n in 0..cards {
        let reader = format!("Reader {n}");
        readers.add_reader(&reader);
        let card = VirtualCard::new(Some(Uuid::new_v4())).with_keygen_time(KEY_TIME);
        readers.insert(&reader, card).unwrap();
    }
    worker
        .start(Arc::new(client), readers, GuidByteOrder::Microsoft, None)
        .unwrap();
    let started = Instant::now();
    for (n, request) in used.iter().enumerate() {
        worker.send(Command::Start(JobTicket {
            job: Job::Enroll(order(*request, &format!("Reader {n}"))),
            person: format!("cardholder {n}"),
            card_id: None,
        }));
    }
    let mut finished = 0;
    while finished < cards {
        match worker.next_event(Duration::from_secs(120)) {
            Some(Event::Enrollment {
                update: EnrollmentUpdate::Finished(_),
                ..
            }) => finished += 1,
            Some(Event::Enrollment {
                update: EnrollmentUpdate::Failed(failure),
                reader,
            }) => panic!("{reader}: {failure}"),
            Some(_) => {}
            None => panic!("no enrollment ended within two minutes"),
        }
    }
    common::ms(started.elapsed())
}

fn main() {
    let mut values = one_card();
    let server = server();
    let one = day(&server, 1);
    let four = day(&server, 4);
    values.extend([
        ("day_1_card_ms", one),
        ("day_4_cards_ms", four),
        ("day_4_cards_ratio", four / one),
    ]);
    for (key, value) in &values {
        println!("{key}: {value:.2}");
    }
    common::write_part("enroll", &values);
}
