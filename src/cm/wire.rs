//! How the CM server really writes its JSON, and how we read it tolerantly:
//! the all-zero GUID for "none", timestamps with or without `Z` and with any
//! number of fraction digits, `0001-01-01T00:00:00` for "unset", strings that
//! may be null or end in NUL characters, enums as integers.
//!
//! Each reader has a writer beside it so the simulator speaks the same dialect.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Deserializer;
use serde::de::{self, Visitor};
use uuid::Uuid;

use crate::ids::parse_guid;
use crate::safe_text::{for_display, for_display_owned};

/// An enum code: a JSON integer, or (tolerantly) a string holding one.
pub(crate) fn deserialize_enum_code<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    struct Code;
    impl Visitor<'_> for Code {
        type Value = i64;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an enum number")
        }
        fn visit_i64<E: de::Error>(self, n: i64) -> Result<i64, E> {
            Ok(n)
        }
        fn visit_u64<E: de::Error>(self, n: u64) -> Result<i64, E> {
            i64::try_from(n).map_err(|_| E::custom(format!("enum number {n} is out of range")))
        }
        fn visit_str<E: de::Error>(self, t: &str) -> Result<i64, E> {
            t.trim()
                .parse()
                .map_err(|_| E::custom(format!("expected an enum number, got \"{t}\"")))
        }
    }
    d.deserialize_any(Code)
}

/// A string or null, borrowed from the input when it can be: the lists
/// hold thousands of GUIDs and times, each read without an allocation.
fn text_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cow<'de, str>>, D::Error> {
    struct Text;
    impl<'de> Visitor<'de> for Text {
        type Value = Option<Cow<'de, str>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string or null")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_str(self)
        }
        fn visit_borrowed_str<E: de::Error>(self, t: &'de str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Borrowed(t)))
        }
        fn visit_str<E: de::Error>(self, t: &str) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(t.to_owned())))
        }
        fn visit_string<E: de::Error>(self, t: String) -> Result<Self::Value, E> {
            Ok(Some(Cow::Owned(t)))
        }
    }
    d.deserialize_option(Text)
}

/// An optional GUID: `null`, `""` and the all-zero GUID all mean "none",
/// and "none" is written as the all-zero GUID.
pub(crate) mod optional_guid {
    use serde::{Deserializer, Serializer, de};
    use uuid::Uuid;

    use super::{parse_guid, text_opt};

    const NIL_GUID: &str = "00000000-0000-0000-0000-000000000000";

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Uuid>, D::Error> {
        let Some(text) = text_opt(d)? else {
            return Ok(None);
        };
        // Half the GUIDs of a list are "none": no need to decode their hex.
        if text == NIL_GUID {
            return Ok(None);
        }
        // The usual form, straight to the decoder without trimming first.
        if text.len() == NIL_GUID.len()
            && let Ok(guid) = Uuid::try_parse(&text)
        {
            return Ok((!guid.is_nil()).then_some(guid));
        }
        let text = text.trim_end_matches('\0');
        if text.trim().is_empty() {
            return Ok(None);
        }
        match parse_guid(text) {
            Some(guid) if guid.is_nil() => Ok(None),
            Some(guid) => Ok(Some(guid)),
            None => Err(de::Error::custom(format!(
                "expected a GUID, got \"{text}\""
            ))),
        }
    }

    pub(crate) fn serialize<S: Serializer>(guid: &Option<Uuid>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&guid.unwrap_or_default())
    }
}

/// A required GUID.
pub(crate) fn guid<'de, D: Deserializer<'de>>(d: D) -> Result<Uuid, D::Error> {
    optional_guid::deserialize(d)?
        .ok_or_else(|| serde::de::Error::custom("expected a GUID, got none"))
}

/// A string that may be null or padded with NULs (servers pad
/// `SecurityDescriptor` so; `Comment` may be null), made fit to show
/// ([`for_display`]): whoever requested a card typed its comment and data,
/// and the desk, the CLI, the activity log and the audit trail all show it.
pub(crate) fn lossy_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    lossy_text(d).map(Cow::into_owned)
}

/// [`lossy_string`], borrowed from the input when it can be: one
/// allocation at most, for a string that had escapes (the NULs among them)
/// or characters not fit to show.
pub(crate) fn lossy_text<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'de, str>, D::Error> {
    Ok(match text_opt(d)? {
        None => Cow::Borrowed(""),
        Some(Cow::Borrowed(text)) => for_display(text.trim_end_matches('\0')),
        Some(Cow::Owned(mut text)) => {
            let kept = text.trim_end_matches('\0').len();
            text.truncate(kept);
            Cow::Owned(for_display_owned(text))
        }
    })
}

/// An optional timestamp: null, empty or the .NET "unset" value is "none".
pub(crate) mod optional_time {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serializer, de};

    use super::{UNSET_TIME, parse_cm_time, text_opt};

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        match text_opt(d)? {
            None => Ok(None),
            Some(text) => parse_cm_time(&text).map_err(de::Error::custom),
        }
    }

    pub(crate) fn serialize<S: Serializer>(
        time: &Option<DateTime<Utc>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            // .NET writes an unspecified-kind DateTime without a zone and with up
            // to seven fraction digits; the simulator does the same.
            Some(t) => s.collect_str(&t.naive_utc().format("%Y-%m-%dT%H:%M:%S%.f")),
            None => s.serialize_str(UNSET_TIME),
        }
    }
}

