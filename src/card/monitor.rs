//! The reader monitor: a thread that watches pcscd and turns state changes
//! into [`ReaderEvent`]s, surviving pcscd being stopped and restarted.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use pcsc::{Context, ReaderState, Scope, State};

use super::reader_diff::{Seen, diff};
use super::{EventSink, ReaderEvent, ReaderSnapshot};
use crate::ids::Atr;

/// Longest wait in `get_status_change`: the PnP pseudo-reader does not fire
/// for every driver, so the reader list is re-read at least this often.
const WAIT: Duration = Duration::from_secs(2);
const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// What the monitor thread shares with its owner.
#[derive(Default)]
struct Shared {
    stop: AtomicBool,
    /// The context being waited on, so `Drop` can cancel the wait.
    context: Mutex<Option<Context>>,
    /// `None` while pcscd is unreachable or before the first look.
    snapshot: Mutex<Option<Vec<ReaderSnapshot>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A reader's name and card from a ReaderState (ATR from the state: vpcd
/// does not support reading the ATR attribute).
pub(crate) fn snapshot_of(state: &pcsc::ReaderState) -> ReaderSnapshot {
    let event = state.event_state();
    let present = event.contains(State::PRESENT) && !event.contains(State::MUTE);
    ReaderSnapshot {
        name: state.name().to_string_lossy().into_owned(),
        card: present.then(|| Atr::new(state.atr().to_vec())),
    }
}

/// Owns the monitor thread; dropping it stops the thread.
pub(crate) struct Monitor {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Monitor {
    pub(crate) fn start(sink: EventSink) -> Self {
        let shared = Arc::new(Shared::default());
        let for_thread = shared.clone();
        let thread = std::thread::Builder::new()
            .name("reader-monitor".into())
            .spawn(move || Watcher::new(for_thread, sink).run());
        if let Err(error) = &thread {
            tracing::error!("could not start the reader monitor: {error}");
        }
        Self {
            shared,
            thread: thread.ok(),
        }
    }

    pub(crate) fn snapshot(&self) -> Option<Vec<ReaderSnapshot>> {
        lock(&self.shared.snapshot).clone()
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(ctx) = lock(&self.shared.context).as_ref() {
            let _: Result<_, _> = ctx.cancel();
        }
        if let Some(thread) = self.thread.take() {
            thread.thread().unpark();
            let _: Result<_, _> = thread.join();
        }
    }
}

/// Why watching with one context ended.
enum End {
    Stopped,
    ServiceLost(String),
}

struct Watcher {
    shared: Arc<Shared>,
    sink: EventSink,
    /// What the sink has been told: reader name → card ATR and event count.
    known: Seen,
}

impl Watcher {
    fn new(shared: Arc<Shared>, sink: EventSink) -> Self {
        Self {
            shared,
            sink,
            known: Seen::new(),
        }
    }

    fn stopping(&self) -> bool {
        self.shared.stop.load(Ordering::SeqCst)
    }

    fn run(mut self) {
        let mut service_down = false;
        let mut backoff = FIRST_BACKOFF;
        while !self.stopping() {
            let lost = match Context::establish(Scope::User) {
                Ok(ctx) => {
                    backoff = FIRST_BACKOFF;
                    if std::mem::take(&mut service_down) {
                        (self.sink)(ReaderEvent::ServiceBack);
                    }
                    *lock(&self.shared.context) = Some(ctx.clone());
                    let end = self.watch(&ctx);
                    *lock(&self.shared.context) = None;
                    match end {
                        End::Stopped => return,
                        End::ServiceLost(detail) => detail,
                    }
                }
                Err(error) => error.to_string(),
            };
            if !service_down {
                service_down = true;
                self.service_lost(lost);
            }
            // park_timeout: Drop unparks us, so stopping never waits the backoff out.
            std::thread::park_timeout(backoff);
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }

    /// Tells the sink the service is gone and every reader with it.
    fn service_lost(&mut self, detail: String) {
        tracing::warn!("smart-card service unavailable: {detail}");
        *lock(&self.shared.snapshot) = None;
        (self.sink)(ReaderEvent::ServiceUnavailable { detail });
        for event in diff(&std::mem::take(&mut self.known), &Seen::new()) {
            (self.sink)(event);
        }
    }

    fn watch(&mut self, ctx: &Context) -> End {
        let mut states = vec![ReaderState::new(pcsc::PNP_NOTIFICATION(), State::UNAWARE)];
        loop {
            if self.stopping() {
                return End::Stopped;
            }
            let names = match ctx.list_readers_owned() {
                Ok(names) => names,
                Err(pcsc::Error::NoReadersAvailable) => vec![],
                Err(error) => return End::ServiceLost(error.to_string()),
            };
            // Keep the pseudo-reader and readers still listed; add new ones.
            states.retain(|s| {
                s.name() == pcsc::PNP_NOTIFICATION()
                    || names.iter().any(|n| n.as_c_str() == s.name())
            });
            for name in names {
                if !states.iter().any(|s| s.name() == name.as_c_str()) {
                    states.push(ReaderState::new(name, State::UNAWARE));
                }
            }
            for state in &mut states {
                state.sync_current_state();
            }
            match ctx.get_status_change(WAIT, &mut states) {
                Ok(()) | Err(pcsc::Error::Timeout) => {}
                // A reader went away while we waited: the next list shows it.
                // The short pause keeps a confused driver from making this a busy loop.
                Err(pcsc::Error::UnknownReader) => std::thread::park_timeout(FIRST_BACKOFF),
                Err(pcsc::Error::Cancelled) if self.stopping() => return End::Stopped,
                Err(error) => return End::ServiceLost(error.to_string()),
            }
            self.publish(&states);
        }
    }

    /// Compares the states with what the sink knows and emits the difference.
    fn publish(&mut self, states: &[ReaderState]) {
        let mut now = Seen::new();
        for state in states {
            let gone = state
                .event_state()
                .intersects(State::UNKNOWN | State::IGNORE);
            if state.name() == pcsc::PNP_NOTIFICATION() || gone {
                continue;
            }
            let snap = snapshot_of(state);
            now.insert(snap.name, snap.card.map(|atr| (atr, state.event_count())));
        }
        // The snapshot first, so a consumer reacting to an event sees it.
        let snapshot = now
            .iter()
            .map(|(name, card)| ReaderSnapshot {
                name: name.clone(),
                card: card.as_ref().map(|(atr, _)| atr.clone()),
            })
            .collect();
        *lock(&self.shared.snapshot) = Some(snapshot);
        for event in diff(&self.known, &now) {
            (self.sink)(event);
        }
        self.known = now;
    }
}
