//! The release desk as a process in a real window (X display from DISPLAY,
//! e.g. Xvfb started by scripts/bench.sh):
//! - startup: spawn of `enroll-desk demo` to its "first frame presented"
//!   line (`ENROLL_DESK_REPORT_FIRST_FRAME`), median of several starts;
//! - idle CPU: the demo desk's CPU time over 10 s once it has settled;
//! - memory: resident set of a desk showing 10,000 requests from a
//!   simulator in this process (so the simulator's own memory is not counted);
//!   the same less the GL driver's mappings (the desk's own memory), and
//!   the growth over a desk showing 10 requests.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{median, ms};

const STARTS: usize = 7;
const IDLE: Duration = Duration::from_secs(10);
const SETTLE: Duration = Duration::from_secs(3);
const REQUESTS: usize = 10_000;
const FEW_REQUESTS: usize = 10;
/// Mappings of the GL driver, not the desk's: Mesa's llvmpipe JIT and DRI
/// driver, which Xvfb forces, and a Vulkan loader if one is mapped.
fn is_gl_driver(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.starts_with("libLLVM") || name.ends_with("_dri.so") || name.starts_with("libvulkan")
}

struct Desk {
    child: Child,
    _home: tempfile::TempDir,
}

impl Drop for Desk {
    fn drop(&mut self) {
        let _: Result<_, _> = self.child.kill();
        let _: Result<_, _> = self.child.wait();
    }
}

fn main() {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "DISPLAY is not set: run this through scripts/bench.sh, which starts Xvfb"
    );
    let startup = startup_ms();
    let idle = idle_cpu_percent();
    let few = memory_with(FEW_REQUESTS);
    let many = memory_with(REQUESTS);
    println!(
        "startup {startup:.1} ms, idle CPU {idle:.3} %, RSS with {REQUESTS} requests {:.1} MB \
         ({:.1} MB of it the GL driver), with {FEW_REQUESTS} {:.1} MB",
        many.rss_mb, many.gl_driver_mb, few.rss_mb
    );
    common::write_part(
        "desk_process",
        &[
            ("startup_ms", startup),
            ("idle_cpu_percent", idle),
            ("rss_mb_10k", many.rss_mb),
            ("app_mb_10k", many.rss_mb - many.gl_driver_mb),
            ("rss_growth_mb_10k", many.rss_mb - few.rss_mb),
        ],
    );
}

/// Starts the desk with a fresh home (no saved settings, no audit trail of
/// earlier runs); returns it once its first frame is presented, and when.
fn start_desk(args: &[&str]) -> (Desk, Duration) {
    let home = tempfile::tempdir().expect("a temporary home");
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("ENROLL_DESK_REPORT_FIRST_FRAME", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("could not start the release desk");
    let stderr = child.stderr.take().expect("piped stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("first frame presented") {
                let _: Result<_, _> = tx.send(Instant::now());
            }
        }
    });
    let desk = Desk { child, _home: home };
    let at = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the desk never reported its first frame");
    (desk, at - start)
}

fn startup_ms() -> f64 {
    let mut times: Vec<f64> = (0..STARTS)
        .map(|_| {
            let (desk, took) = start_desk(&["demo"]);
            drop(desk);
            ms(took)
        })
        .collect();
    eprintln!("startup times (ms): {times:.1?}");
    median(&mut times)
}

fn idle_cpu_percent() -> f64 {
    let (desk, _) = start_desk(&["demo"]);
    std::thread::sleep(SETTLE);
    let pid = desk.child.id();
    let before = cpu_ns(pid);
    let start = Instant::now();
    std::thread::sleep(IDLE);
    let used = cpu_ns(pid) - before;
    used as f64 / 1e9 / start.elapsed().as_secs_f64() * 100.0
}

struct Memory {
    rss_mb: f64,
    gl_driver_mb: f64,
}

/// The desk's memory once it shows `requests` requests from a simulator.
fn memory_with(requests: usize) -> Memory {
    let server = common::simulator_with(requests);
    let (desk, _) = start_desk(&["--server", &server.url()]);
    let pid = desk.child.id();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !server
        .calls()
        .iter()
        .any(|c| c.starts_with("GET ") && c.contains("requests"))
    {
        assert!(
            Instant::now() < deadline,
            "the desk never listed the requests"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Loaded and drawn once the resident set stops moving for a second.
    let mut last = rss_kb(pid);
    loop {
        std::thread::sleep(Duration::from_secs(1));
        let now = rss_kb(pid);
        if now == last || Instant::now() > deadline {
            let gl_driver_kb = gl_driver_rss_kb(pid);
            eprintln!(
                "{requests} requests: RSS {now} kB, GL driver {gl_driver_kb} kB, the desk {} kB",
                now - gl_driver_kb
            );
            return Memory {
                rss_mb: now as f64 / 1024.0,
                gl_driver_mb: gl_driver_kb as f64 / 1024.0,
            };
        }
        last = now;
    }
}

/// The resident kB of the GL driver's mappings, from /proc/PID/smaps: each
/// mapping is a header line (address, perms, offset, dev, inode, path)
/// followed by its `Rss:` line among others.
fn gl_driver_rss_kb(pid: u32) -> u64 {
    let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).expect("the desk's smaps");
    let mut in_driver = false;
    let mut total = 0;
    for line in smaps.lines() {
        let mut words = line.split_whitespace();
        let first = words.next().unwrap_or_default();
        if first.contains('-') && !first.ends_with(':') {
            in_driver = words.nth(4).is_some_and(is_gl_driver);
        } else if in_driver && first == "Rss:" {
            total += words
                .next()
                .and_then(|kb| kb.parse::<u64>().ok())
                .expect("an Rss value in kB");
        }
    }
    total
}

/// CPU time of every thread of `pid` (schedstat: nanoseconds on a CPU).
fn cpu_ns(pid: u32) -> u64 {
    let tasks = Path::new("/proc").join(pid.to_string()).join("task");
    std::fs::read_dir(tasks)
        .expect("the desk's threads")
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|text| text.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

fn rss_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the desk's status");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/<pid>/status")
}
