//! The blocking CM REST client. One `reqwest` client (one connection pool,
//! one cookie jar for the server's session cookie) serves every call; it is
//! meant to live on a background thread, never the UI thread.

use std::path::PathBuf;
use std::time::Duration;

use base64::Engine;
use reqwest::StatusCode;
use reqwest::header::LOCATION;
use serde::de::DeserializeOwned;
use url::Url;
use uuid::Uuid;
use zeroize::Zeroizing;

mod sending;

use super::address::{api_base, is_loopback};
use super::auth::{AuthError, AuthMethod, SignInWatch};
use super::bind_uri::{smartcard_id_from_bind_answer, smartcard_id_from_uri};
use super::decode::{parse_base64_string, parse_one_or_many, parse_pin, read_ca_file};
use super::enums::{RequestStatus, SmartcardStatus};
use super::error::CmError;
use super::http::{LIST_BODY_CAP, OBJECT_BODY_CAP, read_capped, status_error};
use super::types::{Request, Smartcard};
use crate::ids::Atr;
use crate::pin::PinOutcome;

/// Where the CM server is and how to reach it: the one server configuration
/// from the command line or the settings through the desk to the client.
#[derive(Clone, PartialEq)]
pub struct ClientConfig {
    /// What the officer typed: `https://cm.example.org` or a fuller URL.
    pub server: String,
    /// How to sign in; see `AuthMethod`.
    pub auth: AuthMethod,
    /// OAuth bearer token (ADFS), sent as `Authorization: Bearer`.
    pub token: Option<Zeroizing<String>>,
    /// A PEM file with extra CA certificates to trust besides the system's.
    pub ca_file: Option<PathBuf>,
    pub connect_timeout: Duration,
    /// Limit for a whole call, connect to last byte.
    pub timeout: Duration,
}

/// Limits unless told otherwise: a call may take 30 s, connecting 10 s of it.
const TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl ClientConfig {
    /// Automatic sign-in, no token, the system's CAs and the usual limits.
    pub fn new(server: impl Into<String>) -> Self {
        Self {
            server: server.into(),
            auth: AuthMethod::Auto,
            token: None,
            ca_file: None,
            connect_timeout: CONNECT_TIMEOUT,
            timeout: TIMEOUT,
        }
    }

    /// Bounds every call by `timeout` (at least a second); connecting gets
    /// no longer than that either.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout.max(Duration::from_secs(1));
        self.connect_timeout = CONNECT_TIMEOUT.min(self.timeout);
        self
    }

    /// How the desk presents itself to the server, for the status bar.
    pub fn sign_in_words(&self) -> &'static str {
        match (self.auth, self.token.is_some()) {
            (AuthMethod::Auto, true) => "bearer token, or Kerberos if asked",
            (AuthMethod::Auto, false) => "Kerberos if asked",
            (AuthMethod::Negotiate, _) => "Kerberos",
            (AuthMethod::Bearer, _) => "bearer token",
            (AuthMethod::None, _) => "no credentials",
        }
    }
}

/// The token is never shown.
impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("server", &self.server)
            .field("auth", &self.auth)
            .field("token", &self.token.as_ref().map(|_| "[set]"))
            .field("ca_file", &self.ca_file)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// Which requests to list; `Default` lists all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestFilter {
    pub status: Option<RequestStatus>,
    /// `targetuser=current`: only requests for the signed-in user.
    pub current_user_only: bool,
}

const HINT_GENERAL: &str = "Ask the CM administrator for the permission this needs";
const HINT_BIND: &str = "The request may already have a card, or may not be approved yet; refresh the list and check its status";
const HINT_PIN: &str = "Reading a proposed PIN needs membership in the CM group allowed sensitive operations; ask the CM administrator";
const HINT_ADMIN_KEY: &str = "Admin-key calls need membership in the CM group allowed sensitive operations; ask the CM administrator";

