//! The classroom: each trainee desk's lesson requests, which only that desk
//! lists, the lesson rules the CM calls follow for them, and the results
//! the desks report. The trainer's faults are the simulator's own and apply
//! to every desk; these rules are per desk.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use chrono::Utc;
use uuid::Uuid;

use super::data::{IdSource, PinPolicy, new_request};
use super::state::{Refusal, SimState};
use crate::cm::{Request, RequestStatus, RequestType};
use crate::training::wire::{LessonId, LessonResult, LessonSetup};

/// Desks remembered at once; starting one more forgets the longest idle.
const MAX_DESKS: usize = 1_000;
/// Results kept; older ones are dropped first.
pub const MAX_RESULTS: usize = 10_000;
/// How long the lesson request's bind answer takes in `PulledAfterBind`:
/// time for the trainee to pull the card while the desk says "Binding…".
pub const PULLED_AFTER_BIND_DELAY: Duration = Duration::from_secs(4);

#[derive(Default)]
pub struct Classroom {
    desks: HashMap<String, Desk>,
    /// Each lesson request (decoys too) → the desk it belongs to.
    owners: HashMap<Uuid, String>,
    results: VecDeque<LessonResult>,
    /// Counts every change to a desk, to find the longest idle one.
    clock: u64,
}

#[derive(Default)]
struct Desk {
    lesson: Option<Lesson>,
    api_enabled: bool,
    touched: u64,
}

struct Lesson {
    id: LessonId,
    /// The request to bind.
    request: Uuid,
    /// All the desk's requests, the one to bind and the decoys.
    requests: Vec<Uuid>,
}

/// Who a lesson is about: the person to enrol, a decoy with the same first
/// name (check the whole name) and another decoy.
fn cast(lesson: LessonId) -> [&'static str; 3] {
    match lesson {
        LessonId::FirstEnrollment => ["Marta Eklund", "Marta Ekwall", "Tobias Reyes"],
        LessonId::CardWithoutId => ["Henrik Adeyemi", "Henrik Adler", "Sofia Lindahl"],
        LessonId::ServerSaysNo => ["Leila Brandt", "Leila Bramwell", "Oren Castillo"],
        LessonId::PulledAfterBind => ["Nils Okonkwo", "Nils Oakley", "Paula Ferraz"],
        LessonId::CardholderChooses => ["Amara Virtanen", "Amara Vidal", "Pavel Quist"],
        LessonId::ServerDown => ["Rafael Sundberg", "Rafael Sunde", "Ingrid Mwangi"],
    }
}

const DEPARTMENT: &str = "Training";

impl Classroom {
    /// Whether `request` is some desk's lesson request (never in the shared list).
    pub fn owns(&self, request: Uuid) -> bool {
        self.owners.contains_key(&request)
    }

    /// The lesson whose request to bind is `request`; `None` for a decoy
    /// or a request of the shared demo set.
    pub fn lesson_to_bind(&self, request: Uuid) -> Option<LessonId> {
        let lesson = self
            .desks
            .get(self.owners.get(&request)?)?
            .lesson
            .as_ref()?;
        (lesson.request == request).then_some(lesson.id)
    }

    /// Whether this desk's CM API is switched off.
    pub fn api_off(&self, desk: &str) -> bool {
        self.desks.get(desk).is_some_and(|d| !d.api_enabled)
    }

    pub fn results(&self) -> Vec<LessonResult> {
        self.results.iter().cloned().collect()
    }

    pub fn record(&mut self, result: LessonResult) {
        if self.results.len() >= MAX_RESULTS {
            self.results.pop_front();
        }
        self.results.push_back(result);
    }

    /// The desk, made if new; returns the requests of desks forgotten to
    /// make room, which the caller removes.
    fn desk(&mut self, name: &str) -> (&mut Desk, Vec<Uuid>) {
        let mut forgotten = Vec::new();
        if !self.desks.contains_key(name) && self.desks.len() >= MAX_DESKS {
            let idle = (self.desks.iter())
                .min_by_key(|(_, d)| d.touched)
                .map(|(n, _)| n.clone());
            if let Some(lesson) = idle.and_then(|n| self.desks.remove(&n)?.lesson) {
                forgotten = lesson.requests;
            }
        }
        for id in &forgotten {
            self.owners.remove(id);
        }
        self.clock += 1;
        let desk = self.desks.entry(name.to_owned()).or_insert_with(|| Desk {
            api_enabled: true,
            ..Desk::default()
        });
        desk.touched = self.clock;
        (desk, forgotten)
    }
}

impl SimState {
    /// Replaces `desk`'s requests with fresh ones for `lesson`.
    pub fn start_lesson(&mut self, desk_name: &str, lesson: LessonId) -> LessonSetup {
        let [person, namesake, other] = cast(lesson);
        let policy = match lesson {
            LessonId::CardholderChooses => PinPolicy::CardholderChooses,
            _ => PinPolicy::ServerGenerated,
        };
        let mut ids = IdSource::fresh();
        let to_bind = self.lesson_request(&mut ids, person, policy);
        let decoys = [namesake, other]
            .map(|name| self.lesson_request(&mut ids, name, PinPolicy::ServerGenerated));
        let setup = LessonSetup {
            lesson,
            request: to_bind.uuid,
            person: person.to_owned(),
            others: decoys.iter().map(|r| r.uuid).collect(),
        };
        let mut new = vec![to_bind];
        new.extend(decoys);
        // Not always first in the list: the trainee has to look.
        fastrand::shuffle(&mut new);
        let requests: Vec<Uuid> = new.iter().map(|r| r.uuid).collect();

        let (desk, mut old) = self.classroom.desk(desk_name);
        if let Some(previous) = desk.lesson.take() {
            old.extend(previous.requests);
        }
        desk.api_enabled = lesson != LessonId::ServerDown;
        desk.lesson = Some(Lesson {
            id: lesson,
            request: setup.request,
            requests: requests.clone(),
        });
        for id in &old {
            self.classroom.owners.remove(id);
        }
        for id in requests {
            self.classroom.owners.insert(id, desk_name.to_owned());
        }
        self.replace_requests(&old, new);
        setup
    }

    /// Switches `desk`'s CM API off (as a server whose REST API is off) or on.
    pub fn set_desk_api(&mut self, desk_name: &str, enabled: bool) {
        let (desk, forgotten) = self.classroom.desk(desk_name);
        desk.api_enabled = enabled;
        self.replace_requests(&forgotten, Vec::new());
    }

    /// `desk`'s own requests, filtered as the shared list is; `None` when
    /// the desk has started no lesson.
    pub fn desk_requests(
        &self,
        desk: &str,
        status: Option<RequestStatus>,
        current_user_only: bool,
    ) -> Option<Vec<&Request>> {
        let lesson = self.classroom.desks.get(desk)?.lesson.as_ref()?;
        Some(
            (lesson.requests.iter())
                .filter_map(|id| self.request(*id))
                .filter(|r| self.listed(r, status, current_user_only))
                .collect(),
        )
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
