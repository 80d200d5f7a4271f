//! The desk binary in a real window under Xvfb (Mesa's software GL): it must
//! open the desk in demo mode and draw it, checked from a screenshot. It runs
//! the binary cargo builds for the tests, so CI builds the dependency tree once.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The DEMO badge's fill (src/ui/desk.rs): present only if the desk drew.
const BADGE: [u8; 3] = [196, 110, 0];
const WIDTH: usize = 1280;
const HEIGHT: usize = 800;

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _: Result<_, _> = self.0.kill();
        let _: Result<_, _> = self.0.wait();
    }
}

/// A display number nobody uses (Xvfb refuses a taken one).
fn free_display() -> u32 {
    (90..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .expect("a free X display number")
}

fn screenshot(display: &str, dir: &Path) -> Option<Vec<u8>> {
    let raw = dir.join("shot.rgb");
    let status = Command::new("import")
        .args(["-display", display, "-window", "root", "-depth", "8"])
        .arg(format!("rgb:{}", raw.display()))
        .stderr(Stdio::null())
        .status()
        .ok()?;
    status.success().then(|| std::fs::read(&raw).ok()).flatten()
}

fn badge_pixels(rgb: &[u8]) -> usize {
    rgb.chunks_exact(3)
        .filter(|p| p.iter().zip(BADGE).all(|(a, b)| a.abs_diff(b) <= 8))
        .count()
}

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
    let binary = env!("CARGO_BIN_EXE_enroll-desk");
    let home = tempfile::tempdir().unwrap();
    let display = format!(":{}", free_display());
    let _xvfb = Killed(
        Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                &format!("{WIDTH}x{HEIGHT}x24"),
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb runs"),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while screenshot(&display, home.path()).is_none() {
        assert!(Instant::now() < deadline, "Xvfb did not come up");
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut desk = Killed(
        Command::new(binary)
            .arg("demo")
            .env("DISPLAY", &display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the desk starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut best = 0;
    while Instant::now() < deadline {
        if let Some(status) = desk.0.try_wait().unwrap() {
            let mut stderr = String::new();
            if let Some(mut err) = desk.0.stderr.take() {
                use std::io::Read;
                let _: Result<_, _> = err.read_to_string(&mut stderr);
            }
            panic!("the desk exited early ({status}): {stderr}");
        }
        if let Some(rgb) = screenshot(&display, home.path()) {
            assert_eq!(rgb.len(), WIDTH * HEIGHT * 3, "a whole screen");
            best = best.max(badge_pixels(&rgb));
            // The badge is ~250×20 px; most of it must be there.
            if best > 2_000 {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(250));
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
