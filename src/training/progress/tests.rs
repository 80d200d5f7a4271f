use std::time::{Duration, Instant};

use uuid::Uuid;

use super::*;
use crate::training::lessons::Quiz;

fn run(lesson: LessonId, label: Option<Uuid>) -> (LessonRun, Uuid, Uuid, Instant) {
    let (request, decoy) = (Uuid::new_v4(), Uuid::new_v4());
    let setup = LessonSetup {
        lesson,
        request,
        person: "Mira Jansen".to_owned(),
        others: vec![decoy],
        queue: Vec::new(),
        cards: Vec::new(),
    };
    let start = Instant::now();
    (LessonRun::new(setup, label, start), request, decoy, start)
}

/// The trainee chooses `request`, inserts `card` and enrolls it.
fn up_to_the_start(request: Uuid, card: Uuid, confirm: bool) -> Vec<Happening> {
    let mut happenings = vec![
        Happening::RequestChosen(Some(request)),
        Happening::CardIn {
            card_id: Some(card),
        },
    ];
    if confirm {
        happenings.push(Happening::ConfirmShown { request });
    }
    happenings.push(Happening::EnrollmentStarted {
        request,
        card_id: card,
    });
    happenings
}

fn later(start: Instant, secs: u64) -> Instant {
    start + Duration::from_secs(secs)
}

#[test]
fn the_first_enrollment_ticks_each_step_when_it_really_happens() {
    let (mut run, request, _, start) = run(LessonId::FirstEnrollment, None);
    let card = Uuid::new_v4();
    assert_eq!(run.current(), Some(0));
    run.observe(&Happening::RequestChosen(Some(request)), later(start, 1));
    assert_eq!(run.current(), Some(1));
    run.observe(
        &Happening::CardIn {
            card_id: Some(card),
        },
        later(start, 2),
    );
    assert_eq!(run.current(), Some(2));
    run.observe(&Happening::ConfirmShown { request }, later(start, 3));
    run.observe(
        &Happening::EnrollmentStarted {
            request,
            card_id: card,
        },
        later(start, 4),
    );
    run.observe(&Happening::PinShown, later(start, 5));
    assert_eq!(run.current(), Some(5));
    assert!(!run.is_finished());
    run.observe(
        &Happening::PinClosed { handed_over: true },
        later(start, 20),
    );
    assert!(run.is_finished());
    assert!(run.mistakes().is_empty());
    let result = run.result("desk-1", later(start, 99));
    assert_eq!(
        (result.steps_done, result.steps_total, result.seconds),
        (6, 6, 20)
    );
}

#[test]
fn enrolling_another_request_is_noted_and_leaves_the_enroll_step_open() {
    let (mut run, request, decoy, start) = run(LessonId::FirstEnrollment, None);
    let card = Uuid::new_v4();
    run.observe(
        &Happening::CardIn {
            card_id: Some(card),
        },
        start,
    );
    run.observe(&Happening::RequestChosen(Some(request)), start);
    assert_eq!(run.current(), Some(2), "a card already in ticks its step");
    run.observe(&Happening::ConfirmShown { request: decoy }, start);
    assert_eq!(
        run.current(),
        Some(2),
        "the other request's confirmation is not the step"
    );
    run.observe(
        &Happening::EnrollmentStarted {
            request: decoy,
            card_id: card,
        },
        start,
    );
    assert_eq!(run.mistakes(), [Mistake::WrongRequest]);
    assert_eq!(run.current(), Some(2));
}

#[test]
fn choosing_a_request_and_going_back_does_not_tick() {
    let (mut run, request, decoy, start) = run(LessonId::FirstEnrollment, None);
    run.observe(&Happening::RequestChosen(Some(decoy)), start);
    assert_eq!(run.current(), Some(0));
    run.observe(&Happening::CardIn { card_id: None }, start);
    run.observe(&Happening::RequestChosen(Some(request)), start);
    assert_eq!(
        run.current(),
        Some(1),
        "a card without an id is not this lesson's card"
    );
}

#[test]
fn the_card_without_an_id_needs_the_labels_id_typed() {
    let label = Uuid::new_v4();
    let (mut run, request, _, start) = run(LessonId::CardWithoutId, Some(label));
    run.observe(&Happening::RequestChosen(Some(request)), start);
    run.observe(&Happening::CardIn { card_id: None }, start);
    run.observe(&Happening::TypedCardId(Some(Uuid::new_v4())), start);
    assert_eq!(run.current(), Some(2));
    run.observe(
        &Happening::EnrollmentStarted {
            request,
            card_id: Uuid::new_v4(),
        },
        start,
    );
    assert_eq!(run.mistakes(), [Mistake::WrongCardId]);
    run.observe(&Happening::TypedCardId(Some(label)), start);
    run.observe(
        &Happening::EnrollmentStarted {
            request,
            card_id: label,
        },
        start,
    );
    assert_eq!(run.current(), Some(4));
}

#[test]
fn a_wrong_answer_is_noted_once_and_the_right_one_ticks() {
    let (mut run, request, _, start) = run(LessonId::ServerSaysNo, None);
    let card = Uuid::new_v4();
    run.observe(&Happening::RequestChosen(Some(request)), start);
    run.observe(
        &Happening::CardIn {
            card_id: Some(card),
        },
        start,
    );
    run.observe(
        &Happening::EnrollmentStarted {
            request,
            card_id: card,
        },
        start,
    );
    run.observe(&Happening::EnrollmentRefused { forbidden: false }, start);
    assert_eq!(run.current(), Some(3), "only a refusal (403) is this step");
    run.observe(&Happening::EnrollmentRefused { forbidden: true }, start);
    let quiz = Quiz::Forbidden;
    let wrong = (quiz.right() + 1) % Quiz::CHOICES;
    run.observe(
        &Happening::Answered {
            quiz,
            choice: wrong,
        },
        start,
    );
    run.observe(
        &Happening::Answered {
            quiz,
            choice: wrong,
        },
        start,
    );
    assert_eq!(run.mistakes(), [Mistake::WrongAnswer]);
    assert!(!run.is_finished());
    run.observe(
        &Happening::Answered {
            quiz,
            choice: quiz.right(),
        },
        start,
    );
    assert!(run.is_finished());
}

