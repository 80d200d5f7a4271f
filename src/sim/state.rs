//! What the simulated CM server remembers, and the rules a real one enforces:
//! only approved, unbound requests can be bound; a smartcard's proposed PIN
//! is fixed once chosen; the cardholder-chooses policy has no PIN to give.

use std::collections::HashMap;

use uuid::Uuid;
use zeroize::Zeroizing;

use super::ca::SimCa;
use super::classroom::Classroom;
use super::data::{AdminKeyConfig, CertificateOption, DemoData, PinPolicy, demo_data};
use super::scope::Caller;
use crate::card::admin_key::AdminKey;
use crate::cm::{Request, RequestStatus, Smartcard, SmartcardStatus};

/// Why the simulator refuses a call; routes turn these into HTTP answers.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    NotFound(String),
    Forbidden(String),
    Invalid(String),
    /// A classroom call without a desk key the room knows: 403, marked so
    /// the desk joins again.
    UnknownDesk(String),
    /// The classroom has no place left: 503.
    RoomFull(String),
    /// The simulator itself failed: 500.
    Failed(String),
}

struct SimSmartcard {
    card: Smartcard,
    /// Who bound it: only they reach it (see `scope`).
    holder: Caller,
    request: Uuid,
    card_id: Uuid,
    /// `None` when the template lets the cardholder choose.
    pin: Option<Zeroizing<String>>,
    /// The challenge the last PIN call carried (tests check what was sent).
    last_challenge: Option<Vec<u8>>,
    /// The certificates last issued for the card's requests.
    certificates: Vec<x509_cert::Certificate>,
}

/// An Unblock request the simulator made for a card it enrolled.
struct Unblock {
    smartcard: Uuid,
    /// `None` when the template lets the cardholder choose.
    pin: Option<Zeroizing<String>>,
}

pub struct SimState {
    requests: Vec<Request>,
    index: HashMap<Uuid, usize>,
    policies: HashMap<Uuid, PinPolicy>,
    admin_keys: HashMap<Uuid, AdminKeyConfig>,
    smartcards: HashMap<Uuid, SimSmartcard>,
    /// Unblock requests for enrolled cards, and the PIN each proposes.
    unblocks: HashMap<Uuid, Unblock>,
    certificate_options: HashMap<Uuid, Vec<CertificateOption>>,
    /// Issues the certificates of `certificatedata`.
    ca: Option<SimCa>,
    pub current_user: Uuid,
    /// Trainee desks and their lesson requests, which only they list.
    pub(super) classroom: Classroom,
}

impl SimState {
    pub fn new(extra_requests: usize) -> Self {
        let DemoData {
            templates,
            requests,
            current_user,
        } = demo_data(extra_requests);
        let index = requests
            .iter()
            .enumerate()
            .map(|(i, r)| (r.uuid, i))
            .collect();
        let policies = templates.iter().map(|t| (t.uuid, t.pin_policy)).collect();
        let admin_keys = templates
            .iter()
            .map(|t| (t.uuid, t.admin_key.clone()))
            .collect();
        let certificate_options = templates
            .iter()
            .map(|t| (t.uuid, t.certificates.clone()))
            .collect();
        let ca = SimCa::new()
            .inspect_err(|e| tracing::error!("the simulator's CA could not start: {e}"))
            .ok();
        Self {
            requests,
            index,
            policies,
            admin_keys,
            smartcards: HashMap::new(),
            unblocks: HashMap::new(),
            certificate_options,
            ca,
            current_user,
            classroom: Classroom::default(),
        }
    }

    /// Keeps only the first `n` requests (a demo sized for a benchmark).
    pub fn keep_first_requests(&mut self, n: usize) {
        self.requests.truncate(n);
        self.index.retain(|_, &mut i| i < n);
    }

    /// The shared demo set (never a trainee desk's requests), filtered.
    pub fn requests(
        &self,
        status: Option<RequestStatus>,
        current_user_only: bool,
    ) -> Vec<&Request> {
        self.requests
            .iter()
            .filter(|r| !self.classroom.owns(r.uuid))
            .filter(|r| self.listed(r, status, current_user_only))
            .collect()
    }

    /// Whether `request` passes the listing's status and target-user filters.
    pub(super) fn listed(
        &self,
        request: &Request,
        status: Option<RequestStatus>,
        current_user_only: bool,
    ) -> bool {
        status.is_none_or(|s| request.status == s)
            && (!current_user_only || request.target_user_uuid == Some(self.current_user))
    }

