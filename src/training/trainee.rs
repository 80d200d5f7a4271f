//! This desk's place in a classroom: the name it asks for and, once the
//! simulator let it join, the name and key it was given. The desk's CM
//! client and its classroom client share one, so both speak as the same
//! desk; the CM client joins before the first call (see `cm::client`).

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::keys::ClassroomKey;
use super::names::fit_desk_name;
use super::wire::DeskPass;

#[derive(Clone)]
pub struct TraineeDesk {
    wanted: String,
    pass: Arc<Mutex<Option<DeskPass>>>,
    /// Held while joining, so two threads of the desk (its worker and a
    /// lesson call) join once between them, not as two desks.
    joining: Arc<tokio::sync::Mutex<()>>,
}

impl TraineeDesk {
    /// A desk that will ask to be called `wanted` (fitted: see `fit_desk_name`).
    pub fn new(wanted: &str) -> Self {
        Self {
            wanted: fit_desk_name(wanted),
            pass: Arc::default(),
            joining: Arc::default(),
        }
    }

    /// The name the desk asks for.
    pub fn wanted(&self) -> &str {
        &self.wanted
    }

    /// The name the room knows the desk by, once joined; else the one it asks for.
    pub fn name(&self) -> String {
        self.pass()
            .as_ref()
            .map_or_else(|| self.wanted.clone(), |pass| pass.desk.clone())
    }

    pub(crate) fn key(&self) -> Option<ClassroomKey> {
        self.pass().as_ref().map(|pass| pass.key.clone())
    }

    pub(crate) fn joined(&self, pass: DeskPass) {
        *self.pass() = Some(pass);
    }

    /// Forgets `key` after the simulator said it does not know it; a key
    /// another thread has meanwhile been given stays.
    pub(crate) fn forget(&self, key: &ClassroomKey) {
        let mut pass = self.pass();
        if pass.as_ref().is_some_and(|p| p.key == *key) {
            *pass = None;
        }
    }

    pub(crate) fn joining(&self) -> &tokio::sync::Mutex<()> {
        &self.joining
    }

    fn pass(&self) -> MutexGuard<'_, Option<DeskPass>> {
        self.pass.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The same desk: copies share one place in the room.
impl PartialEq for TraineeDesk {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.pass, &other.pass)
    }
}

/// The key is never shown.
impl fmt::Debug for TraineeDesk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TraineeDesk")
            .field("wanted", &self.wanted)
            .field("name", &self.name())
            .field("joined", &self.key().is_some())
            .finish()
    }
}
