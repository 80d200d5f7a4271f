//! Who calls the simulator, by the keys the classroom gave out: a desk (its
//! desk key), the trainer (the trainer key, for the report), or, outside a
//! classroom, the shared officer with no key at all. And what the trainer
//! hears of the classroom as it happens.

use axum::http::HeaderMap;

use super::scope::Caller;
use super::state::Refusal;
use super::{Sim, classroom};
use crate::training::keys::fingerprint;
use crate::training::wire::{DESK_KEY_HEADER, LessonResult, TRAINER_KEY_HEADER};

/// What the trainer hears of the classroom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassroomNews {
    /// A desk joined under this name; `count` of `max` places are taken.
    Joined {
        desk: String,
        count: usize,
        max: usize,
    },
    /// A desk idle for `IDLE_DROP` gave up its place to a newcomer.
    LeftIdle { desk: String },
    /// A desk was refused: the room is full (told once until a desk joins).
    Full { max: usize },
    /// A desk reported how its lesson went.
    Result(LessonResult),
}

impl Sim {
    /// Whether this caller's CM API is switched off (its desk's lesson).
    pub(super) fn desk_api_off(&self, caller: Caller) -> bool {
        match caller {
            Caller::Desk(desk) => self.lock().classroom.api_off(desk),
            Caller::Keyless => false,
        }
    }

    /// Who is calling, by the desk key in `headers` (its call noted): a
    /// desk of the classroom, or, with no key and outside a classroom, the
    /// shared officer. A key no member holds is refused, and so is no key
    /// in a classroom.
    pub(super) fn caller(&self, headers: &HeaderMap) -> Result<Caller, Refusal> {
        let Some(key) = headers.get(DESK_KEY_HEADER) else {
            return match self.classroom {
                false => Ok(Caller::Keyless),
                true => Err(Refusal::UnknownDesk(
                    "This simulator is a classroom: a desk joins it first (POST /training/desks) and sends its desk key on every call.".to_owned(),
                )),
            };
        };
        let now = std::time::Instant::now();
        (self.lock().classroom.desk_with_key(key.as_bytes(), now))
            .map(Caller::Desk)
            .ok_or_else(classroom::unknown_desk)
    }

    /// Whether `headers` carry the trainer's key.
    pub(super) fn is_trainer(&self, headers: &HeaderMap) -> bool {
        headers
            .get(TRAINER_KEY_HEADER)
            .is_some_and(|key| fingerprint(key.as_bytes()) == self.trainer)
    }

    /// Tells the trainer, if anyone listens; the classroom goes on regardless.
    pub(super) fn tell_trainer(&self, news: ClassroomNews) {
        if let Some(trainer) = &self.news_to {
            let _: Result<_, _> = trainer.send(news);
        }
    }
}
