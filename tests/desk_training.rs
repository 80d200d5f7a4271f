//! Each lesson of training mode driven headless from start to finish by
//! AccessKit labels only, as a trainee would: each step ticks when it
//! really happens on the desk, a wrong move leaves its step open and is
//! noted, and a finished lesson is written to the training log.

mod support;

use egui_kittest::kittest::Queryable;
use enroll_desk::enroll::EnrollStep;
use support::desk::{desk, has_label_containing, run_at, step_until, type_into};
use support::training::*;

#[test]
fn the_first_enrollment_ticks_each_step_and_notes_another_persons_bind() {
    let (mut h, dir) = desk();
    start_lesson(&mut h, "Your first enrollment");
    assert_eq!(h.state().requests().len(), 3, "the lesson's own requests");
    let (request, decoys) = lesson_requests(&h);
    assert!(has_label_containing(
        &h,
        "Now: Find the cardholder's request"
    ));

    choose(&mut h, decoys[0]);
    assert_eq!(current_step(&h), Some("choose-request"), "another person");
    choose(&mut h, request);
    assert_eq!(current_step(&h), Some("insert-card"));
    assert!(has_label_containing(
        &h,
        "Done: Find the cardholder's request"
    ));
    h.get_all_by_label("Insert card").next().unwrap().click();
    wait_for_step(&mut h, "check-confirmation");

    // The wrong move: the decoy's request enrolled. Noted, not blocked.
    choose(&mut h, decoys[0]);
    enroll_by_keyboard(&mut h);
    step_until(&mut h, "the decoy's PIN", |h| h.state().pin_window_open());
    assert_eq!(mistakes(&h), ["wrong-request"]);
    assert_eq!(
        current_step(&h),
        Some("check-confirmation"),
        "step 3 stays open"
    );
    assert!(has_label_containing(
        &h,
        "You enrolled another person's request"
    ));
    h.get_by_label("PIN handed over — close").click();
    step_until(&mut h, "the window to close", |h| {
        !h.state().pin_window_open()
    });

    // Done right: a fresh card for the right person.
    h.get_by_label("Remove card").click();
    step_until(&mut h, "the reader to be empty", |h| {
        h.query_by_label("Remove card").is_none()
    });
    h.get_all_by_label("Insert card").next().unwrap().click();
    step_until(&mut h, "the new card", |h| {
        h.query_by_label("Remove card").is_some()
    });
    choose(&mut h, request);
    enroll_by_keyboard(&mut h);
    // "Read the PIN" lasts only until the PIN shows: wait for the window.
    step_until(&mut h, "the PIN", |h| h.state().pin_window_open());
    assert_eq!(current_step(&h), Some("hand-over"));
    hand_over_after_a_pause(&mut h);
    step_until(&mut h, "the result", |h| {
        has_label_containing(h, "Lesson finished: Your first enrollment")
    });
    assert!(has_label_containing(&h, "Steps done: 6 of 6"));
    assert!(has_label_containing(&h, "One mistake noted"));

    let log = std::fs::read_to_string(dir.path().join("training.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{log}");
    assert_eq!(lines[0]["lesson"], "first-enrollment");
    assert_eq!(lines[0]["steps_done"], 6);
    assert_eq!(lines[0]["mistakes"], serde_json::json!(["wrong-request"]));
    let audit = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    assert!(
        !audit.contains("first-enrollment"),
        "never in the audit trail"
    );
    let demo = h.state().demo().unwrap();
    for smartcard in demo.server.with_state(|s| {
        [request, decoys[0]]
            .iter()
            .filter_map(|r| s.request(*r).and_then(|r| r.new_smartcard_uuid))
            .collect::<Vec<_>>()
    }) {
        let pin = demo
            .server
            .with_state(|s| s.proposed_pin_of(smartcard).map(str::to_owned))
            .unwrap();
        assert!(!log.contains(&pin), "no PIN in the training log");
    }
}

#[test]
fn a_card_without_an_id_is_enrolled_with_the_id_from_its_label() {
    let (mut h, _dir) = desk();
    start_lesson(&mut h, "A card without an id");
    let (request, _) = lesson_requests(&h);
    let label = h.state().lesson().unwrap().label().expect("a label");
    assert!(has_label_containing(&h, &format!("label reads: {label}")));
    choose(&mut h, request);
    h.get_all_by_label("Insert card without id")
        .next()
        .unwrap()
        .click();
    wait_for_step(&mut h, "type-card-id");
    type_into(&mut h, "Card id", &uuid::Uuid::new_v4().to_string());
    assert_eq!(current_step(&h), Some("type-card-id"), "not the label's id");
    type_into(&mut h, "Card id", &label.to_string());
    wait_for_step(&mut h, "enroll");
    enroll_by_keyboard(&mut h);
    hand_over_after_a_pause(&mut h);
    step_until(&mut h, "the end", |h| {
        h.state().lesson().unwrap().is_finished()
    });
    assert!(mistakes(&h).is_empty(), "{:?}", mistakes(&h));
    let bound = h
        .state()
        .demo()
        .unwrap()
        .server
        .with_state(|s| s.smartcards_for_card(label).len());
    assert_eq!(bound, 1, "the label's id was bound");
}

#[test]
fn the_server_says_no_and_the_trainee_learns_what_to_say() {
    let (mut h, _dir) = desk();
    start_lesson(&mut h, "The server says no");
    let (request, _) = lesson_requests(&h);
    choose(&mut h, request);
    h.get_all_by_label("Insert card").next().unwrap().click();
    wait_for_step(&mut h, "enroll");
    enroll_by_keyboard(&mut h);
    wait_for_step(&mut h, "quiz-forbidden");
    assert!(has_label_containing(&h, "403"), "the desk says why");
    click_in_view(&mut h, "\"Your card is broken; here is a new one.\"");
    step_until(&mut h, "the verdict", |h| {
        has_label_containing(h, "Not quite.")
    });
    assert_eq!(mistakes(&h), ["wrong-answer"]);
    assert_eq!(current_step(&h), Some("quiz-forbidden"));
    click_in_view(&mut h, "The server did not allow this enrollment yet");
    step_until(&mut h, "the end", |h| {
        h.state().lesson().unwrap().is_finished()
    });
    assert!(has_label_containing(&h, "Steps done: 5 of 5"));
}

#[test]
fn a_card_pulled_during_the_enrollment_goes_back_and_its_pin_still_comes() {
    let (mut h, _dir) = desk();
    start_lesson(&mut h, "The card is pulled after binding");
    let (request, _) = lesson_requests(&h);
    choose(&mut h, request);
    h.get_all_by_label("Insert card").next().unwrap().click();
    wait_for_step(&mut h, "enroll");
    enroll_by_keyboard(&mut h);
    step_until(&mut h, "the bind", |h| run_at(h, EnrollStep::Binding));
    assert_eq!(current_step(&h), Some("pull-during-enrollment"));
    h.get_by_label("Remove card").click();
    wait_for_step(&mut h, "put-card-back");
    assert!(has_label_containing(
        &h,
        "the enrollment continues on the same card"
    ));
    h.get_by_label("Put the card back").click();
    step_until(&mut h, "the card back", |h| {
        h.query_by_label("Remove card").is_some()
    });
    h.run_steps(3);
    h.get_all_by_label("Try again")
        .next()
        .unwrap()
        .click_accesskit();
    wait_for_step(&mut h, "hand-over");
    hand_over_after_a_pause(&mut h);
    step_until(&mut h, "the end", |h| {
        h.state().lesson().unwrap().is_finished()
    });
    assert!(mistakes(&h).is_empty(), "{:?}", mistakes(&h));
}

#[test]
fn the_cardholder_chooses_and_the_trainee_knows_what_to_tell_them() {
    let (mut h, _dir) = desk();
    start_lesson(&mut h, "The cardholder chooses the PIN");
    let (request, _) = lesson_requests(&h);
    choose(&mut h, request);
    h.get_all_by_label("Insert card").next().unwrap().click();
    wait_for_step(&mut h, "enroll");
    enroll_by_keyboard(&mut h);
    wait_for_step(&mut h, "cardholder-sets-pin");
    assert!(h.state().pin_entry_open(), "the cardholder's PIN entry");
    type_into(&mut h, "New PIN", "Kx7!pq2z");
    type_into(&mut h, "Once more", "Kx7!pq2z");
    h.get_by_label("OK").click();
    wait_for_step(&mut h, "quiz-cardholder-chooses");
    assert!(!h.state().pin_window_open(), "no PIN to hand over");
    click_in_view(&mut h, "Type a PIN of your own on this screen");
    step_until(&mut h, "the end", |h| {
        h.state().lesson().unwrap().is_finished()
    });
    assert!(mistakes(&h).is_empty(), "{:?}", mistakes(&h));
}

#[test]
fn the_server_down_lesson_shows_the_message_and_what_to_check() {
    let (mut h, _dir) = desk();
    // The lessons open from the keyboard too.
    h.key_press(egui::Key::F1);
    step_until(&mut h, "the lessons", |h| {
        h.query_by_label("Your first enrollment").is_some()
    });
    start_lesson(&mut h, "The server is down or its REST API is off");
    assert_eq!(h.state().requests().len(), 0, "nothing loaded yet");
    h.key_press(egui::Key::F5);
    wait_for_step(&mut h, "quiz-api-off");
    assert!(has_label_containing(&h, "REST API is not enabled"));
    click_in_view(&mut h, "Check the server address in the settings");
    wait_for_step(&mut h, "open-settings");
    h.get_by_label("Settings…").click();
    wait_for_step(&mut h, "refresh-again");
    step_until(&mut h, "the settings", |h| {
        h.query_by_label("Cancel").is_some()
    });
    h.get_by_label("Cancel").click();
    h.step();
    // The lesson turns the REST API back on in the background.
    step_until(&mut h, "the list to load", |h| {
        h.state().lesson().unwrap().is_finished()
            || (!h.state().is_loading() && {
                h.get_by_label("Refresh requests").click();
                false
            })
    });
    assert_eq!(h.state().requests().len(), 3);
    assert!(mistakes(&h).is_empty(), "{:?}", mistakes(&h));
}
