//! The subject a template asks for, as Windows writes it
//! (`CN=Zoë Ångström, OU=Finance, DC=example, DC=org`): RFC 4514 order and
//! escaping, with the spaces after commas that Windows adds.

use std::str::FromStr;

use x509_cert::name::{Name, RdnSequence, RelativeDistinguishedName};

use super::PkixError;

/// Parses a subject; an empty text is the empty name (the CA fills it in).
pub fn parse_subject(text: &str) -> Result<Name, PkixError> {
    let bad = |detail: String| PkixError::BadSubject {
        subject: text.to_owned(),
        detail,
    };
    let mut parts = Vec::new();
    for piece in split_unescaped(text) {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        let rdn = RelativeDistinguishedName::from_str(piece)
            .map_err(|e| bad(format!("'{piece}': {e}")))?;
        parts.push(rdn);
    }
    // RFC 4514 writes the most specific part first; DER keeps it last.
    parts.reverse();
    Ok(RdnSequence(parts))
}

/// `text` split at every comma that is not escaped with a backslash.
fn split_unescaped(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ',' => {
                pieces.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    pieces.push(&text[start..]);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_subjects_read_with_their_spaces_and_letters() {
        let name = parse_subject("CN=Zoë Ångström, OU=Finance, DC=example, DC=org").unwrap();
        assert_eq!(name.0.len(), 4);
        assert_eq!(
            name.to_string(),
            "CN=Zoë Ångström,OU=Finance,DC=example,DC=org"
        );
        let korean = parse_subject("CN=김민준").unwrap();
        assert_eq!(korean.to_string(), "CN=김민준");
        let escaped = parse_subject(r"CN=Okafor\, Bruno, O=Example").unwrap();
        assert_eq!(escaped.0.len(), 2);
        assert!(parse_subject("").unwrap().0.is_empty());
        assert!(parse_subject("not a name").is_err());
    }
}
