//! The site policy in the officer's words.

use super::{Locked, Problem, SiteFileError, SiteRefusal};
use crate::tr;

/// What is wrong with the site file, where, and that no server is
/// contacted until it is put right.
pub fn problem_words(error: &SiteFileError) -> String {
    let path = error.path.display().to_string();
    let problem = match &*error.problem {
        Problem::Unreadable { detail } => tr!("site-problem-unreadable", detail = detail.as_str()),
        Problem::Syntax { detail } => tr!("site-problem-syntax", detail = detail.as_str()),
        Problem::NotOneOf {
            key,
            value,
            allowed,
        } => tr!(
            "site-problem-not-one-of",
            key = *key,
            value = value.as_str(),
            allowed = allowed.as_str()
        ),
        Problem::BadServer { value } => {
            let reason = crate::cm::api_base(value)
                .err()
                .map(|error| crate::i18n::cm_error_words(&error))
                .unwrap_or_default();
            tr!(
                "site-problem-bad-server",
                value = value.as_str(),
                reason = reason
            )
        }
        Problem::RelativePath { key, value } => tr!(
            "site-problem-relative-path",
            key = *key,
            value = value.as_str()
        ),
        Problem::NoMachineFolder { detail } => {
            tr!("site-problem-no-machine-folder", detail = detail.as_str())
        }
    };
    match (error.line, &error.text) {
        (Some(line), Some(text)) => tr!(
            "site-broken-at-line",
            path = path,
            line = line,
            text = text.as_str(),
            problem = problem
        ),
        _ => tr!("site-broken", path = path, problem = problem),
    }
}

/// Why the site policy refuses what was asked, and what to do instead.
pub fn refusal_words(refusal: &SiteRefusal) -> String {
    match refusal {
        SiteRefusal::Broken(error) => problem_words(error),
        SiteRefusal::Locked {
            setting,
            site_value,
            path,
        } => {
            let name = setting_words(*setting);
            let path = path.display().to_string();
            match setting.flag() {
                (flag, Some(env)) => tr!(
                    "site-locked-flag-or-env",
                    setting = name,
                    value = site_value.as_str(),
                    path = path,
                    flag = flag,
                    env = env
                ),
                (flag, None) => tr!(
                    "site-locked-flag",
                    setting = name,
                    value = site_value.as_str(),
                    path = path,
                    flag = flag
                ),
            }
        }
        SiteRefusal::DemoOff { path } => tr!("site-demo-off", path = path.display().to_string()),
    }
}

fn setting_words(setting: Locked) -> String {
    match setting {
        Locked::Server => tr!("site-setting-server"),
        Locked::SignIn => tr!("site-setting-sign-in"),
        Locked::CaFile => tr!("site-setting-ca-file"),
        Locked::Challenge => tr!("site-setting-challenge"),
    }
}

/// The note beside a locked field in the settings window, and its hover text.
pub fn locked_hint(path: &std::path::Path) -> (String, String) {
    (
        tr!("settings-locked-by-site"),
        tr!(
            "settings-locked-by-site-hint",
            path = path.display().to_string()
        ),
    )
}
