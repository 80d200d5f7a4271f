//! The classroom's messages, shared by the simulator and the desk: a desk
//! joining, which lesson it starts, what the simulator set up for it, and
//! how the desk did. They travel as JSON on the simulator's `/training/...`
//! routes; who sends them is the desk key in `DESK_KEY_HEADER`, never a
//! name in the message.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::keys::ClassroomKey;
use super::names::desk_name_problem;

/// The desk key, on every call of a desk that joined a classroom.
pub const DESK_KEY_HEADER: &str = "X-Enroll-Desk-Key";

/// The trainer's key, on a call for the classroom's report.
pub const TRAINER_KEY_HEADER: &str = "X-Enroll-Desk-Trainer-Key";

/// On a 403 for a desk key the simulator does not know (it was restarted,
/// or dropped the desk after a long idle time): join again.
pub const UNKNOWN_DESK_HEADER: &str = "X-Enroll-Desk-Unknown";

/// Where a desk joins the classroom.
pub const JOIN_PATH: &str = "/training/desks";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LessonId {
    FirstEnrollment,
    CardWithoutId,
    ServerSaysNo,
    PulledAfterBind,
    CardholderChooses,
    ServerDown,
    ForgotPin,
    EnrollmentDay,
}

impl LessonId {
    pub const ALL: [LessonId; 8] = [
        Self::FirstEnrollment,
        Self::CardWithoutId,
        Self::ServerSaysNo,
        Self::PulledAfterBind,
        Self::CardholderChooses,
        Self::ServerDown,
        Self::ForgotPin,
        Self::EnrollmentDay,
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
            Self::ForgotPin => "forgot-pin",
            Self::EnrollmentDay => "enrollment-day",
        }
    }
}

impl std::fmt::Display for LessonId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

/// `POST /training/desks`: a desk asks to join the classroom by this name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinClassroom {
    pub name: String,
}

/// The answer to `JoinClassroom` (201, JSON): the name the desk has in
/// the room (the asked one, or "ada (2)" when it is taken) and its key,
/// which every later call of the desk carries in `DESK_KEY_HEADER`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskPass {
    pub desk: String,
    pub key: ClassroomKey,
}

/// `POST /training/lessons`: the calling desk starts this lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartLesson {
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
    /// The cardholders after `person` who are also to be served, in the
    /// order they queue (enrollment day).
    #[serde(default)]
    pub queue: Vec<Queued>,
    /// The card ids of the cards the cardholder hands over, in the order
    /// they do (forgot-PIN: someone else's card first, then their own).
    #[serde(default)]
    pub cards: Vec<Uuid>,
}

/// A cardholder waiting in line, and the request they are to be served for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queued {
    pub request: Uuid,
    #[serde(deserialize_with = "crate::cm::wire::lossy_string")]
    pub person: String,
}

impl LessonSetup {
    /// Every request the lesson asks the trainee to carry out: the first
    /// cardholder's, then those of the queue.
    pub fn to_serve(&self) -> impl Iterator<Item = Uuid> + '_ {
        std::iter::once(self.request).chain(self.queue.iter().map(|q| q.request))
    }

    /// The cardholder's own card, of the cards they hand over (the last).
    pub fn own_card(&self) -> Option<Uuid> {
        self.cards.last().copied()
    }
}

/// `POST /training/server` (204): turns the calling desk's CM API off, as
/// a server whose REST API is off, or back on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskServer {
    pub api_enabled: bool,
}

/// `POST /training/results` (204) sends one, for the lesson the desk has
/// under way and under the name the room knows it by; `GET
/// /training/report` (the trainer's key) gives them all, oldest first.
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
        assert_eq!(slugs.len(), LessonId::ALL.len(), "a slug for each lesson");
        assert_eq!(LessonId::ForgotPin.slug(), "forgot-pin");
        assert_eq!(LessonId::EnrollmentDay.slug(), "enrollment-day");
        assert_eq!(LessonId::PulledAfterBind.slug(), "pulled-after-bind");
    }

    #[test]
    fn an_unknown_lesson_does_not_parse() {
        let error = serde_json::from_str::<StartLesson>(r#"{"lesson":"juggling"}"#).unwrap_err();
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
            queue: vec![Queued {
                request: Uuid::new_v4(),
                person: "Ines Kowalczyk".into(),
            }],
            cards: vec![Uuid::new_v4()],
        };
        let text = serde_json::to_string(&setup).unwrap();
        assert_eq!(serde_json::from_str::<LessonSetup>(&text).unwrap(), setup);
        // A simulator from before the queue and the cards: none of either.
        let mut older = serde_json::to_value(&setup).unwrap();
        older
            .as_object_mut()
            .unwrap()
            .retain(|k, _| k != "queue" && k != "cards");
        let read: LessonSetup = serde_json::from_value(older).unwrap();
        assert!(read.queue.is_empty() && read.cards.is_empty());
    }

    #[test]
    fn a_desk_pass_carries_a_whole_name_and_a_well_formed_key() {
        let pass = DeskPass {
            desk: "김민준 (2)".into(),
            key: ClassroomKey::random().unwrap(),
        };
        let json = serde_json::to_string(&pass).unwrap();
        assert!(json.contains("김민준 (2)"), "{json}");
        assert_eq!(serde_json::from_str::<DeskPass>(&json).unwrap(), pass);
        let made_up = r#"{"desk":"ada","key":"ada-pc"}"#;
        assert!(serde_json::from_str::<DeskPass>(made_up).is_err());
        assert!(format!("{pass:?}").contains("<redacted>"));
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
