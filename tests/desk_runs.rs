//! Enrollment day at the desk, headless (egui_kittest) in demo mode: runs
//! side by side in several readers, their PINs one window at a time, the
//! cardholder's own PIN entry, giving up a request that cannot be
//! enrolled, resuming what an earlier desk left unfinished, and a desk
//! that repaints only while something moves.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::card::{ReaderBackend, piv};
use enroll_desk::cm::RequestStatus;
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::enroll::FACTORY_PIN;
use enroll_desk::journal::{JobKind, Journal, JournalEntry};
use enroll_desk::sim::Faults;
use enroll_desk::ui::{Desk, RunState};
use support::desk::{
    button, click_button, click_request, demo_faults, desk, desk_with, enroll, enroll_request,
    has_label_containing, insert_card_in, slow_cards, step_until, type_into,
};
use uuid::Uuid;

/// Selects the `nth` server-PIN Enroll request, puts a new card in the
/// `reader`th demo reader and enrolls it; returns the person.
fn start_in(h: &mut Harness<'static, Desk>, nth: usize, reader: usize) -> String {
    let (request, person) = enroll_request(h, false, nth);
    click_request(h, (request, &person));
    insert_card_in(h, reader);
    enroll(h);
    person
}

fn finished(h: &Harness<'static, Desk>, reader: usize) -> bool {
    h.state()
        .run(DEMO_READERS[reader])
        .is_some_and(|run| matches!(run.state, RunState::Finished))
}

#[test]
fn the_next_cardholder_starts_while_a_card_makes_its_keys_and_pins_come_one_at_a_time() {
    let (mut h, audit) = desk();
    // Slow cards: the second enrollment starts while the first makes its key.
    slow_cards(&h, Duration::from_secs(2));
    let first = start_in(&mut h, 0, 0);
    let second = start_in(&mut h, 1, 1);
    assert!(
        h.state().run(DEMO_READERS[0]).unwrap().is_under_way(),
        "the first card is still at work when the second starts"
    );
    assert!(has_label_containing(&h, &first) && has_label_containing(&h, &second));
    step_until(&mut h, "both cards finished", |h| {
        finished(h, 0) && finished(h, 1)
    });
    // Both PINs are ready; one window is on screen, the other waits.
    step_until(&mut h, "the first PIN window", |h| {
        h.state().pin_window_open()
    });
    assert_eq!(h.state().pins_queued(), 1, "the second PIN waits");
    let shown = |h: &Harness<'static, Desk>, person: &str| {
        has_label_containing(h, &format!("PIN for {person}"))
    };
    let (now, next) = if shown(&h, &first) {
        (first, second)
    } else {
        (second, first)
    };
    assert!(!shown(&h, &next), "only one PIN window at a time");
    click_button(&mut h, "PIN handed over — close");
    step_until(&mut h, "the second PIN window", |h| shown(h, &next));
    assert!(!shown(&h, &now));
    assert_eq!(h.state().pins_queued(), 0);
    click_button(&mut h, "PIN handed over — close");
    step_until(&mut h, "no PIN window", |h| !h.state().pin_window_open());
    // Each card says it is finished until it is pulled.
    assert!(has_label_containing(&h, "Finished: the card is enrolled"));
    h.state().demo().unwrap().remove_card(DEMO_READERS[0]);
    step_until(&mut h, "the first card off the board", |h| {
        h.state().run(DEMO_READERS[0]).is_none()
    });
    assert!(finished(&h, 1), "the other card still says so");
    drop(h);
    let trail = std::fs::read_to_string(audit.path().join("audit.jsonl")).unwrap();
    let shown_lines = trail
        .lines()
        .filter(|l| l.contains("\"PIN shown\""))
        .count();
    assert_eq!(
        shown_lines, 2,
        "each PIN window recorded as it came to the front"
    );
}

/// The virtual card in `reader` verifies `pin`.
fn card_takes_pin(h: &Harness<'static, Desk>, reader: &str, pin: &str) -> bool {
    let demo = h.state().demo().unwrap();
    let mut held = demo.readers.hold(reader).unwrap();
    let session = held.session();
    piv::select(session).unwrap();
    piv::verify(session, pin).is_ok()
}

