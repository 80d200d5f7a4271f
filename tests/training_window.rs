//! The first lesson finished in a real window under Xvfb by a trainee's
//! mouse clicks and key presses (xdotool) on the desk binary, as a trainee
//! desk of a classroom's simulator. Where to click comes from a headless
//! twin desk of the same size in the same classroom, which does each step
//! too: its lesson has the same people, so its layout is the window's.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::cm::ClientConfig;
use enroll_desk::sim::{SimConfig, SimServer};
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::progress::TOO_SOON;
use enroll_desk::training::trainee::TraineeDesk;
use enroll_desk::ui::{Desk, Mode};
use support::desk::{desk_with, settings, step_until, type_into};
use support::processes::Killed;
use support::screen::Screen;
use support::training::{enroll_by_keyboard, hand_over_after_a_pause, wait_for_step};

const PERSON: &str = "Marta Eklund";

fn xdo(screen: &Screen, args: &[&str]) {
    let status = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", &screen.display)
        .status()
        .expect("xdotool runs");
    assert!(status.success(), "xdotool {args:?}");
}

/// No window manager gives the desk's window the keyboard: give it ourselves.
fn give_keyboard(screen: &Screen) {
    let found = Command::new("xdotool")
        .args(["search", "--sync", "--name", "enroll-desk"])
        .env("DISPLAY", &screen.display)
        .output()
        .expect("xdotool runs");
    let found = String::from_utf8(found.stdout).unwrap();
    let window = found.lines().next().expect("the desk's window");
    xdo(screen, &["windowfocus", "--sync", window]);
}

/// A key press the desk sees whole: under Xvfb without a window manager a
/// modifier pressed and released in the same instant as its key is lost.
fn press(screen: &Screen, modifier: Option<&str>, key: &str) {
    give_keyboard(screen);
    let pause = || std::thread::sleep(Duration::from_millis(150));
    if let Some(modifier) = modifier {
        xdo(screen, &["keydown", modifier]);
        pause();
    }
    xdo(screen, &["key", key]);
    pause();
    if let Some(modifier) = modifier {
        xdo(screen, &["keyup", modifier]);
        pause();
    }
}

/// Clicks the real window where the twin has the widget labelled so, then
/// has the twin click it too.
fn click(screen: &Screen, twin: &mut Harness<'static, Desk>, label: &str) {
    let centre = twin
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("the twin shows {label:?}"))
        .rect()
        .center();
    let (x, y) = (centre.x.round().to_string(), centre.y.round().to_string());
    xdo(screen, &["mousemove", "--sync", &x, &y]);
    xdo(screen, &["click", "1"]);
    twin.get_all_by_label(label).next().unwrap().click();
    twin.step();
}

