//! `enroll-desk enroll` and `unblock` end to end on the real pcscd with the
//! project's virtual PIV card, against the simulator — and the card checked
//! afterwards with tools others wrote: yubico-piv-tool, OpenSC's PKCS#11
//! module and openssl.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use enroll_desk::card::admin_key::AdminKey;
use enroll_desk::cm::{RequestStatus, RequestType};
use enroll_desk::sim::{SimConfig, SimServer};
use support::piv_tools::{ok, piv_tool, read_certificate, sign_and_verify};
use support::processes::our_card;
use support::{PORT_0, Pcscd, READER_0, sim, wait_card_state};
use uuid::Uuid;

/// `enroll-desk COMMAND --server … --request … --reader READER_0 --json EXTRA`,
/// with `stdin` given to it.
fn desk(command: &str, server: &SimServer, request: Uuid, extra: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .env("LC_ALL", "C")
        .env_remove("ENROLL_DESK_TOKEN")
        .args([
            command,
            "--server",
            &server.url(),
            "--request",
            &request.to_string(),
        ])
        .args(["--reader", READER_0, "--json"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// An approved Enroll request of the server-PIN template (`server_pin`) or
/// the cardholder-PIN one, which also diversifies the admin key.
fn request(server: &SimServer, server_pin: bool) -> Uuid {
    let client = support::client_for(&server.url());
    let all = client.list_requests(Default::default()).unwrap();
    let cardholder_template = all[4].profile_template_uuid;
    all.iter()
        .find(|r| {
            r.is_ready_to_bind()
                && r.request_type == RequestType::Enroll
                && (r.profile_template_uuid != cardholder_template) == server_pin
        })
        .unwrap()
        .uuid
}

#[test]
#[ignore = "needs pcscd, vpcd, yubico-piv-tool and OpenSC: run scripts/test.sh"]
fn an_enrolled_card_opens_with_the_pin_shown_and_signs_through_opensc() {
    let dir = tempfile::tempdir().unwrap();
    let _pcscd = Pcscd::start();
    let card_id = Uuid::new_v4();
    let (_card, _) = our_card(PORT_0, &["--card-id", &card_id.to_string()]);
    wait_card_state(READER_0, true);
    let server = sim(SimConfig::default());
    let request = request(&server, true);

    let out = desk("enroll", &server, request, &[], "");
    let value = json(&out);
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "atr",
            "card_id",
            "certificates",
            "pin",
            "request",
            "smartcard",
            "status"
        ]
    );
    assert_eq!(value["status"], "Completed");
    assert_eq!(value["card_id"], card_id.to_string());
    let pin = value["pin"].as_str().unwrap().to_owned();
    assert!(!String::from_utf8_lossy(&out.stderr).contains(&pin));
    let certificate = &value["certificates"][0];
    assert_eq!(certificate["slot"], "9A");
    assert_eq!(certificate["sha256"].as_str().unwrap().len(), 64);

    // yubico-piv-tool: the PIN shown opens the card; the factory PIN does not.
    let dir = dir.path();
    assert!(
        piv_tool(READER_0, &["-a", "verify-pin", "-P", &pin], dir)
            .status
            .success()
    );
    assert!(
        !piv_tool(READER_0, &["-a", "verify-pin", "-P", "123456"], dir)
            .status
            .success()
    );
    // The certificate on the card chains to the simulator's CA ...
    let cert = read_certificate(READER_0, "9a", dir);
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, server.with_state(|s| s.ca_certificate_pem()).unwrap()).unwrap();
    let verified = ok(
        "openssl",
        &[
            "verify",
            "-CAfile",
            ca.to_str().unwrap(),
            cert.to_str().unwrap(),
        ],
        dir,
    );
    assert!(String::from_utf8_lossy(&verified.stdout).contains(": OK"));
    // ... and OpenSC signs with its key, with the PIN, verifiably.
    sign_and_verify(&pin, "01", "SHA256-RSA-PKCS", &cert, dir);
    assert_eq!(
        support::client_for(&server.url())
            .get_request(request)
            .unwrap()
            .status,
        RequestStatus::Completed
    );
}

