//! How every command is told where the CM server is: the desk window and
//! the server-facing commands read the same arguments into the one
//! `ClientConfig`.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use zeroize::Zeroizing;

use crate::cm::{AuthMethod, Client, ClientConfig};

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
    /// The server given, or `None` when there is none.
    pub fn config(self) -> Option<ClientConfig> {
        let mut config = ClientConfig::new(self.server?);
        config.auth = self.auth.unwrap_or_default();
        config.token = self.token.map(Zeroizing::new);
        config.ca_file = self.ca_file;
        if let Some(seconds) = self.timeout {
            config = config.with_timeout(Duration::from_secs(seconds));
        }
        Some(config)
    }

    /// A client for the commands that need a server.
    pub fn client(self) -> anyhow::Result<Client> {
        let config = self.config().ok_or(super::NoServerGiven)?;
        Ok(Client::new(config)?)
    }
}
