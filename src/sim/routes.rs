//! The simulator's HTTP face. IIS matches paths case-insensitively, so we
//! route on the lower-cased path ourselves instead of with axum's router.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use uuid::Uuid;

use super::answers::{
    iis_not_found, is_json, json, list, message, refused, unsupported_media_type,
};
use super::scope::{Caller, Thing, check_path};
use super::state::{Refusal, SimState};
use super::training_routes;
use super::{Faults, Sim};
use crate::cm::RequestStatus;
use crate::ids::parse_guid;

const API_PREFIX: [&str; 3] = ["certificatemanagement", "api", "v1.0"];

pub(super) async fn dispatch(
    State(sim): State<Arc<Sim>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    sim.log_call(&method, uri.path());
    let faults = sim.faults();
    // The classroom's routes are plumbing, not the CM server: no faults.
    let training = training_routes::is_training(uri.path());
    // Which desk calls is the key it holds, never a name it gives.
    let caller = sim.caller(&headers);
    if !training && faults.latency_ms > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(faults.latency_ms)).await;
    }
    let desk_api_off = caller.as_ref().is_ok_and(|c| sim.desk_api_off(*c));
    if !training && (faults.api_disabled || desk_api_off) {
        return iis_not_found();
    }
    let admitted = match super::auth::admit(&sim, &headers).await {
        Ok(admitted) => admitted,
        Err(refusal) => {
            tracing::info!("simulator: {method} {} → 401", uri.path());
            return refusal;
        }
    };
    let mut answer = if (method == Method::POST || method == Method::PUT) && !is_json(&headers) {
        unsupported_media_type()
    } else if training {
        training_routes::answer(&sim, &method, &uri, &headers, caller, &body)
    } else {
        match caller {
            Ok(caller) => answer(&sim, &method, &uri, &body, faults, caller),
            Err(refusal) => refused(refusal),
        }
    };
    if let Some(AnswerAfter(delay)) = answer.extensions_mut().remove::<AnswerAfter>() {
        tokio::time::sleep(delay).await;
    }
    tracing::info!(
        "simulator: {method} {} → {} as {} ({})",
        uri.path(),
        answer.status().as_u16(),
        admitted.who,
        admitted.how
    );
    answer.headers_mut().extend(admitted.headers);
    answer
}

/// Marks an answer to be sent only after this long (a lesson's slow bind).
#[derive(Clone, Copy)]
pub(super) struct AnswerAfter(pub(super) std::time::Duration);

/// The answer to a call let through, faults included.
fn answer(
    sim: &Sim,
    method: &Method,
    uri: &Uri,
    body: &[u8],
    faults: Faults,
    caller: Caller,
) -> Response {
    let path = uri.path().to_ascii_lowercase();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let Some(route) = segments.strip_prefix(&API_PREFIX[..]) else {
        return iis_not_found();
    };
    if fastrand::f64() < faults.forbidden_rate {
        return message(
            StatusCode::FORBIDDEN,
            "Access is denied. (simulated fault)".to_owned(),
        );
    }
    if fastrand::f64() < faults.error_rate {
        let text = format!(
            "An error has occurred. Correlation ID: {}. (simulated fault)",
            Uuid::new_v4()
        );
        return message(StatusCode::INTERNAL_SERVER_ERROR, text);
    }
    let query: HashMap<String, String> =
        url::form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
            .map(|(k, v)| (k.to_ascii_lowercase(), v.into_owned()))
            .collect();
    let answer =
        route_call(sim, method, route, &query, body, &faults, caller).unwrap_or_else(refused);
    if faults.malformed && answer.status() == StatusCode::OK {
        // Cut a success body mid-way, as a proxy dropping the connection would.
        return (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            "[{\"Uuid\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"Status\":",
        )
            .into_response();
    }
    answer
}

