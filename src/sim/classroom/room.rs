//! Who is in the classroom. A desk joins under the name it asks for (made
//! unique: a second "ada" is "ada (2)") and gets a random key, of which the
//! room keeps only the fingerprint; every later call of the desk carries
//! the key. The room is bounded: a newcomer to a full room is refused,
//! never a member evicted, and only a desk idle for `IDLE_DROP` gives up
//! its place, and only to a newcomer that needs it.

use std::time::{Duration, Instant};

use uuid::Uuid;

use super::{Classroom, Desk};
use crate::sim::state::Refusal;
use crate::training::keys::{ClassroomKey, fingerprint};
use crate::training::names::DESK_NAME_MAX;
use crate::training::wire::DeskPass;

/// Desks in the room at once, unless the trainer says otherwise.
pub const MAX_DESKS: usize = 1_000;
/// How long a desk must have made no call before a newcomer to a full
/// room may take its place: longer than any class day.
pub const IDLE_DROP: Duration = Duration::from_secs(12 * 60 * 60);

/// A member of the room; never reused, so a desk that left and a newcomer
/// under the same name are two desks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeskId(u64);

/// A desk let in, and the idle desks that gave up their places for it.
#[derive(Debug)]
pub struct Joined {
    pub id: DeskId,
    pub pass: DeskPass,
    pub left: Vec<Left>,
}

/// An idle desk that gave up its place, and its lesson requests.
#[derive(Debug)]
pub struct Left {
    pub name: String,
    pub requests: Vec<Uuid>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum JoinRefused {
    /// `first` the first refusal since a desk last joined (the trainer is
    /// told once, not at every knock).
    Full { max: usize, first: bool },
    /// No key could be drawn from the OS's random source.
    NoRandom(String),
}

/// The words for a desk key that names no member (any more).
pub(in crate::sim) fn unknown_desk() -> Refusal {
    Refusal::UnknownDesk(
        "This desk key is not one this classroom gave out, or its desk has left the classroom: join again.".to_owned(),
    )
}

impl Classroom {
    /// An empty room for at most `max_desks` desks.
    pub fn with_room_for(max_desks: usize) -> Self {
        Self {
            desks: Default::default(),
            by_key: Default::default(),
            next_id: 0,
            max_desks,
            full_told: false,
            owners: Default::default(),
            results: Default::default(),
        }
    }

    pub fn max_desks(&self) -> usize {
        self.max_desks
    }

    pub fn members(&self) -> usize {
        self.desks.len()
    }

    /// Lets a desk in under `wanted`, made unique, with a fresh key.
    pub fn join(&mut self, wanted: &str, now: Instant) -> Result<Joined, JoinRefused> {
        let mut left = Vec::new();
        if self.desks.len() >= self.max_desks {
            left = self.drop_idle(now);
        }
        if self.desks.len() >= self.max_desks {
            let first = !self.full_told;
            self.full_told = true;
            return Err(JoinRefused::Full {
                max: self.max_desks,
                first,
            });
        }
        let key = ClassroomKey::random().map_err(|e| JoinRefused::NoRandom(e.to_string()))?;
        let name = self.unique_name(wanted);
        let id = DeskId(self.next_id);
        self.next_id += 1;
        self.by_key.insert(key.fingerprint(), id);
        let desk = Desk {
            name: name.clone(),
            fingerprint: key.fingerprint(),
            last_call: now,
            lesson: None,
            api_enabled: true,
        };
        self.desks.insert(id, desk);
        self.full_told = false;
        Ok(Joined {
            id,
            pass: DeskPass { desk: name, key },
            left,
        })
    }

    /// The member holding the key `presented`, its call noted; `None` for
    /// a key no member holds.
    pub fn desk_with_key(&mut self, presented: &[u8], now: Instant) -> Option<DeskId> {
        let id = *self.by_key.get(&fingerprint(presented))?;
        let desk = self.desks.get_mut(&id)?;
        desk.last_call = now;
        Some(id)
    }

    pub fn desk_named(&self, name: &str) -> Option<DeskId> {
        (self.desks.iter())
            .find(|(_, desk)| desk.name == name)
            .map(|(id, _)| *id)
    }

    /// `wanted`, or "wanted (2)", "wanted (3)", … when a member has it,
    /// shortened where the number would make it too long.
    fn unique_name(&self, wanted: &str) -> String {
        let taken = |name: &str| self.desks.values().any(|desk| desk.name == name);
        if !taken(wanted) {
            return wanted.to_owned();
        }
        (2..)
            .map(|n| {
                let suffix = format!(" ({n})");
                let room = DESK_NAME_MAX.saturating_sub(suffix.chars().count());
                let base: String = wanted.chars().take(room).collect();
                format!("{}{suffix}", base.trim_end())
            })
            .find(|name| !taken(name))
            .unwrap_or_else(|| wanted.to_owned())
    }

    /// Takes the places of desks idle for `IDLE_DROP`, with their requests.
    fn drop_idle(&mut self, now: Instant) -> Vec<Left> {
        let idle: Vec<DeskId> = (self.desks.iter())
            .filter(|(_, desk)| now.saturating_duration_since(desk.last_call) >= IDLE_DROP)
            .map(|(id, _)| *id)
            .collect();
        let mut left = Vec::new();
        for id in idle {
            let Some(desk) = self.desks.remove(&id) else {
                continue;
            };
            self.by_key.remove(&desk.fingerprint);
            let requests = desk.lesson.map(|l| l.requests).unwrap_or_default();
            for request in &requests {
                self.owners.remove(request);
            }
            left.push(Left {
                name: desk.name,
                requests,
            });
        }
        left
    }
}
