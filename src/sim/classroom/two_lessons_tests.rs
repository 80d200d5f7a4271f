//! The set-ups of the forgot-PIN lesson and of enrollment day, per desk.

use super::*;
use crate::cm::SmartcardStatus;
use crate::sim::scope::{Caller, Thing};

fn join(state: &mut SimState, name: &str) -> DeskId {
    state.join_classroom(name, Instant::now()).unwrap().id
}

#[test]
fn forgot_pin_gives_each_desk_two_enrolled_cards_and_an_unblock_request_for_one() {
    let mut state = SimState::new(0);
    let (ada, bob) = (join(&mut state, "ada-pc"), join(&mut state, "bob-pc"));
    let setups = [ada, bob].map(|desk| state.start_lesson(desk, LessonId::ForgotPin).unwrap());
    assert_ne!(setups[0].cards, setups[1].cards, "each desk its own cards");
    for (desk, setup) in [ada, bob].into_iter().zip(&setups) {
        let [wrong, own] = setup.cards[..] else {
            panic!("two cards: {:?}", setup.cards)
        };
        let unblock = state.request(setup.request).unwrap();
        assert_eq!(unblock.request_type, RequestType::Unblock);
        assert_eq!(unblock.status, RequestStatus::Approved);
        assert_eq!(unblock.data_item("DisplayName"), Some("Joanna Whitlock"));
        let own_cards = state.smartcards_for_card(own);
        let [own_smartcard] = own_cards[..] else {
            panic!("one smartcard for the own card")
        };
        assert_eq!(unblock.old_smartcard_uuid, Some(own_smartcard.uuid));
        assert_eq!(own_smartcard.status, SmartcardStatus::Active);
        assert!(state.unblock_pin_of(setup.request).is_some(), "a new PIN");
        let wrong_smartcard = state.smartcards_for_card(wrong)[0].uuid;
        let listed = state.desk_requests(desk, None, false).unwrap();
        assert_eq!(listed.len(), 3);
        let colleague = listed
            .iter()
            .find(|r| r.new_smartcard_uuid == Some(wrong_smartcard))
            .expect("the colleague's enrollment is listed");
        assert_eq!(colleague.status, RequestStatus::Completed);
        assert_eq!(colleague.data_item("DisplayName"), Some("Joanna Whitby"));
        // Nothing open for the colleague's card: no Unblock is offered for it.
        assert!(!listed.iter().any(|r| {
            r.old_smartcard_uuid == Some(wrong_smartcard) && r.status == RequestStatus::Approved
        }));
        for smartcard in [own_smartcard.uuid, wrong_smartcard] {
            assert!(state.may_touch(Caller::Desk(desk), Thing::Smartcard(smartcard)));
        }
    }
    let bobs = state.smartcards_for_card(setups[1].cards[1])[0].uuid;
    assert!(!state.may_touch(Caller::Desk(ada), Thing::Smartcard(bobs)));
    // Another lesson takes the cards and the Unblock request away.
    state.start_lesson(ada, LessonId::FirstEnrollment).unwrap();
    assert!(state.smartcards_for_card(setups[0].cards[1]).is_empty());
    assert!(state.request(setups[0].request).is_none());
    assert!(state.unblock_pin_of(setups[0].request).is_none());
}

#[test]
fn enrollment_day_gives_each_desk_three_cardholders_in_line() {
    let mut state = SimState::new(0);
    let (ada, bob) = (join(&mut state, "ada-pc"), join(&mut state, "bob-pc"));
    let setups = [ada, bob].map(|desk| state.start_lesson(desk, LessonId::EnrollmentDay).unwrap());
    for (desk, setup) in [ada, bob].into_iter().zip(&setups) {
        assert_eq!(setup.queue.len(), 2);
        assert!(
            setup.others.is_empty(),
            "everyone in line is to be enrolled"
        );
        let mut served: Vec<Uuid> = setup.to_serve().collect();
        let mut listed: Vec<Uuid> = (state.desk_requests(desk, None, false).unwrap())
            .iter()
            .filter(|r| r.is_ready_to_bind() && r.request_type == RequestType::Enroll)
            .map(|r| r.uuid)
            .collect();
        served.sort();
        listed.sort();
        assert_eq!(served, listed);
        let names: Vec<&str> = setup.queue.iter().map(|q| q.person.as_str()).collect();
        assert_eq!(names, ["Yara Lindeman", "Kofi Asante"]);
        assert!(
            !state.cardholder_chooses(setup.request),
            "PINs to hand over"
        );
    }
    assert!(
        setups[0]
            .to_serve()
            .all(|r| !setups[1].to_serve().any(|s| s == r))
    );
}

#[test]
fn the_report_names_both_lessons_each_desk_finished() {
    let mut state = SimState::new(0);
    let ada = join(&mut state, "ada-pc");
    for (lesson, steps) in [(LessonId::ForgotPin, 8), (LessonId::EnrollmentDay, 5)] {
        state.start_lesson(ada, lesson).unwrap();
        let result = LessonResult {
            desk: "ada-pc".into(),
            lesson,
            seconds: 90,
            steps_done: steps,
            steps_total: steps,
            mistakes: Vec::new(),
            finished_at: Utc::now(),
        };
        state.take_result(ada, result).unwrap();
    }
    let report = serde_json::to_value(state.classroom.results()).unwrap();
    let lessons: Vec<&str> = (report.as_array().unwrap().iter())
        .map(|result| result["lesson"].as_str().unwrap())
        .collect();
    assert_eq!(lessons, ["forgot-pin", "enrollment-day"]);
}
