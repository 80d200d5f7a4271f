//! The PIN is found nowhere after hand-over: not in the logs at the most
//! verbose level, not on stdout or stderr, not in the audit trail or the
//! settings, and not in a core dump of the desk taken after the PIN window
//! closed. The test runs itself a second time as the desk (headless, the
//! real worker, real pcscd with the project's virtual card), while the CM
//! simulator — which must know the PIN — runs in this process.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::cm::ClientConfig;
use enroll_desk::sim::SimConfig;
use enroll_desk::ui::{Desk, Mode, Settings};
use support::desk::step_until;
use support::processes::{Killed, our_card};
use support::{PORT_0, Pcscd, READER_0, sim, wait_card_state};
use uuid::Uuid;

const CHILD_ENV: &str = "ENROLL_DESK_HYGIENE_DESK";
const HANDED_OVER: &str = "handed-over";

/// The desk's side: bind the request given, hand the PIN over, say so, wait.
fn run_desk(spec: &str) {
    let (server, request, home) = {
        let mut parts = spec.split('|');
        let server = parts.next().unwrap().to_owned();
        let request: Uuid = parts.next().unwrap().parse().unwrap();
        (server, request, parts.next().unwrap().to_owned())
    };
    let _: Result<_, _> = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("trace"))
        .with_writer(std::io::stderr)
        .try_init();
    let mode = Mode::Server(ClientConfig::new(server));
    let audit = Path::new(&home).join("audit.jsonl");
    let desk = Desk::with_audit_trail(Settings::default(), mode, Some(audit));
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk);
    step_until(&mut h, "the requests and the card", |h| {
        !h.state().is_loading()
            && h.state().requests().find(request).is_some()
            && h.query_all_by_label_contains("Card id ").next().is_some()
    });
    let person = h
        .state()
        .requests()
        .find(request)
        .unwrap()
        .person()
        .into_owned();
    h.get_all_by_label(&person).next().unwrap().click();
    h.step();
    h.step();
    h.get_by_label("Bind card to this request…").click();
    step_until(&mut h, "the confirmation", |h| {
        h.query_by_label("Bind").is_some()
    });
    h.get_by_label("Bind").click();
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    h.get_by_label("PIN handed over — close").click();
    step_until(&mut h, "the PIN window to close", |h| {
        !h.state().pin_window_open()
    });
    // Let the refresh after the bind land and the frames after it run.
    step_until(&mut h, "the refresh", |h| !h.state().is_loading());
    h.run_steps(5);
    println!("{HANDED_OVER}");
    std::thread::sleep(Duration::from_secs(120));
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// Every file under `dir`, recursively.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
#[ignore = "needs pcscd, vpcd and gdb: run scripts/test.sh"]
fn the_pin_is_nowhere_after_hand_over() {
    if let Ok(spec) = std::env::var(CHILD_ENV) {
        run_desk(&spec);
        return;
    }
    let _pcscd = Pcscd::start();
    let card_id = Uuid::new_v4();
    let (_card, _) = our_card(PORT_0, &["--card-id", &card_id.to_string()]);
    wait_card_state(READER_0, true);
    let server = sim(SimConfig::default());
    let request = support::ready_request(&support::client_for(&server.url()), true).uuid;
    let home = tempfile::tempdir().unwrap();
    let spec = format!("{}|{request}|{}", server.url(), home.path().display());
    let mut desk = Killed(
        Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "the_pin_is_nowhere_after_hand_over",
                "--include-ignored",
                "--nocapture",
            ])
            .env(CHILD_ENV, spec)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("RUST_LOG", "trace")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let stderr = desk.0.stderr.take().unwrap();
    let stderr_reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _: Result<_, _> = BufReader::new(stderr).read_to_end(&mut text);
        text
    });
    let mut stdout = BufReader::new(desk.0.stdout.take().unwrap());
    let mut seen = Vec::new();
    loop {
        let mut line = String::new();
        if stdout.read_line(&mut line).unwrap() == 0 {
            let log = stderr_reader.join().unwrap();
            let log = String::from_utf8_lossy(&log);
            let start = log
                .find("panicked at")
                .unwrap_or(log.len().saturating_sub(2000));
            let tail: String = log[start..].chars().take(1500).collect();
            panic!("the desk ended before handing over: {seen:?}\n{tail}");
        }
        seen.push(line.clone());
        if line.trim() == HANDED_OVER {
            break;
        }
    }
    let smartcard = server
        .with_state(|s| s.request(request).and_then(|r| r.new_smartcard_uuid))
        .expect("the desk bound the card");
    let pin = server
        .with_state(|s| s.proposed_pin_of(smartcard).map(str::to_owned))
        .expect("the server proposed a PIN");
    assert_memory_is_clean(desk.0.id(), &home.path().join("core"), smartcard, &pin);

    desk.stop();
    let mut rest = String::new();
    let _: Result<_, _> = stdout.read_to_string(&mut rest);
    let stdout_all = seen.concat() + &rest;
    let stderr_all = stderr_reader.join().unwrap();
    let log = String::from_utf8_lossy(&stderr_all);
    assert!(
        log.contains("TRACE") && log.contains("PIN handed over for smartcard"),
        "the trace log covers the whole flow: {log}"
    );
    assert!(!stdout_all.contains(&pin), "the PIN is not on stdout");
    assert!(
        !contains(&stderr_all, pin.as_bytes()),
        "the PIN is not in the log"
    );
    let written = files(home.path());
    assert!(
        written.iter().any(|p| p.ends_with("audit.jsonl")),
        "the audit trail was written"
    );
    for file in written {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !contains(&bytes, pin.as_bytes()),
            "the PIN is in {}",
            file.display()
        );
    }
}

/// Dumps the desk's memory (gcore) and checks that neither the PIN nor its
/// grouped form is in it, while the smartcard id shows it is the desk's.
fn assert_memory_is_clean(pid: u32, core: &Path, smartcard: Uuid, pin: &str) {
    let grouped = pin
        .chars()
        .collect::<Vec<_>>()
        .chunks(if pin.len() == 6 { 3 } else { 4 })
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");

    let gcore = Command::new("gcore")
        .arg("-o")
        .arg(core)
        .arg(pid.to_string())
        .output()
        .expect("gcore runs (Debian package gdb)");
    assert!(
        gcore.status.success(),
        "gcore failed: {}",
        String::from_utf8_lossy(&gcore.stderr)
    );
    let dump = std::fs::read(format!("{}.{}", core.display(), pid)).unwrap();
    assert!(dump.len() > 1_000_000, "a real core dump");
    assert!(
        contains(&dump, smartcard.to_string().as_bytes()),
        "the dump holds the desk's memory"
    );
    std::fs::remove_file(format!("{}.{}", core.display(), pid)).unwrap();
    assert!(
        !contains(&dump, pin.as_bytes()),
        "the PIN is in the desk's memory after hand-over"
    );
    assert!(
        !contains(&dump, grouped.as_bytes()),
        "the grouped PIN is in memory after hand-over"
    );
    drop(dump);
}
