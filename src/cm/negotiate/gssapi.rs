//! The Unix backend: a SPNEGO token carrying a Kerberos ticket for
//! `HTTP/<server host>` from the officer's ticket cache, through the system's
//! GSSAPI, and the check of the server's answer token (mutual authentication).

use libgssapi::context::{ClientCtx, CtxFlags, SecurityContext};
use libgssapi::credential::{Cred, CredUsage};
use libgssapi::error::{Error as GssError, MajorFlags};
use libgssapi::name::Name;
use libgssapi::oid::{GSS_MECH_SPNEGO, GSS_NT_HOSTBASED_SERVICE};

use crate::cm::auth::{AuthError, SignedIn};

/// What the Kerberos library says, matched to what the officer can do. The
/// minor status numbers are remapped per process by the GSSAPI mechanism
/// glue, so the library's message (MIT and Heimdal wording) is what is stable.
const KNOWN_FAILURES: [(&str, Failure); 9] = [
    ("not found in kerberos database", Failure::UnknownService),
    ("server not found", Failure::UnknownService),
    ("ticket expired", Failure::Expired),
    ("credentials have expired", Failure::Expired),
    ("clock skew too great", Failure::ClockSkew),
    ("cannot contact any kdc", Failure::KdcUnreachable),
    ("cannot find kdc", Failure::KdcUnreachable),
    ("unable to reach any kdc", Failure::KdcUnreachable),
    ("no kerberos credentials available", Failure::NoTicket),
];

#[derive(Clone, Copy)]
enum Failure {
    NoTicket,
    Expired,
    UnknownService,
    ClockSkew,
    KdcUnreachable,
}

/// One sign-in exchange with the server.
pub(crate) struct Initiator {
    ctx: ClientCtx,
    spn: String,
    principal: String,
}

impl Initiator {
    /// Gets a ticket for `HTTP/<host>` and returns the first token to send.
    pub(crate) fn start(host: &str) -> Result<(Self, Vec<u8>), AuthError> {
        let spn = format!("HTTP/{host}");
        let classify = |e: GssError| classify(e, &spn);
        let cred = Cred::acquire(None, None, CredUsage::Initiate, None).map_err(classify)?;
        let principal = cred.name().map(|name| name.to_string()).map_err(classify)?;
        let target = Name::new(
            format!("HTTP@{host}").as_bytes(),
            Some(GSS_NT_HOSTBASED_SERVICE),
        )
        .map_err(classify)?;
        let mut ctx = ClientCtx::new(
            Some(cred),
            target,
            CtxFlags::GSS_C_MUTUAL_FLAG,
            Some(GSS_MECH_SPNEGO),
        );
        let token = ctx
            .step(None, None)
            .map_err(classify)?
            .map(|token| token.to_vec())
            .ok_or_else(|| AuthError::Kerberos {
                detail: "the Kerberos library produced no token".to_owned(),
            })?;
        Ok((
            Self {
                ctx,
                spn,
                principal,
            },
            token,
        ))
    }

    /// The service principal the ticket was asked for.
    pub(crate) fn spn(&self) -> &str {
        &self.spn
    }

    /// Answers a server token that asks for one more leg; `None` when the
    /// exchange needs nothing more from us.
    pub(crate) fn step(&mut self, server_token: &[u8]) -> Result<Option<Vec<u8>>, AuthError> {
        if self.ctx.is_complete() {
            return Ok(None);
        }
        let spn = self.spn.clone();
        let token = self
            .ctx
            .step(Some(server_token), None)
            .map_err(|e| classify(e, &spn))?;
        Ok(token.map(|token| token.to_vec()))
    }

    /// Checks the server's answer token (only a server holding the service
    /// key can produce it) and names the officer, e.g. `officer@EXAMPLE.ORG`.
    pub(crate) fn finish(&mut self, server_token: Option<&[u8]>) -> Result<SignedIn, AuthError> {
        self.prove_server(server_token)?;
        Ok(SignedIn::Kerberos {
            principal: self.principal.clone(),
        })
    }

    fn prove_server(&mut self, server_token: Option<&[u8]>) -> Result<(), AuthError> {
        if self.ctx.is_complete() {
            return Ok(());
        }
        let Some(token) = server_token else {
            return Err(AuthError::ServerNotProven {
                detail: "it sent no Kerberos answer with its reply".to_owned(),
            });
        };
        match self.ctx.step(Some(token), None) {
            Ok(None) if self.ctx.is_complete() => Ok(()),
            Ok(_) => Err(AuthError::ServerNotProven {
                detail: "its Kerberos answer did not complete the sign-in".to_owned(),
            }),
            Err(error) => Err(AuthError::ServerNotProven {
                detail: format!("its Kerberos answer was not valid: {}", one_line(&error)),
            }),
        }
    }
}

/// A GSSAPI failure in the officer's terms.
fn classify(error: GssError, spn: &str) -> AuthError {
    let detail = one_line(&error);
    tracing::debug!(major = ?error.major, minor = error.minor, "GSSAPI failure: {detail}");
    let lower = detail.to_lowercase();
    let known = KNOWN_FAILURES
        .iter()
        .find(|(words, _)| lower.contains(words))
        .map(|(_, failure)| *failure);
    let failure = known.or(
        if error.major.contains(MajorFlags::GSS_S_CREDENTIALS_EXPIRED) {
            Some(Failure::Expired)
        } else if error.major.contains(MajorFlags::GSS_S_NO_CRED) {
            Some(Failure::NoTicket)
        } else {
            None
        },
    );
    match failure {
        Some(Failure::NoTicket) => AuthError::NoTicket { detail },
        Some(Failure::Expired) => AuthError::TicketExpired,
        Some(Failure::UnknownService) => AuthError::UnknownService {
            spn: spn.to_owned(),
        },
        Some(Failure::ClockSkew) => AuthError::ClockSkew,
        Some(Failure::KdcUnreachable) => AuthError::KdcUnreachable { detail },
        None => AuthError::Kerberos { detail },
    }
}

/// GSSAPI's own words, on one line.
fn one_line(error: &GssError) -> String {
    crate::cm::decode::one_line(&error.to_string(), 300)
}
