//! The training classroom over real HTTP on loopback: trainee desks against
//! one simulator, each with its own lesson requests, the trainer's faults
//! for the whole room, and the results the trainer sees.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use enroll_desk::cm::{AuthMethod, Client, ClientConfig, CmError, RequestFilter};
use enroll_desk::pin::PinOutcome;
use enroll_desk::sim::{Faults, PULLED_AFTER_BIND_DELAY, SimAuth, SimConfig};
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::wire::DESK_KEY_HEADER;
use enroll_desk::training::wire::{LessonId, MISTAKES_MAX};
use support::classroom::joined_key;
use support::classroom::{
    atr, bind_and_fetch_pin, desk, desk_config, ids, report, result, result_of,
};
use support::sim;
use uuid::Uuid;

#[test]
fn two_desks_each_see_bind_and_report_their_own_lesson() {
    let server = sim(SimConfig::default());
    let shared = support::client_for(&server.url());
    let shared_before = ids(&shared.list_requests(RequestFilter::default()).unwrap());
    let (ada_cm, ada) = desk(&server, "ada-pc");
    let (bob_cm, bob) = desk(&server, "bob-pc");
    let ada_setup = ada.start_lesson(LessonId::FirstEnrollment).unwrap();
    let bob_setup = bob.start_lesson(LessonId::FirstEnrollment).unwrap();
    let ada_list = ada_cm.list_requests(RequestFilter::default()).unwrap();
    let bob_list = bob_cm.list_requests(RequestFilter::default()).unwrap();
    assert_eq!(ada_list.len(), 3);
    assert_eq!(bob_list.len(), 3);
    assert!(ids(&ada_list).is_disjoint(&ids(&bob_list)));
    let expected: HashSet<Uuid> =
        [ada_setup.request, ada_setup.others[0], ada_setup.others[1]].into();
    assert_eq!(ids(&ada_list), expected);
    let lesson_request = ada_list
        .iter()
        .find(|r| r.uuid == ada_setup.request)
        .unwrap();
    assert_eq!(
        lesson_request.data_item("DisplayName"),
        Some(ada_setup.person.as_str())
    );

    for (client, setup) in [(&ada_cm, &ada_setup), (&bob_cm, &bob_setup)] {
        let outcome = bind_and_fetch_pin(client, setup.request).unwrap();
        assert!(matches!(outcome, PinOutcome::Proposed(_)));
    }
    ada.send_result(&result_of(
        &ada,
        LessonId::FirstEnrollment,
        &["wrong-request"],
    ))
    .unwrap();
    bob.send_result(&result_of(&bob, LessonId::FirstEnrollment, &[]))
        .unwrap();
    let report = report(&server);
    let desks: Vec<&str> = report.iter().map(|r| r.desk.as_str()).collect();
    assert_eq!(desks, ["ada-pc", "bob-pc"], "both desks, oldest first");
    assert_eq!(report[0].mistakes, ["wrong-request"]);

    let shared_after = ids(&shared.list_requests(RequestFilter::default()).unwrap());
    assert_eq!(
        shared_after, shared_before,
        "no desk's requests in the shared list"
    );
    assert!(shared_after.is_disjoint(&ids(&ada_list)));
}

#[test]
fn a_desk_without_a_lesson_sees_the_shared_demo_set() {
    let server = sim(SimConfig::default());
    let (cm, _) = desk(&server, "carol-pc");
    let listed = cm.list_requests(RequestFilter::default()).unwrap();
    let shared = support::client_for(&server.url())
        .list_requests(RequestFilter::default())
        .unwrap();
    assert_eq!(ids(&listed), ids(&shared));
    assert!(listed.len() >= 30);
}

#[test]
fn server_says_no_refuses_the_lesson_request_but_binds_a_decoy() {
    let server = sim(SimConfig::default());
    let (cm, training) = desk(&server, "ada-pc");
    let setup = training.start_lesson(LessonId::ServerSaysNo).unwrap();
    let refused = cm
        .bind_card(setup.request, Uuid::new_v4(), &atr())
        .unwrap_err();
    assert!(
        matches!(&refused, CmError::Forbidden { message, .. } if message == "Access is denied."),
        "{refused:?}"
    );
    assert!(matches!(
        bind_and_fetch_pin(&cm, setup.others[0]).unwrap(),
        PinOutcome::Proposed(_)
    ));
}

#[test]
fn server_down_turns_off_one_desks_api_until_it_is_switched_on() {
    let server = sim(SimConfig::default());
    let (ada_cm, ada) = desk(&server, "ada-pc");
    let (bob_cm, bob) = desk(&server, "bob-pc");
    ada.start_lesson(LessonId::ServerDown).unwrap();
    bob.start_lesson(LessonId::FirstEnrollment).unwrap();
    let off = ada_cm.list_requests(RequestFilter::default()).unwrap_err();
    assert!(matches!(off, CmError::ApiNotEnabled { .. }), "{off:?}");
    assert_eq!(
        bob_cm
            .list_requests(RequestFilter::default())
            .unwrap()
            .len(),
        3
    );
    ada.set_api(true).unwrap();
    assert_eq!(
        ada_cm
            .list_requests(RequestFilter::default())
            .unwrap()
            .len(),
        3
    );
    ada.set_api(false).unwrap();
    assert!(matches!(
        ada_cm.list_requests(RequestFilter::default()),
        Err(CmError::ApiNotEnabled { .. })
    ));
}

