//! The requests table's column widths in the officer's language. The
//! person's name is what the officer checks against the cardholder, so it
//! gives way last: names of up to `NAME_CHARS` characters show whole where
//! the window allows. The comment gives way first, then the type and status
//! columns (as wide as their longest word, or as in English, where there is
//! room), down to their headers, which always show whole.

use super::requests::SortColumn;
use crate::cm::{RequestStatus, RequestType};
use crate::i18n::{self, status_name, type_name};
use crate::tr;

#[derive(Debug, Clone, Copy)]
pub struct ColumnWidths {
    pub person: f32,
    pub person_least: f32,
    pub kind: f32,
    pub status: f32,
}

/// Names up to this many characters are measured whole; longer ones may
/// be cut short.
pub const NAME_CHARS: usize = 30;

/// The English layout's widths, kept where the words fit.
const PERSON: f32 = 160.0;
const KIND: f32 = 62.0;
const STATUS: f32 = 150.0;
const PRIORITY: f32 = 52.0;
const SUBMITTED: f32 = 118.0;
/// The sort arrow beside the sorted column's title.
const ARROW: f32 = 14.0;

/// `names`: the names most likely to be the widest, cut at `NAME_CHARS`.
pub fn column_widths(ui: &egui::Ui, names: Vec<String>) -> ColumnWidths {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let spacing = ui.spacing().item_spacing.x;
    let padding = 2.0 * spacing;
    let width = |word: String| {
        ui.ctx().fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(word, font.clone(), egui::Color32::WHITE)
                .size()
                .x
        }) + padding
    };
    let widest = |words: Vec<String>| words.into_iter().map(width).fold(0.0_f32, f32::max);
    let header = |column: SortColumn| width(column.title());

    let types = RequestType::KNOWN.iter().map(|&t| type_name(t));
    let type_words = widest(types.chain([type_name(RequestType::Unknown(99))]).collect());
    let statuses = RequestStatus::KNOWN.iter().map(|&s| status_name(s));
    let ready = [tr!("status-ready-to-bind"), tr!("status-software-profile")];
    let status_words = widest(statuses.chain(ready).collect());
    let kind_least = header(SortColumn::Kind);
    let status_least = header(SortColumn::Status);
    let mut kind = type_words.max(kind_least).max(KIND);
    let mut status = status_words.max(status_least).max(STATUS);
    // These two grow to their content by themselves; counted here so the
    // person column leaves them their room.
    let priority = header(SortColumn::Priority).max(PRIORITY);
    let sample_date = chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap_or_default();
    let submitted = (header(SortColumn::Submitted) + ARROW)
        .max(width(i18n::date_time(&sample_date)))
        .max(SUBMITTED);
    let comment = header(SortColumn::Comment);
    let person_least = header(SortColumn::Person).max(64.0);
    let available = ui.available_width() - priority - submitted - comment - 6.0 * spacing;
    // The names take their room first, leaving type and status their headers.
    let person = widest(names)
        .min(available - kind_least - status_least)
        .max(person_least);
    let excess = kind + status - (available - person);
    if excess > 0.0 {
        // Both give up room in proportion, never below their header, and
        // their longest cells are cut short like any other data.
        let spare = (kind - kind_least) + (status - status_least);
        let share = if spare > 0.0 {
            (excess / spare).min(1.0)
        } else {
            0.0
        };
        kind -= (kind - kind_least) * share;
        status -= (status - status_least) * share;
    }
    ColumnWidths {
        // Room left over: as wide as in English.
        person: person.max((available - kind - status).min(PERSON)),
        person_least,
        kind,
        status,
    }
}
