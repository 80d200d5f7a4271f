//! Driving the desk headless (egui_kittest) in demo mode by AccessKit role
//! and label, shared by the UI tests. Its simulated cards make their keys
//! at once unless a test slows them down (`slow_cards`).

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use enroll_desk::cm::RequestType;
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::sim::Faults;
use enroll_desk::ui::{Desk, Mode, Settings};
use uuid::Uuid;

pub fn settings() -> Settings {
    // Snapshots need one theme and one language whatever the machine prefers.
    Settings {
        theme: enroll_desk::ui::Theme::Light,
        language: enroll_desk::i18n::Locale::En,
        ..Settings::default()
    }
}

/// The desk in demo mode, its audit trail in a fresh directory.
pub fn desk() -> (Harness<'static, Desk>, tempfile::TempDir) {
    let (mut harness, dir) = desk_with(settings(), Mode::Demo);
    step_until(&mut harness, "the requests to load", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
    (harness, dir)
}

/// A desk started as `mode` says with these settings, once its first
/// refresh has ended, loaded or not.
pub fn desk_with(settings: Settings, mode: Mode) -> (Harness<'static, Desk>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::with_audit_trail(settings, mode, Some(dir.path().join("audit.jsonl")));
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk);
    slow_cards(&harness, Duration::ZERO);
    step_until(&mut harness, "the first refresh", |h| {
        !h.state().is_loading()
    });
    (harness, dir)
}

/// Cards inserted from now on take `time` to make each RSA key.
pub fn slow_cards(h: &Harness<'static, Desk>, time: Duration) {
    if let Some(cards) = h.state().simulated_cards() {
        cards.set_keygen_time(time);
    }
}

