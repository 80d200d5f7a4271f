//! The Debian package (`scripts/deb.sh`), built from the binary the tests
//! already have (no second build), checked by lintian and
//! desktop-file-validate, then installed with apt-get, run, and removed.
// Debian's tools; Linux only.
#![cfg(target_os = "linux")]
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_enroll-desk");

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `scripts/deb.sh` on the test build, gzip-compressed (quick; the release
/// uses xz), optionally with a site file.
fn build_deb(out: &Path, site: Option<&Path>) -> PathBuf {
    let output = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deb.sh"))
        .arg(BIN)
        .arg(out)
        .args(site)
        .env("DEB_COMPRESSION", "gzip")
        .output()
        .expect("bash runs scripts/deb.sh");
    assert!(output.status.success(), "{}", text(&output.stderr));
    PathBuf::from(text(&output.stdout).trim())
}

/// As root, through sudo when the tests are not root.
fn as_root(program: &str, args: &[&str]) -> Output {
    // SAFETY: geteuid cannot fail and touches no memory.
    let root = unsafe { libc::geteuid() } == 0;
    let mut command = if root {
        Command::new(program)
    } else {
        let mut sudo = Command::new("sudo");
        sudo.args(["-n", program]);
        sudo
    };
    command
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()
        .expect("runs as root")
}

fn installed() -> bool {
    let output = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "enroll-desk"])
        .output()
        .unwrap();
    text(&output.stdout).contains("install ok installed")
}

fn lintian(deb: &Path) {
    let output = Command::new("lintian")
        .args(["--fail-on", "error,warning", "--tag-display-limit", "0"])
        .arg(deb)
        .output()
        .expect("lintian runs (Debian lintian)");
    let report = text(&output.stdout);
    assert!(output.status.success(), "lintian: {report}");
    assert!(
        !report
            .lines()
            .any(|line| line.starts_with("E:") || line.starts_with("W:")),
        "{report}"
    );
}

#[test]
#[ignore = "needs root, apt-get and lintian: run scripts/test.sh"]
fn the_deb_passes_lintian_installs_runs_and_is_removed_cleanly() {
    assert!(
        !installed(),
        "an enroll-desk package is already installed here; this test would replace it"
    );
    let out = tempfile::tempdir().unwrap();
    let deb = build_deb(out.path(), None);
    lintian(&deb);
    let unpacked = out.path().join("unpacked");
    let status = Command::new("dpkg-deb")
        .arg("-x")
        .arg(&deb)
        .arg(&unpacked)
        .status()
        .unwrap();
    assert!(status.success());
    let desktop = unpacked.join("usr/share/applications/enroll-desk.desktop");
    let validated = Command::new("desktop-file-validate")
        .arg(&desktop)
        .output()
        .expect("desktop-file-validate runs (Debian desktop-file-utils)");
    assert!(
        validated.status.success() && validated.stdout.is_empty(),
        "{}",
        text(&validated.stdout)
    );
    for size in ["16x16", "32x32", "48x48", "256x256"] {
        let icon = unpacked.join(format!(
            "usr/share/icons/hicolor/{size}/apps/enroll-desk.png"
        ));
        assert!(icon.exists(), "{}", icon.display());
    }

    let deb_arg = deb.to_str().unwrap();
    let install = as_root(
        "apt-get",
        &["install", "-y", "-q", "--no-install-recommends", deb_arg],
    );
    assert!(install.status.success(), "{}", text(&install.stderr));
    let version = Command::new("/usr/bin/enroll-desk")
        .arg("--version")
        .output()
        .unwrap();
    let remove = as_root("apt-get", &["remove", "--purge", "-y", "-q", "enroll-desk"]);
    assert_eq!(
        text(&version.stdout).trim(),
        format!("enroll-desk {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(remove.status.success(), "{}", text(&remove.stderr));
    assert!(!installed());
    for left in [
        "/usr/bin/enroll-desk",
        "/usr/share/applications/enroll-desk.desktop",
        "/usr/share/icons/hicolor/48x48/apps/enroll-desk.png",
        "/usr/share/doc/enroll-desk",
    ] {
        assert!(!Path::new(left).exists(), "{left} was left behind");
    }
}

#[test]
#[ignore = "needs lintian: run scripts/test.sh"]
fn a_deb_with_site_settings_keeps_them_as_a_conffile() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site.toml");
    std::fs::write(
        &site,
        "server = \"https://cm.example.org\"\nsign_in = \"negotiate\"\n",
    )
    .unwrap();
    let deb = build_deb(&out.path().join("deb"), Some(&site));
    lintian(&deb);
    let conffiles = Command::new("dpkg-deb")
        .arg("--info")
        .arg(&deb)
        .arg("conffiles")
        .output()
        .unwrap();
    assert_eq!(text(&conffiles.stdout).trim(), "/etc/enroll-desk/site.toml");
    let contents = Command::new("dpkg-deb")
        .arg("--contents")
        .arg(&deb)
        .output()
        .unwrap();
    assert!(text(&contents.stdout).contains("./etc/enroll-desk/site.toml"));
}