    /// Drops the requests `old` (and smartcards bound to them) and adds `new`.
    pub(super) fn replace_requests(&mut self, old: &[Uuid], new: Vec<Request>) {
        self.requests.retain(|r| !old.contains(&r.uuid));
        self.smartcards.retain(|_, sc| !old.contains(&sc.request));
        self.unblocks.retain(|request, _| !old.contains(request));
        self.requests.extend(new);
        self.index = (self.requests.iter().enumerate())
            .map(|(i, r)| (r.uuid, i))
            .collect();
    }

    /// A profile template with this PIN policy (the lowest id, so always the same one).
    pub(super) fn template_with(&self, policy: PinPolicy) -> Option<Uuid> {
        (self.policies.iter())
            .filter(|(_, p)| **p == policy)
            .map(|(t, _)| *t)
            .min()
    }

    /// Whether a template lets the cardholder choose the PIN.
    pub fn template_lets_cardholder_choose(&self, template: Uuid) -> bool {
        self.policies.get(&template) == Some(&PinPolicy::CardholderChooses)
    }

    /// Whether this request's template lets the cardholder choose the PIN.
    pub fn cardholder_chooses(&self, request: Uuid) -> bool {
        self.request(request)
            .and_then(|r| r.profile_template_uuid)
            .and_then(|t| self.policies.get(&t))
            .is_some_and(|p| *p == PinPolicy::CardholderChooses)
    }

    /// The PIN this server proposed for a smartcard (tests check the desk
    /// showed it, and then forgot it).
    pub fn proposed_pin_of(&self, smartcard: Uuid) -> Option<&str> {
        self.smartcards
            .get(&smartcard)?
            .pin
            .as_deref()
            .map(String::as_str)
    }

    /// A profile template's admin key settings (its smart-card configuration).
    pub fn admin_key_config(&self, template: Uuid) -> Option<&AdminKeyConfig> {
        self.admin_keys.get(&template)
    }

    /// Changes a template's admin key settings (tests: an AES-keyed template).
    pub fn set_admin_key_config(&mut self, template: Uuid, config: AdminKeyConfig) {
        self.admin_keys.insert(template, config);
    }

    /// The response that authenticates the admin key to the card for its
    /// `challenge` (the witness decrypted with the card's key). As the PIN
    /// call: the smartcard must belong to `request` and match card id and ATR.
    pub fn authentication_response(
        &self,
        smartcard_id: Uuid,
        request: Uuid,
        card_id: Uuid,
        atr: &str,
        challenge: &[u8],
        diversified: bool,
    ) -> Result<Vec<u8>, Refusal> {
        let sc = self.bound_smartcard(smartcard_id, Some(request), card_id, atr)?;
        let key: AdminKey = sc
            .card
            .profile_template_uuid
            .and_then(|t| self.admin_keys.get(&t))
            .map(|config| config.key_for(card_id, diversified))
            .ok_or_else(|| {
                Refusal::Invalid("The smartcard's profile template has no admin key.".to_owned())
            })?;
        key.decrypt(challenge).ok_or_else(|| {
            Refusal::Invalid(format!(
                "The challenge must be {} bytes for this card's admin key.",
                key.block_len()
            ))
        })
    }

    /// The challenge the last PIN call for `smartcard` carried.
    pub fn last_challenge(&self, smartcard: Uuid) -> Option<&[u8]> {
        self.smartcards.get(&smartcard)?.last_challenge.as_deref()
    }

    pub(super) fn note_challenge(&mut self, smartcard: Uuid, challenge: Vec<u8>) {
        if let Some(sc) = self.smartcards.get_mut(&smartcard) {
            sc.last_challenge = Some(challenge);
        }
    }

    /// Gives a request's target user another name, as an edit on the
    /// server would (tests: a cardholder with a long name).
    pub fn rename_target_user(&mut self, request: Uuid, name: &str) {
        if let Some(request) = self
            .index
            .get(&request)
            .and_then(|&i| self.requests.get_mut(i))
        {
            request.data_collection = (request.data_collection.iter())
                .map(|(item, value)| (item, if item == "DisplayName" { name } else { value }))
                .collect();
        }
    }

    pub fn request(&self, id: Uuid) -> Option<&Request> {
        self.index.get(&id).map(|&i| &self.requests[i])
    }

    pub fn smartcard(&self, id: Uuid) -> Option<&Smartcard> {
        self.smartcards.get(&id).map(|s| &s.card)
    }

    /// Who bound the smartcard; `None` for none there.
    pub(super) fn smartcard_holder(&self, id: Uuid) -> Option<Caller> {
        self.smartcards.get(&id).map(|s| s.holder)
    }

