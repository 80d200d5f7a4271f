//! The PIN is found nowhere after hand-over: not in the logs at the most
//! verbose level, not on stdout or stderr, not in the audit trail, the
//! journal or the settings, and not in a core dump of the desk taken after
//! the PIN window closed. Two whole enrollments: one whose PIN the server
//! proposes and the officer hands over, one whose PIN the cardholder types
//! into the desk's PIN entry. The test runs itself a second time as the
//! desk (headless, the real worker, real pcscd with two of the project's
//! virtual cards), while the CM simulator — which must know the PIN — runs
//! in this process; the typed PIN reaches the desk on its stdin, so no copy
//! of it is in the desk's program or environment.
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
use egui_kittest::kittest::{NodeT, Queryable};
use enroll_desk::cm::{ClientConfig, RequestStatus};
use enroll_desk::sim::SimConfig;
use enroll_desk::ui::{Desk, Mode, RunState, Settings};
use support::desk::{click_button, step_until, type_into};
use support::processes::{Killed, our_card};
use support::{PORT_0, PORT_1, Pcscd, READER_0, READER_1, sim, wait_card_state};
use uuid::Uuid;

const CHILD_ENV: &str = "ENROLL_DESK_HYGIENE_DESK";
const HANDED_OVER: &str = "handed-over";

/// The desk's side: enroll both requests given, hand the PIN over, let the
/// cardholder type theirs (read from stdin), say so, wait.
fn run_desk(spec: &str) {
    let (server, proposed, chosen, home) = {
        let mut parts = spec.split('|');
        let server = parts.next().unwrap().to_owned();
        let proposed: Uuid = parts.next().unwrap().parse().unwrap();
        let chosen: Uuid = parts.next().unwrap().parse().unwrap();
        (server, proposed, chosen, parts.next().unwrap().to_owned())
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
    step_until(&mut h, "the requests and both cards", |h| {
        !h.state().is_loading()
            && h.state().requests().find(proposed).is_some()
            && h.query_all_by_label_contains("Card id ").count() == 2
    });

    enroll_in(&mut h, READER_0, proposed);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    click_button(&mut h, "PIN handed over — close");
    step_until(&mut h, "the PIN window to close", |h| {
        !h.state().pin_window_open()
    });
    // The list the finished card's refresh brings moves the rows: choose
    // the next request once it has come.
    step_until(&mut h, "the refresh after the first card", |h| {
        !h.state().is_loading()
    });
    h.run_steps(2);

    enroll_in(&mut h, READER_1, chosen);
    step_until(&mut h, "the cardholder's PIN entry", |h| {
        h.state().pin_entry_open()
    });
    {
        // Larger than stdin's own buffer, so the read bypasses it and the
        // only copy is this zeroizing one.
        let mut typed = zeroize::Zeroizing::new(vec![0u8; 64 * 1024]);
        let length = std::io::stdin().read(&mut typed).unwrap();
        let pin = std::str::from_utf8(&typed[..length]).unwrap().trim_end();
        type_into(&mut h, "New PIN", pin);
        type_into(&mut h, "Once more", pin);
    }
    click_button(&mut h, "OK");
    step_until(&mut h, "the second card to finish", |h| {
        h.state()
            .run(READER_1)
            .is_some_and(|run| matches!(run.state, RunState::Finished))
    });
    // Let the refreshes after the enrollments land and the frames after them run.
    step_until(&mut h, "the refresh", |h| !h.state().is_loading());
    h.run_steps(5);
    println!("{HANDED_OVER}");
    std::thread::sleep(Duration::from_secs(120));
}

/// Chooses `reader`, selects `request` and enrolls the card there.
fn enroll_in(h: &mut Harness<'static, Desk>, reader: &str, request: Uuid) {
    h.get_by_label(reader).click();
    let person = h
        .state()
        .requests()
        .find(request)
        .unwrap()
        .person()
        .into_owned();
    h.get_all_by_label(&person).next().unwrap().click();
    step_until(h, "the request and its card", |h| {
        support::desk::button(h, "Enroll card…").is_some_and(|b| !b.accesskit_node().is_disabled())
    });
    click_button(h, "Enroll card…");
    step_until(h, "the confirmation", |h| {
        support::desk::button(h, "Enroll").is_some()
    });
    click_button(h, "Enroll");
}

/// The desk as a child process (this test, run as `run_desk`), and how it
/// goes: its stdout once it said the PINs were handed over, the lines so
/// far, and its stderr as it comes. The cardholder's PIN goes to its stdin.
fn desk_handing_over(
    spec: &str,
    home: &Path,
    typed: &str,
) -> (
    Killed,
    BufReader<std::process::ChildStdout>,
    Vec<String>,
    std::thread::JoinHandle<Vec<u8>>,
) {
    let mut desk = Killed(
        Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "the_pin_is_nowhere_after_hand_over",
                "--include-ignored",
                "--nocapture",
            ])
            .env(CHILD_ENV, spec)
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("RUST_LOG", "trace")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    {
        use std::io::Write;
        let mut stdin = desk.0.stdin.take().unwrap();
        writeln!(stdin, "{typed}").unwrap();
    }
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
            return (desk, stdout, seen, stderr_reader);
        }
    }
}

