//! The classroom's rules, without HTTP.

use super::*;
use crate::sim::scope::{Caller, Thing};

fn shared_ids(state: &SimState) -> Vec<Uuid> {
    state.requests(None, false).iter().map(|r| r.uuid).collect()
}

fn join(state: &mut SimState, name: &str) -> DeskId {
    state.join_classroom(name, Instant::now()).unwrap().id
}

fn result(desk: &str, lesson: LessonId) -> LessonResult {
    LessonResult {
        desk: desk.into(),
        lesson,
        seconds: 1,
        steps_done: 1,
        steps_total: 1,
        mistakes: Vec::new(),
        finished_at: Utc::now(),
    }
}

#[test]
fn a_lesson_gives_the_desk_three_approved_requests_no_one_else_lists() {
    let mut state = SimState::new(0);
    let shared = shared_ids(&state);
    let (ada, bob) = (join(&mut state, "ada-pc"), join(&mut state, "bob-pc"));
    let setup = state.start_lesson(ada, LessonId::FirstEnrollment).unwrap();
    assert_eq!(setup.others.len(), 2);
    assert_eq!(setup.person, "Marta Eklund");
    let own = state.desk_requests(ada, None, false).unwrap();
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
    assert!(state.desk_requests(bob, None, false).is_none());
    assert!(
        state
            .desk_requests(ada, Some(RequestStatus::Pending), false)
            .unwrap()
            .is_empty(),
        "the status filter still applies"
    );
}

#[test]
fn starting_again_replaces_the_requests_and_forgets_the_old_ones() {
    let mut state = SimState::new(0);
    let ada = join(&mut state, "ada-pc");
    let first = state.start_lesson(ada, LessonId::FirstEnrollment).unwrap();
    let card = Uuid::new_v4();
    let holder = Caller::Desk(ada);
    let smartcard = state.bind(holder, first.request, card, "3b8d01").unwrap();
    let second = state.start_lesson(ada, LessonId::FirstEnrollment).unwrap();
    assert_ne!(first.request, second.request, "new ids on every start");
    assert!(state.request(first.request).is_none());
    assert!(
        state.smartcard(smartcard).is_none(),
        "its smartcard went too"
    );
    assert_eq!(state.desk_requests(ada, None, false).unwrap().len(), 3);
    assert_eq!(state.requests(None, false).len(), 36);
    // The index still finds every request after the old ones left.
    for id in [second.request, second.others[0], second.others[1]] {
        assert_eq!(state.request(id).unwrap().uuid, id);
    }
}

#[test]
fn each_lesson_sets_its_own_rule_for_the_request_to_bind() {
    let mut state = SimState::new(0);
    let [a, b, c, d] = ["a", "b", "c", "d"].map(|name| join(&mut state, name));
    let no = state.start_lesson(a, LessonId::ServerSaysNo).unwrap();
    assert!(matches!(
        state.lesson_bind_rule(no.request),
        Err(Refusal::Forbidden(m)) if m == "Access is denied."
    ));
    assert_eq!(state.lesson_bind_rule(no.others[0]), Ok(None));
    let pulled = state.start_lesson(b, LessonId::PulledAfterBind).unwrap();
    assert_eq!(
        state.lesson_bind_rule(pulled.request),
        Ok(Some(PULLED_AFTER_BIND_DELAY))
    );
    let chooses = state.start_lesson(c, LessonId::CardholderChooses).unwrap();
    assert!(state.cardholder_chooses(chooses.request));
    assert!(!state.cardholder_chooses(chooses.others[0]));
    let first = state.start_lesson(d, LessonId::FirstEnrollment).unwrap();
    assert!(!state.cardholder_chooses(first.request));
    assert_eq!(state.lesson_bind_rule(first.request), Ok(None));
}

