//! What the desk is connected to: the worker with its CM client and reader
//! backend, and in demo mode the simulated world behind them. Built here,
//! outside the window code, which only draws.

use std::sync::Arc;

use crate::card::{GuidByteOrder, PcscBackend, ReaderBackend};
use crate::cm::{AuthMethod, Client, ClientConfig, SignInWatch};
use crate::demo::Demo;
use crate::worker::{Wake, Worker};

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

impl Session {
    /// Connects to `server` with this computer's PC/SC readers or, without
    /// one, starts demo mode: the simulator on a loopback port and
    /// simulated readers. `wake` is called after every worker event.
    pub fn start(
        server: Option<ClientConfig>,
        byte_order: GuidByteOrder,
        wake: Wake,
    ) -> Result<Self, String> {
        let mut worker = Worker::new(wake);
        let (config, demo) = match server {
            Some(config) => (config, None),
            None => {
                let demo = Demo::start(worker.reader_sink()).map_err(|error| {
                    crate::tr!("session-demo-failed", error = error.to_string())
                })?;
                let config = ClientConfig {
                    auth: AuthMethod::None,
                    ..ClientConfig::new(demo.server.url())
                };
                (config, Some(demo))
            }
        };
        let (server_label, auth_label) = match &demo {
            Some(demo) => (
                format!("Demo simulator at {}", demo.server.address()),
                "demo, no sign-in",
            ),
            None => (config.server.clone(), config.sign_in_words()),
        };
        // The officer reads these (the desk shows them): in their language.
        let client = Client::new(config).map_err(|error| crate::i18n::cm_error_words(&error))?;
        let signed_in = client.sign_in_watch();
        let readers: Arc<dyn ReaderBackend> = match &demo {
            Some(demo) => demo.readers.clone(),
            None => Arc::new(PcscBackend::start(worker.reader_sink())),
        };
        worker
            .start(Box::new(client), readers, byte_order)
            .map_err(|error| crate::tr!("session-worker-failed", error = error.to_string()))?;
        Ok(Self {
            worker,
            demo,
            server_label,
            auth_label,
            signed_in,
        })
    }
}
