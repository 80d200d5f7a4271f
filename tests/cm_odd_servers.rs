//! The client against servers that misbehave: real HTTP on loopback from a
//! canned responder, and real TLS from the simulator with a throw-away CA.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use enroll_desk::cm::{
    AuthMethod, Client, ClientConfig, CmError, RequestFilter, RequestStatus, RequestType,
};
use enroll_desk::ids::Atr;
use enroll_desk::pin::PinOutcome;
use enroll_desk::sim::SimConfig;
use support::canned::{Reply, json, serve, serve_closing_idle};
use support::{client_for, sim};
use uuid::Uuid;

fn atr() -> Atr {
    "3b8d0180fba000000397425446590301c8".parse().unwrap()
}

#[test]
fn the_documented_quirks_read_cleanly() {
    let body = std::fs::read_to_string("tests/fixtures/requests_quirks.json").unwrap();
    let server = serve(json(200, &body), vec![]);
    let requests = client_for(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap();
    let [first, second] = requests.as_slice() else {
        panic!("two requests, got {}", requests.len())
    };

    assert_eq!(
        first.uuid.to_string(),
        "b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d",
        "braces and upper case"
    );
    assert_eq!(first.status, RequestStatus::Approved);
    assert_eq!(first.request_type, RequestType::Enroll);
    assert_eq!(
        first.originator_user_uuid, None,
        "the all-zero GUID is none"
    );
    assert_eq!(first.old_profile_uuid, None, "null is none");
    assert_eq!(first.completed, None, "0001-01-01T00:00:00 is unset");
    assert_eq!(
        first.submitted.unwrap().to_rfc3339(),
        "2016-08-04T12:34:56.123456700+00:00"
    );
    assert_eq!(first.comment, "", "a null comment is empty");
    assert_eq!(
        first.security_descriptor, "",
        "the NUL-padded security descriptor is passed over, not kept"
    );
    // Padded with NULs on the wire, as servers pad strings.
    assert_eq!(first.data_item("displayname"), Some("Ada Lindqvist"));
    assert!(first.is_ready_to_bind());

    assert_eq!(second.status.to_string(), "Unknown(42)");
    assert_eq!(second.request_type.to_string(), "Unknown(77)");
    assert_eq!(second.target_user_uuid, None, "an empty string is none");
    assert_eq!(
        second.submitted.unwrap().to_rfc3339(),
        "2017-01-02T03:04:05+00:00"
    );
    assert!(!second.is_ready_to_bind(), "bound and not approved");
    // Round trip: what the simulator would write reads back the same.
    let again: Vec<enroll_desk::cm::Request> =
        serde_json::from_str(&serde_json::to_string(&requests).unwrap()).unwrap();
    assert_eq!(again, requests);
}

#[test]
fn an_oversized_body_is_refused_not_swallowed() {
    let huge = format!(
        "{{\"Uuid\":\"{}\",\"Comment\":\"{}\"}}",
        Uuid::new_v4(),
        "x".repeat(2 * 1024 * 1024)
    );
    let server = serve(json(200, &huge), vec![]);
    let err = client_for(&server.url)
        .get_request(Uuid::new_v4())
        .unwrap_err();
    assert!(
        err.to_string().contains("got a body larger than 1 MiB"),
        "{err}"
    );
}

#[test]
fn a_pin_that_is_not_a_json_string_is_refused_without_echoing_it() {
    let server = serve(json(200, "4711093"), vec![]);
    let id = Uuid::new_v4();
    let err = client_for(&server.url)
        .server_proposed_pin(id, id, id, &atr(), &[0; 8])
        .unwrap_err();
    let words = err.to_string();
    assert!(
        words.contains("expected the proposed PIN as a JSON string"),
        "{words}"
    );
    assert!(
        !words.contains("4711093") && !format!("{err:?}").contains("4711093"),
        "the body may be the PIN: {words}"
    );
}

#[test]
fn a_pin_with_leading_zeros_keeps_them() {
    let server = serve(json(200, "\"007734\""), vec![]);
    let id = Uuid::new_v4();
    let outcome = client_for(&server.url)
        .server_proposed_pin(id, id, id, &atr(), &[0; 8])
        .unwrap();
    let PinOutcome::Proposed(pin) = outcome else {
        panic!("proposed")
    };
    assert_eq!(pin.expose(), "007734");
}

/// A bind answered 201 with the new smartcard in the `Location` header only.
fn bound_at(smartcard: Uuid) -> Reply {
    Reply::Http(
        201,
        vec![(
            "Location".into(),
            format!("/CertificateManagement/api/v1.0/smartcards/{smartcard}"),
        )],
        Vec::new(),
    )
}

#[test]
fn a_bind_answer_in_the_location_header_only_is_understood() {
    let smartcard = Uuid::new_v4();
    let server = serve(bound_at(smartcard), vec![]);
    let id = Uuid::new_v4();
    assert_eq!(
        client_for(&server.url).bind_card(id, id, &atr()).unwrap(),
        smartcard
    );
}

#[test]
fn a_call_after_the_server_closed_an_idle_connection_goes_out_on_a_new_one() {
    // The officer pauses; the server (or a proxy before it) closes the
    // connection the client kept alive. The next call, a bind among them,
    // must not fail on that closed connection.
    let smartcard = Uuid::new_v4();
    let idle = std::time::Duration::from_millis(200);
    let server = serve_closing_idle(bound_at(smartcard), idle);
    let client = client_for(&server.url);
    let id = Uuid::new_v4();
    for call in 1..=3 {
        assert_eq!(
            client.bind_card(id, id, &atr()).unwrap(),
            smartcard,
            "call {call}"
        );
        std::thread::sleep(3 * idle);
    }
    assert_eq!(
        server.connections.load(std::sync::atomic::Ordering::SeqCst),
        3,
        "each call after a pause on a connection of its own"
    );
}

/// A 204 to the bind, and the server's records of the request and the
/// smartcard it names (`None`: the request names none).
fn bind_answered_204(
    request: Uuid,
    smartcard: Option<(Uuid, String, i64)>,
    listed_for_card: Option<Uuid>,
) -> support::canned::Canned {
    let named = smartcard.as_ref().map_or(Uuid::nil(), |(id, _, _)| *id);
    let request_body = format!(
        "{{\"Uuid\":\"{request}\",\"RequestType\":1,\"Status\":3,\"NewSmartcardUuid\":\"{named}\"}}"
    );
    let smartcard_body = |id: Uuid, serial: &str, status: i64| {
        format!("{{\"Uuid\":\"{id}\",\"Status\":{status},\"SerialNumber\":\"{serial}\"}}")
    };
    let mut routes = vec![
        ("POST", Reply::Http(204, vec![], Vec::new())),
        ("/requests/", json(200, &request_body)),
    ];
    if let Some(card) = listed_for_card {
        let listed = smartcard_body(Uuid::new_v4(), &format!("{{{card}}}"), 2);
        routes.push(("smartcards?cardid", json(200, &format!("[{listed}]"))));
    }
    if let Some((id, serial, status)) = &smartcard {
        routes.push((
            "/smartcards/",
            json(200, &smartcard_body(*id, serial, *status)),
        ));
    }
    serve(
        json(404, "{\"Message\":\"No HTTP resource was found.\"}"),
        routes,
    )
}

#[test]
fn a_bind_answered_204_takes_the_smartcard_the_request_names_for_this_card() {
    let (request, card, smartcard) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
    let server = bind_answered_204(request, Some((smartcard, format!("{{{card}}}"), 2)), None);
    assert_eq!(
        client_for(&server.url)
            .bind_card(request, card, &atr())
            .unwrap(),
        smartcard
    );
    let seen = server.seen.lock().unwrap().clone();
    assert!(
        seen[1].starts_with(&format!(
            "GET /CertificateManagement/api/v1.0/requests/{request}"
        )) && seen[2].starts_with(&format!(
            "GET /CertificateManagement/api/v1.0/smartcards/{smartcard}"
        )),
        "{seen:?}"
    );
}

#[test]
fn a_bind_answered_204_with_nothing_verifiable_binds_nothing() {
    let (request, card) = (Uuid::new_v4(), Uuid::new_v4());
    let cases = [
        (
            "another card's smartcard",
            bind_answered_204(
                request,
                Some((Uuid::new_v4(), format!("{{{}}}", Uuid::new_v4()), 2)),
                None,
            ),
        ),
        (
            "a retired smartcard",
            bind_answered_204(
                request,
                Some((Uuid::new_v4(), format!("{{{card}}}"), 6)),
                None,
            ),
        ),
        (
            "a smartcard with no serial number",
            bind_answered_204(request, Some((Uuid::new_v4(), String::new(), 2)), None),
        ),
        // The card has a smartcard, but nothing ties it to this request.
        (
            "no smartcard named by the request",
            bind_answered_204(request, None, Some(card)),
        ),
    ];
    for (case, server) in cases {
        let err = client_for(&server.url)
            .bind_card(request, card, &atr())
            .unwrap_err();
        assert!(
            matches!(err, CmError::BindUnverified { request: r, card_id: c } if r == request && c == card),
            "{case}: {err:?}"
        );
        assert!(
            err.to_string().contains("none the desk can verify")
                && err.to_string().contains("no PIN was fetched"),
            "{case}: {err}"
        );
    }
}

/// A client that never signs in, so a 401 is reported as it came.
fn client_without_sign_in(url: &str) -> Client {
    let mut config = ClientConfig::new(url);
    config.auth = AuthMethod::None;
    Client::new(config).unwrap()
}

fn unauthorized_offering(schemes: &[&str]) -> Reply {
    let headers = schemes
        .iter()
        .map(|s| ("WWW-Authenticate".to_owned(), (*s).to_owned()))
        .collect();
    Reply::Http(401, headers, Vec::new())
}

#[test]
fn a_401_names_every_scheme_offered() {
    let server = serve(unauthorized_offering(&["Negotiate", "NTLM"]), vec![]);
    let err = client_without_sign_in(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap_err();
    let words = err.to_string();
    assert!(
        words.contains("It offers: Negotiate, NTLM. Sign in with Kerberos"),
        "{words}"
    );
}

#[test]
fn a_comma_inside_a_challenge_parameter_names_no_scheme() {
    let server = serve(
        unauthorized_offering(&[
            r#"Bearer realm="cm", error="invalid_token", error_description="The token expired, please sign in again""#,
            "Negotiate",
        ]),
        vec![],
    );
    let err = client_without_sign_in(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap_err();
    let CmError::Unauthorized { offered } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(offered, &["Bearer", "Negotiate"]);
}

#[test]
fn a_server_offering_only_schemes_we_do_not_speak_says_which() {
    let server = serve(
        unauthorized_offering(&["NTLM", "Basic realm=\"cm\""]),
        vec![],
    );
    // Automatic sign-in: nothing it offers can be used, so nothing is retried.
    let err = client_for(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap_err();
    let words = err.to_string();
    assert!(
        words.contains("It offers only NTLM, Basic, which this desk does not use"),
        "{words}"
    );
    assert_eq!(server.seen.lock().unwrap().len(), 1);
}

#[test]
fn bearer_sign_in_without_a_token_is_refused_before_any_call() {
    let mut config = ClientConfig::new("http://127.0.0.1:9");
    config.auth = AuthMethod::Bearer;
    let err = Client::new(config).err().unwrap();
    assert!(err.to_string().contains("needs a token"), "{err}");
}

#[test]
fn a_500_with_an_html_page_still_reads_as_a_server_error() {
    let reply = Reply::Http(
        500,
        vec![("Content-Type".into(), "text/html".into())],
        b"<html>Server Error in '/' Application</html>".to_vec(),
    );
    let server = serve(reply, vec![]);
    let err = client_for(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(
        matches!(
            err,
            CmError::ServerError {
                status: 500,
                correlation_id: None,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("(the server gave no reason)"),
        "{err}"
    );
}

#[test]
fn a_connection_closed_without_an_answer_is_unreachable() {
    let server = serve(Reply::Hangup, vec![]);
    let err = client_for(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(matches!(err, CmError::Unreachable { .. }), "{err:?}");
}

#[test]
fn a_404_on_one_object_probes_and_reports_not_found_when_the_api_is_on() {
    let server = serve(
        json(404, "{\"Message\":\"nope\"}"),
        vec![("/requests?targetuser=current", json(200, "[]"))],
    );
    let id = Uuid::new_v4();
    let err = client_for(&server.url).get_smartcard(id).unwrap_err();
    assert!(matches!(err, CmError::NotFound { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains(&format!("smartcard {id} was not found")),
        "{err}"
    );
}

#[test]
fn tls_to_an_untrusted_certificate_fails_in_words_and_a_ca_file_fixes_it() {
    let dir = tempfile::tempdir().unwrap();
    let pki = support::tls::make_pki(dir.path());
    let server = sim(SimConfig {
        tls: Some((pki.cert_pem.clone(), pki.key_pem.clone())),
        ..SimConfig::default()
    });
    assert!(server.url().starts_with("https://127.0.0.1:"));

    let err = client_for(&server.url())
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(matches!(err, CmError::Tls { .. }), "{err:?}");
    let words = err.to_string();
    assert!(
        words.contains("the secure connection to 127.0.0.1:") && words.contains("certificate"),
        "{words}"
    );
    assert!(
        words.contains("choose its certificate in the settings (or --ca-file)"),
        "{words}"
    );

    let mut config = ClientConfig::new(server.url());
    config.ca_file = Some(pki.ca_pem.clone());
    let requests = Client::new(config)
        .unwrap()
        .list_requests(RequestFilter::default())
        .unwrap();
    assert!(requests.len() >= 30);
}

#[test]
fn a_ca_file_that_is_not_a_certificate_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "not a certificate").unwrap();
    let mut config = ClientConfig::new("https://cm.example.org");
    config.ca_file = Some(path.clone());
    let Err(err) = Client::new(config) else {
        panic!("a bad CA file must be refused")
    };
    assert!(matches!(err, CmError::CaFile { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
}

#[test]
fn no_answer_body_can_make_the_parsers_panic() {
    // Random and mutated bodies through the bind-answer and request parsers:
    // each must return a value or an error, never panic.
    let seed_body = std::fs::read("tests/fixtures/requests_quirks.json").unwrap();
    let mut rng = fastrand::Rng::with_seed(7);
    for round in 0..3_000 {
        let body: Vec<u8> = if round % 2 == 0 {
            (0..rng.usize(0..200)).map(|_| rng.u8(..)).collect()
        } else {
            let mut b = seed_body.clone();
            for _ in 0..rng.usize(1..8) {
                let i = rng.usize(..b.len());
                b[i] = rng.u8(..);
            }
            b
        };
        let text = String::from_utf8_lossy(&body);
        let _: Option<_> = enroll_desk::cm::bind_uri::smartcard_id_from_bind_answer(&text);
        let _: Result<_, _> = serde_json::from_slice::<Vec<enroll_desk::cm::Request>>(&body);
        let _: Result<_, _> = enroll_desk::cm::parse_cm_time(&text);
    }
}

#[test]
fn a_400_is_reported_as_a_malformed_request_with_the_servers_words() {
    let server = serve(
        json(400, "{\"Message\":\"The request is invalid.\"}"),
        vec![],
    );
    let err = client_for(&server.url)
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(matches!(err, CmError::BadRequest { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("malformed (400): The request is invalid."),
        "{err}"
    );
}

#[test]
fn the_simulator_checks_what_a_bind_and_a_pin_call_must_carry() {
    let server = sim(SimConfig::default());
    let base = format!("{}/CertificateManagement/api/v1.0", server.url());
    let http = reqwest::blocking::Client::new();
    let request = support::ready_request(&client_for(&server.url()), true).uuid;
    let missing_atr = http
        .post(format!("{base}/smartcards"))
        .json(&serde_json::json!({ "requestid": request.to_string(), "cardid": Uuid::new_v4().to_string() }))
        .send()
        .unwrap();
    assert_eq!(missing_atr.status(), 400);
    assert!(
        missing_atr
            .text()
            .unwrap()
            .contains("The atr field is required.")
    );

    let card_id = Uuid::new_v4();
    let smartcard = client_for(&server.url())
        .bind_card(request, card_id, &atr())
        .unwrap();
    // Seven bytes of challenge, and then none at all.
    for query in [
        format!("atr={}&cardid={card_id}&challenge=AQIDBAUGBw%3D%3D", atr()),
        format!("atr={}&cardid={card_id}", atr()),
    ] {
        let answer = http
            .get(format!(
                "{base}/SMARTCARDS/{smartcard}/ServerProposedPin?{query}"
            ))
            .send()
            .unwrap();
        assert_eq!(answer.status(), 400, "{query}");
    }
}

#[test]
fn a_pin_answer_of_null_or_empty_says_the_server_gave_no_pin() {
    for body in ["null", "\"\"", "\"  \""] {
        let server = serve(json(200, body), vec![]);
        let id = Uuid::new_v4();
        let err = client_for(&server.url)
            .server_proposed_pin(id, id, id, &atr(), &[0; 8])
            .unwrap_err();
        assert!(matches!(err, CmError::NoPinGiven), "{body}: {err:?}");
        assert!(
            err.to_string().starts_with("the server gave no PIN"),
            "{err}"
        );
    }
}

#[test]
fn the_simulator_follows_the_docs_where_the_client_reads_them() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    // A status the client has no name for goes out as its number.
    let odd = RequestStatus::from_code(42);
    let listed = client
        .list_requests(RequestFilter {
            status: Some(odd),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(listed.len(), 1, "the demo has one request with status 42");
    assert!(listed.iter().all(|r| r.status == odd));

    // A POST that does not say it carries JSON is refused as ASP.NET would.
    let base = format!("{}/CertificateManagement/api/v1.0", server.url());
    let request = support::ready_request(&client, true).uuid;
    let body = serde_json::json!({ "requestid": request.to_string(), "cardid": Uuid::new_v4().to_string(), "atr": atr().to_hex() }).to_string();
    let http = reqwest::blocking::Client::new();
    for content_type in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
    ] {
        let mut post = http.post(format!("{base}/smartcards")).body(body.clone());
        if let Some(value) = content_type {
            post = post.header("Content-Type", value);
        }
        assert_eq!(post.send().unwrap().status(), 415, "{content_type:?}");
    }
    assert_eq!(
        server.with_state(|s| s.request(request).and_then(|r| r.new_smartcard_uuid)),
        None,
        "nothing was bound"
    );
    let charset = http
        .post(format!("{base}/smartcards"))
        .header("Content-Type", "Application/JSON; charset=utf-8")
        .body(body)
        .send()
        .unwrap();
    assert_eq!(charset.status(), 201);

    // A PIN call carries an 8-byte (3DES) or a 16-byte (AES) challenge.
    let card_id = Uuid::new_v4();
    let other = support::ready_request(&client, true).uuid;
    let smartcard = client.bind_card(other, card_id, &atr()).unwrap();
    for length in [8, 16] {
        let challenge: Vec<u8> = (0..length).collect();
        let outcome = client.server_proposed_pin(other, smartcard, card_id, &atr(), &challenge);
        assert!(
            matches!(outcome, Ok(PinOutcome::Proposed(_))),
            "{length}: {outcome:?}"
        );
        assert_eq!(
            server.with_state(|s| s.last_challenge(smartcard).map(<[u8]>::to_vec)),
            Some(challenge)
        );
    }
    let twelve = client.server_proposed_pin(other, smartcard, card_id, &atr(), &[7; 12]);
    assert!(
        matches!(twelve, Err(CmError::BadRequest { .. })),
        "{twelve:?}"
    );
}

#[test]
fn one_unreadable_request_is_skipped_and_named_not_the_whole_list() {
    let body = std::fs::read_to_string("tests/fixtures/requests_unreadable.json").unwrap();
    let server = serve(json(200, &body), vec![]);
    let client = client_for(&server.url);
    let listing = client.request_listing(RequestFilter::default()).unwrap();

    let names: Vec<Option<&str>> = listing
        .requests
        .iter()
        .map(|r| r.data_item("DisplayName"))
        .collect();
    assert_eq!(names, [Some("Ada Lindqvist"), Some("Bo Softcert")]);
    let [guid, time] = listing.unreadable.as_slice() else {
        panic!("two unreadable requests, got {:?}", listing.unreadable)
    };
    assert_eq!(
        guid.to_string(),
        "request not-a-guid-at-all (number 2 in the list): expected a GUID, got \"not-a-guid-at-all\""
    );
    assert_eq!(time.position, 3);
    assert_eq!(
        time.id.as_deref(),
        Some("0c1d2e3f-4a5b-4c6d-9e8f-7a6b5c4d3e2f")
    );
    assert!(time.reason.contains("31.12.2016 25:61"), "{time}");

    // A software profile is listed, and not offered for a card.
    let [card, software] = listing.requests.as_slice() else {
        unreachable!()
    };
    assert!(card.is_ready_to_bind());
    assert!(!software.is_smartcard && software.is_awaiting_card());
    assert!(!software.is_ready_to_bind());

    // The plain list is the readable requests.
    assert_eq!(
        client.list_requests(RequestFilter::default()).unwrap(),
        listing.requests
    );
}

#[test]
fn a_list_that_arrives_in_many_pieces_reads_as_one() {
    // 3,000 requests, far more than one read of the socket: the list is
    // read as it arrives, so every element must survive being cut anywhere.
    let one = std::fs::read_to_string("tests/fixtures/requests_quirks.json").unwrap();
    let requests: Vec<serde_json::Value> = serde_json::from_str(&one).unwrap();
    let many: Vec<&serde_json::Value> = requests.iter().cycle().take(3_000).collect();
    let body = serde_json::to_string_pretty(&many).unwrap();
    let server = serve(json(200, &body), vec![]);
    let listing = client_for(&server.url)
        .request_listing(RequestFilter::default())
        .unwrap();
    assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);
    assert_eq!(listing.requests.len(), 3_000);
    assert_eq!(listing.requests[2_998].comment, "");
    assert_eq!(listing.requests[2_999].comment, "bound already");
}