const UNSET_TIME: &str = "0001-01-01T00:00:00";

/// Reads `2016-08-04T12:34:56`, `...56.1234567`, `...56Z`, `...56+02:00`.
/// A time without a zone is taken as UTC, which is how the CM database stores
/// it. Year 1 means "unset" in .NET and is returned as `None`.
pub fn parse_cm_time(text: &str) -> Result<Option<DateTime<Utc>>, String> {
    let text = text.trim().trim_end_matches('\0');
    if text.is_empty() || text.starts_with("0001-01-01") {
        return Ok(None);
    }
    // The common form first: chrono's fixed ISO reader is far quicker than
    // a format string, which counts with ten thousand requests in a list.
    let naive = text.strip_suffix(['Z', 'z']).unwrap_or(text);
    if let Some(time) = plain_iso_time(naive) {
        return Ok(Some(time.and_utc()));
    }
    if let Ok(time) = naive.parse::<NaiveDateTime>() {
        return Ok(Some(time.and_utc()));
    }
    if let Ok(zoned) = DateTime::parse_from_rfc3339(text) {
        return Ok(Some(zoned.with_timezone(&Utc)));
    }
    NaiveDateTime::parse_from_str(naive, "%Y-%m-%dT%H:%M:%S%.f")
        .map(|t| Some(t.and_utc()))
        .map_err(|_| format!("expected a timestamp like 2016-08-04T12:34:56Z, got \"{text}\""))
}

/// `2016-08-04T12:34:56` with up to nine fraction digits, read by hand:
/// every request in a list has one or two, and chrono's general reader took
/// a twentieth of a list's parse. Anything else is left to chrono (`None`).
fn plain_iso_time(text: &str) -> Option<NaiveDateTime> {
    let bytes = text.as_bytes();
    let (clock, fraction) = bytes.split_at_checked(19)?;
    let number = |at: std::ops::Range<usize>| {
        clock.get(at)?.iter().try_fold(0u32, |n, &digit| {
            digit
                .is_ascii_digit()
                .then(|| n * 10 + u32::from(digit - b'0'))
        })
    };
    if [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')]
        .iter()
        .any(|&(at, separator)| clock[at] != separator)
    {
        return None;
    }
    let nanos = match fraction {
        [] => 0,
        [b'.', digits @ ..] if (1..=9).contains(&digits.len()) => {
            let value = digits.iter().try_fold(0u32, |n, &digit| {
                digit
                    .is_ascii_digit()
                    .then(|| n * 10 + u32::from(digit - b'0'))
            })?;
            value * 10u32.pow(9 - digits.len() as u32)
        }
        _ => return None,
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)?.and_hms_nano_opt(
        number(11..13)?,
        number(14..16)?,
        number(17..19)?,
        nanos,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hand_reader_agrees_with_chrono_and_leaves_it_the_rest() {
        for text in [
            "2016-08-04T12:34:56",
            "2016-08-04T12:34:56.1",
            "2016-08-04T12:34:56.1234567",
            "2016-08-04T12:34:56.123456789",
            "2024-02-29T23:59:59",
            "9999-12-31T00:00:00",
        ] {
            assert_eq!(
                plain_iso_time(text),
                Some(text.parse::<NaiveDateTime>().unwrap()),
                "{text}"
            );
        }
        // Not the plain form, or not a real time: chrono decides.
        for text in [
            "2016-08-04 12:34:56",
            "2016-08-04T12:34",
            "2016-08-04T12:34:56.",
            "2016-08-04T12:34:56.1234567891",
            "2016-08-04T12:34:56+02:00",
            "2023-02-29T12:00:00",
            "2016-08-04T24:00:00",
            "2016-08-04T12:34:60",
            "+2016-08-04T12:34:5",
            "2016-0８-04T12:34:56",
        ] {
            assert_eq!(plain_iso_time(text), None, "{text}");
        }
    }

    #[test]
    fn times_with_and_without_zone_and_any_fraction() {
        let plain = parse_cm_time("2016-08-04T12:34:56").unwrap().unwrap();
        let zulu = parse_cm_time("2016-08-04T12:34:56Z").unwrap().unwrap();
        let seven = parse_cm_time("2016-08-04T12:34:56.1234567")
            .unwrap()
            .unwrap();
        let offset = parse_cm_time("2016-08-04T14:34:56+02:00").unwrap().unwrap();
        assert_eq!(plain, zulu);
        assert_eq!(offset, zulu);
        assert_eq!(seven.timestamp_subsec_nanos(), 123_456_700);
        assert_eq!(parse_cm_time("0001-01-01T00:00:00").unwrap(), None);
        assert_eq!(parse_cm_time("0001-01-01T00:00:00Z").unwrap(), None);
        assert!(
            parse_cm_time("yesterday")
                .unwrap_err()
                .contains("yesterday")
        );
    }
}