#[test]
fn server_down_turns_only_that_desks_api_off_until_switched_on() {
    let mut state = SimState::new(0);
    let [a, b, fresh] = ["a", "b", "fresh"].map(|name| join(&mut state, name));
    state.start_lesson(a, LessonId::ServerDown).unwrap();
    state.start_lesson(b, LessonId::FirstEnrollment).unwrap();
    assert!(state.classroom.api_off(a));
    assert!(!state.classroom.api_off(b));
    assert!(!state.classroom.api_off(fresh));
    state.set_desk_api(a, true).unwrap();
    assert!(!state.classroom.api_off(a));
    state.set_desk_api(fresh, false).unwrap();
    assert!(state.classroom.api_off(fresh));
}

#[test]
fn results_are_capped_oldest_dropped_first() {
    let mut state = SimState::new(0);
    for seconds in 0..(MAX_RESULTS as u64 + 5) {
        state.classroom.record(LessonResult {
            seconds,
            ..result("a", LessonId::FirstEnrollment)
        });
    }
    let results = state.classroom.results();
    assert_eq!(results.len(), MAX_RESULTS);
    assert_eq!(results[0].seconds, 5);
}

#[test]
fn a_desk_reports_once_per_lesson_under_way_and_only_under_its_own_name() {
    let mut state = SimState::new(0);
    let (ada, bob) = (join(&mut state, "ada"), join(&mut state, "bob"));
    let refusal = |state: &mut SimState, desk, name| match state
        .take_result(desk, result(name, LessonId::FirstEnrollment))
    {
        Err(Refusal::Forbidden(words)) => words,
        other => panic!("{other:?}"),
    };
    assert!(refusal(&mut state, bob, "bob").contains("no lesson"));
    state.start_lesson(ada, LessonId::FirstEnrollment).unwrap();
    assert!(refusal(&mut state, bob, "ada").contains("only its own"));
    let other_lesson = result("ada", LessonId::ServerDown);
    assert!(state.take_result(ada, other_lesson).is_err());
    state
        .take_result(ada, result("ada", LessonId::FirstEnrollment))
        .unwrap();
    assert!(
        state
            .take_result(ada, result("ada", LessonId::FirstEnrollment))
            .is_err(),
        "one result per lesson started"
    );
    assert_eq!(state.classroom.results().len(), 1);
}

#[test]
fn a_second_desk_with_the_same_name_gets_a_number_and_keys_tell_them_apart() {
    let mut state = SimState::new(0);
    let now = Instant::now();
    let first = state.join_classroom("ada", now).unwrap();
    let second = state.join_classroom("ada", now).unwrap();
    let third = state.join_classroom("ada", now).unwrap();
    let names = [&first, &second, &third].map(|j| j.pass.desk.clone());
    assert_eq!(names, ["ada", "ada (2)", "ada (3)"]);
    assert_ne!(first.pass.key, second.pass.key);
    let classroom = &mut state.classroom;
    let key = |j: &Joined| j.pass.key.secret_text().as_bytes().to_vec();
    assert_eq!(classroom.desk_with_key(&key(&second), now), Some(second.id));
    assert_eq!(classroom.desk_with_key(b"ada", now), None);
    assert_eq!(classroom.desk_with_key(b"", now), None);
    let long = "x".repeat(64);
    state.join_classroom(&long, now).unwrap();
    let numbered = state.join_classroom(&long, now).unwrap().pass.desk;
    assert_eq!(numbered, format!("{} (2)", "x".repeat(60)));
    assert_eq!(numbered.chars().count(), 64);
}

