//! Third-party PIV tools accept our virtual card through the real pcscd:
//! yubico-piv-tool manages its PIN, PUK, admin key, keys and certificates;
//! OpenSC's PKCS#11 module lists its objects and signs with its keys, and
//! OpenSSL verifies the signatures and certificate requests.
//!
//! yubico-piv-tool 2.2's own request-certificate and selfsign-certificate
//! fail under OpenSSL 3 whatever the card (they sign through a key method
//! OpenSSL 3 no longer calls), so certificate requests are built here and
//! signed by the card through pkcs11-tool. The PINs on these command lines
//! are the virtual card's factory values.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::piv_tools::{Tools, certificate_request, fails, ok};
use support::processes::our_card;
use support::{PORT_0, Pcscd, READER_0, wait_card_state};

const NEW_ADMIN_KEY: &str = "0f0e0d0c0b0a09080706050403020100f1f2f3f4f5f6f7f8";

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn yubico_piv_tool_manages_the_pin_the_puk_and_the_admin_key() {
    let _pcscd = Pcscd::start();
    let (_card, _) = our_card(PORT_0, &[]);
    wait_card_state(READER_0, true);
    let tools = Tools::new();

    let status = ok(tools.yubico(&["-a", "status"]));
    assert!(status.contains("Version:\t5.4.3"), "{status}");
    assert!(status.contains("PIN tries left:\t3"), "{status}");
    assert!(status.contains("CHUID:\t3019"), "{status}");

    ok(tools.yubico(&["-a", "verify-pin", "-P", "123456"]));
    let wrong = fails(tools.yubico(&["-a", "verify-pin", "-P", "000000"]));
    assert!(wrong.contains("2 tries left"), "{wrong}");
    assert!(ok(tools.yubico(&["-a", "status"])).contains("PIN tries left:\t2"));
    fails(tools.yubico(&["-a", "verify-pin", "-P", "000000"]));
    let blocked = fails(tools.yubico(&["-a", "verify-pin", "-P", "000000"]));
    assert!(blocked.contains("blocked"), "{blocked}");
    fails(tools.yubico(&["-a", "verify-pin", "-P", "123456"]));
    assert!(ok(tools.yubico(&["-a", "status"])).contains("PIN tries left:\t0"));

    ok(tools.yubico(&["-a", "unblock-pin", "-P", "12345678", "-N", "654321"]));
    ok(tools.yubico(&["-a", "verify-pin", "-P", "654321"]));
    ok(tools.yubico(&["-a", "change-pin", "-P", "654321", "-N", "11223344"]));
    fails(tools.yubico(&["-a", "verify-pin", "-P", "654321"]));
    ok(tools.yubico(&["-a", "verify-pin", "-P", "11223344"]));
    ok(tools.yubico(&["-a", "change-puk", "-P", "12345678", "-N", "87654321"]));
    let old_puk = fails(tools.yubico(&["-a", "unblock-pin", "-P", "12345678", "-N", "123456"]));
    assert!(old_puk.contains("2 tries left"), "{old_puk}");
    ok(tools.yubico(&["-a", "unblock-pin", "-P", "87654321", "-N", "123456"]));
    ok(tools.yubico(&["-a", "verify-pin", "-P", "123456"]));

    ok(tools.yubico(&["-a", "set-mgm-key", "-n", NEW_ADMIN_KEY]));
    let refused = fails(tools.yubico(&["-a", "generate", "-s", "9e", "-A", "ECCP256"]));
    assert!(
        refused.contains("authentication"),
        "the default key is gone: {refused}"
    );
    let key = format!("--key={NEW_ADMIN_KEY}");
    let public = ok(tools.yubico(&[&key, "-a", "generate", "-s", "9e", "-A", "ECCP256"]));
    assert!(public.contains("BEGIN PUBLIC KEY"), "{public}");
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn keys_made_with_yubico_piv_tool_are_certified_and_sign_through_opensc() {
    let _pcscd = Pcscd::start();
    // Key generation held back a moment, as a real card's: pcscd must wait.
    let (_card, _) = our_card(PORT_0, &["--keygen-seconds", "0.3"]);
    wait_card_state(READER_0, true);
    let tools = Tools::new();
    for (slot, algorithm) in [("9a", "RSA2048"), ("9c", "ECCP256"), ("9d", "ECCP384")] {
        let public = format!("public-{slot}.pem");
        ok(tools.yubico(&["-a", "generate", "-s", slot, "-A", algorithm, "-o", &public]));
        tools.openssl(&format!(
            "pkey -pubin -in {public} -outform DER -out public-{slot}.der"
        ));
    }
    tools.openssl(
        "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
         -keyout ca.key -out ca.pem -subj /CN=Test-CA -days 2",
    );
    // 9A (RSA, PIN once) and 9C (P-256, PIN before each signature).
    for (slot, id, ecdsa) in [("9a", "01", false), ("9c", "02", true)] {
        certify(&tools, slot, id, ecdsa);
    }

    let objects = ok(tools.pkcs11(&["--list-objects", "--login", "--pin", "123456"], &[]));
    for expected in [
        "Private Key Object; RSA",
        "Private Key Object; EC",
        "Certificate for PIV Authentication",
        "Certificate for Digital Signature",
        "always authenticate",
    ] {
        assert!(objects.contains(expected), "{expected} in {objects}");
    }

    std::fs::write(tools.path("data"), "signed by the virtual card\n").unwrap();
    for (slot, id, mechanism) in [
        ("9a", "01", "SHA256-RSA-PKCS"),
        ("9c", "02", "ECDSA-SHA256"),
    ] {
        let signature = format!("signature-{slot}");
        tools.pkcs11_sign(id, mechanism, "data", &signature, &[]);
        let public = tools.openssl(&format!("x509 -in back-{slot}.pem -noout -pubkey"));
        std::fs::write(tools.path("key.pem"), public).unwrap();
        let verified = tools.openssl(&format!(
            "dgst -sha256 -verify key.pem -signature {signature} data"
        ));
        assert!(verified.contains("Verified OK"), "{slot}: {verified}");
    }
}

/// Certifies the key in `slot` (PKCS#11 id `id`): a certificate request
/// signed by the card through pkcs11-tool, checked and certified by
/// openssl, written with yubico-piv-tool and read back as `back-<slot>.pem`.
/// OpenSC lists a key without a certificate only given its public key in
/// a file.
fn certify(tools: &Tools, slot: &str, id: &str, ecdsa: bool) {
    let public_key_file = tools.path(&format!("public-{slot}.der"));
    let spki = std::fs::read(&public_key_file).unwrap();
    let variable = format!("PIV_{}_KEY", slot.to_uppercase());
    let request = certificate_request("CN=Zoë Ångström", &spki, ecdsa, |info| {
        std::fs::write(tools.path("info.der"), info).unwrap();
        let mechanism = if ecdsa {
            "ECDSA-SHA256"
        } else {
            "SHA256-RSA-PKCS"
        };
        tools.pkcs11_sign(
            id,
            mechanism,
            "info.der",
            "info.sig",
            &[(&variable, &public_key_file)],
        );
        std::fs::read(tools.path("info.sig")).unwrap()
    });
    std::fs::write(tools.path("request.der"), request).unwrap();
    let verified = tools.openssl("req -inform DER -in request.der -verify -out request.pem");
    assert!(verified.contains("verify OK"), "{verified}");
    let certificate = format!("cert-{slot}.pem");
    tools.openssl(&format!(
        "x509 -req -in request.pem -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -out {certificate}"
    ));
    ok(tools.yubico(&["-a", "import-certificate", "-s", slot, "-i", &certificate]));
    let back = format!("back-{slot}.pem");
    ok(tools.yubico(&["-a", "read-certificate", "-s", slot, "-o", &back]));
    let subject = tools.openssl(&format!("x509 -in {back} -noout -subject -nameopt utf8"));
    assert!(subject.contains("Zoë Ångström"), "{subject}");
    assert_eq!(
        std::fs::read_to_string(tools.path(&back)).unwrap(),
        std::fs::read_to_string(tools.path(&certificate)).unwrap(),
        "the certificate comes back as written"
    );
}
