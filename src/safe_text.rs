//! Text the desk did not write (a request's comment, a server's error
//! message, a reader's name) made fit to show. Whoever requested a card
//! types its comment; left as it came, an escape sequence in it would drive
//! the officer's terminal (colours, clearing the screen, OSC 52 setting the
//! clipboard) and a right-to-left override would reorder what the officer
//! reads.

use std::borrow::Cow;

/// `text` as the desk and the CLI show it: control characters made visible
/// (C0 as their Unicode pictures, ESC as ␛ and BEL as ␇; DEL as ␡; C1 as �),
/// line breaks and tabs as spaces, and the invisible characters that reorder
/// or hide text removed (bidi overrides, embeddings, isolates and marks,
/// zero-width spaces, tag characters). Borrowed when nothing changes, as for
/// almost every string a server sends.
pub fn for_display(text: &str) -> Cow<'_, str> {
    if is_plain_ascii(text) || !text.chars().any(|c| shown_as(c) != Some(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter_map(shown_as).collect())
}

/// [`for_display`] of a string already owned: no copy when nothing changes.
pub fn for_display_owned(text: String) -> String {
    if is_plain_ascii(&text) || !text.chars().any(|c| shown_as(c) != Some(c)) {
        return text;
    }
    text.chars().filter_map(shown_as).collect()
}

/// Printable ASCII only: nothing to change (checked a byte at a time, the
/// quick way for the thousands of strings in a list).
fn is_plain_ascii(text: &str) -> bool {
    text.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// What `c` is shown as; `None` drops it.
fn shown_as(c: char) -> Option<char> {
    match c {
        '\t' | '\n' | '\u{0b}' | '\u{0c}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Some(' '),
        '\0'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)),
        '\u{7f}' => Some('\u{2421}'),
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        c if is_hidden_format(c) => None,
        c => Some(c),
    }
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
    fn escape_sequences_show_as_pictures_and_break_nothing() {
        assert_eq!(
            for_display("\u{1b}[1mBold\u{1b}[0m"),
            "\u{241b}[1mBold\u{241b}[0m"
        );
        // OSC 52 (set the clipboard), ended by BEL.
        assert_eq!(
            for_display("\u{1b}]52;c;aGk=\u{7}"),
            "\u{241b}]52;c;aGk=\u{2407}"
        );
        assert_eq!(
            for_display("a\u{7f}b\u{9b}c\0"),
            "a\u{2421}b\u{fffd}c\u{2400}"
        );
        assert_eq!(for_display("one\r\ntwo\tthree"), "one  two three");
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
        assert_eq!(for_display_owned("\u{1b}x".to_owned()), "\u{241b}x");
    }
}
