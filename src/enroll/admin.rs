//! Opening the card's admin key with the server's answers, and giving the
//! card its own key when the template diversifies: the factory key first,
//! then the card's own, proven with a second answer. A card whose key an
//! earlier run already replaced is opened with its own key.

use super::failure::Problem;
use super::whole::{Run, StepFailure};
use super::{Bound, CmApi, EnrollStep};
use crate::card::admin_key::AdminKey;
use crate::card::challenge::admin_key_witness;
use crate::card::ops::CardSession;
use crate::card::{AdminKeyAlgorithm, CardError, SecretKind, piv};
use crate::cm::SmartcardPolicy;

/// The card's admin key, open for this session.
pub(super) struct OpenAdminKey {
    /// The key the card has now: its own, or the template's default.
    pub key: AdminKey,
}

impl OpenAdminKey {
    pub fn algorithm(&self) -> AdminKeyAlgorithm {
        algorithm_of(&self.key)
    }
}

fn algorithm_of(key: &AdminKey) -> AdminKeyAlgorithm {
    AdminKeyAlgorithm::from_piv_id(key.algorithm_id()).unwrap_or(AdminKeyAlgorithm::Tdes)
}

pub(super) fn open_admin_key(
    api: &dyn CmApi,
    session: &mut dyn CardSession,
    bound: &Bound,
    policy: &SmartcardPolicy,
    run: &mut Run<'_>,
) -> Result<OpenAdminKey, StepFailure> {
    piv::select(session)?;
    let algorithm = algorithm_of(&policy.default_admin_key);
    if !policy.diversify {
        authenticate(api, session, bound, algorithm, false)?;
        return Ok(OpenAdminKey {
            key: policy.default_admin_key.clone(),
        });
    }
    let own = api.diversified_key(bound)?;
    let replaced_before = piv::admin::admin_key_is_default(session)? == Some(false);
    if replaced_before {
        authenticate(api, session, bound, algorithm, true)?;
    } else {
        match authenticate(api, session, bound, algorithm, false) {
            Ok(()) => {
                run.enter(EnrollStep::CardKey)
                    .map_err(StepFailure::Stopped)?;
                piv::admin::set_admin_key(session, &own)?;
                authenticate(api, session, bound, algorithm_of(&own), true)?;
            }
            // Replaced by an earlier run on a card that does not say so.
            Err(Problem::AdminKeyNotAccepted) => {
                authenticate(api, session, bound, algorithm_of(&own), true)?;
            }
            Err(other) => return Err(other.into()),
        }
    }
    Ok(OpenAdminKey { key: own })
}

/// One witness, the server's answer to it, and the card's verdict.
fn authenticate(
    api: &dyn CmApi,
    session: &mut dyn CardSession,
    bound: &Bound,
    algorithm: AdminKeyAlgorithm,
    diversified: bool,
) -> Result<(), Problem> {
    let witness = admin_key_witness(session, algorithm)?;
    let answer = api.authentication_response(bound, &witness.bytes, diversified)?;
    let id = algorithm.piv_id().unwrap_or(0x03);
    piv::admin::answer_witness(session, id, &answer).map_err(|error| match error {
        CardError::WrongSecret {
            what: SecretKind::AdminKey,
            ..
        } => Problem::AdminKeyNotAccepted,
        other => other.into(),
    })
}
