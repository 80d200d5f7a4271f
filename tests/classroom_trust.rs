//! Who may do what in a classroom, over real HTTP against a classroom
//! simulator: a desk is the key it was given on joining, so a second desk
//! and a stranger (no key, a made-up one, the old name header) reach none
//! of another desk's requests, smartcards, PINs, switches or results; the
//! report is the trainer's; a full room refuses newcomers and keeps its
//! members.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use enroll_desk::cm::{Client, CmError, RequestFilter};
use enroll_desk::pin::PinOutcome;
use enroll_desk::sim::{ClassroomNews, SimConfig, SimServer};
use enroll_desk::training::wire::{DESK_KEY_HEADER, LessonId, TRAINER_KEY_HEADER};
use reqwest::StatusCode;
use support::classroom::Stranger;
use support::classroom::{
    CHALLENGE, atr, bind_and_fetch_pin_with, classroom_sim, desk, desk_config, ids, joined_key,
    report, result, result_of,
};
use uuid::Uuid;

const API: &str = "CertificateManagement/api/v1.0";

fn is_not_found<T: std::fmt::Debug>(answer: Result<T, CmError>) -> bool {
    matches!(answer, Err(CmError::NotFound { .. }))
}

/// The listing of a desk, as a set of ids.
fn listed(cm: &Client) -> std::collections::HashSet<Uuid> {
    ids(&cm.list_requests(RequestFilter::default()).unwrap())
}

#[test]
fn a_second_desk_reaches_none_of_another_desks_requests_smartcards_or_pins() {
    let server = classroom_sim(SimConfig::default());
    let (ada_cm, ada) = desk(&server, "ada-pc");
    let (bob_cm, bob) = desk(&server, "bob-pc");
    let lesson = ada.start_lesson(LessonId::FirstEnrollment).unwrap();
    let (card_id, smartcard, pin) = bind_and_fetch_pin_with(&ada_cm, lesson.request).unwrap();
    let PinOutcome::Proposed(pin) = pin else {
        panic!("a proposed PIN")
    };
    let ada_requests = listed(&ada_cm);

    for bob_in_a_lesson in [false, true] {
        if bob_in_a_lesson {
            bob.start_lesson(LessonId::FirstEnrollment).unwrap();
        }
        assert!(listed(&bob_cm).is_disjoint(&ada_requests));
        assert!(is_not_found(bob_cm.get_request(lesson.request)));
        assert!(is_not_found(bob_cm.get_smartcard(smartcard)));
        assert!(bob_cm.find_smartcards(card_id).unwrap().is_empty());
        // The serial and ATR the PIN call checks do not open it to another desk.
        let stolen =
            bob_cm.server_proposed_pin(lesson.request, smartcard, card_id, &atr(), &CHALLENGE);
        assert!(is_not_found(stolen));
        let admin = bob_cm.authentication_response(
            lesson.request,
            smartcard,
            card_id,
            &atr(),
            &CHALLENGE,
            false,
        );
        assert!(is_not_found(admin));
        let decoy = bob_cm.bind_card(lesson.others[0], Uuid::new_v4(), &atr());
        assert!(is_not_found(decoy));
    }

    // Ada's lesson is as she left it.
    assert_eq!(listed(&ada_cm), ada_requests);
    let again = ada_cm
        .server_proposed_pin(lesson.request, smartcard, card_id, &atr(), &CHALLENGE)
        .unwrap();
    assert!(matches!(again, PinOutcome::Proposed(p) if p.expose() == pin.expose()));
}

