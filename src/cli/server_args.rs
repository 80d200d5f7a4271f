//! How every command is told where the CM server is: the desk window and
//! the server-facing commands read the same arguments into the one
//! `ClientConfig`, under the site policy (`crate::site`): a flag may not
//! change what IT fixed.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use zeroize::Zeroizing;

use crate::cm::{AuthMethod, Client, ClientConfig};
use crate::site::{Locked, Site, SiteRefusal, flag_spelling};

#[derive(Args, Debug)]
pub struct ServerArgs {
    /// The CM server, e.g. https://cm.example.org (plain http only to loopback)
    #[arg(long, env = "ENROLL_DESK_SERVER", value_name = "URL")]
    pub server: Option<String>,
    /// How to sign in: auto (default) uses the token if given, else Kerberos when the server asks
    #[arg(long, value_enum, env = "ENROLL_DESK_AUTH")]
    pub auth: Option<AuthMethod>,
    /// OAuth bearer token for the CM REST API
    #[arg(long, env = "ENROLL_DESK_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Extra CA certificate(s) to trust, as a PEM file
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Give up on a call after this many seconds (default 30)
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
}

impl ServerArgs {
    /// Nothing about a server was given, on the command line or in the environment.
    pub fn is_empty(&self) -> bool {
        self.server.is_none()
            && self.auth.is_none()
            && self.token.is_none()
            && self.ca_file.is_none()
            && self.timeout.is_none()
    }

    /// The server to use: the site's when it fixes one, else the one given;
    /// `None` when there is neither. A flag that would change a setting the
    /// site fixes is refused, and so is everything while the site file is broken.
    pub fn config(self, site: &Site) -> Result<Option<ClientConfig>, SiteRefusal> {
        site.admit_flag(Locked::Server, self.server.as_deref())?;
        site.admit_flag(Locked::SignIn, self.auth.map(flag_spelling).as_deref())?;
        let ca_file = self.ca_file.as_ref().map(|p| p.to_string_lossy());
        site.admit_flag(Locked::CaFile, ca_file.as_deref())?;
        let policy = site.policy()?.cloned().unwrap_or_default();
        let Some(server) = policy.server.or(self.server) else {
            return Ok(None);
        };
        let mut config = ClientConfig::new(server);
        config.auth = policy.auth.or(self.auth).unwrap_or_default();
        config.token = self.token.map(Zeroizing::new);
        config.ca_file = policy.ca_file.or(self.ca_file);
        if let Some(seconds) = self.timeout {
            config = config.with_timeout(Duration::from_secs(seconds));
        }
        Ok(Some(config))
    }

    /// A client for the commands that need a server.
    pub fn client(self, site: &Site) -> anyhow::Result<Client> {
        let config = self.config(site)?.ok_or(super::NoServerGiven)?;
        Ok(Client::new(config)?)
    }
}