/// The audit trail's entries about this request, as (action, outcome).
pub fn audit_steps(dir: &tempfile::TempDir, request: Uuid) -> Vec<(String, String)> {
    let trail = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    trail
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|entry| entry["request"] == request.to_string())
        .map(|entry| {
            (
                entry["action"].as_str().unwrap().to_owned(),
                entry["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Steps frames until `done` holds; the worker is a real thread, so this
/// waits a little between frames instead of `run()` (spinners keep asking
/// for frames, which `run()` refuses). The deadline only stops a test that
/// hangs: a whole enrollment (an RSA key made on the card, certificates
/// from the simulator's CA) beside a dozen other tests on two cores can
/// take a good part of a minute.
pub fn step_until(
    h: &mut Harness<'static, Desk>,
    what: &str,
    done: impl Fn(&Harness<'static, Desk>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        h.step();
        if done(h) {
            h.step();
            return;
        }
        if Instant::now() > deadline {
            let activity: Vec<&str> = h
                .state()
                .activity()
                .iter()
                .map(|e| e.text.as_str())
                .collect();
            panic!("timed out waiting for {what}; activity: {activity:#?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Focuses the field labelled so, replaces its text, and lets the desk see it.
pub fn type_into(h: &mut Harness<'static, Desk>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.step();
    if text.is_empty() {
        h.key_press(egui::Key::Backspace);
    } else {
        h.get_by_label(label).type_text(text);
    }
    h.step();
    h.step();
}

/// The button labelled exactly so (a table cell may say the same word).
pub fn button<'h>(h: &'h Harness<'static, Desk>, label: &'h str) -> Option<egui_kittest::Node<'h>> {
    h.query_by_role_and_label(egui::accesskit::Role::Button, label)
}

/// Clicks the button labelled so and lets the desk see it. By AccessKit,
/// as a screen reader would: a line that arrives meanwhile and moves the
/// button down cannot make the click land beside it. The desk acts after
/// drawing, so the frame after shows what the click did.
pub fn click_button(h: &mut Harness<'static, Desk>, label: &str) {
    button(h, label)
        .unwrap_or_else(|| panic!("a button {label:?}"))
        .click_accesskit();
    h.step();
    h.step();
}

pub fn has_label_containing(h: &Harness<'static, Desk>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Any node whose label or value holds these digits, spaces ignored.
pub fn tree_holds_digits(h: &Harness<'static, Desk>, digits: &str) -> bool {
    let squeezed = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    h.query_all(By::new().predicate(move |node| {
        let label = node.label().map(|l| squeezed(&l)).unwrap_or_default();
        let value = node.value().map(|v| squeezed(&v)).unwrap_or_default();
        label.contains(digits) || value.contains(digits)
    }))
    .next()
    .is_some()
}

/// The `nth` Enroll request in the table whose PIN policy is as asked.
pub fn enroll_request(
    h: &Harness<'static, Desk>,
    cardholder_chooses: bool,
    nth: usize,
) -> (Uuid, String) {
    let desk = h.state();
    let demo = desk.demo().expect("demo mode");
    desk.requests()
        .visible_rows()
        .filter(|row| {
            row.request.request_type == RequestType::Enroll
                && demo
                    .server
                    .with_state(|s| s.cardholder_chooses(row.request.uuid) == cardholder_chooses)
        })
        .nth(nth)
        .map(|row| (row.request.uuid, row.person().into_owned()))
        .expect("an Enroll request with that PIN policy")
}

/// Clicks the row of `request` (its person) and waits for its detail.
pub fn click_request(h: &mut Harness<'static, Desk>, (id, person): (Uuid, &str)) {
    h.get_all_by_label(person)
        .next()
        .expect("the person's row")
        .click();
    step_until(h, "the detail panel", |h| {
        has_label_containing(h, &id.to_string())
    });
}

/// Selects the first Enroll request in the table whose PIN policy is as asked.
pub fn select_request(h: &mut Harness<'static, Desk>, cardholder_chooses: bool) -> (Uuid, String) {
    let (id, person) = enroll_request(h, cardholder_chooses, 0);
    click_request(h, (id, &person));
    (id, person)
}

/// A new card in the first demo reader.
pub fn insert_card(h: &mut Harness<'static, Desk>) {
    insert_card_in(h, 0);
}

/// A new card in the `nth` demo reader, which becomes the chosen one.
pub fn insert_card_in(h: &mut Harness<'static, Desk>, nth: usize) {
    let card = h
        .state()
        .demo()
        .expect("demo mode")
        .insert_new_card(DEMO_READERS[nth])
        .unwrap();
    // In the language the test thread (and the desk) speaks.
    let read = enroll_desk::tr!("reader-card-id", card = card.to_string());
    let asking = enroll_desk::tr!("card-looking-up");
    step_until(h, "the card to be read and looked up", |h| {
        has_label_containing(h, &read) && !has_label_containing(h, &asking)
    });
}

/// Enroll card…, then the confirmation's Enroll; returns once the run has
/// started in the chosen reader.
pub fn enroll(h: &mut Harness<'static, Desk>) {
    click_button(h, "Enroll card…");
    step_until(h, "the confirmation", |h| button(h, "Enroll").is_some());
    click_button(h, "Enroll");
    step_until(h, "the run to start", |h| {
        DEMO_READERS.iter().any(|r| h.state().run(r).is_some())
    });
}

pub fn smartcard_of(h: &Harness<'static, Desk>, request: Uuid) -> Uuid {
    h.state()
        .demo()
        .expect("demo mode")
        .server
        .with_state(|s| s.request(request).and_then(|r| r.new_smartcard_uuid))
        .expect("the request is bound")
}

pub fn demo_faults(h: &Harness<'static, Desk>, faults: Faults) {
    h.state().demo().expect("demo mode").set_faults(faults);
}

/// Selects a request with that PIN policy and inserts a card for it.
pub fn ready_to_enroll(h: &mut Harness<'static, Desk>, cardholder_chooses: bool) -> (Uuid, String) {
    let chosen = select_request(h, cardholder_chooses);
    insert_card(h);
    chosen
}

/// A request and a card ready, then Enter: the confirmation is open.
pub fn confirmation_by_keyboard(h: &mut Harness<'static, Desk>) {
    ready_to_enroll(h, false);
    h.key_press(egui::Key::Enter);
    step_until(h, "the confirmation", |h| button(h, "Enroll").is_some());
}

/// Makes every answer of the demo server take `ms`.
pub fn slow_server(h: &Harness<'static, Desk>, ms: u64) {
    demo_faults(
        h,
        Faults {
            latency_ms: ms,
            ..Faults::default()
        },
    );
}

/// Selects a request with a server PIN, inserts a card, slows the server
/// down and enrolls; returns the request once the progress shows `step`,
/// with the call still in flight.
pub fn start_slow_enrollment(h: &mut Harness<'static, Desk>, latency_ms: u64, step: &str) -> Uuid {
    let (request, _) = ready_to_enroll(h, false);
    slow_server(h, latency_ms);
    enroll(h);
    step_until(h, step, |h| has_label_containing(h, step));
    request
}

/// The run in the first demo reader is at `step`.
pub fn run_at(h: &Harness<'static, Desk>, step: enroll_desk::enroll::EnrollStep) -> bool {
    h.state()
        .run(DEMO_READERS[0])
        .and_then(|run| run.progress())
        .is_some_and(|progress| progress.step == step)
}

/// The run in the first demo reader has failed or finished.
pub fn run_ended(h: &Harness<'static, Desk>) -> bool {
    h.state()
        .run(DEMO_READERS[0])
        .is_some_and(|run| !run.is_under_way())
}

/// How many binds (`POST …/smartcards`) the demo server received.
pub fn bind_posts(h: &Harness<'static, Desk>) -> usize {
    h.state()
        .demo()
        .expect("demo mode")
        .server
        .calls()
        .iter()
        .filter(|call| call.starts_with("POST ") && call.to_lowercase().ends_with("/smartcards"))
        .count()
}

/// A run's time taken, `m:ss`: alone (the board) or after the reader's
/// name (the step list's "Demo Reader 1 · 0:03").
pub fn holds_run_clock(text: &str) -> bool {
    let clock = text.rsplit(" · ").next().unwrap_or(text);
    clock.split_once(':').is_some_and(|(minutes, seconds)| {
        !minutes.is_empty()
            && minutes.chars().all(|c| c.is_ascii_digit())
            && seconds.len() == 2
            && seconds.chars().all(|c| c.is_ascii_digit())
    })
}
