//! The classroom's messages, shared by the simulator and the desk: which
//! lesson a desk starts, what the simulator set up for it, and how the desk
//! did. They travel as JSON on the simulator's `/training/...` routes.

use chrono::{DateTime, Utc};
use reqwest::header::{HeaderName, HeaderValue};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Header naming the trainee desk on every CM call of a desk in training.
pub const DESK_HEADER: &str = "X-Enroll-Desk-Trainee";

/// Longest desk name, in characters.
pub const DESK_NAME_MAX: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LessonId {
    FirstEnrollment,
    CardWithoutId,
    ServerSaysNo,
    PulledAfterBind,
    CardholderChooses,
    ServerDown,
}

impl LessonId {
    pub const ALL: [LessonId; 6] = [
        Self::FirstEnrollment,
        Self::CardWithoutId,
        Self::ServerSaysNo,
        Self::PulledAfterBind,
        Self::CardholderChooses,
        Self::ServerDown,
    ];

    /// The lesson's name on the wire, e.g. `first-enrollment`.
    pub fn slug(self) -> &'static str {
        match self {
            Self::FirstEnrollment => "first-enrollment",
            Self::CardWithoutId => "card-without-id",
            Self::ServerSaysNo => "server-says-no",
            Self::PulledAfterBind => "pulled-after-bind",
            Self::CardholderChooses => "cardholder-chooses",
            Self::ServerDown => "server-down",
        }
    }
}

impl std::fmt::Display for LessonId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

/// `POST /training/lessons`: this desk starts this lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartLesson {
    pub desk: String,
    pub lesson: LessonId,
}

/// The answer to `StartLesson` (200, JSON): the desk's fresh requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonSetup {
    pub lesson: LessonId,
    /// The request the trainee is to bind.
    pub request: Uuid,
    /// Its target user's display name, as the desk lists it (made fit to
    /// show as every string from a server is).
    #[serde(deserialize_with = "crate::cm::wire::lossy_string")]
    pub person: String,
    /// The desk's other requests: decoys the trainee must not bind.
    pub others: Vec<Uuid>,
}

/// `POST /training/server` (204): turns this desk's CM API off, as a server
/// whose REST API is off, or back on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskServer {
    pub desk: String,
    pub api_enabled: bool,
}

/// `POST /training/results` (204) sends one; `GET /training/report` gives
/// them all, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonResult {
    pub desk: String,
    pub lesson: LessonId,
    pub seconds: u64,
    pub steps_done: u32,
    pub steps_total: u32,
    /// Mistake slugs, like `wrong-request`.
    pub mistakes: Vec<String>,
    pub finished_at: DateTime<Utc>,
}

/// Limits on a result's mistakes: they end up on the trainer's terminal.
pub const MISTAKES_MAX: usize = 32;
pub const MISTAKE_SLUG_MAX: usize = 64;

/// Why a desk name cannot be used, in words for the trainee; `None` when
/// it is fine. One rule for both ends: the name travels in an HTTP header
/// (`DESK_HEADER`), so it is printable ASCII with no spaces at its ends.
pub fn desk_name_problem(name: &str) -> Option<String> {
    let chars = name.chars().count();
    if chars == 0 || chars > DESK_NAME_MAX {
        return Some(format!(
            "the desk name must be 1 to {DESK_NAME_MAX} characters long; \"{}\" has {chars}",
            name.escape_default()
        ));
    }
    if name.chars().any(char::is_control) {
        return Some(format!(
            "the desk name \"{}\" has control characters; use letters, digits, spaces and punctuation",
            name.escape_default()
        ));
    }
    if !name.is_ascii() {
        return Some(format!(
            "the desk name \"{name}\" has characters beyond ASCII, which an HTTP header cannot carry; use letters A–Z, digits, spaces and punctuation"
        ));
    }
    if name.trim() != name {
        return Some(format!(
            "the desk name \"{name}\" starts or ends with a space; remove it"
        ));
    }
    None
}

/// The `DESK_HEADER` header for `desk`, or why it cannot be sent.
pub fn desk_header(desk: &str) -> Result<(HeaderName, HeaderValue), String> {
    if let Some(problem) = desk_name_problem(desk) {
        return Err(problem);
    }
    let name = HeaderName::from_bytes(DESK_HEADER.as_bytes()).map_err(|e| e.to_string())?;
    let value = HeaderValue::from_str(desk).map_err(|e| e.to_string())?;
    Ok((name, value))
}

