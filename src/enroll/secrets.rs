//! The PUK and the PIN, set last: the PUK from the card's own admin key
//! (see `puk`), then the PIN — the server's proposal, or the cardholder's
//! own when the template lets them choose — from the factory PIN or, when
//! an earlier run already changed it, with the PUK.

use super::Bound;
use super::admin::OpenAdminKey;
use super::failure::Problem;
use super::puk::puk_for;
use super::whole::Officer;
use crate::card::challenge::admin_key_witness;
use crate::card::ops::CardSession;
use crate::card::piv::{self, Reference};
use crate::card::{AdminKeyAlgorithm, CardError, SecretKind};
use crate::enroll::CmApi;
use crate::pin::{Pin, PinOutcome, Puk};

/// A blank PIV card's PIN and PUK.
pub const FACTORY_PIN: &str = "123456";
pub const FACTORY_PUK: &str = "12345678";

/// Whether the card still has its factory PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PinState {
    Factory,
    /// Set by an earlier run (which wrote the certificates before it).
    Changed,
}

/// From the card's metadata, or — on a card without — by trying the
/// factory PIN (a wrong try is restored when the PIN is set with the PUK).
pub(super) fn pin_state(session: &mut dyn CardSession) -> Result<PinState, CardError> {
    match piv::secrets::is_default(session, Reference::Pin)? {
        Some(true) => Ok(PinState::Factory),
        Some(false) => Ok(PinState::Changed),
        None => match piv::verify(session, FACTORY_PIN) {
            Ok(()) => Ok(PinState::Factory),
            Err(CardError::WrongSecret { .. }) => Ok(PinState::Changed),
            Err(other) => Err(other),
        },
    }
}

/// Sets the PUK the rule gives for the card's admin key; a PUK an earlier
/// run set is left as it is.
pub(super) fn set_puk(
    session: &mut dyn CardSession,
    admin: &OpenAdminKey,
) -> Result<Puk, CardError> {
    let puk = puk_for(&admin.key);
    match piv::secrets::is_default(session, Reference::Puk)? {
        Some(false) => {}
        known => match piv::change_reference(session, Reference::Puk, FACTORY_PUK, puk.expose()) {
            Ok(()) => {}
            // No metadata: check it is ours by changing it to itself.
            Err(CardError::WrongSecret { .. }) if known.is_none() => {
                piv::change_reference(session, Reference::Puk, puk.expose(), puk.expose())?;
            }
            Err(other) => return Err(other),
        },
    }
    Ok(puk)
}

/// Sets the new PIN and checks it opens the card. Returns it when the
/// server proposed it (to show once); `None` when the cardholder chose.
pub(super) fn set_pin(
    api: &dyn CmApi,
    session: &mut dyn CardSession,
    bound: &Bound,
    admin: &OpenAdminKey,
    puk: &Puk,
    state: PinState,
    officer: &mut dyn Officer,
) -> Result<Option<Pin>, Problem> {
    let (pin, proposed) = new_pin(api, session, bound, admin.algorithm(), officer)?;
    match state {
        PinState::Factory => {
            piv::change_reference(session, Reference::Pin, FACTORY_PIN, pin.expose())?
        }
        PinState::Changed => piv::reset_retry_counter(session, puk.expose(), pin.expose())
            .map_err(|error| match error {
                CardError::WrongSecret { .. } | CardError::Blocked { .. } => CardError::Blocked {
                    what: SecretKind::Puk,
                },
                other => other,
            })?,
    }
    piv::verify(session, pin.expose())?;
    Ok(proposed.then_some(pin))
}

/// The card's new PIN: the server's proposal (its call carries a live
/// challenge from the card), or, when the template lets them choose, the
/// cardholder's own. `true` when the server proposed it.
pub(super) fn new_pin(
    api: &dyn CmApi,
    session: &mut dyn CardSession,
    bound: &Bound,
    algorithm: AdminKeyAlgorithm,
    officer: &mut dyn Officer,
) -> Result<(Pin, bool), Problem> {
    let challenge = admin_key_witness(session, algorithm)?;
    let answer = api.server_proposed_pin(
        bound.request,
        bound.smartcard,
        bound.card_id,
        &bound.atr,
        &challenge.bytes,
    )?;
    Ok(match answer {
        PinOutcome::Proposed(pin) => (pin, true),
        PinOutcome::CardholderChooses => (
            officer.cardholder_pin().ok_or(Problem::PinEntryCancelled)?,
            false,
        ),
    })
}
