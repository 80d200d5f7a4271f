//! The classroom: the desks that joined it (`room`), each desk's lesson
//! requests, which only that desk lists, the lesson rules the CM calls
//! follow for them, and the results the desks report. A desk is known by
//! the key it was given on joining, never by a name it claims. The
//! trainer's faults are the simulator's own and apply to every desk; these
//! rules are per desk.

mod room;
mod setups;

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use chrono::Utc;
use uuid::Uuid;

use super::data::{IdSource, PinPolicy, new_request};
use super::state::{Refusal, SimState};
use crate::cm::{Request, RequestStatus, RequestType};
use crate::training::keys::Fingerprint;
use crate::training::wire::{LessonId, LessonResult, LessonSetup};
pub(super) use room::unknown_desk;
pub use room::{DeskId, IDLE_DROP, JoinRefused, Joined, MAX_DESKS};

/// Results kept; older ones are dropped first.
pub const MAX_RESULTS: usize = 10_000;
/// How long the lesson request's bind answer takes in `PulledAfterBind`:
/// time for the trainee to pull the card while the desk says "Binding…".
pub const PULLED_AFTER_BIND_DELAY: Duration = Duration::from_secs(4);

pub struct Classroom {
    desks: HashMap<DeskId, Desk>,
    /// Each member's key fingerprint → the member.
    by_key: HashMap<Fingerprint, DeskId>,
    next_id: u64,
    max_desks: usize,
    /// The trainer was told the room is full; told again after a desk joined.
    full_told: bool,
    /// Each lesson request (decoys too) → the desk it belongs to.
    owners: HashMap<Uuid, DeskId>,
    results: VecDeque<LessonResult>,
}

struct Desk {
    /// The name the room knows it by, unique among the members.
    name: String,
    fingerprint: Fingerprint,
    last_call: Instant,
    lesson: Option<Lesson>,
    api_enabled: bool,
}

struct Lesson {
    id: LessonId,
    /// The request to bind.
    request: Uuid,
    /// All the desk's requests, the one to bind and the decoys.
    requests: Vec<Uuid>,
    /// Its result is in: a second one needs the lesson started again.
    reported: bool,
}

impl Default for Classroom {
    fn default() -> Self {
        Self::with_room_for(MAX_DESKS)
    }
}

const DEPARTMENT: &str = "Training";

impl Classroom {
    /// The desk a lesson request belongs to; `None` for the shared demo set.
    pub fn owner(&self, request: Uuid) -> Option<DeskId> {
        self.owners.get(&request).copied()
    }

    /// Whether `request` is some desk's lesson request (never in the shared list).
    pub fn owns(&self, request: Uuid) -> bool {
        self.owners.contains_key(&request)
    }

    /// The lesson whose request to bind is `request`; `None` for a decoy
    /// or a request of the shared demo set.
    pub fn lesson_to_bind(&self, request: Uuid) -> Option<LessonId> {
        let lesson = self.desks.get(&self.owner(request)?)?.lesson.as_ref()?;
        (lesson.request == request).then_some(lesson.id)
    }

    /// Whether this desk's CM API is switched off.
    pub fn api_off(&self, desk: DeskId) -> bool {
        self.desks.get(&desk).is_some_and(|d| !d.api_enabled)
    }

    pub fn results(&self) -> Vec<LessonResult> {
        self.results.iter().cloned().collect()
    }

    fn record(&mut self, result: LessonResult) {
        if self.results.len() >= MAX_RESULTS {
            self.results.pop_front();
        }
        self.results.push_back(result);
    }

    fn member(&mut self, desk: DeskId) -> Result<&mut Desk, Refusal> {
        self.desks.get_mut(&desk).ok_or_else(unknown_desk)
    }
}

impl SimState {
    /// Lets a desk into the classroom under `wanted` (made unique); the
    /// requests of idle desks that gave up their places go.
    pub fn join_classroom(&mut self, wanted: &str, now: Instant) -> Result<Joined, JoinRefused> {
        let joined = self.classroom.join(wanted, now)?;
        for left in &joined.left {
            self.replace_requests(&left.requests, Vec::new());
        }
        Ok(joined)
    }