fn route_call(
    sim: &Sim,
    method: &Method,
    route: &[&str],
    query: &HashMap<String, String>,
    body: &[u8],
    faults: &Faults,
    caller: Caller,
) -> Result<Response, Refusal> {
    let mut state = sim.lock();
    // Before any route: the requests and smartcards its path names must
    // be within the caller's reach.
    check_path(&state, caller, route)?;
    if let Some(answer) =
        super::enrollment_routes::route(&mut state, method.as_str(), route, query, body, faults)
    {
        return answer;
    }
    Ok(match (method.as_str(), route) {
        ("GET", ["requests"]) => {
            let status = query.get("status").map(|s| status_filter(s)).transpose()?;
            let current = query
                .get("targetuser")
                .is_some_and(|t| t.eq_ignore_ascii_case("current"));
            // A trainee desk in a lesson sees its own requests, no one else's.
            let own = match caller {
                Caller::Desk(desk) => state.desk_requests(desk, status, current),
                Caller::Keyless => None,
            };
            let listed = own.unwrap_or_else(|| state.requests(status, current));
            let reachable: Vec<_> = (listed.into_iter())
                .filter(|r| state.may_touch(caller, Thing::Request(r.uuid)))
                .collect();
            list(&reachable)
        }
        ("GET", ["requests", id]) => {
            let id = guid(id)?;
            json(
                state
                    .request(id)
                    .ok_or_else(|| Refusal::NotFound(format!("Request {id} was not found.")))?,
            )
        }
        ("GET", ["smartcards"]) => {
            let card_id = query
                .get("cardid")
                .ok_or_else(|| Refusal::Invalid("The cardid parameter is required.".to_owned()))?;
            let card_id = guid(card_id)?;
            let reachable: Vec<_> = (state.smartcards_for_card(card_id).into_iter())
                .filter(|sc| state.may_touch(caller, Thing::Smartcard(sc.uuid)))
                .collect();
            list(&reachable)
        }
        ("GET", ["smartcards", id]) => {
            let id = guid(id)?;
            json(
                state
                    .smartcard(id)
                    .ok_or_else(|| Refusal::NotFound(format!("Smartcard {id} was not found.")))?,
            )
        }
        ("POST", ["smartcards"]) => {
            let (request, card_id, atr) = bind_fields(body)?;
            state.reach(caller, Thing::Request(request))?;
            let delay = state.lesson_bind_rule(request)?;
            let smartcard = state.bind(caller, request, card_id, &atr)?;
            let mut answer = (
                StatusCode::CREATED,
                axum::Json(format!("api/v1.0/smartcards/{smartcard}")),
            )
                .into_response();
            if let Some(delay) = delay {
                answer.extensions_mut().insert(AnswerAfter(delay));
            }
            answer
        }
        ("GET", ["smartcards", _, "serverproposedpin"]) if faults.documented_pin_route_missing => {
            return Err(no_route());
        }
        ("GET", ["smartcards", sc, "serverproposedpin"]) => pin(&mut state, sc, None, query)?,
        ("GET", ["requests", rid, "smartcards", sc, "serverproposedpin"]) => {
            pin(&mut state, sc, Some(rid), query)?
        }
        ("GET", ["requests", rid, "smartcards", sc, "authenticationresponse"]) => {
            authentication_response(&state, rid, sc, query)?
        }
        ("GET", ["profiletemplates", pt, "configuration", "smartcards"]) => {
            smartcard_configuration(&state, pt)?
        }
        _ => return Err(no_route()),
    })
}

/// `authenticationresponse?cardid&challenge&diversified&atr`: base64 of
/// the response that authenticates the admin key to the card.
fn authentication_response(
    state: &SimState,
    rid: &str,
    sc: &str,
    query: &HashMap<String, String>,
) -> Result<Response, Refusal> {
    let (rid, sc) = (guid(rid)?, guid(sc)?);
    let (Some(atr), Some(card_id), Some(challenge)) = (
        query.get("atr"),
        query.get("cardid"),
        query.get("challenge"),
    ) else {
        return Err(Refusal::Invalid(
            "The atr, cardid and challenge parameters are required.".to_owned(),
        ));
    };
    let diversified = match query.get("diversified").map(|d| d.to_ascii_lowercase()) {
        Some(d) if d == "true" => true,
        Some(d) if d == "false" => false,
        _ => {
            return Err(Refusal::Invalid(
                "The diversified parameter must be True or False.".to_owned(),
            ));
        }
    };
    let challenge = challenge_bytes(challenge)?;
    let response =
        state.authentication_response(sc, rid, guid(card_id)?, atr, &challenge, diversified)?;
    Ok(json(
        base64::engine::general_purpose::STANDARD.encode(response),
    ))
}

