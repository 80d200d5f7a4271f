//! Resuming after a crash: the journal beside the audit trail names the
//! enrollments an earlier desk left unfinished. At start they are listed
//! in the activity panel (or why the journal could not be read); when such
//! a card is read in a reader, the detail panel offers to resume it there,
//! and the enrollment's own rules pick up where the card and server stand.

use std::path::Path;
use std::sync::Arc;

use super::{Desk, Level, Line};
use crate::journal::{Journal, JournalEntry};
use crate::tr;
use crate::worker::{Job, JobTicket};

impl Desk {
    /// Opens the journal beside the audit trail at `audit` and tells the
    /// officer what an earlier desk left unfinished.
    pub(super) fn open_journal(&mut self, audit: &Path) {
        let (journal, problem) = Journal::open(&audit.with_file_name("journal.json"));
        if let Some(problem) = problem {
            tracing::warn!("{problem}");
            self.activity.push(
                Level::Warning,
                Line {
                    local: tr!("journal-unreadable", detail = problem.as_str()),
                    english: problem.clone(),
                },
            );
        }
        self.unfinished = journal.entries();
        for entry in &self.unfinished {
            let card = entry.card_id.map(|id| id.to_string()).unwrap_or_default();
            let line = Line::new(|| {
                tr!(
                    "journal-unfinished",
                    person = entry.person.as_str(),
                    request = entry.request.to_string(),
                    card = card.as_str(),
                    reader = entry.reader.as_str()
                )
            });
            self.activity.push(Level::Warning, line);
        }
        self.journal = Some(Arc::new(journal));
    }

    /// Starts the unfinished job of `request` on the card in `reader`.
    pub(super) fn resume(&mut self, reader: String, request: uuid::Uuid) {
        let Some(entry) = self.unfinished.iter().find(|e| e.request == request) else {
            return;
        };
        let ticket = ticket_for(entry, &reader, self.settings.byte_order);
        self.launch(reader, ticket);
    }
}

/// The same job as the journal's entry, on `reader`.
fn ticket_for(
    entry: &JournalEntry,
    reader: &str,
    byte_order: crate::card::GuidByteOrder,
) -> JobTicket {
    let job = Job::new(
        entry.kind,
        entry.request,
        reader.to_owned(),
        None,
        byte_order,
    );
    JobTicket {
        job,
        person: entry.person.clone(),
        card_id: entry.card_id,
    }
}
