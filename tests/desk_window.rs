//! The desk binary in a real window under Xvfb (Mesa's software GL): it must
//! open the desk in demo mode and draw it, checked from a screenshot; enroll
//! a card end to end from the keyboard; and, with the real pcscd and the
//! project's virtual card, show whose an enrolled card is and its open
//! Unblock request, which a click selects and Enter carries out. Where to
//! click comes from a headless twin desk of the same size and data. It runs
//! the binary cargo builds for the tests, so CI builds the dependency tree once.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use egui_kittest::kittest::Queryable;
use enroll_desk::cm::{ClientConfig, RequestStatus};
use enroll_desk::ui::Mode;
use support::desk::{desk_with, has_label_containing, settings, step_until};
use support::processes::Killed;
use support::screen::Screen;
use uuid::Uuid;

#[test]
#[ignore = "needs Xvfb and ImageMagick: run scripts/test.sh"]
fn the_desk_binary_draws_the_desk_in_a_real_window() {
    desk_in_a_real_window(&[("LC_ALL", "C")]);
}

/// A first start (no settings yet) on a Korean system is in Korean.
#[test]
#[ignore = "needs Xvfb and ImageMagick: run scripts/test.sh"]
fn a_korean_system_gets_a_korean_desk() {
    let log = desk_in_a_real_window(&[("LANG", "ko_KR.UTF-8"), ("ENROLL_DESK_LOG", "info")]);
    assert!(log.contains("the desk speaks ko"), "{log}");
}

/// Starts the desk binary in demo mode under Xvfb with `env`, waits until
/// it has drawn the desk, and returns what it wrote on stderr.
fn desk_in_a_real_window(env: &[(&str, &str)]) -> String {
    let home = tempfile::tempdir().unwrap();
    let screen = Screen::start(home.path());
    let mut desk = Killed(
        screen
            .desk_command(home.path())
            .arg("demo")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .envs(env.iter().copied())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the desk starts"),
    );
    let best = screen.wait_for_badge(home.path(), Duration::from_secs(30), || {
        desk.0.try_wait().unwrap().is_none()
    });
    if let Some(status) = desk.0.try_wait().unwrap() {
        let mut stderr = String::new();
        if let Some(mut err) = desk.0.stderr.take() {
            use std::io::Read;
            let _: Result<_, _> = err.read_to_string(&mut stderr);
        }
        panic!("the desk exited early ({status}): {stderr}");
    }
    assert!(
        best > 2_000,
        "the DEMO badge was not drawn ({best} badge pixels)"
    );
    assert!(
        desk.0.try_wait().unwrap().is_none(),
        "the desk keeps running"
    );
    let _: Result<_, _> = desk.0.kill();
    let _: Result<_, _> = desk.0.wait();
    let mut stderr = String::new();
    if let Some(mut err) = desk.0.stderr.take() {
        use std::io::Read;
        let _: Result<_, _> = err.read_to_string(&mut stderr);
    }
    stderr
}

/// The audit trail of the desk whose home is `home`, as (action, outcome)
/// pairs about `request`.
fn audited(home: &Path, request: Uuid) -> Vec<(String, String)> {
    let trail =
        std::fs::read_to_string(home.join("data/enroll-desk/audit.jsonl")).unwrap_or_default();
    trail
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| entry["request"] == request.to_string())
        .map(|entry| {
            let text = |key: &str| entry[key].as_str().unwrap_or_default().to_owned();
            (text("action"), text("outcome"))
        })
        .collect()
}

fn has_entry(home: &Path, request: Uuid, action: &str, outcome: &str) -> bool {
    audited(home, request)
        .iter()
        .any(|(a, o)| a == action && o == outcome)
}

/// The desk binary on `screen` (English), its settings and data in `home`,
/// once it has drawn itself.
fn window(screen: &Screen, home: &Path, args: &[&str]) -> Killed {
    let mut desk = Killed(
        screen
            .desk_command(home)
            .args(args)
            .args(["--lang", "en"])
            .env("LC_ALL", "C")
            .stderr(Stdio::null())
            .spawn()
            .expect("the desk starts"),
    );
    let badge = screen.wait_for_badge(home, Duration::from_secs(30), || {
        desk.0.try_wait().unwrap().is_none()
    });
    assert!(
        badge > 2_000 || args.contains(&"--server"),
        "the desk was not drawn ({badge} badge pixels)"
    );
    // A server desk has no badge to wait for: give it its first frames.
    std::thread::sleep(Duration::from_secs(2));
    desk
}

