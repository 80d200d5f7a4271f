//! Enrollments side by side: each reader's enrollment runs on a thread of
//! its own, so one slow or failed card never holds up another, while they
//! share the one CM client. The worker keeps a handle per reader: the
//! officer's stop, and where the cardholder's PIN goes when the template
//! lets them choose.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use super::{Emitter, Event};
use crate::card::ReaderBackend;
use crate::enroll::{
    CmApi, EnrollFailure, EnrollOrder, Enrolled, Officer, Progress, complete, enroll_card,
};
use crate::pin::Pin;

/// What an enrollment under way reports.
#[derive(Debug)]
pub enum EnrollmentUpdate {
    Progress(Progress),
    /// The template lets the cardholder choose: the desk asks them for a PIN
    /// (`Command::CardholderPin`).
    AsksForPin,
    Finished(Box<Enrolled>),
    Failed(Box<EnrollFailure>),
}

/// One reader's run, as the worker holds it.
struct Run {
    stop: Arc<AtomicBool>,
    pins: Sender<Option<Pin>>,
    thread: JoinHandle<()>,
}

#[derive(Default)]
pub(super) struct Enrollments {
    runs: HashMap<String, Run>,
}

impl Enrollments {
    /// Starts the enrollment of `order` on its reader, unless one runs there.
    pub fn start(
        &mut self,
        order: EnrollOrder,
        api: &Arc<dyn CmApi>,
        readers: &Arc<dyn ReaderBackend>,
        emitter: &Emitter,
    ) {
        self.forget_finished();
        let reader = order.reader.clone();
        if self.runs.contains_key(&reader) {
            tracing::warn!("an enrollment already runs in {reader}; the new one was not started");
            return;
        }
        let (pins, pin_inbox) = channel();
        let stop = Arc::new(AtomicBool::new(false));
        let officer = DeskOfficer {
            reader: reader.clone(),
            emitter: emitter.clone(),
            pins: pin_inbox,
            stop: stop.clone(),
        };
        let (api, readers) = (api.clone(), readers.clone());
        let spawned = std::thread::Builder::new()
            .name(format!("enroll {reader}"))
            .spawn(move || run(&*api, &*readers, &order, officer));
        match spawned {
            Ok(thread) => {
                self.runs.insert(reader, Run { stop, pins, thread });
            }
            Err(error) => tracing::error!("could not start the enrollment in {reader}: {error}"),
        }
    }

    /// Marks the request of a finished card Completed again, on a thread
    /// of its own like any run.
    pub fn complete_again(
        &mut self,
        reader: String,
        enrolled: Box<Enrolled>,
        api: &Arc<dyn CmApi>,
        emitter: &Emitter,
    ) {
        self.forget_finished();
        let (pins, pin_inbox) = channel();
        let stop = Arc::new(AtomicBool::new(false));
        let mut officer = DeskOfficer {
            reader: reader.clone(),
            emitter: emitter.clone(),
            pins: pin_inbox,
            stop: stop.clone(),
        };
        let api = api.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("complete {reader}"))
            .spawn(move || {
                let outcome = complete(&*api, *enrolled, &mut officer);
                officer.finish(outcome);
            });
        if let Ok(thread) = spawned {
            self.runs.insert(reader, Run { stop, pins, thread });
        }
    }

    pub fn cardholder_pin(&mut self, reader: &str, pin: Option<Pin>) {
        if let Some(run) = self.runs.get(reader) {
            let _: Result<_, _> = run.pins.send(pin);
        }
    }

    /// Asks the run in `reader` to stop at its next step (before the PIN).
    pub fn stop(&mut self, reader: &str) {
        if let Some(run) = self.runs.get(reader) {
            run.stop.store(true, Ordering::Relaxed);
            // A run waiting for the cardholder's PIN stops waiting.
            let _: Result<_, _> = run.pins.send(None);
        }
    }

    fn forget_finished(&mut self) {
        self.runs.retain(|_, run| !run.thread.is_finished());
    }
}

fn run(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    order: &EnrollOrder,
    mut officer: DeskOfficer,
) {
    let outcome = enroll_card(api, readers, order, &mut officer);
    officer.finish(outcome);
}

/// The desk's side of a run: progress goes out as events, the cardholder's
/// PIN comes in from the desk's PIN entry.
struct DeskOfficer {
    reader: String,
    emitter: Emitter,
    pins: Receiver<Option<Pin>>,
    stop: Arc<AtomicBool>,
}

impl DeskOfficer {
    fn update(&self, update: EnrollmentUpdate) {
        self.emitter.emit(Event::Enrollment {
            reader: self.reader.clone(),
            update,
        });
    }

    fn finish(&self, outcome: Result<Enrolled, EnrollFailure>) {
        self.update(match outcome {
            Ok(enrolled) => EnrollmentUpdate::Finished(Box::new(enrolled)),
            Err(failure) => EnrollmentUpdate::Failed(Box::new(failure)),
        });
    }
}

impl Officer for DeskOfficer {
    fn progress(&mut self, progress: Progress) {
        self.update(EnrollmentUpdate::Progress(progress));
    }

    fn cardholder_pin(&mut self) -> Option<Pin> {
        // A PIN sent before the question (a stale one) is not an answer.
        while self.pins.try_recv().is_ok() {}
        self.update(EnrollmentUpdate::AsksForPin);
        self.pins.recv().ok().flatten()
    }

    fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}