/// A cardholder-chooses request selected, a card in the first reader,
/// enrolled up to the cardholder's PIN entry.
fn up_to_the_pin_entry(h: &mut Harness<'static, Desk>) {
    let (request, person) = enroll_request(h, true, 0);
    click_request(h, (request, &person));
    insert_card_in(h, 0);
    enroll(h);
    step_until(h, "the cardholder's PIN entry", |h| {
        h.state().pin_entry_open()
    });
    assert!(has_label_containing(
        h,
        &format!("{person}, please type your new PIN")
    ));
    assert!(has_label_containing(h, DEMO_READERS[0]));
}

#[test]
fn the_cardholders_pin_entry_refuses_a_mismatch_and_escape_leaves_the_factory_pin() {
    let (mut h, _audit) = desk();
    up_to_the_pin_entry(&mut h);
    type_into(&mut h, "New PIN", "24681357");
    type_into(&mut h, "Once more", "24681358");
    click_button(&mut h, "OK");
    assert!(has_label_containing(
        &h,
        "The two entries differ; type the PIN twice the same."
    ));
    assert!(h.state().pin_entry_open(), "still asking");
    type_into(&mut h, "New PIN", "1234");
    type_into(&mut h, "Once more", "1234");
    click_button(&mut h, "OK");
    assert!(has_label_containing(
        &h,
        "The PIN must be 6 to 8 characters."
    ));
    h.key_press(egui::Key::Escape);
    step_until(&mut h, "the run to stop", |h| {
        h.state()
            .run(DEMO_READERS[0])
            .is_some_and(|run| !run.is_under_way())
    });
    assert!(!h.state().pin_entry_open());
    assert!(has_label_containing(&h, "the cardholder did not set a PIN"));
    assert!(!h.state().pin_window_open(), "no PIN to hand over");
    assert!(
        card_takes_pin(&h, DEMO_READERS[0], FACTORY_PIN),
        "the card keeps its factory PIN"
    );
    // egui keeps no state (nor undo copies) of the two fields.
    let fields = ["cardholder-pin-first", "cardholder-pin-second"].map(|salt| {
        h.ctx.data_mut(|data| {
            data.get_persisted::<egui::text_edit::TextEditState>(egui::Id::unique(salt))
                .is_some()
        })
    });
    assert_eq!(fields, [false, false], "the fields' state is gone");
}

#[test]
fn the_cardholders_own_pin_is_set_on_the_card_and_nothing_is_handed_over() {
    let (mut h, _audit) = desk();
    up_to_the_pin_entry(&mut h);
    type_into(&mut h, "New PIN", "Kx7!pq2z");
    type_into(&mut h, "Once more", "Kx7!pq2z");
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the card to finish", |h| finished(h, 0));
    assert!(!h.state().pin_window_open(), "no PIN window: they chose it");
    assert!(card_takes_pin(&h, DEMO_READERS[0], "Kx7!pq2z"));
    let typed = h
        .state()
        .activity()
        .iter()
        .any(|entry| entry.text.contains("Kx7!pq2z"));
    assert!(!typed, "the typed PIN is in no activity line");
}

#[test]
fn cancel_request_sends_the_status_only_after_the_confirmation() {
    let (mut h, _audit) = desk();
    let (request, person) = enroll_request(&h, false, 0);
    demo_faults(
        &h,
        Faults {
            ca_refuses: true,
            ..Faults::default()
        },
    );
    click_request(&mut h, (request, &person));
    insert_card_in(&mut h, 0);
    enroll(&mut h);
    step_until(&mut h, "the refusal", |h| {
        h.state()
            .run(DEMO_READERS[0])
            .is_some_and(|run| !run.is_under_way())
    });
    assert!(has_label_containing(
        &h,
        "the certificate authority refused"
    ));
    // The list comes again (the request is bound now) before the officer reads on.
    step_until(&mut h, "the refresh", |h| !h.state().is_loading());
    assert!(
        button(&h, "Try again").is_none(),
        "trying again cannot help"
    );
    let status = |h: &Harness<'static, Desk>| {
        h.state()
            .demo()
            .unwrap()
            .server
            .with_state(|s| s.request(request).unwrap().status)
    };
    let puts = |h: &Harness<'static, Desk>| {
        (h.state().demo().unwrap().server.calls().iter())
            .filter(|call| call.starts_with("PUT ") && call.contains(&request.to_string()))
            .count()
    };
    let question = format!("Cancel {person}'s request?");
    h.get_all_by_label("Cancel request…")
        .next()
        .unwrap()
        .click_accesskit();
    step_until(&mut h, "the question", |h| {
        has_label_containing(h, &question)
    });
    assert_eq!(puts(&h), 0, "nothing is sent before the confirmation");
    click_button(&mut h, "Keep the request");
    assert_eq!(puts(&h), 0, "kept: nothing sent");
    step_until(&mut h, "the question to close", |h| {
        !has_label_containing(h, &question)
    });
    h.get_all_by_label("Cancel request…")
        .next()
        .unwrap()
        .click_accesskit();
    step_until(&mut h, "the question", |h| {
        has_label_containing(h, &question)
    });
    click_button(&mut h, "Cancel the request");
    step_until(&mut h, "the request Canceled", |h| {
        status(h) == RequestStatus::Canceled
    });
    assert_eq!(puts(&h), 1);
    step_until(&mut h, "the run off the board", |h| {
        h.state().run(DEMO_READERS[0]).is_none()
    });
    assert!(has_label_containing(
        &h,
        "is marked Canceled on the CM server"
    ));
}

