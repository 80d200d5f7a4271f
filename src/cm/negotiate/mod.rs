//! HTTP Negotiate (RFC 4559) on the client side: one interface, two backends
//! chosen at compile time — the system's GSSAPI on Unix (Kerberos from the
//! officer's ticket cache) and SSPI's Negotiate package on Windows (the
//! logged-on user: Kerberos, or NTLM where Windows itself falls back).
//!
//! An exchange: [`Initiator::start`] gives the first token; a 401 that carries
//! a server token asks for one more leg ([`Initiator::step`], NTLM's
//! challenge); the successful answer's token goes to [`Initiator::finish`],
//! which proves the server where the mechanism can (Kerberos mutual
//! authentication) and names who signed in.

#[cfg(unix)]
mod gssapi;
#[cfg(unix)]
pub(crate) use gssapi::Initiator;

#[cfg(windows)]
mod sspi;
#[cfg(windows)]
pub(crate) use sspi::Initiator;

/// Round trips one sign-in may take: Kerberos needs one, NTLM two.
pub(crate) const MAX_LEGS: usize = 3;

/// The Negotiate token in a `WWW-Authenticate` header value, if any.
pub(crate) fn token_in(header: &str) -> Option<&str> {
    let (scheme, rest) = header.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("Negotiate")
        .then(|| rest.trim())
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::token_in;

    #[test]
    fn negotiate_tokens_are_found_in_their_header_only() {
        assert_eq!(token_in("Negotiate oYGbMIGY"), Some("oYGbMIGY"));
        assert_eq!(token_in("negotiate  abc= "), Some("abc="));
        assert_eq!(token_in("Negotiate"), None);
        assert_eq!(token_in("Bearer abc"), None);
    }
}
