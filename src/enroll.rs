//! The one enrollment workflow — read the card, bind it to the request, get
//! the card's challenge, fetch the proposed PIN — written once over two small
//! seams ("the CM API" and the reader backend) so the window, the CLI, the
//! demo and the tests all run the same steps.

use uuid::Uuid;

use crate::card::{CardError, GuidByteOrder, ReaderBackend};
use crate::cm::{Client, CmError, RequestFilter, RequestListing};
use crate::ids::Atr;
use crate::pin::PinOutcome;

/// The CM calls the desk needs; `cm::Client` is the real one.
pub trait CmApi {
    /// The requests, and those the client could not read.
    fn list_requests(&self, filter: RequestFilter) -> Result<RequestListing, CmError>;
    fn bind_card(&self, request: Uuid, card_id: Uuid, atr: &Atr) -> Result<Uuid, CmError>;
    fn server_proposed_pin(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
    ) -> Result<PinOutcome, CmError>;
}

impl CmApi for Client {
    fn list_requests(&self, filter: RequestFilter) -> Result<RequestListing, CmError> {
        Client::request_listing(self, filter)
    }

    fn bind_card(&self, request: Uuid, card_id: Uuid, atr: &Atr) -> Result<Uuid, CmError> {
        Client::bind_card(self, request, card_id, atr)
    }

    fn server_proposed_pin(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
    ) -> Result<PinOutcome, CmError> {
        Client::server_proposed_pin(self, request, smartcard, card_id, atr, challenge)
    }
}

/// What the officer asked for.
#[derive(Debug, Clone)]
pub struct BindOrder {
    pub request: Uuid,
    pub reader: String,
    /// Typed in by the officer when the card's own id cannot be read.
    pub card_id: Option<Uuid>,
    pub byte_order: GuidByteOrder,
}

/// A card bound to a request: all the PIN call needs besides a challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    pub request: Uuid,
    pub smartcard: Uuid,
    pub card_id: Uuid,
    pub atr: Atr,
}

/// The step under way, for progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    ReadingCard,
    Binding,
    GettingChallenge,
    FetchingPin,
}

#[derive(Debug, thiserror::Error)]
pub enum EnrollError {
    #[error(
        "the card's id cannot be read (it has no PIV card id); type the card id in (--card-id) and try again"
    )]
    CardIdUnknown,
    #[error("reading the card failed: {0}")]
    Card(CardError),
    #[error("binding failed: {0}")]
    Bind(CmError),
    /// Bound, but no PIN yet: the same card can be inserted again to fetch it.
    #[error("the card is bound (smartcard {}), but the PIN was not fetched: {cause}. Insert the same card again and fetch the PIN", bound.smartcard)]
    PinNotFetched {
        bound: Bound,
        cause: Box<EnrollError>,
    },
    #[error("this is not the card that was bound: expected card id {expected}, found {}. Insert the card that was bound", found.map_or_else(|| "none".to_owned(), |f| f.to_string()))]
    DifferentCard { expected: Uuid, found: Option<Uuid> },
    #[error("fetching the PIN failed: {0}")]
    Pin(CmError),
}

/// Binds the card in `order.reader` to `order.request` and fetches its PIN.
pub fn bind_and_fetch_pin(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    order: &BindOrder,
    progress: &mut dyn FnMut(Step),
) -> Result<(Bound, PinOutcome), EnrollError> {
    progress(Step::ReadingCard);
    let info = readers
        .read_card(&order.reader, order.byte_order)
        .map_err(EnrollError::Card)?;
    let card_id = order
        .card_id
        .or(info.card_id)
        .ok_or(EnrollError::CardIdUnknown)?;
    progress(Step::Binding);
    let smartcard = api
        .bind_card(order.request, card_id, &info.atr)
        .map_err(EnrollError::Bind)?;
    let bound = Bound {
        request: order.request,
        smartcard,
        card_id,
        atr: info.atr,
    };
    match challenge_and_pin(api, readers, &order.reader, &bound, progress) {
        Ok(pin) => Ok((bound, pin)),
        Err(cause) => Err(EnrollError::PinNotFetched {
            bound,
            cause: Box::new(cause),
        }),
    }
}

/// After `PinNotFetched`: checks the card in `reader` is the bound one (when
/// its id can be read) and fetches the PIN.
pub fn fetch_pin_again(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    reader: &str,
    bound: &Bound,
    byte_order: GuidByteOrder,
    progress: &mut dyn FnMut(Step),
) -> Result<PinOutcome, EnrollError> {
    progress(Step::ReadingCard);
    let info = readers
        .read_card(reader, byte_order)
        .map_err(EnrollError::Card)?;
    let same = info.atr == bound.atr && info.card_id.is_none_or(|id| id == bound.card_id);
    if !same {
        return Err(EnrollError::DifferentCard {
            expected: bound.card_id,
            found: info.card_id,
        });
    }
    challenge_and_pin(api, readers, reader, bound, progress)
}

fn challenge_and_pin(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    reader: &str,
    bound: &Bound,
    progress: &mut dyn FnMut(Step),
) -> Result<PinOutcome, EnrollError> {
    progress(Step::GettingChallenge);
    let challenge = readers.challenge(reader).map_err(EnrollError::Card)?;
    progress(Step::FetchingPin);
    api.server_proposed_pin(
        bound.request,
        bound.smartcard,
        bound.card_id,
        &bound.atr,
        &challenge,
    )
    .map_err(EnrollError::Pin)
}
