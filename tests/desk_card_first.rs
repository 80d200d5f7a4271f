//! The card's second visit, headless (egui_kittest) in demo mode: each
//! request type its own action (an Unblock request is never offered an
//! enrollment, nor a bind), and card first — an enrolled card, read in a
//! reader, shows whose it is and its open requests, one click selects the
//! Unblock request, and its PIN is reset on that card only. A card id
//! typed into the search finds the card's requests.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::cm::{RequestStatus, RequestType};
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::ui::{Desk, RunState};
use support::desk::{
    bind_posts, button, click_button, click_request, desk, enroll, has_label_containing,
    insert_card_in, select_request, smartcard_of, step_until, type_into,
};
use uuid::Uuid;

/// The first Unblock request of the demo set: (id, person).
fn demo_unblock_request(h: &Harness<'static, Desk>) -> (Uuid, String) {
    h.state()
        .requests()
        .visible_rows()
        .find(|row| row.request.request_type == RequestType::Unblock)
        .map(|row| (row.request.uuid, row.person().into_owned()))
        .expect("an Unblock request in the demo set")
}

#[test]
fn an_unblock_request_is_offered_no_enrollment_and_no_bind_is_sent() {
    let (mut h, _audit) = desk();
    let (request, person) = demo_unblock_request(&h);
    click_request(&mut h, (request, &person));
    insert_card_in(&mut h, 0);
    assert!(
        button(&h, "Enroll card…").is_none(),
        "no enrollment offered"
    );
    assert!(button(&h, "Unblock this card…").is_none(), "not this card");
    // The request names no card, so nothing can be unblocked with it.
    assert!(has_label_containing(
        &h,
        "the Unblock request names no card"
    ));
    // Whatever the officer presses, nothing is bound.
    for _ in 0..3 {
        h.key_press(egui::Key::Enter);
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
        h.step();
    }
    h.run_steps(3);
    assert!(h.state().run(DEMO_READERS[0]).is_none(), "nothing started");
    assert_eq!(bind_posts(&h), 0, "no POST smartcards");
}

/// Enrolls a new card for a server-PIN request, hands its PIN over and
/// pulls it; files an Unblock request for it on the simulator. Returns
/// the card's enrollment request, its smartcard and the Unblock request.
fn an_enrolled_card_with_an_unblock_request(h: &mut Harness<'static, Desk>) -> (Uuid, Uuid, Uuid) {
    let (enrolled, _) = select_request(h, false);
    insert_card_in(h, 0);
    enroll(h);
    step_until(h, "the PIN window", |h| h.state().pin_window_open());
    click_button(h, "PIN handed over — close");
    h.state().demo().unwrap().remove_card(DEMO_READERS[0]);
    let smartcard = smartcard_of(h, enrolled);
    let unblock = (h.state().demo().unwrap().server)
        .with_state(|s| s.new_unblock_request(smartcard))
        .unwrap();
    h.key_press(egui::Key::F5);
    step_until(h, "the list with the Unblock request", |h| {
        !h.state().is_loading() && h.state().requests().find(unblock).is_some()
    });
    (enrolled, smartcard, unblock)
}

#[test]
fn an_enrolled_card_shows_its_owner_and_open_unblock_request_which_a_click_selects_and_unblocks() {
    let (mut h, _audit) = desk();
    let (enrolled, smartcard, unblock) = an_enrolled_card_with_an_unblock_request(&mut h);
    let person = h
        .state()
        .requests()
        .find(enrolled)
        .unwrap()
        .person()
        .into_owned();
    // Another card is not the one the request is for.
    insert_card_in(&mut h, 1);
    assert!(has_label_containing(
        &h,
        "The CM server does not know this card"
    ));
    // The card put back: whose, its status, its open Unblock request.
    h.get_by_label("Put the card back").click();
    step_until(&mut h, "the card's owner", |h| {
        has_label_containing(h, &format!("Card of {person}"))
    });
    assert!(has_label_containing(
        &h,
        &format!("Smartcard {smartcard}: ")
    ));
    assert!(has_label_containing(&h, "Open requests for this card"));
    let open = format!("Unblock — Approved — {person}");
    h.get_by_label(&open).click();
    step_until(&mut h, "the Unblock request selected", |h| {
        has_label_containing(h, &unblock.to_string())
    });
    // Its action is to unblock this very card.
    assert!(button(&h, "Enroll card…").is_none());
    click_button(&mut h, "Unblock this card…");
    step_until(&mut h, "the confirmation", |h| {
        button(h, "Unblock").is_some()
    });
    click_button(&mut h, "Unblock");
    step_until(&mut h, "the new PIN", |h| h.state().pin_window_open());
    let pin = (h.state().demo().unwrap().server)
        .with_state(|s| s.unblock_pin_of(unblock).map(str::to_owned))
        .unwrap();
    assert!(
        support::desk::tree_holds_digits(&h, &pin),
        "the Unblock request's PIN"
    );
    assert!(
        h.state()
            .run(DEMO_READERS[0])
            .is_some_and(|run| matches!(run.state, RunState::Finished))
    );
    let status =
        (h.state().demo().unwrap().server).with_state(|s| s.request(unblock).unwrap().status);
    assert_eq!(status, RequestStatus::Completed);
    assert_eq!(
        support::desk::bind_posts(&h),
        1,
        "the enrollment's bind only"
    );
}

#[test]
fn a_card_id_typed_in_the_search_finds_that_cards_requests() {
    let (mut h, _audit) = desk();
    let (_, _, unblock) = an_enrolled_card_with_an_unblock_request(&mut h);
    let card = {
        let demo = h.state().demo().unwrap();
        let smartcard = demo
            .server
            .with_state(|s| s.request(unblock).unwrap().old_smartcard_uuid)
            .unwrap();
        demo.server
            .with_state(|s| s.smartcard(smartcard).unwrap().card_id().unwrap())
    };
    type_into(&mut h, "Search", &card.to_string());
    step_until(&mut h, "the card's requests", |h| {
        h.state().requests().visible_len() > 0
    });
    let found: Vec<Uuid> = (h.state().requests().visible_rows())
        .map(|row| row.request.uuid)
        .collect();
    assert_eq!(found, [unblock], "the card's open request, and only it");
    assert!(has_label_containing(&h, "The server knows this card"));
    let unknown = Uuid::new_v4();
    type_into(&mut h, "Search", &unknown.to_string());
    step_until(&mut h, "the answer", |h| {
        has_label_containing(h, "does not know a card with this id")
    });
    assert_eq!(h.state().requests().visible_len(), 0);
}
