//! Desk names: what a trainee desk asks to be called in a classroom and
//! the rule the simulator checks. A name travels whole, in JSON, so any
//! script is fine (김민준, Zoë); it only must not steer the trainer's
//! terminal, where it is printed.

/// Longest desk name, in characters.
pub const DESK_NAME_MAX: usize = 64;

/// What the desk asks to be called when nothing else is left of its name.
const FALLBACK: &str = "trainee";

/// Why a desk name cannot be used, in words; `None` when it is fine.
pub fn desk_name_problem(name: &str) -> Option<String> {
    let chars = name.chars().count();
    if chars == 0 || chars > DESK_NAME_MAX {
        return Some(format!(
            "the desk name must be 1 to {DESK_NAME_MAX} characters long; \"{}\" has {chars}",
            name.escape_default()
        ));
    }
    if name.chars().any(steers_text) {
        return Some(format!(
            "the desk name \"{}\" has control or invisible formatting characters, which could hide or reorder what the trainer reads; use letters, digits, spaces and punctuation",
            name.escape_default()
        ));
    }
    if name.trim() != name {
        return Some(format!(
            "the desk name \"{name}\" starts or ends with a space; remove it"
        ));
    }
    None
}

/// `name` as a desk name the simulator takes: what would steer the
/// terminal removed, trimmed and cut to length, never otherwise changed;
/// "trainee" when nothing is left.
pub fn fit_desk_name(name: &str) -> String {
    let kept: String = name.chars().filter(|c| !steers_text(*c)).collect();
    let cut: String = kept.trim().chars().take(DESK_NAME_MAX).collect();
    match cut.trim() {
        "" => FALLBACK.to_owned(),
        fit => fit.to_owned(),
    }
}

/// Control characters, and the invisible ones that join, hide or reorder
/// text (zero-width marks, bidirectional embeddings and isolates).
fn steers_text(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_are_fine_and_what_steers_a_terminal_is_not() {
        for fine in [
            "ada-pc",
            "Room 4, desk 2",
            "김민준",
            "Zoë",
            "Zoé",
            "Ådne Øvrebø",
        ] {
            assert_eq!(desk_name_problem(fine), None, "{fine:?}");
        }
        assert_eq!(desk_name_problem(&"민".repeat(DESK_NAME_MAX)), None);
        let too_long = desk_name_problem(&"x".repeat(DESK_NAME_MAX + 1)).unwrap();
        assert!(too_long.contains("1 to 64 characters"), "{too_long}");
        for bad in [
            "",
            " ada",
            "ada ",
            "a\nb",
            "a\u{1b}[31m",
            "evil\u{202E}cod.exe",
            "a\u{200B}b",
        ] {
            assert!(desk_name_problem(bad).is_some(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn any_account_name_fits_without_losing_its_letters() {
        assert_eq!(fit_desk_name("김민준"), "김민준");
        assert_eq!(fit_desk_name("Zoë Ångström"), "Zoë Ångström");
        assert_eq!(fit_desk_name(" ada "), "ada");
        assert_eq!(fit_desk_name("\u{7}bell"), "bell");
        assert_eq!(fit_desk_name("ab\u{202E}c"), "abc");
        assert_eq!(fit_desk_name(" \u{200B} "), "trainee");
        assert_eq!(fit_desk_name(""), "trainee");
        assert_eq!(
            fit_desk_name(&"민".repeat(200)).chars().count(),
            DESK_NAME_MAX
        );
        for name in [
            "Zoë Ångström",
            " ada ",
            "\u{7}bell",
            "",
            "김민준",
            &"x ".repeat(100),
        ] {
            let fit = fit_desk_name(name);
            assert_eq!(desk_name_problem(&fit), None, "{name:?} → {fit:?}");
        }
    }
}
