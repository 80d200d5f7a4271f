//! Reading what the server sent: lists that may be a lone object, the PIN
//! as a JSON string, and the officer's CA file.

use serde::de::DeserializeOwned;

use super::error::CmError;
use crate::pin::Pin;

pub(crate) fn read_ca_file(path: &std::path::Path) -> Result<Vec<reqwest::Certificate>, CmError> {
    let fail = |detail: String| CmError::CaFile {
        path: path.display().to_string(),
        detail,
    };
    let pem = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| fail(format!("not a PEM certificate file ({e})")))?;
    if certs.is_empty() {
        return Err(fail("it holds no certificate".to_owned()));
    }
    Ok(certs)
}

/// Lists come as arrays; a server may send a lone object for a list of one.
pub fn parse_one_or_many<T: DeserializeOwned>(
    body: &[u8],
    expected: &str,
) -> Result<Vec<T>, CmError> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum OneOrMany<T> {
        Many(Vec<T>),
        One(T),
    }
    let text = std::str::from_utf8(body).map_err(|_| CmError::UnexpectedResponse {
        expected: expected.to_owned(),
        got: "a body that is not UTF-8 text".to_owned(),
    })?;
    // Parse strictly first so a bad field is reported precisely.
    match serde_json::from_str::<Vec<T>>(text) {
        Ok(many) => Ok(many),
        Err(list_error) => match serde_json::from_str::<OneOrMany<T>>(text) {
            Ok(OneOrMany::One(one)) => Ok(vec![one]),
            Ok(OneOrMany::Many(many)) => Ok(many),
            Err(_) => Err(CmError::UnexpectedResponse {
                expected: expected.to_owned(),
                got: if text.trim().is_empty() {
                    "an empty body".to_owned()
                } else {
                    format!("JSON it could not read ({list_error})")
                },
            }),
        },
    }
}

/// A JSON string holding base64 (the admin key's authentication response).
/// The body is not quoted in an error: it authenticates to a card.
pub fn parse_base64_string(
    body: &[u8],
    expected: &str,
) -> Result<zeroize::Zeroizing<Vec<u8>>, CmError> {
    use base64::Engine;
    let unexpected = |got: &str| CmError::UnexpectedResponse {
        expected: expected.to_owned(),
        got: got.to_owned(),
    };
    let text = zeroize::Zeroizing::new(
        serde_json::from_slice::<String>(body)
            .map_err(|_| unexpected("something else (not shown)"))?,
    );
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| unexpected("a string that is not base64 (not shown)"))?;
    if bytes.is_empty() {
        return Err(unexpected("an empty string"));
    }
    Ok(zeroize::Zeroizing::new(bytes))
}

/// The PIN is a JSON string; a number would have lost leading zeros. The
/// body is never quoted in an error, since it may hold the PIN. `null` or an
/// empty string is an answer, not garbage: the server gave no PIN.
pub fn parse_pin(body: &[u8]) -> Result<Pin, CmError> {
    let unexpected = |got: &str| CmError::UnexpectedResponse {
        expected: "the proposed PIN as a JSON string".to_owned(),
        got: got.to_owned(),
    };
    let text = serde_json::from_slice::<Option<String>>(body)
        .map_err(|_| unexpected("something else (not shown: it may hold the PIN)"))?;
    let pin = Pin::new(text.unwrap_or_default());
    if pin.expose().trim().is_empty() {
        return Err(CmError::NoPinGiven);
    }
    if pin.expose().chars().any(char::is_control) {
        return Err(unexpected("an unprintable string"));
    }
    Ok(pin)
}

/// Collapses white space and cuts at `max` characters.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match collapsed.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &collapsed[..cut]),
        None if collapsed.is_empty() => "(the server gave no reason)".to_owned(),
        None => collapsed,
    }
}
