//! The officer's words for the data the core keeps: request statuses and
//! types, and every error. The errors keep their English `Display` for the
//! log and the audit trail; these functions choose the words in the
//! thread's language from the same fields.

use crate::card::{CardError, SecretKind};
use crate::cm::{AuthError, CmError, RequestStatus, RequestType};
use crate::enroll::EnrollError;
use crate::tr;

/// A request status as the officer reads it.
pub fn status_name(status: RequestStatus) -> String {
    match status {
        RequestStatus::None => tr!("status-none"),
        RequestStatus::Approved => tr!("status-approved"),
        RequestStatus::Denied => tr!("status-denied"),
        RequestStatus::Completed => tr!("status-completed"),
        RequestStatus::Failed => tr!("status-failed"),
        RequestStatus::Pending => tr!("status-pending"),
        RequestStatus::Canceled => tr!("status-canceled"),
        RequestStatus::Executing => tr!("status-executing"),
        RequestStatus::Unknown(code) => tr!("status-unknown", code = code),
    }
}

/// A request type as the officer reads it.
pub fn type_name(kind: RequestType) -> String {
    match kind {
        RequestType::Enroll => tr!("type-enroll"),
        RequestType::Unblock => tr!("type-unblock"),
        RequestType::Unknown(code) => tr!("type-unknown", code = code),
    }
}

pub fn enroll_error_words(error: &EnrollError) -> String {
    match error {
        EnrollError::CardIdUnknown => tr!("error-card-id-unknown"),
        EnrollError::CardIdDiffers { typed, read } => tr!(
            "error-card-id-differs",
            typed = typed.to_string(),
            read = read.to_string()
        ),
        EnrollError::Card(cause) => tr!("error-reading-card", cause = card_error_words(cause)),
        EnrollError::Bind(cause) => tr!("error-binding", cause = cm_error_words(cause)),
        EnrollError::PinNotFetched { bound, cause } => tr!(
            "error-pin-not-fetched",
            smartcard = bound.smartcard.to_string(),
            cause = enroll_error_words(cause)
        ),
        EnrollError::DifferentCard { expected, found } => match found {
            Some(found) => tr!(
                "error-different-card",
                expected = expected.to_string(),
                found = found.to_string()
            ),
            None => tr!("error-different-card-none", expected = expected.to_string()),
        },
        EnrollError::Pin(cause) => tr!("error-fetching-pin", cause = cm_error_words(cause)),
        EnrollError::NotForANewCard { kind } => match kind {
            RequestType::Unblock => tr!("enroll-problem-unblock-request"),
            other => tr!("request-not-done-here", kind = type_name(*other)),
        },
    }
}

/// A card secret's name, never its value.
pub fn secret_name(what: SecretKind) -> String {
    match what {
        SecretKind::Pin => tr!("secret-pin"),
        SecretKind::Puk => tr!("secret-puk"),
        SecretKind::AdminKey => tr!("secret-admin-key"),
    }
}

pub fn card_error_words(error: &CardError) -> String {
    match error {
        CardError::NoService => tr!("card-no-service"),
        CardError::NoReader(reader) => tr!("card-no-reader", reader = reader),
        CardError::NoCard(reader) => tr!("card-no-card", reader = reader),
        CardError::CardRemoved => tr!("card-removed"),
        CardError::Timeout { seconds } => tr!("card-timeout", seconds = *seconds),
        CardError::ReaderBusy(reader) => tr!("card-reader-busy", reader = reader),
        CardError::CardStatus { command, sw } => tr!(
            "card-status",
            command = *command,
            words = status_word_words(*sw),
            sw = format!("{sw:04X}")
        ),
        CardError::NoAdminKey => tr!("card-no-admin-key"),
        CardError::NoPivApplication => tr!("card-no-piv"),
        CardError::WrongSecret { what, tries_left } => match tries_left {
            Some(tries) => tr!(
                "card-wrong-secret",
                what = secret_name(*what),
                tries = *tries
            ),
            None => tr!(
                "card-wrong-secret",
                what = secret_name(*what),
                tries = "none"
            ),
        },
        CardError::Blocked { what } => tr!("card-blocked", what = secret_name(*what)),
        CardError::SecretLength { length } => tr!("card-secret-length", length = *length),
        CardError::Malformed(detail) => tr!("card-malformed", detail = detail),
        CardError::Transport(detail) => tr!("card-transport", detail = detail),
    }
}