#[test]
fn cardholder_chooses_gives_no_pin_for_the_lesson_request() {
    let server = sim(SimConfig::default());
    let (cm, training) = desk(&server, "ada-pc");
    let setup = training.start_lesson(LessonId::CardholderChooses).unwrap();
    let outcome = bind_and_fetch_pin(&cm, setup.request).unwrap();
    assert!(matches!(outcome, PinOutcome::CardholderChooses));
}

#[test]
fn pulled_after_bind_answers_the_bind_late_but_binds() {
    let server = sim(SimConfig::default());
    let (cm, training) = desk(&server, "ada-pc");
    let setup = training.start_lesson(LessonId::PulledAfterBind).unwrap();
    let started = Instant::now();
    let smartcard = cm.bind_card(setup.request, Uuid::new_v4(), &atr()).unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert!(PULLED_AFTER_BIND_DELAY >= Duration::from_secs(4));
    let bound = cm.get_request(setup.request).unwrap();
    assert_eq!(bound.new_smartcard_uuid, Some(smartcard));
}

#[test]
fn the_trainers_faults_leave_the_classroom_routes_alone() {
    let server = sim(SimConfig {
        faults: Faults {
            forbidden_rate: 1.0,
            latency_ms: 5_000,
            api_disabled: false,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    // Shorter than the latency: a delayed classroom call would time out.
    let config = desk_config(&server, "ada-pc").with_timeout(Duration::from_secs(3));
    let training = TrainingClient::new(&config).unwrap();
    let setup = training.start_lesson(LessonId::FirstEnrollment).unwrap();
    training.set_api(true).unwrap();
    TrainingClient::new(&ClientConfig::new(server.url()).with_timeout(Duration::from_secs(3)))
        .unwrap()
        .report(server.trainer_key())
        .unwrap();
    // The CM API itself is slowed and refused for every desk.
    server.set_faults(Faults {
        forbidden_rate: 1.0,
        ..Faults::default()
    });
    let cm = Client::new(config.clone()).unwrap();
    assert!(matches!(
        cm.bind_card(setup.request, Uuid::new_v4(), &atr()),
        Err(CmError::Forbidden { .. })
    ));
    server.set_faults(Faults {
        api_disabled: true,
        ..Faults::default()
    });
    assert!(matches!(
        cm.list_requests(RequestFilter::default()),
        Err(CmError::ApiNotEnabled { .. })
    ));
    training.start_lesson(LessonId::ServerDown).unwrap();
}

#[test]
fn classroom_calls_sign_in_like_every_call() {
    let server = sim(SimConfig {
        auth: SimAuth::Bearer("s3cret".into()),
        ..SimConfig::default()
    });
    let anonymous = ClientConfig {
        auth: AuthMethod::None,
        ..desk_config(&server, "ada-pc")
    };
    let refused = TrainingClient::new(&anonymous)
        .unwrap()
        .start_lesson(LessonId::FirstEnrollment)
        .unwrap_err();
    assert!(
        matches!(refused, CmError::Unauthorized { .. }),
        "{refused:?}"
    );
    let signed_in = ClientConfig {
        token: Some("s3cret".to_owned().into()),
        ..desk_config(&server, "ada-pc")
    };
    TrainingClient::new(&signed_in)
        .unwrap()
        .start_lesson(LessonId::FirstEnrollment)
        .unwrap();
}

#[test]
fn bad_desk_names_and_lessons_are_refused_with_words() {
    let server = sim(SimConfig::default());
    let http = reqwest::blocking::Client::new();
    let too_long = "x".repeat(65);
    for bad in ["", too_long.as_str(), "a\u{7}b", "evil\u{202E}gpj.exe"] {
        let answer = http
            .post(format!("{}/training/desks", server.url()))
            .json(&serde_json::json!({ "name": bad }))
            .send()
            .unwrap();
        assert_eq!(answer.status(), 400, "{bad:?}");
        assert!(answer.text().unwrap().contains("desk name"), "{bad:?}");
    }
    let key = joined_key(&server, "ada-pc");
    let answer = http
        .post(format!("{}/training/lessons", server.url()))
        .header(DESK_KEY_HEADER, &key)
        .json(&serde_json::json!({ "lesson": "juggling" }))
        .send()
        .unwrap();
    assert_eq!(answer.status(), 400);
    let text = answer.text().unwrap();
    assert!(
        text.contains("unknown variant") && text.contains("first-enrollment"),
        "{text}"
    );
    let answer = http
        .post(format!("{}/training/results", server.url()))
        .header(DESK_KEY_HEADER, &key)
        .json(&result("ada-pc", LessonId::FirstEnrollment, &["\u{1b}[2J"]))
        .send()
        .unwrap();
    assert_eq!(answer.status(), 400);
    assert!(answer.text().unwrap().contains("not a slug"));
    assert!(report(&server).is_empty(), "nothing bad was kept");
}

#[test]
fn a_report_bigger_than_one_object_still_arrives() {
    let server = sim(SimConfig::default());
    let (_, training) = desk(&server, &"d".repeat(64));
    let mistake = "m".repeat(64);
    let mistakes = vec![mistake.as_str(); MISTAKES_MAX];
    // About 2.2 KB each: 600 of them pass 1 MiB. One result per lesson started.
    for _ in 0..600 {
        training.start_lesson(LessonId::ServerDown).unwrap();
        training
            .send_result(&result_of(&training, LessonId::ServerDown, &mistakes))
            .unwrap();
    }
    let report = report(&server);
    assert_eq!(report.len(), 600);
    assert!(serde_json::to_vec(&report).unwrap().len() > 1024 * 1024);
}
