//! The requests table: sorted once per sort change, filtered per keystroke
//! by a lower-cased haystack per row, drawn with virtual scrolling so 100,000
//! rows cost no more per frame than the ones on screen.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use uuid::Uuid;

mod table;

pub use table::{filter_bar_ui, table_ui};

use super::table_columns::ColumnWidths;
use crate::cm::{Request, RequestStatus};
use crate::enroll::actions::{RequestAction, action_for};
use crate::i18n::{self, Locale, status_name, type_name};
use crate::tr;

/// A request with its cells formatted once, when the list arrives (and
/// again when the officer changes language).
pub struct RequestRow {
    pub request: Request,
    /// Type, status and priority come from a handful of words: the rows
    /// share one copy of each (10,000 rows hold a few dozen strings).
    pub kind: Arc<str>,
    pub status: Arc<str>,
    pub priority: Arc<str>,
    /// Every column, lower-cased, for the search box.
    haystack: String,
}

/// One shared copy of each cell text that many rows repeat.
#[derive(Default)]
pub(super) struct SharedWords(HashMap<String, Arc<str>>);

impl SharedWords {
    fn share(&mut self, word: String) -> Arc<str> {
        if let Some(shared) = self.0.get(&word) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(word.as_str());
        self.0.insert(word, shared.clone());
        shared
    }
}

impl RequestRow {
    /// A row on its own (tests).
    #[cfg(test)]
    pub(super) fn new(request: Request) -> Self {
        Self::sharing(request, &mut SharedWords::default())
    }

    pub(super) fn sharing(request: Request, words: &mut SharedWords) -> Self {
        let person = person_of(&request);
        let kind = type_name(request.request_type);
        // "No card yet" is true of a request for a new card only: an Unblock
        // request is about the card the cardholder already has.
        let for_a_new_card = action_for(request.request_type) == RequestAction::Enroll;
        let status = if request.is_ready_to_bind() && for_a_new_card {
            tr!("status-ready-to-bind")
        } else if request.is_ready_to_bind() {
            status_name(request.status)
        } else if request.is_awaiting_card() {
            tr!("status-software-profile")
        } else {
            status_name(request.status)
        };
        let submitted = submitted_text(&request);
        let priority = request.priority.to_string();
        let haystack = format!(
            "{person}\n{kind}\n{status}\n{priority}\n{submitted}\n{}\n{}",
            request.comment, request.uuid
        )
        .to_lowercase();
        Self {
            request,
            kind: words.share(kind),
            status: words.share(status),
            priority: words.share(priority),
            haystack,
        }
    }

    /// The name shown for the request's target user. Found, not kept: the
    /// request holds it already, and only rows on screen show it.
    pub fn person(&self) -> Cow<'_, str> {
        person_of(&self.request)
    }

    /// When the request was submitted, in the desk's language, or nothing.
    pub fn submitted(&self) -> String {
        submitted_text(&self.request)
    }
}

fn submitted_text(request: &Request) -> String {
    request
        .submitted
        .map(|time| i18n::date_time(&time))
        .unwrap_or_default()
}

