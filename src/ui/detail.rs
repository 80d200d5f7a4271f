//! The detail panel: the chosen reader's run (its step list), the selected
//! request, the chosen reader's card with what the server knows of it, and
//! the request type's own action — *Enroll card*, *Unblock this card*, or
//! one line saying the work is done elsewhere.

use std::time::Instant;

use uuid::Uuid;

use super::action::Action;
use super::card_lookup::{CardLookups, card_owner_ui};
use super::plan::{Around, job_plan};
use super::readers::{CardState, Readers};
use super::requests::{RequestList, RequestRow};
use super::run_view::run_ui;
use super::runs::Runs;
use crate::enroll::EnrollStep;
use crate::enroll::actions::{RequestAction, action_for};
use crate::i18n::{card_error_words, enroll_step_name, type_name};
use crate::journal::JournalEntry;
use crate::tr;

/// The card-id field for a card whose id cannot be read.
#[derive(Default)]
pub struct TypedCardId(pub String);

/// What the detail panel shows; read-only.
pub struct DetailView<'a> {
    pub row: Option<&'a RequestRow>,
    pub requests: &'a RequestList,
    pub readers: &'a Readers,
    pub reader: Option<&'a str>,
    pub runs: &'a Runs,
    pub lookups: &'a CardLookups,
    /// Enrollments an earlier desk left unfinished (the journal).
    pub unfinished: &'a [JournalEntry],
    pub now: Instant,
    /// Enter was pressed with nothing else to take it.
    pub start_shortcut: bool,
}

pub fn detail_ui(
    ui: &mut egui::Ui,
    view: &DetailView<'_>,
    typed: &mut TypedCardId,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("detail")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(reader) = view.reader
                && let Some(run) = view.runs.get(reader)
            {
                run_ui(ui, reader, run, view.now, actions);
                ui.separator();
            }
            match view.row {
                Some(row) => {
                    request_ui(ui, row);
                    ui.separator();
                }
                None => {
                    ui.weak(tr!("detail-select-request"));
                    ui.add_space(8.0);
                }
            }
            // Enter in the card-id field starts as Enter anywhere else does.
            let typed_enter = card_ui(ui, view, typed, actions);
            if let Some(row) = view.row {
                ui.add_space(4.0);
                // An id of its own: lines arriving above (the card's owner,
                // a refreshed request) must not change which button a click
                // (or a screen reader) means.
                ui.push_id("request-action", |ui| {
                    action_ui(ui, row, view, (&typed.0, typed_enter), actions);
                });
            }
        });
}

/// The request type's action: a button (with why it cannot be pressed yet)
/// or, for work done elsewhere, one line.
fn action_ui(
    ui: &mut egui::Ui,
    row: &RequestRow,
    view: &DetailView<'_>,
    (typed, typed_enter): (&str, bool),
    actions: &mut Vec<Action>,
) {
    let busy = |reader: &str| view.runs.busy(reader);
    let around = Around {
        readers: view.readers,
        reader: view.reader,
        typed,
        lookups: view.lookups,
        busy: &busy,
    };
    let plan = job_plan(row, &around);
    let label = match action_for(row.request.request_type) {
        RequestAction::Elsewhere => {
            let kind = type_name(row.request.request_type);
            ui.label(tr!("request-not-done-here", kind = kind));
            return;
        }
        RequestAction::Enroll => tr!("enroll-button"),
        RequestAction::Unblock if plan.is_err() => {
            if let Err(why) = plan {
                ui.weak(why.to_string());
            }
            return;
        }
        RequestAction::Unblock => tr!("unblock-button"),
    };
    let start = ui
        .add_enabled(plan.is_ok(), egui::Button::new(label))
        .on_hover_text(tr!("start-shortcut-hint"));
    match plan {
        Ok(plan) => {
            if start.clicked() || view.start_shortcut || typed_enter {
                actions.push(Action::AskStart(plan));
            }
        }
        Err(why) => {
            ui.weak(why.to_string());
        }
    }
}

