//! The rest of an enrollment as the simulator's rules have it: a card's own
//! admin key, the certificate requests a template asks for, certificates
//! issued for checked requests, and the request's final status.

use uuid::Uuid;
use x509_cert::Certificate;

use super::{Refusal, SimState};
use crate::card::admin_key::AdminKey;
use crate::cm::{Request, RequestStatus, RequestType, SmartcardStatus};
use crate::pkix::{KeyAlgorithm, key_algorithm};
use crate::sim::data::{CertificateOption, PinPolicy};

impl SimState {
    /// The CA's root certificate, sent along with what it issues.
    pub(crate) fn ca_certificate_der(&self) -> Option<Certificate> {
        self.ca.as_ref().map(|ca| ca.certificate().clone())
    }

    /// The CA's root certificate (PEM), to check what it issued.
    pub fn ca_certificate_pem(&self) -> Option<String> {
        self.ca.as_ref()?.certificate_pem().ok()
    }

    /// The card's own admin key, for a template that diversifies. As the
    /// PIN call, the smartcard must belong to the request and the card.
    pub fn diversified_key(
        &self,
        smartcard: Uuid,
        request: Uuid,
        card_id: Uuid,
        atr: Option<&str>,
    ) -> Result<AdminKey, Refusal> {
        let sc = self.bound_smartcard(
            smartcard,
            Some(request),
            card_id,
            atr.unwrap_or(&self.atr_of(smartcard)),
        )?;
        let config = sc
            .card
            .profile_template_uuid
            .and_then(|t| self.admin_keys.get(&t))
            .ok_or_else(|| {
                Refusal::Invalid("The smartcard's profile template has no admin key.".to_owned())
            })?;
        if !config.diversify {
            return Err(Refusal::Invalid(
                "The profile template does not diversify admin keys.".to_owned(),
            ));
        }
        Ok(config.key_for(card_id, true))
    }

    fn atr_of(&self, smartcard: Uuid) -> String {
        self.smartcards
            .get(&smartcard)
            .map(|sc| sc.card.atr.clone())
            .unwrap_or_default()
    }

    /// The certificate requests the request's template asks for, as the
    /// server writes them.
    pub fn certificate_options(&self, request: Uuid) -> Result<Vec<serde_json::Value>, Refusal> {
        let request = self.known_request(request)?;
        Ok(self
            .options_of(request)
            .iter()
            .map(|option| {
                serde_json::json!({
                    "Subject": if option.named_subject { subject_of(request) } else { String::new() },
                    "KeyAlgorithmName": option.key_algorithm,
                    "KeySize": option.key_size,
                    "FriendlyName": "",
                    "HashAlgorithmName": option.hash_algorithm,
                    "KeyStorageProviderNames": ["Microsoft Smart Card Key Storage Provider"],
                    "Exportable": 0,
                    "KeyProtectionLevel": 0,
                    "KeyUsages": 3,
                })
            })
            .collect())
    }

    /// Issues a certificate for each request (DER PKCS#10), which must
    /// match the template's options one for one and be signed by its own
    /// key; the request must be approved and bound to a card.
    pub fn certificate_data(
        &mut self,
        request: Uuid,
        certificate_requests: &[Vec<u8>],
    ) -> Result<Vec<(Certificate, &'static str)>, Refusal> {
        let found = self.known_request(request)?;
        let smartcard = ready_to_execute(found)?;
        let options = self.options_of(found).to_vec();
        let fallback = format!(
            "CN={}",
            rfc4514(found.data_item("DisplayName").unwrap_or("Cardholder"))
        );
        if certificate_requests.len() != options.len() {
            return Err(Refusal::Invalid(format!(
                "The profile template asks for {} certificate requests; {} were sent.",
                options.len(),
                certificate_requests.len()
            )));
        }
        let ca = self.ca.as_ref().ok_or_else(|| {
            Refusal::Invalid("The certificate authority is not available.".to_owned())
        })?;
        let mut issued = Vec::with_capacity(options.len());
        for (number, (der, option)) in certificate_requests.iter().zip(&options).enumerate() {
            let refuse = |why: String| {
                Refusal::Invalid(format!("Certificate request {}: {why}", number + 1))
            };
            let certificate = ca
                .issue(der, &fallback)
                .map_err(|e| refuse(e.to_string()))?;
            check_key(&certificate, option).map_err(refuse)?;
            issued.push((certificate, option.template));
        }
        if let Some(sc) = self.smartcards.get_mut(&smartcard) {
            sc.certificates = issued.iter().map(|(c, _)| c.clone()).collect();
        }
        Ok(issued)
    }

