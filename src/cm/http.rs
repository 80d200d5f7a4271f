//! Turning HTTP outcomes into `CmError`s: transport failures, status codes,
//! size-capped bodies and the server's error message.

use std::time::Duration;

use reqwest::{Response, StatusCode};

use super::address::RefusedRedirect;
use super::challenges::offered_schemes;
use super::decode::one_line;
use super::error::{CmError, correlation_id_in};
use super::listing::{ListReader, RequestListing};

/// Largest body we read for a list: 100,000 requests are about 100 MB.
pub(crate) const LIST_BODY_CAP: u64 = 256 * 1024 * 1024;
/// Largest body for one object, a bind answer or a PIN.
pub(crate) const OBJECT_BODY_CAP: u64 = 1024 * 1024;
/// Largest error body we look into for a message.
const ERROR_BODY_CAP: u64 = 64 * 1024;

/// What the errors of one call name: the server, and the call's time
/// limit, which a body that stops arriving mid-way runs into as surely as
/// an answer that never starts.
pub(crate) struct CallContext {
    pub(crate) server: String,
    pub(crate) timeout: Duration,
}

impl CallContext {
    fn timed_out(&self) -> CmError {
        CmError::Timeout {
            server: self.server.clone(),
            after: self.timeout,
        }
    }
}

/// Reads at most `cap` bytes; a longer body is an error, never a huge allocation.
pub(crate) async fn read_capped(
    response: Response,
    cap: u64,
    expected: &str,
    call: &CallContext,
) -> Result<Vec<u8>, CmError> {
    read_at_most(response, cap)
        .await
        .map_err(|fault| match fault {
            BodyFault::TooLarge => too_large(cap, expected),
            BodyFault::BrokeOff(error) => broke_off(expected, call)(error),
        })
}

enum BodyFault {
    TooLarge,
    BrokeOff(reqwest::Error),
}

async fn read_at_most(mut response: Response, cap: u64) -> Result<Vec<u8>, BodyFault> {
    if declares_more_than(&response, cap) {
        return Err(BodyFault::TooLarge);
    }
    // Sized from Content-Length when given, so a body is not copied (and,
    // with the zeroizing allocator, wiped) once per doubling; no more than
    // an object's worth up front, since a length can be a lie and a block
    // is wiped, every page of it, when freed.
    let expected_len = response.content_length().unwrap_or(0).min(OBJECT_BODY_CAP);
    let mut body = Vec::with_capacity(usize::try_from(expected_len).unwrap_or(0));
    while let Some(chunk) = response.chunk().await.map_err(BodyFault::BrokeOff)? {
        if (body.len() + chunk.len()) as u64 > cap {
            return Err(BodyFault::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A body said to be longer than `cap` is refused before a byte of it is read.
fn declares_more_than(response: &Response, cap: u64) -> bool {
    response.content_length().is_some_and(|length| length > cap)
}

/// Reads a list of requests, at most `cap` bytes of it, each element as
/// soon as it has arrived: a server that writes its list as it goes (or a
/// slow network) has most of it read by the time the last byte comes.
pub(crate) async fn read_listing(
    mut response: Response,
    cap: u64,
    call: &CallContext,
) -> Result<RequestListing, CmError> {
    const EXPECTED: &str = "a list of requests";
    let not_a_list = |got| CmError::UnexpectedResponse {
        expected: EXPECTED.to_owned(),
        got,
    };
    if declares_more_than(&response, cap) {
        return Err(too_large(cap, EXPECTED));
    }
    let mut reader = ListReader::new();
    let mut received: u64 = 0;
    while let Some(chunk) = response.chunk().await.map_err(broke_off(EXPECTED, call))? {
        received += chunk.len() as u64;
        if received > cap {
            return Err(too_large(cap, EXPECTED));
        }
        reader.feed(&chunk).map_err(not_a_list)?;
    }
    reader.finish().map_err(not_a_list)
}

/// A body that stopped: the call's time-out when it ran out of time (the
/// server stalled), otherwise a body that broke off.
fn broke_off<'a>(
    expected: &'a str,
    call: &'a CallContext,
) -> impl Fn(reqwest::Error) -> CmError + 'a {
    move |e| {
        if e.is_timeout() {
            return call.timed_out();
        }
        CmError::UnexpectedResponse {
            expected: expected.to_owned(),
            got: format!("a body that broke off while reading ({e})"),
        }
    }
}

fn too_large(cap: u64, expected: &str) -> CmError {
    CmError::UnexpectedResponse {
        expected: expected.to_owned(),
        got: format!("a body larger than {} MiB", cap / (1024 * 1024)),
    }
}

/// What the server said, in one short line: `{"Message": …}` as ASP.NET
/// sends it, a JSON string, or plain text.
pub(crate) async fn server_message(response: Response) -> String {
    let body = read_at_most(response, ERROR_BODY_CAP)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&body);
    let message = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(map)) => [
            "Message",
            "message",
            "ExceptionMessage",
            "error_description",
            "error",
        ]
        .iter()
        .find_map(|key| map.get(*key).and_then(|v| v.as_str()).map(str::to_owned))
        .unwrap_or_default(),
        Ok(serde_json::Value::String(s)) => s,
        _ if text.trim_start().starts_with('<') => String::new(), // an HTML error page says nothing useful
        _ => text.into_owned(),
    };
    one_line(&message, 300)
}

