//! No English left in the desk's code: every string literal handed to an
//! egui widget (label, button, tooltip, hint, window title…) outside a
//! Fluent lookup is reported, with a short allow-list for non-words.
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

/// Calls whose text argument an officer sees (or a screen reader speaks).
const WIDGET_CALLS: &[&str] = &[
    "label(",
    "heading(",
    "button(",
    "weak(",
    "strong(",
    "small(",
    "monospace(",
    "Button::new(",
    "RichText::new(",
    "Label::new(",
    "checkbox(",
    "selectable_value(",
    "selectable_label(",
    "radio_value(",
    "toggle_value(",
    "hyperlink_to(",
    "link(",
    "on_hover_text(",
    "on_disabled_hover_text(",
    "hint_text(",
    "Window::new(",
    ".text(",
    "colored_label(",
    "selected_text(",
    "CollapsingHeader::new(",
    "suffix(",
    "prefix(",
    "set_title(",
    "add_filter(",
    "with_title(",
];

/// Literals that are no words of any language: names, keys, symbols.
const ALLOWED: &[&str] = &[
    "enroll-desk",
    "F5",
    "Ctrl+B",
    "Microsoft",
    "RFC 4122",
    "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    "pem",
    "crt",
    "cer",
    "csv",
    "jsonl",
];

/// Each string literal in `code` with the text of its statement before it.
fn literals(code: &str) -> Vec<(String, String)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // A char literal such as '"' must not open a string.
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 3,
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => i += 4,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let statement_start = code[..i].rfind([';', '{', '}']).map_or(0, |at| at + 1);
                found.push((
                    code[statement_start..i].to_owned(),
                    code[start..end.min(bytes.len())].to_owned(),
                ));
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// The literals of `code` an officer would see untranslated.
fn untranslated(code: &str) -> Vec<String> {
    // Unit tests at the end of a file are not drawn.
    let code = code
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    literals(code)
        .into_iter()
        .filter(|(before, text)| {
            let widget = WIDGET_CALLS
                .iter()
                .filter_map(|call| before.rfind(call).map(|at| at + call.len()))
                .max();
            let Some(after_widget) = widget else {
                return false;
            };
            // A literal inside tr!(…) after the widget call is a message id.
            let looked_up = before[after_widget..].contains("tr!(");
            !looked_up && text.chars().any(char::is_alphabetic) && !ALLOWED.contains(&text.as_str())
        })
        .map(|(_, text)| text)
        .collect()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.to_string_lossy().ends_with("tests.rs")
        {
            files.push(path);
        }
    }
    files
}

#[test]
fn no_english_literal_reaches_a_widget() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut found = Vec::new();
    for file in rust_files(&ui) {
        let code = std::fs::read_to_string(&file).unwrap();
        for text in untranslated(&code) {
            found.push(format!("{}: {text:?}", file.display()));
        }
    }
    assert!(
        found.is_empty(),
        "put these in assets/locales/en/enroll-desk.ftl and look them up with tr!:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let code = r#"
        ui.label("Readers");
        ui.checkbox(
            &mut slow,
            format!("Slow server ({} s per answer)", SLOW),
        );
        ui.add(egui::Button::new(tr!("bind-button"))).on_hover_text("F5");
        egui::Grid::new("settings-grid").show(ui, |ui| {});
        let quote = '"';
        ui.heading(tr!("pin-title", person = name));
    "#;
    assert_eq!(
        untranslated(code),
        vec!["Readers", "Slow server ({} s per answer)"]
    );
}
