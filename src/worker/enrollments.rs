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
    Bound, CmApi, EnrollFailure, EnrollOrder, Enrolled, Officer, Progress, Reached, UnblockOrder,
    complete, enroll_card, unblock_card,
};
use crate::journal::{JobKind, Journal, JournalEntry};
use crate::pin::Pin;

/// A card's work at the desk: a new card's enrollment or a card's unblock.
#[derive(Debug, Clone)]
pub enum Job {
    Enroll(EnrollOrder),
    Unblock(UnblockOrder),
}

impl Job {
    /// The `kind` of job for `request` on the card in `reader`; `typed_card_id`
    /// is the id the officer typed for a card that has none (enrollments only).
    pub fn new(
        kind: JobKind,
        request: uuid::Uuid,
        reader: String,
        typed_card_id: Option<uuid::Uuid>,
        byte_order: crate::card::GuidByteOrder,
    ) -> Self {
        match kind {
            JobKind::Enroll => Self::Enroll(EnrollOrder {
                request,
                reader,
                card_id: typed_card_id,
                byte_order,
            }),
            JobKind::Unblock => Self::Unblock(UnblockOrder {
                request,
                reader,
                byte_order,
            }),
        }
    }

    fn reader(&self) -> &str {
        match self {
            Self::Enroll(order) => &order.reader,
            Self::Unblock(order) => &order.reader,
        }
    }

    fn request(&self) -> uuid::Uuid {
        match self {
            Self::Enroll(order) => order.request,
            Self::Unblock(order) => order.request,
        }
    }

    fn kind(&self) -> JobKind {
        match self {
            Self::Enroll(_) => JobKind::Enroll,
            Self::Unblock(_) => JobKind::Unblock,
        }
    }
}

/// Who and what a job is about, for the journal.
#[derive(Debug, Clone)]
pub struct JobTicket {
    pub job: Job,
    pub person: String,
    /// The card id the desk read from the card, when it could.
    pub card_id: Option<uuid::Uuid>,
}

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
    journal: Option<Arc<Journal>>,
}

impl Enrollments {
    pub fn with_journal(journal: Option<Arc<Journal>>) -> Self {
        Self {
            runs: HashMap::new(),
            journal,
        }
    }

    /// Starts `ticket`'s job on its reader, unless one runs there.
    pub fn start(
        &mut self,
        ticket: JobTicket,
        api: &Arc<dyn CmApi>,
        readers: &Arc<dyn ReaderBackend>,
        emitter: &Emitter,
    ) {
        self.forget_finished();
        let reader = ticket.job.reader().to_owned();
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
            journal: self
                .journal
                .clone()
                .map(|journal| (journal, entry_for(&ticket))),
        };
        let (api, readers) = (api.clone(), readers.clone());
        let spawned = std::thread::Builder::new()
            .name(format!("enroll {reader}"))
            .spawn(move || run(&*api, &*readers, &ticket.job, officer));
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
            journal: None,
        };
        let request = enrolled.bound.request;
        let journal = self.journal.clone();
        let api = api.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("complete {reader}"))
            .spawn(move || {
                let outcome = complete(&*api, *enrolled, &mut officer);
                if outcome.is_ok()
                    && let Some(journal) = journal
                {
                    forget(&journal, request);
                }
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

fn run(api: &dyn CmApi, readers: &dyn ReaderBackend, job: &Job, mut officer: DeskOfficer) {
    let outcome = match job {
        Job::Enroll(order) => enroll_card(api, readers, order, &mut officer),
        Job::Unblock(order) => unblock_card(api, readers, order, &mut officer),
    };
    officer.finish(outcome);
}

fn entry_for(ticket: &JobTicket) -> JournalEntry {
    JournalEntry {
        request: ticket.job.request(),
        kind: ticket.job.kind(),
        reader: ticket.job.reader().to_owned(),
        person: ticket.person.clone(),
        card_id: ticket.card_id,
        smartcard: None,
        step: String::new(),
        started: chrono::Utc::now(),
    }
}

/// Takes `request` out of the journal; a failure to write is logged (the
/// next start then offers a finished card for resuming, which is harmless:
/// resuming a finished card finds nothing left to do).
pub(super) fn forget(journal: &Journal, request: uuid::Uuid) {
    if let Err(error) = journal.remove(request) {
        tracing::warn!("could not update the enrollment journal: {error}");
    }
}

/// The desk's side of a run: progress goes out as events, the cardholder's
/// PIN comes in from the desk's PIN entry.
struct DeskOfficer {
    reader: String,
    emitter: Emitter,
    pins: Receiver<Option<Pin>>,
    stop: Arc<AtomicBool>,
    /// Where each step is written before it runs, and the entry written.
    journal: Option<(Arc<Journal>, JournalEntry)>,
}

impl DeskOfficer {
    fn update(&self, update: EnrollmentUpdate) {
        self.emitter.emit(Event::Enrollment {
            reader: self.reader.clone(),
            update,
        });
    }

    fn finish(&self, outcome: Result<Enrolled, EnrollFailure>) {
        if let Some((journal, entry)) = &self.journal {
            // Kept while the card is bound and unfinished: resumable later.
            let unfinished = matches!(
                &outcome,
                Err(EnrollFailure {
                    reached: Reached::Bound(_) | Reached::PinSet(_),
                    ..
                })
            );
            if !unfinished {
                forget(journal, entry.request);
            }
        }
        self.update(match outcome {
            Ok(enrolled) => EnrollmentUpdate::Finished(Box::new(enrolled)),
            Err(failure) => EnrollmentUpdate::Failed(Box::new(failure)),
        });
    }
}

impl Officer for DeskOfficer {
    fn progress(&mut self, progress: Progress) {
        if let Some((journal, entry)) = &mut self.journal
            && entry.step != progress.step.name()
        {
            entry.step = progress.step.name().to_owned();
            if let Err(error) = journal.record(entry.clone()) {
                tracing::warn!("could not write the enrollment journal: {error}");
            }
        }
        self.update(EnrollmentUpdate::Progress(progress));
    }

    fn bound(&mut self, bound: &Bound) {
        if let Some((_, entry)) = &mut self.journal {
            entry.smartcard = Some(bound.smartcard);
            entry.card_id = Some(bound.card_id);
        }
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