/// The errors every call shares; 404 is left to the caller, which knows
/// what was not found.
pub(crate) async fn status_error(response: Response, forbidden_hint: &'static str) -> CmError {
    let status = response.status();
    match status {
        StatusCode::UNAUTHORIZED => CmError::Unauthorized {
            offered: offered_schemes(response.headers()),
        },
        StatusCode::FORBIDDEN => CmError::Forbidden {
            message: server_message(response).await,
            hint: forbidden_hint,
        },
        StatusCode::BAD_REQUEST => CmError::BadRequest {
            message: server_message(response).await,
        },
        s if s.is_server_error() => {
            let message = server_message(response).await;
            CmError::ServerError {
                status: s.as_u16(),
                correlation_id: correlation_id_in(&message),
                message,
            }
        }
        other => CmError::UnexpectedResponse {
            expected: "a success status".to_owned(),
            got: format!("HTTP {other}"),
        },
    }
}

/// A failure before any status code: connection, TLS, a refused redirect
/// or time-out.
pub(crate) fn transport_error(error: reqwest::Error, call: &CallContext) -> CmError {
    let server = call.server.clone();
    if let Some(tls) = cause::<rustls::Error>(&error) {
        return CmError::Tls {
            server,
            detail: tls_words(tls),
        };
    }
    if let Some(refused) = cause::<RefusedRedirect>(&error) {
        return CmError::InsecureRedirect {
            server,
            to: refused.to.clone(),
        };
    }
    if error.is_timeout() {
        return call.timed_out();
    }
    CmError::Unreachable {
        server,
        detail: innermost_words(&error),
    }
}

/// The error of type `T` somewhere in the chain.
fn cause<'a, T: std::error::Error + 'static>(
    error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<T>() {
            return Some(found);
        }
        // io::Error hides its payload from `source()` (and hyper nests them),
        // so look inside it rather than past it.
        current = match e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => e.source(),
        };
    }
    None
}

fn tls_words(error: &rustls::Error) -> String {
    use rustls::CertificateError as C;
    match error {
        rustls::Error::InvalidCertificate(cert) => match cert {
            C::UnknownIssuer => {
                "the server's certificate was issued by a CA this computer does not trust"
                    .to_owned()
            }
            C::Expired | C::ExpiredContext { .. } => {
                "the server's certificate has expired".to_owned()
            }
            C::NotValidForName | C::NotValidForNameContext { .. } => {
                "the server's certificate is not valid for this server name".to_owned()
            }
            C::Revoked => "the server's certificate has been revoked".to_owned(),
            other => format!("the server's certificate was rejected ({other:?})"),
        },
        other => other.to_string(),
    }
}

fn innermost_words(error: &(dyn std::error::Error + 'static)) -> String {
    let mut current = error;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}
