//! A simulated CM server: real HTTP (or HTTPS) on a socket, demo data, the
//! state rules of a real server, and faults a trainer or a test can switch
//! on. Used by `enroll-desk sim`, by demo mode and by the tests.

mod answers;
mod auth;
mod ca;
mod callers;
mod classroom;
mod data;
mod enrollment_routes;
mod routes;
mod scope;
mod state;
mod training_routes;

use axum_server::accept::NoDelayAcceptor;
use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use crate::training::keys::{ClassroomKey, Fingerprint};

pub use auth::SimAuth;
pub use ca::SimCa;
pub use callers::ClassroomNews;
pub use classroom::{DeskId, IDLE_DROP, MAX_DESKS, MAX_RESULTS, PULLED_AFTER_BIND_DELAY};
pub use data::{AdminKeyConfig, CertificateOption, PinPolicy};
pub use scope::{Caller, Thing};
pub use state::SimState;

/// Failures the simulator can be told to show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// Delay before every answer.
    pub latency_ms: u64,
    /// Share of calls (0.0–1.0) answered 403.
    pub forbidden_rate: f64,
    /// Share of calls (0.0–1.0) answered 500 with a correlation id.
    pub error_rate: f64,
    /// Successful answers are cut off mid-JSON.
    pub malformed: bool,
    /// Every CM URL answers 404, as when the REST API is not enabled (the
    /// classroom's `/training` routes still answer).
    pub api_disabled: bool,
    /// Only the route-table form of the PIN call exists.
    pub documented_pin_route_missing: bool,
    /// `diversifiedkey` answers 403 (the officer lacks the sensitive group).
    pub diversified_key_forbidden: bool,
    /// The CA refuses every certificate request (an `Error` in the answer).
    pub ca_refuses: bool,
    /// `certificatedata` answers 500: the CA cannot be reached.
    pub ca_unavailable: bool,
    /// The CA answers this much later (a busy CA).
    pub ca_delay_ms: u64,
    /// The CA answers with keys it generated (PFX), which the desk refuses.
    pub server_generated_keys: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SimConfig {
    /// How callers sign in; open by default.
    pub auth: SimAuth,
    pub faults: Faults,
    /// Synthetic approved requests added to the demo set.
    pub extra_requests: usize,
    /// PEM certificate chain and key: serve HTTPS instead of HTTP.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// A classroom: every CM call must come from a desk that joined (its
    /// desk key). A plain simulator also answers callers without one, from
    /// the shared demo set.
    pub classroom: bool,
    /// Most desks in the classroom at once; `None` is `MAX_DESKS`.
    pub max_desks: Option<usize>,
    /// Where the classroom's news goes as it happens (the trainer's terminal).
    pub news_to: Option<Sender<ClassroomNews>>,
}

pub(crate) struct Sim {
    state: Mutex<SimState>,
    faults: Mutex<Faults>,
    auth: SimAuth,
    /// Session cookie → the principal it was issued to.
    sessions: Mutex<HashMap<String, String>>,
    /// "METHOD /path" of every call received, for tests that count calls.
    calls: Mutex<Vec<String>>,
    /// Callers without a desk key are refused (see `SimConfig::classroom`).
    classroom: bool,
    /// What the trainer's key must hash to.
    trainer: Fingerprint,
    news_to: Option<Sender<ClassroomNews>>,
}

