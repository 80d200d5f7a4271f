//! The desk window driven headless (egui_kittest) in demo mode, by AccessKit
//! role and label, against its real worker, the in-process simulator over
//! loopback HTTP and the simulated readers.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::{Duration, Instant};

use egui_kittest::kittest::{By, NodeT, Queryable};
use egui_kittest::{Harness, SnapshotOptions};
use enroll_desk::cm::{AuthMethod, RequestStatus};
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::enroll::EnrollStep;
use enroll_desk::sim::{Faults, SimAuth, SimConfig, SimServer};
use enroll_desk::ui::{Desk, Mode, Settings};
use support::desk::{
    audit_steps, bind_posts, button, click_button, confirmation_by_keyboard, demo_faults, desk,
    desk_with, enroll, has_label_containing, ready_to_enroll, run_ended, select_request,
    smartcard_of, start_slow_enrollment, step_until, tree_holds_digits, type_into,
};
use uuid::Uuid;

#[test]
fn an_enrollment_shows_the_pin_once_and_then_it_is_nowhere() {
    let (mut h, audit) = desk();
    assert!(has_label_containing(&h, "DEMO"), "the demo badge is shown");
    let (request, person) = ready_to_enroll(&mut h, false);
    enroll(&mut h);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    let smartcard = smartcard_of(&h, request);
    let pin = h
        .state()
        .demo()
        .unwrap()
        .server
        .with_state(|s| s.proposed_pin_of(smartcard).map(str::to_owned))
        .expect("the simulator proposed a PIN");
    assert!(tree_holds_digits(&h, &pin), "the PIN is shown");
    assert!(has_label_containing(&h, &format!("PIN for {person}")));
    assert!(has_label_containing(
        &h,
        &format!("Card in {}", DEMO_READERS[0])
    ));
    let status = h
        .state()
        .demo()
        .unwrap()
        .server
        .with_state(|s| s.request(request).unwrap().status);
    assert_eq!(
        status,
        RequestStatus::Completed,
        "the request is Completed first"
    );
    click_button(&mut h, "PIN handed over — close");
    step_until(&mut h, "the PIN window to close", |h| {
        !h.state().pin_window_open()
    });
    assert!(!tree_holds_digits(&h, &pin), "the PIN is gone from the UI");
    assert!(has_label_containing(&h, "PIN handed over for smartcard"));
    assert!(has_label_containing(&h, "Finished: the card is enrolled"));
    assert!(h.state().activity().iter().all(|e| !e.text.contains(&pin)));

    // Closing the desk waits for the audit trail: a line per step, how it
    // ended, the PIN's window; never the PIN.
    drop(h);
    let trail = std::fs::read_to_string(audit.path().join("audit.jsonl")).unwrap();
    assert!(!trail.contains(&pin), "the PIN is not in the audit trail");
    let steps = audit_steps(&audit, request);
    let (actions, outcomes): (Vec<&str>, Vec<&str>) = steps
        .iter()
        .map(|(action, outcome)| (action.as_str(), outcome.as_str()))
        .unzip();
    let enroll_lines: Vec<&str> = steps
        .iter()
        .filter(|(action, _)| action == "enroll")
        .map(|(_, outcome)| outcome.as_str())
        .collect();
    let step_names: Vec<&str> = EnrollStep::ALL.iter().map(|step| step.name()).collect();
    let ran: Vec<&str> = enroll_lines[1..enroll_lines.len() - 1].to_vec();
    assert_eq!(enroll_lines.first(), Some(&"started"), "{steps:?}");
    assert_eq!(
        enroll_lines.last(),
        Some(&"finished: request Completed"),
        "{steps:?}"
    );
    assert!(
        ran.iter().all(|step| step_names.contains(step))
            && ran.windows(2).all(|pair| {
                let at = |name| step_names.iter().position(|s| *s == name);
                at(pair[0]) < at(pair[1])
            }),
        "one line per step, in order: {ran:?}"
    );
    for step in [
        "reading-card",
        "binding",
        "keys",
        "certificates",
        "pin",
        "completing",
    ] {
        assert!(ran.contains(&step), "{step} is audited: {ran:?}");
    }
    let tail: Vec<(&str, &str)> = actions
        .iter()
        .copied()
        .zip(outcomes.iter().copied())
        .rev()
        .take(2)
        .collect();
    assert_eq!(
        tail,
        [("pin_closed", "handed over"), ("pin", "PIN shown")],
        "{steps:?}"
    );
}

