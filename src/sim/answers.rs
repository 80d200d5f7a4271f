//! How the simulator answers: JSON, ASP.NET Web API's error shape, and the
//! page IIS shows when the REST API is off.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::state::Refusal;

pub(super) fn list<T: Serialize>(items: &[T]) -> Response {
    if items.is_empty() {
        StatusCode::NO_CONTENT.into_response()
    } else {
        json(items)
    }
}

pub(super) fn json<T: Serialize>(value: T) -> Response {
    axum::Json(value).into_response()
}

pub(super) fn refused(refusal: Refusal) -> Response {
    match refusal {
        Refusal::NotFound(m) => not_found(m),
        Refusal::Forbidden(m) => message(StatusCode::FORBIDDEN, m),
        Refusal::Invalid(m) => message(StatusCode::BAD_REQUEST, m),
    }
}

/// Whether the body is declared JSON (`application/json`, any parameters).
pub(super) fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

/// What ASP.NET Web API answers a body it has no formatter for.
pub(super) fn unsupported_media_type() -> Response {
    message(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "The request entity's media type is not supported for this resource.".to_owned(),
    )
}

/// ASP.NET Web API's error shape.
pub(super) fn message(status: StatusCode, text: String) -> Response {
    (status, axum::Json(serde_json::json!({ "Message": text }))).into_response()
}

pub(super) fn not_found(text: String) -> Response {
    message(StatusCode::NOT_FOUND, text)
}

/// What IIS answers when the API is off: an HTML page, not JSON.
pub(super) fn iis_not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/html")],
        "<html><body><h1>404 - File or directory not found.</h1></body></html>",
    )
        .into_response()
}
