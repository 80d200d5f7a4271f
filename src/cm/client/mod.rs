//! The CM REST client. Its calls block the calling thread, which is meant to
//! be a background one (the worker, the CLI), never the UI thread. Inside,
//! one `reqwest` async client (one connection pool, one cookie jar for the
//! server's session cookie) runs on a current-thread runtime the client owns:
//! the calling thread drives every request and body chunk itself, with no
//! hand-over to a runtime thread and back, as the blocking client did.

use std::path::PathBuf;
use std::time::Duration;

use url::Url;
use uuid::Uuid;
use zeroize::Zeroizing;

mod beside_api;
mod calls;
mod enrollment_calls;
mod probe;
mod sending;
mod trainee;

/// Who a classroom call speaks as.
pub(crate) use beside_api::As;
pub use enrollment_calls::FinalStatus;
pub use probe::ServerAnswer;

/// The 403 hints, so the officer's language can choose its own words for them.
pub(crate) use calls::{HINT_ADMIN_KEY, HINT_BIND, HINT_PIN};

use super::address::{RefusedRedirect, api_base, may_redirect};
use super::auth::{AuthError, AuthMethod, SignInWatch};
use super::decode::read_ca_file;
use super::enums::RequestStatus;
use super::error::CmError;
use super::listing::RequestListing;
use super::types::{Request, Smartcard};
use crate::ids::Atr;
use crate::pin::PinOutcome;
use crate::training::trainee::TraineeDesk;

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
    /// Training: this desk's place in a classroom. The client joins the
    /// simulator before its first call and sends the desk key it was given
    /// on every call, so the simulator lists this desk's own lesson requests.
    pub trainee_desk: Option<TraineeDesk>,
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
            trainee_desk: None,
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
            .field("trainee_desk", &self.trainee_desk)
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

