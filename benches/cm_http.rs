//! Our CM client against curl, on the local simulator, in the same run.
//!
//! - list: `GET requests` with 10,000 requests; ours includes parsing the
//!   JSON into `Request`s, curl only fetches the body to /dev/null. The
//!   simulator writes the list in pieces as it serializes it, and ours reads
//!   each piece as it arrives.
//! - bind + PIN: `POST smartcards` then `GET smartcards/{id}/serverproposedpin`.
//!   Our client closes the connection after a PIN (so its buffers, which
//!   held the PIN, are freed and wiped) and connects again for the next
//!   bind; curl is told to do the same (`Connection: close` on its PIN call).
//!
//! Both sides are warm: one client (ours) or one curl process (many URLs,
//! `--next`) keeps one keep-alive connection, and each round is timed on
//! its own (curl: the sum of its transfers' `time_total`); the first round of
//! each is a warm-up and not counted. The list's rounds take turns, ours then
//! curl's (a curl process per round, timing its second, warm transfer). curl cannot feed the smartcard id of
//! its POST into the next URL, so its PIN call reads a smartcard bound just
//! before (by us, untimed): the server does the same work either way.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;
use std::sync::{Arc, mpsc};
use std::time::Instant;

use common::{median, ms};
use enroll_desk::cm::{
    Client, ClientConfig, Request, RequestFilter, RequestStatus, read_list_body,
};
use enroll_desk::ids::Atr;
use enroll_desk::sim::SimServer;
use uuid::Uuid;

const LIST_SIZE: usize = 10_000;
const LIST_ROUNDS: usize = 41;
const BIND_ROUNDS: usize = 40;
const ATR: [u8; 11] = [
    0x3B, 0x95, 0x13, 0x81, 0x01, 0x80, 0x73, 0xFF, 0x01, 0x00, 0x0B,
];
/// Our client asks for JSON on every call; so does curl.
const ACCEPT: &str = "Accept: application/json";
const CHALLENGE: &str = "AAECAwQFBgc="; // 8 bytes, base64

fn main() {
    // For reference: the simulator, our client and curl on the same two
    // CPUs, placed by the scheduler; a list's reader then often waits for
    // the CPU its writer is on.
    let (shared_ours, shared_curl) = {
        let (_server, client, api) = simulator_and_client();
        let (ours, curl, _) = list(&client, &api, None);
        (ours, curl)
    };
    println!("list {LIST_SIZE}, CPUs shared: ours {shared_ours:.2} ms, curl {shared_curl:.2} ms");
    // As at a desk, where the server is another machine: the simulator's
    // threads are kept on CPU 0, the client under test (ours, then curl, a
    // child of this thread) on CPU 1.
    let apart = common::run_on_cpus([0]);
    let (_server, client, api) = simulator_and_client();
    if !(apart && common::run_on_cpus([1])) {
        common::run_on_cpus(0..common::online_cpus());
        eprintln!("the simulator and the client could not be kept on CPUs of their own");
    }

    let pace = Pace::start(&client, 0);
    let (list_ours, list_curl, client_pace) = list(&client, &api, Some(&pace));
    println!(
        "list {LIST_SIZE}: ours {list_ours:.2} ms, curl {list_curl:.2} ms; \
         the client's CPU took {client_pace:.2}x the simulator's time for the same work"
    );
    let approved: Vec<Uuid> = client
        .list_requests(RequestFilter {
            status: Some(RequestStatus::Approved),
            ..RequestFilter::default()
        })
        .expect("the approved requests")
        .into_iter()
        .filter(|r| r.new_smartcard_uuid.is_none())
        .map(|r| r.uuid)
        .collect();
    assert!(
        approved.len() >= 4 * BIND_ROUNDS,
        "too few approved requests"
    );
    let (bind_ours, bind_curl) = bind_pin(&client, &api, &approved);
    println!("bind + PIN: ours {bind_ours:.2} ms, curl {bind_curl:.2} ms");
    common::write_part(
        "cm_http",
        &[
            ("list_10k_ms", list_ours),
            ("list_10k_ms_curl", list_curl),
            ("list_10k_ratio", list_ours / list_curl),
            ("list_10k_client_cpu_pace", client_pace),
            ("list_10k_ms_cpus_shared", shared_ours),
            ("list_10k_ms_curl_cpus_shared", shared_curl),
            ("list_10k_ratio_cpus_shared", shared_ours / shared_curl),
            ("bind_pin_ms", bind_ours),
            ("bind_pin_ms_curl", bind_curl),
            ("bind_pin_ratio", bind_ours / bind_curl),
        ],
    );
}

