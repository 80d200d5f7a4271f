//! The whole enrollment over the simulated readers and the simulated CM
//! server (real HTTP on loopback): keys, certificates, PUK and PIN on the
//! card, the request Completed — and every fault leaves the card where
//! running again (or completing again) finishes it.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use enroll_desk::card::CardError;
use enroll_desk::card::admin_key::AdminKey;
use enroll_desk::card::piv::{self, Reference, Slot};
use enroll_desk::cm::RequestStatus;
use enroll_desk::enroll::puk::puk_for;
use enroll_desk::enroll::{EnrollStep, Problem, Reached, complete};
use enroll_desk::sim::{Faults, SimServer};
use support::enrollment::{Desk, binds, enroll, enroll_request, on_card, world};

#[test]
fn a_server_pin_card_leaves_with_its_key_certificate_pin_and_puk() {
    let world = world(Faults::default());
    let request = enroll_request(&world.client, true);
    let mut desk = Desk::default();
    let enrolled = enroll(&world, request.uuid, &mut desk).unwrap();

    let steps: Vec<EnrollStep> = desk.steps.iter().map(|p| p.step).collect();
    for step in [
        EnrollStep::ReadingCard,
        EnrollStep::Policy,
        EnrollStep::Binding,
        EnrollStep::AdminKey,
        EnrollStep::Keys,
        EnrollStep::Certificates,
        EnrollStep::Puk,
        EnrollStep::Pin,
        EnrollStep::Completing,
    ] {
        assert!(steps.contains(&step), "{step:?} missing from {steps:?}");
    }
    assert!(
        !steps.contains(&EnrollStep::CardKey),
        "this template keeps the factory admin key"
    );
    assert_eq!(enrolled.status, Some(RequestStatus::Completed));
    let pin = enrolled
        .pin
        .as_ref()
        .expect("a server-proposed PIN")
        .expose()
        .to_owned();
    assert_eq!(
        world.server.with_state(|s| s
            .proposed_pin_of(enrolled.bound.smartcard)
            .map(str::to_owned)),
        Some(pin.clone())
    );
    assert_eq!(
        world.client.get_request(request.uuid).unwrap().status,
        RequestStatus::Completed
    );
    assert_eq!(enrolled.certificates.len(), 1);
    assert_eq!(enrolled.certificates[0].slot, Slot::Authentication);
    assert!(enrolled.certificates[0].summary.subject.contains("CN="));

    on_card(&world, |card| {
        // The factory PIN no longer opens the card; the handed-over one does.
        assert!(matches!(
            piv::verify(card, "123456"),
            Err(CardError::WrongSecret { .. })
        ));
        piv::verify(card, &pin).unwrap();
        // The certificate in 9A is the one the CA issued, for the card's key.
        let der = piv::read_certificate(card, Slot::Authentication)
            .unwrap()
            .unwrap();
        let issued = world
            .server
            .with_state(|s| s.certificates_of(enrolled.bound.smartcard));
        use der::Encode;
        assert_eq!(der, issued[0].to_der().unwrap());
        // The PUK is the one the rule gives for the template's admin key.
        let puk = puk_for(&AdminKey::default());
        piv::change_reference(card, Reference::Puk, puk.expose(), puk.expose()).unwrap();
    });
}

#[test]
fn a_cardholder_pin_card_gets_its_own_admin_key_and_two_ec_keys() {
    let world = world(Faults::default());
    let request = enroll_request(&world.client, false);
    let mut desk = Desk {
        typed_pin: Some("Kx7!pq2z".to_owned()),
        ..Desk::default()
    };
    let enrolled = enroll(&world, request.uuid, &mut desk).unwrap();
    assert!(
        enrolled.pin.is_none(),
        "the cardholder chose; nothing to hand over"
    );
    assert!(desk.steps.iter().any(|p| p.step == EnrollStep::CardKey));
    let slots: Vec<Slot> = enrolled.certificates.iter().map(|c| c.slot).collect();
    assert_eq!(slots, [Slot::Authentication, Slot::Signature]);
    let own_key = AdminKey::default().diversified_for(world.card_id);
    on_card(&world, |card| {
        piv::verify(card, "Kx7!pq2z").unwrap();
        // The PUK follows the card's own key, not the factory one.
        let puk = puk_for(&own_key);
        piv::reset_retry_counter(card, puk.expose(), "Kx7!pq2z").unwrap();
        assert_eq!(
            piv::secrets::is_default(card, Reference::Puk).unwrap(),
            Some(false)
        );
    });
}

#[test]
fn a_ca_that_fails_leaves_the_card_bound_and_running_again_finishes_it() {
    let world = world(Faults {
        ca_unavailable: true,
        ..Faults::default()
    });
    let request = enroll_request(&world.client, true);
    let failure = enroll(&world, request.uuid, &mut Desk::default()).unwrap_err();
    assert_eq!(failure.step, EnrollStep::Certificates);
    assert!(failure.can_try_again());
    assert!(matches!(failure.reached, Reached::Bound(_)));
    world.server.set_faults(Faults::default());
    let enrolled = enroll(&world, request.uuid, &mut Desk::default()).unwrap();
    assert_eq!(enrolled.status, Some(RequestStatus::Completed));
    assert_eq!(binds(&world.server), 1, "resumed, not bound a second time");
}