#[test]
fn a_full_room_refuses_newcomers_and_keeps_every_member() {
    let mut state = SimState::new(0);
    state.classroom = Classroom::with_room_for(3);
    let start = Instant::now();
    let members: Vec<Joined> = ["a", "b", "c"]
        .map(|name| state.join_classroom(name, start).unwrap())
        .into();
    let lesson = state
        .start_lesson(members[0].id, LessonId::FirstEnrollment)
        .unwrap();
    for _ in 0..3 {
        let refused = state.join_classroom("stranger", start).unwrap_err();
        assert!(matches!(refused, JoinRefused::Full { max: 3, .. }));
    }
    assert_eq!(state.classroom.members(), 3);
    assert!(state.request(lesson.request).is_some());
    for member in &members {
        let key = member.pass.key.secret_text().as_bytes();
        assert_eq!(state.classroom.desk_with_key(key, start), Some(member.id));
    }
    // Hours of use keep a member; only a desk idle for IDLE_DROP makes room.
    let later = start + IDLE_DROP;
    for member in &members[1..] {
        let key = member.pass.key.secret_text().as_bytes();
        state
            .classroom
            .desk_with_key(key, later - Duration::from_secs(60));
    }
    let joined = state.join_classroom("newcomer", later).unwrap();
    assert_eq!(joined.left.len(), 1);
    assert_eq!(joined.left[0].name, "a");
    assert!(state.request(lesson.request).is_none(), "its requests went");
    assert!(!state.classroom.owns(lesson.request));
    let gone = members[0].pass.key.secret_text().as_bytes();
    assert_eq!(state.classroom.desk_with_key(gone, later), None);
    assert!(state.join_classroom("one-more", later).is_err());
}

#[test]
fn only_the_refusal_after_a_join_is_told_to_the_trainer() {
    let mut state = SimState::new(0);
    state.classroom = Classroom::with_room_for(1);
    let now = Instant::now();
    state.join_classroom("a", now).unwrap();
    let firsts: Vec<bool> = (0..3)
        .map(|_| match state.join_classroom("b", now) {
            Err(JoinRefused::Full { first, .. }) => first,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(firsts, [true, false, false]);
}

#[test]
fn a_desk_reaches_its_own_lesson_requests_the_shared_set_and_only_what_it_bound() {
    let mut state = SimState::new(0);
    let (ada_desk, bob_desk) = (join(&mut state, "ada"), join(&mut state, "bob"));
    let (ada, bob) = (Caller::Desk(ada_desk), Caller::Desk(bob_desk));
    let lesson = state
        .start_lesson(ada_desk, LessonId::FirstEnrollment)
        .unwrap();
    let ready: Vec<Uuid> = (state.requests(Some(RequestStatus::Approved), false).iter())
        .filter(|r| r.is_ready_to_bind())
        .map(|r| r.uuid)
        .collect();
    let (shared, untouched) = (ready[0], ready[1]);
    let sc = state
        .bind(ada, lesson.request, Uuid::new_v4(), "3b00")
        .unwrap();
    let shared_sc = state.bind(ada, shared, Uuid::new_v4(), "3b00").unwrap();
    let adas = [
        Thing::Request(lesson.request),
        Thing::Request(shared),
        Thing::Smartcard(sc),
        Thing::Smartcard(shared_sc),
    ];
    for thing in adas {
        assert!(state.may_touch(ada, thing), "{thing:?}");
        // Out of everyone else's reach, a shared request too once bound.
        for other in [bob, Caller::Keyless] {
            assert!(!state.may_touch(other, thing), "{other:?} {thing:?}");
            let missing = state.reach(other, thing).unwrap_err();
            assert!(matches!(missing, Refusal::NotFound(m) if m.ends_with("was not found.")));
        }
    }
    // What no desk bound stays shared, a request the demo data bound too.
    let prebound = (state.requests(None, false).iter())
        .find(|r| r.new_smartcard_uuid.is_some() && r.uuid != shared)
        .map(|r| r.uuid)
        .unwrap();
    for caller in [ada, bob, Caller::Keyless] {
        assert!(state.may_touch(caller, Thing::Request(untouched)));
        assert!(state.may_touch(caller, Thing::Request(prebound)));
    }
    assert!(!state.may_touch(ada, Thing::Request(Uuid::new_v4())));
    assert!(!state.may_touch(ada, Thing::Smartcard(Uuid::new_v4())));
}
