//! `enroll-desk doctor`: the desk's self-check, one line per check, or one
//! JSON object for scripts. Exits 0 only when no check failed.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::server_args::ServerArgs;
use crate::doctor::{self, Check, Inputs, Outcome, ServerToCheck};
use crate::site::Site;
use crate::tr;

#[derive(Args, Debug)]
pub struct DoctorArgs {
    /// The server to check, as for `requests`; without it, the one the desk
    /// would use (the site file's, else the desk's settings)
    #[command(flatten)]
    pub server: ServerArgs,
    /// Print one JSON object: `passed` and the `checks` (English words)
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Report<'a> {
    passed: bool,
    checks: &'a [Check],
}

pub fn run(args: DoctorArgs, site: Site) -> ExitCode {
    let server = match server_to_check(args.server, &site) {
        Ok(server) => server,
        Err(error) => return super::fail(&error),
    };
    let inputs = Inputs {
        server,
        settings_file: settings_file(),
        audit_file: site
            .audit_path()
            .or_else(crate::audit::AuditLog::default_path),
        site,
    };
    let passed = if args.json {
        let checks = crate::i18n::in_english(|| doctor::run_all(&inputs));
        let passed = doctor::all_passed(&checks);
        let report = Report {
            passed,
            checks: &checks,
        };
        match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(error) => return super::fail(&error.into()),
        }
        passed
    } else {
        print_lines(&inputs)
    };
    if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `enroll-desk check-site-file FILE`: the site file's check on a file
/// that is not (yet) this computer's.
pub fn check_site_file(file: &std::path::Path) -> ExitCode {
    if let Err(error) = std::fs::metadata(file) {
        let error = anyhow::Error::new(error).context(file.display().to_string());
        return super::fail(&error);
    }
    let check = doctor::site_file_check(&Site::load_from(file));
    println!("{}", line(&check));
    if check.outcome == Outcome::Fail {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Each line as soon as its check is done: a slow server does not hide
/// the lines before it.
fn print_lines(inputs: &Inputs) -> bool {
    let (mut count, mut failed) = (0, 0);
    doctor::run(inputs, &mut |check| {
        count += 1;
        failed += usize::from(check.outcome == Outcome::Fail);
        let mut out = std::io::stdout().lock();
        let _: std::io::Result<()> = writeln!(out, "{}", line(&check)).and_then(|()| out.flush());
    });
    if failed == 0 {
        println!("{}", tr!("doctor-all-passed", count = count));
    } else {
        println!(
            "{}",
            tr!("doctor-some-failed", failed = failed, count = count)
        );
    }
    failed == 0
}

/// `✔ Clock: …`, `✖ Sign-in: … → what to do`, `– Clock: not tried …`.
fn line(check: &Check) -> String {
    let mark = check.outcome.mark();
    let title = check.title.as_str();
    let detail = check.detail.as_str();
    match &check.fix {
        Some(fix) if check.outcome == Outcome::Fail => tr!(
            "doctor-line-fix",
            mark = mark,
            title = title,
            detail = detail,
            fix = fix.as_str()
        ),
        _ => tr!("doctor-line", mark = mark, title = title, detail = detail),
    }
}

/// The server the desk would use: the one the flags give, else the
/// desk's own settings (under the site policy, with the remembered token).
/// A flag the site refuses stops the command as it stops every other; a
/// broken site file is the first check's failure instead, and no server
/// is contacted.
fn server_to_check(args: ServerArgs, site: &Site) -> anyhow::Result<ServerToCheck> {
    if matches!(site, Site::Broken(_)) {
        return Ok(ServerToCheck::Blocked);
    }
    #[cfg(feature = "desk")]
    if args.is_empty() {
        return Ok(crate::ui::persist::configured_server(site)
            .map_or(ServerToCheck::NotSet, ServerToCheck::Configured));
    }
    Ok(args
        .config(site)?
        .map_or(ServerToCheck::NotSet, ServerToCheck::Configured))
}

#[cfg(feature = "desk")]
fn settings_file() -> Option<std::path::PathBuf> {
    crate::ui::persist::settings_file_path()
}

#[cfg(not(feature = "desk"))]
fn settings_file() -> Option<std::path::PathBuf> {
    None
}
