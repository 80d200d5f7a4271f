//! The bind-and-PIN workflow over the simulated readers and the simulated
//! CM server (real HTTP on loopback), including a card pulled mid-flow.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use enroll_desk::card::admin_key::AdminKey;
use enroll_desk::card::{ChallengeChoice, ChallengeMethod, GuidByteOrder, SimBackend, VirtualCard};
use enroll_desk::cm::CmError;
use enroll_desk::enroll::{BindOrder, EnrollError, Step, bind_and_fetch_pin, fetch_pin_again};
use enroll_desk::pin::PinOutcome;
use enroll_desk::sim::SimConfig;
use support::{client_for, ready_request, sim};
use uuid::Uuid;

const READER: &str = "Demo Reader 1";

fn readers_with(card: VirtualCard) -> SimBackend {
    let readers = SimBackend::new(Box::new(|_| {}));
    readers.add_reader(READER);
    readers.insert(READER, card).unwrap();
    readers
}

fn order(request: Uuid, card_id: Option<Uuid>) -> BindOrder {
    BindOrder {
        request,
        reader: READER.to_owned(),
        card_id,
        byte_order: GuidByteOrder::Microsoft,
        challenge: ChallengeChoice::default(),
    }
}

#[test]
fn binds_the_card_and_fetches_the_pin_in_four_steps() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let card_id = Uuid::new_v4();
    let readers = readers_with(VirtualCard::new(Some(card_id)));
    let request = ready_request(&client, true);
    let mut steps = vec![];
    let (bound, pin) =
        bind_and_fetch_pin(&client, &readers, &order(request.uuid, None), &mut |s| {
            steps.push(s)
        })
        .unwrap();
    assert_eq!(
        steps,
        [
            Step::ReadingCard,
            Step::Binding,
            Step::GettingChallenge,
            Step::FetchingPin
        ]
    );
    assert_eq!(bound.card_id, card_id, "the id read from the card's CHUID");
    assert_eq!(
        client.get_request(request.uuid).unwrap().new_smartcard_uuid,
        Some(bound.smartcard)
    );
    let PinOutcome::Proposed(pin) = pin else {
        panic!("server-generated template")
    };
    assert!(pin.expose().chars().all(|c| c.is_ascii_digit()));
    // The PIN call carried the 3DES admin key's 8-byte witness.
    let sent = server.with_state(|s| s.last_challenge(bound.smartcard).map(<[u8]>::to_vec));
    assert_eq!(sent.map(|c| c.len()), Some(8));
}

#[test]
fn an_aes_card_sends_its_16_byte_witness_and_the_setting_can_force_get_challenge() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let key = AdminKey::from_hex("00112233445566778899aabbccddeeff").unwrap();
    let readers = readers_with(VirtualCard::new(Some(Uuid::new_v4())).with_admin_key(key));
    let request = ready_request(&client, true);
    let (bound, _) =
        bind_and_fetch_pin(&client, &readers, &order(request.uuid, None), &mut |_| {}).unwrap();
    let sent = server.with_state(|s| s.last_challenge(bound.smartcard).map(<[u8]>::to_vec));
    assert_eq!(sent.map(|c| c.len()), Some(16));

    let request = ready_request(&client, true);
    let mut plain = order(request.uuid, None);
    plain.challenge.method = ChallengeMethod::GetChallenge;
    let (bound, _) = bind_and_fetch_pin(&client, &readers, &plain, &mut |_| {}).unwrap();
    let sent = server.with_state(|s| s.last_challenge(bound.smartcard).map(<[u8]>::to_vec));
    assert_eq!(
        sent.map(|c| c.len()),
        Some(8),
        "GET CHALLENGE gives 8 bytes"
    );
}

#[test]
fn a_card_without_an_id_needs_one_typed_in() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let readers = readers_with(VirtualCard::new(None));
    let request = ready_request(&client, true);
    let err =
        bind_and_fetch_pin(&client, &readers, &order(request.uuid, None), &mut |_| {}).unwrap_err();
    assert!(matches!(err, EnrollError::CardIdUnknown), "{err:?}");
    assert!(
        client.get_request(request.uuid).unwrap().is_ready_to_bind(),
        "nothing was bound"
    );
    let typed = Uuid::new_v4();
    let (bound, _) = bind_and_fetch_pin(
        &client,
        &readers,
        &order(request.uuid, Some(typed)),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(bound.card_id, typed);
}

