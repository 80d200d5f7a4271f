//! The desk window driven headless (egui_kittest) in demo mode, by AccessKit
//! role and label, against its real worker, the in-process simulator over
//! loopback HTTP and the simulated readers.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::{Duration, Instant};

use egui_kittest::kittest::{By, NodeT, Queryable};
use egui_kittest::{Harness, SnapshotOptions};
use enroll_desk::cm::AuthMethod;
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::sim::{Faults, SimAuth, SimConfig, SimServer};
use enroll_desk::ui::{Desk, Mode, Settings};
use support::desk::{
    audit_steps, bind, bind_posts, confirmation_by_keyboard, demo_faults, desk, desk_with,
    has_label_containing, ready_to_bind, select_request, smartcard_of, start_slow_bind, step_until,
    tree_holds_digits, type_into,
};
use uuid::Uuid;

#[test]
fn bind_shows_the_pin_once_and_then_it_is_nowhere() {
    let (mut h, audit) = desk();
    assert!(has_label_containing(&h, "DEMO"), "the demo badge is shown");
    let (request, person) = ready_to_bind(&mut h, false);
    bind(&mut h);
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
    h.get_by_label("PIN handed over — close").click();
    step_until(&mut h, "the PIN window to close", |h| {
        !h.state().pin_window_open()
    });
    assert!(!tree_holds_digits(&h, &pin), "the PIN is gone from the UI");
    assert!(has_label_containing(&h, "PIN handed over for smartcard"));
    assert!(h.state().activity().iter().all(|e| !e.text.contains(&pin)));

    // Closing the desk waits for the audit trail: every step is there, the PIN is not.
    drop(h);
    let trail = std::fs::read_to_string(audit.path().join("audit.jsonl")).unwrap();
    assert!(!trail.contains(&pin), "the PIN is not in the audit trail");
    let steps: Vec<(String, String)> = trail
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|entry| {
            entry["request"] == request.to_string() || entry["smartcard"] == smartcard.to_string()
        })
        .map(|entry| {
            (
                entry["action"].as_str().unwrap().to_owned(),
                entry["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("bind", "started"),
        ("bind", "bound"),
        ("pin", "PIN shown"),
        ("pin_closed", "handed over"),
    ];
    assert_eq!(
        steps,
        expected.map(|(a, o)| (a.to_owned(), o.to_owned())).to_vec()
    );
}

#[test]
fn the_whole_bind_works_from_the_keyboard() {
    let (mut h, _audit) = desk();
    confirmation_by_keyboard(&mut h);
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
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
        "Tab moves from Bind to Cancel"
    );
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the confirmation to close", |h| {
        h.query_by_label("Bind").is_none()
    });
    assert_eq!(bind_posts(&h), 0, "cancelled: nothing bound");
}

#[test]
fn bind_pressed_again_and_again_posts_once() {
    let (mut h, _audit) = desk();
    ready_to_bind(&mut h, false);
    // A slow server keeps the first bind in flight while the officer insists.
    demo_faults(
        &h,
        Faults {
            latency_ms: 1_000,
            ..Faults::default()
        },
    );
    let bind_button = h.get_by_label("Bind card to this request…");
    bind_button.click();
    bind_button.click();
    h.step();
    h.get_by_label("Bind").click();
    h.get_by_label("Bind").click();
    h.step();
    for _ in 0..3 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
        h.get_by_label("Bind card to this request…").click();
        h.step();
    }
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    demo_faults(&h, Faults::default());
    let posts = bind_posts(&h);
    assert_eq!(posts, 1, "exactly one bind was sent");
}

#[test]
fn closing_the_desk_mid_bind_is_recorded() {
    let (mut h, audit) = desk();
    let request = start_slow_bind(&mut h, 3_000, "Binding the card");
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
    assert!(
        last["outcome"]
            .as_str()
            .unwrap()
            .contains("check the request on the server")
    );
}

