//! The Windows build under Wine: its command line against the simulator
//! running natively on loopback, its sign-in through SSPI, and the demo desk
//! in a real window under Xvfb. `scripts/windows.sh` builds the executable
//! and names it in `ENROLL_DESK_WINDOWS_EXE`; `scripts/test.sh` runs these
//! after the other tests.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use enroll_desk::sim::{SimAuth, SimConfig};
use support::kdc::{Realm, SimProcess};
use support::processes::Killed;
use support::screen::Screen;
use support::wine::{WINE, boot, exe, one_at_a_time, text, wine_env};

/// One Wine prefix for all the tests here, made once.
fn prefix() -> &'static PathBuf {
    static PREFIX: OnceLock<PathBuf> = OnceLock::new();
    PREFIX.get_or_init(|| {
        let prefix = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wine-prefix");
        boot(&prefix);
        prefix
    })
}

/// The Windows build with these arguments, run to its end.
fn run_exe(args: &[&str]) -> Output {
    let prefix = prefix();
    wine_env(Command::new(WINE).arg(exe()).args(args), prefix)
        .stdin(Stdio::null())
        .output()
        .expect("wine64 runs the Windows build")
}

#[test]
#[ignore = "needs the Windows build and Wine: run scripts/test.sh"]
fn under_wine_the_windows_build_explains_itself() {
    let _one = one_at_a_time();
    let output = run_exe(&["--help"]);
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(
        stdout.contains("Smart-card enrollment desk") && stdout.contains("requests"),
        "{stdout}"
    );
}

#[test]
#[ignore = "needs the Windows build and Wine: run scripts/test.sh"]
fn under_wine_the_windows_build_lists_the_servers_requests() {
    let _one = one_at_a_time();
    let sim = support::sim(SimConfig::default());
    let url = sim.url();
    let expected = support::client_for(&url)
        .list_requests(Default::default())
        .unwrap();
    let output = run_exe(&["requests", "--server", &url, "--json"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(rows.len(), expected.len());
    assert_eq!(rows[0]["id"], expected[0].uuid.to_string());
}

#[test]
#[ignore = "needs the Windows build and Wine: run scripts/test.sh"]
fn under_wine_kerberos_goes_through_sspi_and_a_failure_is_in_officer_words() {
    let _one = one_at_a_time();
    // The server asks for Negotiate; Wine's SSPI has no domain logon here, so
    // the sign-in must fail the way the GSSAPI path words it — not as a
    // build without Kerberos, and not as a crash.
    let sim = support::sim(SimConfig {
        auth: SimAuth::Unsupported(vec!["Negotiate".into()]),
        ..SimConfig::default()
    });
    let output = run_exe(&["requests", "--server", &sim.url(), "--auth", "negotiate"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(!stderr.contains("built without Kerberos"), "{stderr}");
    assert!(
        ["Kerberos", "ticket", "did not accept"]
            .iter()
            .any(|words| stderr.contains(words)),
        "{stderr}"
    );
}

#[test]
#[ignore = "needs the Windows build, Wine and a KDC: run scripts/test.sh"]
fn under_wine_the_officer_signs_in_with_kerberos_through_sspi() {
    let _one = one_at_a_time();
    // Wine's Kerberos package stands on this machine's MIT Kerberos, so
    // the officer's ticket cache from `kinit` is the "logged-on user".
    let realm = Realm::start();
    let cache = realm.kinit("officer", None);
    let sim = SimProcess::start(&realm, &["--negotiate"]);
    let output = wine_env(Command::new(WINE).arg(exe()), prefix())
        .args([
            "requests",
            "--server",
            &sim.url(),
            "--auth",
            "negotiate",
            "--json",
        ])
        .envs(realm.client_env(&cache))
        .stdin(Stdio::null())
        .output()
        .expect("wine64 runs the Windows build");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(!rows.is_empty());
    let log = sim.log.lock().unwrap().clone();
    assert!(sim.calls_ending("(Kerberos)") >= 1, "{log}");
}

#[test]
#[ignore = "needs the Windows build, Wine, Xvfb and ImageMagick: run scripts/test.sh"]
fn under_wine_the_windows_build_draws_the_demo_desk() {
    let _one = one_at_a_time();
    let scratch = tempfile::tempdir().unwrap();
    let screen = Screen::start(scratch.path());
    let prefix = prefix();
    let mut desk = Killed(
        wine_env(Command::new(WINE).arg(exe()).arg("demo"), prefix)
            .env("DISPLAY", &screen.display)
            .env_remove("WAYLAND_DISPLAY")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("wine64 runs the desk"),
    );
    // Wine's first start in a fresh prefix, beside the other tests, can
    // take over a minute on a busy two-core machine before the first frame.
    let best = screen.wait_for_badge(scratch.path(), Duration::from_secs(150), || {
        desk.0.try_wait().unwrap().is_none()
    });
    let kept = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wine-demo-desk.png");
    screen.save_png(&kept);
    assert!(
        desk.0.try_wait().unwrap().is_none(),
        "the desk exited under Wine"
    );
    assert!(
        best > 2_000,
        "the DEMO badge was not drawn under Wine ({best} badge pixels; see {})",
        kept.display()
    );
}
