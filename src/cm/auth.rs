//! How the client signs in to the CM server: the officer's choice of method,
//! what goes wrong with it in words an officer can act on, and who the
//! server accepted, for the status bar.

use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

/// How to sign in. A MIM CM site sits behind IIS Windows Authentication
/// (Negotiate: Kerberos) or ADFS (OAuth bearer tokens).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum AuthMethod {
    /// The bearer token when one is given; Kerberos when the server asks for Negotiate
    #[default]
    Auto,
    /// Kerberos (HTTP Negotiate) with the ticket from signing in to the domain or `kinit`
    Negotiate,
    /// Only the OAuth bearer token
    Bearer,
    /// No credentials at all
    None,
}

impl AuthMethod {
    pub const ALL: [AuthMethod; 4] = [Self::Auto, Self::Negotiate, Self::Bearer, Self::None];

    /// The words in the settings window.
    pub fn label(self) -> &'static str {
        match self {
            Self::Auto => "Automatic (token if given, else Kerberos)",
            Self::Negotiate => "Kerberos (Windows sign-in)",
            Self::Bearer => "Bearer token (ADFS)",
            Self::None => "No sign-in",
        }
    }

    pub(crate) fn sends_bearer(self) -> bool {
        matches!(self, Self::Auto | Self::Bearer)
    }

    pub(crate) fn may_negotiate(self) -> bool {
        matches!(self, Self::Auto | Self::Negotiate)
    }
}

/// Why signing in failed, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error(
        "bearer sign-in needs a token: give it with --token or ENROLL_DESK_TOKEN, or type it in the settings"
    )]
    BearerWithoutToken,

    #[error(
        "this enroll-desk was built without Kerberos support (cargo feature \"negotiate\"), but the server asks for Kerberos (Negotiate). Use a build with Kerberos, or a bearer token"
    )]
    KerberosNotBuilt,

    #[error(
        "you have no Kerberos ticket ({detail}). Sign in to the domain, or run `kinit` with your user name, then try again"
    )]
    NoTicket { detail: String },

    #[error(
        "your Kerberos ticket has expired. Renew it (run `kinit` again, or lock and unlock your session), then try again"
    )]
    TicketExpired,

    #[error(
        "the domain does not know the service {spn}, so there is no Kerberos ticket for this server. Use the CM server's name as registered in the domain (not an IP address or an alias), or ask the administrator to register {spn} for the CM site"
    )]
    UnknownService { spn: String },

    #[error(
        "this computer's clock differs too much from the domain controller's (Kerberos allows about 5 minutes). Correct the date and time on this computer, then try again"
    )]
    ClockSkew,

    #[error(
        "cannot reach a Kerberos domain controller (KDC) for your realm ({detail}). Check the network or VPN, then try again"
    )]
    KdcUnreachable { detail: String },

    #[error(
        "the server did not accept our Kerberos ticket for {spn} (401 again). This computer's clock may be more than 5 minutes off, the server's service key may not match the domain's (an out-of-date keytab), or your account may not use the CM site. Check the clock, then ask the CM administrator"
    )]
    Rejected { spn: String },

    #[error(
        "the server did not prove its identity ({detail}). Its answer was not trusted; tell the CM administrator"
    )]
    ServerNotProven { detail: String },

    #[error("Kerberos sign-in failed: {detail}")]
    Kerberos { detail: String },
}

/// Who the server accepted, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignedIn {
    Kerberos {
        principal: String,
    },
    /// Windows fell back from Kerberos to NTLM (no domain controller, or no
    /// service name registered for the server).
    Ntlm {
        principal: String,
    },
    BearerToken {
        user: Option<String>,
    },
    /// The server answered without asking for credentials.
    Anonymous,
}

impl std::fmt::Display for SignedIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Kerberos { principal } => write!(f, "{principal} (Kerberos)"),
            Self::Ntlm { principal } => write!(f, "{principal} (NTLM)"),
            Self::BearerToken { user: Some(user) } => write!(f, "{user} (bearer token)"),
            Self::BearerToken { user: None } => f.write_str("bearer token"),
            Self::Anonymous => f.write_str("no credentials"),
        }
    }
}

/// The client's latest sign-in, shared with whoever shows it (the status
/// bar reads it while the client works on the worker thread).
#[derive(Debug, Clone, Default)]
pub struct SignInWatch(Arc<Mutex<Option<SignedIn>>>);

impl SignInWatch {
    pub fn get(&self) -> Option<SignedIn> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn set(&self, signed_in: SignedIn) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(signed_in);
    }
}

/// The user a bearer token names, for display only: ADFS issues JWTs with
/// `upn` or `unique_name`. The server checks the signature; we never trust
/// the claim for anything else.
pub(crate) fn token_user(token: &str) -> Option<String> {
    use base64::Engine;
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    ["upn", "unique_name", "email", "sub"]
        .iter()
        .find_map(|claim| claims.get(*claim)?.as_str())
        .filter(|name| !name.is_empty() && name.len() <= 256)
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_of_a_jwt_is_shown_and_junk_is_not() {
        use base64::Engine;
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"upn":"officer@example.org","aud":"x"}"#);
        assert_eq!(
            token_user(&format!("eyJhbGciOiJub25lIn0.{claims}.sig")).as_deref(),
            Some("officer@example.org")
        );
        assert_eq!(token_user("not-a-jwt"), None);
        assert_eq!(token_user("a.%%%.c"), None);
        assert_eq!(token_user("a.e30.c"), None); // {} has no user
    }

    #[test]
    fn the_status_words_name_who_and_how() {
        let kerberos = SignedIn::Kerberos {
            principal: "officer@ENROLL.TEST".into(),
        };
        assert_eq!(kerberos.to_string(), "officer@ENROLL.TEST (Kerberos)");
        let watch = SignInWatch::default();
        assert_eq!(watch.get(), None);
        watch.clone().set(kerberos.clone());
        assert_eq!(watch.get(), Some(kerberos));
    }
}
