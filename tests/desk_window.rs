//! The desk binary in a real window under Xvfb (Mesa's software GL): it must
//! open the desk in demo mode and draw it, checked from a screenshot. It runs
//! the binary cargo builds for the tests, so CI builds the dependency tree once.
// The test rig (pcscd with virtual cards, Xvfb, an MIT KDC, Wine) is Linux.
#![cfg(target_os = "linux")]
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::Stdio;
use std::time::Duration;

use support::processes::Killed;
use support::screen::Screen;

#[test]
#[ignore = "needs Xvfb and ImageMagick: run scripts/test.sh"]
fn the_desk_binary_draws_the_desk_in_a_real_window() {
    desk_in_a_real_window(&[("LC_ALL", "C")]);
}

/// A first start (no settings yet) on a Korean system is in Korean.
#[test]
#[ignore = "needs Xvfb and ImageMagick: run scripts/test.sh"]
fn a_korean_system_gets_a_korean_desk() {
    let log = desk_in_a_real_window(&[("LANG", "ko_KR.UTF-8"), ("ENROLL_DESK_LOG", "info")]);
    assert!(log.contains("the desk speaks ko"), "{log}");
}

/// Starts the desk binary in demo mode under Xvfb with `env`, waits until
/// it has drawn the desk, and returns what it wrote on stderr.
fn desk_in_a_real_window(env: &[(&str, &str)]) -> String {
    let home = tempfile::tempdir().unwrap();
    let screen = Screen::start(home.path());
    let mut desk = Killed(
        screen
            .desk_command(home.path())
            .arg("demo")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .envs(env.iter().copied())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the desk starts"),
    );
    let best = screen.wait_for_badge(home.path(), Duration::from_secs(30), || {
        desk.0.try_wait().unwrap().is_none()
    });
    if let Some(status) = desk.0.try_wait().unwrap() {
        let mut stderr = String::new();
        if let Some(mut err) = desk.0.stderr.take() {
            use std::io::Read;
            let _: Result<_, _> = err.read_to_string(&mut stderr);
        }
        panic!("the desk exited early ({status}): {stderr}");
    }
    assert!(
        best > 2_000,
        "the DEMO badge was not drawn ({best} badge pixels)"
    );
    assert!(
        desk.0.try_wait().unwrap().is_none(),
        "the desk keeps running"
    );
    let _: Result<_, _> = desk.0.kill();
    let _: Result<_, _> = desk.0.wait();
    let mut stderr = String::new();
    if let Some(mut err) = desk.0.stderr.take() {
        use std::io::Read;
        let _: Result<_, _> = err.read_to_string(&mut stderr);
    }
    stderr
}
