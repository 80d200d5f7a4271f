//! The requests table's column widths in the officer's language: the type
//! and status columns as wide as their longest word (at least as wide as in
//! English), every header whole, and the room that takes from the person
//! column, whose names are data and may be clipped.

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

/// The English layout's widths, kept where the words fit.
const PERSON: f32 = 160.0;
const KIND: f32 = 62.0;
const STATUS: f32 = 150.0;
const PRIORITY: f32 = 52.0;
const SUBMITTED: f32 = 118.0;
/// The sort arrow beside the sorted column's title.
const ARROW: f32 = 14.0;

pub fn column_widths(ui: &egui::Ui) -> ColumnWidths {
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
    let mut kind = type_words.max(header(SortColumn::Kind)).max(KIND);
    let mut status = status_words.max(header(SortColumn::Status)).max(STATUS);
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
    let excess = kind + status - (available - person_least);
    if excess > 0.0 {
        // Too long a language for every word: both columns give up room in
        // proportion, never below their header (or English) width, and
        // their longest cells clip like any other data.
        let kind_least = header(SortColumn::Kind).max(KIND);
        let status_least = header(SortColumn::Status).max(STATUS);
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
        person: (available - kind - status)
            .max(person_least)
            .min(PERSON.max(person_least)),
        person_least,
        kind,
        status,
    }
}