    /// `PUT requests/{id}`: Completed (approved, bound, certificates
    /// issued), Canceled, or Abandoned (recorded as Failed: the
    /// documentation gives Abandoned no number).
    pub fn set_request_status(&mut self, request: Uuid, status: &str) -> Result<&Request, Refusal> {
        let found = self.known_request(request)?;
        let current = found.status;
        let new = match status.trim().to_ascii_lowercase().as_str() {
            "completed" => {
                let smartcard = ready_to_execute(found)?;
                let issued = self
                    .smartcards
                    .get(&smartcard)
                    .is_some_and(|sc| !sc.certificates.is_empty());
                // An Unblock issues none: the card keeps those it has.
                let issues = found.request_type != RequestType::Unblock;
                if issues && !issued && !self.options_of(found).is_empty() {
                    return Err(Refusal::Forbidden(format!(
                        "Request {request} cannot be completed: its certificates have not been issued."
                    )));
                }
                if let Some(sc) = self.smartcards.get_mut(&smartcard) {
                    sc.card.status = SmartcardStatus::Active;
                }
                RequestStatus::Completed
            }
            "canceled" | "cancelled" => RequestStatus::Canceled,
            "abandoned" => RequestStatus::Failed,
            _ => {
                return Err(Refusal::Invalid(
                    "The status must be Completed, Canceled or Abandoned.".to_owned(),
                ));
            }
        };
        if current != RequestStatus::Approved && current != RequestStatus::Pending {
            return Err(Refusal::Forbidden(format!(
                "Request {request} has status {current}; it can no longer change."
            )));
        }
        let &i = self
            .index
            .get(&request)
            .ok_or_else(|| Refusal::NotFound(format!("Request {request} was not found.")))?;
        let changed = &mut self.requests[i];
        changed.status = new;
        if new == RequestStatus::Completed {
            changed.completed = Some(chrono::Utc::now());
        }
        Ok(&self.requests[i])
    }

    /// The certificates last issued for a smartcard (tests).
    pub fn certificates_of(&self, smartcard: Uuid) -> Vec<Certificate> {
        self.smartcards
            .get(&smartcard)
            .map(|sc| sc.certificates.clone())
            .unwrap_or_default()
    }

    /// Changes what a template asks for (tests).
    pub fn set_certificate_options(&mut self, template: Uuid, options: Vec<CertificateOption>) {
        self.certificate_options.insert(template, options);
    }

    /// Changes how a template sets the PIN (tests).
    pub fn set_pin_policy(&mut self, template: Uuid, policy: PinPolicy) {
        self.policies.insert(template, policy);
    }

    fn known_request(&self, request: Uuid) -> Result<&Request, Refusal> {
        self.request(request)
            .ok_or_else(|| Refusal::NotFound(format!("Request {request} was not found.")))
    }

    fn options_of(&self, request: &Request) -> &[CertificateOption] {
        request
            .profile_template_uuid
            .and_then(|t| self.certificate_options.get(&t))
            .map_or(&[], Vec::as_slice)
    }
}

/// The smartcard of an approved request: the one bound to it, or for an
/// Unblock request the card it names.
fn ready_to_execute(request: &Request) -> Result<Uuid, Refusal> {
    if request.status != RequestStatus::Approved {
        return Err(Refusal::Forbidden(format!(
            "Request {} has status {}; only an approved request can be executed.",
            request.uuid, request.status
        )));
    }
    let card = match request.request_type {
        RequestType::Unblock => request.old_smartcard_uuid,
        _ => request.new_smartcard_uuid,
    };
    card.ok_or_else(|| {
        Refusal::Forbidden(format!(
            "Request {} has no smart card yet; bind one first.",
            request.uuid
        ))
    })
}

