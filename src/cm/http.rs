//! Turning HTTP outcomes into `CmError`s: transport failures, status codes,
//! size-capped bodies and the server's error message.

use reqwest::{Response, StatusCode};

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

/// Reads at most `cap` bytes; a longer body is an error, never a huge allocation.
pub(crate) async fn read_capped(
    mut response: Response,
    cap: u64,
    expected: &str,
) -> Result<Vec<u8>, CmError> {
    // Sized from Content-Length when given, so a body is not copied (and,
    // with the zeroizing allocator, wiped) once per doubling.
    let expected_len = response.content_length().unwrap_or(0).min(cap + 1);
    let mut body = Vec::with_capacity(usize::try_from(expected_len).unwrap_or(0));
    while let Some(chunk) = response.chunk().await.map_err(broke_off(expected))? {
        if (body.len() + chunk.len()) as u64 > cap {
            return Err(too_large(cap, expected));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Reads a list of requests, at most `cap` bytes of it, each element as
/// soon as it has arrived: a server that writes its list as it goes (or a
/// slow network) has most of it read by the time the last byte comes.
pub(crate) async fn read_listing(
    mut response: Response,
    cap: u64,
) -> Result<RequestListing, CmError> {
    const EXPECTED: &str = "a list of requests";
    let not_a_list = |got| CmError::UnexpectedResponse {
        expected: EXPECTED.to_owned(),
        got,
    };
    let mut reader = ListReader::new();
    let mut received: u64 = 0;
    while let Some(chunk) = response.chunk().await.map_err(broke_off(EXPECTED))? {
        received += chunk.len() as u64;
        if received > cap {
            return Err(too_large(cap, EXPECTED));
        }
        reader.feed(&chunk).map_err(not_a_list)?;
    }
    reader.finish().map_err(not_a_list)
}

fn broke_off(expected: &str) -> impl Fn(reqwest::Error) -> CmError + '_ {
    move |e| CmError::UnexpectedResponse {
        expected: expected.to_owned(),
        got: format!("a body that broke off while reading ({e})"),
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
    let body = read_capped(response, ERROR_BODY_CAP, "an error message")
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

/// A failure before any status code: connection, TLS or time-out.
pub(crate) fn transport_error(
    error: reqwest::Error,
    server: &str,
    timeout: std::time::Duration,
) -> CmError {
    let server = server.to_owned();
    if let Some(detail) = tls_failure(&error) {
        return CmError::Tls { server, detail };
    }
    if error.is_timeout() {
        return CmError::Timeout {
            server,
            after: timeout,
        };
    }
    CmError::Unreachable {
        server,
        detail: innermost_words(&error),
    }
}

/// The rustls error somewhere in the chain, in words.
fn tls_failure(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = current {
        if let Some(tls) = e.downcast_ref::<rustls::Error>() {
            return Some(tls_words(tls));
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
