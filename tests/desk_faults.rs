//! The fault matrix (docs/fault-matrix.md), seen from the desk: for each
//! server, card and reader fault, what the officer is told, that what was
//! loaded is kept, and that the desk recovers when the fault is gone.
//! Client-level details of each HTTP fault are in cm_client.rs and
//! cm_odd_servers.rs.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use enroll_desk::cm::ClientConfig;
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::sim::{Faults, SimAuth, SimConfig, SimServer};
use enroll_desk::ui::{Desk, Mode, RunState};
use support::desk::{
    bind_posts, button, click_button, demo_faults, desk, has_label_containing, ready_to_enroll,
    run_ended, settings, start_slow_enrollment, step_until,
};

fn refresh_fails_with(faults: Faults, server_down: bool, words: &str) {
    let (mut h, _audit) = desk();
    let loaded = h.state().requests().len();
    if server_down {
        h.get_by_label("Server down (connection refused)").click();
        h.step();
    } else {
        demo_faults(&h, faults);
    }
    h.get_by_label("Refresh requests").click();
    step_until(&mut h, "the refresh to fail", |h| {
        !h.state().is_loading() && h.state().load_error().is_some()
    });
    let error = h.state().load_error().unwrap().to_owned();
    assert!(error.contains(words), "{error:?} should say {words:?}");
    assert!(
        has_label_containing(&h, &format!("Could not load the requests: {error}")),
        "the officer sees it"
    );
    assert_eq!(
        h.state().requests().len(),
        loaded,
        "the loaded list is kept"
    );
    if server_down {
        h.get_by_label("Server down (connection refused)").click();
        h.step();
    } else {
        demo_faults(&h, Faults::default());
    }
    h.get_by_label("Try again").click();
    step_until(&mut h, "the list again", |h| {
        !h.state().is_loading() && h.state().load_error().is_none()
    });
    assert_eq!(h.state().requests().len(), loaded);
}

#[test]
fn server_refuses_with_403() {
    refresh_fails_with(
        Faults {
            forbidden_rate: 1.0,
            ..Faults::default()
        },
        false,
        "the server does not allow this (403 Forbidden)",
    );
}

#[test]
fn server_fails_with_500_and_a_correlation_id() {
    refresh_fails_with(
        Faults {
            error_rate: 1.0,
            ..Faults::default()
        },
        false,
        "and the correlation id",
    );
}

#[test]
fn server_answers_malformed_json() {
    refresh_fails_with(
        Faults {
            malformed: true,
            ..Faults::default()
        },
        false,
        "unexpected answer from the CM server",
    );
}

#[test]
fn server_has_the_rest_api_disabled() {
    refresh_fails_with(
        Faults {
            api_disabled: true,
            ..Faults::default()
        },
        false,
        "the CM REST API is not enabled",
    );
}

#[test]
fn server_is_down() {
    refresh_fails_with(Faults::default(), true, "cannot reach the CM server");
}

/// A desk against a simulator that wants this bearer token, given `token`.
fn desk_against_bearer_server(
    expected: &str,
    token: Option<&str>,
) -> (Harness<'static, Desk>, SimServer, tempfile::TempDir) {
    let server = SimServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        SimConfig {
            auth: SimAuth::Bearer(expected.into()),
            ..SimConfig::default()
        },
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mode = Mode::Server(ClientConfig {
        token: token.map(|t| t.to_owned().into()),
        ..ClientConfig::new(server.url())
    });
    let desk = Desk::with_audit_trail(settings(), mode, Some(dir.path().join("audit.jsonl")));
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk);
    step_until(&mut h, "the refresh", |h| !h.state().is_loading());
    (h, server, dir)
}

#[test]
fn server_wants_a_sign_in_the_desk_does_not_have() {
    let (h, _server, _dir) = desk_against_bearer_server("expected-token", None);
    assert!(h.state().load_error().unwrap().contains("401 Unauthorized"));
    assert!(has_label_containing(
        &h,
        "Not signed in (Kerberos if asked)"
    ));
}

