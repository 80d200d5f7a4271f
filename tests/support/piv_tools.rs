//! Third-party PIV tools against a card in a vpcd reader: yubico-piv-tool,
//! OpenSC's PKCS#11 module and openssl, each run as a child process; and
//! certificate requests for a card's key, signed through them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::str::FromStr;

use der::asn1::BitString;
use der::oid::ObjectIdentifier;
use der::{Any, Decode, Encode};
use x509_cert::name::Name;
use x509_cert::request::{CertReq, CertReqInfo, Version};
use x509_cert::spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned};

pub const OPENSC_PKCS11: &str = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";

/// Runs `program` with `args`; the output whatever the exit status.
pub fn run(program: &str, args: &[&str], dir: &Path) -> Output {
    run_with(program, args, dir, &[])
}

/// [`run`] with more environment variables.
pub fn run_with(program: &str, args: &[&str], dir: &Path, env: &[(&str, &Path)]) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        // OpenSC reads only the PIV driver and caches nothing.
        .env("OPENSC_CONF", opensc_conf(dir))
        .envs(env.iter().copied())
        .output()
        .unwrap_or_else(|e| panic!("could not run {program} (is it installed?): {e}"))
}

/// Everything a run printed, for asserts and their messages.
pub fn printed(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Requires a run to have failed; what it printed.
#[track_caller]
pub fn fails(output: Output) -> String {
    let text = printed(&output);
    assert!(!output.status.success(), "succeeded: {text}");
    text
}

/// openssl with `line`'s words as arguments, required to succeed; what
/// it printed.
pub fn openssl(line: &str, dir: &Path) -> String {
    let args: Vec<&str> = line.split_whitespace().collect();
    printed(&ok("openssl", &args, dir))
}

/// Runs and requires success, showing both streams when it fails.
pub fn ok(program: &str, args: &[&str], dir: &Path) -> Output {
    let out = run(program, args, dir);
    assert!(
        out.status.success(),
        "{program} {args:?} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `yubico-piv-tool -r READER ARGS..`
pub fn piv_tool(reader: &str, args: &[&str], dir: &Path) -> Output {
    let mut all = vec!["-r", reader];
    all.extend_from_slice(args);
    run("yubico-piv-tool", &all, dir)
}

/// A private OpenSC configuration: only the PIV driver, no file cache (so
/// no probing of other drivers and nothing kept between runs).
fn opensc_conf(dir: &Path) -> PathBuf {
    let path = dir.join("opensc.conf");
    if !path.exists() {
        std::fs::write(
            &path,
            "app default {\n  card_drivers = PIV-II;\n  framework pkcs15 {\n    use_file_caching = false;\n  }\n}\n",
        )
        .expect("opensc.conf");
    }
    path
}

/// The certificate in `slot` (e.g. "9a") as PEM, read by yubico-piv-tool.
pub fn read_certificate(reader: &str, slot: &str, dir: &Path) -> PathBuf {
    let out = piv_tool(reader, &["-a", "read-certificate", "-s", slot], dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.join(format!("cert-{slot}.pem"));
    std::fs::write(&path, &out.stdout).unwrap();
    path
}

/// Signs `data` with the card's key `id` (OpenSC's PIV ids: 01 is 9A,
/// 02 is 9C, 03 is 9D) through PKCS#11 with the PIN, and checks the
/// signature with openssl against the public key of `certificate`.
pub fn sign_and_verify(pin: &str, id: &str, mechanism: &str, certificate: &Path, dir: &Path) {
    let data = "signed through OpenSC with the PIN the desk handed over";
    std::fs::write(dir.join("data.bin"), data).unwrap();
    let signature = format!("sig-{id}.bin");
    pkcs11_sign(pin, id, mechanism, "data.bin", &signature, dir, &[]);
    let public = format!("public-{id}.pem");
    let certificate = certificate.to_str().unwrap();
    ok(
        "openssl",
        &[
            "x509",
            "-in",
            certificate,
            "-pubkey",
            "-noout",
            "-out",
            &public,
        ],
        dir,
    );
    let verified = openssl(
        &format!("dgst -sha256 -verify {public} -signature {signature} data.bin"),
        dir,
    );
    assert!(verified.contains("Verified OK"), "{verified}");
}

/// Signs the file `input` into `output` with the card's key `id` through
/// PKCS#11 and `pin` (ECDSA signatures DER-encoded, as openssl reads
/// them). `env` may name a key's public key file (`PIV_9A_KEY`..), which
/// OpenSC needs to list a key that has no certificate yet.
pub fn pkcs11_sign(
    pin: &str,
    id: &str,
    mechanism: &str,
    input: &str,
    output: &str,
    dir: &Path,
    env: &[(&str, &Path)],
) {
    let args = [
        "--module",
        OPENSC_PKCS11,
        "--login",
        "--pin",
        pin,
        "--sign",
        "--id",
        id,
    ];
    let rest = [
        "--mechanism",
        mechanism,
        "--signature-format",
        "openssl",
        "-i",
        input,
        "-o",
        output,
    ];
    let out = run_with("pkcs11-tool", &[&args[..], &rest[..]].concat(), dir, env);
    assert!(
        out.status.success(),
        "pkcs11-tool --sign failed: {}",
        printed(&out)
    );
}

/// A PKCS#10 request for the key `spki` (DER) named `subject`, signed by
/// `sign` over the request's DER info: SHA-256 with RSA, or ECDSA.
pub fn certificate_request(
    subject: &str,
    spki: &[u8],
    ecdsa: bool,
    sign: impl FnOnce(&[u8]) -> Vec<u8>,
) -> Vec<u8> {
    let info = CertReqInfo {
        version: Version::V1,
        subject: Name::from_str(subject).unwrap(),
        public_key: SubjectPublicKeyInfoOwned::from_der(spki).unwrap(),
        attributes: Default::default(),
    };
    let signature = sign(&info.to_der().unwrap());
    let algorithm = if ecdsa {
        AlgorithmIdentifierOwned {
            oid: ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2"),
            parameters: None,
        }
    } else {
        AlgorithmIdentifierOwned {
            oid: ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11"),
            parameters: Some(Any::null()),
        }
    };
    CertReq {
        info,
        algorithm,
        signature: BitString::from_bytes(&signature).unwrap(),
    }
    .to_der()
    .unwrap()
}