/// The subject the simulator's templates name: the cardholder and their
/// department, as Windows writes a subject.
fn subject_of(request: &Request) -> String {
    let name = rfc4514(request.data_item("DisplayName").unwrap_or("Cardholder"));
    match request.data_item("Department") {
        Some(department) => format!("CN={name}, OU={}", rfc4514(department)),
        None => format!("CN={name}"),
    }
}

/// A value with RFC 4514's special characters escaped.
fn rfc4514(value: &str) -> String {
    value
        .chars()
        .flat_map(|c| {
            let escape = matches!(c, ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=');
            escape.then_some('\\').into_iter().chain(std::iter::once(c))
        })
        .collect()
}

/// The certificate's key is the kind the template asked for.
fn check_key(certificate: &Certificate, option: &CertificateOption) -> Result<(), String> {
    let wanted = KeyAlgorithm::from_options(option.key_algorithm, Some(option.key_size))
        .map_err(|e| e.to_string())?;
    let got = key_algorithm(&certificate.tbs_certificate.subject_public_key_info)
        .map_err(|e| e.to_string())?;
    if got == wanted {
        Ok(())
    } else {
        Err(format!(
            "it has a {} key; the template asks for {}",
            got.label(),
            wanted.label()
        ))
    }
}

impl SimState {
    /// Files an approved Unblock request for a card this simulator
    /// enrolled, as a help desk would for a cardholder who forgot the PIN;
    /// returns its id. The request proposes a new PIN of its own (or lets
    /// the cardholder choose, as the card's template does).
    pub fn new_unblock_request(&mut self, smartcard: Uuid) -> Result<Uuid, Refusal> {
        let sc = self
            .smartcards
            .get(&smartcard)
            .ok_or_else(|| Refusal::NotFound(format!("Smartcard {smartcard} was not found.")))?;
        let enrolled = self.known_request(sc.request)?.clone();
        let request = self.unblock_request_for(smartcard, &enrolled);
        let id = request.uuid;
        self.index.insert(id, self.requests.len());
        self.requests.push(request);
        Ok(id)
    }

    /// An approved Unblock request for `smartcard`, which `enrolled` was
    /// for, with the PIN it proposes noted; the caller lists it.
    pub(in crate::sim) fn unblock_request_for(
        &mut self,
        smartcard: Uuid,
        enrolled: &Request,
    ) -> Request {
        let template = enrolled.profile_template_uuid.unwrap_or_default();
        let name = enrolled
            .data_item("DisplayName")
            .unwrap_or("Cardholder")
            .to_owned();
        let department = enrolled.data_item("Department").unwrap_or("").to_owned();
        let mut ids = crate::sim::data::IdSource::fresh();
        let mut request = crate::sim::data::new_request(
            &mut ids,
            RequestType::Unblock,
            RequestStatus::Approved,
            template,
            enrolled.originator_user_uuid.unwrap_or_default(),
            format!("Card blocked after wrong PINs — {name}, {department}"),
            &name,
            &department,
        );
        request.target_user_uuid = enrolled.target_user_uuid;
        request.old_smartcard_uuid = Some(smartcard);
        request.submitted = Some(chrono::Utc::now());
        let pin = (!self.template_lets_cardholder_choose(template)).then(super::random_pin);
        self.unblocks
            .insert(request.uuid, super::Unblock { smartcard, pin });
        request
    }

    /// Whether `request` is an Unblock request for `smartcard`.
    pub(super) fn unblocks(&self, request: Uuid, smartcard: Uuid) -> bool {
        self.unblocks
            .get(&request)
            .is_some_and(|u| u.smartcard == smartcard)
    }

    /// The approved Unblock request waiting for `smartcard`, if any.
    pub(super) fn open_unblock_of(&self, smartcard: Uuid) -> Option<&super::Unblock> {
        self.unblocks.iter().find_map(|(request, unblock)| {
            let open = self
                .request(*request)
                .is_some_and(|r| r.status == RequestStatus::Approved);
            (open && unblock.smartcard == smartcard).then_some(unblock)
        })
    }

    /// The PIN an Unblock request proposed (tests check the desk showed it).
    pub fn unblock_pin_of(&self, request: Uuid) -> Option<&str> {
        self.unblocks
            .get(&request)?
            .pin
            .as_deref()
            .map(String::as_str)
    }
}
