//! Reading the site file: TOML, every key known, every value checked, and a
//! mistake named with its line so IT can find it.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::card::ChallengeMethod;
use crate::cm::AuthMethod;
use crate::i18n::Locale;

/// The settings a site file holds; `None` leaves a setting to the officer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SitePolicy {
    pub server: Option<String>,
    pub auth: Option<AuthMethod>,
    pub ca_file: Option<PathBuf>,
    pub challenge: Option<ChallengeMethod>,
    /// The language of a desk's first start; the officer may change it.
    pub language: Option<Locale>,
    /// Whether demo mode and training may be opened (yes unless `false`).
    pub demo: Option<bool>,
    pub audit_dir: Option<PathBuf>,
}

/// Why a site file cannot be used, and where in it.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteFileError {
    pub path: PathBuf,
    /// 1-based; `None` when the whole file is at fault.
    pub line: Option<usize>,
    /// That line as the file has it, shortened, so IT sees what is meant.
    pub text: Option<String>,
    /// Boxed: errors stay small enough to pass around in a `Result`.
    pub problem: Box<Problem>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file is there but cannot be read (permissions, not a file).
    Unreadable { detail: String },
    /// Not TOML, an unknown key or a value of the wrong kind, as the TOML
    /// reader words it.
    Syntax { detail: String },
    /// A value outside those the key takes.
    NotOneOf {
        key: &'static str,
        value: String,
        allowed: String,
    },
    /// A server address the desk would refuse (see `cm::api_base`).
    BadServer { value: String },
    /// A path that is not absolute: it would mean something else for
    /// every program that reads it.
    RelativePath { key: &'static str, value: String },
    /// Windows could not say where ProgramData is.
    NoMachineFolder { detail: String },
}

impl std::fmt::Display for SiteFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = crate::i18n::in_english(|| super::problem_words(self));
        f.write_str(&words)
    }
}

impl std::error::Error for SiteFileError {}

/// The file as TOML gives it, each value with where it stood.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    server: Option<Spanned<String>>,
    sign_in: Option<Spanned<String>>,
    ca_file: Option<Spanned<String>>,
    challenge: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    demo: Option<bool>,
    audit_dir: Option<Spanned<String>>,
}

pub(super) fn parse(path: &Path, text: &str) -> Result<SitePolicy, SiteFileError> {
    let line_at = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let fail = |offset: Option<usize>, problem: Problem| {
        let line = offset.map(line_at);
        SiteFileError {
            path: path.to_owned(),
            line,
            text: line
                .and_then(|line| text.lines().nth(line - 1))
                .map(shortened),
            problem: Box::new(problem),
        }
    };
    let raw: Raw = toml::from_str(text).map_err(|error| {
        fail(
            error.span().map(|span| span.start),
            Problem::Syntax {
                detail: error.message().trim().to_owned(),
            },
        )
    })?;
    let at = |value: &Spanned<String>| Some(value.span().start);
    let server = match raw.server {
        Some(server) if crate::cm::api_base(server.get_ref()).is_err() => {
            return Err(fail(
                at(&server),
                Problem::BadServer {
                    value: server.into_inner(),
                },
            ));
        }
        server => server.map(|s| s.into_inner().trim().to_owned()),
    };
    let absolute = |key: &'static str, value: Option<Spanned<String>>| match value {
        None => Ok(None),
        Some(value) if Path::new(value.get_ref()).is_absolute() => {
            Ok(Some(PathBuf::from(value.into_inner())))
        }
        Some(value) => Err(fail(
            at(&value),
            Problem::RelativePath {
                key,
                value: value.into_inner(),
            },
        )),
    };
    let language = match raw.language {
        None => None,
        Some(tag) => Some(Locale::try_negotiate(tag.get_ref()).ok_or_else(|| {
            fail(
                at(&tag),
                Problem::NotOneOf {
                    key: "language",
                    value: tag.get_ref().clone(),
                    allowed: Locale::ALL.map(Locale::tag).join(", "),
                },
            )
        })?),
    };
    Ok(SitePolicy {
        server,
        auth: one_of("sign_in", raw.sign_in, &fail)?,
        ca_file: absolute("ca_file", raw.ca_file)?,
        challenge: one_of("challenge", raw.challenge, &fail)?,
        language,
        demo: raw.demo,
        audit_dir: absolute("audit_dir", raw.audit_dir)?,
    })
}

/// A line of the file as an error quotes it: trimmed, at most 60 characters.
fn shortened(line: &str) -> String {
    let line = line.trim();
    match line.char_indices().nth(60) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line.to_owned(),
    }
}

/// A value of a closed set, spelled as its command-line flag spells it.
fn one_of<T: clap::ValueEnum>(
    key: &'static str,
    value: Option<Spanned<String>>,
    fail: &impl Fn(Option<usize>, Problem) -> SiteFileError,
) -> Result<Option<T>, SiteFileError> {
    let Some(value) = value else {
        return Ok(None);
    };
    T::from_str(value.get_ref().trim(), true)
        .map(Some)
        .map_err(|_| {
            let allowed = T::value_variants()
                .iter()
                .map(|v| super::flag_spelling(v.clone()))
                .collect::<Vec<_>>()
                .join(", ");
            let problem = Problem::NotOneOf {
                key,
                value: value.get_ref().clone(),
                allowed,
            };
            fail(Some(value.span().start), problem)
        })
}
