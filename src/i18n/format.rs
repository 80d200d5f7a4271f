//! Dates, times and numbers the way the officer's country writes them.

use chrono::{DateTime, TimeZone};

use super::{Locale, current};

/// A date with its time to the minute: `2026-11-20 16:30` (en),
/// `20-11-2026 16:30` (nl), `20.11.2026 16:30` (de), `20/11/2026 16:30`
/// (pt-BR), `2026. 11. 20. 16:30` (ko).
pub fn date_time<Tz: TimeZone>(time: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let pattern = match current() {
        Locale::En | Locale::Pseudo => "%Y-%m-%d %H:%M",
        Locale::Nl => "%d-%m-%Y %H:%M",
        Locale::De => "%d.%m.%Y %H:%M",
        Locale::PtBr => "%d/%m/%Y %H:%M",
        Locale::Ko => "%Y. %m. %d. %H:%M",
    };
    time.format(pattern).to_string()
}

/// A time of day to the second; all five languages write it 16:30:05.
pub fn time_of_day<Tz: TimeZone>(time: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    time.format("%H:%M:%S").to_string()
}

/// A whole number with the thousands grouped: 12,345 or 12.345.
pub fn number(value: i64) -> String {
    let separator = match current() {
        Locale::Nl | Locale::De | Locale::PtBr => '.',
        Locale::En | Locale::Ko | Locale::Pseudo => ',',
    };
    group_digits(value, separator)
}

pub(super) fn group_digits(value: i64, separator: char) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}