#[test]
fn a_journal_entry_is_listed_at_start_and_offers_resume_when_its_card_is_read() {
    // What an earlier desk left: the demo's requests have the same ids on
    // every start, so the journal names one of them.
    let (probe, _dir) = desk();
    let (request, person) = enroll_request(&probe, false, 2);
    drop(probe);
    let dir = tempfile::tempdir().unwrap();
    let card = Uuid::new_v4();
    let (journal, _) = Journal::open(&dir.path().join("journal.json"));
    journal
        .record(JournalEntry {
            request,
            kind: JobKind::Enroll,
            reader: "Reader at another desk".to_owned(),
            person: person.clone(),
            card_id: Some(card),
            smartcard: None,
            step: "keys".to_owned(),
            started: chrono::Utc::now(),
        })
        .unwrap();
    drop(journal);
    let desk = Desk::with_audit_trail(
        support::desk::settings(),
        enroll_desk::ui::Mode::Demo,
        Some(dir.path().join("audit.jsonl")),
    );
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk);
    slow_cards(&h, Duration::ZERO);
    step_until(&mut h, "the requests", |h| !h.state().is_loading());
    assert!(has_label_containing(
        &h,
        &format!("Unfinished from an earlier session: {person}'s request {request}")
    ));
    let resume = format!("Resume enrollment of {person}");
    // Another card is not offered anything.
    insert_card_in(&mut h, 1);
    assert!(button(&h, &resume).is_none());
    h.state()
        .demo()
        .unwrap()
        .insert_card(DEMO_READERS[2], Some(card))
        .unwrap();
    step_until(&mut h, "the offer", |h| button(h, &resume).is_some());
    assert!(has_label_containing(
        &h,
        "it stopped at “Generate keys on the card”"
    ));
    click_button(&mut h, &resume);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    assert!(finished(&h, 2), "resumed in the reader the card is in");
    assert!(button(&h, &resume).is_none(), "offered no more");
}

#[test]
fn an_idle_desk_repaints_nothing_and_a_run_repaints_at_most_once_a_second() {
    let (mut h, _audit) = desk_with(support::desk::settings(), enroll_desk::ui::Mode::Demo);
    step_until(&mut h, "the requests", |h| !h.state().requests().is_empty());
    let delay = |h: &Harness<'static, Desk>| {
        h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay
    };
    h.run_steps(5);
    assert_eq!(delay(&h), Duration::MAX, "idle: no repaint asked for");
    slow_cards(&h, Duration::from_secs(3));
    start_in(&mut h, 0, 0);
    step_until(&mut h, "the key being made", |h| {
        support::desk::run_at(h, enroll_desk::enroll::EnrollStep::Keys)
    });
    h.run_steps(2);
    let ticking = delay(&h);
    assert!(
        ticking >= Duration::from_millis(900) && ticking <= Duration::from_secs(1),
        "the board's clock asks for one frame a second, not more: {ticking:?}"
    );
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    click_button(&mut h, "PIN handed over — close");
    step_until(&mut h, "the window closed", |h| {
        !h.state().pin_window_open()
    });
    step_until(&mut h, "the refresh", |h| !h.state().is_loading());
    h.run_steps(5);
    assert_eq!(delay(&h), Duration::MAX, "finished: idle again");
}
