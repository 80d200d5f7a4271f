//! What the desk shows of a server's text, driven headless (egui_kittest)
//! against a canned server on loopback: a requester's comment and name,
//! and a server's refusal, carrying terminal escapes and bidi overrides,
//! reach the officer with every escape visible and nothing reordered.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use enroll_desk::cm::ClientConfig;
use enroll_desk::ui::{Desk, Mode};
use support::canned::{json, serve};
use support::desk::{desk_with, has_label_containing, settings, step_until};
use support::hostile::{self, assert_shown_safely, is_hidden_control};

/// Every label and value in the desk's accessibility tree, and every line
/// of its activity panel, is free of control and bidi characters.
fn assert_desk_shows_safely(h: &Harness<'static, Desk>) {
    let unsafe_nodes: Vec<String> = h
        .query_all(By::new().predicate(|node| {
            let text = format!(
                "{}{}",
                node.label().unwrap_or_default(),
                node.value().unwrap_or_default()
            );
            text.chars().any(is_hidden_control)
        }))
        .map(|node| format!("{:?}", node.accesskit_node().label().unwrap_or_default()))
        .collect();
    assert!(unsafe_nodes.is_empty(), "shown as sent: {unsafe_nodes:#?}");
    for entry in h.state().activity() {
        assert_shown_safely(&entry.text, "an activity line");
    }
}

#[test]
fn a_requesters_comment_and_name_are_shown_with_escapes_visible() {
    let server = serve(json(200, &hostile::list()), vec![]);
    let mode = Mode::Server(ClientConfig::new(&server.url));
    let (mut h, _audit) = desk_with(settings(), mode);
    step_until(&mut h, "the request", |h| !h.state().requests().is_empty());
    h.get_all_by_label(hostile::NAME_SHOWN)
        .next()
        .expect("the requester's row, named without the hidden characters")
        .click();
    step_until(&mut h, "the detail panel", |h| {
        has_label_containing(h, hostile::REQUEST_ID)
    });
    assert!(
        has_label_containing(&h, hostile::COMMENT_SHOWN),
        "the comment in the detail panel"
    );
    assert!(
        has_label_containing(&h, r"Fin\u{1b}[8mance"),
        "the department"
    );
    assert_desk_shows_safely(&h);
}

#[test]
fn a_servers_refusal_is_shown_with_escapes_visible() {
    let server = serve(hostile::forbidden(), vec![]);
    let mode = Mode::Server(ClientConfig::new(&server.url));
    let (h, _audit) = desk_with(settings(), mode);
    let error = h.state().load_error().expect("the list was refused");
    assert!(error.contains(hostile::MESSAGE_SHOWN), "{error}");
    assert!(has_label_containing(&h, hostile::MESSAGE_SHOWN));
    assert_desk_shows_safely(&h);
}
