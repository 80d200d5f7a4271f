//! The calls themselves, as async functions the client's own runtime runs
//! (see `mod.rs`): routes, status codes and bodies for each CM call.

use base64::Engine;
use reqwest::header::{CONNECTION, LOCATION};
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::{Client, RequestFilter};
use crate::cm::bind_uri::{smartcard_id_from_bind_answer, smartcard_id_from_uri};
use crate::cm::decode::{parse_base64_string, parse_one_or_many, parse_pin};
use crate::cm::enums::SmartcardStatus;
use crate::cm::error::CmError;
use crate::cm::http::{
    CallContext, LIST_BODY_CAP, OBJECT_BODY_CAP, read_capped, read_listing, status_error,
};
use crate::cm::listing::RequestListing;
use crate::cm::types::{Request, Smartcard};
use crate::ids::Atr;
use crate::pin::PinOutcome;

const HINT_GENERAL: &str = "Ask the CM administrator for the permission this needs";
pub(crate) const HINT_BIND: &str = "The request may already have a card, or may not be approved yet; refresh the list and check its status";
pub(crate) const HINT_PIN: &str = "Reading a proposed PIN needs membership in the CM group allowed sensitive operations; ask the CM administrator";
pub(crate) const HINT_ADMIN_KEY: &str = "Admin-key calls need membership in the CM group allowed sensitive operations; ask the CM administrator";

impl Client {
    pub(super) async fn list_call(&self, filter: RequestFilter) -> Result<RequestListing, CmError> {
        let mut url = self.url(&["requests"]);
        {
            let mut query = url.query_pairs_mut();
            if let Some(status) = filter.status {
                let name = status
                    .api_name()
                    .map(str::to_owned)
                    .unwrap_or_else(|| status.code().to_string());
                query.append_pair("status", &name);
            }
            if filter.current_user_only {
                query.append_pair("targetuser", "current");
            }
        }
        if url.query() == Some("") {
            url.set_query(None);
        }
        let response = self.send(self.http.get(url)).await?;
        match response.status() {
            StatusCode::NO_CONTENT => Ok(RequestListing::default()),
            // The list route exists whenever the API is on, so 404 here means it is off.
            StatusCode::NOT_FOUND => Err(self.api_not_enabled()),
            s if s.is_success() => {
                read_listing(response, LIST_BODY_CAP, &self.call_context()).await
            }
            _ => Err(status_error(response, HINT_GENERAL).await),
        }
    }

    pub(super) async fn get_request_call(&self, id: Uuid) -> Result<Request, CmError> {
        self.get_object(&["requests", &id.to_string()], &format!("request {id}"))
            .await
    }

    pub(super) async fn find_smartcards_call(
        &self,
        card_id: Uuid,
    ) -> Result<Vec<Smartcard>, CmError> {
        let mut url = self.url(&["smartcards"]);
        url.query_pairs_mut()
            .append_pair("cardid", &card_id.to_string());
        let response = self.send(self.http.get(url)).await?;
        match response.status() {
            StatusCode::NO_CONTENT => Ok(Vec::new()),
            StatusCode::NOT_FOUND => Err(self
                .not_found_or_disabled(format!("a smartcard for card {card_id}"))
                .await),
            s if s.is_success() => {
                let body = self.read_object(response, "a list of smartcards").await?;
                parse_one_or_many(&body, "a list of smartcards")
            }
            _ => Err(status_error(response, HINT_GENERAL).await),
        }
    }

    pub(super) async fn bind_call(
        &self,
        request: Uuid,
        card_id: Uuid,
        atr: &Atr,
    ) -> Result<Uuid, CmError> {
        let body = serde_json::json!({
            "requestid": request.to_string(),
            "cardid": card_id.to_string(),
            "atr": atr.to_hex(),
        });
        let post = self.http.post(self.url(&["smartcards"])).json(&body);
        let response = self.send(post).await?;
        match response.status() {
            StatusCode::NOT_FOUND => Err(self
                .not_found_or_disabled(format!("request {request}"))
                .await),
            s if s.is_success() => {
                let location = response
                    .headers()
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                let status = response.status();
                let body = self
                    .read_object(response, "the new smartcard's address")
                    .await?;
                let text = String::from_utf8_lossy(&body);
                if let Some(id) = smartcard_id_from_bind_answer(&text)
                    .or_else(|| location.as_deref().and_then(smartcard_id_from_uri))
                {
                    return Ok(id);
                }
                // Bound, but the answer does not say as what: ask the server,
                // and take only what its records tie to this card and request.
                tracing::info!(
                    "the bind answered HTTP {status} without naming a smartcard ({} bytes); asking the server",
                    text.len()
                );
                self.verified_smartcard(request, card_id)
                    .await
                    .ok_or(CmError::BindUnverified { request, card_id })
            }
            _ => Err(status_error(response, HINT_BIND).await),
        }
    }

    pub(super) async fn pin_call(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
    ) -> Result<PinOutcome, CmError> {
        let sc = smartcard.to_string();
        let rid = request.to_string();
        // The answer holds the PIN in clear in the connection's buffers
        // (hyper's, and rustls's under https), which a kept-alive connection
        // keeps until a later answer happens to overwrite them. Closed after
        // this call, they are freed, and so wiped by the zeroizing allocator.
        let get = |url| self.http.get(url).header(CONNECTION, "close");
        let mut response = self
            .send(get(self.pin_url(
                &["smartcards", &sc, "serverproposedpin"],
                card_id,
                atr,
                challenge,
            )))
            .await?;
        if response.status() == StatusCode::NOT_FOUND {
            let fallback = self.pin_url(
                &["requests", &rid, "smartcards", &sc, "serverproposedpin"],
                card_id,
                atr,
                challenge,
            );
            response = self.send(get(fallback)).await?;
        }
        match response.status() {
            StatusCode::NO_CONTENT => Ok(PinOutcome::CardholderChooses),
            StatusCode::NOT_FOUND => Err(self
                .not_found_or_disabled(format!("smartcard {smartcard}"))
                .await),
            s if s.is_success() => {
                let body = Zeroizing::new(
                    self.read_object(response, "the proposed PIN as a JSON string")
                        .await?,
                );
                parse_pin(&body).map(PinOutcome::Proposed)
            }
            _ => Err(status_error(response, HINT_PIN).await),
        }
    }

