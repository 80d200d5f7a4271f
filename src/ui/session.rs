//! What the desk is connected to: the worker with its CM client and reader
//! backend, and in demo mode the simulated world behind them.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use zeroize::Zeroizing;

use super::settings::Settings;
use crate::card::{PcscBackend, ReaderBackend};
use crate::cm::{AuthMethod, Client, ClientConfig, SignInWatch};
use crate::demo::Demo;
use crate::worker::{Command, Worker};

/// How the desk was asked to start.
#[derive(Debug, Clone)]
pub enum Mode {
    /// The server from the settings, or demo mode when none is set.
    Auto,
    Demo,
    Server(ServerChoice),
}

/// A server given on the command line.
#[derive(Debug, Clone)]
pub struct ServerChoice {
    pub url: String,
    pub auth: AuthMethod,
    pub token: Option<Zeroizing<String>>,
    pub ca_file: Option<PathBuf>,
}

/// The egui context, known from the first frame on; the worker wakes the
/// window through it. Events before the first frame need no wake.
#[derive(Clone, Default)]
pub struct Waker(Arc<OnceLock<egui::Context>>);

impl Waker {
    pub fn attach(&self, ctx: &egui::Context) {
        let _ = self.0.set(ctx.clone());
    }

    fn wake_fn(&self) -> crate::worker::Wake {
        let target = self.0.clone();
        Arc::new(move || {
            if let Some(ctx) = target.get() {
                ctx.request_repaint();
            }
        })
    }
}

pub struct Session {
    pub worker: Worker,
    pub demo: Option<Demo>,
    /// Where requests come from, for the status bar.
    pub server_label: String,
    /// How the desk presents itself to the server.
    pub auth_label: &'static str,
    /// Who the server accepted, as the client learns it.
    pub signed_in: SignInWatch,
}

/// What a session needs from the settings, copied so a session outlives edits.
pub struct Connection {
    pub url: String,
    pub auth: AuthMethod,
    pub token: Option<Zeroizing<String>>,
    pub ca_file: Option<PathBuf>,
}

impl Session {
    /// The simulator on a loopback port and two simulated readers.
    pub fn demo(waker: &Waker, settings: &Settings) -> Result<Self, String> {
        let mut worker = Worker::new(waker.wake_fn());
        let demo = Demo::start(worker.reader_sink())
            .map_err(|error| format!("the demo simulator could not start: {error}"))?;
        let mut config = client_config(demo.server.url(), None, None);
        config.auth = AuthMethod::None;
        let client = Client::new(config).map_err(|error| error.to_string())?;
        let signed_in = client.sign_in_watch();
        let readers: Arc<dyn ReaderBackend> = demo.readers.clone();
        worker
            .start(Box::new(client), readers, settings.byte_order)
            .map_err(|error| format!("the desk's worker could not start: {error}"))?;
        worker.send(Command::SetChallenge(settings.challenge));
        Ok(Self {
            worker,
            server_label: format!("Demo simulator at {}", demo.server.address()),
            demo: Some(demo),
            auth_label: "demo, no sign-in",
            signed_in,
        })
    }

    /// A real CM server and the PC/SC readers of this computer.
    pub fn server(
        waker: &Waker,
        connection: Connection,
        settings: &Settings,
    ) -> Result<Self, String> {
        let auth_label = match (connection.auth, connection.token.is_some()) {
            (AuthMethod::Auto, true) => "bearer token, or Kerberos if asked",
            (AuthMethod::Auto, false) => "Kerberos if asked",
            (AuthMethod::Negotiate, _) => "Kerberos",
            (AuthMethod::Bearer, _) => "bearer token",
            (AuthMethod::None, _) => "no credentials",
        };
        let server_label = connection.url.clone();
        let mut config = client_config(connection.url, connection.token, connection.ca_file);
        config.auth = connection.auth;
        let client = Client::new(config).map_err(|error| error.to_string())?;
        let signed_in = client.sign_in_watch();
        let mut worker = Worker::new(waker.wake_fn());
        let readers: Arc<dyn ReaderBackend> = Arc::new(PcscBackend::start(worker.reader_sink()));
        worker
            .start(Box::new(client), readers, settings.byte_order)
            .map_err(|error| format!("the desk's worker could not start: {error}"))?;
        worker.send(Command::SetChallenge(settings.challenge));
        Ok(Self {
            worker,
            demo: None,
            server_label,
            auth_label,
            signed_in,
        })
    }
}

fn client_config(
    url: String,
    token: Option<Zeroizing<String>>,
    ca_file: Option<PathBuf>,
) -> ClientConfig {
    let mut config = ClientConfig::new(url);
    config.token = token;
    config.ca_file = ca_file;
    config.timeout = Duration::from_secs(30);
    config.connect_timeout = Duration::from_secs(10);
    config
}
