//! Reading what the server sent: lists that may be a lone object, the PIN
//! as a JSON string, and the officer's CA file.

use serde::de::DeserializeOwned;

use super::error::CmError;
use crate::pin::Pin;
use crate::safe_text::for_display;

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
                    // serde's words may quote the server's text.
                    format!(
                        "JSON it could not read ({})",
                        one_line(&list_error.to_string(), 300)
                    )
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
/// empty string is an answer, not garbage: the server gave no PIN. A PIN no
/// card takes (see [`Pin::fits_a_card`]) is refused, none of it shown.
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
    if !pin.fits_a_card() {
        return Err(CmError::UnusablePin);
    }
    Ok(pin)
}

/// Server text (a message, serde's words quoting a field) fit to show in
/// one short line: white space collapsed, control and bidi characters dealt
/// with as [`for_display`] does, cut at `max` characters.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    let collapsed = for_display(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match collapsed.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &collapsed[..cut]),
        None if collapsed.is_empty() => "(the server gave no reason)".to_owned(),
        None => collapsed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin_from(text: &str) -> Result<Pin, CmError> {
        parse_pin(&serde_json::to_vec(text).unwrap())
    }

    #[test]
    fn a_pin_a_card_takes_is_shown_as_sent() {
        for text in ["007734", "04719385", "Ab3$x9!~"] {
            assert_eq!(pin_from(text).unwrap().expose(), text);
        }
    }

    #[test]
    fn a_pin_no_card_takes_is_refused_and_never_quoted() {
        let refused = [
            "1234\u{202e}5678",   // reorders its digits on screen
            "\u{200b}\u{200b}",   // looks blank
            "Your PIN is 1234",   // a sentence
            &"7".repeat(200_000), // fills the window
            "12345",              // shorter than a card's PIN
            "123456789",          // longer
            "1234 567",           // a space
            "123456\u{7}",        // a control character
            "１２３４５６",       // full-width digits
        ];
        for text in refused {
            let err = pin_from(text).unwrap_err();
            assert!(matches!(err, CmError::UnusablePin), "{text:?}: {err:?}");
            let words = format!("{err} {err:?}");
            assert!(!words.contains("1234") && !words.contains("777"), "{words}");
        }
        assert!(err_is_no_pin(pin_from("")));
        assert!(err_is_no_pin(pin_from("   ")));
        assert!(err_is_no_pin(parse_pin(b"null")));
    }

    fn err_is_no_pin(result: Result<Pin, CmError>) -> bool {
        matches!(result, Err(CmError::NoPinGiven))
    }

    #[test]
    fn one_line_shows_server_text_without_escapes_or_overrides() {
        let message = "\u{1b}[31mDenied\u{1b}]52;c;aGk=\u{7}\n by \u{202e}nimda";
        assert_eq!(
            one_line(message, 300),
            r"\u{1b}[31mDenied\u{1b}]52;c;aGk=\u{7} by nimda"
        );
    }
}
