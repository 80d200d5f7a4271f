//! The whole enrollment's test world: the simulator over HTTP, a
//! simulated reader with a virtual PIV card, and an officer who records the
//! steps and types a PIN when asked.

use std::sync::Arc;

use enroll_desk::card::ops::CardSession;
use enroll_desk::card::{GuidByteOrder, ReaderBackend, SimBackend, VirtualCard, piv};
use enroll_desk::cm::{Client, Request, RequestFilter, RequestStatus, RequestType};
use enroll_desk::enroll::{
    EnrollFailure, EnrollOrder, EnrollStep, Enrolled, Officer, Progress, enroll_card,
};
use enroll_desk::pin::Pin;
use enroll_desk::sim::{Faults, SimConfig, SimServer};
use uuid::Uuid;

use super::{client_for, sim};

pub const READER: &str = "Demo Reader 1";

/// The officer and cardholder of a test: records the steps, types a PIN
/// when asked, and can do something as a step starts.
#[derive(Default)]
pub struct Desk<'a> {
    pub steps: Vec<Progress>,
    pub typed_pin: Option<String>,
    pub on_step: Option<Box<dyn FnMut(EnrollStep) + 'a>>,
}

impl Officer for Desk<'_> {
    fn progress(&mut self, progress: Progress) {
        if let Some(hook) = &mut self.on_step {
            hook(progress.step);
        }
        self.steps.push(progress);
    }

    fn cardholder_pin(&mut self) -> Option<Pin> {
        self.typed_pin.clone().map(Pin::new)
    }

    fn stop_requested(&self) -> bool {
        false
    }
}

pub struct World {
    pub server: SimServer,
    pub client: Client,
    pub readers: Arc<SimBackend>,
    pub card_id: Uuid,
}

pub fn world(faults: Faults) -> World {
    let server = sim(SimConfig {
        faults,
        ..SimConfig::default()
    });
    let client = client_for(&server.url());
    let readers = Arc::new(SimBackend::new(Box::new(|_| {})));
    readers.add_reader(READER);
    let card_id = Uuid::new_v4();
    readers
        .insert(READER, VirtualCard::new(Some(card_id)))
        .unwrap();
    World {
        server,
        client,
        readers,
        card_id,
    }
}

/// An approved Enroll request of the template whose PIN the server
/// proposes (`server_pin`) or the cardholder chooses.
pub fn enroll_request(client: &Client, server_pin: bool) -> Request {
    let approved = client
        .list_requests(RequestFilter {
            status: Some(RequestStatus::Approved),
            ..Default::default()
        })
        .unwrap();
    let cardholder_template = approved[4].profile_template_uuid;
    approved
        .into_iter()
        .find(|r| {
            r.is_ready_to_bind()
                && r.request_type == RequestType::Enroll
                && (r.profile_template_uuid != cardholder_template) == server_pin
        })
        .expect("an approved Enroll request")
}

pub fn order(request: Uuid) -> EnrollOrder {
    EnrollOrder {
        request,
        reader: READER.to_owned(),
        card_id: None,
        byte_order: GuidByteOrder::Microsoft,
    }
}

pub fn enroll(
    world: &World,
    request: Uuid,
    desk: &mut Desk<'_>,
) -> Result<Enrolled, EnrollFailure> {
    enroll_card(&world.client, &*world.readers, &order(request), desk)
}

/// Runs `check` on the card in the reader, PIV selected.
pub fn on_card<T>(world: &World, check: impl FnOnce(&mut dyn CardSession) -> T) -> T {
    let mut held = world.readers.hold(READER).unwrap();
    let session = held.session();
    piv::select(session).unwrap();
    check(session)
}

pub fn binds(server: &SimServer) -> usize {
    server
        .calls()
        .iter()
        .filter(|c| c.eq_ignore_ascii_case("POST /CertificateManagement/api/v1.0/smartcards"))
        .count()
}

/// A card enrolled in `world` for a server-PIN request: its smartcard and PIN.
pub fn enrolled_card(world: &World) -> (Uuid, String) {
    let request = enroll_request(&world.client, true);
    let enrolled = enroll(world, request.uuid, &mut Desk::default()).unwrap();
    let pin = enrolled.pin.as_ref().unwrap().expose().to_owned();
    (enrolled.bound.smartcard, pin)
}

/// Three wrong PINs: the card's PIN is blocked.
pub fn block_pin(world: &World) {
    on_card(world, |card| {
        for _ in 0..3 {
            let _: Result<(), _> = piv::verify(card, "00000000");
        }
        assert_eq!(piv::tries_left(card, piv::Reference::Pin).unwrap(), Some(0));
    });
}
