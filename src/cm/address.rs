//! From what an officer types as the server address to the API base URL,
//! with the rule that only loopback may use plain http.

use std::net::IpAddr;

use url::{Host, Url};

use super::error::CmError;

/// `https://cm.example.org`, `https://cm.example.org/CertificateManagement`
/// and `.../CertificateManagement/api/v1.0` all give
/// `https://cm.example.org/CertificateManagement/api/v1.0/`.
pub fn api_base(server: &str) -> Result<Url, CmError> {
    let invalid = |reason: &str| CmError::InvalidServerUrl {
        url: server.to_owned(),
        reason: reason.to_owned(),
    };
    let mut url = Url::parse(server.trim()).map_err(|e| invalid(&e.to_string()))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(CmError::InsecureUrl {
                host: url.host_str().unwrap_or_default().to_owned(),
            });
        }
        _ => return Err(invalid("it must start with https://")),
    }
    if url.host().is_none() {
        return Err(invalid("it names no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("put no user name or password in the address"));
    }
    url.set_query(None);
    url.set_fragment(None);
    let path = url.path().trim_end_matches('/').to_owned();
    let lower = path.to_ascii_lowercase();
    let full = if lower.ends_with("/api/v1.0") {
        path
    } else if lower.ends_with("/certificatemanagement") {
        format!("{path}/api/v1.0")
    } else {
        format!("{path}/CertificateManagement/api/v1.0")
    };
    url.set_path(&format!("{full}/"));
    Ok(url)
}

/// 127.0.0.0/8, ::1 and `localhost`: traffic that never leaves this computer.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Whether a call that came through `from` follows a redirect to `to`:
/// to https always; to plain http only on loopback, and only when the call
/// never was on https. An https server may not send the desk to plain
/// http, not even on this computer, where any local program could be
/// listening.
pub(crate) fn may_redirect(from: &[Url], to: &Url) -> bool {
    match to.scheme() {
        "https" => true,
        "http" => is_loopback(to) && from.iter().all(|url| url.scheme() == "http"),
        _ => false,
    }
}

/// A redirect the client did not follow, carried through the HTTP stack's
/// error to the officer's words.
#[derive(Debug)]
pub(crate) struct RefusedRedirect {
    /// Where it pointed: scheme, host and port only.
    pub(crate) to: String,
}

impl RefusedRedirect {
    pub(crate) fn to(url: &Url) -> Self {
        Self {
            to: url.origin().ascii_serialization(),
        }
    }
}

impl std::fmt::Display for RefusedRedirect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "redirect to {} refused", self.to)
    }
}

impl std::error::Error for RefusedRedirect {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_the_server_gives_the_api_base() {
        for input in [
            "https://cm.example.org",
            "https://cm.example.org/",
            "https://cm.example.org/CertificateManagement",
            "https://cm.example.org/certificatemanagement/API/V1.0/",
        ] {
            let base = api_base(input).unwrap();
            assert_eq!(base.host_str(), Some("cm.example.org"));
            assert!(
                base.path()
                    .to_ascii_lowercase()
                    .ends_with("/certificatemanagement/api/v1.0/"),
                "{input} -> {base}"
            );
        }
    }

    #[test]
    fn a_redirect_never_leaves_https_and_plain_http_stays_on_loopback() {
        let url = |text: &str| Url::parse(text).unwrap();
        let demo = [url("http://127.0.0.1:8080/")];
        let server = [url("https://cm.example.org/")];
        assert!(may_redirect(&demo, &url("http://localhost:8081/x")));
        assert!(may_redirect(&demo, &url("https://cm.example.org/")));
        assert!(!may_redirect(&demo, &url("http://cm.example.org/")));
        assert!(may_redirect(&server, &url("https://cm2.example.org/")));
        assert!(!may_redirect(&server, &url("http://127.0.0.1:8080/")));
        assert!(!may_redirect(&server, &url("http://cm.example.org/")));
        // Back down to http after a hop through https: refused too.
        let both = [demo[0].clone(), server[0].clone()];
        assert!(!may_redirect(&both, &url("http://127.0.0.1:8080/")));
        assert!(!may_redirect(&demo, &url("ftp://127.0.0.1/")));
    }

    #[test]
    fn plain_http_only_to_loopback() {
        assert!(api_base("http://127.0.0.1:8080").is_ok());
        assert!(api_base("http://127.8.9.1:8080").is_ok());
        assert!(api_base("http://[::1]:8080").is_ok());
        assert!(api_base("http://LOCALHOST:8080").is_ok());
        let err = api_base("http://cm.example.org").unwrap_err();
        assert!(matches!(err, CmError::InsecureUrl { .. }));
        assert!(
            err.to_string().contains("must be reached over https"),
            "{err}"
        );
        assert!(matches!(
            api_base("http://10.0.0.1"),
            Err(CmError::InsecureUrl { .. })
        ));
        assert!(matches!(
            api_base("ftp://cm.example.org"),
            Err(CmError::InvalidServerUrl { .. })
        ));
        assert!(matches!(
            api_base("cm.example.org"),
            Err(CmError::InvalidServerUrl { .. })
        ));
        assert!(matches!(
            api_base("https://u:p@cm.example.org"),
            Err(CmError::InvalidServerUrl { .. })
        ));
    }
}
