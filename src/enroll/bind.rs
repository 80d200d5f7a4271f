//! Bind and fetch the PIN, without the rest of the enrollment: what
//! `enroll-desk bind` does for scripts that finish the card elsewhere.

use uuid::Uuid;

use super::actions::{RequestAction, action_for};
use super::{Bound, CmApi};
use crate::card::{CardError, CardInfo, ChallengeChoice, GuidByteOrder, HeldCard, ReaderBackend};
use crate::cm::CmError;
use crate::pin::PinOutcome;

/// What the officer asked for.
#[derive(Debug, Clone)]
pub struct BindOrder {
    pub request: Uuid,
    pub reader: String,
    /// Typed in by the officer when the card's own id cannot be read.
    pub card_id: Option<Uuid>,
    pub byte_order: GuidByteOrder,
    /// Which challenge the card is asked for.
    pub challenge: ChallengeChoice,
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
    #[error(
        "the card id given ({typed}) is not the one the card holds ({read}); nothing was bound. Check which card is in the reader, or leave the card id out"
    )]
    CardIdDiffers { typed: Uuid, read: Uuid },
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
    /// Only an Enroll request takes a new card; nothing was bound.
    #[error("a {kind} request does not take a new card; nothing was bound")]
    NotForANewCard { kind: crate::cm::RequestType },
}

/// Binds the card in `order.reader` to `order.request` and fetches its PIN.
/// The card is held from reading its id until the server has answered the
/// PIN call, so the challenge it issued is still live when the server uses it.
pub fn bind_and_fetch_pin(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    order: &BindOrder,
    progress: &mut dyn FnMut(Step),
) -> Result<(Bound, PinOutcome), EnrollError> {
    progress(Step::ReadingCard);
    // Only a request for a new card may bind one: checked before anything is sent.
    let kind = api
        .get_request(order.request)
        .map_err(EnrollError::Bind)?
        .request_type;
    if action_for(kind) != RequestAction::Enroll {
        return Err(EnrollError::NotForANewCard { kind });
    }
    let mut card = readers.hold(&order.reader).map_err(EnrollError::Card)?;
    let found = card.card_id(order.byte_order).map_err(EnrollError::Card)?;
    let card_id = card_id_to_bind(order.card_id, found)?;
    progress(Step::Binding);
    let smartcard = api
        .bind_card(order.request, card_id, card.atr())
        .map_err(EnrollError::Bind)?;
    let bound = Bound {
        request: order.request,
        smartcard,
        card_id,
        atr: card.atr().clone(),
    };
    match challenge_and_pin(api, &mut *card, &bound, order.challenge, progress) {
        Ok(pin) => Ok((bound, pin)),
        Err(cause) => Err(EnrollError::PinNotFetched {
            bound,
            cause: Box::new(cause),
        }),
    }
}

/// The id to bind: the card's own, else the one typed in. A typed id that
/// contradicts the card's own is refused rather than silently preferred.
fn card_id_to_bind(typed: Option<Uuid>, read: Option<Uuid>) -> Result<Uuid, EnrollError> {
    match (typed, read) {
        (Some(typed), Some(read)) if typed != read => {
            Err(EnrollError::CardIdDiffers { typed, read })
        }
        (_, Some(id)) | (Some(id), None) => Ok(id),
        (None, None) => Err(EnrollError::CardIdUnknown),
    }
}

/// After `PinNotFetched`: checks the card in `reader` is the bound one (when
/// its id can be read) and fetches the PIN, holding the card throughout.
pub fn fetch_pin_again(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    reader: &str,
    bound: &Bound,
    byte_order: GuidByteOrder,
    challenge: ChallengeChoice,
    progress: &mut dyn FnMut(Step),
) -> Result<PinOutcome, EnrollError> {
    progress(Step::ReadingCard);
    let mut card = readers.hold(reader).map_err(EnrollError::Card)?;
    let info = CardInfo {
        atr: card.atr().clone(),
        card_id: card.card_id(byte_order).map_err(EnrollError::Card)?,
    };
    if !info.is_card(&bound.atr, bound.card_id) {
        return Err(EnrollError::DifferentCard {
            expected: bound.card_id,
            found: info.card_id,
        });
    }
    challenge_and_pin(api, &mut *card, bound, challenge, progress)
}

/// Asks the held card for its challenge and the server for the PIN; the
/// caller releases the card only after the server's answer. The card is held
/// from its id to here, so no other card can have taken its place.
fn challenge_and_pin(
    api: &dyn CmApi,
    card: &mut dyn HeldCard,
    bound: &Bound,
    choice: ChallengeChoice,
    progress: &mut dyn FnMut(Step),
) -> Result<PinOutcome, EnrollError> {
    progress(Step::GettingChallenge);
    let challenge = card.challenge(choice).map_err(EnrollError::Card)?;
    tracing::info!("the card gave its challenge: {challenge}");
    progress(Step::FetchingPin);
    api.server_proposed_pin(
        bound.request,
        bound.smartcard,
        bound.card_id,
        &bound.atr,
        &challenge.bytes,
    )
    .map_err(EnrollError::Pin)
}
