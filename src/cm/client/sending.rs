//! Every call goes out here: with the configured credentials and, when the
//! server answers 401 offering Negotiate, once more with a Kerberos token
//! whose answer proves the server (mutual authentication).

use reqwest::header::ACCEPT;
use reqwest::{RequestBuilder, Response, StatusCode};

use super::Client;
use crate::cm::CmError;
use crate::cm::auth::{AuthError, SignedIn, token_user};
use crate::cm::challenges::offered_schemes;
use crate::cm::http::transport_error;

impl Client {
    /// Sends with the configured credentials and, when the server answers
    /// 401 offering Negotiate, once more with a Kerberos token. A trainee
    /// desk's calls come through `send`, which adds the desk key first.
    pub(super) async fn send_signed_in(
        &self,
        request: RequestBuilder,
    ) -> Result<Response, CmError> {
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

    /// Signs in with Negotiate: one round trip for Kerberos, two for NTLM
    /// (the server's 401 then carries its challenge).
    #[cfg(all(feature = "negotiate", any(unix, windows)))]
    async fn negotiate(&self, retry: RequestBuilder) -> Result<Response, CmError> {
        use crate::cm::negotiate::{Initiator, MAX_LEGS};
        use base64::Engine;
        use base64::engine::general_purpose::STANDARD;
        use reqwest::header::AUTHORIZATION;
        let host = self.base.host_str().unwrap_or_default();
        let (mut initiator, mut token) = Initiator::start(host)?;
        let mut request = retry;
        for leg in 1..=MAX_LEGS {
            let next = request.try_clone();
            let header = format!("Negotiate {}", STANDARD.encode(&token));
            let response = self.transmit(request.header(AUTHORIZATION, header)).await?;
            let server_token = server_token(&response);
            if response.status() == StatusCode::UNAUTHORIZED {
                let rejected = AuthError::Rejected {
                    spn: initiator.spn().to_owned(),
                };
                let (Some(server_token), Some(next), true) = (server_token, next, leg < MAX_LEGS)
                else {
                    return Err(rejected.into());
                };
                // A mechanism that cannot answer the server's token is refused.
                token = match initiator.step(&server_token) {
                    Ok(Some(token)) => token,
                    Ok(None) | Err(_) => return Err(rejected.into()),
                };
                request = next;
                continue;
            }
            if response.status().is_success() {
                self.signed_in
                    .set(initiator.finish(server_token.as_deref())?);
            }
            return Ok(response);
        }
        Err(AuthError::Rejected {
            spn: initiator.spn().to_owned(),
        }
        .into())
    }

    #[cfg(not(all(feature = "negotiate", any(unix, windows))))]
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

/// The server's Negotiate token in an answer, decoded; an undecodable one
/// is kept as empty so the mechanism refuses it.
#[cfg(all(feature = "negotiate", any(unix, windows)))]
fn server_token(response: &Response) -> Option<Vec<u8>> {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    response
        .headers()
        .get_all(reqwest::header::WWW_AUTHENTICATE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(crate::cm::negotiate::token_in)
        .map(|token| STANDARD.decode(token).unwrap_or_default())
}
