//! The desk binary on a computer of the tests' own making: a site file
//! (moved by `ENROLL_DESK_SITE_FILE`, which only debug builds honour) and a
//! home of its own, so the officer's settings and audit trail are fresh.

use std::path::PathBuf;
use std::process::{Command, Output};

pub struct Computer {
    pub dir: tempfile::TempDir,
}

impl Computer {
    /// A computer whose site file holds `site` (none when `None`).
    pub fn with_site(site: Option<&str>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        if let Some(site) = site {
            std::fs::write(dir.path().join("site.toml"), site).unwrap();
        }
        Self { dir }
    }

    pub fn site_file(&self) -> PathBuf {
        self.dir.path().join("site.toml")
    }

    /// `enroll-desk` on this computer, in English unless told otherwise,
    /// with none of the tester's own server settings.
    pub fn desk(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_enroll-desk"));
        command
            .env(enroll_desk::site::TEST_OVERRIDE, self.site_file())
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("LC_ALL", "C")
            .env_remove("ENROLL_DESK_SERVER")
            .env_remove("ENROLL_DESK_TOKEN")
            .env_remove("ENROLL_DESK_AUTH")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.desk().args(args).output().unwrap()
    }

    /// `enroll-desk ARGS` on this computer, started by `wrapper` (`faketime`,
    /// `setpriv`, …) with its own arguments.
    pub fn run_under(&self, wrapper: &[&str], args: &[&str]) -> Output {
        let desk = self.desk();
        let environment = desk.get_envs().filter_map(|(k, v)| Some((k, v?)));
        Command::new(wrapper[0])
            .args(&wrapper[1..])
            .arg(env!("CARGO_BIN_EXE_enroll-desk"))
            .args(args)
            .envs(environment)
            .output()
            .unwrap_or_else(|error| panic!("{} runs: {error}", wrapper[0]))
    }
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
