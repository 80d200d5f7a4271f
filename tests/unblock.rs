//! The card's second visit against the simulator and a simulated card the
//! desk enrolled: a blocked PIN reset with the PUK worked out from the
//! card's admin key; the wrong card, a foreign PUK and a blocked PUK refused.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use enroll_desk::card::piv::{self, Reference};
use enroll_desk::card::{GuidByteOrder, VirtualCard};
use enroll_desk::cm::RequestStatus;
use enroll_desk::enroll::{EnrollStep, Problem, UnblockOrder, unblock_card};
use enroll_desk::sim::Faults;
use support::enrollment::{Desk, READER, World, block_pin, enrolled_card, on_card, world};
use uuid::Uuid;

fn unblock(
    world: &World,
    request: Uuid,
) -> Result<enroll_desk::enroll::Enrolled, enroll_desk::enroll::EnrollFailure> {
    let order = UnblockOrder {
        request,
        reader: READER.to_owned(),
        byte_order: GuidByteOrder::Microsoft,
    };
    unblock_card(&world.client, &*world.readers, &order, &mut Desk::default())
}

#[test]
fn a_blocked_card_gets_a_new_pin_from_its_unblock_request() {
    let world = world(Faults::default());
    let (smartcard, old_pin) = enrolled_card(&world);
    block_pin(&world);
    let request = world
        .server
        .with_state(|s| s.new_unblock_request(smartcard))
        .unwrap();
    let unblocked = unblock(&world, request).unwrap();
    let pin = unblocked.pin.as_ref().unwrap().expose().to_owned();
    assert_eq!(
        world
            .server
            .with_state(|s| s.unblock_pin_of(request).map(str::to_owned)),
        Some(pin.clone())
    );
    assert_eq!(unblocked.status, Some(RequestStatus::Completed));
    assert_eq!(unblocked.bound.smartcard, smartcard);
    on_card(&world, |card| {
        piv::verify(card, &pin).unwrap();
        if pin != old_pin {
            assert!(piv::verify(card, &old_pin).is_err());
        }
    });
}

/// An Unblock request for a card the desk enrolled, and in the reader a
/// new card instead of it. Returns the request.
fn unblock_request_with_another_card_in_the_reader(world: &World) -> Uuid {
    let (smartcard, _) = enrolled_card(world);
    let request = world
        .server
        .with_state(|s| s.new_unblock_request(smartcard))
        .unwrap();
    world
        .readers
        .insert(READER, VirtualCard::new(Some(Uuid::new_v4())))
        .unwrap();
    request
}

#[test]
fn another_card_is_refused_before_anything_changes() {
    let world = world(Faults::default());
    let request = unblock_request_with_another_card_in_the_reader(&world);
    let before = world.server.calls().len();
    let failure = unblock(&world, request).unwrap_err();
    assert_eq!(failure.step, EnrollStep::ReadingCard);
    assert!(matches!(
        *failure.problem,
        Problem::WrongCardForUnblock { .. }
    ));
    let calls = world.server.calls();
    assert!(
        calls[before..].iter().all(|c| c.starts_with("GET ")),
        "only reads before the refusal: {calls:?}"
    );
    assert_eq!(
        world.client.get_request(request).unwrap().status,
        RequestStatus::Approved
    );
}

#[test]
fn a_card_whose_puk_is_not_ours_or_blocked_says_what_to_do() {
    let world = world(Faults::default());
    let (smartcard, pin) = enrolled_card(&world);
    // Someone changed the PUK since: the rule no longer gives it.
    on_card(&world, |card| {
        let ours = enroll_desk::enroll::puk::puk_for(&Default::default());
        piv::change_reference(card, Reference::Puk, ours.expose(), "87654321").unwrap();
        piv::verify(card, &pin).unwrap();
    });
    let request = world
        .server
        .with_state(|s| s.new_unblock_request(smartcard))
        .unwrap();
    let failure = unblock(&world, request).unwrap_err();
    assert!(
        matches!(*failure.problem, Problem::PukDoesNotMatch { .. }),
        "{failure}"
    );
    assert!(!failure.can_try_again());
    // Two more wrong tries block the PUK: then the desk says so up front.
    on_card(&world, |card| {
        for _ in 0..2 {
            let _: Result<(), _> = piv::reset_retry_counter(card, "11111111", "123456");
        }
    });
    let failure = unblock(&world, request).unwrap_err();
    assert!(matches!(*failure.problem, Problem::PukBlocked), "{failure}");
    let words = enroll_desk::i18n::enroll_failure_words(&failure);
    assert!(words.contains("new card"), "{words}");
}

#[test]
fn an_enroll_on_an_unblock_request_is_refused_with_nothing_bound() {
    let world = world(Faults::default());
    let request = unblock_request_with_another_card_in_the_reader(&world);
    let binds_before = support::enrollment::binds(&world.server);
    let failure = support::enrollment::enroll(&world, request, &mut Desk::default()).unwrap_err();
    assert!(matches!(*failure.problem, Problem::UnblockNeedsItsCard));
    assert_eq!(support::enrollment::binds(&world.server), binds_before);
}
