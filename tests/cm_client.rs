//! The CM client against the simulated CM server over real HTTP on loopback:
//! every success path, and every failure in the words the officer reads.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use enroll_desk::card::VirtualCard;
use enroll_desk::card::admin_key::AdminKey;
use enroll_desk::cm::{CmError, RequestFilter, RequestStatus};
use enroll_desk::ids::Atr;
use enroll_desk::pin::PinOutcome;
use enroll_desk::sim::{AdminKeyConfig, Faults, SimAuth, SimConfig};
use support::{client_for, client_with_timeout, ready_request, sim};
use uuid::Uuid;

const CHALLENGE: [u8; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

fn atr() -> Atr {
    "3b8d0180fba000000397425446590301c8".parse().unwrap()
}

#[test]
fn lists_all_requests_and_filters_by_status_and_target_user() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let all = client.list_requests(RequestFilter::default()).unwrap();
    assert!(
        all.len() >= 30,
        "demo data has 30+ requests, got {}",
        all.len()
    );
    let pending = client
        .list_requests(RequestFilter {
            status: Some(RequestStatus::Pending),
            ..Default::default()
        })
        .unwrap();
    assert!(!pending.is_empty());
    assert!(pending.iter().all(|r| r.status == RequestStatus::Pending));
    let mine = client
        .list_requests(RequestFilter {
            current_user_only: true,
            ..Default::default()
        })
        .unwrap();
    assert!(!mine.is_empty() && mine.len() < all.len());
    let current = server.with_state(|s| s.current_user);
    assert!(mine.iter().all(|r| r.target_user_uuid == Some(current)));
    assert!(
        all.iter().any(|r| r.status.to_string() == "Unknown(42)"),
        "unknown status numbers survive"
    );
    // The simulator writes each one's SDDL, as a server does; the desk has
    // no use for it and does not keep it.
    assert!(
        all.iter().all(|r| r.security_descriptor.is_empty()),
        "security descriptors are not kept"
    );
}

#[test]
fn an_empty_list_is_204_and_reads_as_empty() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let none = client
        .list_requests(RequestFilter {
            status: Some(RequestStatus::None),
            ..Default::default()
        })
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn a_long_list_is_sent_in_pieces_as_it_is_written_and_reads_whole() {
    let server = sim(SimConfig {
        extra_requests: 5_000,
        ..SimConfig::default()
    });
    let url = format!("{}/CertificateManagement/api/v1.0/requests", server.url());
    let response = reqwest::blocking::get(&url).unwrap();
    assert!(response.status().is_success());
    // Written as it is serialized: no length known up front.
    assert_eq!(
        response.headers().get("transfer-encoding").unwrap(),
        "chunked"
    );
    assert!(response.content_length().is_none());
    let raw: Vec<serde_json::Value> = serde_json::from_slice(&response.bytes().unwrap()).unwrap();
    assert!(raw.len() > 5_000, "{} requests", raw.len());
    let listing = client_for(&server.url())
        .request_listing(RequestFilter::default())
        .unwrap();
    assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);
    assert_eq!(listing.requests.len(), raw.len());
    let ids = |i: usize| {
        (
            raw[i]["Uuid"].as_str().unwrap().to_owned(),
            listing.requests[i].uuid.to_string(),
        )
    };
    for i in [0, raw.len() / 2, raw.len() - 1] {
        let (sent, read) = ids(i);
        assert_eq!(sent, read, "request {i}");
    }
}

#[test]
fn gets_one_request_and_reports_a_missing_one_as_not_found() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let first = &client.list_requests(RequestFilter::default()).unwrap()[0];
    assert_eq!(&client.get_request(first.uuid).unwrap(), first);
    let missing = Uuid::new_v4();
    let err = client.get_request(missing).unwrap_err();
    assert!(matches!(err, CmError::NotFound { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains(&format!("request {missing} was not found")),
        "{err}"
    );
}

#[test]
fn bind_then_fetch_the_proposed_pin_which_stays_the_same() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let request = ready_request(&client, true);
    let card_id = Uuid::new_v4();
    let smartcard = client.bind_card(request.uuid, card_id, &atr()).unwrap();

    assert_eq!(
        client.get_request(request.uuid).unwrap().new_smartcard_uuid,
        Some(smartcard)
    );
    let card = client.get_smartcard(smartcard).unwrap();
    assert_eq!(card.card_id(), Some(card_id));
    assert_eq!(card.atr, atr().to_hex());
    assert_eq!(client.find_smartcards(card_id).unwrap()[0].uuid, smartcard);

    let PinOutcome::Proposed(first) = client
        .server_proposed_pin(request.uuid, smartcard, card_id, &atr(), &CHALLENGE)
        .unwrap()
    else {
        panic!("a server-generated template proposes a PIN");
    };
    assert!((6..=8).contains(&first.len()) && first.expose().chars().all(|c| c.is_ascii_digit()));
    let PinOutcome::Proposed(second) = client
        .server_proposed_pin(request.uuid, smartcard, card_id, &atr(), &CHALLENGE)
        .unwrap()
    else {
        panic!("still proposed");
    };
    assert_eq!(first.expose(), second.expose());
}

