//! The first lesson finished in a real window under Xvfb by a trainee's
//! mouse clicks and key presses (xdotool) on the desk binary, as a trainee
//! desk of a classroom's simulator. Where to click comes from a headless
//! twin desk of the same size in the same classroom, which does each step
//! too: its lesson has the same people, so its layout is the window's.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::Stdio;
use std::time::Duration;

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

/// Clicks the real window where the twin has the widget labelled so, then
/// has the twin click it too.
fn click(screen: &Screen, twin: &mut Harness<'static, Desk>, label: &str) {
    let centre = twin
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("the twin shows {label:?}"))
        .rect()
        .center();
    screen.click_at(centre);
    twin.get_all_by_label(label).next().unwrap().click();
    twin.step();
}

fn wait_for(screen: &Screen, what: &str, done: impl Fn() -> bool) {
    screen.wait_for("training", what, done);
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
    screen.press(Some("Control_L"), "f");
    screen.type_text(PERSON);
    type_into(&mut twin, "Search", PERSON);
    click(&screen, &mut twin, PERSON);
    click(&screen, &mut twin, "Insert card");
    wait_for_step(&mut twin, "check-confirmation");
    std::thread::sleep(Duration::from_millis(500));

    // Enroll from the keyboard: Enter, then Enter on the confirmation.
    screen.press(None, "Return");
    std::thread::sleep(Duration::from_millis(500));
    screen.press(None, "Return");
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
    screen.press(None, "Return");

    let trainer = TrainingClient::new(&ClientConfig::new(sim.url())).unwrap();
    let report = || trainer.report(sim.trainer_key()).unwrap();
    wait_for(&screen, "the window's result", || {
        report().iter().any(|result| result.desk == "window-desk")
    });
    let results = report();
    let mine = results.iter().find(|r| r.desk == "window-desk").unwrap();
    assert_eq!((mine.steps_done, mine.steps_total), (6, 6), "{mine:?}");
    std::thread::sleep(Duration::from_millis(500));

    let shot = support::screen::artifact("training-result.png");
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
