//! The classroom's plumbing on the wire, shared by the simulator and the desk.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Header naming the trainee desk on every CM call of a desk in training.
pub const DESK_HEADER: &str = "X-Enroll-Desk-Trainee";

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

/// POST /training/lessons
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartLesson {
    pub desk: String,
    pub lesson: LessonId,
}

/// Its answer (200, JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonSetup {
    pub lesson: LessonId,
    /// The request to bind (this desk's own).
    pub request: Uuid,
    /// Its target user's display name as the desk lists it.
    pub person: String,
    /// The desk's other requests (decoys).
    pub others: Vec<Uuid>,
}

/// POST /training/server → 204: this desk's CM API off or back on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskServer {
    pub desk: String,
    pub api_enabled: bool,
}

/// POST /training/results → 204; GET /training/report → all, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonResult {
    pub desk: String,
    pub lesson: LessonId,
    pub seconds: u64,
    pub steps_done: u32,
    pub steps_total: u32,
    pub mistakes: Vec<String>,
    pub finished_at: chrono::DateTime<chrono::Utc>,
}
