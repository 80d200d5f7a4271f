//! What every benchmark shares: medians, the thread's CPU clock, and writing
//! its part of `target/bench/results.json` (merged by `scripts/bench.sh`).
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)] // each bench uses its own subset

use std::path::PathBuf;
use std::time::Duration;

pub fn median(values: &mut [f64]) -> f64 {
    assert!(!values.is_empty(), "a median of nothing");
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// CPU time of the calling thread, in milliseconds.
#[cfg(unix)]
pub fn thread_cpu_ms() -> f64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we own.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    now.tv_sec as f64 * 1000.0 + now.tv_nsec as f64 / 1e6
}

/// The benches are measured on Linux; elsewhere they build (so they do not
/// rot) and refuse to report a number they cannot measure.
#[cfg(not(unix))]
pub fn thread_cpu_ms() -> f64 {
    panic!("the benchmarks measure thread CPU time with clock_gettime: run them on Linux")
}

/// `target/bench` of the checkout cargo runs the bench in (read when it
/// runs, so a bench binary built from another checkout still writes here).
pub fn out_dir() -> PathBuf {
    let root = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    let dir = root.join("target").join("bench");
    std::fs::create_dir_all(&dir).expect("could not create target/bench");
    dir
}

/// Writes `target/bench/<part>.json`: the keys this bench measured.
pub fn write_part(part: &str, values: &[(&str, f64)]) {
    let object: serde_json::Map<String, serde_json::Value> = values
        .iter()
        .map(|(key, value)| ((*key).to_owned(), round(*value).into()))
        .collect();
    let path = out_dir().join(format!("{part}.json"));
    let text = serde_json::to_string_pretty(&object).expect("numbers serialise");
    std::fs::write(&path, text + "\n").expect("could not write the bench result");
    println!("wrote {}", path.display());
}

/// Three decimals are more than any of these measurements can resolve.
fn round(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// Keeps the calling thread (and every thread or process it starts from now
/// on, which inherit it) on `cpus`. `false` where that cannot be done: a CPU
/// the machine does not have, or not Linux.
#[cfg(target_os = "linux")]
pub fn run_on_cpus(cpus: impl IntoIterator<Item = usize>) -> bool {
    let online = online_cpus();
    // SAFETY: cpu_set_t is plain data; CPU_SET writes within it (every cpu
    // is below the CPU count, far under CPU_SETSIZE), and sched_setaffinity
    // only reads it. Pid 0 is the calling thread.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        for cpu in cpus {
            if cpu >= online {
                return false;
            }
            libc::CPU_SET(cpu, &mut set);
        }
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) == 0
    }
}

#[cfg(not(target_os = "linux"))]
pub fn run_on_cpus(_cpus: impl IntoIterator<Item = usize>) -> bool {
    false
}

/// The machine's online CPUs (not those this thread may use, which
/// `available_parallelism` gives once a thread is kept on one).
#[cfg(target_os = "linux")]
pub fn online_cpus() -> usize {
    // SAFETY: sysconf only reads the system's configuration.
    let online = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    usize::try_from(online).unwrap_or(1)
}

#[cfg(not(target_os = "linux"))]
pub fn online_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// The simulator on a loopback port with exactly `requests` requests.
pub fn simulator_with(requests: usize) -> enroll_desk::sim::SimServer {
    let server = enroll_desk::sim::SimServer::start(
        ([127, 0, 0, 1], 0).into(),
        enroll_desk::sim::SimConfig {
            extra_requests: requests,
            ..enroll_desk::sim::SimConfig::default()
        },
    )
    .expect("the simulator");
    server.with_state(|state| state.keep_first_requests(requests));
    server
}
