//! The simulator's rules, without HTTP.

use super::*;
use crate::sim::scope::Caller;

fn first(state: &SimState, status: RequestStatus) -> Uuid {
    state.requests(Some(status), false)[0].uuid
}

#[test]
fn bind_then_pin_is_stable_and_a_second_bind_is_refused() {
    let mut state = SimState::new(0);
    let request = first(&state, RequestStatus::Approved);
    let card = Uuid::new_v4();
    let sc = state
        .bind(Caller::Keyless, request, card, "3B8D01")
        .unwrap();
    assert_eq!(state.request(request).unwrap().new_smartcard_uuid, Some(sc));
    let pin = state
        .proposed_pin(sc, None, card, "3b8d01")
        .unwrap()
        .unwrap()
        .to_owned();
    assert!(
        (6..=8).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit()),
        "{pin:?}"
    );
    assert_eq!(
        state
            .proposed_pin(sc, Some(request), card, "3b8d01")
            .unwrap(),
        Some(pin.as_str())
    );
    assert!(
        matches!(state.bind(Caller::Keyless, request, Uuid::new_v4(), "3b"), Err(Refusal::Forbidden(m)) if m.contains("already bound"))
    );
    assert!(matches!(
        state.proposed_pin(sc, None, Uuid::new_v4(), "3b8d01"),
        Err(Refusal::Forbidden(_))
    ));
    assert!(matches!(
        state.proposed_pin(sc, Some(Uuid::new_v4()), card, "3b8d01"),
        Err(Refusal::NotFound(_))
    ));
}

#[test]
fn only_approved_requests_bind() {
    let mut state = SimState::new(0);
    let pending = first(&state, RequestStatus::Pending);
    let refusal = state
        .bind(Caller::Keyless, pending, Uuid::new_v4(), "3b00")
        .unwrap_err();
    assert!(matches!(refusal, Refusal::Forbidden(m) if m.contains("status Pending")));
    assert!(matches!(
        state.bind(Caller::Keyless, Uuid::new_v4(), Uuid::new_v4(), "3b00"),
        Err(Refusal::NotFound(_))
    ));
}

#[test]
fn demo_data_has_the_promised_variety() {
    let state = SimState::new(5);
    assert_eq!(state.requests(None, false).len(), 36 + 5);
    assert!(state.requests(Some(RequestStatus::Approved), false).len() >= 20);
    assert!(!state.requests(None, true).is_empty());
    assert!(
        state
            .requests(None, false)
            .iter()
            .any(|r| matches!(r.status, RequestStatus::Unknown(_)))
    );
    let policies: std::collections::HashSet<_> = state.policies.values().collect();
    assert_eq!(policies.len(), 2, "one template of each PIN policy");
}