/// Why a result cannot be kept, in words; `None` when it is fine.
pub fn result_problem(result: &LessonResult) -> Option<String> {
    if let Some(problem) = desk_name_problem(&result.desk) {
        return Some(problem);
    }
    if result.steps_done > result.steps_total {
        return Some(format!(
            "steps_done ({}) is more than steps_total ({})",
            result.steps_done, result.steps_total
        ));
    }
    if result.mistakes.len() > MISTAKES_MAX {
        return Some(format!(
            "a result names at most {MISTAKES_MAX} mistakes, this one {}",
            result.mistakes.len()
        ));
    }
    let is_slug = |m: &String| {
        (1..=MISTAKE_SLUG_MAX).contains(&m.len())
            && m.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    result.mistakes.iter().find(|m| !is_slug(m)).map(|bad| {
        format!(
            "the mistake \"{}\" is not a slug: use 1 to {MISTAKE_SLUG_MAX} lower-case letters, digits and dashes, like wrong-request",
            bad.escape_default()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_slug_is_its_serde_name_and_round_trips() {
        for lesson in LessonId::ALL {
            let json = serde_json::to_string(&lesson).unwrap();
            assert_eq!(json, format!("\"{}\"", lesson.slug()));
            assert_eq!(serde_json::from_str::<LessonId>(&json).unwrap(), lesson);
        }
        let slugs: std::collections::HashSet<_> = LessonId::ALL.iter().map(|l| l.slug()).collect();
        assert_eq!(slugs.len(), 6, "six lessons, six slugs");
        assert_eq!(LessonId::PulledAfterBind.slug(), "pulled-after-bind");
    }

    #[test]
    fn an_unknown_lesson_does_not_parse() {
        let error =
            serde_json::from_str::<StartLesson>(r#"{"desk":"a","lesson":"juggling"}"#).unwrap_err();
        assert!(error.to_string().contains("unknown variant"), "{error}");
    }

    #[test]
    fn messages_round_trip_as_json() {
        let result = LessonResult {
            desk: "ada-pc".into(),
            lesson: LessonId::ServerDown,
            seconds: 212,
            steps_done: 5,
            steps_total: 6,
            mistakes: vec!["wrong-request".into()],
            finished_at: DateTime::from_timestamp(1_795_192_200, 0).unwrap(),
        };
        let json = serde_json::to_value(&result).unwrap();
        assert_eq!(json["lesson"], "server-down");
        assert_eq!(json["steps_done"], 5);
        assert_eq!(json["finished_at"], "2026-11-20T16:30:00Z");
        assert_eq!(
            serde_json::from_value::<LessonResult>(json).unwrap(),
            result
        );
        let setup = LessonSetup {
            lesson: LessonId::CardWithoutId,
            request: Uuid::new_v4(),
            person: "Marta Eklund".into(),
            others: vec![Uuid::new_v4(), Uuid::new_v4()],
        };
        let text = serde_json::to_string(&setup).unwrap();
        assert_eq!(serde_json::from_str::<LessonSetup>(&text).unwrap(), setup);
    }

    #[test]
    fn desk_names_are_short_printable_ascii() {
        assert_eq!(desk_name_problem("ada-pc"), None);
        assert_eq!(desk_name_problem("Room 4, desk 2"), None);
        assert_eq!(desk_name_problem(&"x".repeat(64)), None);
        for bad in ["", " ada", "ada ", "a\nb", "a\u{1b}[31m", "Zoë"] {
            let problem = desk_name_problem(bad);
            assert!(problem.is_some(), "{bad:?} was accepted");
            assert!(desk_header(bad).is_err(), "{bad:?} became a header");
        }
        let long = desk_name_problem(&"x".repeat(65)).unwrap();
        assert!(long.contains("1 to 64 characters"), "{long}");
        let (name, value) = desk_header("ada-pc").unwrap();
        assert_eq!(name.as_str(), "x-enroll-desk-trainee");
        assert_eq!(value.to_str().unwrap(), "ada-pc");
    }

    #[test]
    fn results_with_impossible_counts_or_odd_mistakes_are_refused() {
        let mut result = LessonResult {
            desk: "ada-pc".into(),
            lesson: LessonId::FirstEnrollment,
            seconds: 1,
            steps_done: 6,
            steps_total: 6,
            mistakes: vec!["wrong-request".into()],
            finished_at: Utc::now(),
        };
        assert_eq!(result_problem(&result), None);
        result.steps_done = 7;
        assert!(result_problem(&result).unwrap().contains("more than"));
        result.steps_done = 1;
        result.mistakes = vec!["\u{1b}]0;owned\u{7}".into()];
        assert!(result_problem(&result).unwrap().contains("not a slug"));
        result.mistakes = vec!["a".into(); MISTAKES_MAX + 1];
        assert!(result_problem(&result).unwrap().contains("at most"));
    }
}