#[test]
fn the_day_works_from_the_keyboard() {
    let (mut h, _audit) = desk();
    let (request, person) = support::desk::enroll_request(&h, false, 0);
    // Ctrl+F, the name, Enter: the request is selected.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.step();
    h.get_by_label("Search").type_text(&person);
    h.step();
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the detail panel", |h| {
        has_label_containing(h, &request.to_string())
    });
    // The card's insertion picks the reader.
    h.state()
        .demo()
        .unwrap()
        .insert_new_card(DEMO_READERS[2])
        .unwrap();
    step_until(&mut h, "the card to be read", |h| {
        has_label_containing(h, &format!("Card in {}: card id", DEMO_READERS[2]))
    });
    // Enter enrolls (after the confirmation, which Enter confirms).
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the confirmation", |h| {
        button(h, "Enroll").is_some()
    });
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    assert!(
        h.state().run(DEMO_READERS[2]).is_some(),
        "in the card's reader"
    );
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the PIN window to close", |h| {
        !h.state().pin_window_open()
    });
    assert!(has_label_containing(&h, "PIN handed over for smartcard"));
}

#[test]
fn tab_reaches_cancel_in_the_confirmation() {
    let (mut h, _audit) = desk();
    confirmation_by_keyboard(&mut h);
    h.key_press(egui::Key::Tab);
    h.step();
    assert!(
        h.get_by_label("Cancel").is_focused(),
        "Tab moves from Enroll to Cancel"
    );
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the confirmation to close", |h| {
        button(h, "Enroll").is_none()
    });
    assert_eq!(bind_posts(&h), 0, "cancelled: nothing bound");
}

#[test]
fn enroll_pressed_again_and_again_posts_once() {
    let (mut h, _audit) = desk();
    ready_to_enroll(&mut h, false);
    // A slow server keeps the first run in flight while the officer insists.
    demo_faults(
        &h,
        Faults {
            latency_ms: 1_000,
            ..Faults::default()
        },
    );
    let enroll_button = button(&h, "Enroll card…").unwrap();
    enroll_button.click();
    enroll_button.click();
    h.step();
    button(&h, "Enroll").unwrap().click();
    button(&h, "Enroll").unwrap().click();
    h.step();
    for _ in 0..3 {
        h.key_press(egui::Key::Enter);
        // Below the run's step list now, if it is in view at all.
        if let Some(again) = button(&h, "Enroll card…") {
            again.click();
        }
        h.step();
    }
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    demo_faults(&h, Faults::default());
    let posts = bind_posts(&h);
    assert_eq!(posts, 1, "exactly one bind was sent");
}

#[test]
fn closing_the_desk_mid_enrollment_is_recorded() {
    let (mut h, audit) = desk();
    let request = start_slow_enrollment(&mut h, 3_000, "Bind the card to the request…");
    let started = Instant::now();
    drop(h);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "closing does not wait for the server"
    );
    let trail = std::fs::read_to_string(audit.path().join("audit.jsonl")).unwrap();
    let last: serde_json::Value = serde_json::from_str(trail.lines().last().unwrap()).unwrap();
    assert_eq!(last["action"], "exit");
    assert_eq!(last["request"], request.to_string());
    let outcome = last["outcome"].as_str().unwrap();
    assert!(
        outcome.contains("\"binding\"") && outcome.contains("check the request on the server"),
        "{outcome}"
    );
}

