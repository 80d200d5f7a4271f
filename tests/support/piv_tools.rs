//! Third-party PIV tools run against the card in vpcd's first reader:
//! yubico-piv-tool, OpenSC's pkcs11-tool (with a private configuration
//! that loads only the PIV driver and caches nothing) and openssl, in a
//! temporary directory of their own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::str::FromStr;

use der::asn1::BitString;
use der::oid::ObjectIdentifier;
use der::{Any, Decode, Encode};
use x509_cert::name::Name;
use x509_cert::request::{CertReq, CertReqInfo, Version};
use x509_cert::spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned};

use super::READER_0;

pub const OPENSC_PKCS11: &str = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";

/// OpenSC's PIV driver only, nothing cached between runs.
const OPENSC_CONF: &str = "app default {
    card_drivers = PIV-II;
    framework pkcs15 {
        use_file_caching = no;
    }
}
";

pub struct Tools {
    pub dir: tempfile::TempDir,
}

impl Tools {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("opensc.conf"), OPENSC_CONF).unwrap();
        Self { dir }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `program` in the directory, with the private OpenSC configuration.
    pub fn run(&self, program: &str, args: &[&str], env: &[(&str, &Path)]) -> Output {
        Command::new(program)
            .args(args)
            .current_dir(self.dir.path())
            .env("OPENSC_CONF", self.path("opensc.conf"))
            .envs(env.iter().copied())
            .output()
            .unwrap_or_else(|e| panic!("could not start {program} (is it installed?): {e}"))
    }

    /// yubico-piv-tool on the virtual card's reader.
    pub fn yubico(&self, args: &[&str]) -> Output {
        let mut all = vec!["-r", READER_0];
        all.extend_from_slice(args);
        self.run("yubico-piv-tool", &all, &[])
    }

    /// pkcs11-tool through OpenSC's module.
    pub fn pkcs11(&self, args: &[&str], env: &[(&str, &Path)]) -> Output {
        let mut all = vec!["--module", OPENSC_PKCS11];
        all.extend_from_slice(args);
        self.run("pkcs11-tool", &all, env)
    }

    /// Signs the file `input` into `output` with the key of PKCS#11 id
    /// `id` (the factory PIN; ECDSA signatures DER-encoded, as openssl
    /// reads them).
    pub fn pkcs11_sign(
        &self,
        id: &str,
        mechanism: &str,
        input: &str,
        output: &str,
        env: &[(&str, &Path)],
    ) {
        let args = [
            "--sign",
            "--id",
            id,
            "--mechanism",
            mechanism,
            "--signature-format",
            "openssl",
        ];
        let files = ["--pin", "123456", "-i", input, "-o", output];
        ok(self.pkcs11(&[&args[..], &files[..]].concat(), env));
    }

    /// openssl with `line`'s words as arguments; what it printed.
    #[track_caller]
    pub fn openssl(&self, line: &str) -> String {
        let args: Vec<&str> = line.split_whitespace().collect();
        ok(self.run("openssl", &args, &[]))
    }
}

/// Everything the tool printed, for asserts and their messages.
pub fn printed(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The output of a run that must succeed.
#[track_caller]
pub fn ok(output: Output) -> String {
    let text = printed(&output);
    assert!(
        output.status.success(),
        "failed ({}): {text}",
        output.status
    );
    text
}

/// The output of a run that must fail.
#[track_caller]
pub fn fails(output: Output) -> String {
    let text = printed(&output);
    assert!(!output.status.success(), "succeeded: {text}");
    text
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
