//! Text the desk did not write (a request's comment, a server's error
//! message, a reader's name) made fit to show. Whoever requested a card
//! types its comment; left as it came, an escape sequence in it would drive
//! the officer's terminal (colours, clearing the screen, OSC 52 setting the
//! clipboard) and a right-to-left override would reorder what the officer
//! reads.

use std::borrow::Cow;

/// `text` as the desk and the CLI show it: control characters (C0, DEL, C1)
/// written out as escapes in plain ASCII (ESC as `\u{1b}`, which every
/// font can draw, unlike the Unicode control pictures), line breaks and tabs
/// as spaces, and the invisible characters that reorder or hide text removed
/// (bidi overrides, embeddings, isolates and marks, zero-width spaces, tag
/// characters). Borrowed when nothing changes, as for almost every string a
/// server sends.
pub fn for_display(text: &str) -> Cow<'_, str> {
    if is_fit_to_show(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(made_fit(text))
}

/// [`for_display`] of a string already owned: no copy when nothing changes.
pub fn for_display_owned(text: String) -> String {
    if is_fit_to_show(&text) {
        return text;
    }
    made_fit(&text)
}

/// Nothing to change: printable ASCII (checked a byte at a time, the quick
/// way for the thousands of strings in a list), or no character that needs it.
fn is_fit_to_show(text: &str) -> bool {
    text.bytes().all(|b| (0x20..0x7f).contains(&b)) || !text.chars().any(needs_change)
}

fn needs_change(c: char) -> bool {
    c.is_control() || is_line_break(c) || is_hidden_format(c)
}

fn made_fit(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\t' || is_line_break(c) {
            shown.push(' ');
        } else if c.is_control() {
            shown.extend(c.escape_unicode());
        } else if !is_hidden_format(c) {
            shown.push(c);
        }
    }
    shown
}

/// Line and paragraph breaks, which would split a line of the CLI's table
/// (and a carriage return would let text overwrite what stands before it).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\u{0b}' | '\u{0c}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Invisible format characters that reorder text or hide that something is
/// there. The zero-width joiner and non-joiner stay: scripts and emoji need
/// them, and they move nothing.
fn is_hidden_format(c: char) -> bool {
    matches!(c,
        '\u{ad}'                    // soft hyphen
        | '\u{61c}'                 // Arabic letter mark
        | '\u{180e}'                // Mongolian vowel separator
        | '\u{200b}'                // zero-width space
        | '\u{200e}'..='\u{200f}'   // left-to-right and right-to-left marks
        | '\u{202a}'..='\u{202e}'   // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'   // word joiner, invisible operators
        | '\u{2066}'..='\u{206f}'   // bidi isolates, deprecated format characters
        | '\u{feff}'                // zero-width no-break space
        | '\u{fff9}'..='\u{fffb}'   // interlinear annotation
        | '\u{1d173}'..='\u{1d17a}' // musical format characters
        | '\u{e0000}'..='\u{e007f}' // tag characters
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_written_out_and_break_nothing() {
        assert_eq!(
            for_display("\u{1b}[1mBold\u{1b}[0m"),
            r"\u{1b}[1mBold\u{1b}[0m"
        );
        // OSC 52 (set the clipboard), ended by BEL.
        assert_eq!(
            for_display("\u{1b}]52;c;aGk=\u{7}"),
            r"\u{1b}]52;c;aGk=\u{7}"
        );
        assert_eq!(for_display("a\u{7f}b\u{9b}c\0"), r"a\u{7f}b\u{9b}c\u{0}");
        assert_eq!(for_display("one\r\ntwo\tthree\u{2028}"), "one  two three ");
    }

    #[test]
    fn nothing_reorders_or_hides_text() {
        assert_eq!(for_display("1234\u{202e}5678"), "12345678");
        assert_eq!(for_display("\u{2067}abc\u{2069} \u{200f}x"), "abc x");
        assert_eq!(for_display("\u{200b}\u{200b}"), "");
        assert_eq!(for_display("a\u{e0041}\u{e0042}b\u{feff}"), "ab");
    }

    #[test]
    fn ordinary_text_is_borrowed_as_it_is() {
        for text in [
            "New smart card for Ada Lindqvist, Finance",
            "스마트 카드 발급",
            "Müller-Lüdenscheidt (Zoë) — 50 €",
            "👩\u{200d}💻 teleworker",
            "",
        ] {
            assert!(
                matches!(for_display(text), Cow::Borrowed(same) if same == text),
                "{text}"
            );
            assert_eq!(for_display_owned(text.to_owned()), text);
        }
        assert_eq!(for_display_owned("\u{1b}x".to_owned()), r"\u{1b}x");
    }
}