#[test]
fn the_pin_window_closes_itself_when_the_countdown_ends() {
    let (mut h, _audit) = desk();
    ready_to_enroll(&mut h, false);
    enroll(&mut h);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    assert!(has_label_containing(&h, "Closes in 60 s"));
    // Each step advances egui's clock by a quarter-second at most.
    step_until(&mut h, "the countdown", |h| !h.state().pin_window_open());
    assert!(has_label_containing(
        &h,
        "timed out; the PIN is no longer shown"
    ));
}

#[test]
fn a_refused_enrollment_is_explained_and_can_be_started_again_once_allowed() {
    let (mut h, _audit) = desk();
    ready_to_enroll(&mut h, false);
    h.get_by_label("Refuse every call (403)").click();
    h.step();
    enroll(&mut h);
    step_until(&mut h, "the failure", run_ended);
    assert!(
        has_label_containing(&h, "failed: the server does not allow this"),
        "the failure is in words"
    );
    // A 403 is the server's rule: trying again cannot help until the
    // CM administrator changes it; the request can be given up instead.
    assert!(button(&h, "Try again").is_none());
    assert!(h.query_all_by_label("Cancel request…").next().is_some());
    assert!(h.query_all_by_label("Abandon…").next().is_some());
    h.get_by_label("Refuse every call (403)").click();
    h.step();
    h.get_all_by_label("Dismiss").next().unwrap().click();
    h.run_steps(2);
    enroll(&mut h);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
}

#[test]
fn a_server_that_is_down_is_reported_and_the_desk_keeps_working() {
    let (mut h, _audit) = desk();
    let loaded = h.state().requests().len();
    h.get_by_label("Server down (connection refused)").click();
    h.step();
    h.get_by_label("Refresh requests").click();
    step_until(&mut h, "the refresh to fail", |h| {
        !h.state().is_loading() && h.state().load_error().is_some()
    });
    assert!(has_label_containing(
        &h,
        "Could not load the requests: cannot reach the CM server"
    ));
    assert_eq!(
        h.state().requests().len(),
        loaded,
        "the list already loaded is kept"
    );
    h.get_by_label("Server down (connection refused)").click();
    h.step();
    h.get_by_label("Try again").click();
    step_until(&mut h, "the list to load again", |h| {
        !h.state().is_loading() && h.state().load_error().is_none()
    });
}

#[test]
fn a_card_pulled_mid_enrollment_goes_on_when_it_is_back_and_tried_again() {
    let (mut h, _audit) = desk();
    // A slow server keeps the bind in flight while the card is pulled.
    let request = start_slow_enrollment(&mut h, 1_500, "Bind the card to the request…");
    h.get_by_label("Remove card").click();
    step_until(&mut h, "the failure", run_ended);
    demo_faults(&h, Faults::default());
    assert!(has_label_containing(
        &h,
        "Keep this card in the reader and try again"
    ));
    assert!(
        h.state().demo().unwrap().server.with_state(|s| s
            .request(request)
            .unwrap()
            .new_smartcard_uuid
            .is_some()),
        "bound on the server"
    );
    h.get_by_label("Put the card back").click();
    step_until(&mut h, "the card to be read", |h| {
        has_label_containing(h, "Card in Demo Reader 1: card id")
    });
    h.get_all_by_label("Try again").next().unwrap().click();
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    assert_eq!(bind_posts(&h), 1, "resumed, not bound again");
}

