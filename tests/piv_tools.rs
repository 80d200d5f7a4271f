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

use std::path::Path;

use support::piv_tools::{
    OPENSC_PKCS11, certificate_request, fails, openssl, piv_tool, pkcs11_sign, printed,
    read_certificate, run, sign_and_verify,
};
use support::processes::our_card;
use support::{PORT_0, Pcscd, READER_0, wait_card_state};

const NEW_ADMIN_KEY: &str = "0f0e0d0c0b0a09080706050403020100f1f2f3f4f5f6f7f8";

/// yubico-piv-tool on the virtual card, required to succeed; what it printed.
#[track_caller]
fn yubico(args: &[&str], dir: &Path) -> String {
    let out = piv_tool(READER_0, args, dir);
    let text = printed(&out);
    assert!(
        out.status.success(),
        "yubico-piv-tool {args:?} failed: {text}"
    );
    text
}

/// yubico-piv-tool on the virtual card, required to fail; what it printed.
#[track_caller]
fn yubico_refused(args: &[&str], dir: &Path) -> String {
    fails(piv_tool(READER_0, args, dir))
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn yubico_piv_tool_manages_the_pin_the_puk_and_the_admin_key() {
    let _pcscd = Pcscd::start();
    let (_card, _) = our_card(PORT_0, &[]);
    wait_card_state(READER_0, true);
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();

    let status = yubico(&["-a", "status"], dir);
    assert!(status.contains("Version:\t5.4.3"), "{status}");
    assert!(status.contains("PIN tries left:\t3"), "{status}");
    assert!(status.contains("CHUID:\t3019"), "{status}");

    yubico(&["-a", "verify-pin", "-P", "123456"], dir);
    let wrong = yubico_refused(&["-a", "verify-pin", "-P", "000000"], dir);
    assert!(wrong.contains("2 tries left"), "{wrong}");
    assert!(yubico(&["-a", "status"], dir).contains("PIN tries left:\t2"));
    yubico_refused(&["-a", "verify-pin", "-P", "000000"], dir);
    let blocked = yubico_refused(&["-a", "verify-pin", "-P", "000000"], dir);
    assert!(blocked.contains("blocked"), "{blocked}");
    yubico_refused(&["-a", "verify-pin", "-P", "123456"], dir);
    assert!(yubico(&["-a", "status"], dir).contains("PIN tries left:\t0"));

    yubico(
        &["-a", "unblock-pin", "-P", "12345678", "-N", "654321"],
        dir,
    );
    yubico(&["-a", "verify-pin", "-P", "654321"], dir);
    yubico(&["-a", "change-pin", "-P", "654321", "-N", "11223344"], dir);
    yubico_refused(&["-a", "verify-pin", "-P", "654321"], dir);
    yubico(&["-a", "verify-pin", "-P", "11223344"], dir);
    yubico(
        &["-a", "change-puk", "-P", "12345678", "-N", "87654321"],
        dir,
    );
    let old_puk = yubico_refused(
        &["-a", "unblock-pin", "-P", "12345678", "-N", "123456"],
        dir,
    );
    assert!(old_puk.contains("2 tries left"), "{old_puk}");
    yubico(
        &["-a", "unblock-pin", "-P", "87654321", "-N", "123456"],
        dir,
    );
    yubico(&["-a", "verify-pin", "-P", "123456"], dir);

    yubico(&["-a", "set-mgm-key", "-n", NEW_ADMIN_KEY], dir);
    let refused = yubico_refused(&["-a", "generate", "-s", "9e", "-A", "ECCP256"], dir);
    assert!(
        refused.contains("authentication"),
        "the default key is gone: {refused}"
    );
    let key = format!("--key={NEW_ADMIN_KEY}");
    let public = yubico(&[&key, "-a", "generate", "-s", "9e", "-A", "ECCP256"], dir);
    assert!(public.contains("BEGIN PUBLIC KEY"), "{public}");
}

#[test]
#[ignore = "needs pcscd and vpcd: run scripts/test.sh"]
fn keys_made_with_yubico_piv_tool_are_certified_and_sign_through_opensc() {
    let _pcscd = Pcscd::start();
    // Key generation held back a moment, as a real card's: pcscd must wait.
    let (_card, _) = our_card(PORT_0, &["--keygen-seconds", "0.3"]);
    wait_card_state(READER_0, true);
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    for (slot, algorithm) in [("9a", "RSA2048"), ("9c", "ECCP256"), ("9d", "ECCP384")] {
        let public = format!("public-{slot}.pem");
        yubico(
            &["-a", "generate", "-s", slot, "-A", algorithm, "-o", &public],
            dir,
        );
        openssl(
            &format!("pkey -pubin -in {public} -outform DER -out public-{slot}.der"),
            dir,
        );
    }
    openssl(
        "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
         -keyout ca.key -out ca.pem -subj /CN=Test-CA -days 2",
        dir,
    );
    // 9A (RSA, PIN once) and 9C (P-256, PIN before each signature).
    for (slot, id, ecdsa) in [("9a", "01", false), ("9c", "02", true)] {
        certify(slot, id, ecdsa, dir);
    }

    let listing = run(
        "pkcs11-tool",
        &[
            "--module",
            OPENSC_PKCS11,
            "--list-objects",
            "--login",
            "--pin",
            "123456",
        ],
        dir,
    );
    let objects = printed(&listing);
    for expected in [
        "Private Key Object; RSA",
        "Private Key Object; EC",
        "Certificate for PIV Authentication",
        "Certificate for Digital Signature",
        "always authenticate",
    ] {
        assert!(objects.contains(expected), "{expected} in {objects}");
    }
    for (slot, id, mechanism) in [
        ("9a", "01", "SHA256-RSA-PKCS"),
        ("9c", "02", "ECDSA-SHA256"),
    ] {
        let certificate = read_certificate(READER_0, slot, dir);
        sign_and_verify("123456", id, mechanism, &certificate, dir);
    }
}

/// Certifies the key in `slot` (PKCS#11 id `id`): a certificate request
/// signed by the card through pkcs11-tool, checked and certified by
/// openssl, written with yubico-piv-tool and read back unchanged. OpenSC
/// lists a key without a certificate only given its public key in a file.
fn certify(slot: &str, id: &str, ecdsa: bool, dir: &Path) {
    let public_key_file = dir.join(format!("public-{slot}.der"));
    let spki = std::fs::read(&public_key_file).unwrap();
    let variable = format!("PIV_{}_KEY", slot.to_uppercase());
    let request = certificate_request("CN=Zoë Ångström", &spki, ecdsa, |info| {
        std::fs::write(dir.join("info.der"), info).unwrap();
        let mechanism = if ecdsa {
            "ECDSA-SHA256"
        } else {
            "SHA256-RSA-PKCS"
        };
        let env = [(variable.as_str(), public_key_file.as_path())];
        pkcs11_sign("123456", id, mechanism, "info.der", "info.sig", dir, &env);
        std::fs::read(dir.join("info.sig")).unwrap()
    });
    std::fs::write(dir.join("request.der"), request).unwrap();
    let verified = openssl(
        "req -inform DER -in request.der -verify -out request.pem",
        dir,
    );
    assert!(verified.contains("verify OK"), "{verified}");
    let issued = format!("issued-{slot}.pem");
    openssl(
        &format!(
            "x509 -req -in request.pem -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -out {issued}"
        ),
        dir,
    );
    yubico(
        &["-a", "import-certificate", "-s", slot, "-i", &issued],
        dir,
    );
    let back = read_certificate(READER_0, slot, dir);
    let subject = openssl(
        &format!("x509 -in {} -noout -subject -nameopt utf8", back.display()),
        dir,
    );
    assert!(subject.contains("Zoë Ångström"), "{subject}");
    assert_eq!(
        std::fs::read_to_string(back).unwrap(),
        std::fs::read_to_string(dir.join(issued)).unwrap(),
        "the certificate comes back as written"
    );
}
