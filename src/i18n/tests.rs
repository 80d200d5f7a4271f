use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// Each message id of an `.ftl` source with the variables it uses. A
/// message starts at the line's first column; indented lines continue it.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut id = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((name, _)) = line.split_once('=')
        {
            id = Some(name.trim().to_owned());
            found.entry(name.trim().to_owned()).or_default();
        }
        let Some(id) = &id else { continue };
        let variables = found.entry(id.clone()).or_default();
        for (i, _) in line.match_indices('$') {
            let name: String = line[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            variables.insert(name);
        }
    }
    found
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let english = messages(source_of(Locale::En));
    assert!(english.len() > 100, "{} messages in English", english.len());
    let mut holes = Vec::new();
    for locale in Locale::ALL.into_iter().skip(1) {
        let translated = messages(source_of(locale));
        for (id, variables) in &english {
            match translated.get(id) {
                None => holes.push(format!("{}: '{id}' is missing", locale.tag())),
                Some(theirs) if theirs != variables => holes.push(format!(
                    "{}: '{id}' uses {theirs:?}, English uses {variables:?}",
                    locale.tag()
                )),
                Some(_) => {}
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            holes.push(format!("{}: '{id}' is not in English", locale.tag()));
        }
    }
    assert!(holes.is_empty(), "{}", holes.join("\n"));
}

#[test]
fn every_file_parses_without_errors() {
    for locale in Locale::ALL {
        if let Err((_, errors)) =
            fluent_bundle::FluentResource::try_new(source_of(locale).to_owned())
        {
            panic!("{}: {errors:?}", locale.tag());
        }
    }
}

/// Every `tr!("id"` in the source names a message English has.
#[test]
fn every_id_the_code_asks_for_exists() {
    let english = messages(source_of(Locale::En));
    let mut missing = Vec::new();
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        let code = std::fs::read_to_string(&path).unwrap();
        let code_lines = code
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"));
        for line in code_lines {
            for (i, _) in line.match_indices("tr!(\"") {
                // Not `include_str!(`.
                if line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let id: String = line[i + 5..].chars().take_while(|c| *c != '"').collect();
                if !english.contains_key(&id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn locales_are_negotiated_from_what_the_system_says() {
    assert_eq!(Locale::negotiate("de-AT"), Locale::De);
    assert_eq!(Locale::negotiate("de_CH.UTF-8"), Locale::De);
    assert_eq!(Locale::negotiate("nl-BE"), Locale::Nl);
    assert_eq!(Locale::negotiate("pt"), Locale::PtBr);
    assert_eq!(Locale::negotiate("pt-PT"), Locale::PtBr);
    assert_eq!(Locale::negotiate("pt_BR.UTF-8"), Locale::PtBr);
    assert_eq!(Locale::negotiate("ko_KR.UTF-8"), Locale::Ko);
    assert_eq!(Locale::negotiate("fr-FR"), Locale::En);
    assert_eq!(Locale::negotiate("C"), Locale::En);
    assert_eq!(Locale::negotiate(""), Locale::En);
    assert_eq!("pt-BR".parse::<Locale>(), Ok(Locale::PtBr));
    assert!("xx".parse::<Locale>().unwrap_err().contains("pt-BR"));
}

#[test]
fn plurals_follow_each_language() {
    set_current(Locale::En);
    assert_eq!(tr!("requests-loaded", count = 1), "Loaded 1 request");
    assert_eq!(tr!("requests-loaded", count = 2), "Loaded 2 requests");
    assert_eq!(
        tr!("requests-loaded", count = 12345),
        "Loaded 12,345 requests"
    );
    set_current(Locale::De);
    assert_eq!(tr!("requests-loaded", count = 1), "1 Anforderung geladen");
    assert_eq!(
        tr!("requests-loaded", count = 12345),
        "12.345 Anforderungen geladen"
    );
    set_current(Locale::Ko);
    assert_eq!(tr!("requests-loaded", count = 2), "요청 2개를 불러왔습니다");
    set_current(Locale::En);
}

#[test]
fn a_missing_id_falls_back_and_never_panics() {
    set_current(Locale::Ko);
    assert_eq!(tr!("no-such-message"), "no-such-message");
    // Variables are never wrapped in bidi isolation marks (boxes in egui).
    let text = tr!("reader-connected", reader = "Reader 1");
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    assert!(text.contains("Reader 1"), "{text}");
    set_current(Locale::En);
}

#[test]
fn dates_and_numbers_are_written_the_local_way() {
    use chrono::TimeZone;
    let time = chrono::Utc
        .with_ymd_and_hms(2026, 11, 20, 16, 30, 5)
        .unwrap();
    let cases = [
        (Locale::En, "2026-11-20 16:30", "1,234,567"),
        (Locale::Nl, "20-11-2026 16:30", "1.234.567"),
        (Locale::De, "20.11.2026 16:30", "1.234.567"),
        (Locale::PtBr, "20/11/2026 16:30", "1.234.567"),
        (Locale::Ko, "2026. 11. 20. 16:30", "1,234,567"),
    ];
    for (locale, date, grouped) in cases {
        set_current(locale);
        assert_eq!(date_time(&time), date, "{locale:?}");
        assert_eq!(number(1_234_567), grouped, "{locale:?}");
        assert_eq!(time_of_day(&time), "16:30:05");
    }
    assert_eq!(number(-1000), "-1,000");
    assert_eq!(number(999), "999");
    set_current(Locale::En);
}

#[test]
fn errors_keep_their_data_in_every_language() {
    let error = crate::card::CardError::NoCard("Reader 7".to_owned());
    for locale in Locale::ALL {
        set_current(locale);
        let words = card_error_words(&error);
        assert!(words.contains("Reader 7"), "{locale:?}: {words}");
    }
    set_current(Locale::De);
    assert_ne!(card_error_words(&error), error.to_string());
    set_current(Locale::En);
}

#[test]
fn every_sign_in_method_has_words_of_its_own() {
    use crate::cm::{AuthMethod, ClientConfig};
    set_current(Locale::De);
    for method in AuthMethod::ALL {
        for token in [None, Some(zeroize::Zeroizing::new("t".to_owned()))] {
            let config = ClientConfig {
                auth: method,
                token,
                ..ClientConfig::new("https://cm.example.org")
            };
            let english = config.sign_in_words();
            let words = sign_in_method_words(english);
            // Kerberos is Kerberos in German too; every other one changes.
            assert!(words != english || english == "Kerberos", "{english}");
        }
    }
    set_current(Locale::En);
}
