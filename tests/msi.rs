//! The Windows installer (`scripts/msi.sh`) built from the Windows build and
//! installed under Wine as Group Policy or Intune would: silently. It lists
//! the simulator's requests once installed, a newer MSI replaces it (one
//! uninstall entry left), and `msiexec /x` takes everything away again.
//! Every test here needs the Windows build: `scripts/test.sh` runs them
//! (named `windows_build_…`) once it is built, beside tests/wine.rs.
// The test rig (Wine, msitools) is Linux.
#![cfg(target_os = "linux")]
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use enroll_desk::sim::SimConfig;
use support::wine::{WINE, boot, exe, one_at_a_time, text, wine_env};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// `scripts/msi.sh` on the Windows build; `version` stands in for
/// Cargo.toml's, `site` is the site file to lay down.
fn build_msi(out: &Path, version: &str, site: Option<&Path>) -> PathBuf {
    let mut command = Command::new("bash");
    command
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/msi.sh"))
        .arg(exe())
        .arg(out)
        .args(site)
        .env("VERSION", version);
    let output = command.output().expect("bash runs scripts/msi.sh");
    assert!(output.status.success(), "{}", text(&output.stderr));
    PathBuf::from(text(&output.stdout).trim())
}

fn msiinfo_table(msi: &Path, table: &str) -> String {
    let output = Command::new("msiinfo")
        .args(["export"])
        .arg(msi)
        .arg(table)
        .output()
        .expect("msiinfo runs (Debian msitools)");
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout)
}

/// A prefix of its own, fresh each run: installs change it for good.
struct Prefix(PathBuf);

impl Prefix {
    fn fresh() -> Self {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wine-msi-prefix");
        let _: Result<(), _> = std::fs::remove_dir_all(&path);
        boot(&path);
        // Wine 8 lacks what Rust's standard library takes its random numbers
        // from; the tests' stand-in goes into the prefix's system folder, so
        // the installed folder holds only what the MSI put there.
        let shim = exe().with_file_name("bcryptprimitives.dll");
        std::fs::copy(
            &shim,
            path.join("drive_c/windows/system32/bcryptprimitives.dll"),
        )
        .expect("scripts/windows.sh puts the test-only DLL beside the exe");
        Self(path)
    }

    fn run(&self, args: &[&str]) -> Output {
        wine_env(Command::new(WINE).args(args), &self.0)
            .stdin(Stdio::null())
            .output()
            .expect("wine64 runs")
    }

    fn msiexec(&self, action: &str, msi: &Path) -> Output {
        let windows_path = format!("Z:{}", msi.display()).replace('/', "\\");
        self.run(&["msiexec", action, &windows_path, "/qn"])
    }

    fn drive_c(&self, path: &str) -> PathBuf {
        self.0.join("drive_c").join(path)
    }

    fn installed_exe(&self) -> PathBuf {
        self.drive_c("Program Files/enroll-desk/enroll-desk.exe")
    }

