//! The calls of the rest of an enrollment: the template's smart card
//! configuration, the card's own admin key, the certificate requests to
//! make and the certificates for them, and the request's final status.

use base64::Engine;
use reqwest::StatusCode;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::Client;
use crate::card::admin_key::AdminKey;
use crate::cm::enrollment::{CertificateAnswer, CertificateRequestOptions, SmartcardPolicy};
use crate::cm::error::CmError;
use crate::cm::http::{read_capped, status_error};
use crate::cm::types::Request;
use crate::ids::Atr;

const HINT_ENROLL: &str = "Enrolling a card needs the CM permissions of the enrollment agent role for this profile template; ask the CM administrator";
/// A CA answer with certificates and chains is a few kB a certificate.
const CERTIFICATES_CAP: u64 = 8 * 1024 * 1024;

/// The status a request can be set to (`PUT requests/{id}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalStatus {
    Completed,
    Canceled,
    Abandoned,
}

impl FinalStatus {
    pub fn api_name(self) -> &'static str {
        match self {
            Self::Completed => "Completed",
            Self::Canceled => "Canceled",
            Self::Abandoned => "Abandoned",
        }
    }
}

impl Client {
    pub(super) async fn smartcard_policy_call(
        &self,
        template: Uuid,
    ) -> Result<SmartcardPolicy, CmError> {
        let what = format!("the smart card configuration of profile template {template}");
        let url = self.url(&[
            "profiletemplates",
            &template.to_string(),
            "configuration",
            "smartcards",
        ]);
        let response = self.send(self.http.get(url)).await?;
        match response.status() {
            StatusCode::NOT_FOUND | StatusCode::NO_CONTENT => {
                Err(self.not_found_or_disabled(what).await)
            }
            s if s.is_success() => {
                let body = Zeroizing::new(self.read_object(response, &what).await?);
                SmartcardPolicy::from_body(&body)
            }
            _ => Err(status_error(response, HINT_ENROLL).await),
        }
    }

    pub(super) async fn diversified_key_call(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
    ) -> Result<AdminKey, CmError> {
        let (rid, sc) = (request.to_string(), smartcard.to_string());
        let mut url = self.url(&["requests", &rid, "smartcards", &sc, "diversifiedkey"]);
        url.query_pairs_mut()
            .append_pair("cardid", &card_id.to_string())
            .append_pair("atr", &atr.to_hex());
        let expected = "the card's own admin key as a base64 JSON string";
        let bytes = self.admin_key_secret(url, smartcard, expected).await?;
        AdminKey::from_bytes(&bytes).ok_or_else(|| CmError::UnexpectedResponse {
            expected: expected.to_owned(),
            got: format!("a key of {} bytes (not 24 or 16)", bytes.len()),
        })
    }

    pub(super) async fn certificate_options_call(
        &self,
        request: Uuid,
    ) -> Result<Vec<CertificateRequestOptions>, CmError> {
        let what = format!("the certificate request options of request {request}");
        let url = self.url(&[
            "requests",
            &request.to_string(),
            "certificaterequestgenerationoptions",
        ]);
        let response = self.send(self.http.get(url)).await?;
        match response.status() {
            StatusCode::NO_CONTENT => Ok(Vec::new()),
            StatusCode::NOT_FOUND => Err(self.not_found_or_disabled(what).await),
            s if s.is_success() => {
                let body = self.read_object(response, &what).await?;
                CertificateRequestOptions::list_from_body(&body)
            }
            _ => Err(status_error(response, HINT_ENROLL).await),
        }
    }

    pub(super) async fn certificate_data_call(
        &self,
        request: Uuid,
        certificate_requests: &[Vec<u8>],
    ) -> Result<Vec<CertificateAnswer>, CmError> {
        let engine = base64::engine::general_purpose::STANDARD;
        let body = serde_json::json!({
            "pfxpassword": "",
            "certificaterequests": certificate_requests.iter().map(|r| engine.encode(r)).collect::<Vec<_>>(),
            "comments": "Enrolled at enroll-desk",
        });
        let url = self.url(&["requests", &request.to_string(), "certificatedata"]);
        let response = self.send(self.http.post(url).json(&body)).await?;
        let what = "the certificates for the card's requests";
        match response.status() {
            StatusCode::NOT_FOUND => Err(self
                .not_found_or_disabled(format!("request {request}"))
                .await),
            StatusCode::NO_CONTENT => Ok(Vec::new()),
            s if s.is_success() => {
                let body =
                    read_capped(response, CERTIFICATES_CAP, what, &self.call_context()).await?;
                CertificateAnswer::list_from_body(&body)
            }
            _ => Err(status_error(response, HINT_ENROLL).await),
        }
    }

    pub(super) async fn set_status_call(
        &self,
        request: Uuid,
        status: FinalStatus,
    ) -> Result<Option<Request>, CmError> {
        let body = serde_json::json!({ "status": status.api_name() });
        let url = self.url(&["requests", &request.to_string()]);
        let response = self.send(self.http.put(url).json(&body)).await?;
        match response.status() {
            StatusCode::NO_CONTENT => Ok(None),
            StatusCode::NOT_FOUND => Err(self
                .not_found_or_disabled(format!("request {request}"))
                .await),
            s if s.is_success() => {
                let what = format!("request {request}");
                let body = self.read_object(response, &what).await?;
                // The status is set; an answer the desk cannot read does not undo that.
                Ok(
                    crate::cm::decode::parse_one_or_many::<Request>(&body, &what)
                        .ok()
                        .and_then(|mut list| list.pop()),
                )
            }
            _ => Err(status_error(response, HINT_ENROLL).await),
        }
    }
}
