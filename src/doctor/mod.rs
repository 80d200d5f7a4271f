//! "What is wrong with this PC?": the desk's self-check, for the officer
//! and the help desk. Each check is one line in the officer's language —
//! what was found and, when it failed, what to do — from the site file to
//! the server's clock. `enroll-desk doctor` prints them; the desk's status
//! bar shows them in a window. Every check blocks (files, PC/SC, the
//! network), so callers run them off the UI thread.

mod local;
mod readers;
mod server;

use std::path::PathBuf;

use serde::Serialize;

use crate::cm::ClientConfig;
use crate::site::Site;

/// What to check.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub site: Site,
    pub server: ServerToCheck,
    /// The desk's own settings file; `None` in a build without the desk.
    pub settings_file: Option<PathBuf>,
    /// Where the audit trail is written; `None` when there is no place.
    pub audit_file: Option<PathBuf>,
}

/// The server the desk would talk to.
#[derive(Debug, Clone)]
pub enum ServerToCheck {
    Configured(ClientConfig),
    /// The desk runs in demo mode or a classroom: no CM server to check.
    Demo,
    /// None is set anywhere.
    NotSet,
    /// The site file is broken, so the desk contacts no server.
    Blocked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    /// Not tried: an earlier check failed, or there is nothing to check.
    Skipped,
}

impl Outcome {
    /// The mark before a line in a terminal, the same in every language
    /// (the desk's window shows words instead: its font has no such marks).
    pub fn mark(self) -> &'static str {
        match self {
            Self::Pass => "✔",
            Self::Fail => "✖",
            Self::Skipped => "–",
        }
    }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    /// A stable name for scripts (`pcsc-service`, `clock`, …).
    pub check: &'static str,
    pub title: String,
    pub outcome: Outcome,
    pub detail: String,
    /// What to do about a failure, when `detail` does not already say it.
    pub fix: Option<String>,
}

impl Check {
    fn pass(check: &'static str, title: String, detail: String) -> Self {
        Self {
            check,
            title,
            outcome: Outcome::Pass,
            detail,
            fix: None,
        }
    }

    fn fail(check: &'static str, title: String, detail: String, fix: Option<String>) -> Self {
        Self {
            check,
            title,
            outcome: Outcome::Fail,
            detail,
            fix,
        }
    }

    fn skipped(check: &'static str, title: String, detail: String) -> Self {
        Self {
            check,
            title,
            outcome: Outcome::Skipped,
            detail,
            fix: None,
        }
    }
}

/// Runs every check in order, in this thread's language, handing each
/// line to `report` as soon as it is known.
pub fn run(inputs: &Inputs, report: &mut dyn FnMut(Check)) {
    report(local::site_file(&inputs.site));
    report(local::settings_file(inputs.settings_file.as_deref()));
    report(local::audit(inputs.audit_file.as_deref()));
    for check in readers::checks() {
        report(check);
    }
    server::checks(&inputs.server, report);
}

/// The site file's check alone: for IT checking a file before pushing it.
pub fn site_file_check(site: &Site) -> Check {
    local::site_file(site)
}

/// Every check's line, in order.
pub fn run_all(inputs: &Inputs) -> Vec<Check> {
    let mut checks = Vec::new();
    run(inputs, &mut |check| checks.push(check));
    checks
}

/// True when no check failed.
pub fn all_passed(checks: &[Check]) -> bool {
    checks.iter().all(|check| check.outcome != Outcome::Fail)
}

#[cfg(test)]
mod tests;