    /// The Start-menu shortcut: all users' on Windows; Wine files it under
    /// the user's own Start menu.
    fn shortcut(&self) -> Option<PathBuf> {
        const PROGRAMS: &str = "Microsoft/Windows/Start Menu/Programs/enroll-desk.lnk";
        let all_users = self.drive_c("ProgramData").join(PROGRAMS);
        let each_user = std::fs::read_dir(self.drive_c("users"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|user| user.path().join("AppData/Roaming").join(PROGRAMS));
        std::iter::once(all_users)
            .chain(each_user)
            .find(|path| path.exists())
    }

    /// The uninstall entries named enroll-desk, as (publisher, version).
    fn uninstall_entries(&self) -> Vec<(String, String)> {
        let output = self.run(&[
            "reg",
            "query",
            r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall",
            "/s",
        ]);
        let listing = text(&output.stdout);
        let value = |block: &str, name: &str| {
            block
                .lines()
                .find_map(|line| {
                    let mut words = line.split_whitespace();
                    (words.next() == Some(name))
                        .then(|| words.skip(1).collect::<Vec<_>>().join(" "))
                })
                .unwrap_or_default()
        };
        listing
            .split("HKEY_LOCAL_MACHINE")
            .filter(|block| value(block, "DisplayName") == "enroll-desk")
            .map(|block| (value(block, "Publisher"), value(block, "DisplayVersion")))
            .collect()
    }
}

/// The version after `version`, by its last number: a "newer release".
fn next_version(version: &str) -> String {
    let (head, last) = version.rsplit_once('.').unwrap();
    format!("{head}.{}", last.parse::<u32>().unwrap() + 1)
}

#[test]
#[ignore = "needs the Windows build, Wine and msitools: run scripts/test.sh"]
fn windows_build_msi_declares_its_shortcut_upgrade_and_publisher() {
    let out = tempfile::tempdir().unwrap();
    let msi = build_msi(out.path(), VERSION, None);
    assert!(msi.ends_with(format!("enroll-desk-{VERSION}-x64.msi")));
    let shortcut = msiinfo_table(&msi, "Shortcut");
    assert!(
        shortcut.contains("ProgramMenuFolder")
            && shortcut.contains("[INSTALLDIR]enroll-desk.exe")
            && shortcut.contains("enroll_desk.ico"),
        "{shortcut}"
    );
    let upgrade = msiinfo_table(&msi, "Upgrade");
    let code = "{F4DE9196-9BFE-4A3E-8ED5-63A4FF552CD5}";
    // Older and the same version are replaced (inclusive both ends, 769);
    // a newer one is only detected, and refuses the install (2).
    assert!(
        upgrade.contains(&format!(
            "{code}\t0.0.0\t{VERSION}\t\t769\t\tOLDER_INSTALLED"
        )),
        "{upgrade}"
    );
    assert!(
        upgrade.contains(&format!("{code}\t{VERSION}\t\t\t2\t\tNEWER_INSTALLED")),
        "{upgrade}"
    );
    let properties = msiinfo_table(&msi, "Property");
    for expected in [
        "ALLUSERS\t1",
        "Manufacturer\tThe enroll-desk project",
        &format!("ProductVersion\t{VERSION}"),
        "ARPPRODUCTICON\tenroll_desk.ico",
    ] {
        assert!(properties.contains(expected), "{expected}: {properties}");
    }
}

#[test]
#[ignore = "needs the Windows build, Wine and msitools: run scripts/test.sh"]
fn windows_build_msi_installs_upgrades_and_uninstalls_silently_under_wine() {
    let _one = one_at_a_time();
    let out = tempfile::tempdir().unwrap();
    let sim = support::sim(SimConfig::default());
    let expected = support::client_for(&sim.url())
        .list_requests(Default::default())
        .unwrap();
    let prefix = Prefix::fresh();

    // Silent install, per machine.
    let first = build_msi(&out.path().join("first"), VERSION, None);
    let installed = prefix.msiexec("/i", &first);
    assert!(installed.status.success(), "{installed:?}");
    assert!(prefix.installed_exe().exists());
    assert!(prefix.shortcut().is_some(), "no Start-menu shortcut");
    assert_eq!(
        prefix.uninstall_entries(),
        [("The enroll-desk project".to_owned(), VERSION.to_owned())]
    );
    let exe_path = r"C:\Program Files\enroll-desk\enroll-desk.exe";
    let listed = prefix.run(&[exe_path, "requests", "--server", &sim.url(), "--json"]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows.len(), expected.len());

    // A rebuild of the same version replaces it rather than going beside it.
    let rebuilt = build_msi(&out.path().join("rebuilt"), VERSION, None);
    assert!(prefix.msiexec("/i", &rebuilt).status.success());
    assert_eq!(prefix.uninstall_entries().len(), 1);

    // A newer MSI, laying down the site settings: one entry left, and the
    // installed desk finds its server in %ProgramData% with no --server.
    let site = out.path().join("site.toml");
    std::fs::write(&site, format!("server = \"{}\"\ndemo = false\n", sim.url())).unwrap();
    let newer_version = next_version(VERSION);
    let newer = build_msi(&out.path().join("newer"), &newer_version, Some(&site));
    let upgraded = prefix.msiexec("/i", &newer);
    assert!(upgraded.status.success(), "{upgraded:?}");
    assert_eq!(
        prefix.uninstall_entries(),
        [("The enroll-desk project".to_owned(), newer_version.clone())]
    );
    assert!(prefix.drive_c("ProgramData/enroll-desk/site.toml").exists());
    let listed = prefix.run(&[exe_path, "requests", "--json"]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows.len(), expected.len());
    let refused = prefix.run(&[exe_path, "demo"]);
    assert!(
        text(&refused.stderr).contains("turned off on this computer"),
        "{}",
        text(&refused.stderr)
    );

    // The older MSI does not go over the newer one.
    assert!(!prefix.msiexec("/i", &first).status.success());
    assert_eq!(prefix.uninstall_entries().len(), 1);

    // Uninstalled, nothing of it is left.
    let removed = prefix.msiexec("/x", &newer);
    assert!(removed.status.success(), "{removed:?}");
    assert!(!prefix.installed_exe().exists());
    assert!(prefix.shortcut().is_none());
    assert!(!prefix.drive_c("ProgramData/enroll-desk/site.toml").exists());
    assert!(prefix.uninstall_entries().is_empty());
}

#[test]
#[ignore = "needs the Windows build and osslsigncode: run scripts/test.sh"]
fn windows_build_signed_msi_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let (key, cert, p12, password) = (
        dir.path().join("key.pem"),
        dir.path().join("cert.pem"),
        dir.path().join("signer.p12"),
        dir.path().join("password"),
    );
    std::fs::write(&password, "throw-away-password\n").unwrap();
    let openssl = |args: &[&str]| {
        let status = Command::new("openssl").args(args).status().unwrap();
        assert!(status.success(), "openssl {args:?}");
    };
    let path = |p: &Path| p.to_str().unwrap().to_owned();
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=enroll-desk test signer",
        "-keyout",
        &path(&key),
        "-out",
        &path(&cert),
    ]);
    let pass = format!("file:{}", path(&password));
    openssl(&[
        "pkcs12",
        "-export",
        "-inkey",
        &path(&key),
        "-in",
        &path(&cert),
        "-out",
        &path(&p12),
        "-passout",
        &pass,
    ]);
    let output = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/msi.sh"))
        .arg(exe())
        .arg(dir.path().join("out"))
        .env("ENROLL_DESK_SIGN_PKCS12", &p12)
        .env("ENROLL_DESK_SIGN_PASSWORD_FILE", &password)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let msi = PathBuf::from(text(&output.stdout).trim());
    let verified = Command::new("osslsigncode")
        .args(["verify", "-CAfile"])
        .arg(&cert)
        .arg("-in")
        .arg(&msi)
        .output()
        .expect("osslsigncode runs");
    assert!(
        verified.status.success() && text(&verified.stdout).contains("Signature verification: ok"),
        "{}{}",
        text(&verified.stdout),
        text(&verified.stderr)
    );
}

