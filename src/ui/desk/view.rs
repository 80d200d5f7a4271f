//! What the desk lets the window shell and the tests read: its settings,
//! its simulated world, the list, the runs, the PINs, the activity and the
//! lesson.

use super::{Desk, Settings, UnreadableRequest};
use crate::demo::Demo;
use crate::ui::RequestList;

impl Desk {
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The simulated world in demo mode (the demo panel, tests).
    pub fn demo(&self) -> Option<&Demo> {
        self.session
            .as_ref()
            .and_then(|session| session.demo.as_ref())
    }

    /// The trainee's simulated cards (demo mode and the classroom).
    pub fn simulated_cards(&self) -> Option<&crate::demo::DemoCards> {
        self.session
            .as_ref()
            .and_then(|session| session.cards.as_deref())
    }

    pub fn requests(&self) -> &RequestList {
        &self.requests
    }

    /// Why the last refresh failed, if it did.
    pub fn load_error(&self) -> Option<&str> {
        self.load_error.as_deref()
    }

    /// The requests of the last list the desk could not read.
    pub fn unreadable_requests(&self) -> &[UnreadableRequest] {
        &self.unreadable
    }

    pub fn is_loading(&self) -> bool {
        self.loading
    }

    /// True while a run is under way in any reader (tests step until it ends).
    pub fn is_busy(&self) -> bool {
        self.runs.any_under_way()
    }

    /// The run in `reader`, if there is one.
    pub fn run(&self, reader: &str) -> Option<&crate::ui::Run> {
        self.runs.get(reader)
    }

    /// What the activity panel shows (and exports).
    pub fn activity(&self) -> &std::collections::VecDeque<crate::ui::ActivityEntry> {
        self.activity.entries()
    }

    /// The lesson under way or just finished (tests).
    pub fn lesson(&self) -> Option<&crate::training::progress::LessonRun> {
        self.training.run()
    }

    /// Where finished lessons are written.
    pub fn training_log(&self) -> Option<&std::path::Path> {
        self.training_log.as_deref()
    }

    /// A PIN window is on screen.
    pub fn pin_window_open(&self) -> bool {
        !self.pins.is_empty() && self.pin_entry.is_none()
    }

    /// PIN windows waiting behind the one on screen.
    pub fn pins_queued(&self) -> usize {
        self.pins.len().saturating_sub(1)
    }

    /// The cardholder's PIN entry is on screen.
    pub fn pin_entry_open(&self) -> bool {
        self.pin_entry.is_some()
    }
}