/// The desk wrote its audit trail, and no file under `home` holds a PIN.
fn assert_files_are_clean(home: &Path, pins: &[&str]) {
    let written = files(home);
    assert!(
        written.iter().any(|p| p.ends_with("audit.jsonl")),
        "the audit trail was written"
    );
    for file in written {
        let bytes = std::fs::read(&file).unwrap();
        for pin in pins {
            assert!(
                !contains(&bytes, pin.as_bytes()),
                "a PIN is in {}",
                file.display()
            );
        }
    }
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
    let cards: Vec<_> = [PORT_0, PORT_1]
        .into_iter()
        .map(|port| our_card(port, &["--card-id", &Uuid::new_v4().to_string()]).0)
        .collect();
    wait_card_state(READER_0, true);
    wait_card_state(READER_1, true);
    let server = sim(SimConfig::default());
    let client = support::client_for(&server.url());
    let proposed = support::enrollment::enroll_request(&client, true).uuid;
    let chosen = support::enrollment::enroll_request(&client, false).uuid;
    // Digits no other test or log line uses.
    let typed = format!("{:08}", fastrand::u32(10_000_000..100_000_000));
    let home = tempfile::tempdir().unwrap();
    let spec = format!(
        "{}|{proposed}|{chosen}|{}",
        server.url(),
        home.path().display()
    );
    let (mut desk, mut stdout, seen, stderr_reader) = desk_handing_over(&spec, home.path(), &typed);
    let smartcard = server
        .with_state(|s| s.request(proposed).and_then(|r| r.new_smartcard_uuid))
        .expect("the desk bound the card");
    let pin = server
        .with_state(|s| s.proposed_pin_of(smartcard).map(str::to_owned))
        .expect("the server proposed a PIN");
    let completed =
        server.with_state(|s| [proposed, chosen].map(|r| s.request(r).map(|r| r.status)));
    assert_eq!(
        completed,
        [Some(RequestStatus::Completed); 2],
        "both cards were enrolled to the end"
    );
    assert_memory_is_clean(
        desk.0.id(),
        &home.path().join("core"),
        smartcard,
        &[&pin, &typed],
    );

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
    for secret in [&pin, &typed] {
        assert!(!stdout_all.contains(secret.as_str()), "a PIN is on stdout");
        assert!(
            !contains(&stderr_all, secret.as_bytes()),
            "a PIN is in the log"
        );
    }
    assert_files_are_clean(home.path(), &[&pin, &typed]);
    drop(cards);
}

/// The PIN as the PIN window groups it for reading aloud.
fn grouped(pin: &str) -> String {
    pin.chars()
        .collect::<Vec<_>>()
        .chunks(if pin.len() == 6 { 3 } else { 4 })
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Dumps the desk's memory (gcore) and checks that none of the PINs, nor
/// their grouped forms, is in it, while the smartcard id shows it is the
/// desk's.
fn assert_memory_is_clean(pid: u32, core: &Path, smartcard: Uuid, pins: &[&str]) {
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
    for pin in pins {
        assert!(
            !contains(&dump, pin.as_bytes()),
            "a PIN is in the desk's memory after hand-over"
        );
        assert!(
            !contains(&dump, grouped(pin).as_bytes()),
            "a grouped PIN is in memory after hand-over"
        );
    }
    drop(dump);
}
