//! The classroom's rules, without HTTP.

use super::*;

fn shared_ids(state: &SimState) -> Vec<Uuid> {
    state.requests(None, false).iter().map(|r| r.uuid).collect()
}

#[test]
fn a_lesson_gives_the_desk_three_approved_requests_no_one_else_lists() {
    let mut state = SimState::new(0);
    let shared = shared_ids(&state);
    let setup = state.start_lesson("ada-pc", LessonId::FirstEnrollment);
    assert_eq!(setup.others.len(), 2);
    assert_eq!(setup.person, "Marta Eklund");
    let own = state.desk_requests("ada-pc", None, false).unwrap();
    let mut listed: Vec<Uuid> = own.iter().map(|r| r.uuid).collect();
    listed.sort();
    let mut expected = vec![setup.request, setup.others[0], setup.others[1]];
    expected.sort();
    assert_eq!(listed, expected);
    assert!(own.iter().all(|r| r.is_ready_to_bind()));
    let person = state.request(setup.request).unwrap();
    assert!(
        person
            .data_collection
            .iter()
            .any(|(_, value)| value == "Marta Eklund")
    );
    assert_eq!(shared_ids(&state), shared, "the shared list is untouched");
    assert!(state.desk_requests("bob-pc", None, false).is_none());
    assert!(
        state
            .desk_requests("ada-pc", Some(RequestStatus::Pending), false)
            .unwrap()
            .is_empty(),
        "the status filter still applies"
    );
}

#[test]
fn starting_again_replaces_the_requests_and_forgets_the_old_ones() {
    let mut state = SimState::new(0);
    let first = state.start_lesson("ada-pc", LessonId::FirstEnrollment);
    let card = Uuid::new_v4();
    let smartcard = state.bind(first.request, card, "3b8d01").unwrap();
    let second = state.start_lesson("ada-pc", LessonId::FirstEnrollment);
    assert_ne!(first.request, second.request, "new ids on every start");
    assert!(state.request(first.request).is_none());
    assert!(
        state.smartcard(smartcard).is_none(),
        "its smartcard went too"
    );
    assert_eq!(state.desk_requests("ada-pc", None, false).unwrap().len(), 3);
    assert_eq!(state.requests(None, false).len(), 36);
    // The index still finds every request after the old ones left.
    for id in [second.request, second.others[0], second.others[1]] {
        assert_eq!(state.request(id).unwrap().uuid, id);
    }
}

#[test]
fn each_lesson_sets_its_own_rule_for_the_request_to_bind() {
    let mut state = SimState::new(0);
    let no = state.start_lesson("a", LessonId::ServerSaysNo);
    assert!(matches!(
        state.lesson_bind_rule(no.request),
        Err(Refusal::Forbidden(m)) if m == "Access is denied."
    ));
    assert_eq!(state.lesson_bind_rule(no.others[0]), Ok(None));
    let pulled = state.start_lesson("b", LessonId::PulledAfterBind);
    assert_eq!(
        state.lesson_bind_rule(pulled.request),
        Ok(Some(PULLED_AFTER_BIND_DELAY))
    );
    let chooses = state.start_lesson("c", LessonId::CardholderChooses);
    assert!(state.cardholder_chooses(chooses.request));
    assert!(!state.cardholder_chooses(chooses.others[0]));
    let first = state.start_lesson("d", LessonId::FirstEnrollment);
    assert!(!state.cardholder_chooses(first.request));
    assert_eq!(state.lesson_bind_rule(first.request), Ok(None));
}

#[test]
fn server_down_turns_only_that_desks_api_off_until_switched_on() {
    let mut state = SimState::new(0);
    state.start_lesson("a", LessonId::ServerDown);
    state.start_lesson("b", LessonId::FirstEnrollment);
    assert!(state.classroom.api_off("a"));
    assert!(!state.classroom.api_off("b"));
    assert!(!state.classroom.api_off("nobody"));
    state.set_desk_api("a", true);
    assert!(!state.classroom.api_off("a"));
    state.set_desk_api("new-desk", false);
    assert!(state.classroom.api_off("new-desk"));
}

#[test]
fn results_are_capped_oldest_dropped_first() {
    let mut state = SimState::new(0);
    for seconds in 0..(MAX_RESULTS as u64 + 5) {
        state.classroom.record(LessonResult {
            desk: "a".into(),
            lesson: LessonId::FirstEnrollment,
            seconds,
            steps_done: 1,
            steps_total: 1,
            mistakes: Vec::new(),
            finished_at: Utc::now(),
        });
    }
    let results = state.classroom.results();
    assert_eq!(results.len(), MAX_RESULTS);
    assert_eq!(results[0].seconds, 5);
}

#[test]
fn too_many_desks_forget_the_longest_idle_with_its_requests() {
    let mut state = SimState::new(0);
    let oldest = state.start_lesson("desk-0", LessonId::FirstEnrollment);
    for n in 1..MAX_DESKS {
        state.start_lesson(&format!("desk-{n}"), LessonId::FirstEnrollment);
    }
    assert!(state.request(oldest.request).is_some());
    state.start_lesson("one-more", LessonId::FirstEnrollment);
    assert!(state.desk_requests("desk-0", None, false).is_none());
    assert!(state.request(oldest.request).is_none());
    assert!(!state.classroom.owns(oldest.request));
    assert!(state.desk_requests("desk-1", None, false).is_some());
}