#[test]
fn a_forbidden_card_key_names_the_step_and_the_officer_must_act() {
    let world = world(Faults {
        diversified_key_forbidden: true,
        ..Faults::default()
    });
    let request = enroll_request(&world.client, false);
    let failure = enroll(&world, request.uuid, &mut Desk::default()).unwrap_err();
    assert_eq!(failure.step, EnrollStep::AdminKey);
    assert!(!failure.can_try_again(), "403 is for the administrator");
    let words = enroll_desk::i18n::enroll_failure_words(&failure);
    assert!(words.contains("403"), "{words}");
    world.server.set_faults(Faults::default());
    let mut desk = Desk {
        typed_pin: Some("24681357".to_owned()),
        ..Desk::default()
    };
    enroll(&world, request.uuid, &mut desk).unwrap();
    assert_eq!(binds(&world.server), 1);
}

#[test]
fn a_refusing_ca_or_a_server_made_key_writes_nothing() {
    for faults in [
        Faults {
            ca_refuses: true,
            ..Faults::default()
        },
        Faults {
            server_generated_keys: true,
            ..Faults::default()
        },
    ] {
        let world = world(faults);
        let request = enroll_request(&world.client, true);
        let failure = enroll(&world, request.uuid, &mut Desk::default()).unwrap_err();
        assert_eq!(failure.step, EnrollStep::Certificates);
        assert!(!failure.can_try_again());
        assert!(matches!(
            *failure.problem,
            Problem::CaRefused(_) | Problem::ServerGeneratedKey
        ));
        on_card(&world, |card| {
            assert_eq!(
                piv::read_certificate(card, Slot::Authentication).unwrap(),
                None
            );
            piv::verify(card, "123456").unwrap();
        });
    }
}

#[test]
fn a_cancelled_pin_entry_keeps_the_factory_pin_and_running_again_finishes() {
    let world = world(Faults::default());
    let request = enroll_request(&world.client, false);
    let failure = enroll(&world, request.uuid, &mut Desk::default()).unwrap_err();
    assert_eq!(failure.step, EnrollStep::Pin);
    assert!(matches!(*failure.problem, Problem::PinEntryCancelled));
    on_card(&world, |card| piv::verify(card, "123456").unwrap());
    let mut desk = Desk {
        typed_pin: Some("13572468".to_owned()),
        ..Desk::default()
    };
    let enrolled = enroll(&world, request.uuid, &mut desk).unwrap();
    assert_eq!(enrolled.status, Some(RequestStatus::Completed));
    on_card(&world, |card| piv::verify(card, "13572468").unwrap());
}

/// A desk whose server's API goes away once the card is finished, just
/// before the request is marked Completed.
fn desk_losing_the_server_at_completing(server: &SimServer) -> Desk<'_> {
    Desk {
        on_step: Some(Box::new(move |step| {
            if step == EnrollStep::Completing {
                server.set_faults(Faults {
                    api_disabled: true,
                    ..Faults::default()
                });
            }
        })),
        ..Desk::default()
    }
}

#[test]
fn a_server_gone_at_completing_leaves_only_the_completed_call() {
    let world = world(Faults::default());
    let request = enroll_request(&world.client, true);
    let mut desk = desk_losing_the_server_at_completing(&world.server);
    let failure = enroll(&world, request.uuid, &mut desk).unwrap_err();
    assert_eq!(failure.step, EnrollStep::Completing);
    assert!(failure.can_try_again());
    let Reached::PinSet(enrolled) = failure.reached else {
        panic!("the card was finished before the server went away");
    };
    let pin = enrolled.pin.as_ref().unwrap().expose().to_owned();
    on_card(&world, |card| piv::verify(card, &pin).unwrap());
    world.server.set_faults(Faults::default());
    let done = complete(&world.client, *enrolled, &mut Desk::default()).unwrap();
    assert_eq!(done.status, Some(RequestStatus::Completed));
}

#[test]
fn a_desk_lost_after_the_pin_resumes_the_card_through_its_puk() {
    let world = world(Faults::default());
    let request = enroll_request(&world.client, true);
    let mut desk = desk_losing_the_server_at_completing(&world.server);
    // The desk dies here: the PIN it set is lost with it.
    let first = enroll(&world, request.uuid, &mut desk).unwrap_err();
    assert!(matches!(first.reached, Reached::PinSet(_)));
    drop(first);
    world.server.set_faults(Faults::default());
    // Started again, the same enrollment finds the PIN changed and sets the
    // server's PIN again with the PUK it works out from the admin key.
    let enrolled = enroll(&world, request.uuid, &mut Desk::default()).unwrap();
    assert_eq!(enrolled.status, Some(RequestStatus::Completed));
    assert_eq!(
        enrolled.certificates.len(),
        1,
        "the certificate already on the card"
    );
    assert_eq!(binds(&world.server), 1);
    let pin = enrolled.pin.as_ref().unwrap().expose().to_owned();
    on_card(&world, |card| piv::verify(card, &pin).unwrap());
}