#[test]
fn a_typed_card_id_must_agree_with_the_cards_own() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let card_id = Uuid::new_v4();
    let readers = readers_with(VirtualCard::new(Some(card_id)));
    let request = ready_request(&client, true);
    let other = Uuid::new_v4();
    let refused = bind_and_fetch_pin(
        &client,
        &readers,
        &order(request.uuid, Some(other)),
        &mut |_| {},
    );
    let Err(err) = refused else {
        panic!("a different typed id is refused")
    };
    assert!(
        matches!(err, EnrollError::CardIdDiffers { typed, read } if typed == other && read == card_id),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("is not the one the card holds"),
        "{err}"
    );
    assert!(
        client.get_request(request.uuid).unwrap().is_ready_to_bind(),
        "nothing was bound"
    );
    // Typed as the card says, it binds.
    let (bound, _) = bind_and_fetch_pin(
        &client,
        &readers,
        &order(request.uuid, Some(card_id)),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(bound.card_id, card_id);
}

#[test]
fn a_card_pulled_after_bind_is_reinserted_to_fetch_the_pin() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let card_id = Uuid::new_v4();
    // The card leaves the reader when asked for its admin key's witness
    // (GENERAL AUTHENTICATE), i.e. right after the bind.
    let readers = readers_with(VirtualCard::new(Some(card_id)).with_vanish_on_ins(0x87));
    let request = ready_request(&client, true);
    let err =
        bind_and_fetch_pin(&client, &readers, &order(request.uuid, None), &mut |_| {}).unwrap_err();
    let EnrollError::PinNotFetched { bound, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(
        err.to_string()
            .contains("Insert the same card again and fetch the PIN"),
        "{err}"
    );
    assert_eq!(
        client.get_request(request.uuid).unwrap().new_smartcard_uuid,
        Some(bound.smartcard)
    );

    // Another card is refused, and the bound one then gives the PIN.
    readers
        .insert(READER, VirtualCard::new(Some(Uuid::new_v4())))
        .unwrap();
    let wrong = fetch_pin_again(
        &client,
        &readers,
        READER,
        bound,
        GuidByteOrder::Microsoft,
        ChallengeChoice::default(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        matches!(wrong, EnrollError::DifferentCard { .. }),
        "{wrong:?}"
    );
    readers.remove(READER);
    readers
        .insert(READER, VirtualCard::new(Some(card_id)))
        .unwrap();
    let pin = fetch_pin_again(
        &client,
        &readers,
        READER,
        bound,
        GuidByteOrder::Microsoft,
        ChallengeChoice::default(),
        &mut |_| {},
    )
    .unwrap();
    assert!(matches!(pin, PinOutcome::Proposed(_)));
}

#[test]
fn a_refused_bind_binds_nothing_and_says_why() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let readers = readers_with(VirtualCard::new(Some(Uuid::new_v4())));
    let request = ready_request(&client, true);
    bind_and_fetch_pin(&client, &readers, &order(request.uuid, None), &mut |_| {}).unwrap();
    let err =
        bind_and_fetch_pin(&client, &readers, &order(request.uuid, None), &mut |_| {}).unwrap_err();
    assert!(
        matches!(err, EnrollError::Bind(CmError::Forbidden { .. })),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with("binding failed: the server does not allow this (403 Forbidden)"),
        "{err}"
    );
}

#[test]
fn the_cardholder_chooses_when_the_template_says_so() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let readers = readers_with(VirtualCard::new(Some(Uuid::new_v4())));
    let request = ready_request(&client, false);
    let (_, pin) =
        bind_and_fetch_pin(&client, &readers, &order(request.uuid, None), &mut |_| {}).unwrap();
    assert!(matches!(pin, PinOutcome::CardholderChooses));
}