#[test]
#[ignore = "needs Xvfb, xdotool and ImageMagick: run scripts/test.sh"]
fn a_real_window_enrolls_a_card_end_to_end_from_the_keyboard() {
    let home = tempfile::tempdir().unwrap();
    let screen = Screen::start(home.path());
    let _desk = window(&screen, home.path(), &["demo"]);
    // The twin has the same demo data and layout: where "Insert card" is.
    let (twin, _twin_dir) = desk_with(settings(), Mode::Demo);
    let (request, person) = support::desk::enroll_request(&twin, false, 0);
    let insert = twin
        .get_all_by_label("Insert card")
        .next()
        .expect("the first reader's Insert card")
        .rect()
        .center();

    // Ctrl+F, the name, Enter: selected. The card in: its reader chosen.
    screen.press(Some("Control_L"), "f");
    screen.type_text(&person);
    screen.press(None, "Return");
    screen.click_at(insert);
    std::thread::sleep(Duration::from_secs(2));
    // Enter: the confirmation; Enter: enroll.
    screen.press(None, "Return");
    std::thread::sleep(Duration::from_millis(800));
    screen.press(None, "Return");
    screen.wait_for("enroll-window", "the PIN window", || {
        has_entry(home.path(), request, "pin", "PIN shown")
    });
    assert!(
        has_entry(
            home.path(),
            request,
            "enroll",
            "finished: request Completed"
        ),
        "{:?}",
        audited(home.path(), request)
    );
    assert!(screen.save_png(&support::screen::artifact("enroll-window-pin.png")));
    // The PIN window's button has the keyboard.
    std::thread::sleep(Duration::from_secs(1));
    screen.press(None, "Return");
    screen.wait_for("enroll-window", "the hand-over", || {
        has_entry(home.path(), request, "pin_closed", "handed over")
    });
}

#[test]
#[ignore = "needs pcscd, vpcd, yubico-piv-tool, Xvfb, xdotool and ImageMagick: run scripts/test.sh"]
fn a_real_window_shows_whose_card_it_is_and_unblocks_its_blocked_pin_with_one_click() {
    use support::piv_tools::piv_tool;
    use support::{PORT_0, Pcscd, READER_0, wait_card_state};
    let _pcscd = Pcscd::start();
    let (_card, _) =
        support::processes::our_card(PORT_0, &["--card-id", &Uuid::new_v4().to_string()]);
    wait_card_state(READER_0, true);
    let server = support::sim(enroll_desk::sim::SimConfig::default());
    let client = support::client_for(&server.url());
    let enrolled = support::enrollment::enroll_request(&client, true);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .env("LC_ALL", "C")
        .args(["enroll", "--server", &server.url(), "--request"])
        .arg(enrolled.uuid.to_string())
        .args(["--reader", READER_0, "--json"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let smartcard = server
        .with_state(|s| s.request(enrolled.uuid).and_then(|r| r.new_smartcard_uuid))
        .unwrap();
    // The cardholder forgot the PIN: three wrong ones block the card.
    let tools = tempfile::tempdir().unwrap();
    let verify = |pin: &str| {
        piv_tool(READER_0, &["-a", "verify-pin", "-P", pin], tools.path())
            .status
            .success()
    };
    for _ in 0..3 {
        assert!(!verify("00000000"));
    }
    let enrolled_pin = server.with_state(|s| s.proposed_pin_of(smartcard).map(str::to_owned));
    assert!(!verify(&enrolled_pin.unwrap()), "blocked");
    let unblock = server
        .with_state(|s| s.new_unblock_request(smartcard))
        .unwrap();
    let new_pin = server
        .with_state(|s| s.unblock_pin_of(unblock).map(str::to_owned))
        .unwrap();

    let home = tempfile::tempdir().unwrap();
    let screen = Screen::start(home.path());
    let _desk = window(&screen, home.path(), &["--server", &server.url()]);
    // The twin sees the same card in the same reader, against the same server.
    let (mut twin, _twin_dir) =
        desk_with(settings(), Mode::Server(ClientConfig::new(server.url())));
    let name = enrolled.data_item("DisplayName").unwrap().to_owned();
    let open = format!("Unblock — Approved — {name}");
    step_until(&mut twin, "the card's owner and open request", |h| {
        has_label_containing(h, &format!("Card of {name}"))
            && h.query_all_by_label(&open).next().is_some()
    });
    let at = twin.get_all_by_label(&open).next().unwrap().rect().center();
    assert!(screen.save_png(&support::screen::artifact("card-first-window.png")));

    // One click selects the Unblock request; Enter, Enter: unblocked.
    screen.click_at(at);
    std::thread::sleep(Duration::from_secs(1));
    screen.press(None, "Return");
    std::thread::sleep(Duration::from_millis(800));
    screen.press(None, "Return");
    screen.wait_for("card-first-window", "the Unblock request Completed", || {
        server.with_state(|s| s.request(unblock).map(|r| r.status))
            == Some(RequestStatus::Completed)
    });
    screen.wait_for("card-first-window", "the PIN window", || {
        has_entry(home.path(), unblock, "pin", "PIN shown")
    });
    std::thread::sleep(Duration::from_secs(1));
    screen.press(None, "Return");
    screen.wait_for("card-first-window", "the hand-over", || {
        has_entry(home.path(), unblock, "pin_closed", "handed over")
    });
    let steps = audited(home.path(), unblock);
    assert!(
        steps
            .iter()
            .any(|(action, outcome)| action == "unblock" && outcome == "card-puk"),
        "the unblock's steps are audited: {steps:?}"
    );
    // A tool others wrote opens the card with the PIN the desk read out.
    assert!(verify(&new_pin), "the new PIN opens the unblocked card");
}
