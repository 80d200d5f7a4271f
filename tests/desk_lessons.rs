//! The lessons "A cardholder forgot the PIN" and "Enrollment day", done
//! headless (egui_kittest) by a trainee against the demo's simulator, by
//! AccessKit labels: each step ticks only when the desk really did it; the
//! wrong card offered first is never unblocked, and nothing unblocked
//! leaves the step open.

// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::cm::RequestStatus;
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::training::progress::TOO_SOON;
use enroll_desk::ui::Desk;
use support::desk::{button, click_button, desk, has_label_containing, insert_card_in, step_until};
use support::training::*;
use uuid::Uuid;

const WRONG_OWNER: &str = "Card of Joanna Whitby";
const OWN_OWNER: &str = "Card of Joanna Whitlock";

/// Clicks the lesson panel's button for the `number`th card handed over
/// and waits until the desk has read it and said whose it is.
fn insert_handed_card(h: &mut Harness<'static, Desk>, number: usize, owner: &str) {
    click_in_view(h, &format!("Insert card {number}"));
    step_until(h, owner, |h| has_label_containing(h, owner));
}

fn remove_the_card(h: &mut Harness<'static, Desk>) {
    h.get_by_label("Remove card").click();
    step_until(h, "the reader to be empty", |h| {
        h.query_by_label("Remove card").is_none()
    });
}

fn request_status(h: &Harness<'static, Desk>, request: Uuid) -> RequestStatus {
    let demo = h.state().demo().unwrap();
    demo.server
        .with_state(|s| s.request(request).map(|r| r.status))
        .unwrap()
}

fn runs_started(h: &Harness<'static, Desk>) -> usize {
    (DEMO_READERS.iter())
        .filter(|reader| h.state().run(reader).is_some())
        .count()
}

#[test]
fn forgot_pin_the_wrong_card_first_then_the_own_card_unblocked() {
    let (mut h, _dir) = desk();
    start_lesson(&mut h, "A cardholder forgot the PIN");
    let setup = h.state().lesson().unwrap().setup().clone();
    assert_eq!(setup.cards.len(), 2);
    assert!(has_label_containing(
        &h,
        "Your cardholder today: Joanna Whitlock"
    ));
    assert!(
        h.query_by_label("Insert card 2").is_none(),
        "not handed yet"
    );

    // The card handed first is a colleague's: whose it is shows, and
    // nothing is open for it, so there is nothing to unblock.
    insert_handed_card(&mut h, 1, WRONG_OWNER);
    assert_eq!(current_step(&h), Some("quiz-not-their-card"));
    assert!(has_label_containing(&h, "No open request for this card"));
    assert!(button(&h, "Unblock this card…").is_none());
    click_button_in_view(&mut h, |label| label.contains("unblock it anyway"));
    assert_eq!(mistakes(&h), ["wrong-answer"]);
    assert!(h.query_by_label("Insert card 2").is_none(), "not asked for");
    click_button_in_view(&mut h, |label| label.contains("This card is not yours"));
    wait_for_step(&mut h, "forgot-own-card");

    // Their own card: whose it is, and its open Unblock request.
    remove_the_card(&mut h);
    assert!(
        h.query_by_label("Insert card 1").is_some(),
        "back on the counter"
    );
    insert_handed_card(&mut h, 2, OWN_OWNER);
    wait_for_step(&mut h, "forgot-pick-request");
    h.get_by_label("Unblock — Approved — Joanna Whitlock")
        .click();
    wait_for_step(&mut h, "forgot-unblock");

    // The wrong card back in the reader, the Unblock request selected:
    // nothing to unblock, and Enter starts nothing.
    remove_the_card(&mut h);
    insert_handed_card(&mut h, 1, WRONG_OWNER);
    assert!(
        has_label_containing(&h, &setup.request.to_string()),
        "still selected"
    );
    assert!(button(&h, "Unblock this card…").is_none());
    for _ in 0..3 {
        h.key_press(egui::Key::Enter);
        h.step();
    }
    h.run_steps(3);
    assert_eq!(runs_started(&h), 0, "nothing started");
    // Unblocking nothing: the confirmation cancelled leaves the step open.
    remove_the_card(&mut h);
    insert_handed_card(&mut h, 2, OWN_OWNER);
    click_button(&mut h, "Unblock this card…");
    step_until(&mut h, "the confirmation", |h| {
        button(h, "Unblock").is_some()
    });
    click_button(&mut h, "Cancel");
    assert_eq!(current_step(&h), Some("forgot-unblock"));
    assert_eq!(request_status(&h, setup.request), RequestStatus::Approved);

    click_button(&mut h, "Unblock this card…");
    step_until(&mut h, "the confirmation", |h| {
        button(h, "Unblock").is_some()
    });
    click_button(&mut h, "Unblock");
    step_until(&mut h, "the new PIN", |h| h.state().pin_window_open());
    let pin = (h.state().demo().unwrap().server)
        .with_state(|s| s.unblock_pin_of(setup.request).map(str::to_owned))
        .unwrap();
    assert!(support::desk::tree_holds_digits(&h, &pin), "the new PIN");
    assert_eq!(current_step(&h), Some("hand-over"));
    hand_over_after_a_pause(&mut h);
    step_until(&mut h, "the result", |h| {
        has_label_containing(h, "Lesson finished: A cardholder forgot the PIN")
    });
    assert!(has_label_containing(&h, "Steps done: 8 of 8"));
    assert_eq!(mistakes(&h), ["wrong-answer"]);
    assert_eq!(request_status(&h, setup.request), RequestStatus::Completed);
}

