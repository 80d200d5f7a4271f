//! Text a requester or a server could send to take over what the officer
//! sees: terminal escape sequences (bold, OSC 52 setting the clipboard,
//! ended by BEL; a C1 CSI clearing the screen) and bidi overrides, in a
//! request's comment, its display name and a server's error message.

use super::canned::{Reply, json};

/// A request's id in [`list`].
pub const REQUEST_ID: &str = "b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d";

/// The comment as the requester typed it...
pub const COMMENT: &str =
    "Card for \u{1b}[1mAda\u{1b}[0m \u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{9b}2J \u{202e}gnp.exe";
/// ...and as the officer is to see it: every escape written out, nothing
/// reordered.
pub const COMMENT_SHOWN: &str =
    r"Card for \u{1b}[1mAda\u{1b}[0m \u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{9b}2J gnp.exe";

pub const NAME: &str = "Ada \u{2067}Lindqvist\u{2069}\u{200b}";
pub const NAME_SHOWN: &str = "Ada Lindqvist";

/// A 403's message as a server might send it, and as it is shown.
pub const MESSAGE: &str = "\u{1b}[31mAccess denied\u{1b}]52;c;aGk=\u{7} by \u{202e}nimda";
pub const MESSAGE_SHOWN: &str = r"\u{1b}[31mAccess denied\u{1b}]52;c;aGk=\u{7} by nimda";

/// A list of one approved, unbound smart-card request carrying the text.
pub fn list() -> String {
    serde_json::json!([{
        "Uuid": REQUEST_ID,
        "RequestType": 1,
        "Status": 3,
        "Flags": 2,
        "DataCollection": [
            {"Name": "DisplayName", "Value": NAME},
            {"Name": "Department", "Value": "Fin\u{1b}[8mance"},
        ],
        "TargetUserUuid": "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e",
        "Submitted": "2024-05-06T07:08:09",
        "Priority": 1,
        "Comment": COMMENT,
        "IsSmartcard": true,
    }])
    .to_string()
}

/// A 403 whose message carries the text.
pub fn forbidden() -> Reply {
    json(403, &serde_json::json!({ "Message": MESSAGE }).to_string())
}

/// A character that must never reach the officer's screen or terminal as
/// it came: a control character (C0, DEL, C1) or an invisible format
/// character that reorders or hides text.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Panics naming the first such character in `text`, but for the line
/// breaks between lines of output.
pub fn assert_shown_safely(text: &str, what: &str) {
    if let Some(c) = text.chars().find(|&c| c != '\n' && is_hidden_control(c)) {
        panic!("{what} holds U+{:04X}: {text:?}", u32::from(c));
    }
}