pub fn cm_error_words(error: &CmError) -> String {
    match error {
        CmError::InvalidServerUrl { url, reason } => {
            tr!("cm-invalid-url", url = url, reason = reason)
        }
        CmError::InsecureUrl { host } => tr!("cm-insecure-url", host = host),
        CmError::CaFile { path, detail } => tr!("cm-ca-file", path = path, detail = detail),
        CmError::ApiNotEnabled { server } => tr!("cm-api-not-enabled", server = server),
        CmError::NotFound { what } => tr!("cm-not-found", what = what),
        CmError::Unauthorized { offered } => unauthorized_words(offered),
        CmError::SignIn(auth) => auth_error_words(auth),
        CmError::Forbidden { message, hint } => {
            tr!(
                "cm-forbidden",
                message = message,
                hint = forbidden_hint(hint)
            )
        }
        CmError::BadRequest { message } => tr!("cm-bad-request", message = message),
        CmError::ServerError {
            status,
            message,
            correlation_id,
        } => match correlation_id {
            Some(id) => tr!(
                "cm-server-error-correlated",
                status = status.to_string(),
                message = message,
                id = id
            ),
            None => tr!(
                "cm-server-error",
                status = status.to_string(),
                message = message
            ),
        },
        CmError::Unreachable { server, detail } => {
            tr!("cm-unreachable", server = server, detail = detail)
        }
        CmError::Timeout { server, after } => {
            tr!("cm-timeout", server = server, seconds = after.as_secs())
        }
        CmError::Tls { server, detail } => tr!("cm-tls", server = server, detail = detail),
        CmError::BindUnverified { request, card_id } => tr!(
            "cm-bind-unverified",
            request = request.to_string(),
            card = card_id.to_string()
        ),
        CmError::NoPinGiven => tr!("cm-no-pin-given"),
        CmError::ClassroomFull { server } => tr!("cm-classroom-full", server = server),
        CmError::UnexpectedResponse { expected, got } => {
            tr!("cm-unexpected", expected = expected, got = got)
        }
    }
}

/// The 403's advice, chosen by the call that was refused.
fn forbidden_hint(hint: &str) -> String {
    match hint {
        crate::cm::HINT_BIND => tr!("cm-forbidden-hint-bind"),
        crate::cm::HINT_PIN => tr!("cm-forbidden-hint-pin"),
        crate::cm::HINT_ADMIN_KEY => tr!("cm-forbidden-hint-admin-key"),
        _ => tr!("cm-forbidden-hint-general"),
    }
}

fn unauthorized_words(offered: &[String]) -> String {
    let offers = |scheme: &str| offered.iter().any(|s| s.eq_ignore_ascii_case(scheme));
    let list = offered.join(", ");
    if offered.is_empty() {
        tr!("cm-unauthorized-none")
    } else if offers("Negotiate") {
        tr!("cm-unauthorized-negotiate", offered = list)
    } else if offers("Bearer") {
        tr!("cm-unauthorized-bearer", offered = list)
    } else {
        tr!("cm-unauthorized-other", offered = list)
    }
}

pub fn auth_error_words(error: &AuthError) -> String {
    match error {
        AuthError::BearerWithoutToken => tr!("auth-no-token"),
        AuthError::KerberosNotBuilt => tr!("auth-kerberos-not-built"),
        AuthError::NoTicket { detail } => tr!("auth-no-ticket", detail = detail),
        AuthError::TicketExpired => tr!("auth-ticket-expired"),
        AuthError::UnknownService { spn } => tr!("auth-unknown-service", spn = spn),
        AuthError::ClockSkew => tr!("auth-clock-skew"),
        AuthError::KdcUnreachable { detail } => tr!("auth-kdc-unreachable", detail = detail),
        AuthError::Rejected { spn } => tr!("auth-rejected", spn = spn),
        AuthError::ServerNotProven { detail } => tr!("auth-server-not-proven", detail = detail),
        AuthError::Kerberos { detail } => tr!("auth-kerberos", detail = detail),
    }
}

/// The card's status words (ISO 7816-4) as the officer reads them; the hex
/// code beside them stays for support.
fn status_word_words(sw: u16) -> String {
    match sw {
        0x9000 => tr!("sw-success"),
        0x6281 | 0x6282 => tr!("sw-data-corrupted"),
        0x6581 => tr!("sw-memory-failure"),
        0x6700 => tr!("sw-wrong-length"),
        0x6882 => tr!("sw-secure-messaging"),
        0x6982 => tr!("sw-security-status"),
        0x6983 => tr!("sw-blocked"),
        0x6984 => tr!("sw-data-unusable"),
        0x6985 => tr!("sw-conditions"),
        0x6986 => tr!("sw-not-allowed"),
        0x6A80 => tr!("sw-incorrect-data"),
        0x6A81 => tr!("sw-function-unsupported"),
        0x6A82 => tr!("sw-not-found"),
        0x6A84 => tr!("sw-memory-full"),
        0x6A86 => tr!("sw-incorrect-p1-p2"),
        0x6A88 => tr!("sw-referenced-data-missing"),
        0x6B00 => tr!("sw-wrong-parameters"),
        0x6D00 => tr!("sw-instruction-unsupported"),
        0x6E00 => tr!("sw-class-unsupported"),
        0x6F00 => tr!("sw-internal-error"),
        sw if sw & 0xFFF0 == 0x63C0 => tr!("sw-verification-failed"),
        sw if sw & 0xFF00 == 0x6400 => tr!("sw-execution-error"),
        _ => tr!("sw-unexpected"),
    }
}

/// How the desk signs in, for the status bar, from the words
/// `ClientConfig::sign_in_words` gives the session (and its log line).
pub fn sign_in_method_words(english: &str) -> String {
    match english {
        "bearer token, or Kerberos if asked" => tr!("sign-in-token-or-kerberos"),
        "Kerberos if asked" => tr!("sign-in-kerberos-if-asked"),
        "Kerberos" => tr!("sign-in-kerberos"),
        "bearer token" => tr!("sign-in-bearer"),
        "no credentials" => tr!("sign-in-none"),
        other => other.to_owned(),
    }
}
