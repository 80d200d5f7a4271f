//! A card bound on the server whose enrollment stopped (it was pulled
//! mid-way) is work in progress: connecting to another server asks first
//! and then says, on the desk and in the audit trail, what was given up;
//! closing the desk meanwhile is recorded with the bound request and
//! smartcard.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::sim::{Faults, SimConfig};
use enroll_desk::ui::Desk;
use support::desk::{
    demo_faults, desk, has_label_containing, run_ended, smartcard_of, start_slow_enrollment,
    step_until, type_into,
};
use uuid::Uuid;

/// Enrolls on a slow server and pulls the card during the bind: the
/// request is bound, the enrollment stopped. (request, smartcard, card id)
fn card_pulled_after_bind(h: &mut Harness<'static, Desk>) -> (Uuid, Uuid, Uuid) {
    let request = start_slow_enrollment(h, 1_500, "Bind the card to the request…");
    h.get_by_label("Remove card").click();
    step_until(h, "the run to stop", run_ended);
    demo_faults(h, Faults::default());
    assert!(has_label_containing(
        h,
        "the enrollment continues on the same card"
    ));
    let smartcard = smartcard_of(h, request);
    let serial = h
        .state()
        .demo()
        .unwrap()
        .server
        .with_state(|s| s.smartcard(smartcard).unwrap().serial_number.clone());
    let card = serial.trim_matches(['{', '}']).parse().unwrap();
    (request, smartcard, card)
}

/// The audit trail's entries, as JSON.
fn trail(dir: &tempfile::TempDir) -> Vec<serde_json::Value> {
    std::fs::read_to_string(dir.path().join("audit.jsonl"))
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn apply_server(h: &mut Harness<'static, Desk>, url: &str) {
    h.get_by_label("Settings…").click();
    step_until(h, "the settings window", |h| {
        h.query_by_label("Apply").is_some()
    });
    type_into(h, "CM server", url);
    h.get_by_label("Apply").click();
    h.run_steps(3);
}

#[test]
fn closing_the_desk_with_a_bound_unfinished_card_is_recorded() {
    let (mut h, audit) = desk();
    let (request, smartcard, _) = card_pulled_after_bind(&mut h);
    drop(h);
    let entries = trail(&audit);
    let last = entries.last().unwrap();
    assert_eq!(last["action"], "exit", "{entries:#?}");
    assert_eq!(last["request"], request.to_string());
    assert_eq!(last["smartcard"], smartcard.to_string());
    let outcome = last["outcome"].as_str().unwrap();
    assert!(
        outcome.contains("bound and unfinished") && outcome.contains("check the request"),
        "{outcome}"
    );
}

#[test]
fn another_server_is_applied_only_once_the_officer_gives_up_the_bound_card() {
    let other = support::sim(SimConfig::default());
    let (mut h, audit) = desk();
    let (_, _, card) = card_pulled_after_bind(&mut h);

    // Asked first; keeping the card keeps the desk where it was.
    apply_server(&mut h, &other.url());
    h.get_by_label("Keep the card").click();
    h.run_steps(3);
    assert!(h.state().demo().is_some(), "still on the demo server");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    h.get_by_label("Put the card back").click();
    step_until(&mut h, "the card put back", |h| {
        has_label_containing(h, &format!("Card in {}: card id {card}", DEMO_READERS[0]))
    });
    h.get_all_by_label("Try again").next().unwrap().click();
    step_until(&mut h, "the PIN of the card put back", |h| {
        h.state().pin_window_open()
    });
    h.get_by_label("PIN handed over — close").click();
    step_until(&mut h, "the PIN window to close", |h| {
        !h.state().pin_window_open()
    });
    h.get_by_label("Remove card").click();
    h.key_press(egui::Key::F5);
    step_until(&mut h, "the list without the bound request", |h| {
        !h.state().is_loading() && h.query_by_label("Remove card").is_none()
    });

    // Once more, and given up: the desk and the trail say what was dropped.
    let (request, smartcard, _) = card_pulled_after_bind(&mut h);
    let smartcard = smartcard.to_string();
    apply_server(&mut h, &other.url());
    h.get_by_label("Apply and forget the card").click();
    step_until(&mut h, "the other server's requests", |h| {
        h.state().demo().is_none() && !h.state().is_loading()
    });
    let said = h
        .state()
        .activity()
        .iter()
        .any(|entry| entry.text.contains(&smartcard) && entry.text.contains("forgot"));
    assert!(said, "{:#?}", h.state().activity());
    drop(h);
    let entries = trail(&audit);
    let dropped = entries
        .iter()
        .find(|entry| entry["action"] == "enroll_dropped")
        .unwrap_or_else(|| panic!("no enroll_dropped entry: {entries:#?}"));
    assert_eq!(dropped["request"], request.to_string());
    assert_eq!(dropped["smartcard"], smartcard);
    assert!(
        dropped["server"]
            .as_str()
            .unwrap()
            .starts_with("Demo simulator"),
        "recorded against the server the card is bound on: {dropped}"
    );
}