#[test]
#[ignore = "needs pcscd, vpcd, yubico-piv-tool and OpenSC: run scripts/test.sh"]
fn a_cardholder_pin_card_has_its_own_admin_key_and_unblocks_after_three_wrong_pins() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let _pcscd = Pcscd::start();
    let card_id = Uuid::new_v4();
    let (_card, _) = our_card(PORT_0, &["--card-id", &card_id.to_string()]);
    wait_card_state(READER_0, true);
    let server = sim(SimConfig::default());
    let request = request(&server, false);

    let value = json(&desk(
        "enroll",
        &server,
        request,
        &["--new-pin-stdin"],
        "Zx9#pl4q\nZx9#pl4q\n",
    ));
    assert!(
        value["pin"].is_null(),
        "the cardholder chose; nothing to hand over"
    );
    assert_eq!(value["certificates"].as_array().unwrap().len(), 2);
    assert!(
        piv_tool(READER_0, &["-a", "verify-pin", "-P", "Zx9#pl4q"], dir)
            .status
            .success()
    );
    // EC keys sign through OpenSC too (9C is key 02).
    let cert = read_certificate(READER_0, "9c", dir);
    sign_and_verify("Zx9#pl4q", "02", "ECDSA-SHA256", &cert, dir);

    // The factory admin key no longer opens the card; the card's own does.
    let factory = AdminKey::default();
    let own = factory.diversified_for(card_id);
    let prove = |key: &AdminKey| {
        piv_tool(
            READER_0,
            &[
                &format!("--key={}", key.to_hex()),
                "-a",
                "set-mgm-key",
                &format!("--new-key={}", key.to_hex()),
            ],
            dir,
        )
        .status
        .success()
    };
    assert!(!prove(&factory));
    assert!(prove(&own));

    // Three wrong PINs block it; the desk unblocks it for an Unblock request.
    for _ in 0..3 {
        assert!(
            !piv_tool(READER_0, &["-a", "verify-pin", "-P", "00000000"], dir)
                .status
                .success()
        );
    }
    assert!(
        !piv_tool(READER_0, &["-a", "verify-pin", "-P", "Zx9#pl4q"], dir)
            .status
            .success()
    );
    let smartcard: Uuid = value["smartcard"].as_str().unwrap().parse().unwrap();
    let unblock = server
        .with_state(|s| s.new_unblock_request(smartcard))
        .unwrap();
    let value = json(&desk(
        "unblock",
        &server,
        unblock,
        &["--new-pin-stdin"],
        "Qw3$rt5y\nQw3$rt5y\n",
    ));
    assert_eq!(value["status"], "Completed");
    assert!(value.get("certificates").is_none());
    assert!(
        piv_tool(READER_0, &["-a", "verify-pin", "-P", "Qw3$rt5y"], dir)
            .status
            .success()
    );
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn bind_and_enroll_refuse_an_unblock_request_before_anything_is_sent() {
    let _pcscd = Pcscd::start();
    let (_card, _) = our_card(PORT_0, &["--card-id", &Uuid::new_v4().to_string()]);
    wait_card_state(READER_0, true);
    let server = sim(SimConfig::default());
    let client = support::client_for(&server.url());
    let unblock = client
        .list_requests(Default::default())
        .unwrap()
        .into_iter()
        .find(|r| r.request_type == RequestType::Unblock && r.status == RequestStatus::Approved)
        .unwrap()
        .uuid;
    for command in ["bind", "enroll"] {
        let out = desk(command, &server, unblock, &[], "");
        assert!(!out.status.success(), "{command} must refuse");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("Unblock"), "{command}: {stderr}");
    }
    assert!(
        !server.calls().iter().any(|c| c.starts_with("POST")),
        "nothing was sent: {:?}",
        server.calls()
    );
}
