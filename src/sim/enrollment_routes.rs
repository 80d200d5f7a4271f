//! The simulator's routes for the rest of an enrollment, with the
//! trainer's faults for each: the card's own admin key (403 on demand),
//! certificate request options, certificates from the CA (refused,
//! unavailable, slow, or answered with a server-made key), and the
//! request's final status.

use std::collections::HashMap;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use uuid::Uuid;

use super::Faults;
use super::answers::{json, message};
use super::routes::{AnswerAfter, guid};
use super::state::{Refusal, SimState};
use crate::pkix;

/// Answers an enrollment call, or `None` when the route is not one.
pub(super) fn route(
    state: &mut SimState,
    method: &str,
    route: &[&str],
    query: &HashMap<String, String>,
    body: &[u8],
    faults: &Faults,
) -> Option<Result<Response, Refusal>> {
    Some(match (method, route) {
        ("GET", ["requests", rid, "smartcards", sc, "diversifiedkey"]) => {
            if faults.diversified_key_forbidden {
                return Some(Ok(forbidden()));
            }
            diversified_key(state, rid, sc, query)
        }
        ("GET", ["requests", rid, "certificaterequestgenerationoptions"]) => guid(rid)
            .and_then(|rid| state.certificate_options(rid))
            .map(json),
        ("POST", ["requests", rid, "certificatedata"]) => {
            certificate_data(state, rid, body, faults)
        }
        ("PUT", ["requests", rid]) => set_status(state, rid, body),
        _ => return None,
    })
}

fn forbidden() -> Response {
    message(
        StatusCode::FORBIDDEN,
        "Access is denied: the caller is not in the group allowed sensitive operations. (simulated fault)".to_owned(),
    )
}

fn diversified_key(
    state: &SimState,
    rid: &str,
    sc: &str,
    query: &HashMap<String, String>,
) -> Result<Response, Refusal> {
    let card_id = query
        .get("cardid")
        .ok_or_else(|| Refusal::Invalid("The cardid parameter is required.".to_owned()))?;
    let key = state.diversified_key(
        guid(sc)?,
        guid(rid)?,
        guid(card_id)?,
        query.get("atr").map(String::as_str),
    )?;
    Ok(json(
        base64::engine::general_purpose::STANDARD.encode(key.as_bytes()),
    ))
}

fn certificate_data(
    state: &mut SimState,
    rid: &str,
    body: &[u8],
    faults: &Faults,
) -> Result<Response, Refusal> {
    let rid = guid(rid)?;
    let requests = certificate_requests(body)?;
    if faults.ca_unavailable {
        let text = format!(
            "The certificate authority could not be contacted. Correlation ID: {}. (simulated fault)",
            Uuid::new_v4()
        );
        return Ok(message(StatusCode::INTERNAL_SERVER_ERROR, text));
    }
    let answers = if faults.ca_refuses {
        vec![answer(
            None,
            "EnrollDeskSmartcardLogon",
            Some(
                "The certificate authority denied the request: the template is not issued to this user. (simulated fault)",
            ),
        )]
    } else if faults.server_generated_keys {
        vec![
            serde_json::json!({"isPfx": true, "isPkcs7": false, "Pfx": "MIIB", "Pkcs7": null, "Error": null}),
        ]
    } else {
        let ca = state.ca_certificate_der();
        state
            .certificate_data(rid, &requests)?
            .into_iter()
            .map(|(certificate, template)| {
                let chain = std::iter::once(certificate).chain(ca.clone()).collect();
                let pkcs7 = pkix::certs_only(chain)
                    .map(|der| base64::engine::general_purpose::STANDARD.encode(der))
                    .map_err(|e| Refusal::Invalid(e.to_string()))?;
                Ok(answer(Some(pkcs7), template, None))
            })
            .collect::<Result<Vec<_>, Refusal>>()?
    };
    let mut response = json(answers);
    if faults.ca_delay_ms > 0 {
        response
            .extensions_mut()
            .insert(AnswerAfter(std::time::Duration::from_millis(
                faults.ca_delay_ms,
            )));
    }
    Ok(response)
}

/// One Certificate object as MIM writes it (its mixed-case names included).
fn answer(pkcs7: Option<String>, template: &str, error: Option<&str>) -> serde_json::Value {
    serde_json::json!({
        "TemplateCommonName": template,
        "CertificateId": 0,
        "Flags": 65536,
        "UseLocalMachineStore": false,
        "Error": error,
        "Pkcs7": pkcs7,
        "Pfx": null,
        "IsExternal": false,
        "isServerGenerated": false,
        "isPfx": false,
        "isPkcs7": error.is_none(),
        "isKeyHistory": false,
    })
}

/// `certificaterequests` of the body: base64 DER requests (line breaks allowed).
fn certificate_requests(body: &[u8]) -> Result<Vec<Vec<u8>>, Refusal> {
    let bad = |text: &str| Refusal::Invalid(text.to_owned());
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|_| bad("The request body must be a JSON object."))?;
    let list = value
        .as_object()
        .and_then(|o| {
            o.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("certificaterequests"))
        })
        .and_then(|(_, v)| v.as_array())
        .ok_or_else(|| bad("The certificaterequests field is required."))?;
    list.iter()
        .map(|item| {
            let text: String = item
                .as_str()
                .ok_or_else(|| bad("Each certificate request must be a base64 string."))?
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(text)
                .map_err(|_| bad("Each certificate request must be a base64 string."))
        })
        .collect()
}

fn set_status(state: &mut SimState, rid: &str, body: &[u8]) -> Result<Response, Refusal> {
    let rid = guid(rid)?;
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|_| Refusal::Invalid("The request body must be a JSON object.".to_owned()))?;
    let status = value
        .as_object()
        .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("status")))
        .and_then(|(_, v)| v.as_str())
        .ok_or_else(|| Refusal::Invalid("The status field is required.".to_owned()))?;
    let request = state.set_request_status(rid, status)?;
    Ok((StatusCode::OK, axum::Json(request)).into_response())
}