#[test]
fn the_pin_window_closes_itself_when_the_countdown_ends() {
    let (mut h, _audit) = desk();
    ready_to_bind(&mut h, false);
    bind(&mut h);
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
fn a_template_without_server_pin_says_the_cardholder_chooses() {
    let (mut h, _audit) = desk();
    ready_to_bind(&mut h, true);
    bind(&mut h);
    step_until(&mut h, "the result window", |h| h.state().pin_window_open());
    assert!(has_label_containing(
        &h,
        "The cardholder chooses the PIN at first use."
    ));
    h.get_by_label("Done — close").click();
    step_until(&mut h, "the window to close", |h| {
        !h.state().pin_window_open()
    });
}

#[test]
fn a_refused_bind_is_explained_and_can_be_retried() {
    let (mut h, _audit) = desk();
    ready_to_bind(&mut h, false);
    h.get_by_label("Refuse every call (403)").click();
    h.step();
    bind(&mut h);
    step_until(&mut h, "the failure", |h| !h.state().is_busy());
    assert!(
        has_label_containing(&h, "binding failed"),
        "the failure is in words"
    );
    h.get_by_label("Refuse every call (403)").click();
    h.step();
    h.get_by_label("Try again").click();
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
fn a_card_pulled_after_bind_gives_its_pin_when_it_comes_back() {
    let (mut h, _audit) = desk();
    // A slow server keeps the bind in flight while the trainee pulls the card.
    let request = start_slow_bind(&mut h, 1_500, "Binding the card");
    let card_id = read_card_id_label(&h);
    h.get_by_label("Remove card").click();
    step_until(&mut h, "the failure", |h| !h.state().is_busy());
    demo_faults(&h, Faults::default());
    assert!(has_label_containing(&h, "the PIN was not fetched"));
    assert!(has_label_containing(
        &h,
        &format!("Insert card {card_id} again")
    ));
    assert!(
        h.state().demo().unwrap().server.with_state(|s| s
            .request(request)
            .unwrap()
            .new_smartcard_uuid
            .is_some())
    );
    h.state()
        .demo()
        .unwrap()
        .insert_card(DEMO_READERS[0], Some(card_id))
        .unwrap();
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
}

fn read_card_id_label(h: &Harness<'static, Desk>) -> Uuid {
    let label = h
        .query_all(By::new().label_contains("Card id "))
        .find_map(|node| node.accesskit_node().value())
        .expect("the card id is shown");
    let id = label
        .trim()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_owned();
    id.parse().expect("a card id")
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
    let bind_button = |h: &Harness<'static, Desk>| {
        h.get_by_label("Bind card to this request…")
            .accesskit_node()
            .is_disabled()
    };
    assert!(bind_button(&h), "no card id, no bind");
    type_into(&mut h, "Card id", "not-a-guid");
    assert!(has_label_containing(&h, "That is not a card id"));
    assert!(bind_button(&h));
    let typed = Uuid::new_v4();
    type_into(&mut h, "Card id", &typed.to_string());
    assert!(!bind_button(&h), "a valid card id enables Bind");
    bind(&mut h);
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
fn a_settings_change_cannot_drop_a_bind_in_flight() {
    let other = SimServer::start(
        std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        SimConfig::default(),
    )
    .unwrap();
    let (mut h, audit) = desk();
    let request = start_slow_bind(&mut h, 2_000, "Binding the card");
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
        steps.contains(&("bind".to_owned(), "bound".to_owned())),
        "the bind is audited: {steps:?}"
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
        text.starts_with("Server: Demo simulator at")
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

    h.get_by_label("Bind card to this request…").click();
    step_until(&mut h, "the confirmation", |h| {
        h.query_by_label("Bind").is_some()
    });
    snapshot(&mut h, "desk_confirm_bind", &[]);

    h.get_by_label("Bind").click();
    step_until(&mut h, "the result window and the refreshed list", |h| {
        h.state().pin_window_open() && !h.state().is_loading()
    });
    let smartcard = smartcard_of(&h, request).to_string();
    snapshot(&mut h, "desk_cardholder_chooses", &[smartcard]);
}