pub struct Client {
    http: reqwest::blocking::Client,
    base: Url,
    auth: AuthMethod,
    token: Option<Zeroizing<String>>,
    signed_in: SignInWatch,
    timeout: Duration,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, CmError> {
        let base = api_base(&config.server)?;
        if config.auth == AuthMethod::Bearer && config.token.is_none() {
            return Err(AuthError::BearerWithoutToken.into());
        }
        let mut builder = reqwest::blocking::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                // Never follow a redirect that would drop https.
                if attempt.previous().len() >= 5 {
                    attempt.error("too many redirects")
                } else if attempt.url().scheme() == "https" || is_loopback(attempt.url()) {
                    attempt.follow()
                } else {
                    attempt.error("redirect to plain http refused")
                }
            }))
            .user_agent(concat!("enroll-desk/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = &config.ca_file {
            builder = builder.tls_certs_merge(read_ca_file(path)?);
        }
        let http = builder.build().map_err(|e| CmError::InvalidServerUrl {
            url: config.server.clone(),
            reason: format!("the HTTP client could not start ({e})"),
        })?;
        Ok(Self {
            http,
            base,
            auth: config.auth,
            token: config.token,
            signed_in: SignInWatch::default(),
            timeout: config.timeout,
        })
    }

    /// Who the server has accepted so far; updated as calls succeed.
    pub fn sign_in_watch(&self) -> SignInWatch {
        self.signed_in.clone()
    }

    pub fn list_requests(&self, filter: RequestFilter) -> Result<Vec<Request>, CmError> {
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
        let response = self.send(self.http.get(url))?;
        match response.status() {
            StatusCode::NO_CONTENT => Ok(Vec::new()),
            // The list route exists whenever the API is on, so 404 here means it is off.
            StatusCode::NOT_FOUND => Err(self.api_not_enabled()),
            s if s.is_success() => {
                let body = read_capped(response, LIST_BODY_CAP, "a list of requests")?;
                parse_one_or_many(&body, "a list of requests")
            }
            _ => Err(status_error(response, HINT_GENERAL)),
        }
    }

    pub fn get_request(&self, id: Uuid) -> Result<Request, CmError> {
        self.get_object(&["requests", &id.to_string()], &format!("request {id}"))
    }

    pub fn get_smartcard(&self, id: Uuid) -> Result<Smartcard, CmError> {
        self.get_object(&["smartcards", &id.to_string()], &format!("smartcard {id}"))
    }

    /// `GET smartcards?cardid=`: the smartcards the server knows for a card.
    pub fn find_smartcards(&self, card_id: Uuid) -> Result<Vec<Smartcard>, CmError> {
        let mut url = self.url(&["smartcards"]);
        url.query_pairs_mut()
            .append_pair("cardid", &card_id.to_string());
        let response = self.send(self.http.get(url))?;
        match response.status() {
            StatusCode::NO_CONTENT => Ok(Vec::new()),
            StatusCode::NOT_FOUND => {
                Err(self.not_found_or_disabled(format!("a smartcard for card {card_id}")))
            }
            s if s.is_success() => {
                let body = read_capped(response, OBJECT_BODY_CAP, "a list of smartcards")?;
                parse_one_or_many(&body, "a list of smartcards")
            }
            _ => Err(status_error(response, HINT_GENERAL)),
        }
    }

    /// `POST smartcards`: binds the card to the request and returns the new
    /// smartcard's id, which the PIN call needs.
    pub fn bind_card(&self, request: Uuid, card_id: Uuid, atr: &Atr) -> Result<Uuid, CmError> {
        let body = serde_json::json!({
            "requestid": request.to_string(),
            "cardid": card_id.to_string(),
            "atr": atr.to_hex(),
        });
        let post = self.http.post(self.url(&["smartcards"])).json(&body);
        let response = self.send(post)?;
        match response.status() {
            StatusCode::NOT_FOUND => Err(self.not_found_or_disabled(format!("request {request}"))),
            s if s.is_success() => {
                let location = response
                    .headers()
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                let status = response.status();
                let body = read_capped(response, OBJECT_BODY_CAP, "the new smartcard's address")?;
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
                    .ok_or(CmError::BindUnverified { request, card_id })
            }
            _ => Err(status_error(response, HINT_BIND)),
        }
    }

    /// Asks for the server-proposed PIN: the documented route first and, on
    /// 404, the form in the service's own route table.
    pub fn server_proposed_pin(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
    ) -> Result<PinOutcome, CmError> {
        let sc = smartcard.to_string();
        let rid = request.to_string();
        let mut response = self.send(self.http.get(self.pin_url(
            &["smartcards", &sc, "serverproposedpin"],
            card_id,
            atr,
            challenge,
        )))?;
        if response.status() == StatusCode::NOT_FOUND {
            let fallback = self.pin_url(
                &["requests", &rid, "smartcards", &sc, "serverproposedpin"],
                card_id,
                atr,
                challenge,
            );
            response = self.send(self.http.get(fallback))?;
        }
        match response.status() {
            StatusCode::NO_CONTENT => Ok(PinOutcome::CardholderChooses),
            StatusCode::NOT_FOUND => {
                Err(self.not_found_or_disabled(format!("smartcard {smartcard}")))
            }
            s if s.is_success() => {
                let body = Zeroizing::new(read_capped(
                    response,
                    OBJECT_BODY_CAP,
                    "the proposed PIN as a JSON string",
                )?);
                parse_pin(&body).map(PinOutcome::Proposed)
            }
            _ => Err(status_error(response, HINT_PIN)),
        }
    }

    /// `requests/{rid}/smartcards/{id}/authenticationresponse`: the response
    /// that authenticates the card's admin key for the `challenge` the card
    /// gave (its `9B` witness), from the key the server keeps for the card
    /// (`diversified`: the per-card key of a template that diversifies).
    pub fn authentication_response(
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
        let response = self.send(self.http.get(url))?;
        let expected = "the admin key's authentication response as a base64 JSON string";
        match response.status() {
            StatusCode::NOT_FOUND => {
                Err(self.not_found_or_disabled(format!("smartcard {smartcard}")))
            }
            StatusCode::NO_CONTENT => Err(CmError::UnexpectedResponse {
                expected: expected.to_owned(),
                got: "HTTP 204 with no body".to_owned(),
            }),
            s if s.is_success() => {
                let body = Zeroizing::new(read_capped(response, OBJECT_BODY_CAP, expected)?);
                parse_base64_string(&body, expected)
            }
            _ => Err(status_error(response, HINT_ADMIN_KEY)),
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

    fn get_object<T: DeserializeOwned>(&self, segments: &[&str], what: &str) -> Result<T, CmError> {
        let response = self.send(self.http.get(self.url(segments)))?;
        match response.status() {
            StatusCode::NO_CONTENT => Err(CmError::NotFound {
                what: what.to_owned(),
            }),
            StatusCode::NOT_FOUND => Err(self.not_found_or_disabled(what.to_owned())),
            s if s.is_success() => {
                let body = read_capped(response, OBJECT_BODY_CAP, what)?;
                let mut items: Vec<T> = parse_one_or_many(&body, what)?;
                items.pop().filter(|_| items.is_empty()).ok_or_else(|| {
                    CmError::UnexpectedResponse {
                        expected: format!("one {what}"),
                        got: "a list that is empty or holds several".to_owned(),
                    }
                })
            }
            _ => Err(status_error(response, HINT_GENERAL)),
        }
    }

    /// After a bind whose answer named no smartcard: the smartcard the
    /// request now names, if its `SerialNumber` is this card and it is not
    /// retired. Anything less is a guess, and a guess would fetch some other
    /// card's PIN.
    fn verified_smartcard(&self, request: Uuid, card_id: Uuid) -> Option<Uuid> {
        let named = self.get_request(request).ok()?.new_smartcard_uuid?;
        let smartcard = self.get_smartcard(named).ok()?;
        let verified = smartcard.uuid == named
            && smartcard.card_id() == Some(card_id)
            && smartcard.status != SmartcardStatus::Retired;
        verified.then_some(named)
    }

    /// A 404 on an object: the object is missing, unless every route 404s.
    fn not_found_or_disabled(&self, what: String) -> CmError {
        let mut probe = self.url(&["requests"]);
        probe.query_pairs_mut().append_pair("targetuser", "current");
        match self.send(self.http.get(probe)) {
            Ok(r) if r.status() == StatusCode::NOT_FOUND => self.api_not_enabled(),
            _ => CmError::NotFound { what },
        }
    }

    fn api_not_enabled(&self) -> CmError {
        CmError::ApiNotEnabled {
            server: self.server_name(),
        }
    }

    fn server_name(&self) -> String {
        match self.base.port() {
            Some(port) => format!("{}:{port}", self.base.host_str().unwrap_or_default()),
            None => self.base.host_str().unwrap_or_default().to_owned(),
        }
    }

    fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }
}