#[test]
fn challenge_bytes_that_encode_to_plus_and_slash_arrive_intact() {
    // base64 of these bytes is "+/+/+/+/+/8=": unencoded, '+' would arrive as a space.
    let challenge = [0xfb, 0xff, 0xbf, 0xfb, 0xff, 0xbf, 0xfb, 0xff];
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let request = ready_request(&client, true);
    let card_id = Uuid::new_v4();
    let smartcard = client.bind_card(request.uuid, card_id, &atr()).unwrap();
    let outcome = client.server_proposed_pin(request.uuid, smartcard, card_id, &atr(), &challenge);
    assert!(
        matches!(outcome, Ok(PinOutcome::Proposed(_))),
        "{outcome:?}"
    );
}

#[test]
fn cardholder_chooses_the_pin_is_an_answer_not_an_error() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let request = ready_request(&client, false);
    let card_id = Uuid::new_v4();
    let smartcard = client.bind_card(request.uuid, card_id, &atr()).unwrap();
    let outcome = client
        .server_proposed_pin(request.uuid, smartcard, card_id, &atr(), &CHALLENGE)
        .unwrap();
    assert!(matches!(outcome, PinOutcome::CardholderChooses));
}

#[test]
fn binding_a_bound_or_unapproved_request_is_forbidden_with_the_servers_reason() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let request = ready_request(&client, true);
    client
        .bind_card(request.uuid, Uuid::new_v4(), &atr())
        .unwrap();
    let err = client
        .bind_card(request.uuid, Uuid::new_v4(), &atr())
        .unwrap_err();
    assert!(matches!(err, CmError::Forbidden { .. }), "{err:?}");
    let words = err.to_string();
    assert!(
        words.contains("403 Forbidden") && words.contains("already bound"),
        "{words}"
    );
    assert!(
        words.contains("refresh the list"),
        "says what to do: {words}"
    );

    let pending = client
        .list_requests(RequestFilter {
            status: Some(RequestStatus::Pending),
            ..Default::default()
        })
        .unwrap();
    let err = client
        .bind_card(pending[0].uuid, Uuid::new_v4(), &atr())
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("only an approved request can be bound"),
        "{err}"
    );
}

