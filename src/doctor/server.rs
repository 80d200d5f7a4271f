//! The checks of the CM server, each standing on the one before: its name
//! resolves, it answers, over a certificate the desk trusts, it accepts the
//! desk's sign-in, and its clock agrees with this computer's.

use std::net::ToSocketAddrs;

use chrono::{DateTime, Utc};

use super::{Check, ServerToCheck};
use crate::cm::{AuthMethod, Client, ClientConfig, CmError, RequestFilter, ServerAnswer, SignedIn};
use crate::i18n::cm_error_words;
use crate::tr;

/// Kerberos refuses a ticket from a clock more than 5 minutes off.
const MAX_SKEW_SECS: i64 = 5 * 60;

const ADDRESS: &str = "server-address";
const ANSWERS: &str = "server-answers";
const TLS: &str = "tls";
const SIGN_IN: &str = "sign-in";
const CLOCK: &str = "clock";

fn title(check: &str) -> String {
    match check {
        ADDRESS => tr!("doctor-address-title"),
        ANSWERS => tr!("doctor-answers-title"),
        TLS => tr!("doctor-tls-title"),
        SIGN_IN => tr!("doctor-sign-in-title"),
        _ => tr!("doctor-clock-title"),
    }
}

/// The checks from `from` on, skipped for `why`.
fn skip_from(from: &'static str, why: &str, report: &mut dyn FnMut(Check)) {
    let order = [ADDRESS, ANSWERS, TLS, SIGN_IN, CLOCK];
    for check in order.into_iter().skip_while(|check| *check != from) {
        report(Check::skipped(check, title(check), why.to_owned()));
    }
}

pub(super) fn checks(server: &ServerToCheck, report: &mut dyn FnMut(Check)) {
    let config = match server {
        ServerToCheck::Configured(config) => config,
        ServerToCheck::Demo => return skip_from(ADDRESS, &tr!("doctor-server-demo"), report),
        ServerToCheck::Blocked => return skip_from(ADDRESS, &tr!("doctor-server-blocked"), report),
        ServerToCheck::NotSet => {
            report(Check::fail(
                ADDRESS,
                title(ADDRESS),
                tr!("doctor-server-not-set"),
                Some(tr!("doctor-server-not-set-fix")),
            ));
            return skip_from(ANSWERS, &tr!("doctor-skipped-no-server"), report);
        }
    };
    let address = address_check(config);
    let resolved = address.outcome == super::Outcome::Pass;
    report(address);
    if !resolved {
        return skip_from(ANSWERS, &tr!("doctor-skipped-no-server"), report);
    }
    let Some(answer) = answer_checks(config, report) else {
        return;
    };
    report(sign_in_check(config));
    report(clock_check(answer.date, Utc::now()));
}

fn address_check(config: &ClientConfig) -> Check {
    let base = match crate::cm::api_base(&config.server) {
        Ok(base) => base,
        Err(error) => return Check::fail(ADDRESS, title(ADDRESS), cm_error_words(&error), None),
    };
    let host = base.host_str().unwrap_or_default().to_owned();
    let port = base.port_or_known_default().unwrap_or(443);
    // The host as the URL has it: IPv6 addresses come in brackets.
    let lookup = host.trim_start_matches('[').trim_end_matches(']');
    match (lookup, port).to_socket_addrs() {
        Ok(mut addresses) => match addresses.next() {
            Some(address) => Check::pass(
                ADDRESS,
                title(ADDRESS),
                tr!(
                    "doctor-address-found",
                    host = host,
                    address = address.ip().to_string()
                ),
            ),
            None => unresolved(&host, "no address".to_owned()),
        },
        Err(error) => unresolved(&host, error.to_string()),
    }
}

fn unresolved(host: &str, detail: String) -> Check {
    Check::fail(
        ADDRESS,
        title(ADDRESS),
        tr!("doctor-address-unknown", host = host, detail = detail),
        Some(tr!("doctor-address-fix")),
    )
}

