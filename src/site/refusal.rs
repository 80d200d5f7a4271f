//! What the site policy refuses: a flag or environment variable that would
//! change a setting IT fixed, demo mode where IT turned it off, and any
//! server at all while the site file is broken.

use std::path::PathBuf;

use super::{Site, SiteFileError};

/// The settings a site file can fix that a flag could also set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locked {
    Server,
    SignIn,
    CaFile,
    Challenge,
}

impl Locked {
    /// The flag that sets it, and the environment variable that sets the
    /// flag, if there is one.
    pub fn flag(self) -> (&'static str, Option<&'static str>) {
        match self {
            Self::Server => ("--server", Some("ENROLL_DESK_SERVER")),
            Self::SignIn => ("--auth", Some("ENROLL_DESK_AUTH")),
            Self::CaFile => ("--ca-file", None),
            Self::Challenge => ("--challenge", None),
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SiteRefusal {
    #[error("the site settings file cannot be used, so no server is contacted: {0}")]
    Broken(SiteFileError),
    #[error("{} is set by the site settings file {} ({site_value}); {} cannot change it", setting_name(*setting), path.display(), setting.flag().0)]
    Locked {
        setting: Locked,
        site_value: String,
        path: PathBuf,
    },
    #[error("demo mode and training are turned off by the site settings file {}", path.display())]
    DemoOff { path: PathBuf },
}

fn setting_name(setting: Locked) -> &'static str {
    match setting {
        Locked::Server => "the CM server",
        Locked::SignIn => "the sign-in method",
        Locked::CaFile => "the CA certificate file",
        Locked::Challenge => "the challenge",
    }
}

impl Site {
    /// Refuses `given` (a flag's value) when the site fixes `setting` to
    /// something else; the same value, however spelled, passes.
    pub fn admit_flag(&self, setting: Locked, given: Option<&str>) -> Result<(), SiteRefusal> {
        self.policy()?;
        let (Some(given), Some(site_value), Some(path)) =
            (given, self.locked(setting), self.path())
        else {
            return Ok(());
        };
        if same_value(setting, given, &site_value) {
            return Ok(());
        }
        Err(SiteRefusal::Locked {
            setting,
            site_value,
            path: path.to_owned(),
        })
    }
}

fn same_value(setting: Locked, given: &str, site_value: &str) -> bool {
    match setting {
        // `https://cm.example.org` and `https://CM.example.org/` are one server.
        Locked::Server => match (crate::cm::api_base(given), crate::cm::api_base(site_value)) {
            (Ok(given), Ok(site)) => given == site,
            _ => false,
        },
        Locked::CaFile => std::path::Path::new(given) == std::path::Path::new(site_value),
        Locked::SignIn | Locked::Challenge => given.trim().eq_ignore_ascii_case(site_value),
    }
}
