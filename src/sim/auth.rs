//! How the simulator asks callers to sign in: not at all, with a bearer
//! token, with Kerberos through HTTP Negotiate (tokens checked against the
//! keytab named by `KRB5_KTNAME`, then a session cookie, as a CM site behind
//! IIS Windows Authentication does), or only with schemes the desk does not
//! speak.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::Sim;

#[derive(Debug, Clone, Default, PartialEq)]
pub enum SimAuth {
    #[default]
    Open,
    /// Every call needs `Authorization: Bearer <token>`.
    Bearer(String),
    /// Kerberos via Negotiate; afterwards the session cookie is enough.
    Negotiate,
    /// Every call is answered 401 offering these schemes (e.g. NTLM, Basic).
    Unsupported(Vec<String>),
    /// A fault: asks for Negotiate but takes any token unchecked and proves
    /// nothing back, as a server posing as the CM server would.
    Impostor,
}

const SESSION_COOKIE: &str = "CMSession";

/// A caller let through, and what the answer must carry for it.
pub(super) struct Admitted {
    pub who: String,
    pub how: &'static str,
    pub headers: Vec<(header::HeaderName, HeaderValue)>,
}

impl Admitted {
    fn plain(who: &str, how: &'static str) -> Self {
        Self {
            who: who.to_owned(),
            how,
            headers: Vec::new(),
        }
    }
}

/// Lets the call through or answers it with 401.
pub(super) async fn admit(sim: &Sim, headers: &HeaderMap) -> Result<Admitted, Response> {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    match &sim.auth {
        SimAuth::Open => Ok(Admitted::plain("anonymous", "no sign-in")),
        SimAuth::Bearer(token) => {
            let given = authorization.strip_prefix("Bearer ");
            if given == Some(token.as_str()) {
                Ok(Admitted::plain("token holder", "bearer token"))
            } else {
                Err(unauthorized(&["Bearer realm=\"CertificateManagement\""]))
            }
        }
        SimAuth::Unsupported(schemes) => {
            let schemes: Vec<&str> = schemes.iter().map(String::as_str).collect();
            Err(unauthorized(&schemes))
        }
        SimAuth::Impostor => match authorization.split_once(' ') {
            Some((scheme, _)) if scheme.eq_ignore_ascii_case("Negotiate") => {
                Ok(Admitted::plain("anyone", "unchecked Kerberos"))
            }
            _ => Err(unauthorized(&["Negotiate"])),
        },
        SimAuth::Negotiate => {
            if let Some(who) = session_of(sim, headers) {
                return Ok(Admitted::plain(&who, "session cookie"));
            }
            match authorization.split_once(' ') {
                Some((scheme, token)) if scheme.eq_ignore_ascii_case("Negotiate") => {
                    negotiate(sim, token.trim()).await
                }
                // As IIS with Windows Authentication: Negotiate, then NTLM.
                _ => Err(unauthorized(&["Negotiate", "NTLM"])),
            }
        }
    }
}

/// Accepts a Kerberos token: a session cookie and the mutual-authentication
/// answer go back with the reply.
async fn negotiate(sim: &Sim, token: &str) -> Result<Admitted, Response> {
    let Ok(token) = STANDARD.decode(token) else {
        return Err(unauthorized(&["Negotiate"]));
    };
    let accepted = tokio::task::spawn_blocking(move || acceptor::accept(&token))
        .await
        .unwrap_or_else(|_| Err("the Kerberos check panicked".to_owned()));
    let (who, answer) = match accepted {
        Ok(accepted) => accepted,
        Err(reason) => {
            tracing::warn!("simulator: a Kerberos token was refused: {reason}");
            return Err(unauthorized(&["Negotiate"]));
        }
    };
    let session = uuid::Uuid::new_v4().to_string();
    sim.sessions().insert(session.clone(), who.clone());
    let mut admitted = Admitted::plain(&who, "Kerberos");
    let cookie = format!("{SESSION_COOKIE}={session}; Path=/; HttpOnly");
    if let Ok(cookie) = HeaderValue::from_str(&cookie) {
        admitted.headers.push((header::SET_COOKIE, cookie));
    }
    if let Some(answer) = answer {
        let value = format!("Negotiate {}", STANDARD.encode(answer));
        if let Ok(value) = HeaderValue::from_str(&value) {
            admitted.headers.push((header::WWW_AUTHENTICATE, value));
        }
    }
    Ok(admitted)
}

fn session_of(sim: &Sim, headers: &HeaderMap) -> Option<String> {
    let cookies = headers.get_all(header::COOKIE);
    let session = cookies
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(SESSION_COOKIE)?.strip_prefix('='))?;
    sim.sessions().get(session).cloned()
}

fn unauthorized(offers: &[&str]) -> Response {
    let mut response = (
        StatusCode::UNAUTHORIZED,
        axum::Json(serde_json::json!({
            "Message": "Authorization has been denied for this request."
        })),
    )
        .into_response();
    for offer in offers {
        if let Ok(value) = HeaderValue::from_str(offer) {
            response
                .headers_mut()
                .append(header::WWW_AUTHENTICATE, value);
        }
    }
    response
}

#[cfg(all(feature = "negotiate", unix))]
mod acceptor {
    use libgssapi::context::{SecurityContext, ServerCtx};

    /// Checks the client's token with this process's keytab: the caller's
    /// principal, and the answer token that proves us to the client.
    pub(super) fn accept(token: &[u8]) -> Result<(String, Option<Vec<u8>>), String> {
        let mut ctx = ServerCtx::new(None);
        let answer = ctx.step(token, None).map_err(|e| e.to_string())?;
        if !ctx.is_complete() {
            return Err(
                "the exchange needs another round, which this simulator does not do".into(),
            );
        }
        let who = ctx.source_name().map_err(|e| e.to_string())?.to_string();
        Ok((who, answer.map(|a| a.to_vec())))
    }
}

#[cfg(not(all(feature = "negotiate", unix)))]
mod acceptor {
    pub(super) fn accept(_token: &[u8]) -> Result<(String, Option<Vec<u8>>), String> {
        Err("this build has no Kerberos support (cargo feature \"negotiate\")".to_owned())
    }
}