pub struct Client {
    http: reqwest::Client,
    base: Url,
    auth: AuthMethod,
    token: Option<Zeroizing<String>>,
    signed_in: SignInWatch,
    timeout: Duration,
    /// Training: the desk whose key every call carries.
    trainee: Option<TraineeDesk>,
    /// Drives `http`'s calls on the thread that makes them. Declared last so
    /// it is dropped last, after the connections that live on it.
    runtime: tokio::runtime::Runtime,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, CmError> {
        let base = api_base(&config.server)?;
        if config.auth == AuthMethod::Bearer && config.token.is_none() {
            return Err(AuthError::BearerWithoutToken.into());
        }
        crate::tls::use_ring();
        let mut builder = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                if attempt.previous().len() >= 5 {
                    attempt.error("too many redirects")
                } else if may_redirect(attempt.previous(), attempt.url()) {
                    attempt.follow()
                } else {
                    let refused = RefusedRedirect::to(attempt.url());
                    attempt.error(refused)
                }
            }))
            .user_agent(concat!("enroll-desk/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = &config.ca_file {
            builder = builder.tls_certs_merge(read_ca_file(path)?);
        }
        let cannot_start = |e: &dyn std::fmt::Display| CmError::InvalidServerUrl {
            url: config.server.clone(),
            reason: format!("the HTTP client could not start ({e})"),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| cannot_start(&e))?;
        let http = {
            let _inside = runtime.enter();
            builder.build().map_err(|e| cannot_start(&e))?
        };
        Ok(Self {
            runtime,
            http,
            base,
            auth: config.auth,
            token: config.token,
            signed_in: SignInWatch::default(),
            timeout: config.timeout,
            trainee: config.trainee_desk,
        })
    }

    /// Who the server has accepted so far; updated as calls succeed.
    pub fn sign_in_watch(&self) -> SignInWatch {
        self.signed_in.clone()
    }

    /// The requests the server lists; those the desk cannot read are left out.
    pub fn list_requests(&self, filter: RequestFilter) -> Result<Vec<Request>, CmError> {
        self.request_listing(filter).map(|listing| listing.requests)
    }

    /// The requests the server lists, and those it could not read, named.
    pub fn request_listing(&self, filter: RequestFilter) -> Result<RequestListing, CmError> {
        self.run(self.list_call(filter))
    }

    pub fn get_request(&self, id: Uuid) -> Result<Request, CmError> {
        self.run(self.get_request_call(id))
    }

    pub fn get_smartcard(&self, id: Uuid) -> Result<Smartcard, CmError> {
        self.run(self.get_object(&["smartcards", &id.to_string()], &format!("smartcard {id}")))
    }

    /// `GET smartcards?cardid=`: the smartcards the server knows for a card.
    pub fn find_smartcards(&self, card_id: Uuid) -> Result<Vec<Smartcard>, CmError> {
        self.run(self.find_smartcards_call(card_id))
    }

    /// `POST smartcards`: binds the card to the request and returns the new
    /// smartcard's id, which the PIN call needs.
    pub fn bind_card(&self, request: Uuid, card_id: Uuid, atr: &Atr) -> Result<Uuid, CmError> {
        self.run(self.bind_call(request, card_id, atr))
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
        self.run(self.pin_call(request, smartcard, card_id, atr, challenge))
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
        self.run(self.authentication_response_call(
            request,
            smartcard,
            card_id,
            atr,
            challenge,
            diversified,
        ))
    }

    /// `profiletemplates/{pt}/configuration/smartcards`: the admin key a
    /// blank card has, and whether each card gets its own.
    pub fn smartcard_policy(&self, template: Uuid) -> Result<crate::cm::SmartcardPolicy, CmError> {
        self.run(self.smartcard_policy_call(template))
    }

    /// `requests/{rid}/smartcards/{scid}/diversifiedkey`: the card's own
    /// admin key (a secret: zeroized, never shown).
    pub fn diversified_key(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
    ) -> Result<crate::card::admin_key::AdminKey, CmError> {
        self.run(self.diversified_key_call(request, smartcard, card_id, atr))
    }

    /// `requests/{rid}/certificaterequestgenerationoptions`.
    pub fn certificate_options(
        &self,
        request: Uuid,
    ) -> Result<Vec<crate::cm::CertificateRequestOptions>, CmError> {
        self.run(self.certificate_options_call(request))
    }

    /// `POST requests/{rid}/certificatedata` with DER certificate requests.
    pub fn certificate_data(
        &self,
        request: Uuid,
        certificate_requests: &[Vec<u8>],
    ) -> Result<Vec<crate::cm::CertificateAnswer>, CmError> {
        self.run(self.certificate_data_call(request, certificate_requests))
    }

    /// `PUT requests/{rid}` with a final status; the request as the server
    /// answers it, when it does.
    pub fn set_request_status(
        &self,
        request: Uuid,
        status: FinalStatus,
    ) -> Result<Option<Request>, CmError> {
        self.run(self.set_status_call(request, status))
    }

    /// Runs one call to its end on this thread.
    fn run<T>(&self, call: impl Future<Output = Result<T, CmError>>) -> Result<T, CmError> {
        // A runtime cannot be driven from inside another's task: say so
        // rather than panic (a caller on an async task must not block anyway).
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(CmError::Unreachable {
                server: self.server_name(),
                detail: "the client was called from inside an asynchronous task, where it must not block".to_owned(),
            });
        }
        // The runtime stands still between calls, so a kept-alive connection
        // the server closed meanwhile (servers and proxies close idle ones
        // after seconds to minutes) still looks open to the pool, and the
        // next call would be sent on it and fail. A turn of the runtime
        // first reads the sockets' news and lets the connections act on it,
        // so the pool skips a closed one (one turn was enough in the test
        // of this; two for a margin, a few microseconds).
        self.runtime.block_on(async {
            tokio::task::yield_now().await;
            tokio::task::yield_now().await;
        });
        self.runtime.block_on(call)
    }
}
