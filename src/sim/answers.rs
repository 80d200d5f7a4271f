//! How the simulator answers: JSON, ASP.NET Web API's error shape, and the
//! page IIS shows when the REST API is off.

use std::convert::Infallible;

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::state::Refusal;
use crate::training::wire::UNKNOWN_DESK_HEADER;

/// The size of the pieces a list is written in, as a server's output buffer.
const LIST_PIECE: usize = 64 * 1024;

/// A list as a streaming server writes one (ASP.NET Core does): serialized
/// piece by piece as the connection takes them, so the first items are on
/// the wire while the last are still to be written. Each piece is written
/// on the connection's own task, when it is asked for: a writer thread of
/// its own would add a third busy thread beside the socket and the client
/// on a two-core machine. The items are copied first, so no lock is held
/// while a slow client reads.
pub(super) fn list<T: Serialize + Clone + Send + 'static>(items: &[&T]) -> Response {
    if items.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    let pieces = ListPieces {
        items: items
            .iter()
            .map(|&item| item.clone())
            .collect::<Vec<T>>()
            .into_iter(),
        started: false,
        written: 0,
    };
    (
        [(header::CONTENT_TYPE, "application/json")],
        Body::from_stream(futures_util::stream::iter(pieces.map(Ok::<_, Infallible>))),
    )
        .into_response()
}

/// A JSON array written in pieces of about `LIST_PIECE` bytes. Each item
/// is let go once written, so the copy is freed as it goes out rather than
/// all at once at the end.
struct ListPieces<T> {
    items: std::vec::IntoIter<T>,
    started: bool,
    written: usize,
}

impl<T: Serialize> Iterator for ListPieces<T> {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        if self.started && self.items.len() == 0 {
            return None; // the closing bracket went with the last piece
        }
        let mut piece = Vec::with_capacity(LIST_PIECE + 4096);
        if !self.started {
            self.started = true;
            piece.push(b'[');
        }
        while piece.len() < LIST_PIECE {
            let Some(item) = self.items.next() else { break };
            if self.written > 0 {
                piece.push(b',');
            }
            if let Err(error) = serde_json::to_writer(&mut piece, &item) {
                // The body ends short, as a server's would that failed mid-way.
                tracing::warn!("the simulator could not write a list item: {error}");
                self.items = Vec::new().into_iter();
                return Some(piece);
            }
            self.written += 1;
        }
        if self.items.len() == 0 {
            piece.push(b']');
        }
        Some(piece)
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
        Refusal::UnknownDesk(m) => {
            let mut answer = message(StatusCode::FORBIDDEN, m);
            answer.headers_mut().insert(
                UNKNOWN_DESK_HEADER,
                axum::http::HeaderValue::from_static("join-again"),
            );
            answer
        }
        Refusal::RoomFull(m) => message(StatusCode::SERVICE_UNAVAILABLE, m),
        Refusal::Failed(m) => message(StatusCode::INTERNAL_SERVER_ERROR, m),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces_of(items: Vec<String>) -> Vec<Vec<u8>> {
        ListPieces {
            items: items.into_iter(),
            started: false,
            written: 0,
        }
        .collect()
    }

    #[test]
    fn list_pieces_join_into_the_whole_array() {
        for count in [1_usize, 2, 63, 64, 65, 300] {
            let items: Vec<String> = (0..count).map(|i| format!("{i:>1023}")).collect();
            let pieces = pieces_of(items.clone());
            assert_eq!(
                pieces.concat(),
                serde_json::to_vec(&items).unwrap(),
                "{count} items"
            );
            // Pieces of the buffer's size, not one body: 64 items of 1,026
            // bytes (quotes and comma) fill 64 KiB.
            assert_eq!(pieces.len(), count.div_ceil(64), "{count} items");
            assert!(pieces.iter().all(|p| p.len() < LIST_PIECE + 2048));
        }
    }
}