    /// Replaces `desk`'s requests with fresh ones for `lesson`.
    pub fn start_lesson(&mut self, desk: DeskId, lesson: LessonId) -> Result<LessonSetup, Refusal> {
        // A desk the room does not know gets nothing made for it.
        self.classroom.member(desk)?;
        let (setup, mut new) = self.lesson_requests_for(desk, lesson);
        // Not always first in the list: the trainee has to look.
        fastrand::shuffle(&mut new);
        let requests: Vec<Uuid> = new.iter().map(|r| r.uuid).collect();

        let member = self.classroom.member(desk)?;
        let old = member.lesson.take().map(|l| l.requests).unwrap_or_default();
        member.api_enabled = lesson != LessonId::ServerDown;
        member.lesson = Some(Lesson {
            id: lesson,
            request: setup.request,
            requests: requests.clone(),
            reported: false,
        });
        for id in &old {
            self.classroom.owners.remove(id);
        }
        for id in requests {
            self.classroom.owners.insert(id, desk);
        }
        self.replace_requests(&old, new);
        Ok(setup)
    }

    /// Switches `desk`'s CM API off (as a server whose REST API is off) or on.
    pub fn set_desk_api(&mut self, desk: DeskId, enabled: bool) -> Result<(), Refusal> {
        self.classroom.member(desk)?.api_enabled = enabled;
        Ok(())
    }

    /// Keeps `desk`'s result of the lesson it has under way: one result
    /// per lesson started, under the name the room knows the desk by.
    pub fn take_result(&mut self, desk: DeskId, result: LessonResult) -> Result<(), Refusal> {
        let member = self.classroom.member(desk)?;
        if result.desk != member.name {
            return Err(Refusal::Forbidden(format!(
                "A desk reports only its own results: this is desk \"{}\", the result names \"{}\".",
                member.name.escape_debug(),
                result.desk.escape_debug()
            )));
        }
        let lesson = (member.lesson.as_mut())
            .filter(|lesson| lesson.id == result.lesson && !lesson.reported)
            .ok_or_else(|| {
                Refusal::Forbidden(format!(
                    "Desk \"{}\" has no lesson \"{}\" under way to report: start the lesson, then report how it went, once.",
                    member.name.escape_debug(),
                    result.lesson
                ))
            })?;
        lesson.reported = true;
        self.classroom.record(result);
        Ok(())
    }

    /// `desk`'s own requests, filtered as the shared list is; `None` when
    /// the desk has started no lesson.
    pub fn desk_requests(
        &self,
        desk: DeskId,
        status: Option<RequestStatus>,
        current_user_only: bool,
    ) -> Option<Vec<&Request>> {
        let lesson = self.classroom.desks.get(&desk)?.lesson.as_ref()?;
        Some(
            (lesson.requests.iter())
                .filter_map(|id| self.request(*id))
                .filter(|r| self.listed(r, status, current_user_only))
                .collect(),
        )
    }

    /// The desk the room knows by `name` (tests, and a trainer's tools).
    pub fn desk_named(&self, name: &str) -> Option<DeskId> {
        self.classroom.desk_named(name)
    }

    /// The lesson's rule for binding `request`: refused (`ServerSaysNo`),
    /// answered late (`PulledAfterBind`), or as any other request.
    pub fn lesson_bind_rule(&self, request: Uuid) -> Result<Option<Duration>, Refusal> {
        match self.classroom.lesson_to_bind(request) {
            // The same words as the trainer's forbidden fault, as IIS says it.
            Some(LessonId::ServerSaysNo) => Err(Refusal::Forbidden("Access is denied.".to_owned())),
            Some(LessonId::PulledAfterBind) => Ok(Some(PULLED_AFTER_BIND_DELAY)),
            _ => Ok(None),
        }
    }

    fn lesson_request(&self, ids: &mut IdSource, name: &str, policy: PinPolicy) -> Request {
        let mut request = new_request(
            ids,
            RequestType::Enroll,
            RequestStatus::Approved,
            self.template_with(policy).unwrap_or_default(),
            self.current_user,
            format!("New smart card for {name}, {DEPARTMENT}"),
            name,
            DEPARTMENT,
        );
        request.submitted = Some(Utc::now());
        request
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod two_lessons_tests;