#[test]
fn a_smartcard_bound_on_the_shared_set_is_its_desks_alone() {
    let server = classroom_sim(SimConfig::default());
    let (carol_cm, _) = desk(&server, "carol-pc");
    let (dave_cm, _) = desk(&server, "dave-pc");
    let shared = support::ready_request(&carol_cm, true);
    let (card_id, smartcard, _) = bind_and_fetch_pin_with(&carol_cm, shared.uuid).unwrap();
    // Once bound, the request is Carol's alone: its smartcard, its PIN, its
    // certificates and status (the enrollment's routes under requests/{id}).
    let dave_lists = listed(&dave_cm);
    assert!(dave_lists.contains(&support::ready_request(&dave_cm, true).uuid));
    assert!(!dave_lists.contains(&shared.uuid));
    assert!(is_not_found(dave_cm.get_request(shared.uuid)));
    assert!(is_not_found(dave_cm.get_smartcard(smartcard)));
    assert!(dave_cm.find_smartcards(card_id).unwrap().is_empty());
    let stolen = dave_cm.server_proposed_pin(shared.uuid, smartcard, card_id, &atr(), &CHALLENGE);
    assert!(is_not_found(stolen));
    let http = reqwest::blocking::Client::new();
    let url = format!("{}/{API}/requests/{}", server.url(), shared.uuid);
    let dave_key = joined_key(&server, "dave-2");
    let cancel = http
        .put(&url)
        .header(DESK_KEY_HEADER, &dave_key)
        .json(&serde_json::json!({ "Status": "Canceled" }))
        .send()
        .unwrap();
    assert_eq!(cancel.status(), StatusCode::NOT_FOUND);
    let certificates = http
        .post(format!("{url}/certificatedata"))
        .header(DESK_KEY_HEADER, &dave_key)
        .json(&serde_json::json!({ "certificaterequests": [] }))
        .send()
        .unwrap();
    assert_eq!(certificates.status(), StatusCode::NOT_FOUND);
    let still_carols = carol_cm.get_request(shared.uuid).unwrap();
    assert_eq!(still_carols.new_smartcard_uuid, Some(smartcard));
    assert_eq!(
        still_carols.status,
        enroll_desk::cm::RequestStatus::Approved
    );
    assert_eq!(carol_cm.get_smartcard(smartcard).unwrap().uuid, smartcard);
    assert_eq!(carol_cm.find_smartcards(card_id).unwrap().len(), 1);
}

#[test]
fn a_stranger_without_a_key_or_with_a_made_up_one_is_refused_everything() {
    let server = classroom_sim(SimConfig::default());
    let (ada_cm, ada) = desk(&server, "ada-pc");
    let lesson = ada.start_lesson(LessonId::FirstEnrollment).unwrap();
    let (_, smartcard, _) = bind_and_fetch_pin_with(&ada_cm, lesson.others[0]).unwrap();
    let before = listed(&ada_cm);

    let stranger = Stranger::new(&server);
    let made_up = "0".repeat(64);
    let as_whom: [&[(&str, &str)]; 3] = [
        &[],
        // The old way: naming the desk was enough.
        &[("X-Enroll-Desk-Trainee", "ada-pc")],
        &[(DESK_KEY_HEADER, &made_up)],
    ];
    for headers in as_whom {
        let requests = format!("{API}/requests");
        let their_smartcard = format!("{API}/smartcards/{smartcard}");
        assert_eq!(stranger.get(&requests, headers), StatusCode::FORBIDDEN);
        assert_eq!(
            stranger.get(&their_smartcard, headers),
            StatusCode::FORBIDDEN
        );
        let wipe = serde_json::json!({ "desk": "ada-pc", "lesson": "server-down" });
        assert_eq!(
            stranger.post("training/lessons", headers, wipe),
            StatusCode::FORBIDDEN
        );
        let switch_off = serde_json::json!({ "desk": "ada-pc", "api_enabled": false });
        assert_eq!(
            stranger.post("training/server", headers, switch_off),
            StatusCode::FORBIDDEN
        );
        let forged =
            serde_json::to_value(result("ada-pc", LessonId::FirstEnrollment, &[])).unwrap();
        assert_eq!(
            stranger.post("training/results", headers, forged),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            stranger.get("training/report", headers),
            StatusCode::FORBIDDEN
        );
    }

    // Ada's lesson, API and smartcard are untouched, and nothing was reported.
    assert_eq!(listed(&ada_cm), before);
    assert_eq!(ada_cm.get_smartcard(smartcard).unwrap().uuid, smartcard);
    assert!(report(&server).is_empty());
}

