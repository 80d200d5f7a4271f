//! The card's second visit: a cardholder whose PIN is blocked or forgotten.
//! Only the card the Unblock request names is touched (any other is refused
//! before anything changes): its PUK is worked out again from its admin key
//! (the rule in `puk`, which the enrollment used), the PIN reset to the
//! server's proposal or the cardholder's own, checked, and the request
//! marked Completed.

use uuid::Uuid;

use super::failure::{EnrollFailure, Problem};
use super::puk::puk_for;
use super::secrets::new_pin;
use super::steps::EnrollStep;
use super::whole::{Officer, Run, read_card_id};
use super::{Bound, CmApi, Enrolled, complete};
use crate::card::admin_key::AdminKey;
use crate::card::ops::CardSession;
use crate::card::piv::{self, Reference};
use crate::card::{AdminKeyAlgorithm, CardError, GuidByteOrder, ReaderBackend, SecretKind};
use crate::cm::{Request, RequestStatus, RequestType};
use crate::pin::{Pin, Puk};

/// What the officer asked for.
#[derive(Debug, Clone)]
pub struct UnblockOrder {
    pub request: Uuid,
    pub reader: String,
    pub byte_order: GuidByteOrder,
}

/// Unblocks the card in `order.reader` for its Unblock request. The result
/// has no certificates: the card keeps those it has.
pub fn unblock_card(
    api: &dyn CmApi,
    readers: &dyn ReaderBackend,
    order: &UnblockOrder,
    officer: &mut dyn Officer,
) -> Result<Enrolled, EnrollFailure> {
    let mut run = Run::start(officer)?;
    let mut card = readers.hold(&order.reader).map_err(|e| run.fail(e))?;
    let card_id = read_card_id(&mut *card, None, order.byte_order).map_err(|e| run.fail(e))?;
    let request = api.get_request(order.request).map_err(|e| run.fail(e))?;
    let smartcard = named_card(api, &request, card_id).map_err(|e| run.fail(e))?;
    let bound = Bound {
        request: request.uuid,
        smartcard: smartcard.uuid,
        card_id,
        atr: card.atr().clone(),
    };

    run.officer.bound(&bound);
    run.enter(EnrollStep::Policy)?;
    let template = smartcard
        .profile_template_uuid
        .or(request.profile_template_uuid)
        .ok_or(Problem::NotASmartcardRequest)
        .map_err(|e| run.fail(e))?;
    let policy = api.smartcard_policy(template).map_err(|e| run.fail(e))?;

    run.enter(EnrollStep::CardPuk)?;
    let key = if policy.diversify {
        api.diversified_key(&bound).map_err(|e| run.fail(e))?
    } else {
        policy.default_admin_key.clone()
    };
    let puk = puk_for(&key);
    let session = card.session();
    check_puk_usable(session).map_err(|e| run.fail(e))?;

    run.enter(EnrollStep::Pin)?;
    let pin =
        reset_pin(api, session, &bound, &key, &puk, &mut *run.officer).map_err(|e| run.fail(e))?;
    drop(card);
    let unblocked = Enrolled {
        bound,
        pin,
        certificates: Vec::new(),
        status: None,
    };
    complete(api, unblocked, &mut *run.officer)
}

/// The smartcard an approved Unblock request names, if it is this card.
fn named_card(
    api: &dyn CmApi,
    request: &Request,
    card_id: Uuid,
) -> Result<crate::cm::Smartcard, Problem> {
    if request.request_type != RequestType::Unblock {
        return Err(Problem::NotAnUnblockRequest);
    }
    if request.status != RequestStatus::Approved {
        return Err(Problem::NotApproved {
            status: request.status,
        });
    }
    let named = request.old_smartcard_uuid.ok_or(Problem::NoCardNamed)?;
    let smartcard = api.get_smartcard(named)?;
    match smartcard.card_id() {
        Some(id) if id == card_id => Ok(smartcard),
        _ => Err(Problem::WrongCardForUnblock {
            expected: smartcard.serial_number.trim_matches(['{', '}']).to_owned(),
        }),
    }
}

/// A PUK with no tries left cannot unblock anything: say so before trying.
fn check_puk_usable(session: &mut dyn CardSession) -> Result<(), Problem> {
    piv::select(session)?;
    match piv::tries_left(session, Reference::Puk)? {
        Some(0) => Err(Problem::PukBlocked),
        _ => Ok(()),
    }
}

fn reset_pin(
    api: &dyn CmApi,
    session: &mut dyn CardSession,
    bound: &Bound,
    key: &AdminKey,
    puk: &Puk,
    officer: &mut dyn Officer,
) -> Result<Option<Pin>, Problem> {
    let algorithm =
        AdminKeyAlgorithm::from_piv_id(key.algorithm_id()).unwrap_or(AdminKeyAlgorithm::Tdes);
    let (pin, proposed) = new_pin(api, session, bound, algorithm, officer)?;
    piv::reset_retry_counter(session, puk.expose(), pin.expose()).map_err(|error| match error {
        CardError::WrongSecret {
            what: SecretKind::Puk,
            tries_left,
        } => Problem::PukDoesNotMatch { tries_left },
        CardError::Blocked {
            what: SecretKind::Puk,
        } => Problem::PukBlocked,
        other => other.into(),
    })?;
    piv::verify(session, pin.expose())?;
    Ok(proposed.then_some(pin))
}
