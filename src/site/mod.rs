//! The site settings: one machine-wide file (`/etc/enroll-desk/site.toml`,
//! `%ProgramData%\enroll-desk\site.toml` on Windows) that the installer lays
//! down or IT pushes, and that an officer cannot change. A setting it holds
//! wins over the officer's own settings, flags and environment variables;
//! a file that cannot be read stops the desk from talking to any server, so
//! a broken policy never quietly becomes the officer's own choice.

mod file;
mod location;
mod refusal;
mod words;

use std::path::{Path, PathBuf};

pub use file::{Problem, SiteFileError, SitePolicy};
pub use location::{TEST_OVERRIDE, site_file_path};
pub use refusal::{Locked, SiteRefusal};
pub use words::{locked_hint, problem_words, refusal_words};

use crate::i18n::Locale;

/// What IT has fixed on this computer.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Site {
    /// No site file: every setting is the officer's.
    #[default]
    Absent,
    Loaded {
        path: PathBuf,
        policy: SitePolicy,
    },
    /// The file is there but cannot be read or makes no sense.
    Broken(SiteFileError),
}

impl Site {
    /// Reads the site file of this computer.
    pub fn load() -> Self {
        match site_file_path() {
            Ok(path) => Self::load_from(&path),
            Err(error) => Self::Broken(error),
        }
    }

    /// Reads the site file at `path`; a missing file is no site policy.
    pub fn load_from(path: &Path) -> Self {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(path, &text),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Self::Absent,
            Err(error) => Self::Broken(SiteFileError {
                path: path.to_owned(),
                line: None,
                text: None,
                problem: Box::new(Problem::Unreadable {
                    detail: error.to_string(),
                }),
            }),
        }
    }

    /// The site file `text`, read from `path`.
    pub fn parse(path: &Path, text: &str) -> Self {
        match file::parse(path, text) {
            Ok(policy) => Self::Loaded {
                path: path.to_owned(),
                policy,
            },
            Err(error) => Self::Broken(error),
        }
    }

    /// The policy in force, `None` without a site file; a broken file
    /// refuses everything that needs a server.
    pub fn policy(&self) -> Result<Option<&SitePolicy>, SiteRefusal> {
        match self {
            Self::Absent => Ok(None),
            Self::Loaded { policy, .. } => Ok(Some(policy)),
            Self::Broken(error) => Err(SiteRefusal::Broken(error.clone())),
        }
    }

    /// The file the policy came from.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Absent => None,
            Self::Loaded { path, .. } => Some(path),
            Self::Broken(error) => Some(&error.path),
        }
    }

    /// Whether demo mode and training may be opened; not with a broken file.
    pub fn demo_allowed(&self) -> bool {
        match self {
            Self::Absent => true,
            Self::Loaded { policy, .. } => policy.demo.unwrap_or(true),
            Self::Broken(_) => false,
        }
    }

    /// Demo mode or a classroom, unless the site turned them off.
    pub fn admit_demo(&self) -> Result<(), SiteRefusal> {
        self.policy()?;
        match self {
            Self::Loaded { path, .. } if !self.demo_allowed() => {
                Err(SiteRefusal::DemoOff { path: path.clone() })
            }
            _ => Ok(()),
        }
    }

    /// The language a desk starts in before the officer chooses one.
    pub fn default_language(&self) -> Option<Locale> {
        match self {
            Self::Loaded { policy, .. } => policy.language,
            _ => None,
        }
    }

    /// Where this officer's audit trail goes when IT names a directory: a
    /// folder of its own per OS account, since officers share the computer
    /// (what the desk keeps beside the trail stays that officer's too).
    pub fn audit_path(&self) -> Option<PathBuf> {
        match self {
            Self::Loaded { policy, .. } => policy.audit_dir.as_ref().map(|dir| {
                let account: String = crate::os_account::describe()
                    .chars()
                    .map(|c| {
                        if c.is_alphanumeric() || c == '.' || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                dir.join(account).join("audit.jsonl")
            }),
            _ => None,
        }
    }

    /// A setting the site holds, as a flag would spell its value.
    pub fn locked(&self, setting: Locked) -> Option<String> {
        let Self::Loaded { policy, .. } = self else {
            return None;
        };
        match setting {
            Locked::Server => policy.server.clone(),
            Locked::SignIn => policy.auth.map(flag_spelling),
            Locked::CaFile => policy.ca_file.as_ref().map(|p| p.display().to_string()),
            Locked::Challenge => policy.challenge.map(flag_spelling),
        }
    }
}

/// A value as its command-line flag and the site file spell it (`negotiate`,
/// `piv-admin-key`).
pub(crate) fn flag_spelling(value: impl clap::ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
