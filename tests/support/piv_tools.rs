//! Third-party PIV tools against a card in a vpcd reader: yubico-piv-tool,
//! OpenSC's PKCS#11 module and openssl, each run as a child process.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const OPENSC_PKCS11: &str = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";

/// Runs `program` with `args`; the output whatever the exit status.
pub fn run(program: &str, args: &[&str], dir: &Path) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        // OpenSC reads only the PIV driver and caches nothing.
        .env("OPENSC_CONF", opensc_conf(dir))
        .output()
        .unwrap_or_else(|e| panic!("could not run {program} (is it installed?): {e}"))
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
    let data = dir.join("data.bin");
    std::fs::write(
        &data,
        b"signed through OpenSC with the PIN the desk handed over",
    )
    .unwrap();
    let signature = dir.join(format!("sig-{id}.bin"));
    ok(
        "pkcs11-tool",
        &[
            "--module",
            OPENSC_PKCS11,
            "--login",
            "--pin",
            pin,
            "--sign",
            "--id",
            id,
            "--mechanism",
            mechanism,
            "--signature-format",
            "openssl",
            "--input-file",
            data.to_str().unwrap(),
            "--output-file",
            signature.to_str().unwrap(),
        ],
        dir,
    );
    let public = dir.join(format!("public-{id}.pem"));
    ok(
        "openssl",
        &[
            "x509",
            "-in",
            certificate.to_str().unwrap(),
            "-pubkey",
            "-noout",
            "-out",
            public.to_str().unwrap(),
        ],
        dir,
    );
    ok(
        "openssl",
        &[
            "dgst",
            "-sha256",
            "-verify",
            public.to_str().unwrap(),
            "-signature",
            signature.to_str().unwrap(),
            data.to_str().unwrap(),
        ],
        dir,
    );
}
