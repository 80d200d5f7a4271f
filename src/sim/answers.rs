//! How the simulator answers: JSON, ASP.NET Web API's error shape, and the
//! page IIS shows when the REST API is off.

use std::convert::Infallible;

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tokio::sync::mpsc;

use super::state::Refusal;

/// The size of the pieces a list is written in, as a server's output buffer.
const LIST_PIECE: usize = 64 * 1024;

/// A list as a streaming server writes one (ASP.NET Core does): serialized
/// piece by piece onto the response, so the first items are on the wire
/// while the last are still being written. The items are copied first, so
/// no lock is held while a slow client reads.
pub(super) fn list<T: Serialize + Clone + Send + 'static>(items: &[&T]) -> Response {
    if items.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    let items: Vec<T> = items.iter().map(|&item| item.clone()).collect();
    let (pieces, mut written) = mpsc::channel::<Vec<u8>>(4);
    tokio::task::spawn_blocking(move || write_list(items, &pieces));
    let body = futures_util::stream::poll_fn(move |cx| {
        written
            .poll_recv(cx)
            .map(|piece| piece.map(Ok::<_, Infallible>))
    });
    (
        [(header::CONTENT_TYPE, "application/json")],
        Body::from_stream(body),
    )
        .into_response()
}

/// Writes `items` as a JSON array in pieces; stops when the client has gone.
/// Each item is let go once written, so the copy is freed as it goes out
/// rather than all at once at the end.
fn write_list<T: Serialize>(items: Vec<T>, pieces: &mpsc::Sender<Vec<u8>>) {
    let new_piece = || Vec::with_capacity(LIST_PIECE + 4096);
    let mut piece = new_piece();
    piece.push(b'[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            piece.push(b',');
        }
        if let Err(error) = serde_json::to_writer(&mut piece, &item) {
            // The body ends short, as a server's would that failed mid-way.
            tracing::warn!("the simulator could not write a list item: {error}");
            return;
        }
        if piece.len() >= LIST_PIECE
            && pieces
                .blocking_send(std::mem::replace(&mut piece, new_piece()))
                .is_err()
        {
            return;
        }
    }
    piece.push(b']');
    // A client that left before the end needs nothing more.
    pieces.blocking_send(piece).ok();
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
