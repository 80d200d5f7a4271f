//! The bind call answers with a JSON string holding a relative URI such as
//! `"api/v1.0/smartcards/<guid>"`. Servers vary in case, may escape slashes
//! (`api\/v1.0\/...`), and may add braces, a trailing slash or a query.

use uuid::Uuid;

use crate::ids::parse_guid;

/// Takes the smartcard GUID out of the bind answer. `body` is the raw
/// response text: a JSON string, or (tolerantly) the bare URI.
pub fn smartcard_id_from_bind_answer(body: &str) -> Option<Uuid> {
    let body = body.trim().trim_start_matches('\u{feff}');
    let uri = match serde_json::from_str::<String>(body) {
        Ok(decoded) => decoded,
        Err(_) => body.trim_matches('"').replace("\\/", "/"),
    };
    smartcard_id_from_uri(&uri)
}

/// The GUID in the path segment after `smartcards/`, in any case.
pub fn smartcard_id_from_uri(uri: &str) -> Option<Uuid> {
    let path = uri.split(['?', '#']).next().unwrap_or_default();
    let mut segments = path.split(['/', '\\']).filter(|s| !s.is_empty());
    segments.find(|s| s.eq_ignore_ascii_case("smartcards"))?;
    let candidate = segments.next()?;
    // Braces around the GUID may come percent-encoded (`%7B…%7D`).
    let decoded = percent_encoding::percent_decode_str(candidate)
        .decode_utf8()
        .ok()?;
    parse_guid(&decoded).filter(|g| !g.is_nil())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "7e3ad2b1-7bd8-4b36-a0a8-1f2b6b9c0d11";

    #[test]
    fn reads_the_documented_form_and_its_variants() {
        for body in [
            format!("\"api/v1.0/smartcards/{ID}\""),
            format!("\"api\\/v1.0\\/smartcards\\/{ID}\""),
            format!("\"API/V1.0/SmartCards/{}\"", ID.to_uppercase()),
            format!("\"/CertificateManagement/api/v1.0/smartcards/{{{ID}}}/\""),
            format!("\"api/v1.0/smartcards/%7B{ID}%7d\""),
            format!(
                "\"https://cm.example.test/certificatemanagement/api/v1.0/smartcards/{ID}?x=1\""
            ),
            format!("api/v1.0/smartcards/{ID}"),
            format!("  \"api/v1.0/smartcards/{ID}\"\n"),
        ] {
            assert_eq!(
                smartcard_id_from_bind_answer(&body)
                    .map(|g| g.to_string())
                    .as_deref(),
                Some(ID),
                "{body}"
            );
        }
    }

    #[test]
    fn rejects_answers_without_a_smartcard_guid() {
        for body in [
            "",
            "\"\"",
            "null",
            "\"api/v1.0/requests/7e3ad2b1-7bd8-4b36-a0a8-1f2b6b9c0d11\"",
            "\"api/v1.0/smartcards/\"",
            "\"api/v1.0/smartcards/not-a-guid\"",
            "\"api/v1.0/smartcards/00000000-0000-0000-0000-000000000000\"",
            "{\"Uuid\":\"x\"}",
        ] {
            assert_eq!(smartcard_id_from_bind_answer(body), None, "{body}");
        }
    }
}
