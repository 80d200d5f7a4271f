//! The forgot-PIN lesson and enrollment day, judged from happenings alone.

use std::time::{Duration, Instant};

use uuid::Uuid;

use super::*;
use crate::training::lessons::Quiz;
use crate::training::wire::Queued;

fn setup(lesson: LessonId, queue: Vec<Queued>, cards: Vec<Uuid>) -> LessonSetup {
    LessonSetup {
        lesson,
        request: Uuid::new_v4(),
        person: "Joanna Whitlock".to_owned(),
        others: Vec::new(),
        queue,
        cards,
    }
}

fn step_id(run: &LessonRun) -> Option<&'static str> {
    run.current_step().map(|step| step.id)
}

#[test]
fn forgot_pin_ticks_from_the_wrong_card_to_the_completed_unblock() {
    let (wrong, own) = (Uuid::new_v4(), Uuid::new_v4());
    let setup = setup(LessonId::ForgotPin, Vec::new(), vec![wrong, own]);
    let request = setup.request;
    let start = Instant::now();
    let mut run = LessonRun::new(setup, None, start);
    assert_eq!(run.cards_handed(), [wrong], "the wrong card comes first");
    run.observe(&Happening::OwnerShown { card_id: wrong }, start);
    assert_eq!(step_id(&run), Some("quiz-not-their-card"));
    run.observe(
        &Happening::Answered {
            quiz: Quiz::NotTheirCard,
            choice: 0,
        },
        start,
    );
    assert_eq!(
        run.cards_handed(),
        [wrong],
        "not asked for the own card yet"
    );
    run.observe(
        &Happening::Answered {
            quiz: Quiz::NotTheirCard,
            choice: 1,
        },
        start,
    );
    assert_eq!(run.cards_handed(), [wrong, own]);
    assert_eq!(run.mistakes(), [Mistake::WrongAnswer]);
    // The wrong card read again does not count as the own card.
    run.observe(&Happening::OwnerShown { card_id: wrong }, start);
    assert_eq!(step_id(&run), Some("forgot-own-card"));
    run.observe(&Happening::OwnerShown { card_id: own }, start);
    // Chosen in the table is not picked from the card's open requests.
    run.observe(&Happening::RequestChosen(Some(request)), start);
    assert_eq!(step_id(&run), Some("forgot-pick-request"));
    run.observe(&Happening::CardRequestPicked(request), start);
    assert_eq!(step_id(&run), Some("forgot-unblock"));
    // The request started on a card that is not theirs: noted, not ticked.
    let started_on = |card_id| Happening::EnrollmentStarted { request, card_id };
    run.observe(&started_on(wrong), start);
    assert_eq!(step_id(&run), Some("forgot-unblock"));
    assert_eq!(run.mistakes(), [Mistake::WrongAnswer, Mistake::WrongCard]);
    run.observe(&started_on(own), start);
    run.observe(
        &Happening::EnrollmentFinished {
            request,
            pin_to_hand_over: true,
        },
        start,
    );
    assert_eq!(step_id(&run), Some("forgot-read-pin"));
    run.observe(&Happening::PinShown, start);
    let later = start + TOO_SOON + Duration::from_secs(1);
    run.observe(&Happening::PinClosed { handed_over: true }, later);
    assert!(run.is_finished(), "completed before the hand-over");
    assert_eq!(run.steps_done(), 8);
}

#[test]
fn enrollment_day_needs_two_runs_at_once_and_every_pin_handed_over() {
    let queue: Vec<Queued> = ["Ines Kowalczyk", "Mateo Varga"]
        .map(|person| Queued {
            request: Uuid::new_v4(),
            person: person.to_owned(),
        })
        .into();
    let setup = setup(LessonId::EnrollmentDay, queue, Vec::new());
    let requests: Vec<Uuid> = setup.to_serve().collect();
    let start = Instant::now();
    let mut run = LessonRun::new(setup, None, start);
    let started = |request| Happening::EnrollmentStarted {
        request,
        card_id: Uuid::new_v4(),
    };
    // One after the other is not side by side.
    run.observe(&started(requests[0]), start);
    run.observe(&Happening::RunsUnderWay(1), start);
    run.observe(&started(requests[1]), start);
    run.observe(&Happening::RunsUnderWay(1), start);
    assert_eq!(step_id(&run), Some("day-next-card"));
    run.observe(&started(requests[2]), start);
    run.observe(&Happening::RunsUnderWay(2), start);
    assert_eq!(step_id(&run), Some("day-pins-one-by-one"), "all started");
    let mut now = start;
    for request in &requests {
        run.observe(
            &Happening::EnrollmentFinished {
                request: *request,
                pin_to_hand_over: true,
            },
            now,
        );
        run.observe(&Happening::PinShown, now);
        now += TOO_SOON + Duration::from_secs(1);
        assert!(!run.is_finished());
        run.observe(&Happening::PinClosed { handed_over: true }, now);
    }
    assert!(run.is_finished());
    assert_eq!(run.steps_done(), 5);
    assert!(run.mistakes().is_empty(), "{:?}", run.mistakes());
}

#[test]
fn on_enrollment_day_a_pin_that_runs_out_ends_the_lesson() {
    let queue = vec![Queued {
        request: Uuid::new_v4(),
        person: "Mateo Varga".to_owned(),
    }];
    let setup = setup(LessonId::EnrollmentDay, queue, Vec::new());
    let first = setup.request;
    let start = Instant::now();
    let mut run = LessonRun::new(setup, None, start);
    run.observe(
        &Happening::EnrollmentStarted {
            request: first,
            card_id: Uuid::new_v4(),
        },
        start,
    );
    // The first PIN runs out while the next card is still to be started.
    run.observe(&Happening::PinShown, start);
    run.observe(&Happening::PinClosed { handed_over: false }, start);
    assert!(run.is_finished());
    assert_eq!(run.mistakes(), [Mistake::PinTimedOut]);
    // Another person's request is not one to serve.
    let mut run = LessonRun::new(
        self::setup(LessonId::EnrollmentDay, Vec::new(), Vec::new()),
        None,
        start,
    );
    run.observe(
        &Happening::EnrollmentStarted {
            request: Uuid::new_v4(),
            card_id: Uuid::new_v4(),
        },
        start,
    );
    assert_eq!(run.mistakes(), [Mistake::WrongRequest]);
    assert_eq!(step_id(&run), Some("day-first-card"));
}
