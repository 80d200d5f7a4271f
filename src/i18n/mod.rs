//! The officer's language. Every word the desk and the CLI show a person is
//! looked up here by a Fluent message id (`assets/locales/<locale>/enroll-desk.ftl`,
//! embedded in the binary). Log lines and the audit trail stay English: they
//! are for machines and support.
//!
//! The language in use is per thread: the desk's UI thread and the CLI's main
//! thread each set it, and tests that render several languages side by side
//! do not disturb each other. A thread that never sets it speaks English.

mod bundles;
mod enrollment;
mod format;
mod words;

use std::cell::Cell;

pub use bundles::{FluentArgs, FluentValue, source_of, text};
pub use enrollment::{
    enroll_failure_words, enroll_progress_words, enroll_step_name, new_pin_problem_words,
    problem_words, smartcard_status_name,
};
pub use format::{date_time, number, time_of_day};
pub use words::{
    card_error_words, cm_error_words, enroll_error_words, secret_name, sign_in_method_words,
    status_name, type_name,
};

/// A language the desk speaks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "ko")]
    Ko,
    /// English made 40 % longer and accented: only for the test that looks
    /// for clipped labels. Never offered to an officer.
    #[doc(hidden)]
    #[serde(skip)]
    Pseudo,
}

impl Locale {
    /// The languages an officer can choose, in the order the settings list them.
    pub const ALL: [Locale; 5] = [Self::En, Self::Nl, Self::De, Self::PtBr, Self::Ko];

    /// The BCP 47 tag, also the folder under `assets/locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
            Self::De => "de",
            Self::PtBr => "pt-BR",
            Self::Ko => "ko",
            Self::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the settings list shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Nl => "Nederlands",
            Self::De => "Deutsch",
            Self::PtBr => "Português (Brasil)",
            Self::Ko => "한국어",
            Self::Pseudo => "Pseudo",
        }
    }

    /// The best language for a locale name as an OS or `LANG` gives it
    /// (`de-AT`, `pt_PT.UTF-8`, `ko_KR`, `C`); anything unknown is English.
    pub fn negotiate(name: &str) -> Locale {
        Self::try_negotiate(name).unwrap_or_default()
    }

    /// Like `negotiate`, but `None` for a name that is no language of ours.
    pub fn try_negotiate(name: &str) -> Option<Locale> {
        // "pt_BR.UTF-8@euro" → "pt-br"
        let name = name.split(['.', '@']).next().unwrap_or_default();
        let language = name
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Self::En),
            "nl" => Some(Self::Nl),
            "de" => Some(Self::De),
            // Portugal's Portuguese reads Brazil's far better than English.
            "pt" => Some(Self::PtBr),
            "ko" => Some(Self::Ko),
            _ => None,
        }
    }

    /// The OS's language, for the first start.
    pub fn from_system() -> Locale {
        sys_locale::get_locale().map_or(Self::En, |name| Self::negotiate(&name))
    }

    /// For the CLI: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX
    /// orders them; `None` when none is set.
    pub fn from_environment() -> Option<Locale> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|variable| std::env::var(variable).ok())
            .find(|value| !value.is_empty())
            .map(|value| Self::negotiate(&value))
    }
}

impl std::str::FromStr for Locale {
    type Err = String;

    /// Accepts any tag `negotiate` knows (`--lang de`, `--lang pt_BR`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::try_negotiate(text).ok_or_else(|| {
            let known: Vec<&str> = Self::ALL.iter().map(|locale| locale.tag()).collect();
            format!(
                "'{text}' is not a language of enroll-desk; choose one of {}",
                known.join(", ")
            )
        })
    }
}

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::En) };
}

/// The language this thread speaks.
pub fn current() -> Locale {
    CURRENT.with(Cell::get)
}

/// Sets the language this thread speaks from now on.
pub fn set_current(locale: Locale) {
    CURRENT.with(|current| current.set(locale));
}

/// Runs `words` in English: for log lines, which stay English whatever the
/// officer reads.
pub fn in_english<T>(words: impl FnOnce() -> T) -> T {
    let was = current();
    set_current(Locale::En);
    let english = words();
    set_current(was);
    english
}

/// Looks up a message in the thread's language: `tr!("enroll-button")`, or with
/// variables `tr!("card-in-reader", reader = name, count = 3)`. A missing id
/// falls back to English, then to the id itself; it never panics.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
