//! The client against servers that try to harm the officer rather than
//! merely misbehave: text that would drive a terminal or reorder itself, a
//! PIN no card takes, a redirect from https to plain http, a body that
//! stalls. Real HTTP and TLS on loopback from the canned responder.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::sync::atomic::Ordering;
use std::time::Duration;

use enroll_desk::cm::{Client, ClientConfig, CmError, RequestFilter};
use enroll_desk::ids::Atr;
use support::canned::{Reply, json, serve, serve_tls};
use support::hostile::{self, assert_shown_safely};
use support::{client_for, client_with_timeout};
use uuid::Uuid;

fn atr() -> Atr {
    "3b8d0180fba000000397425446590301c8".parse().unwrap()
}

#[test]
fn a_requests_text_arrives_with_escapes_visible_and_nothing_reordered() {
    let server = serve(json(200, &hostile::list()), vec![]);
    let requests = client_for(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap();
    let [request] = requests.as_slice() else {
        panic!("one request, got {requests:?}")
    };
    assert_eq!(request.comment, hostile::COMMENT_SHOWN);
    assert_eq!(request.data_item("DisplayName"), Some(hostile::NAME_SHOWN));
    assert_eq!(request.data_item("Department"), Some(r"Fin\u{1b}[8mance"));
}

#[test]
fn a_servers_messages_arrive_with_escapes_visible_and_nothing_reordered() {
    let server = serve(hostile::forbidden(), vec![]);
    let err = client_for(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap_err();
    let CmError::Forbidden { message, .. } = &err else {
        panic!("forbidden, got {err:?}")
    };
    assert_eq!(message, hostile::MESSAGE_SHOWN);
    assert_shown_safely(&err.to_string(), "the 403's words");

    // serde's words quote a field the desk could not read: a bad GUID as
    // an unreadable element of a list, and as a single object.
    let bad_id = "\u{1b}[2J\u{202e}not-a-guid";
    let element = serde_json::json!({"Uuid": bad_id, "RequestType": 1, "Status": 3});
    let body = format!("[{element}]");
    let server = serve(json(200, &body), vec![]);
    let listing = client_for(&server.url)
        .request_listing(RequestFilter::default())
        .unwrap();
    let [unreadable] = listing.unreadable.as_slice() else {
        panic!("one unreadable element, got {listing:?}")
    };
    assert_eq!(unreadable.id.as_deref(), Some(r"\u{1b}[2Jnot-a-guid"));
    assert_shown_safely(&unreadable.to_string(), "the unreadable element");
    let server = serve(json(200, &body), vec![]);
    let err = client_for(&server.url)
        .get_request(Uuid::new_v4())
        .unwrap_err();
    assert!(err.to_string().contains(r"\u{1b}[2J"), "{err}");
    assert_shown_safely(&err.to_string(), "the unreadable object");
}

#[test]
fn a_pin_no_card_takes_is_refused_and_none_of_it_shown() {
    let long = "7".repeat(200_000);
    for pin in [
        "1234\u{202e}5678",
        "\u{200b}\u{200b}",
        "Your PIN is 1234",
        long.as_str(),
    ] {
        let server = serve(json(200, &serde_json::to_string(pin).unwrap()), vec![]);
        let id = Uuid::new_v4();
        let err = client_for(&server.url)
            .server_proposed_pin(id, id, id, &atr(), &[0; 8])
            .unwrap_err();
        assert!(matches!(err, CmError::UnusablePin), "{pin:.20?}: {err:?}");
        let words = format!("{err} {err:?}");
        assert!(
            words.contains("proposed a PIN no card takes (it is not shown)"),
            "{words}"
        );
        assert!(
            words.contains("ask the CM administrator to check the PIN policy"),
            "{words}"
        );
        assert!(!words.contains("1234") && !words.contains("777"), "{words}");
    }
}

#[test]
fn an_https_server_cannot_redirect_the_desk_to_plain_http_even_on_loopback() {
    let plain = serve(json(200, "[]"), vec![]);
    let dir = tempfile::tempdir().unwrap();
    let pki = support::tls::make_pki(dir.path());
    let to_plain = Reply::Http(
        302,
        vec![(
            "Location".into(),
            format!("{}/CertificateManagement/api/v1.0/requests", plain.url),
        )],
        Vec::new(),
    );
    let secure = serve_tls(to_plain.clone(), vec![], &pki);
    let mut config = ClientConfig::new(&secure.url);
    config.ca_file = Some(pki.ca_pem.clone());
    let err = Client::new(config)
        .unwrap()
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(matches!(err, CmError::InsecureRedirect { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&format!(
            "redirected the desk to plain http ({})",
            plain.url
        )),
        "{err}"
    );
    assert_eq!(secure.connections.load(Ordering::SeqCst), 1);
    assert_eq!(
        plain.connections.load(Ordering::SeqCst),
        0,
        "nothing went to the plain http server"
    );

    // Within plain http on loopback (the demo simulator's case) a redirect
    // is followed as before.
    let demo = serve(to_plain, vec![]);
    let requests = client_for(&demo.url)
        .list_requests(RequestFilter::default())
        .unwrap();
    assert!(requests.is_empty());
    assert_eq!(plain.connections.load(Ordering::SeqCst), 1);
}

#[test]
fn a_body_that_stalls_is_a_time_out_for_a_list_and_for_one_object() {
    let request = r#"{"Uuid":"b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d","RequestType":1,"Status":3}"#;
    let half_a_list = format!("[{request},{}", &request[..30]);
    let server = serve(
        Reply::Stall {
            declared: 2 * half_a_list.len(),
            part: half_a_list.into_bytes(),
        },
        vec![(
            "/requests/",
            Reply::Stall {
                declared: request.len(),
                part: request.as_bytes()[..30].to_vec(),
            },
        )],
    );
    let client = client_with_timeout(&server.url, Duration::from_secs(1));
    let list = client.list_requests(RequestFilter::default()).unwrap_err();
    let one = client.get_request(Uuid::new_v4()).unwrap_err();
    for err in [list, one] {
        assert!(matches!(err, CmError::Timeout { .. }), "{err:?}");
        assert!(
            err.to_string().contains("did not answer within 1 s"),
            "{err}"
        );
        assert!(err.is_transient());
    }
}
