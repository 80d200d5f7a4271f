//! An element of a list that is JSON but not a request the desk can read,
//! named in words the officer can pass on.

use std::fmt;

use serde::Deserialize;

use crate::cm::decode::one_line;

/// One element of the server's list that is not a request the desk can read
/// (a bad GUID, a bad time, a missing field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableRequest {
    /// Where it stood in the server's list, counted from 1.
    pub position: usize,
    /// Its `Uuid` as the server wrote it, when it has one that is text.
    pub id: Option<String>,
    /// What was wrong with it.
    pub reason: String,
}

impl UnreadableRequest {
    /// The element at `position` (its JSON is `element`), which serde
    /// could not read as a request for `error`.
    pub(super) fn of(position: usize, element: &[u8], error: &serde_json::Error) -> Self {
        Self {
            position,
            id: id_of(element),
            reason: error_words(error),
        }
    }
}

impl fmt::Display for UnreadableRequest {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.id {
            Some(id) => write!(
                f,
                "request {id} (number {} in the list): {}",
                self.position, self.reason
            ),
            None => write!(
                f,
                "request number {} in the list: {}",
                self.position, self.reason
            ),
        }
    }
}

/// The `Uuid` of an element that did not read as a request, if it is text.
fn id_of(element: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct JustTheId {
        #[serde(rename = "Uuid", alias = "uuid")]
        uuid: Option<String>,
    }
    let id = serde_json::from_slice::<JustTheId>(element).ok()?.uuid?;
    let id = id.trim_end_matches('\0');
    (!id.trim().is_empty()).then(|| one_line(id, 60))
}

/// serde's message without its "at line 1 column 123" tail, which points
/// into one element, not anywhere the officer could look.
fn error_words(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let words = match text.rfind(" at line ") {
        Some(cut) => &text[..cut],
        None => &text,
    };
    one_line(words, 200)
}