#[test]
fn a_desk_switches_and_reports_only_for_itself_and_the_report_is_the_trainers() {
    let server = classroom_sim(SimConfig::default());
    let (ada_cm, ada) = desk(&server, "ada-pc");
    ada.start_lesson(LessonId::FirstEnrollment).unwrap();
    let (eve_cm, eve) = desk(&server, "eve-pc");

    // Eve's switch turns off Eve's API, not Ada's.
    eve.set_api(false).unwrap();
    assert!(matches!(
        eve_cm.list_requests(RequestFilter::default()),
        Err(CmError::ApiNotEnabled { .. })
    ));
    assert_eq!(listed(&ada_cm).len(), 3);

    // A result forged in Ada's name, one for a lesson never started, and
    // one for a lesson Ada did nothing in are all refused.
    let forged = eve.send_result(&result("ada-pc", LessonId::FirstEnrollment, &[]));
    assert!(
        matches!(forged, Err(CmError::Forbidden { .. })),
        "{forged:?}"
    );
    let nothing_done = eve.send_result(&result_of(&eve, LessonId::FirstEnrollment, &[]));
    assert!(matches!(nothing_done, Err(CmError::Forbidden { .. })));
    let other_lesson = ada.send_result(&result_of(&ada, LessonId::ServerDown, &[]));
    assert!(matches!(other_lesson, Err(CmError::Forbidden { .. })));
    ada.send_result(&result_of(
        &ada,
        LessonId::FirstEnrollment,
        &["wrong-request"],
    ))
    .unwrap();
    let twice = ada.send_result(&result_of(&ada, LessonId::FirstEnrollment, &[]));
    assert!(
        matches!(twice, Err(CmError::Forbidden { .. })),
        "one per lesson started"
    );

    // The report: not with a desk's key, not in the trainer header.
    let stranger = Stranger::new(&server);
    let eve_key = joined_key(&server, "eve-2");
    for headers in [
        [(DESK_KEY_HEADER, eve_key.as_str())],
        [(TRAINER_KEY_HEADER, eve_key.as_str())],
    ] {
        assert_eq!(
            stranger.get("training/report", &headers),
            StatusCode::FORBIDDEN
        );
    }
    let trainer_key = server.trainer_key().secret_text().to_owned();
    let trainer = [(TRAINER_KEY_HEADER, trainer_key.as_str())];
    assert_eq!(stranger.get("training/report", &trainer), StatusCode::OK);
    let results = report(&server);
    assert_eq!(results.len(), 1);
    assert_eq!(
        (results[0].desk.as_str(), &results[0].mistakes[..]),
        ("ada-pc", &["wrong-request".to_owned()][..])
    );
}

#[test]
fn a_full_room_refuses_newcomers_and_evicts_no_member() {
    let (news_to, news) = std::sync::mpsc::channel();
    let server = classroom_sim(SimConfig {
        max_desks: Some(2),
        news_to: Some(news_to),
        ..SimConfig::default()
    });
    let (ada_cm, ada) = desk(&server, "ada-pc");
    let (bob_cm, bob) = desk(&server, "bob-pc");
    let ada_lesson = ada.start_lesson(LessonId::FirstEnrollment).unwrap();
    bob.start_lesson(LessonId::CardholderChooses).unwrap();
    let (ada_before, bob_before) = (listed(&ada_cm), listed(&bob_cm));

    let stranger = Stranger::new(&server);
    for n in 0..50 {
        let knock = serde_json::json!({ "name": format!("made-up-{n}") });
        let answer = stranger.post("training/desks", &[], knock);
        assert_eq!(answer, StatusCode::SERVICE_UNAVAILABLE);
    }
    let (newcomer, newcomer_training) = desk(&server, "carol-pc");
    let refused = newcomer
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(
        matches!(refused, CmError::ClassroomFull { .. }),
        "{refused:?}"
    );
    assert!(
        newcomer_training
            .start_lesson(LessonId::FirstEnrollment)
            .is_err()
    );

    assert_eq!(listed(&ada_cm), ada_before);
    assert_eq!(listed(&bob_cm), bob_before);
    let (_, _, pin) = bind_and_fetch_pin_with(&ada_cm, ada_lesson.request).unwrap();
    assert!(matches!(pin, PinOutcome::Proposed(_)));
    let told: Vec<ClassroomNews> = news.try_iter().collect();
    let joined = |desk: &str, count| ClassroomNews::Joined {
        desk: desk.to_owned(),
        count,
        max: 2,
    };
    assert_eq!(
        told,
        [
            joined("ada-pc", 1),
            joined("bob-pc", 2),
            ClassroomNews::Full { max: 2 }
        ],
        "the trainer hears of the full room once"
    );
}

#[test]
fn a_desk_joins_again_when_a_restarted_simulator_no_longer_knows_its_key() {
    let first = classroom_sim(SimConfig::default());
    let address = first.address();
    let config = desk_config(&first, "ada-pc");
    let before = Client::new(config.clone()).unwrap();
    assert!(!listed(&before).is_empty());
    drop(first);
    let restarted = SimServer::start(
        address,
        SimConfig {
            classroom: true,
            ..SimConfig::default()
        },
    )
    .unwrap();
    // The same desk (its old key), on a client with no connection to the old one.
    let after = Client::new(config.clone()).unwrap();
    assert!(!listed(&after).is_empty());
    let training = enroll_desk::training::client::TrainingClient::new(&config).unwrap();
    training.start_lesson(LessonId::FirstEnrollment).unwrap();
    assert_eq!(training.desk_name(), "ada-pc");
    assert!(restarted.with_state(|s| s.desk_named("ada-pc").is_some()));
}
