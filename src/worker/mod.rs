//! The background worker: one thread owns the CM client and does every
//! card and HTTP call; the UI sends `Command`s and drains `Event`s, and
//! every event wakes the UI (`request_repaint` in the window). Reader events
//! go straight to the UI, so a card insert shows even while a slow server
//! keeps the worker busy. Enrollments run beside it, one thread per reader
//! (`enrollments`), sharing its CM client.

mod enrollments;

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use crate::card::{CardError, CardInfo, EventSink, GuidByteOrder, ReaderBackend, ReaderEvent};
use crate::cm::FinalStatus;
use crate::cm::{CmError, RequestFilter, RequestListing, Smartcard};
use crate::enroll::{CmApi, Enrolled};
use crate::pin::Pin;
use enrollments::Enrollments;
pub use enrollments::{EnrollmentUpdate, Job, JobTicket};

/// Wakes the UI after an event; the window passes `ctx.request_repaint()`.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

#[derive(Debug)]
pub enum Command {
    RefreshRequests(RequestFilter),
    /// Read the card id of the card in this reader (sent on every insert).
    ReadCard {
        reader: String,
    },
    /// What the server knows of the card with this id (`GET smartcards?cardid=`).
    LookUpCard {
        card_id: uuid::Uuid,
    },
    /// A card's whole enrollment or its unblock, on its reader (one job
    /// per reader at a time).
    Start(JobTicket),
    /// The cardholder's new PIN for the run in `reader` (`None`: they gave up).
    CardholderPin {
        reader: String,
        pin: Option<Pin>,
    },
    /// Stop the run in `reader` at its next step, if that is still safe.
    StopEnrollment {
        reader: String,
    },
    /// After a failure at `Completing`: mark the request Completed again.
    CompleteAgain {
        reader: String,
        enrolled: Box<Enrolled>,
    },
    /// The officer cancels or abandons a request that cannot be enrolled.
    SetRequestStatus {
        request: uuid::Uuid,
        status: FinalStatus,
    },
    SetByteOrder(GuidByteOrder),
    /// Sent when the `Worker` is dropped: the reader backend holds a sender
    /// too, so the channel alone would never close.
    Shutdown,
}

#[derive(Debug)]
pub enum Event {
    Reader(ReaderEvent),
    CardRead {
        reader: String,
        result: Result<CardInfo, CardError>,
    },
    RequestsLoaded(Result<RequestListing, CmError>),
    /// The server's smartcards for a card id (none: it does not know the card).
    CardLookedUp {
        card_id: uuid::Uuid,
        result: Result<Vec<Smartcard>, CmError>,
    },
    /// How the enrollment in `reader` goes.
    Enrollment {
        reader: String,
        update: EnrollmentUpdate,
    },
    RequestStatusSet {
        request: uuid::Uuid,
        status: FinalStatus,
        result: Result<(), CmError>,
    },
}

pub struct Worker {
    commands: Sender<Command>,
    events: Receiver<Event>,
    emitter: Emitter,
    inbox: Option<Receiver<Command>>,
    thread: Option<JoinHandle<()>>,
}

/// Sends an event and wakes the UI.
#[derive(Clone)]
struct Emitter {
    events: Sender<Event>,
    wake: Wake,
}

impl Emitter {
    fn emit(&self, event: Event) {
        // The UI has gone away only when the app is closing; nothing to tell then.
        if self.events.send(event).is_ok() {
            (self.wake)();
        }
    }
}

impl Worker {
    /// Channels first, so the reader backend can be built with `reader_sink`
    /// before the worker starts.
    pub fn new(wake: Wake) -> Self {
        let (commands, inbox) = channel();
        let (events_tx, events) = channel();
        Self {
            commands,
            events,
            emitter: Emitter {
                events: events_tx,
                wake,
            },
            inbox: Some(inbox),
            thread: None,
        }
    }

    /// Where the reader backend reports: to the UI at once, and on an insert
    /// a request to the worker to read the card's id.
    pub fn reader_sink(&self) -> EventSink {
        let emitter = self.emitter.clone();
        let commands = self.commands.clone();
        Box::new(move |event: ReaderEvent| {
            let read = match &event {
                ReaderEvent::CardInserted { reader, .. } => Some(Command::ReadCard {
                    reader: reader.clone(),
                }),
                _ => None,
            };
            // The insert first, so the UI knows the card before its id arrives.
            emitter.emit(Event::Reader(event));
            if let Some(command) = read {
                let _: Result<_, _> = commands.send(command);
            }
        })
    }

    pub fn start(
        &mut self,
        api: Arc<dyn CmApi>,
        readers: Arc<dyn ReaderBackend>,
        byte_order: GuidByteOrder,
        journal: Option<Arc<crate::journal::Journal>>,
    ) -> std::io::Result<()> {
        let Some(inbox) = self.inbox.take() else {
            return Err(std::io::Error::other("the worker is already running"));
        };
        let emitter = self.emitter.clone();
        let thread = std::thread::Builder::new()
            .name("desk-worker".into())
            .spawn(move || run(inbox, emitter, api, readers, byte_order, journal))?;
        self.thread = Some(thread);
        Ok(())
    }

    pub fn send(&self, command: Command) {
        let _: Result<_, _> = self.commands.send(command);
    }

    /// Every event that has arrived, without waiting.
    pub fn events(&self) -> impl Iterator<Item = Event> + '_ {
        self.events.try_iter()
    }

    /// Waits for the next event (tests; the desk drains with `events`).
    pub fn next_event(&self, timeout: std::time::Duration) -> Option<Event> {
        self.events.recv_timeout(timeout).ok()
    }
}

impl Drop for Worker {
    /// Asks the thread to stop without waiting: a call in flight may take
    /// until its timeout, and closing the window must not.
    fn drop(&mut self) {
        let _: Result<_, _> = self.commands.send(Command::Shutdown);
    }
}

fn run(
    inbox: Receiver<Command>,
    emitter: Emitter,
    api: Arc<dyn CmApi>,
    readers: Arc<dyn ReaderBackend>,
    mut byte_order: GuidByteOrder,
    journal: Option<Arc<crate::journal::Journal>>,
) {
    let mut enrollments = Enrollments::with_journal(journal.clone());
    while let Ok(command) = inbox.recv() {
        let event = match command {
            Command::RefreshRequests(filter) => Event::RequestsLoaded(api.list_requests(filter)),
            Command::ReadCard { reader } => {
                let result = readers.read_card(&reader, byte_order);
                Event::CardRead { reader, result }
            }
            Command::LookUpCard { card_id } => Event::CardLookedUp {
                card_id,
                result: api.find_smartcards(card_id),
            },
            Command::Start(ticket) => {
                enrollments.start(ticket, &api, &readers, &emitter);
                continue;
            }
            Command::CardholderPin { reader, pin } => {
                enrollments.cardholder_pin(&reader, pin);
                continue;
            }
            Command::StopEnrollment { reader } => {
                enrollments.stop(&reader);
                continue;
            }
            Command::CompleteAgain { reader, enrolled } => {
                enrollments.complete_again(reader, enrolled, &api, &emitter);
                continue;
            }
            Command::SetRequestStatus { request, status } => {
                let result = api.set_request_status(request, status).map(drop);
                if result.is_ok()
                    && let Some(journal) = &journal
                {
                    enrollments::forget(journal, request);
                }
                Event::RequestStatusSet {
                    request,
                    status,
                    result,
                }
            }
            Command::SetByteOrder(order) => {
                byte_order = order;
                continue;
            }
            Command::Shutdown => return,
        };
        emitter.emit(event);
    }
}