/// The name the desk shows for a request's target user.
pub fn person_of(request: &Request) -> Cow<'_, str> {
    match request
        .data_item("DisplayName")
        .filter(|name| !name.trim().is_empty())
    {
        Some(name) => Cow::Borrowed(name),
        None => Cow::Owned(match request.target_user_uuid {
            Some(id) => tr!("person-user-id", id = id.to_string()),
            None => tr!("person-none"),
        }),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Approved and not yet bound: what an officer works through (software
    /// profiles too, so the officer sees them and why they are not bound).
    #[default]
    ReadyToBind,
    All,
    Only(RequestStatus),
}

impl StatusFilter {
    pub fn label(self) -> String {
        match self {
            Self::ReadyToBind => tr!("status-ready-to-bind"),
            Self::All => tr!("status-all"),
            Self::Only(status) => status_name(status),
        }
    }

    fn admits(self, request: &Request) -> bool {
        match self {
            Self::ReadyToBind => request.is_awaiting_card(),
            Self::All => true,
            Self::Only(status) => request.status == status,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    Person,
    Kind,
    Status,
    Priority,
    Submitted,
    Comment,
}

const COLUMNS: [SortColumn; 6] = [
    SortColumn::Person,
    SortColumn::Kind,
    SortColumn::Status,
    SortColumn::Priority,
    SortColumn::Submitted,
    SortColumn::Comment,
];

impl SortColumn {
    pub(super) fn title(self) -> String {
        match self {
            Self::Person => tr!("column-target-user"),
            Self::Kind => tr!("column-type"),
            Self::Status => tr!("column-status"),
            Self::Priority => tr!("column-priority"),
            Self::Submitted => tr!("column-submitted"),
            Self::Comment => tr!("column-comment"),
        }
    }
}

pub struct RequestList {
    rows: Vec<RequestRow>,
    /// Row index by request id: the detail panel looks one up every frame.
    by_id: HashMap<Uuid, usize>,
    /// Row indices in sort order.
    sorted: Vec<usize>,
    /// The sorted indices the search and status filter let through.
    visible: Vec<usize>,
    sort: SortColumn,
    ascending: bool,
    search: String,
    /// The smartcards of the card whose id is the search: their requests
    /// are found too.
    search_smartcards: Vec<Uuid>,
    status_filter: StatusFilter,
    /// Earlier results of this search, each needle containing the one before
    /// (from "" up): typing on narrows the last one, deleting goes back to
    /// one, so a keystroke does not scan every row again.
    narrowed: Vec<(String, Vec<usize>)>,
    /// The language the rows' cells were formatted in.
    locale: Locale,
    /// The columns' widths in that language, once measured.
    /// (the table's width in steps of 16 px, the widths for it)
    word_columns: Option<(i32, ColumnWidths)>,
}

/// Results kept for deleting back through a query; deeper ones are rescanned.
const NARROWED_KEPT: usize = 24;

impl Default for RequestList {
    fn default() -> Self {
        Self {
            rows: Vec::new(),
            by_id: HashMap::new(),
            sorted: Vec::new(),
            visible: Vec::new(),
            sort: SortColumn::Submitted,
            ascending: false,
            search: String::new(),
            search_smartcards: Vec::new(),
            status_filter: StatusFilter::default(),
            narrowed: Vec::new(),
            locale: Locale::En,
            word_columns: None,
        }
    }
}

impl RequestList {
    pub fn set_requests(&mut self, requests: Vec<Request>) {
        // Measured anew: another language, or other names.
        self.word_columns = None;
        self.locale = i18n::current();
        let mut words = SharedWords::default();
        self.rows = requests
            .into_iter()
            .map(|request| RequestRow::sharing(request, &mut words))
            .collect();
        self.by_id = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| (row.request.uuid, i))
            .collect();
        self.resort();
    }

    /// Formats the cells again when the officer has changed language.
    pub fn relocalize(&mut self) {
        if self.locale != i18n::current() {
            let requests = std::mem::take(&mut self.rows)
                .into_iter()
                .map(|row| row.request)
                .collect();
            self.set_requests(requests);
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn visible_len(&self) -> usize {
        self.visible.len()
    }

    pub fn find(&self, id: Uuid) -> Option<&RequestRow> {
        self.by_id.get(&id).and_then(|&i| self.rows.get(i))
    }

    pub fn search(&self) -> &str {
        &self.search
    }

    pub fn set_search(&mut self, search: &str) {
        if self.search != search {
            self.search = search.to_owned();
            self.refilter();
        }
    }

    /// The requests of these smartcards are found as well (the search is
    /// a card id, and these are that card's smartcards).
    pub fn set_search_smartcards(&mut self, smartcards: Vec<Uuid>) {
        if self.search_smartcards != smartcards {
            self.search_smartcards = smartcards;
            self.narrowed.clear();
            self.refilter();
        }
    }

    /// Every row, in the server's order.
    pub fn rows(&self) -> impl Iterator<Item = &RequestRow> {
        self.rows.iter()
    }

    pub fn status_filter(&self) -> StatusFilter {
        self.status_filter
    }

    pub fn set_status_filter(&mut self, filter: StatusFilter) {
        if self.status_filter != filter {
            self.status_filter = filter;
            self.narrowed.clear();
            self.refilter();
        }
    }

    /// Clicking the sorted column's header again reverses it.
    pub fn sort_by(&mut self, column: SortColumn) {
        if self.sort == column {
            self.ascending = !self.ascending;
        } else {
            self.sort = column;
            self.ascending = true;
        }
        self.resort();
    }

    fn resort(&mut self) {
        let rows = &self.rows;
        let mut order: Vec<usize> = (0..rows.len()).collect();
        let column = self.sort;
        order.sort_by(|&a, &b| compare(&rows[a], &rows[b], column));
        if !self.ascending {
            order.reverse();
        }
        self.sorted = order;
        self.narrowed.clear();
        self.refilter();
    }

    fn refilter(&mut self) {
        let needle = self.search.trim().to_lowercase();
        // Rows matching a longer needle are among those matching any part of it.
        while self
            .narrowed
            .last()
            .is_some_and(|(earlier, _)| !needle.contains(earlier.as_str()))
        {
            self.narrowed.pop();
        }
        let rows = &self.rows;
        let cards = &self.search_smartcards;
        if !cards.is_empty() {
            // A card id: its smartcards' requests, whatever the text holds.
            let filter = self.status_filter;
            self.visible = (self.sorted.iter().copied())
                .filter(|&i| {
                    let request = &rows[i].request;
                    let of_card = [request.new_smartcard_uuid, request.old_smartcard_uuid]
                        .into_iter()
                        .flatten()
                        .any(|card| cards.contains(&card));
                    filter.admits(request) && (of_card || rows[i].haystack.contains(&needle))
                })
                .collect();
            return;
        }
        self.visible = match self.narrowed.last() {
            Some((earlier, found)) if *earlier == needle => found.clone(),
            Some((_, found)) => found
                .iter()
                .copied()
                .filter(|&i| rows[i].haystack.contains(&needle))
                .collect(),
            None => {
                let filter = self.status_filter;
                self.sorted
                    .iter()
                    .copied()
                    .filter(|&i| {
                        filter.admits(&rows[i].request) && rows[i].haystack.contains(&needle)
                    })
                    .collect()
            }
        };
        if self
            .narrowed
            .last()
            .is_none_or(|(earlier, _)| *earlier != needle)
            && self.narrowed.len() < NARROWED_KEPT
        {
            self.narrowed.push((needle, self.visible.clone()));
        }
    }

    /// The visible rows in order (tests and the bench read the table this way).
    pub fn visible_rows(&self) -> impl Iterator<Item = &RequestRow> {
        self.visible.iter().map(|&i| &self.rows[i])
    }
}

fn compare(a: &RequestRow, b: &RequestRow, column: SortColumn) -> Ordering {
    let by_column = match column {
        SortColumn::Person => a.person().to_lowercase().cmp(&b.person().to_lowercase()),
        SortColumn::Kind => a.kind.cmp(&b.kind),
        SortColumn::Status => a.status.cmp(&b.status),
        SortColumn::Priority => a.request.priority.cmp(&b.request.priority),
        SortColumn::Submitted => a.request.submitted.cmp(&b.request.submitted),
        SortColumn::Comment => a.request.comment.cmp(&b.request.comment),
    };
    // Ties in a stable, meaningful order rather than the server's.
    by_column.then_with(|| a.request.uuid.cmp(&b.request.uuid))
}

#[cfg(test)]
mod tests;