fn request_ui(ui: &mut egui::Ui, row: &RequestRow) {
    let request = &row.request;
    ui.heading(&*row.person());
    let mut lines = vec![
        (tr!("detail-request"), request.uuid.to_string()),
        (tr!("column-type"), row.kind.to_string()),
        (tr!("column-status"), row.status.to_string()),
    ];
    if !request.is_smartcard {
        lines.push((tr!("detail-profile"), tr!("detail-profile-software")));
    }
    lines.push((tr!("column-priority"), request.priority.to_string()));
    lines.push((tr!("column-submitted"), row.submitted()));
    if let Some(department) = request.data_item("Department") {
        lines.push((tr!("detail-department"), department.to_owned()));
    }
    if let Some(template) = request.profile_template_uuid {
        lines.push((tr!("detail-profile-template"), template.to_string()));
    }
    if let Some(card) = request.new_smartcard_uuid {
        lines.push((tr!("detail-bound-smartcard"), card.to_string()));
    }
    if let Some(card) = request.old_smartcard_uuid {
        lines.push((tr!("detail-old-smartcard"), card.to_string()));
    }
    if !request.comment.is_empty() {
        lines.push((tr!("column-comment"), request.comment.clone()));
    }
    name_value_lines(ui, &lines);
}

/// Names in a column as wide as the longest, values beside them wrapping
/// (ids, comments) rather than widening the panel and squeezing the table.
/// Measured up front, unlike a grid, so nothing moves after the first frame.
fn name_value_lines(ui: &mut egui::Ui, lines: &[(String, String)]) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let name_width = lines
        .iter()
        .map(|(name, _)| {
            ui.ctx().fonts_mut(|fonts| {
                fonts
                    .layout_no_wrap(name.clone(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0_f32, f32::max);
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(12.0, 4.0);
        for (name, value) in lines {
            ui.horizontal_top(|ui| {
                ui.allocate_ui_with_layout(
                    egui::vec2(name_width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_min_width(name_width);
                        ui.weak(name);
                    },
                );
                ui.add(egui::Label::new(value).wrap());
            });
        }
    });
}

/// The chosen reader's card, what the server knows of it, an unfinished
/// enrollment to resume on it, and the card-id field for a card without
/// one; true when Enter was pressed in that field.
fn card_ui(
    ui: &mut egui::Ui,
    view: &DetailView<'_>,
    typed: &mut TypedCardId,
    actions: &mut Vec<Action>,
) -> bool {
    let Some(reader) = view.reader.and_then(|name| view.readers.get(name)) else {
        ui.label(tr!("detail-card-choose-reader"));
        return false;
    };
    let name = &reader.name;
    let Some(card) = &reader.card else {
        ui.label(tr!("detail-card-none", reader = name));
        return false;
    };
    match &card.state {
        CardState::Reading => {
            ui.label(tr!("detail-card-reading", reader = name));
        }
        CardState::Failed(error) => {
            ui.label(tr!(
                "detail-card-failed",
                reader = name,
                error = card_error_words(error)
            ));
        }
        CardState::Read { card_id: Some(id) } => {
            ui.label(tr!("card-read", reader = name, card = id.to_string()));
            let selected = view.row.map(|row| row.request.uuid);
            card_owner_ui(ui, view.lookups.get(*id), view.requests, selected, actions);
            resume_ui(ui, view, name, *id, actions);
        }
        CardState::Read { card_id: None } => {
            ui.label(tr!("detail-card-no-id", reader = name));
            let field = ui.horizontal(|ui| {
                let label = ui.label(tr!("detail-card-id"));
                ui.add(
                    egui::TextEdit::singleline(&mut typed.0)
                        .hint_text("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
                        .desired_width(300.0),
                )
                .labelled_by(label.id)
            });
            return field.inner.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        }
    }
    false
}

/// *Resume enrollment of …* for a card an earlier desk left unfinished.
fn resume_ui(
    ui: &mut egui::Ui,
    view: &DetailView<'_>,
    reader: &str,
    card_id: Uuid,
    actions: &mut Vec<Action>,
) {
    if view.runs.busy(reader) {
        return;
    }
    for entry in view.unfinished {
        if entry.card_id != Some(card_id) {
            continue;
        }
        let step = EnrollStep::ALL
            .iter()
            .chain(&EnrollStep::UNBLOCK)
            .find(|step| step.name() == entry.step)
            .map_or_else(|| entry.step.clone(), |step| enroll_step_name(*step));
        ui.label(tr!("resume-explained", step = step));
        let words = tr!("resume-button", person = entry.person.as_str());
        let button = ui.push_id(("resume", entry.request), |ui| ui.button(words));
        if button.inner.clicked() {
            actions.push(Action::Resume {
                reader: reader.to_owned(),
                request: entry.request,
            });
        }
    }
}
