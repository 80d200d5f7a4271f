//! A classroom: two trainee desks (headless) against one simulator each
//! finish the first lesson with requests of their own, and the simulator's
//! report lists both; each gets forgot-PIN cards of its own.

mod support;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use enroll_desk::cm::ClientConfig;
use enroll_desk::sim::{SimConfig, SimServer};
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::trainee::TraineeDesk;
use enroll_desk::ui::Mode;
use support::desk::{desk_with, settings};
use support::training::first_enrollment;
use uuid::Uuid;

fn trainee(sim: &SimServer, name: &str) -> Mode {
    Mode::Classroom(ClientConfig {
        trainee_desk: Some(TraineeDesk::new(name)),
        ..ClientConfig::new(sim.url())
    })
}

#[test]
fn two_desks_finish_the_first_lesson_with_their_own_requests_and_the_report_lists_both() {
    let classroom = SimConfig {
        classroom: true,
        ..SimConfig::default()
    };
    let sim = SimServer::start(([127, 0, 0, 1], 0).into(), classroom).unwrap();
    let (mut ada, _ada_dir) = desk_with(settings(), trainee(&sim, "ada-pc"));
    let (mut bruno, _bruno_dir) = desk_with(settings(), trainee(&sim, "bruno-pc"));

    let ada_request = first_enrollment(&mut ada);
    let bruno_request = first_enrollment(&mut bruno);
    assert_ne!(ada_request, bruno_request);
    let listed = |h: &egui_kittest::Harness<'static, enroll_desk::ui::Desk>| {
        h.state()
            .requests()
            .visible_rows()
            .map(|row| row.request.uuid)
            .collect::<HashSet<Uuid>>()
    };
    assert!(
        listed(&ada).is_disjoint(&listed(&bruno)),
        "each desk lists its own requests"
    );
    for h in [&ada, &bruno] {
        let run = h.state().lesson().unwrap();
        assert_eq!((run.steps_done(), run.mistakes().len()), (6, 0));
    }

    // The results go to the simulator in the background.
    let trainer = TrainingClient::new(&ClientConfig::new(sim.url())).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let report = loop {
        let report = trainer.report(sim.trainer_key()).unwrap();
        if report.len() >= 2 || Instant::now() > deadline {
            break report;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut desks: Vec<(&str, &str, u32)> = report
        .iter()
        .map(|r| (r.desk.as_str(), r.lesson.slug(), r.steps_done))
        .collect();
    desks.sort_unstable();
    assert_eq!(
        desks,
        [
            ("ada-pc", "first-enrollment", 6),
            ("bruno-pc", "first-enrollment", 6)
        ]
    );
}

/// A call the lesson makes in the background that fails is told to the
/// trainee: the server-down lesson cannot turn the REST API back on when
/// the classroom's simulator itself has gone.
#[test]
fn a_lesson_call_the_simulator_does_not_take_is_told_to_the_trainee() {
    use egui_kittest::kittest::Queryable;
    use support::desk::{has_label_containing, step_until};
    use support::training::{click_in_view, start_lesson, wait_for_step};

    let mut sim = SimServer::start(([127, 0, 0, 1], 0).into(), SimConfig::default()).unwrap();
    let (mut h, _dir) = desk_with(settings(), trainee(&sim, "carla-pc"));
    start_lesson(&mut h, "The server is down or its REST API is off");
    h.key_press(egui::Key::F5);
    wait_for_step(&mut h, "quiz-api-off");
    click_in_view(&mut h, "Check the server address in the settings");
    wait_for_step(&mut h, "open-settings");
    sim.pause();
    h.get_by_label("Settings…").click();
    step_until(&mut h, "the failed call to be told", |h| {
        has_label_containing(h, "The simulator did not take the lesson's call")
    });
}

/// Two desks of one classroom each get their own forgot-PIN set-up over
/// HTTP: a card id of one desk's lesson is unknown to the other, and the
/// desk whose lesson it is unblocks its own card to the end.
#[test]
fn each_desk_gets_its_own_forgot_pin_cards_and_unblocks_only_its_own() {
    use enroll_desk::training::wire::LessonId;
    use support::desk::{has_label_containing, step_until};

    let classroom = SimConfig {
        classroom: true,
        ..SimConfig::default()
    };
    let sim = SimServer::start(([127, 0, 0, 1], 0).into(), classroom).unwrap();
    let (mut ada, _ada_dir) = desk_with(settings(), trainee(&sim, "ada-pc"));
    let (mut bruno, _bruno_dir) = desk_with(settings(), trainee(&sim, "bruno-pc"));
    support::trainee::start(&mut ada, LessonId::ForgotPin);
    support::trainee::start(&mut bruno, LessonId::ForgotPin);
    let cards_of = |h: &egui_kittest::Harness<'static, enroll_desk::ui::Desk>| {
        h.state().lesson().unwrap().setup().cards.clone()
    };
    let (ada_cards, bruno_cards) = (cards_of(&ada), cards_of(&bruno));
    assert!(ada_cards.iter().all(|card| !bruno_cards.contains(card)));

    // Ada's own card id, on a card in Bruno's reader: not his to see.
    let reader = enroll_desk::demo::DEMO_READERS[0];
    let bruno_cards_in_hand = bruno.state().simulated_cards().unwrap();
    bruno_cards_in_hand
        .insert(reader, Some(ada_cards[1]))
        .unwrap();
    step_until(&mut bruno, "the card to be looked up", |h| {
        has_label_containing(h, "The CM server does not know this card")
    });

    support::trainee::finish(&mut ada, &mut |_| {});
    let run = ada.state().lesson().unwrap();
    assert_eq!(run.steps_done(), 8);
    let unblock = run.setup().request;
    let status = sim.with_state(|s| s.request(unblock).map(|r| r.status));
    assert_eq!(status, Some(enroll_desk::cm::RequestStatus::Completed));
}