impl Sim {
    fn lock(&self) -> MutexGuard<'_, SimState> {
        // A panic elsewhere must not take the whole simulator down.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn log_call(&self, method: &axum::http::Method, path: &str) {
        self.calls
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(format!("{method} {path}"));
    }

    fn sessions(&self) -> MutexGuard<'_, HashMap<String, String>> {
        self.sessions.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn faults(&self) -> Faults {
        self.faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// A running simulator on its own thread; stops when dropped.
pub struct SimServer {
    address: SocketAddr,
    tls: Option<(PathBuf, PathBuf)>,
    trainer_key: ClassroomKey,
    sim: Arc<Sim>,
    handle: axum_server::Handle<SocketAddr>,
    thread: Option<JoinHandle<std::io::Result<()>>>,
}

impl SimServer {
    /// Binds `listen` (port 0 picks a free port) and serves in the background.
    pub fn start(listen: SocketAddr, config: SimConfig) -> std::io::Result<Self> {
        crate::tls::use_ring();
        let listener = TcpListener::bind(listen)?;
        let address = listener.local_addr()?;
        let trainer_key = ClassroomKey::random().map_err(|e| {
            std::io::Error::other(format!(
                "no trainer key could be drawn from the OS's random source: {e}"
            ))
        })?;
        let mut state = SimState::new(config.extra_requests);
        state.classroom =
            classroom::Classroom::with_room_for(config.max_desks.unwrap_or(MAX_DESKS));
        let sim = Arc::new(Sim {
            state: Mutex::new(state),
            faults: Mutex::new(config.faults),
            auth: config.auth,
            sessions: Mutex::new(HashMap::new()),
            calls: Mutex::new(Vec::new()),
            classroom: config.classroom,
            trainer: trainer_key.fingerprint(),
            news_to: config.news_to,
        });
        let (handle, thread) = serve(listener, sim.clone(), config.tls.clone())?;
        Ok(Self {
            address,
            tls: config.tls,
            trainer_key,
            sim,
            handle,
            thread: Some(thread),
        })
    }

    /// Stops answering: connections are refused, as when the server is down.
    /// The state (requests, bound cards) is kept for `resume`.
    pub fn pause(&mut self) {
        self.handle.shutdown();
        if let Some(thread) = self.thread.take() {
            let _: Result<_, _> = thread.join();
        }
    }

    /// Serves again on the same address after `pause`.
    pub fn resume(&mut self) -> std::io::Result<()> {
        if self.thread.is_some() {
            return Ok(());
        }
        let listener = TcpListener::bind(self.address)?;
        let (handle, thread) = serve(listener, self.sim.clone(), self.tls.clone())?;
        self.handle = handle;
        self.thread = Some(thread);
        Ok(())
    }

    pub fn is_paused(&self) -> bool {
        self.thread.is_none()
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The base URL a client is given, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!(
            "{}://{}",
            if self.tls.is_some() { "https" } else { "http" },
            self.address
        )
    }

    pub fn faults(&self) -> Faults {
        self.sim.faults()
    }

    /// The key that reads the classroom's report: the trainer's, printed
    /// on the trainer's console and given to no desk.
    pub fn trainer_key(&self) -> &ClassroomKey {
        &self.trainer_key
    }

    /// Switches faults on or off while running (the demo's trainer panel).
    pub fn set_faults(&self, faults: Faults) {
        *self
            .sim
            .faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = faults;
    }

    /// Every call received so far, as "METHOD /path".
    pub fn calls(&self) -> Vec<String> {
        self.sim
            .calls
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Reads or changes the simulator's state directly (tests, demo panel).
    pub fn with_state<T>(&self, f: impl FnOnce(&mut SimState) -> T) -> T {
        f(&mut self.sim.lock())
    }

    /// Blocks until the server stops; errors such as a bad TLS file surface here.
    pub fn wait(mut self) -> std::io::Result<()> {
        self.thread.take().map_or(Ok(()), ended)
    }

    /// How serving ended, once it has ended by itself (a bad TLS file, …);
    /// `None` while it serves and while it is paused, which is no end.
    pub fn ended_by_itself(&mut self) -> Option<std::io::Result<()>> {
        if !self.thread.as_ref()?.is_finished() {
            return None;
        }
        self.thread.take().map(ended)
    }
}

type ServerThread = JoinHandle<std::io::Result<()>>;

fn ended(thread: ServerThread) -> std::io::Result<()> {
    thread
        .join()
        .unwrap_or_else(|_| Err(std::io::Error::other("the simulator thread panicked")))
}

/// Serves `sim` on `listener` from a thread with its own runtime.
fn serve(
    listener: TcpListener,
    sim: Arc<Sim>,
    tls: Option<(PathBuf, PathBuf)>,
) -> std::io::Result<(axum_server::Handle<SocketAddr>, ServerThread)> {
    listener.set_nonblocking(true)?;
    let handle = axum_server::Handle::new();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let app = axum::Router::new()
        .fallback(routes::dispatch)
        .with_state(sim);
    let server_handle = handle.clone();
    // A list goes out in pieces: without TCP_NODELAY, a short last piece
    // waits for the client's delayed ACK (40 ms on Linux).
    let thread = std::thread::Builder::new()
        .name("cm-sim".into())
        .spawn(move || {
            runtime.block_on(async move {
                let service = app.into_make_service();
                match tls {
                    Some((cert, key)) => {
                        let tls =
                            axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key).await?;
                        axum_server::from_tcp_rustls(listener, tls)?
                            .map(|rustls| rustls.acceptor(NoDelayAcceptor))
                            .handle(server_handle)
                            .serve(service)
                            .await
                    }
                    None => {
                        axum_server::from_tcp(listener)?
                            .acceptor(NoDelayAcceptor)
                            .handle(server_handle)
                            .serve(service)
                            .await
                    }
                }
            })
        })?;
    Ok((handle, thread))
}

impl Drop for SimServer {
    fn drop(&mut self) {
        self.handle.shutdown();
        if let Some(thread) = self.thread.take() {
            let _: Result<_, _> = thread.join();
        }
    }
}
