//! CPU time of one full frame of the real desk (demo mode, 8 readers,
//! 1280×800): `ctx.run_ui` plus tessellation, with 10 and with 100,000
//! requests; and the time to re-filter 100,000 requests per keystroke in the
//! search box. Each size runs in a child process of its own, because the
//! demo's size comes from the environment when the desk starts.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{median, thread_cpu_ms};
use enroll_desk::cm::{Client, ClientConfig, RequestFilter};
use enroll_desk::ui::{Desk, Mode, RequestList, Settings, Theme};

const READERS: usize = 8;
const WARM_FRAMES: usize = 60;
const FRAMES: usize = 300;
const ROUNDS: usize = 3;
const SIZE_VAR: &str = "DESK_FRAME_BENCH_REQUESTS";

fn main() {
    if let Ok(size) = std::env::var(SIZE_VAR) {
        let requests: usize = size.parse().expect("a number of requests");
        child(requests);
        return;
    }
    // Sizes interleaved, three rounds, the median of their medians: this
    // machine's load changes over a minute more than a frame differs. 1,000
    // and 100,000 both fill the screen with rows, so the two differ only in
    // the rows in memory: the target compares them (10 is a part-filled
    // table, kept for reference).
    let mut runs: [Vec<Vec<f64>>; 3] = Default::default();
    for _ in 0..ROUNDS {
        for (size, results) in [10, 1_000, 100_000].into_iter().zip(runs.iter_mut()) {
            results.push(run_child(size));
        }
    }
    let pick = |results: &[Vec<f64>], at: usize| {
        median(&mut results.iter().map(|r| r[at]).collect::<Vec<_>>())
    };
    let (frame_10, frame_1k, frame_100k) =
        (pick(&runs[0], 0), pick(&runs[1], 0), pick(&runs[2], 0));
    let search = pick(&runs[2], 1);
    println!(
        "frame: {frame_10:.3} ms with 10 requests, {frame_1k:.3} ms with 1,000, {frame_100k:.3} ms with 100,000"
    );
    println!("search: {search:.3} ms per keystroke over 100,000 requests");
    common::write_part(
        "desk_frame",
        &[
            ("frame_ms_10", frame_10),
            ("frame_ms_1k", frame_1k),
            ("frame_ms_100k", frame_100k),
            ("search_ms_100k", search),
        ],
    );
}

/// Runs this bench again for one size; its last line is "RESULT frame search".
fn run_child(requests: usize) -> Vec<f64> {
    let exe = std::env::current_exe().expect("the bench's own path");
    let output = Command::new(exe)
        .env(SIZE_VAR, requests.to_string())
        .env("ENROLL_DESK_DEMO_REQUESTS", requests.to_string())
        .env("ENROLL_DESK_DEMO_READERS", READERS.to_string())
        .output()
        .expect("could not run the bench child");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the child for {requests} requests failed: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .expect("a RESULT line from the child");
    line.split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect()
}

fn child(requests: usize) {
    let settings = Settings {
        theme: Theme::Light,
        ..Settings::default()
    };
    let mut desk = Desk::with_audit_trail(settings, Mode::Demo, None);
    let ctx = egui::Context::default();
    let mut clock = 0.0;
    let mut frame = |desk: &mut Desk| {
        clock += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            time: Some(clock),
            ..Default::default()
        };
        let start = thread_cpu_ms();
        let output = ctx.run_ui(input, |ui| desk.ui(ui));
        let meshes = ctx.tessellate(output.shapes, output.pixels_per_point);
        let spent = thread_cpu_ms() - start;
        std::hint::black_box(meshes);
        spent
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    while desk.is_loading() || desk.requests().len() < requests {
        assert!(Instant::now() < deadline, "the requests did not load");
        frame(&mut desk);
        std::thread::sleep(Duration::from_millis(5));
    }
    for _ in 0..WARM_FRAMES {
        frame(&mut desk);
    }
    let mut times: Vec<f64> = (0..FRAMES).map(|_| frame(&mut desk)).collect();
    let frame_ms = median(&mut times);
    eprintln!(
        "{requests} requests ({} shown), {READERS} readers: median frame {frame_ms:.3} ms",
        desk.requests().visible_len()
    );
    let search_ms = if requests >= 1000 { search(&desk) } else { 0.0 };
    println!("RESULT {frame_ms} {search_ms}");
}

/// Types queries into a list of the same requests, one character at a time,
/// then deletes them again; the median time of one re-filter.
fn search(desk: &Desk) -> f64 {
    let demo = desk.demo().expect("demo mode");
    let client = Client::new(ClientConfig::new(demo.server.url())).expect("a client");
    let requests = client
        .list_requests(RequestFilter::default())
        .expect("the requests");
    let mut list = RequestList::default();
    list.set_requests(requests);
    let mut times = Vec::new();
    for query in [
        "trainee 0421",
        "load-test card",
        "marta",
        "2026-11-19 1",
        "zzz",
    ] {
        let mut typed = String::new();
        let mut keystroke = |list: &mut RequestList, text: &str| {
            let start = thread_cpu_ms();
            list.set_search(text);
            times.push(thread_cpu_ms() - start);
        };
        for c in query.chars() {
            typed.push(c);
            keystroke(&mut list, &typed);
        }
        while typed.pop().is_some() {
            keystroke(&mut list, &typed);
        }
    }
    median(&mut times)
}