/// A simulator holding `LIST_SIZE` requests (its threads start where the
/// calling thread may run), a client of it, and its API's base URL.
fn simulator_and_client() -> (SimServer, Client, String) {
    let server = common::simulator_with(LIST_SIZE);
    let client = Client::new(ClientConfig::new(server.url())).expect("a client");
    let api = format!("{}/CertificateManagement/api/v1.0", server.url());
    (server, client, api)
}

/// The medians of our rounds and curl's, and (given a `pace`) the median
/// of the client CPU's pace against the simulator's over the rounds.
fn list(client: &Client, api: &str, pace: Option<&Pace>) -> (f64, f64, f64) {
    let url = format!("{api}/requests");
    // Ours and curl's rounds take turns, so a busy moment of the machine
    // falls on both rather than on one side's block of rounds. Each curl
    // round fetches twice on one connection and counts the second, warm one.
    let mut curl_args: Vec<String> = vec!["-sS".into(), "-H".into(), ACCEPT.into()];
    for _ in 0..2 {
        curl_args.extend(["-o", "/dev/null", "-w", "%{time_total}\\n"].map(String::from));
        curl_args.push(url.clone());
    }
    let mut ours = vec![];
    let mut theirs = vec![];
    // Where our rounds' wall time went, from the scheduler's own account of
    // this thread (the client reads and parses on the calling thread).
    let mut on_cpu = vec![];
    let mut runnable = vec![];
    let mut paces = vec![];
    for round in 0..=LIST_ROUNDS {
        let round_pace = pace.map(Pace::measure);
        let sched = thread_schedstat();
        let start = Instant::now();
        let requests: Vec<Request> = client
            .list_requests(RequestFilter::default())
            .expect("the list");
        let spent = ms(start.elapsed());
        let sched_after = thread_schedstat();
        assert_eq!(requests.len(), LIST_SIZE);
        drop(requests);
        let curl_spent = curl(&curl_args, 1);
        if round > 0 {
            ours.push(spent);
            theirs.extend(curl_spent);
            paces.extend(round_pace);
            if let (Some(before), Some(after)) = (sched, sched_after) {
                on_cpu.push((after.0 - before.0) as f64 / 1e6);
                runnable.push((after.1 - before.1) as f64 / 1e6);
            }
        }
    }
    eprintln!(
        "list, ours per round (ms): wall {:.1?}\n  on a CPU {:.1?}\n  runnable, waiting for a CPU {:.1?}\n  curl {:.1?}",
        ours, on_cpu, runnable, theirs
    );
    if !paces.is_empty() {
        eprintln!("  the client CPU's pace against the simulator's {paces:.2?}");
        // For the reader of a miss: the rounds in which both CPUs ran at
        // about one speed, apart from the rest (not a figure written out).
        let (mut even, mut uneven) = (vec![], vec![]);
        for ((&ours, &curl), &pace) in ours.iter().zip(&theirs).zip(&paces) {
            let side = if (0.87..=1.15).contains(&pace) {
                &mut even
            } else {
                &mut uneven
            };
            side.push(ours / curl);
        }
        for (which, ratios) in [
            ("at one speed", &mut even),
            ("at different speeds", &mut uneven),
        ] {
            if !ratios.is_empty() {
                eprintln!(
                    "  rounds with the CPUs {which}: {}, median ours/curl {:.3}",
                    ratios.len(),
                    median(ratios)
                );
            }
        }
    }
    // Where our time goes: the same body fetched and then parsed, apart.
    let http = reqwest::blocking::Client::new();
    let mut fetch = vec![];
    let mut parse = vec![];
    for _ in 0..5 {
        let start = Instant::now();
        let body = http
            .get(&url)
            .send()
            .and_then(|r| r.bytes())
            .expect("the body");
        fetch.push(ms(start.elapsed()));
        let start = Instant::now();
        let parsed = read_list_body(&body).expect("requests");
        parse.push(ms(start.elapsed()));
        assert_eq!(parsed.requests.len(), LIST_SIZE);
    }
    eprintln!(
        "list: plain reqwest fetch {:.1} ms, parse alone {:.1} ms ({} bytes)",
        median(&mut fetch),
        median(&mut parse),
        http.get(&url)
            .send()
            .and_then(|r| r.bytes())
            .map_or(0, |b| b.len())
    );
    let client_pace = if paces.is_empty() {
        f64::NAN
    } else {
        median(&mut paces)
    };
    (median(&mut ours), median(&mut theirs), client_pace)
}

/// How fast the client's CPU runs against the simulator's: the same work
/// (reading a 500-request list) timed on each, between rounds. This VM's
/// CPUs change speed on their own, up to twofold, for seconds at a time;
/// the list's ratio is only comparable between runs with this beside it.
struct Pace {
    sample: Arc<Vec<u8>>,
    ask: mpsc::Sender<()>,
    answers: mpsc::Receiver<f64>,
}

