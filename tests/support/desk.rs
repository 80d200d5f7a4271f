//! Driving the desk headless (egui_kittest) in demo mode by AccessKit role
//! and label, shared by the UI tests.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
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
    step_until(&mut harness, "the first refresh", |h| {
        !h.state().is_loading()
    });
    (harness, dir)
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
/// for frames, which `run()` refuses).
pub fn step_until(
    h: &mut Harness<'static, Desk>,
    what: &str,
    done: impl Fn(&Harness<'static, Desk>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(30);
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

/// Selects the first request in the table whose PIN policy is as asked.
pub fn select_request(h: &mut Harness<'static, Desk>, cardholder_chooses: bool) -> (Uuid, String) {
    let (id, person) = {
        let desk = h.state();
        let demo = desk.demo().expect("demo mode");
        desk.requests()
            .visible_rows()
            .find(|row| {
                demo.server
                    .with_state(|s| s.cardholder_chooses(row.request.uuid) == cardholder_chooses)
            })
            .map(|row| (row.request.uuid, row.person().into_owned()))
            .expect("a request with that PIN policy")
    };
    h.get_all_by_label(&person)
        .next()
        .expect("the person's row")
        .click();
    step_until(h, "the detail panel", |h| {
        has_label_containing(h, &id.to_string())
    });
    (id, person)
}

pub fn insert_card(h: &mut Harness<'static, Desk>) {
    h.get_all_by_label("Insert card")
        .next()
        .expect("an Insert card button")
        .click();
    step_until(h, "the card to be read", |h| {
        has_label_containing(h, "Card id ")
    });
}

pub fn bind(h: &mut Harness<'static, Desk>) {
    h.get_by_label("Bind card to this request…").click();
    step_until(h, "the confirmation", |h| {
        h.query_by_label("Bind").is_some()
    });
    h.get_by_label("Bind").click();
    step_until(h, "the bind to start", |h| h.state().is_busy());
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
pub fn ready_to_bind(h: &mut Harness<'static, Desk>, cardholder_chooses: bool) -> (Uuid, String) {
    let chosen = select_request(h, cardholder_chooses);
    insert_card(h);
    chosen
}

/// A request and a card ready, then Ctrl+B: the confirmation is open.
pub fn confirmation_by_keyboard(h: &mut Harness<'static, Desk>) {
    ready_to_bind(h, false);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
    step_until(h, "the confirmation", |h| {
        h.query_by_label("Bind").is_some()
    });
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
/// down and binds; returns the request once the progress shows `step`, with
/// the call still in flight.
pub fn start_slow_bind(h: &mut Harness<'static, Desk>, latency_ms: u64, step: &str) -> Uuid {
    let (request, _) = ready_to_bind(h, false);
    slow_server(h, latency_ms);
    bind(h);
    step_until(h, step, |h| has_label_containing(h, step));
    request
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
