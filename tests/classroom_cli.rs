//! The classroom from outside: `enroll-desk sim --classroom` as the trainer
//! runs it (and types fault commands into it), and the classroom client
//! against servers that are not one.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use enroll_desk::cm::{ClientConfig, CmError, RequestFilter};
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::keys::ClassroomKey;
use enroll_desk::training::trainee::TraineeDesk;
use enroll_desk::training::wire::LessonId;
use support::classroom::result_of;
use support::trainer_console::ClassroomSim;

#[test]
fn sim_classroom_tells_the_trainer_what_desks_run_and_each_result() {
    let sim = ClassroomSim::start();
    let (_, training) = sim.desk("ada-pc");
    training.start_lesson(LessonId::FirstEnrollment).unwrap();
    assert_eq!(
        sim.next_line(),
        "Desk \"ada-pc\" joined the classroom (1 of 1,000 places taken)."
    );
    training
        .send_result(&result_of(
            &training,
            LessonId::FirstEnrollment,
            &["wrong-request"],
        ))
        .unwrap();
    assert_eq!(
        sim.next_line(),
        "desk ada-pc finished \"first-enrollment\" in 212 s: 6/6 steps, 1 mistake (wrong-request)"
    );
}

#[test]
fn the_trainer_switches_faults_for_the_room_while_lessons_go_on() {
    let mut sim = ClassroomSim::start();
    let (cm, training) = sim.desk("ada-pc");
    let listing = || cm.list_requests(RequestFilter::default());
    assert!(!listing().unwrap().is_empty());
    assert!(sim.next_line().contains("\"ada-pc\" joined"));

    assert_eq!(
        sim.type_command("forbidden on"),
        "faults: every CM call now answers 403 Forbidden for the whole room"
    );
    let refused = listing().unwrap_err();
    assert!(matches!(refused, CmError::Forbidden { .. }), "{refused:?}");
    // The classroom's plumbing ignores the room's faults.
    training.start_lesson(LessonId::FirstEnrollment).unwrap();
    assert!(
        sim.type_command("status")
            .contains("forbidden (100% of CM calls")
    );

    assert!(
        sim.type_command("forbidden off")
            .contains("no longer answer 403")
    );
    assert!(!listing().unwrap().is_empty());

    assert_eq!(
        sim.type_command("reboot"),
        "\"reboot\" is not a command; type help for the trainer's commands"
    );
    assert!(!listing().unwrap().is_empty());

    assert!(sim.type_command("down on").contains("now down"));
    // A desk connecting anew is refused; one with a kept-alive connection
    // finds it closed. Both are unreachable to the officer.
    let refused = sim
        .desk("grace-pc")
        .0
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(
        matches!(&refused, CmError::Unreachable { detail, .. } if detail.contains("refused")),
        "{refused:?}"
    );
    let down = listing().unwrap_err();
    assert!(matches!(down, CmError::Unreachable { .. }), "{down:?}");
    assert!(sim.type_command("down off").contains("now up"));
    assert!(!listing().unwrap().is_empty());

    drop(sim.keyboard.take());
    assert!(
        sim.next_line()
            .starts_with("No more trainer's commands (stdin ended)")
    );
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        sim.child.try_wait().unwrap().is_none(),
        "the simulator exited"
    );
    assert!(!listing().unwrap().is_empty());
    // A fresh desk: `training` sat idle through `down`, and the client's
    // current-thread runtime never saw its kept-alive connection close, so
    // its first call would fail once on that dead connection.
    sim.desk("grace-pc")
        .1
        .start_lesson(LessonId::FirstEnrollment)
        .unwrap();
}

/// The trainer holds the report, hears who joins (names whole, in any
/// script) and hears once that the room is full; members keep their places.
#[test]
fn the_trainer_holds_the_report_and_hears_who_joins_until_the_room_is_full() {
    let sim = ClassroomSim::start_with(&["--max-desks", "2"]);
    let (_, minjun) = sim.desk("김민준");
    minjun.start_lesson(LessonId::FirstEnrollment).unwrap();
    assert_eq!(
        sim.next_line(),
        "Desk \"김민준\" joined the classroom (1 of 2 places taken)."
    );
    let (_, same_account) = sim.desk("김민준");
    same_account.start_lesson(LessonId::ServerDown).unwrap();
    assert_eq!(
        sim.next_line(),
        "Desk \"김민준 (2)\" joined the classroom (2 of 2 places taken)."
    );
    for _ in 0..3 {
        let refused = sim
            .desk("stranger")
            .1
            .start_lesson(LessonId::FirstEnrollment)
            .unwrap_err();
        assert!(
            matches!(refused, CmError::ClassroomFull { .. }),
            "{refused:?}"
        );
    }
    assert_eq!(
        sim.next_line(),
        "The classroom is full (2 desks): a desk that tried to join was refused. Start the simulator with a larger --max-desks to take more."
    );
    minjun
        .send_result(&result_of(&minjun, LessonId::FirstEnrollment, &[]))
        .unwrap();
    // The full room was told once: the next line is the member's result.
    assert_eq!(
        sim.next_line(),
        "desk 김민준 finished \"first-enrollment\" in 212 s: 6/6 steps, no mistakes"
    );

    let trainer = sim.trainer();
    let guessed = ClassroomKey::random().unwrap();
    let refused = trainer.report(&guessed).unwrap_err();
    assert!(matches!(refused, CmError::Forbidden { .. }), "{refused:?}");
    let report = trainer.report(sim.trainer_key.as_ref().unwrap()).unwrap();
    let desks: Vec<&str> = report.iter().map(|r| r.desk.as_str()).collect();
    assert_eq!(desks, ["김민준"]);
}

#[test]
fn servers_that_are_not_a_classroom_give_errors_with_words() {
    use support::canned::{Reply, json, serve};
    let try_start = |url: &str| {
        let config = ClientConfig {
            trainee_desk: Some(TraineeDesk::new("ada-pc")),
            ..ClientConfig::new(url)
        };
        TrainingClient::new(&config)
            .unwrap()
            .start_lesson(LessonId::FirstEnrollment)
            .unwrap_err()
    };
    let real_cm = serve(
        json(404, r#"{"Message":"No HTTP resource was found."}"#),
        vec![],
    );
    let error = try_start(&real_cm.url);
    assert!(
        error.to_string().contains("not a training simulator"),
        "{error}"
    );
    let garbled = serve(
        json(200, r#"{"lesson":"first-enrollment","request":"#),
        vec![],
    );
    let error = try_start(&garbled.url);
    assert!(
        matches!(&error, CmError::UnexpectedResponse { got, .. } if got.contains("JSON that does not fit")),
        "{error:?}"
    );
    let failing = serve(json(500, r#"{"Message":"An error has occurred."}"#), vec![]);
    assert!(matches!(
        try_start(&failing.url),
        CmError::ServerError { status: 500, .. }
    ));
    let gone = serve(Reply::Hangup, vec![]);
    assert!(matches!(try_start(&gone.url), CmError::Unreachable { .. }));
}