#[test]
fn a_card_without_id_needs_a_valid_typed_id() {
    let (mut h, _audit) = desk();
    select_request(&mut h, false);
    h.get_all_by_label("Insert card without id")
        .next()
        .unwrap()
        .click();
    step_until(&mut h, "the card to be read", |h| {
        has_label_containing(h, "its card id cannot be read")
    });
    let enroll_disabled = |h: &Harness<'static, Desk>| {
        button(h, "Enroll card…")
            .unwrap()
            .accesskit_node()
            .is_disabled()
    };
    assert!(enroll_disabled(&h), "no card id, no enrollment");
    type_into(&mut h, "Card id", "not-a-guid");
    assert!(has_label_containing(&h, "That is not a card id"));
    assert!(enroll_disabled(&h));
    let typed = Uuid::new_v4();
    type_into(&mut h, "Card id", &typed.to_string());
    assert!(!enroll_disabled(&h), "a valid card id enables Enroll");
    enroll(&mut h);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    let bound = h
        .state()
        .demo()
        .unwrap()
        .server
        .with_state(|s| s.smartcards_for_card(typed).len());
    assert_eq!(bound, 1, "the typed card id was bound");
}

#[test]
fn search_and_sort_narrow_the_table() {
    let (mut h, _audit) = desk();
    let all = h.state().requests().visible_len();
    assert!(all > 2);
    let person = h
        .state()
        .requests()
        .visible_rows()
        .last()
        .unwrap()
        .person()
        .into_owned();
    type_into(&mut h, "Search", &person.to_uppercase());
    assert_eq!(
        h.state().requests().visible_len(),
        1,
        "only {person} is left"
    );
    type_into(&mut h, "Search", "");
    assert_eq!(h.state().requests().visible_len(), all);
    let names_after_sort_click = |h: &mut Harness<'static, Desk>| -> Vec<String> {
        h.get_by_label("Target user").click();
        h.step();
        h.state()
            .requests()
            .visible_rows()
            .map(|r| r.person().to_lowercase())
            .collect()
    };
    let names = names_after_sort_click(&mut h);
    assert!(
        names.windows(2).all(|w| w[0] <= w[1]),
        "sorted by name: {names:?}"
    );
    let names = names_after_sort_click(&mut h);
    assert!(
        names.windows(2).all(|w| w[0] >= w[1]),
        "and reversed: {names:?}"
    );
}

#[test]
fn settings_switch_the_desk_to_a_real_server() {
    let server = SimServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        SimConfig {
            extra_requests: 5,
            ..SimConfig::default()
        },
    )
    .unwrap();
    let (mut h, _audit) = desk();
    let demo_count = h.state().requests().len();
    h.get_by_label("Settings…").click();
    step_until(&mut h, "the settings window", |h| {
        h.query_by_label("Apply").is_some()
    });
    type_into(&mut h, "CM server", &server.url());
    h.get_by_label("Apply").click();
    step_until(&mut h, "the server's requests", |h| {
        !h.state().is_loading() && h.state().requests().len() == demo_count + 5
    });
    assert!(h.state().demo().is_none(), "demo mode is off");
    assert!(!has_label_containing(&h, "DEMO"), "and the badge is gone");
    assert!(has_label_containing(
        &h,
        &format!("Server: {}", server.url())
    ));
    assert_eq!(h.state().settings().server, server.url());
}

#[test]
fn a_settings_change_cannot_drop_an_enrollment_in_flight() {
    let other = SimServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        SimConfig::default(),
    )
    .unwrap();
    let (mut h, audit) = desk();
    let request = start_slow_enrollment(&mut h, 2_000, "Bind the card to the request…");
    // Whatever the officer can reach of the settings now, they try.
    h.get_by_label("Settings…").click();
    // A window is laid out unseen in its first frame.
    h.run_steps(4);
    if h.query_by_label("Apply").is_some() {
        type_into(&mut h, "CM server", &other.url());
        h.get_by_label("Apply").click();
        h.run_steps(2);
    }
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    assert!(h.state().demo().is_some(), "still connected to the demo");
    drop(h);
    let steps = audit_steps(&audit, request);
    assert!(
        steps.contains(&(
            "enroll".to_owned(),
            "finished: request Completed".to_owned()
        )),
        "the enrollment is audited to its end: {steps:?}"
    );
}

