//! Everything that can go wrong talking to the CM server, each in words an
//! officer can act on: what happened, then what to do.

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum CmError {
    #[error("'{url}' is not a usable server address: {reason}")]
    InvalidServerUrl { url: String, reason: String },

    #[error(
        "refusing plain http to {host}: the CM server must be reached over https (plain http is only allowed to this computer's loopback address)"
    )]
    InsecureUrl { host: String },

    #[error(
        "cannot read the CA certificate file {path}: {detail}. Choose a PEM file holding the CA certificate that issued the server's certificate"
    )]
    CaFile { path: String, detail: String },

    #[error(
        "the CM REST API is not enabled on {server} (every address answers 404 Not Found). Ask the CM administrator to enable the REST API on the CM server, or check the server address"
    )]
    ApiNotEnabled { server: String },

    #[error(
        "{what} was not found on the server (404). Refresh the list; it may have been removed or never existed"
    )]
    NotFound { what: String },

    #[error(
        "the server did not accept our sign-in (401 Unauthorized). {}",
        offered_words(offered)
    )]
    Unauthorized { offered: Vec<String> },

    #[error(transparent)]
    SignIn(#[from] super::auth::AuthError),

    #[error("the server does not allow this (403 Forbidden): {message}. {hint}")]
    Forbidden { message: String, hint: &'static str },

    #[error(
        "the server rejected the request as malformed (400): {message}. This is a fault in enroll-desk or the server; report it with this text"
    )]
    BadRequest { message: String },

    #[error("the CM server failed (HTTP {status}): {message}{}. Try again; if it keeps failing, give the CM administrator the time{}", correlation_words(correlation_id.as_deref()), if correlation_id.is_some() { " and the correlation id" } else { "" })]
    ServerError {
        status: u16,
        message: String,
        correlation_id: Option<String>,
    },

    #[error(
        "cannot reach the CM server at {server}: {detail}. Check the server address and the network, then try again"
    )]
    Unreachable { server: String, detail: String },

    #[error("the CM server at {server} did not answer within {} s. It may be busy; try again, and if it keeps happening ask the CM administrator", after.as_secs())]
    Timeout { server: String, after: Duration },

    #[error(
        "the secure connection to {server} failed: {detail}. The server's certificate is not trusted or not valid for this name; if your site uses its own CA, choose its certificate in the settings (or --ca-file)"
    )]
    Tls { server: String, detail: String },

    #[error(
        "the server answered the bind without saying which smartcard it made, and its records show none the desk can verify for card {card_id} and request {request}; no PIN was fetched. Refresh the list and check the request on the CM server before binding again"
    )]
    BindUnverified {
        request: uuid::Uuid,
        card_id: uuid::Uuid,
    },

    #[error(
        "the server gave no PIN: it answered the PIN call with an empty PIN. The card is bound; ask the CM administrator whether this profile template proposes PINs, then fetch the PIN again"
    )]
    NoPinGiven,

    #[error(
        "the classroom's simulator at {server} is full: this desk cannot join. Ask the trainer to make room (start the simulator with a larger --max-desks), then reopen the desk"
    )]
    ClassroomFull { server: String },

    #[error(
        "unexpected answer from the CM server: expected {expected}, got {got}. Try again; if it persists the server may be a different version, so report it"
    )]
    UnexpectedResponse { expected: String, got: String },
}

fn offered_words(offered: &[String]) -> String {
    let offers = |scheme: &str| offered.iter().any(|s| s.eq_ignore_ascii_case(scheme));
    let list = offered.join(", ");
    if offered.is_empty() {
        "It offered no sign-in method. Check the server address".to_owned()
    } else if offers("Negotiate") {
        // Reaching here means the desk was told not to use Kerberos.
        format!(
            "It offers: {list}. Sign in with Kerberos: choose \"Automatic\" or \"Kerberos\" as the sign-in method in the settings (or --auth negotiate)"
        )
    } else if offers("Bearer") {
        format!(
            "It offers: {list}. Check that your access token is current (--token or ENROLL_DESK_TOKEN) and that your account may use the CM REST API"
        )
    } else {
        format!(
            "It offers only {list}, which this desk does not use: it signs in with Kerberos (Negotiate) or an ADFS bearer token. Ask the CM administrator to enable Windows Authentication with Negotiate, or ADFS, for the CM site"
        )
    }
}

fn correlation_words(id: Option<&str>) -> String {
    id.map(|id| format!(" (correlation id {id})"))
        .unwrap_or_default()
}

impl CmError {
    /// True when the server did not accept who we are, or we could not say.
    pub fn is_sign_in_failure(&self) -> bool {
        matches!(self, CmError::Unauthorized { .. } | CmError::SignIn(_))
    }

    /// True when trying the same call again later may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            CmError::Unreachable { .. }
                | CmError::Timeout { .. }
                | CmError::ServerError { .. }
                | CmError::SignIn(super::auth::AuthError::KdcUnreachable { .. })
        )
    }
}

/// Finds the correlation id ASP.NET puts into a 500 message: the GUID after
/// the word "correlation", or else any GUID in the text.
pub fn correlation_id_in(message: &str) -> Option<String> {
    let lower = message.to_ascii_lowercase();
    let after = lower.find("correlation").map(|i| &message[i..]);
    after
        .and_then(first_guid_in)
        .or_else(|| first_guid_in(message))
        .map(|g| g.to_string())
}

fn first_guid_in(text: &str) -> Option<uuid::Uuid> {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_hexdigit() && (i == 0 || !bytes[i - 1].is_ascii_hexdigit()))
        .find_map(|i| text.get(i..i + 36).and_then(crate::ids::parse_guid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correlation_id_is_found_after_its_label_or_anywhere() {
        let id = "5b7f3a9e-2c4d-4e8f-9a1b-0c2d3e4f5a6b";
        assert_eq!(
            correlation_id_in(&format!(
                "Request 11111111-2222-3333-4444-555555555555 failed. Correlation ID: {id}."
            ))
            .as_deref(),
            Some(id)
        );
        assert_eq!(
            correlation_id_in(&format!("error {{{id}}}")).as_deref(),
            Some(id)
        );
        assert_eq!(correlation_id_in("An error has occurred."), None);
        assert_eq!(correlation_id_in("é😀 correlation"), None);
    }
}