#[test]
#[ignore = "needs the Windows build, msitools and lintian: run scripts/test.sh"]
fn windows_build_package_sh_writes_both_packages_and_their_checksums() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site.toml");
    std::fs::write(&site, "server = \"https://cm.example.org\"\n").unwrap();
    let package = |site_file: &Path| {
        Command::new("bash")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/package.sh"))
            .arg("--site")
            .arg(site_file)
            .env("LINUX_BINARY", env!("CARGO_BIN_EXE_enroll-desk"))
            .env("WINDOWS_EXE", exe())
            .env("PACKAGE_DIR", out.path().join("package"))
            .env("DEB_COMPRESSION", "gzip")
            .output()
            .expect("bash runs scripts/package.sh")
    };
    let built = package(&site);
    assert!(built.status.success(), "{}", text(&built.stderr));
    let sums = std::fs::read_to_string(out.path().join("package/SHA256SUMS")).unwrap();
    assert_eq!(sums.lines().count(), 2, "{sums}");
    assert!(sums.contains(".deb") && sums.contains(".msi"), "{sums}");
    let checked = Command::new("sha256sum")
        .args(["--check", "SHA256SUMS"])
        .current_dir(out.path().join("package"))
        .status()
        .unwrap();
    assert!(checked.success());

    // A broken site file is caught before it is packaged.
    let broken = out.path().join("broken.toml");
    std::fs::write(
        &broken,
        "server = \"https://cm.example.org\"\nsign_in = kerberos\n",
    )
    .unwrap();
    let refused = package(&broken);
    assert!(!refused.status.success());
    assert!(
        text(&refused.stdout).contains("line 2"),
        "{}",
        text(&refused.stdout)
    );
}