#[test]
fn changing_only_the_sign_in_method_reconnects() {
    let server = SimServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        SimConfig {
            auth: SimAuth::Bearer("desk-token".to_owned()),
            ..SimConfig::default()
        },
    )
    .unwrap();
    let settings = Settings {
        server: server.url(),
        token: "desk-token".to_owned(),
        auth: AuthMethod::None,
        ..support::desk::settings()
    };
    let (mut h, _audit) = desk_with(settings, Mode::Auto);
    assert!(h.state().load_error().is_some(), "no sign-in, no requests");
    h.get_by_label("Settings…").click();
    step_until(&mut h, "the settings window", |h| {
        h.query_by_label("Apply").is_some()
    });
    h.get_by_label("Sign in with").click();
    h.run_steps(2);
    h.get_by_label(AuthMethod::Auto.label()).click();
    h.run_steps(2);
    h.get_by_label("Apply").click();
    step_until(&mut h, "the requests with the token", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
    assert_eq!(h.state().settings().auth, AuthMethod::Auto);
    assert!(h.state().load_error().is_none());
}

/// Times, the simulator's port and the smartcard ids the server makes up
/// (`also`) change from run to run; only the labels that show them are
/// masked, so the picture is the whole desk.
fn snapshot(h: &mut Harness<'static, Desk>, name: &str, also: &[String]) {
    // Grids size their columns from the frame before: let the layout settle.
    h.run_steps(3);
    // A label's text is its AccessKit value.
    let masked = |by: &dyn Fn(&str) -> bool| -> Vec<egui::Rect> {
        h.query_all(By::new().predicate(|node| node.value().is_some_and(|text| by(&text))))
            .map(|node| node.rect())
            .collect()
    };
    let times = masked(&|text| is_clock_time(text));
    let others = masked(&|text| {
        support::desk::holds_run_clock(text)
            || text.starts_with("Server: Demo simulator at")
            || text.contains(" requests, loaded ")
            || also.iter().any(|id| text.contains(id.as_str()))
    });
    assert!(!times.is_empty(), "the activity times are found to mask");
    // The activity list scrolls under its header row: mask only what shows.
    let header_bottom = h.get_by_label("Export as CSV…").rect().bottom() + 2.0;
    for mut rect in times {
        rect.min.y = rect.min.y.max(header_bottom);
        if rect.height() > 0.0 {
            h.mask(rect);
        }
    }
    for rect in others {
        h.mask(rect);
    }
    h.snapshot_options(name, &SnapshotOptions::new().max_failed_pixels(2_000));
}

/// `HH:MM:SS`, as the activity panel shows each entry's time.
fn is_clock_time(label: &str) -> bool {
    label.len() == 8
        && label.char_indices().all(|(i, c)| {
            if i % 3 == 2 {
                c == ':'
            } else {
                c.is_ascii_digit()
            }
        })
}

#[test]
fn snapshots_of_the_main_screens() {
    let (mut h, _audit) = desk();
    snapshot(&mut h, "desk_requests", &[]);

    let (request, _) = select_request(&mut h, true);
    let card = Uuid::from_u128(0x0123_4567_89ab_4def_8123_4567_89ab_cdef);
    h.state()
        .demo()
        .unwrap()
        .insert_card(DEMO_READERS[0], Some(card))
        .unwrap();
    step_until(&mut h, "the card to be read", |h| {
        has_label_containing(h, "Card id ")
    });
    snapshot(&mut h, "desk_card_ready", &[]);

    click_button(&mut h, "Enroll card…");
    step_until(&mut h, "the confirmation", |h| {
        button(h, "Enroll").is_some()
    });
    snapshot(&mut h, "desk_confirm_enroll", &[]);

    click_button(&mut h, "Enroll");
    step_until(
        &mut h,
        "the cardholder's PIN entry and the refreshed list",
        |h| h.state().pin_entry_open() && !h.state().is_loading(),
    );
    let smartcard = smartcard_of(&h, request).to_string();
    snapshot(&mut h, "desk_pin_entry", &[smartcard]);
}