/// Whether the server answers, and over a trusted connection; `None` when
/// the checks after these cannot run (they are reported skipped).
fn answer_checks(config: &ClientConfig, report: &mut dyn FnMut(Check)) -> Option<ServerAnswer> {
    let https = config
        .server
        .trim()
        .to_ascii_lowercase()
        .starts_with("https:");
    // No credentials: this is only whether it answers, and what time it is.
    let plain = ClientConfig {
        auth: AuthMethod::None,
        token: None,
        ..config.clone()
    };
    let probe = Client::new(plain).and_then(|client| client.probe());
    match probe {
        Ok(answer) => {
            report(Check::pass(
                ANSWERS,
                title(ANSWERS),
                tr!("doctor-answers-status", status = answer.status),
            ));
            let words = if https {
                tr!("doctor-tls-trusted")
            } else {
                tr!("doctor-tls-loopback")
            };
            report(Check::pass(TLS, title(TLS), words));
            Some(answer)
        }
        Err(CmError::Tls { detail, .. }) => {
            report(Check::pass(
                ANSWERS,
                title(ANSWERS),
                tr!("doctor-answers-handshake"),
            ));
            report(Check::fail(
                TLS,
                title(TLS),
                tr!("doctor-tls-failed", detail = detail),
                Some(tr!("doctor-tls-fix")),
            ));
            skip_from(SIGN_IN, &tr!("doctor-skipped-no-trust"), report);
            None
        }
        Err(error @ CmError::CaFile { .. }) => {
            report(Check::skipped(
                ANSWERS,
                title(ANSWERS),
                tr!("doctor-skipped-no-trust"),
            ));
            report(Check::fail(TLS, title(TLS), cm_error_words(&error), None));
            skip_from(SIGN_IN, &tr!("doctor-skipped-no-trust"), report);
            None
        }
        Err(error) => {
            report(Check::fail(
                ANSWERS,
                title(ANSWERS),
                cm_error_words(&error),
                None,
            ));
            skip_from(TLS, &tr!("doctor-skipped-no-answer"), report);
            None
        }
    }
}

fn sign_in_check(config: &ClientConfig) -> Check {
    let method = crate::i18n::sign_in_method_words(config.sign_in_words());
    let signed_in = Client::new(config.clone()).and_then(|client| {
        // Requests for the officer: a short list, and a call that needs sign-in.
        let mine = RequestFilter {
            current_user_only: true,
            ..RequestFilter::default()
        };
        client.request_listing(mine)?;
        Ok(client.sign_in_watch().get())
    });
    match signed_in {
        Ok(who) => Check::pass(SIGN_IN, title(SIGN_IN), who_words(who.as_ref(), &method)),
        Err(error) => Check::fail(
            SIGN_IN,
            title(SIGN_IN),
            tr!(
                "doctor-sign-in-failed",
                method = method,
                error = cm_error_words(&error)
            ),
            None,
        ),
    }
}

fn who_words(who: Option<&SignedIn>, method: &str) -> String {
    match who {
        Some(SignedIn::Kerberos { principal }) => {
            tr!("doctor-signed-in-kerberos", account = principal.as_str())
        }
        Some(SignedIn::Ntlm { principal }) => {
            tr!("doctor-signed-in-ntlm", account = principal.as_str())
        }
        Some(SignedIn::BearerToken { user: Some(user) }) => {
            tr!("doctor-signed-in-bearer-as", account = user.as_str())
        }
        Some(SignedIn::BearerToken { user: None }) => tr!("doctor-signed-in-bearer"),
        Some(SignedIn::Anonymous) | None => tr!("doctor-signed-in-anonymous", method = method),
    }
}

/// This computer's clock against the server's `Date`, to the second.
pub(super) fn clock_check(server_time: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Check {
    let Some(server_time) = server_time else {
        return Check::skipped(CLOCK, title(CLOCK), tr!("doctor-clock-unknown"));
    };
    let ahead = (now - server_time).num_seconds();
    if ahead.abs() <= MAX_SKEW_SECS {
        return Check::pass(
            CLOCK,
            title(CLOCK),
            tr!("doctor-clock-ok", seconds = ahead.abs()),
        );
    }
    let minutes = (ahead.abs() + 30) / 60;
    let words = if ahead > 0 {
        tr!("doctor-clock-ahead", minutes = minutes)
    } else {
        tr!("doctor-clock-behind", minutes = minutes)
    };
    Check::fail(CLOCK, title(CLOCK), words, Some(tr!("doctor-clock-fix")))
}
