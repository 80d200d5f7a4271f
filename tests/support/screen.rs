//! A private X screen (Xvfb) for the real-window tests, its screenshots, and
//! the check that the desk drew on it.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::processes::Killed;

/// The DEMO badge's fill (src/ui/desk): present only if the desk drew.
pub const BADGE: [u8; 3] = [196, 110, 0];
pub const WIDTH: usize = 1280;
pub const HEIGHT: usize = 800;

/// Xvfb on a display number it chose itself, stopped on drop.
pub struct Screen {
    pub display: String,
    _xvfb: Killed,
}

impl Screen {
    /// Starts Xvfb and waits until a screenshot of it can be taken; `scratch`
    /// holds the screenshots.
    pub fn start(scratch: &Path) -> Screen {
        // Xvfb picks a free display itself and writes its number on
        // `-displayfd`: a number chosen here by looking for lock files could
        // be chosen by two tests at once, and one's Xvfb would then fail while
        // it drew on, and later stopped, the other's.
        let mut xvfb = Killed(
            Command::new("Xvfb")
                .args([
                    "-displayfd",
                    "1",
                    "-screen",
                    "0",
                    &format!("{WIDTH}x{HEIGHT}x24"),
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("Xvfb runs"),
        );
        let mut number = String::new();
        // By reference: the pipe stays open while Xvfb runs.
        let stdout = xvfb.0.stdout.as_mut().expect("Xvfb's stdout");
        BufReader::new(stdout)
            .read_line(&mut number)
            .expect("Xvfb's display number");
        let number: u32 = number
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("Xvfb did not come up (it wrote {number:?})"));
        let screen = Screen {
            display: format!(":{number}"),
            _xvfb: xvfb,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while screen.screenshot(scratch).is_none() {
            assert!(Instant::now() < deadline, "Xvfb did not come up");
            std::thread::sleep(Duration::from_millis(100));
        }
        screen
    }

    /// The whole screen as RGB bytes, if it can be read.
    pub fn screenshot(&self, scratch: &Path) -> Option<Vec<u8>> {
        let raw = scratch.join("shot.rgb");
        let status = Command::new("import")
            .args(["-display", &self.display, "-window", "root", "-depth", "8"])
            .arg(format!("rgb:{}", raw.display()))
            .stderr(Stdio::null())
            .status()
            .ok()?;
        status.success().then(|| std::fs::read(&raw).ok()).flatten()
    }

    /// The desk binary set up to draw on this screen, its settings and data
    /// under `home` (a first start), software GL, no Wayland.
    pub fn desk_command(&self, home: &Path) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_enroll-desk"));
        command
            .env("DISPLAY", &self.display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .stdout(Stdio::null());
        command
    }

    /// Saves the screen as a PNG (kept as a CI artifact).
    pub fn save_png(&self, path: &Path) -> bool {
        Command::new("import")
            .args(["-display", &self.display, "-window", "root"])
            .arg(path)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    }

    /// Runs xdotool on this screen.
    pub fn xdo(&self, args: &[&str]) {
        let status = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .status()
            .expect("xdotool runs");
        assert!(status.success(), "xdotool {args:?}");
    }

    /// No window manager gives the desk's window the keyboard: give it ourselves.
    pub fn give_keyboard(&self) {
        let found = Command::new("xdotool")
            .args(["search", "--sync", "--name", "enroll-desk"])
            .env("DISPLAY", &self.display)
            .output()
            .expect("xdotool runs");
        let found = String::from_utf8(found.stdout).expect("xdotool's answer");
        let window = found.lines().next().expect("the desk's window");
        self.xdo(&["windowfocus", "--sync", window]);
    }

    /// A key press the desk sees whole: under Xvfb without a window manager
    /// a modifier pressed and released in the same instant as its key is lost.
    pub fn press(&self, modifier: Option<&str>, key: &str) {
        self.give_keyboard();
        let pause = || std::thread::sleep(Duration::from_millis(150));
        if let Some(modifier) = modifier {
            self.xdo(&["keydown", modifier]);
            pause();
        }
        self.xdo(&["key", key]);
        pause();
        if let Some(modifier) = modifier {
            self.xdo(&["keyup", modifier]);
            pause();
        }
    }

    /// Types `text` into the window that has the keyboard.
    pub fn type_text(&self, text: &str) {
        self.give_keyboard();
        self.xdo(&["type", "--delay", "40", text]);
        std::thread::sleep(Duration::from_millis(300));
    }

    /// A left click at `at`.
    pub fn click_at(&self, at: egui::Pos2) {
        let (x, y) = (at.x.round().to_string(), at.y.round().to_string());
        self.xdo(&["mousemove", "--sync", &x, &y]);
        self.xdo(&["click", "1"]);
    }

    /// Waits until `done` holds, as seen from outside the desk; on a timeout
    /// the screen is kept as `<name>-timeout.png` beside the results.
    pub fn wait_for(&self, name: &str, what: &str, done: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(90);
        while !done() {
            if Instant::now() > deadline {
                self.save_png(&artifact(&format!("{name}-timeout.png")));
                panic!("timed out waiting for {what}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the DEMO badge is drawn (most of its ~250×20 px) while
    /// `still_running` holds; returns the most badge pixels seen.
    pub fn wait_for_badge(
        &self,
        scratch: &Path,
        within: Duration,
        mut still_running: impl FnMut() -> bool,
    ) -> usize {
        let deadline = Instant::now() + within;
        let mut best = 0;
        while Instant::now() < deadline && still_running() {
            if let Some(rgb) = self.screenshot(scratch) {
                assert_eq!(rgb.len(), WIDTH * HEIGHT * 3, "a whole screen");
                best = best.max(badge_pixels(&rgb));
                if best > 2_000 {
                    break;
                }
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        best
    }
}

pub fn badge_pixels(rgb: &[u8]) -> usize {
    rgb.chunks_exact(3)
        .filter(|p| p.iter().zip(BADGE).all(|(a, b)| a.abs_diff(b) <= 8))
        .count()
}

/// Where the screenshots are kept (a CI artifact).
pub fn artifact(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}