#[test]
fn pulling_the_card_is_a_mistake_except_when_the_lesson_asks_for_it() {
    let (mut first, request, _, start) = run(LessonId::FirstEnrollment, None);
    let card = Uuid::new_v4();
    let mut happenings = up_to_the_start(request, card, true);
    happenings.push(Happening::CardOut { during_run: true });
    for happening in happenings {
        first.observe(&happening, start);
    }
    assert_eq!(first.mistakes(), [Mistake::CardPulledEarly]);

    let (mut pulled, request, _, start) = run(LessonId::PulledAfterBind, None);
    let mut happenings = up_to_the_start(request, card, false);
    happenings.extend([
        Happening::CardOut { during_run: true },
        Happening::EnrollmentStoppedBound,
        Happening::CardIn {
            card_id: Some(card),
        },
        Happening::PinShown,
        Happening::PinClosed { handed_over: true },
    ]);
    for happening in happenings {
        pulled.observe(&happening, later(start, 10));
    }
    assert!(pulled.is_finished());
    assert_eq!(pulled.mistakes(), [Mistake::HandedOverTooSoon]);
}

#[test]
fn a_pin_that_comes_before_the_card_is_pulled_is_noted() {
    let (mut run, request, _, start) = run(LessonId::PulledAfterBind, None);
    let card = Uuid::new_v4();
    let mut happenings = up_to_the_start(request, card, false);
    happenings.push(Happening::PinShown);
    for happening in happenings {
        run.observe(&happening, start);
    }
    assert_eq!(run.mistakes(), [Mistake::NotPulledInTime]);
    assert_eq!(
        run.current_step().map(|s| s.id),
        Some("pull-during-enrollment")
    );
}

#[test]
fn a_pin_window_that_runs_out_ends_the_lesson_with_the_hand_over_open() {
    let (mut run, request, _, start) = run(LessonId::FirstEnrollment, None);
    let card = Uuid::new_v4();
    let mut happenings = up_to_the_start(request, card, true);
    happenings.extend([
        Happening::PinShown,
        Happening::PinClosed { handed_over: false },
    ]);
    for happening in happenings {
        run.observe(&happening, start);
    }
    assert!(run.is_finished());
    assert_eq!(run.mistakes(), [Mistake::PinTimedOut]);
    assert_eq!(run.steps_done(), 5);
}

/// Every message the lessons look up by a computed id is in the English
/// file (the parity test then holds the other languages to it).
#[test]
fn every_lesson_message_is_in_the_english_file() {
    let english = crate::i18n::source_of(crate::i18n::Locale::En);
    let has = |id: &str| {
        english
            .lines()
            .any(|line| line.starts_with(&format!("{id} =")))
    };
    let mut ids = Vec::new();
    for lesson in LessonId::ALL {
        ids.push(format!("training-lesson-{}", lesson.slug()));
        ids.push(format!("training-lesson-{}-intro", lesson.slug()));
        for step in crate::training::lessons::steps(lesson) {
            ids.push(format!("training-step-{}", step.id));
            ids.push(format!("training-step-{}-why", step.id));
        }
    }
    for mistake in [
        Mistake::WrongRequest,
        Mistake::WrongCardId,
        Mistake::CardPulledEarly,
        Mistake::NotPulledInTime,
        Mistake::HandedOverTooSoon,
        Mistake::PinTimedOut,
        Mistake::WrongAnswer,
        Mistake::WrongCard,
    ] {
        ids.push(format!("training-mistake-{}", mistake.slug()));
    }
    for quiz in [
        Quiz::Forbidden,
        Quiz::CardholderChooses,
        Quiz::ApiOff,
        Quiz::NotTheirCard,
    ] {
        ids.push(format!("training-quiz-{}", quiz.stem()));
        for n in 0..Quiz::CHOICES {
            ids.push(format!("training-quiz-{}-{n}", quiz.stem()));
            ids.push(format!("training-quiz-{}-{n}-why", quiz.stem()));
        }
    }
    let missing: Vec<_> = ids.iter().filter(|id| !has(id)).collect();
    assert!(missing.is_empty(), "not in en/enroll-desk.ftl: {missing:?}");
}

#[test]
fn the_cardholder_chooses_ticks_on_the_entry_and_the_card_finished_with_their_pin() {
    let (mut run, request, _, start) = run(LessonId::CardholderChooses, None);
    let card = Uuid::new_v4();
    for happening in up_to_the_start(request, card, false) {
        run.observe(&happening, start);
    }
    assert_eq!(run.current_step().map(|s| s.id), Some("cardholder-chooses"));
    run.observe(&Happening::PinEntryShown, start);
    run.observe(
        &Happening::EnrollmentFinished {
            request,
            pin_to_hand_over: true,
        },
        start,
    );
    assert_eq!(
        run.current_step().map(|s| s.id),
        Some("cardholder-sets-pin"),
        "a PIN from the server is not the cardholder's"
    );
    run.observe(
        &Happening::EnrollmentFinished {
            request,
            pin_to_hand_over: false,
        },
        start,
    );
    assert_eq!(
        run.current_step().map(|s| s.id),
        Some("quiz-cardholder-chooses")
    );
}
