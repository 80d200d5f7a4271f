//! What the desk is connected to: the worker with its CM client and reader
//! backend, and in demo mode the simulated world behind them. Built here,
//! outside the window code, which only draws.

use std::sync::Arc;

use crate::card::SimBackend;
use crate::card::{GuidByteOrder, PcscBackend, ReaderBackend};
use crate::cm::{AuthMethod, Client, ClientConfig, SignInWatch};
use crate::demo::{Demo, DemoCards, DemoSize};
use crate::journal::Journal;
use crate::training::client::TrainingClient;
use crate::training::trainee::TraineeDesk;
use crate::worker::{Wake, Worker};

/// Where a session connects.
#[derive(Debug, Clone)]
pub enum Target {
    /// The simulator in this process and simulated readers.
    Demo,
    /// A CM server and this computer's PC/SC readers.
    Server(ClientConfig),
    /// A classroom's simulator, shared by many trainee desks, and simulated
    /// readers; `trainee_desk` of the config is this desk's place in it.
    Classroom(ClientConfig),
}

pub struct Session {
    pub worker: Worker,
    pub demo: Option<Demo>,
    /// The trainee's simulated cards (demo mode and the classroom).
    pub cards: Option<Arc<DemoCards>>,
    /// The lessons' plumbing to the simulator (demo mode and the classroom),
    /// speaking as the same desk as the worker's CM client.
    pub training: Option<Arc<TrainingClient>>,
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
    /// `journal` records the enrollments under way (none: not recorded).
    pub fn start(
        target: Target,
        byte_order: GuidByteOrder,
        wake: Wake,
        journal: Option<Arc<Journal>>,
    ) -> Result<Self, String> {
        let mut worker = Worker::new(wake);
        let (config, demo, cards) = match target {
            Target::Server(config) => (config, None, None),
            Target::Classroom(config) => {
                let readers = Arc::new(SimBackend::new(worker.reader_sink()));
                for name in DemoSize::default().reader_names() {
                    readers.add_reader(&name);
                }
                let cards = Arc::new(DemoCards::new(readers));
                (config, None, Some(cards))
            }
            Target::Demo => {
                let demo = Demo::start(worker.reader_sink()).map_err(|error| {
                    crate::tr!("session-demo-failed", error = error.to_string())
                })?;
                let config = ClientConfig {
                    auth: AuthMethod::None,
                    trainee_desk: Some(TraineeDesk::new(&crate::training::desk_name())),
                    ..ClientConfig::new(demo.server.url())
                };
                let cards = demo.cards.clone();
                (config, Some(demo), Some(cards))
            }
        };
        let training = match &cards {
            Some(_) => Some(Arc::new(
                TrainingClient::new(&config)
                    .map_err(|error| crate::i18n::cm_error_words(&error))?,
            )),
            None => None,
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
        let readers: Arc<dyn ReaderBackend> = match &cards {
            Some(cards) => cards.backend(),
            None => Arc::new(PcscBackend::start(worker.reader_sink())),
        };
        worker
            .start(Arc::new(client), readers, byte_order, journal)
            .map_err(|error| crate::tr!("session-worker-failed", error = error.to_string()))?;
        Ok(Self {
            worker,
            demo,
            cards,
            training,
            server_label,
            auth_label,
            signed_in,
        })
    }
}