#[test]
fn the_pin_falls_back_to_the_route_table_form_on_404() {
    let server = sim(SimConfig {
        faults: Faults {
            documented_pin_route_missing: true,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let client = client_for(&server.url());
    let request = ready_request(&client, true);
    let card_id = Uuid::new_v4();
    let smartcard = client.bind_card(request.uuid, card_id, &atr()).unwrap();
    let outcome = client
        .server_proposed_pin(request.uuid, smartcard, card_id, &atr(), &CHALLENGE)
        .unwrap();
    assert!(matches!(outcome, PinOutcome::Proposed(_)));
}

#[test]
fn a_pin_for_an_unknown_smartcard_is_not_found() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let err = client
        .server_proposed_pin(
            Uuid::new_v4(),
            Uuid::new_v4(),
            Uuid::new_v4(),
            &atr(),
            &CHALLENGE,
        )
        .unwrap_err();
    assert!(matches!(err, CmError::NotFound { .. }), "{err:?}");
}

#[test]
fn a_disabled_api_is_named_as_such_on_every_call() {
    let server = sim(SimConfig {
        faults: Faults {
            api_disabled: true,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let client = client_for(&server.url());
    let id = Uuid::new_v4();
    let errors = [
        client.list_requests(RequestFilter::default()).unwrap_err(),
        client.get_request(id).unwrap_err(),
        client.bind_card(id, id, &atr()).unwrap_err(),
        client
            .server_proposed_pin(id, id, id, &atr(), &CHALLENGE)
            .unwrap_err(),
    ];
    for err in errors {
        assert!(matches!(err, CmError::ApiNotEnabled { .. }), "{err:?}");
        let words = err.to_string();
        assert!(
            words.contains("the CM REST API is not enabled on 127.0.0.1:"),
            "{words}"
        );
        assert!(
            words.contains("Ask the CM administrator to enable the REST API"),
            "{words}"
        );
    }
}

#[test]
fn a_missing_or_wrong_token_is_unauthorized_naming_the_offered_scheme() {
    let server = sim(SimConfig {
        auth: SimAuth::Bearer("s3cret".into()),
        ..SimConfig::default()
    });
    let err = client_for(&server.url())
        .list_requests(RequestFilter::default())
        .unwrap_err();
    let CmError::Unauthorized { offered } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(offered, &vec!["Bearer".to_owned()]);
    let words = err.to_string();
    assert!(
        words.contains("401 Unauthorized") && words.contains("It offers: Bearer"),
        "{words}"
    );
    assert!(words.contains("ENROLL_DESK_TOKEN"), "{words}");

    let mut config = enroll_desk::cm::ClientConfig::new(server.url());
    config.token = Some("s3cret".to_owned().into());
    let client = enroll_desk::cm::Client::new(config).unwrap();
    assert_eq!(client.sign_in_watch().get(), None);
    assert!(
        !client
            .list_requests(RequestFilter::default())
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        client.sign_in_watch().get(),
        Some(enroll_desk::cm::SignedIn::BearerToken { user: None })
    );
}

#[test]
fn a_server_error_carries_the_correlation_id() {
    let server = sim(SimConfig {
        faults: Faults {
            error_rate: 1.0,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let err = client_for(&server.url())
        .list_requests(RequestFilter::default())
        .unwrap_err();
    let CmError::ServerError {
        status: 500,
        correlation_id: Some(id),
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(Uuid::parse_str(id).is_ok());
    let words = err.to_string();
    assert!(words.contains(&format!("(correlation id {id})")), "{words}");
    assert!(
        words.contains("give the CM administrator the time and the correlation id"),
        "{words}"
    );
}

#[test]
fn a_forbidden_fault_shows_the_servers_message() {
    let server = sim(SimConfig {
        faults: Faults {
            forbidden_rate: 1.0,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let err = client_for(&server.url())
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("403 Forbidden): Access is denied. (simulated fault)"),
        "{err}"
    );
}

#[test]
fn a_malformed_body_is_an_unexpected_response() {
    let server = sim(SimConfig {
        faults: Faults {
            malformed: true,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let err = client_for(&server.url())
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(matches!(err, CmError::UnexpectedResponse { .. }), "{err:?}");
    assert!(err.to_string().starts_with("unexpected answer from the CM server: expected a list of requests, got JSON it could not read"), "{err}");
}

#[test]
fn a_slow_server_times_out_in_words() {
    let server = sim(SimConfig {
        faults: Faults {
            latency_ms: 3_000,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let err = client_with_timeout(&server.url(), Duration::from_secs(1))
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(matches!(err, CmError::Timeout { .. }), "{err:?}");
    assert!(
        err.to_string().contains("did not answer within 1 s"),
        "{err}"
    );
    assert!(err.is_transient());
}

#[test]
fn faults_switched_at_run_time_take_effect() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    assert!(client.list_requests(RequestFilter::default()).is_ok());
    server.set_faults(Faults {
        api_disabled: true,
        ..Faults::default()
    });
    assert!(matches!(
        client.list_requests(RequestFilter::default()),
        Err(CmError::ApiNotEnabled { .. })
    ));
    server.set_faults(Faults::default());
    assert!(client.list_requests(RequestFilter::default()).is_ok());
}

#[test]
fn a_closed_port_is_unreachable() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let err = client_for(&format!("http://127.0.0.1:{port}"))
        .list_requests(RequestFilter::default())
        .unwrap_err();
    assert!(matches!(err, CmError::Unreachable { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains(&format!("cannot reach the CM server at 127.0.0.1:{port}")),
        "{err}"
    );
}

/// Asks the virtual card's admin key (algorithm `alg`) for a witness, as
/// the desk does: SELECT PIV, then GENERAL AUTHENTICATE `7C 02 80 00`.
fn witness(card: &mut VirtualCard, alg: u8) -> Vec<u8> {
    let select = card.process(&hex::decode("00a404000ba000000308000010000100").unwrap());
    assert!(select.unwrap().ends_with(&[0x90, 0x00]));
    let answer = card
        .process(&[0x00, 0x87, alg, 0x9B, 0x04, 0x7C, 0x02, 0x80, 0x00, 0x00])
        .unwrap();
    let (data, sw) = answer.split_at(answer.len() - 2);
    assert_eq!(sw, [0x90, 0x00]);
    assert_eq!(&data[..2], [0x7C, data[3] + 2]);
    data[4..].to_vec()
}

/// Sends the server's response back to the card; its status word.
fn authenticate(card: &mut VirtualCard, alg: u8, response: &[u8]) -> String {
    let n = response.len() as u8;
    let mut command = vec![0x00, 0x87, alg, 0x9B, n + 4, 0x7C, n + 2, 0x80, n];
    command.extend_from_slice(response);
    hex::encode(card.process(&command).unwrap())
}

#[test]
fn the_authentication_response_opens_the_card_whose_witness_it_answers() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());

    // A template with the default 3DES key, not diversified.
    let request = ready_request(&client, true);
    let card_id = Uuid::new_v4();
    let mut card = VirtualCard::new(Some(card_id));
    let smartcard = client.bind_card(request.uuid, card_id, &atr()).unwrap();
    let challenge = witness(&mut card, 0x03);
    assert_eq!(challenge.len(), 8);
    let response = client
        .authentication_response(request.uuid, smartcard, card_id, &atr(), &challenge, false)
        .unwrap();
    assert_eq!(response.len(), 8);
    assert_eq!(authenticate(&mut card, 0x03, &response), "9000");
    // A response to an older witness opens nothing.
    let _newer = witness(&mut card, 0x03);
    assert_eq!(authenticate(&mut card, 0x03, &response), "6982");

    // A template that diversifies: the card has its own key, and only the
    // diversified response opens it.
    let request = ready_request(&client, false);
    let card_id = Uuid::new_v4();
    let key = AdminKey::default().diversified_for(card_id);
    let mut card = VirtualCard::new(Some(card_id)).with_admin_key(key);
    let smartcard = client.bind_card(request.uuid, card_id, &atr()).unwrap();
    let challenge = witness(&mut card, 0x03);
    let plain = client
        .authentication_response(request.uuid, smartcard, card_id, &atr(), &challenge, false)
        .unwrap();
    assert_eq!(authenticate(&mut card, 0x03, &plain), "6982");
    let challenge = witness(&mut card, 0x03);
    let diversified = client
        .authentication_response(request.uuid, smartcard, card_id, &atr(), &challenge, true)
        .unwrap();
    assert_eq!(authenticate(&mut card, 0x03, &diversified), "9000");

    // The call names the request: another request's smartcard is not found.
    let other = Uuid::new_v4();
    let err = client
        .authentication_response(other, smartcard, card_id, &atr(), &challenge, true)
        .unwrap_err();
    assert!(matches!(err, CmError::NotFound { .. }), "{err:?}");
}

#[test]
fn an_aes_admin_key_gives_and_takes_16_bytes() {
    let server = sim(SimConfig::default());
    let client = client_for(&server.url());
    let request = ready_request(&client, true);
    let template = request.profile_template_uuid.unwrap();
    let key = AdminKey::from_hex("00112233445566778899aabbccddeeff").unwrap();
    server.with_state(|s| {
        s.set_admin_key_config(
            template,
            AdminKeyConfig {
                default_key: key.clone(),
                diversify: false,
            },
        )
    });
    let card_id = Uuid::new_v4();
    let mut card = VirtualCard::new(Some(card_id)).with_admin_key(key);
    let smartcard = client.bind_card(request.uuid, card_id, &atr()).unwrap();
    let challenge = witness(&mut card, 0x08);
    assert_eq!(challenge.len(), 16);
    let response = client
        .authentication_response(request.uuid, smartcard, card_id, &atr(), &challenge, false)
        .unwrap();
    assert_eq!(authenticate(&mut card, 0x08, &response), "9000");
    // 8 bytes are no AES witness.
    let err = client
        .authentication_response(request.uuid, smartcard, card_id, &atr(), &CHALLENGE, false)
        .unwrap_err();
    assert!(err.to_string().contains("must be 16 bytes"), "{err}");
}