/// A template's smart-card configuration, the admin key part.
fn smartcard_configuration(state: &SimState, pt: &str) -> Result<Response, Refusal> {
    let pt = guid(pt)?;
    let config = state
        .admin_key_config(pt)
        .ok_or_else(|| Refusal::NotFound(format!("Profile template {pt} was not found.")))?;
    Ok(json(serde_json::json!({
        "DefaultAdminKeyHex": config.default_key.to_hex(),
        "DiversifyAdminKey": config.diversify,
        "UserPinOption": if state.template_lets_cardholder_choose(pt) { 1 } else { 0 },
    })))
}

fn no_route() -> Refusal {
    Refusal::NotFound("No HTTP resource was found that matches the request URI.".to_owned())
}

/// A status name, or the number a client sends for a status it has no name
/// for (the client writes `status=42` for `Unknown(42)`).
fn status_filter(text: &str) -> Result<RequestStatus, Refusal> {
    if let Ok(code) = text.trim().parse::<i64>() {
        return Ok(RequestStatus::from_code(code));
    }
    text.parse::<RequestStatus>()
        .map_err(|e| Refusal::Invalid(e.to_string()))
}

fn pin(
    state: &mut SimState,
    sc: &str,
    rid: Option<&str>,
    query: &HashMap<String, String>,
) -> Result<Response, Refusal> {
    let sc = guid(sc)?;
    let rid = rid.map(guid).transpose()?;
    let (Some(atr), Some(card_id), Some(challenge)) = (
        query.get("atr"),
        query.get("cardid"),
        query.get("challenge"),
    ) else {
        return Err(Refusal::Invalid(
            "The atr, cardid and challenge parameters are required.".to_owned(),
        ));
    };
    let challenge = challenge_bytes(challenge)?;
    let answer = match state.proposed_pin(sc, rid, guid(card_id)?, atr)? {
        Some(pin) => json(pin),
        None => StatusCode::NO_CONTENT.into_response(),
    };
    state.note_challenge(sc, challenge);
    Ok(answer)
}

/// The card's challenge: a 3DES witness or GET CHALLENGE gives 8 bytes, an
/// AES admin key's witness 16.
fn challenge_bytes(base64_text: &str) -> Result<Vec<u8>, Refusal> {
    base64::engine::general_purpose::STANDARD
        .decode(base64_text)
        .ok()
        .filter(|bytes| matches!(bytes.len(), 8 | 16))
        .ok_or_else(|| {
            Refusal::Invalid(
                "The challenge must be the base64 form of the card's 8- or 16-byte challenge."
                    .to_owned(),
            )
        })
}

/// The bind body: lower-case names per the docs, but read case-insensitively.
fn bind_fields(body: &[u8]) -> Result<(Uuid, Uuid, String), Refusal> {
    let bad = |text: &str| Refusal::Invalid(text.to_owned());
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|_| bad("The request body must be a JSON object."))?;
    let object = value
        .as_object()
        .ok_or_else(|| bad("The request body must be a JSON object."))?;
    let field = |name: &str| {
        object
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.as_str())
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| bad(&format!("The {name} field is required.")))
    };
    let request = parse_guid(field("requestid")?)
        .ok_or_else(|| bad("The requestid field must be a GUID."))?;
    let card_id =
        parse_guid(field("cardid")?).ok_or_else(|| bad("The cardid field must be a GUID."))?;
    let atr = field("atr")?;
    if hex::decode(atr).map_or(true, |b| b.len() < 2) {
        return Err(bad("The atr field must be the card's ATR in hex."));
    }
    Ok((request, card_id, atr.to_owned()))
}

pub(super) fn guid(text: &str) -> Result<Uuid, Refusal> {
    parse_guid(text).ok_or_else(|| Refusal::Invalid(format!("'{text}' is not a valid GUID.")))
}