impl Pace {
    /// A helper thread on the simulator's CPU, with a sample list from `client`.
    fn start(client: &Client, simulator_cpu: usize) -> Pace {
        let requests = client
            .list_requests(RequestFilter::default())
            .expect("the list");
        let sample = Arc::new(serde_json::to_vec(&requests[..500]).expect("a sample list"));
        let (ask, asked) = mpsc::channel::<()>();
        let (answer, answers) = mpsc::channel();
        let theirs = Arc::clone(&sample);
        std::thread::spawn(move || {
            common::run_on_cpus([simulator_cpu]);
            while asked.recv().is_ok() {
                if answer.send(work_ms(&theirs)).is_err() {
                    break;
                }
            }
        });
        Pace {
            sample,
            ask,
            answers,
        }
    }

    /// This CPU's time for the work over the simulator CPU's.
    fn measure(&self) -> f64 {
        self.ask.send(()).expect("the pace thread");
        let theirs = self.answers.recv().expect("the pace thread");
        work_ms(&self.sample) / theirs
    }
}

/// The median of three timed reads of a list body.
fn work_ms(body: &[u8]) -> f64 {
    let mut times: Vec<f64> = (0..3)
        .map(|_| {
            let start = Instant::now();
            let listing = read_list_body(body).expect("the sample list");
            let spent = ms(start.elapsed());
            drop(listing);
            spent
        })
        .collect();
    median(&mut times)
}

fn bind_pin(client: &Client, api: &str, approved: &[Uuid]) -> (f64, f64) {
    let atr = Atr::new(ATR.to_vec());
    let challenge = [0u8, 1, 2, 3, 4, 5, 6, 7];
    let mut requests = approved.iter().copied();
    let mut next = || requests.next().expect("an unbound request");
    let mut ours: Vec<f64> = (0..=BIND_ROUNDS)
        .map(|_| {
            let (request, card_id) = (next(), Uuid::new_v4());
            let start = Instant::now();
            let smartcard = client.bind_card(request, card_id, &atr).expect("bind");
            let pin = client
                .server_proposed_pin(request, smartcard, card_id, &atr, &challenge)
                .expect("the PIN");
            let spent = ms(start.elapsed());
            drop(pin);
            spent
        })
        .skip(1)
        .collect();
    // Smartcards for curl's PIN calls, bound beforehand.
    let bound: Vec<(Uuid, Uuid)> = (0..=BIND_ROUNDS)
        .map(|_| {
            let card_id = Uuid::new_v4();
            let smartcard = client.bind_card(next(), card_id, &atr).expect("bind");
            (smartcard, card_id)
        })
        .collect();
    let mut args: Vec<String> = vec!["-sS".into()];
    for (round, (smartcard, card_id)) in bound.iter().enumerate() {
        if round > 0 {
            args.push("--next".into());
        }
        args.extend(["-H", ACCEPT].map(String::from));
        let body = format!(
            r#"{{"requestid":"{}","cardid":"{}","atr":"{}"}}"#,
            next(),
            Uuid::new_v4(),
            atr.to_hex()
        );
        args.extend(
            [
                "-o",
                "/dev/null",
                "-w",
                "%{time_total}\\n",
                "-H",
                "Content-Type: application/json",
                "--data-binary",
                &body,
                &format!("{api}/smartcards"),
                "--next",
                "-H",
                ACCEPT,
                "-H",
                "Connection: close",
                "-o",
                "/dev/null",
                "-w",
                "%{time_total}\\n",
                &format!(
                    "{api}/smartcards/{smartcard}/serverproposedpin?atr={}&cardid={card_id}&challenge={}",
                    atr.to_hex(),
                    CHALLENGE.replace('=', "%3D")
                ),
            ]
            .map(String::from),
        );
    }
    let transfers = curl(&args, 0);
    let mut theirs: Vec<f64> = transfers
        .chunks_exact(2)
        .map(|pair| pair[0] + pair[1])
        .skip(1)
        .collect();
    (median(&mut ours), median(&mut theirs))
}

/// This thread's time on a CPU and time runnable but waiting for one, in
/// nanoseconds (`/proc/thread-self/schedstat`; none where there is no such file).
fn thread_schedstat() -> Option<(u64, u64)> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let mut fields = text.split_whitespace().map(|f| f.parse::<u64>().ok());
    Some((fields.next()??, fields.next()??))
}

/// Runs curl; each line it writes is one transfer's `time_total`, returned
/// in milliseconds without the first `skip`.
fn curl(args: &[String], skip: usize) -> Vec<f64> {
    let output = Command::new("curl")
        .args(args)
        .output()
        .expect("could not run curl");
    assert!(
        output.status.success(),
        "curl failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .skip(skip)
        .map(|line| line.trim().parse::<f64>().expect("a time_total") * 1000.0)
        .collect()
}