/// Ctrl+F, the name, Enter selects; a card in the `nth` reader; Enter,
/// and the confirmation's Enroll.
fn enroll_from_the_keyboard(
    h: &mut Harness<'static, Desk>,
    person: &str,
    request: Uuid,
    nth: usize,
) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.step();
    h.get_by_label("Search").type_text(person);
    h.step();
    h.key_press(egui::Key::Enter);
    step_until(h, "the detail panel", |h| {
        has_label_containing(h, &request.to_string())
    });
    insert_card_in(h, nth);
    enroll_by_keyboard(h);
    step_until(h, "the run to start", |h| {
        h.state().run(DEMO_READERS[nth]).is_some()
    });
}

/// Waits for a PIN window, which names one cardholder of the line (and
/// only one window is on screen), gives them time to note the PIN, and
/// confirms; returns who it named once the desk has closed it.
fn hand_over_the_front_pin(h: &mut Harness<'static, Desk>, line: &[(Uuid, String)]) -> String {
    let handed = |h: &Harness<'static, Desk>| {
        (h.state().activity().iter())
            .filter(|entry| entry.text.contains("PIN handed over for smartcard"))
            .count()
    };
    let before = handed(h);
    step_until(h, "a PIN window", |h| h.state().pin_window_open());
    let titles: Vec<&(Uuid, String)> = (line.iter())
        .filter(|(_, person)| has_label_containing(h, &format!("PIN for {person}")))
        .collect();
    assert_eq!(titles.len(), 1, "one PIN window at a time");
    let person = titles[0].1.clone();
    std::thread::sleep(TOO_SOON + Duration::from_millis(200));
    h.get_by_label("PIN handed over — close").click();
    step_until(h, "the hand-over", |h| handed(h) == before + 1);
    person
}

#[test]
fn enrollment_day_three_cards_side_by_side_and_each_pin_in_turn() {
    let (mut h, _dir) = desk();
    start_lesson(&mut h, "Enrollment day");
    let setup = h.state().lesson().unwrap().setup().clone();
    let line: Vec<(Uuid, String)> = std::iter::once((setup.request, setup.person.clone()))
        .chain(setup.queue.iter().map(|q| (q.request, q.person.clone())))
        .collect();
    assert_eq!(line.len(), 3);
    assert!(has_label_containing(
        &h,
        &format!("Then in line: {}, {}", line[1].1, line[2].1)
    ));

    enroll_from_the_keyboard(&mut h, &line[0].1, line[0].0, 0);
    assert_eq!(current_step(&h), Some("day-next-card"));
    // The lesson's cards are slow: the first still makes its key.
    enroll_from_the_keyboard(&mut h, &line[1].1, line[1].0, 1);
    assert_eq!(current_step(&h), Some("day-every-card"), "two at once");
    enroll_from_the_keyboard(&mut h, &line[2].1, line[2].0, 2);
    assert_eq!(current_step(&h), Some("day-pins-one-by-one"));

    let mut named = Vec::new();
    for handed in 1..=3 {
        named.push(hand_over_the_front_pin(&mut h, &line));
        if handed < 3 {
            assert_eq!(
                current_step(&h),
                Some("day-pins-one-by-one"),
                "{handed} of 3"
            );
        }
    }
    named.sort();
    let mut everyone: Vec<String> = line.iter().map(|(_, person)| person.clone()).collect();
    everyone.sort();
    assert_eq!(named, everyone, "each cardholder's PIN once");
    step_until(&mut h, "the result", |h| {
        has_label_containing(h, "Lesson finished: Enrollment day")
    });
    assert!(has_label_containing(&h, "Steps done: 5 of 5"));
    assert!(mistakes(&h).is_empty(), "{:?}", mistakes(&h));
    for (request, _) in &line {
        assert_eq!(request_status(&h, *request), RequestStatus::Completed);
    }
}

#[test]
fn enrollment_day_one_card_after_the_other_is_not_side_by_side() {
    let (mut h, _dir) = desk();
    start_lesson(&mut h, "Enrollment day");
    let setup = h.state().lesson().unwrap().setup().clone();
    // The keys made at once (as the trainer could set): each card is done
    // before the next starts.
    h.state()
        .simulated_cards()
        .unwrap()
        .set_lesson_keygen_time(None);
    enroll_from_the_keyboard(&mut h, &setup.person, setup.request, 0);
    hand_over_after_a_pause(&mut h);
    let next = &setup.queue[0];
    enroll_from_the_keyboard(&mut h, &next.person, next.request, 1);
    hand_over_after_a_pause(&mut h);
    assert_eq!(
        current_step(&h),
        Some("day-next-card"),
        "never two under way at once"
    );
}