/// Waits until `done` holds for the real desk, seen from the simulator; on
/// a timeout the screen is kept as `training-timeout.png` beside the result.
fn wait_for(screen: &Screen, what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        if Instant::now() > deadline {
            screen.save_png(&artifact("training-timeout.png"));
            panic!("timed out waiting for {what}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Where the screenshots are kept (a CI artifact).
fn artifact(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

#[test]
#[ignore = "needs Xvfb, xdotool and ImageMagick: run scripts/test.sh"]
fn a_trainee_finishes_the_first_lesson_in_a_real_window() {
    let classroom = SimConfig {
        classroom: true,
        ..SimConfig::default()
    };
    let sim = SimServer::start(([127, 0, 0, 1], 0).into(), classroom).unwrap();
    let home = tempfile::tempdir().unwrap();
    let screen = Screen::start(home.path());
    let mut desk = Killed(
        screen
            .desk_command(home.path())
            .args(["--classroom", &sim.url(), "--lang", "en"])
            .env("ENROLL_DESK_TRAINEE", "window-desk")
            .stderr(Stdio::null())
            .spawn()
            .expect("the desk starts"),
    );
    let badge = screen.wait_for_badge(home.path(), Duration::from_secs(30), || {
        desk.0.try_wait().unwrap().is_none()
    });
    assert!(
        badge > 1_000,
        "the CLASSROOM badge was not drawn ({badge} px)"
    );

    let twin_config = ClientConfig {
        trainee_desk: Some(TraineeDesk::new("twin-desk")),
        ..ClientConfig::new(sim.url())
    };
    let (mut twin, _twin_dir) = desk_with(settings(), Mode::Classroom(twin_config));
    // The real desk's lesson requests, as the simulator holds them (no
    // one else can ask as that desk: it holds its own key).
    let listed = || {
        sim.with_state(|state| {
            (state.desk_named("window-desk"))
                .and_then(|desk| state.desk_requests(desk, None, false))
                .map_or(0, |requests| requests.len())
        })
    };

    click(&screen, &mut twin, "Your first enrollment");
    step_until(&mut twin, "the twin's lesson", |h| {
        h.state().lesson().is_some() && !h.state().is_loading()
    });
    wait_for(&screen, "the window's lesson", || listed() == 3);
    std::thread::sleep(Duration::from_millis(500));

    // Search for the person by keyboard, then click their row.
    press(&screen, Some("Control_L"), "f");
    give_keyboard(&screen);
    xdo(&screen, &["type", "--delay", "40", PERSON]);
    std::thread::sleep(Duration::from_millis(300));
    type_into(&mut twin, "Search", PERSON);
    click(&screen, &mut twin, PERSON);
    click(&screen, &mut twin, "Insert card");
    wait_for_step(&mut twin, "check-confirmation");
    std::thread::sleep(Duration::from_millis(500));

    // Enroll from the keyboard: Enter, then Enter on the confirmation.
    press(&screen, None, "Return");
    std::thread::sleep(Duration::from_millis(500));
    press(&screen, None, "Return");
    enroll_by_keyboard(&mut twin);
    let bound = || {
        sim.calls()
            .iter()
            .filter(|call| {
                call.starts_with("POST ") && call.to_lowercase().ends_with("/smartcards")
            })
            .count()
    };
    wait_for(&screen, "both binds", || bound() == 2);
    hand_over_after_a_pause(&mut twin);
    // The window's card makes its key as slowly as a demo card does: its
    // PIN window opens once its request is Completed too.
    let completed = || {
        sim.calls()
            .iter()
            .filter(|call| call.starts_with("PUT ") && call.to_lowercase().contains("/requests/"))
            .count()
    };
    wait_for(&screen, "both requests Completed", || completed() == 2);
    std::thread::sleep(TOO_SOON + Duration::from_millis(500));
    // The PIN window's default button has the keyboard.
    press(&screen, None, "Return");

    let trainer = TrainingClient::new(&ClientConfig::new(sim.url())).unwrap();
    let report = || trainer.report(sim.trainer_key()).unwrap();
    wait_for(&screen, "the window's result", || {
        report().iter().any(|result| result.desk == "window-desk")
    });
    let results = report();
    let mine = results.iter().find(|r| r.desk == "window-desk").unwrap();
    assert_eq!((mine.steps_done, mine.steps_total), (6, 6), "{mine:?}");
    std::thread::sleep(Duration::from_millis(500));

    let shot = artifact("training-result.png");
    assert!(screen.save_png(&shot), "a screenshot of the result");
    let pixels = screen.screenshot(home.path()).unwrap();
    let distinct: std::collections::HashSet<&[u8]> = pixels.chunks(3).collect();
    assert!(distinct.len() > 50, "the result screen is not blank");
    let log = std::fs::read_to_string(home.path().join("data/enroll-desk/training.jsonl"))
        .expect("the training log beside the audit trail");
    assert!(log.contains("\"first-enrollment\""), "{log}");
    assert!(
        desk.0.try_wait().unwrap().is_none(),
        "the desk keeps running"
    );
}
