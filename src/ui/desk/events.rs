//! What the worker reports, folded into the desk's state.

use super::{AuditIds, CmError, Desk, Event, Level, Local, TypedCardId};
use crate::tr;
use crate::training::progress::Happening;
use crate::ui::activity::Line;
use crate::ui::runs::RunState;

/// Unreadable requests named one by one in the activity.
const NAMED_IN_ACTIVITY: usize = 5;

impl Desk {
    pub(super) fn drain_events(&mut self) {
        let events: Vec<Event> = match &self.session {
            Some(session) => session.worker.events().collect(),
            None => return,
        };
        for event in events {
            self.handle(event);
        }
    }

    pub(super) fn handle(&mut self, event: Event) {
        match event {
            Event::Reader(event) => self.reader_event(event),
            Event::CardRead { reader, result } => {
                let card_id = result.as_ref().ok().and_then(|card| card.card_id);
                if let Ok(card) = &result {
                    self.observe(Happening::CardIn {
                        card_id: card.card_id,
                    });
                }
                if let Some(line) = self.readers.card_read(&reader, result) {
                    self.activity.push(Level::Info, line);
                }
                if let Some(card_id) = card_id {
                    self.look_up(card_id);
                }
            }
            Event::CardLookedUp { card_id, result } => self.card_looked_up(card_id, result),
            Event::RequestsLoaded(result) => self.requests_loaded(result),
            Event::Enrollment { reader, update } => self.run_update(reader, update),
            Event::RequestStatusSet {
                request,
                status,
                result,
            } => self.request_status_set(request, status, result),
        }
    }

    fn reader_event(&mut self, event: crate::card::ReaderEvent) {
        use crate::card::ReaderEvent;
        match &event {
            ReaderEvent::CardInserted { reader, .. } => {
                // The card just inserted is the one the officer means.
                self.chosen_reader = Some(reader.clone());
                self.typed_card_id = TypedCardId::default();
            }
            ReaderEvent::CardRemoved { reader } => {
                let during_run = self.runs.busy(reader);
                // A finished card says so until it is pulled.
                if self
                    .runs
                    .get(reader)
                    .is_some_and(|run| matches!(run.state, RunState::Finished))
                {
                    self.runs.remove(reader);
                }
                self.observe(Happening::CardOut { during_run });
            }
            _ => {}
        }
        let line = self.readers.apply(event);
        self.activity.push(Level::Info, line);
    }

    /// The server answered the officer's *Cancel request* or *Abandon*.
    fn request_status_set(
        &mut self,
        request: uuid::Uuid,
        status: crate::cm::FinalStatus,
        result: Result<(), CmError>,
    ) {
        let ids = AuditIds {
            request: Some(request),
            ..AuditIds::default()
        };
        let name = status.api_name();
        match result {
            Ok(()) => {
                self.audit("request_status", ids, format!("set to {name}"));
                let line = Line::new(|| {
                    tr!(
                        "request-status-set",
                        request = request.to_string(),
                        status = name
                    )
                });
                self.activity.push(Level::Info, line);
                let done: Vec<String> = self
                    .runs
                    .iter()
                    .filter(|(_, run)| run.request() == request)
                    .map(|(reader, _)| reader.clone())
                    .collect();
                for reader in done {
                    self.runs.remove(&reader);
                }
                self.act(super::Action::Refresh);
            }
            Err(error) => {
                self.audit("request_status", ids, format!("{name} failed: {error}"));
                let words = crate::i18n::cm_error_words(&error);
                let line = Line {
                    local: tr!(
                        "request-status-failed",
                        request = request.to_string(),
                        status = name,
                        error = words.as_str()
                    ),
                    english: format!("Could not mark request {request} {name}: {error}"),
                };
                self.activity.push(Level::Error, line);
            }
        }
    }

    pub(super) fn requests_loaded(&mut self, result: Result<crate::cm::RequestListing, CmError>) {
        self.loading = false;
        match result {
            Ok(listing) => {
                let (read, unreadable) = (listing.requests.len(), listing.unreadable.len());
                self.audit(
                    "refresh",
                    AuditIds::default(),
                    format!("ok: {read} requests, {unreadable} unreadable"),
                );
                self.activity.push(
                    Level::Info,
                    Line::new(|| tr!("requests-loaded", count = read)),
                );
                // A few by name; all of them are under Details beside the list.
                for skipped in listing.unreadable.iter().take(NAMED_IN_ACTIVITY) {
                    self.activity.push(
                        Level::Error,
                        Line::new(|| tr!("could-not-read", what = skipped.to_string())),
                    );
                }
                if unreadable > NAMED_IN_ACTIVITY {
                    self.activity.push(
                        Level::Error,
                        Line::new(|| {
                            tr!("more-unreadable", count = unreadable - NAMED_IN_ACTIVITY)
                        }),
                    );
                }
                self.unreadable = listing.unreadable;
                self.requests.set_requests(listing.requests);
                self.last_refresh = Some(Local::now());
                self.signed_in = Some(true);
                self.load_error = None;
                self.observe(Happening::ListLoaded);
            }
            Err(error) => {
                self.audit("refresh", AuditIds::default(), format!("failed: {error}"));
                if error.is_sign_in_failure() {
                    self.signed_in = Some(false);
                }
                let words = crate::i18n::cm_error_words(&error);
                self.activity.push(
                    Level::Error,
                    Line {
                        local: tr!("load-failed", error = words.as_str()),
                        english: format!("Could not load the requests: {error}"),
                    },
                );
                self.load_error = Some(words);
                self.observe(Happening::ListFailed);
            }
        }
    }
}
