//! How every server-facing command is told where the CM server is.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use zeroize::Zeroizing;

use crate::cm::{AuthMethod, Client, ClientConfig};

#[derive(Args, Debug)]
pub struct ServerArgs {
    /// The CM server, e.g. https://cm.example.org (plain http only to loopback)
    #[arg(long, env = "ENROLL_DESK_SERVER")]
    pub server: String,
    /// How to sign in: auto uses the token if given, else Kerberos when the server asks
    #[arg(long, value_enum, default_value_t = AuthMethod::Auto, env = "ENROLL_DESK_AUTH")]
    pub auth: AuthMethod,
    /// OAuth bearer token for the CM REST API
    #[arg(long, env = "ENROLL_DESK_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Extra CA certificate(s) to trust, as a PEM file
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Give up on a call after this many seconds
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub timeout: u64,
}

impl ServerArgs {
    pub fn client(self) -> Result<Client, crate::cm::CmError> {
        let mut config = ClientConfig::new(self.server);
        config.auth = self.auth;
        config.token = self.token.map(Zeroizing::new);
        config.ca_file = self.ca_file;
        config.timeout = Duration::from_secs(self.timeout.max(1));
        config.connect_timeout = config.timeout.min(Duration::from_secs(10));
        Client::new(config)
    }
}