    pub(super) async fn authentication_response_call(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
        diversified: bool,
    ) -> Result<Zeroizing<Vec<u8>>, CmError> {
        let (rid, sc) = (request.to_string(), smartcard.to_string());
        let mut url = self.pin_url(
            &[
                "requests",
                &rid,
                "smartcards",
                &sc,
                "authenticationresponse",
            ],
            card_id,
            atr,
            challenge,
        );
        url.query_pairs_mut()
            .append_pair("diversified", if diversified { "True" } else { "False" });
        let expected = "the admin key's authentication response as a base64 JSON string";
        self.admin_key_secret(url, smartcard, expected).await
    }

    /// A smartcard's admin-key secret, which the server answers as a base64
    /// JSON string (an authentication response, the card's own admin key):
    /// 404 names the smartcard (or a disabled API), 204 is no answer.
    pub(super) async fn admin_key_secret(
        &self,
        url: Url,
        smartcard: Uuid,
        expected: &str,
    ) -> Result<Zeroizing<Vec<u8>>, CmError> {
        let response = self.send(self.http.get(url)).await?;
        match response.status() {
            StatusCode::NOT_FOUND => Err(self
                .not_found_or_disabled(format!("smartcard {smartcard}"))
                .await),
            StatusCode::NO_CONTENT => Err(CmError::UnexpectedResponse {
                expected: expected.to_owned(),
                got: "HTTP 204 with no body".to_owned(),
            }),
            s if s.is_success() => {
                let body = Zeroizing::new(self.read_object(response, expected).await?);
                parse_base64_string(&body, expected)
            }
            _ => Err(status_error(response, HINT_ADMIN_KEY).await),
        }
    }

    fn pin_url(&self, segments: &[&str], card_id: Uuid, atr: &Atr, challenge: &[u8]) -> Url {
        let mut url = self.url(segments);
        url.query_pairs_mut()
            .append_pair("atr", &atr.to_hex())
            .append_pair("cardid", &card_id.to_string())
            .append_pair(
                "challenge",
                &base64::engine::general_purpose::STANDARD.encode(challenge),
            );
        url
    }

    pub(super) async fn get_object<T: DeserializeOwned>(
        &self,
        segments: &[&str],
        what: &str,
    ) -> Result<T, CmError> {
        let response = self.send(self.http.get(self.url(segments))).await?;
        match response.status() {
            StatusCode::NO_CONTENT => Err(CmError::NotFound {
                what: what.to_owned(),
            }),
            StatusCode::NOT_FOUND => Err(self.not_found_or_disabled(what.to_owned()).await),
            s if s.is_success() => {
                let body = self.read_object(response, what).await?;
                let mut items: Vec<T> = parse_one_or_many(&body, what)?;
                items.pop().filter(|_| items.is_empty()).ok_or_else(|| {
                    CmError::UnexpectedResponse {
                        expected: format!("one {what}"),
                        got: "a list that is empty or holds several".to_owned(),
                    }
                })
            }
            _ => Err(status_error(response, HINT_GENERAL).await),
        }
    }

    /// After a bind whose answer named no smartcard: the smartcard the
    /// request now names, if its `SerialNumber` is this card and it is not
    /// retired. Anything less is a guess, and a guess would fetch some other
    /// card's PIN.
    async fn verified_smartcard(&self, request: Uuid, card_id: Uuid) -> Option<Uuid> {
        let named = self
            .get_request_call(request)
            .await
            .ok()?
            .new_smartcard_uuid?;
        let smartcard: Smartcard = self
            .get_object(
                &["smartcards", &named.to_string()],
                &format!("smartcard {named}"),
            )
            .await
            .ok()?;
        let verified = smartcard.uuid == named
            && smartcard.card_id() == Some(card_id)
            && smartcard.status != SmartcardStatus::Retired;
        verified.then_some(named)
    }

    /// A 404 on an object: the object is missing, unless every route 404s.
    pub(super) async fn not_found_or_disabled(&self, what: String) -> CmError {
        let mut probe = self.url(&["requests"]);
        probe.query_pairs_mut().append_pair("targetuser", "current");
        match self.send(self.http.get(probe)).await {
            Ok(r) if r.status() == StatusCode::NOT_FOUND => self.api_not_enabled(),
            _ => CmError::NotFound { what },
        }
    }

    fn api_not_enabled(&self) -> CmError {
        CmError::ApiNotEnabled {
            server: self.server_name(),
        }
    }

    /// One object's body (a request, a bind answer, a PIN), capped.
    pub(super) async fn read_object(
        &self,
        response: Response,
        expected: &str,
    ) -> Result<Vec<u8>, CmError> {
        read_capped(response, OBJECT_BODY_CAP, expected, &self.call_context()).await
    }

    /// What this client's errors name: the server and the time limit.
    pub(super) fn call_context(&self) -> CallContext {
        CallContext {
            server: self.server_name(),
            timeout: self.timeout,
        }
    }

    pub(super) fn server_name(&self) -> String {
        match self.base.port() {
            Some(port) => format!("{}:{port}", self.base.host_str().unwrap_or_default()),
            None => self.base.host_str().unwrap_or_default().to_owned(),
        }
    }

    pub(super) fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }
}
