//! What the worker reports, folded into the desk's state.

use super::{
    Action, AuditIds, CmError, Desk, Event, Flow, Level, Local, Origin, PinOutcome, PinWindow,
    TypedCardId,
};
use crate::tr;
use crate::training::progress::Happening;
use crate::ui::activity::Line;

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
            Event::Reader(event) => {
                let inserted = match &event {
                    crate::card::ReaderEvent::CardInserted { reader, .. } => Some(reader.clone()),
                    _ => None,
                };
                if let crate::card::ReaderEvent::CardRemoved { .. } = &event {
                    let during_bind = matches!(self.flow, Flow::Running { .. });
                    self.observe(Happening::CardOut { during_bind });
                }
                let line = self.readers.apply(event);
                self.activity.push(Level::Info, line);
                if let Some(reader) = inserted {
                    // The card just inserted is the one the officer means.
                    self.chosen_reader = Some(reader);
                    self.typed_card_id = TypedCardId::default();
                }
            }
            Event::CardRead { reader, result } => {
                if let Ok(card) = &result {
                    self.observe(Happening::CardIn {
                        card_id: card.card_id,
                    });
                }
                if let Some(line) = self.readers.card_read(&reader, result) {
                    self.activity.push(Level::Info, line);
                }
                self.fetch_pin_if_reinserted(&reader);
            }
            Event::RequestsLoaded(result) => self.requests_loaded(result),
            // The desk starts no whole enrollment yet (the next change does).
            Event::Enrollment { .. }
            | Event::RequestStatusSet { .. }
            | Event::CardLookedUp { .. } => {}
            Event::Progress(step) => {
                if let Flow::Running { step: current, .. } = &mut self.flow {
                    *current = step;
                }
            }
            Event::PinReady { bound, pin } => {
                let person = match std::mem::replace(&mut self.flow, Flow::Idle) {
                    Flow::Running {
                        origin: Origin::Bind(plan),
                        ..
                    } => plan.person,
                    Flow::Running {
                        origin: Origin::FetchAgain(awaiting),
                        ..
                    } => awaiting.person,
                    _ => tr!("the-cardholder"),
                };
                let proposed = matches!(pin, PinOutcome::Proposed(_));
                self.observe(Happening::PinShown { proposed });
                self.activity
                    .push(Level::Info, bound_line(&bound, &person, proposed));
                let ids = AuditIds::of_bound(&bound);
                self.audit("bind", ids, "bound");
                let shown = match &pin {
                    PinOutcome::Proposed(_) => "PIN shown",
                    PinOutcome::CardholderChooses => "cardholder chooses the PIN",
                };
                self.audit("pin", ids, shown);
                self.focus_dialog = true;
                self.pin = Some(PinWindow::new(
                    person,
                    bound,
                    pin,
                    self.settings.pin_timeout(),
                ));
                self.act(Action::Refresh);
            }
            Event::EnrollFailed(error) => {
                let ids = match (&error, &self.flow) {
                    (crate::enroll::EnrollError::PinNotFetched { bound, .. }, _) => {
                        AuditIds::of_bound(bound)
                    }
                    (_, Flow::Running { origin, .. }) => AuditIds::of_origin(origin),
                    _ => AuditIds::default(),
                };
                let action = match &self.flow {
                    Flow::Running {
                        origin: Origin::FetchAgain(_),
                        ..
                    } => "pin_fetch",
                    _ => "bind",
                };
                self.audit(action, ids, format!("failed: {error}"));
                self.observe(match &error {
                    crate::enroll::EnrollError::PinNotFetched { .. } => Happening::PinNotFetched,
                    crate::enroll::EnrollError::Bind(CmError::Forbidden { .. }) => {
                        Happening::BindRefused { forbidden: true }
                    }
                    _ => Happening::BindRefused { forbidden: false },
                });
                self.activity.push(
                    Level::Error,
                    Line {
                        local: crate::i18n::enroll_error_words(&error),
                        english: error.to_string(),
                    },
                );
                self.flow.fail(error);
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

    /// The bound card came back after its PIN could not be fetched.
    pub(super) fn fetch_pin_if_reinserted(&mut self, reader: &str) {
        let Some(awaiting) = self.flow.awaiting_reinsert() else {
            return;
        };
        let bound = &awaiting.bound;
        let same_card = self
            .readers
            .card_info(reader)
            .is_some_and(|card| card.is_card(&bound.atr, bound.card_id));
        if same_card {
            self.act(Action::FetchPinAgain(reader.to_owned()));
        }
    }
}

/// "Card … bound to …'s request … as smartcard …", and how the PIN goes.
fn bound_line(bound: &crate::enroll::Bound, person: &str, proposed: bool) -> Line {
    Line::new(|| {
        let (card, request, smartcard) = (
            bound.card_id.to_string(),
            bound.request.to_string(),
            bound.smartcard.to_string(),
        );
        if proposed {
            tr!(
                "bound-pin-shown",
                card = card,
                person = person,
                request = request,
                smartcard = smartcard
            )
        } else {
            tr!(
                "bound-cardholder-chooses",
                card = card,
                person = person,
                request = request,
                smartcard = smartcard
            )
        }
    })
}