    pub fn smartcards_for_card(&self, card_id: Uuid) -> Vec<&Smartcard> {
        self.smartcards
            .values()
            .filter(|s| s.card_id == card_id)
            .map(|s| &s.card)
            .collect()
    }

    /// Binds the card to the request, for `holder`: whoever may then
    /// reach the smartcard (see `scope`).
    pub fn bind(
        &mut self,
        holder: Caller,
        request_id: Uuid,
        card_id: Uuid,
        atr: &str,
    ) -> Result<Uuid, Refusal> {
        let &i = self
            .index
            .get(&request_id)
            .ok_or_else(|| Refusal::NotFound(format!("Request {request_id} was not found.")))?;
        let request = &self.requests[i];
        if let Some(bound) = request.new_smartcard_uuid {
            return Err(Refusal::Forbidden(format!(
                "Request {request_id} is already bound to smartcard {bound}."
            )));
        }
        if request.status != RequestStatus::Approved {
            return Err(Refusal::Forbidden(format!(
                "Request {request_id} has status {}; only an approved request can be bound to a card.",
                request.status
            )));
        }
        let policy = request
            .profile_template_uuid
            .and_then(|t| self.policies.get(&t).copied());
        let smartcard_id = Uuid::new_v4();
        let card = smartcard_of(
            request,
            smartcard_id,
            SmartcardStatus::Assigned,
            card_id,
            atr.to_ascii_lowercase(),
        );
        let pin = (policy != Some(PinPolicy::CardholderChooses)).then(random_pin);
        self.smartcards.insert(
            smartcard_id,
            SimSmartcard {
                card,
                holder,
                request: request_id,
                card_id,
                pin,
                last_challenge: None,
                certificates: Vec::new(),
            },
        );
        self.requests[i].new_smartcard_uuid = Some(smartcard_id);
        Ok(smartcard_id)
    }

    /// The proposed PIN, or `Ok(None)` when the cardholder chooses it.
    /// `request` is `Some` on the route-table form of the call.
    pub fn proposed_pin(
        &self,
        smartcard_id: Uuid,
        request: Option<Uuid>,
        card_id: Uuid,
        atr: &str,
    ) -> Result<Option<&str>, Refusal> {
        let sc = self.bound_smartcard(smartcard_id, request, card_id, atr)?;
        // A card back to be unblocked gets a new PIN of its own.
        if let Some(unblock) = self.open_unblock_of(smartcard_id) {
            return Ok(unblock.pin.as_ref().map(|p| p.as_str()));
        }
        Ok(sc.pin.as_ref().map(|p| p.as_str()))
    }

    /// The smartcard, if it belongs to `request` (when given) and was bound
    /// to this card id and ATR.
    fn bound_smartcard(
        &self,
        smartcard_id: Uuid,
        request: Option<Uuid>,
        card_id: Uuid,
        atr: &str,
    ) -> Result<&SimSmartcard, Refusal> {
        let sc = self
            .smartcards
            .get(&smartcard_id)
            .filter(|sc| request.is_none_or(|r| r == sc.request || self.unblocks(r, smartcard_id)))
            .ok_or_else(|| Refusal::NotFound(format!("Smartcard {smartcard_id} was not found.")))?;
        if sc.card_id != card_id || !sc.card.atr.eq_ignore_ascii_case(atr) {
            return Err(Refusal::Forbidden(
                "The card id or ATR does not match the card bound to this smartcard.".to_owned(),
            ));
        }
        Ok(sc)
    }
}

/// 6 to 8 digits; leading zeros allowed, which is why the PIN is a string.
/// The smartcard the server records for `request`'s card `card_id`.
fn smartcard_of(
    request: &Request,
    uuid: Uuid,
    status: SmartcardStatus,
    card_id: Uuid,
    atr: String,
) -> Smartcard {
    Smartcard {
        uuid,
        status,
        flags: 0,
        parent_smartcard_uuid: None,
        primary_smartcard_uuid: None,
        permanent_smartcard_uuid: None,
        assigned_user_uuid: request.target_user_uuid,
        profile_template_uuid: request.profile_template_uuid,
        profile_template_version: 1,
        comment: String::new(),
        serial_number: format!("{{{card_id}}}"),
        middleware: "MSBaseCSP".to_owned(),
        atr,
    }
}

fn random_pin() -> Zeroizing<String> {
    let length = fastrand::usize(6..=8);
    Zeroizing::new((0..length).map(|_| fastrand::digit(10)).collect())
}

mod enrolled_earlier;
mod enrollment;
#[cfg(test)]
mod tests;
