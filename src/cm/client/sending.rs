//! Every call goes out here: with the configured credentials and, when the
//! server answers 401 offering Negotiate, once more with a Kerberos token
//! whose answer proves the server (mutual authentication).

use reqwest::header::{ACCEPT, AUTHORIZATION, WWW_AUTHENTICATE};

use reqwest::{RequestBuilder, Response, StatusCode};

use super::Client;
use crate::cm::CmError;
use crate::cm::auth::{AuthError, SignedIn, negotiate_token, token_user};
use crate::cm::challenges::offered_schemes;
use crate::cm::http::transport_error;

impl Client {
    /// Sends with the configured credentials and, when the server answers
    /// 401 offering Negotiate, once more with a Kerberos token.
    pub(super) async fn send(&self, request: RequestBuilder) -> Result<Response, CmError> {
        let request = request.header(ACCEPT, "application/json");
        // Cloned before any credential goes in: a Negotiate retry sends only its own.
        let retry = request.try_clone();
        let bearer = self.token.as_ref().filter(|_| self.auth.sends_bearer());
        let request = match bearer {
            Some(token) => request.bearer_auth(token.as_str()),
            None => request,
        };
        let response = self.transmit(request).await?;
        if response.status() == StatusCode::UNAUTHORIZED {
            let offers_negotiate = offered_schemes(response.headers())
                .iter()
                .any(|scheme| scheme.eq_ignore_ascii_case("Negotiate"));
            if let (true, true, Some(retry)) = (self.auth.may_negotiate(), offers_negotiate, retry)
            {
                return self.negotiate(retry).await;
            }
        } else if response.status().is_success() {
            match bearer {
                Some(token) => self.signed_in.set(SignedIn::BearerToken {
                    user: token_user(token),
                }),
                None if self.signed_in.get().is_none() => self.signed_in.set(SignedIn::Anonymous),
                None => {}
            }
        }
        Ok(response)
    }

    #[cfg(all(feature = "negotiate", unix))]
    async fn negotiate(&self, retry: RequestBuilder) -> Result<Response, CmError> {
        use base64::Engine;
        use base64::engine::general_purpose::STANDARD;
        let host = self.base.host_str().unwrap_or_default();
        let (mut initiator, token) = crate::cm::negotiate::Initiator::start(host)?;
        let header = format!("Negotiate {}", STANDARD.encode(token));
        let response = self.transmit(retry.header(AUTHORIZATION, header)).await?;
        if response.status() == StatusCode::UNAUTHORIZED {
            return Err(AuthError::Rejected {
                spn: initiator.spn().to_owned(),
            }
            .into());
        }
        if response.status().is_success() {
            let server_token = response
                .headers()
                .get_all(WWW_AUTHENTICATE)
                .iter()
                .filter_map(|value| value.to_str().ok())
                .find_map(negotiate_token)
                .map(|token| STANDARD.decode(token).unwrap_or_default());
            initiator.finish(server_token.as_deref())?;
            self.signed_in.set(SignedIn::Kerberos {
                principal: initiator.principal().to_owned(),
            });
        }
        Ok(response)
    }

    #[cfg(not(all(feature = "negotiate", unix)))]
    async fn negotiate(&self, _retry: RequestBuilder) -> Result<Response, CmError> {
        Err(AuthError::KerberosNotBuilt.into())
    }

    pub(super) async fn transmit(&self, request: RequestBuilder) -> Result<Response, CmError> {
        request
            .send()
            .await
            .map_err(|e| transport_error(e, &self.server_name(), self.timeout))
    }
}
