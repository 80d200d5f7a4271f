//! The embedded `.ftl` files, parsed once into one Fluent bundle per
//! language, and the lookup with its fallbacks.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::{Mutex, OnceLock, PoisonError};

use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Locale, current};

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// The `.ftl` source of a language (the pseudo-locale is English's).
pub fn source_of(locale: Locale) -> &'static str {
    match locale {
        Locale::En | Locale::Pseudo => include_str!("../../assets/locales/en/enroll-desk.ftl"),
        Locale::Nl => include_str!("../../assets/locales/nl/enroll-desk.ftl"),
        Locale::De => include_str!("../../assets/locales/de/enroll-desk.ftl"),
        Locale::PtBr => include_str!("../../assets/locales/pt-BR/enroll-desk.ftl"),
        Locale::Ko => include_str!("../../assets/locales/ko/enroll-desk.ftl"),
    }
}

const BUILT: [Locale; 6] = [
    Locale::En,
    Locale::Nl,
    Locale::De,
    Locale::PtBr,
    Locale::Ko,
    Locale::Pseudo,
];

/// A language's messages, built the first time they are asked for: a desk
/// speaks one language (and English where it lacks a message), and each
/// built bundle holds a few hundred kB.
fn bundle_of(locale: Locale) -> Option<&'static Bundle> {
    static BUNDLES: [OnceLock<Bundle>; BUILT.len()] = [const { OnceLock::new() }; BUILT.len()];
    let slot = BUILT.iter().position(|&built| built == locale)?;
    Some(BUNDLES[slot].get_or_init(|| build(locale)))
}

fn build(locale: Locale) -> Bundle {
    let language: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![language]);
    // Unicode isolation marks around variables draw as boxes in egui.
    bundle.set_use_isolating(false);
    match locale {
        Locale::Nl | Locale::De | Locale::PtBr => bundle.set_formatter(Some(grouped_with_dots)),
        Locale::En | Locale::Ko => bundle.set_formatter(Some(grouped_with_commas)),
        Locale::Pseudo => bundle.set_transform(Some(pseudo)),
    }
    let resource = FluentResource::try_new(source_of(locale).to_owned()).unwrap_or_else(
        |(partial, errors)| {
            tracing::error!("{} messages: {errors:?}", locale.tag());
            partial
        },
    );
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!("{} messages: {errors:?}", locale.tag());
    }
    bundle
}

/// `id` in the thread's language; English when that language lacks it (said
/// once in the log), and the id itself as the last resort.
pub fn text(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let locale = current();
    if let Some(found) = format_in(locale, id, args) {
        return found;
    }
    warn_once(locale, id);
    format_in(Locale::En, id, args).unwrap_or_else(|| id.to_owned())
}

fn format_in(locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle_of(locale)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    if !errors.is_empty() {
        warn_once(locale, id);
    }
    Some(text)
}

fn warn_once(locale: Locale, id: &str) {
    static WARNED: Mutex<Option<HashSet<(Locale, String)>>> = Mutex::new(None);
    let mut warned = WARNED.lock().unwrap_or_else(PoisonError::into_inner);
    if warned
        .get_or_insert_with(HashSet::new)
        .insert((locale, id.to_owned()))
    {
        tracing::warn!(
            "message '{id}' is missing or incomplete in {}",
            locale.tag()
        );
    }
}

/// Whole numbers grouped the English and Korean way: 12,345.
fn grouped_with_commas<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    grouped(value, ',')
}

/// Whole numbers grouped the Dutch, German and Brazilian way: 12.345.
fn grouped_with_dots<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    grouped(value, '.')
}

fn grouped(value: &FluentValue<'_>, separator: char) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value;
    if whole.fract() != 0.0 || whole.abs() >= 1e15 {
        return None;
    }
    Some(super::format::group_digits(whole as i64, separator))
}

/// Every letter accented and the text 40 % longer, so a label that would
/// be clipped in a long language is clipped in the test too.
fn pseudo(text: &str) -> Cow<'_, str> {
    let mut out: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'ë',
            'i' => 'ï',
            'o' => 'ö',
            'u' => 'ü',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ø',
            'c' => 'ç',
            'n' => 'ñ',
            other => other,
        })
        .collect();
    let extra = text.chars().count() * 2 / 5;
    out.extend(std::iter::repeat_n('~', extra));
    Cow::Owned(out)
}
