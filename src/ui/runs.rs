//! The runs, one per reader: who and what each is about, when it started,
//! and where it stands — running a step, waiting for the cardholder's PIN,
//! failed, or finished (until its card is pulled). The worker does the
//! work; this is what the desk draws the step list and the board from.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use uuid::Uuid;

use crate::enroll::{EnrollFailure, EnrollStep, Progress, Reached};
use crate::journal::JobKind;
use crate::worker::{Job, JobTicket};

pub enum RunState {
    Running(Progress),
    /// The run waits for the cardholder to type a PIN.
    AsksForPin(Progress),
    Failed(Box<EnrollFailure>),
    Finished,
}

pub struct Run {
    /// What was started, to start it again.
    pub ticket: JobTicket,
    pub started: Instant,
    /// When it failed or finished: the clock stops there.
    pub ended: Option<Instant>,
    pub state: RunState,
    /// The smartcard, once the run has told it.
    pub smartcard: Option<Uuid>,
    /// The last step written to the audit trail.
    pub audited: Option<EnrollStep>,
}

impl Run {
    pub fn new(ticket: JobTicket, now: Instant) -> Self {
        Self {
            ticket,
            started: now,
            ended: None,
            state: RunState::Running(Progress::at(EnrollStep::ReadingCard)),
            smartcard: None,
            audited: None,
        }
    }

    pub fn person(&self) -> &str {
        &self.ticket.person
    }

    pub fn request(&self) -> Uuid {
        match &self.ticket.job {
            Job::Enroll(order) => order.request,
            Job::Unblock(order) => order.request,
        }
    }

    pub fn kind(&self) -> JobKind {
        match &self.ticket.job {
            Job::Enroll(_) => JobKind::Enroll,
            Job::Unblock(_) => JobKind::Unblock,
        }
    }

    /// The steps this run goes through, in order.
    pub fn plan(&self) -> &'static [EnrollStep] {
        match self.kind() {
            JobKind::Enroll => &EnrollStep::ALL,
            JobKind::Unblock => &EnrollStep::UNBLOCK,
        }
    }

    /// The step running or reached, while there is one.
    pub fn progress(&self) -> Option<Progress> {
        match &self.state {
            RunState::Running(progress) | RunState::AsksForPin(progress) => Some(*progress),
            RunState::Failed(_) | RunState::Finished => None,
        }
    }

    /// Running or waiting for the cardholder: the card is in use.
    pub fn is_under_way(&self) -> bool {
        self.progress().is_some()
    }

    /// Whether the officer may stop it now.
    pub fn can_cancel(&self) -> bool {
        matches!(&self.state, RunState::Running(p) if p.step.can_cancel())
    }

    /// The share done, for the progress bar.
    pub fn fraction(&self) -> f32 {
        match &self.state {
            RunState::Running(progress) | RunState::AsksForPin(progress) => {
                progress.fraction_in(self.plan())
            }
            RunState::Failed(failure) => Progress::at(failure.step).fraction_in(self.plan()),
            RunState::Finished => 1.0,
        }
    }

    /// Failed with the card bound and unfinished: it must be run again
    /// (or given up knowingly).
    pub fn is_bound_unfinished(&self) -> bool {
        matches!(
            &self.state,
            RunState::Failed(failure) if !matches!(failure.reached, Reached::Nothing)
        )
    }

    pub fn elapsed(&self, now: Instant) -> Duration {
        self.ended
            .unwrap_or(now)
            .saturating_duration_since(self.started)
    }
}

/// "m:ss" (or "h:mm:ss"), as the board and the step list show time.
pub fn clock(elapsed: Duration) -> String {
    let seconds = elapsed.as_secs();
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// Every reader's run, by reader name.
#[derive(Default)]
pub struct Runs(BTreeMap<String, Run>);

impl Runs {
    pub fn get(&self, reader: &str) -> Option<&Run> {
        self.0.get(reader)
    }

    pub fn get_mut(&mut self, reader: &str) -> Option<&mut Run> {
        self.0.get_mut(reader)
    }

    pub fn insert(&mut self, reader: String, run: Run) {
        self.0.insert(reader, run);
    }

    pub fn remove(&mut self, reader: &str) -> Option<Run> {
        self.0.remove(reader)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Run)> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A run is using the card in `reader`.
    pub fn busy(&self, reader: &str) -> bool {
        self.get(reader).is_some_and(Run::is_under_way)
    }

    pub fn any_under_way(&self) -> bool {
        self.0.values().any(Run::is_under_way)
    }

    /// How many runs are under way, side by side.
    pub fn under_way(&self) -> usize {
        self.0.values().filter(|run| run.is_under_way()).count()
    }

    /// The first reader whose run waits for the cardholder's PIN.
    pub fn asking_for_pin(&self) -> Option<(&String, &Run)> {
        self.0
            .iter()
            .find(|(_, run)| matches!(run.state, RunState::AsksForPin(_)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_reads_minutes_and_seconds() {
        assert_eq!(clock(Duration::from_secs(5)), "0:05");
        assert_eq!(clock(Duration::from_secs(125)), "2:05");
        assert_eq!(clock(Duration::from_secs(3_725)), "1:02:05");
    }
}