#[test]
fn the_status_bar_names_the_user_of_a_bearer_token() {
    use base64::Engine;
    let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(br#"{"upn":"officer@example.org"}"#);
    let token = format!("eyJhbGciOiJSUzI1NiJ9.{claims}.c2lnbmF0dXJl");
    let (h, _server, _dir) = desk_against_bearer_server(&token, Some(&token));
    assert!(h.state().load_error().is_none());
    assert!(has_label_containing(
        &h,
        "Signed in as officer@example.org (bearer token)"
    ));
}

#[test]
fn card_swapped_after_the_confirmation_binds_nothing() {
    let (mut h, _audit) = desk();
    ready_to_enroll(&mut h, false);
    click_button(&mut h, "Enroll card…");
    step_until(&mut h, "the confirmation", |h| {
        button(h, "Enroll").is_some()
    });
    let demo = h.state().demo().unwrap();
    demo.remove_card(DEMO_READERS[0]);
    demo.insert_new_card(DEMO_READERS[0]).unwrap();
    step_until(&mut h, "the new card to be read", |h| {
        has_label_containing(h, "Card in Demo Reader 1: card id")
    });
    click_button(&mut h, "Enroll");
    h.run_steps(3);
    assert!(has_label_containing(
        &h,
        "changed before the start; nothing was sent"
    ));
    let posts = bind_posts(&h);
    assert_eq!(posts, 0);
}

#[test]
fn card_removed_while_the_pin_is_set_stops_the_run_which_finishes_once_it_is_back() {
    let (mut h, _audit) = desk();
    // The request is Completed only after the PIN is on the card: a card
    // pulled at the last calls leaves it to be finished, never half-set.
    start_slow_enrollment(&mut h, 1_500, "Set the PIN…");
    h.get_by_label("Remove card").click();
    step_until(&mut h, "the run to stop", run_ended);
    demo_faults(&h, Faults::default());
    let run = h.state().run(DEMO_READERS[0]).unwrap();
    assert!(
        matches!(run.state, RunState::Failed(_)),
        "the card was needed for the PIN"
    );
    h.get_by_label("Put the card back").click();
    step_until(&mut h, "the card to be read", |h| {
        has_label_containing(h, "Card in Demo Reader 1: card id")
    });
    h.get_all_by_label("Try again").next().unwrap().click();
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
}

#[test]
fn reader_unplugged_takes_its_card_with_it() {
    let (mut h, _audit) = desk();
    ready_to_enroll(&mut h, false);
    h.state()
        .demo()
        .unwrap()
        .readers
        .remove_reader(DEMO_READERS[0]);
    step_until(&mut h, "the reader to go", |h| {
        h.query_all_by_label(DEMO_READERS[0]).next().is_none()
    });
    assert!(has_label_containing(
        &h,
        "Reader disconnected: Demo Reader 1"
    ));
    assert!(has_label_containing(&h, "Choose a reader with a card."));
    assert!(
        button(&h, "Enroll card…")
            .unwrap()
            .accesskit_node()
            .is_disabled()
    );
    h.state()
        .demo()
        .unwrap()
        .readers
        .add_reader(DEMO_READERS[0]);
    step_until(&mut h, "the reader to come back", |h| {
        h.query_all_by_label(DEMO_READERS[0]).next().is_some()
    });
}

#[test]
fn unreadable_requests_are_counted_and_named_and_a_software_profile_is_not_enrolled() {
    let body = std::fs::read_to_string("tests/fixtures/requests_unreadable.json").unwrap();
    let server = support::canned::serve(support::canned::json(200, &body), vec![]);
    let dir = tempfile::tempdir().unwrap();
    let mode = Mode::Server(ClientConfig::new(server.url.clone()));
    let desk = Desk::with_audit_trail(settings(), mode, Some(dir.path().join("audit.jsonl")));
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk);
    step_until(&mut h, "the list", |h| !h.state().requests().is_empty());

    assert_eq!(h.state().load_error(), None, "the list is not lost");
    assert_eq!(h.state().requests().len(), 2);
    assert!(has_label_containing(&h, "2 requests could not be read"));
    // Named in the activity at once, and beside the list under Details.
    let named = |h: &Harness<'static, Desk>| {
        h.query_all_by_label_contains("request not-a-guid-at-all (number 2 in the list)")
            .count()
    };
    assert_eq!(named(&h), 1, "in the activity only, until Details opens");
    h.get_by_label("Details").click();
    step_until(&mut h, "the details", |h| named(h) == 2);
    assert!(has_label_containing(
        &h,
        "request 0c1d2e3f-4a5b-4c6d-9e8f-7a6b5c4d3e2f (number 3 in the list)"
    ));

    // The software profile is listed with the requests awaiting a card …
    h.get_all_by_label("Bo Softcert")
        .next()
        .expect("the software request's row")
        .click();
    step_until(&mut h, "its detail", |h| {
        has_label_containing(h, "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a")
    });
    // … and its detail says why it cannot be bound.
    assert!(has_label_containing(
        &h,
        "This request is for a software profile"
    ));
    assert!(has_label_containing(&h, "Software (no smart card)"));
    assert!(
        button(&h, "Enroll card…")
            .unwrap()
            .accesskit_node()
            .is_disabled(),
        "not to be enrolled"
    );
}
