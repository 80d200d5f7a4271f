//! The two seams of the enrollment with a stopwatch: every CM call and
//! every card command timed, so the bench can tell waiting from working.

use std::time::Instant;

use enroll_desk::card::admin_key::AdminKey;
use enroll_desk::card::ops::CardSession;
use enroll_desk::card::{
    CardError, CardInfo, Challenge, ChallengeChoice, GuidByteOrder, HeldCard, ReaderBackend,
    ReaderSnapshot, SimBackend,
};
use enroll_desk::cm::{
    CertificateAnswer, CertificateRequestOptions, Client, CmError, FinalStatus, Request,
    RequestFilter, RequestListing, Smartcard, SmartcardPolicy,
};
use enroll_desk::enroll::{Bound, CmApi};
use enroll_desk::ids::Atr;
use enroll_desk::pin::PinOutcome;
use uuid::Uuid;

/// Milliseconds spent, kept in an atomic so the seams stay `Sync`.
#[derive(Default)]
pub struct Stopwatch(std::sync::atomic::AtomicU64);

impl Stopwatch {
    fn time<T>(&self, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = f();
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.0
            .fetch_add(nanos, std::sync::atomic::Ordering::Relaxed);
        value
    }

    fn ms(&self) -> f64 {
        self.0.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e6
    }

    fn reset(&self) {
        self.0.store(0, std::sync::atomic::Ordering::Relaxed);
    }
}

/// `inner` with the time spent in its calls added up.
pub struct Timed<'a, T> {
    pub inner: &'a T,
    clock: Stopwatch,
}

impl<'a, T> Timed<'a, T> {
    pub fn new(inner: &'a T) -> Self {
        Self {
            inner,
            clock: Stopwatch::default(),
        }
    }

    pub fn waited_ms(&self) -> f64 {
        self.clock.ms()
    }

    pub fn reset(&self) {
        self.clock.reset();
    }
}

/// The CM client, each call to the server timed.
pub type TimedApi<'a> = Timed<'a, Client>;

impl CmApi for Timed<'_, Client> {
    fn list_requests(&self, filter: RequestFilter) -> Result<RequestListing, CmError> {
        self.clock.time(|| CmApi::list_requests(self.inner, filter))
    }
    fn get_request(&self, request: Uuid) -> Result<Request, CmError> {
        self.clock.time(|| CmApi::get_request(self.inner, request))
    }
    fn get_smartcard(&self, smartcard: Uuid) -> Result<Smartcard, CmError> {
        self.clock
            .time(|| CmApi::get_smartcard(self.inner, smartcard))
    }
    fn find_smartcards(&self, card_id: Uuid) -> Result<Vec<Smartcard>, CmError> {
        self.clock
            .time(|| CmApi::find_smartcards(self.inner, card_id))
    }
    fn bind_card(&self, request: Uuid, card_id: Uuid, atr: &Atr) -> Result<Uuid, CmError> {
        self.clock
            .time(|| CmApi::bind_card(self.inner, request, card_id, atr))
    }
    fn server_proposed_pin(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
    ) -> Result<PinOutcome, CmError> {
        self.clock.time(|| {
            CmApi::server_proposed_pin(self.inner, request, smartcard, card_id, atr, challenge)
        })
    }
    fn smartcard_policy(&self, template: Uuid) -> Result<SmartcardPolicy, CmError> {
        self.clock
            .time(|| CmApi::smartcard_policy(self.inner, template))
    }
    fn authentication_response(
        &self,
        card: &Bound,
        challenge: &[u8],
        diversified: bool,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, CmError> {
        self.clock
            .time(|| CmApi::authentication_response(self.inner, card, challenge, diversified))
    }
    fn diversified_key(&self, card: &Bound) -> Result<AdminKey, CmError> {
        self.clock.time(|| CmApi::diversified_key(self.inner, card))
    }
    fn certificate_options(
        &self,
        request: Uuid,
    ) -> Result<Vec<CertificateRequestOptions>, CmError> {
        self.clock
            .time(|| CmApi::certificate_options(self.inner, request))
    }
    fn certificate_data(
        &self,
        request: Uuid,
        certificate_requests: &[Vec<u8>],
    ) -> Result<Vec<CertificateAnswer>, CmError> {
        self.clock
            .time(|| CmApi::certificate_data(self.inner, request, certificate_requests))
    }
    fn set_request_status(
        &self,
        request: Uuid,
        status: FinalStatus,
    ) -> Result<Option<Request>, CmError> {
        self.clock
            .time(|| CmApi::set_request_status(self.inner, request, status))
    }
}

/// The simulated readers, each command to the card timed.
pub type TimedReaders<'a> = Timed<'a, SimBackend>;

impl ReaderBackend for Timed<'_, SimBackend> {
    fn snapshot(&self) -> Result<Vec<ReaderSnapshot>, CardError> {
        self.inner.snapshot()
    }
    fn read_card(&self, reader: &str, order: GuidByteOrder) -> Result<CardInfo, CardError> {
        self.clock.time(|| self.inner.read_card(reader, order))
    }
    fn hold(&self, reader: &str) -> Result<Box<dyn HeldCard + '_>, CardError> {
        let held = self.clock.time(|| self.inner.hold(reader))?;
        Ok(Box::new(TimedHold {
            held,
            clock: &self.clock,
        }))
    }
}

struct TimedHold<'a> {
    held: Box<dyn HeldCard + 'a>,
    clock: &'a Stopwatch,
}

impl HeldCard for TimedHold<'_> {
    fn atr(&self) -> &Atr {
        self.held.atr()
    }
    fn session(&mut self) -> &mut dyn CardSession {
        self
    }
    fn card_id(&mut self, order: GuidByteOrder) -> Result<Option<Uuid>, CardError> {
        self.clock.time(|| self.held.card_id(order))
    }
    fn challenge(&mut self, choice: ChallengeChoice) -> Result<Challenge, CardError> {
        self.clock.time(|| self.held.challenge(choice))
    }
}

impl CardSession for TimedHold<'_> {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        let session = self.held.session();
        self.clock.time(|| session.transmit(apdu))
    }
    fn transmit_slow(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        let session = self.held.session();
        self.clock.time(|| session.transmit_slow(apdu))
    }
}
