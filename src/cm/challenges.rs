//! The sign-in schemes a 401 offers, read from its `WWW-Authenticate`
//! headers with a real challenge parser: a parameter may hold commas
//! (`error_description="…, please …"`), so splitting on them is wrong.

use reqwest::header::{HeaderMap, WWW_AUTHENTICATE};

/// Every scheme offered, once each, in the order offered.
pub(crate) fn offered_schemes(headers: &HeaderMap) -> Vec<String> {
    let mut schemes: Vec<String> = Vec::new();
    for value in headers.get_all(WWW_AUTHENTICATE) {
        let Ok(value) = value.to_str() else { continue };
        for scheme in schemes_in(value) {
            if !schemes
                .iter()
                .any(|known| known.eq_ignore_ascii_case(scheme))
            {
                schemes.push(scheme.to_owned());
            }
        }
    }
    schemes
}

/// The schemes in one header value. The parser refuses the `token68` form
/// (`Negotiate <token>`); the challenges before such a part are kept, and a
/// value that starts with one still offers its scheme.
fn schemes_in(value: &str) -> Vec<&str> {
    let mut schemes = Vec::new();
    for challenge in http_auth::ChallengeParser::new(value) {
        match challenge {
            Ok(challenge) => schemes.push(challenge.scheme),
            Err(_) => break,
        }
    }
    if schemes.is_empty()
        && let Some(first) = value.split_whitespace().next()
    {
        schemes.push(first);
    }
    schemes
}

#[cfg(test)]
mod tests {
    use super::schemes_in;

    #[test]
    fn a_comma_inside_a_quoted_parameter_is_not_a_new_challenge() {
        let value = r#"Bearer realm="cm", error="invalid_token", error_description="expired, please sign in", Negotiate"#;
        assert_eq!(schemes_in(value), ["Bearer", "Negotiate"]);
    }

    #[test]
    fn bare_schemes_and_a_token68_challenge_are_read() {
        assert_eq!(schemes_in("Negotiate, NTLM"), ["Negotiate", "NTLM"]);
        assert_eq!(schemes_in("Negotiate oYGbMIGY=="), ["Negotiate"]);
        assert!(schemes_in("").is_empty());
    }
}
