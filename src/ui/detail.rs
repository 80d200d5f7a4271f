//! The selected request, the card chosen for it, and the bind flow's
//! progress and failures with their way forward.

use std::fmt;

use super::action::Action;
use super::flow::{BindPlan, Flow, Next, step_words};
use super::readers::{CardState, Readers};
use super::requests::RequestRow;
use crate::i18n::{card_error_words, status_name};
use crate::ids::parse_guid;
use crate::tr;

/// The card-id field for a card whose id cannot be read.
#[derive(Default)]
pub struct TypedCardId(pub String);

/// What the detail panel shows; read-only.
pub struct DetailView<'a> {
    pub row: Option<&'a RequestRow>,
    pub readers: &'a Readers,
    pub reader: Option<&'a str>,
    pub flow: &'a Flow,
    /// Ctrl+B was pressed this frame.
    pub bind_shortcut: bool,
}

pub fn detail_ui(
    ui: &mut egui::Ui,
    view: &DetailView<'_>,
    typed: &mut TypedCardId,
    actions: &mut Vec<Action>,
) {
    let &DetailView {
        row,
        readers,
        reader,
        flow,
        bind_shortcut,
    } = view;
    flow_ui(ui, flow, reader, actions);
    let Some(row) = row else {
        ui.add_space(8.0);
        ui.weak(tr!("detail-select-request"));
        return;
    };
    request_ui(ui, row);
    ui.separator();
    card_ui(ui, readers, reader, typed);
    let plan = bind_plan(row, readers, reader, &typed.0);
    ui.add_space(4.0);
    let enabled = plan.is_ok() && !flow.is_busy();
    let bind = ui
        .add_enabled(enabled, egui::Button::new(tr!("bind-button")))
        .on_hover_text("Ctrl+B");
    match plan {
        Ok(plan) => {
            if bind.clicked() || (bind_shortcut && enabled) {
                actions.push(Action::AskBind(plan));
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

/// Why a bind is not possible yet; `Display` gives the officer's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    NoReader,
    NoCard { reader: String },
    CardBeingRead,
    CardUnreadable,
    CardIdMissing,
    CardIdMalformed,
    AlreadyBound,
    NotApproved { status: crate::cm::RequestStatus },
    SoftwareProfile,
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoReader => f.write_str(&tr!("why-no-reader")),
            Self::NoCard { reader } => f.write_str(&tr!("why-no-card", reader = reader)),
            Self::CardBeingRead => f.write_str(&tr!("why-card-being-read")),
            Self::CardUnreadable => f.write_str(&tr!("why-card-unreadable")),
            Self::CardIdMissing => f.write_str(&tr!("why-card-id-missing")),
            Self::CardIdMalformed => f.write_str(&tr!("why-card-id-malformed")),
            Self::AlreadyBound => f.write_str(&tr!("why-already-bound")),
            Self::SoftwareProfile => f.write_str(&tr!("why-software-profile")),
            Self::NotApproved { status } => {
                f.write_str(&tr!("why-not-approved", status = status_name(*status)))
            }
        }
    }
}

/// Checks that this request and the chosen reader's card can be bound;
/// `typed` is the card id the officer typed for a card without one.
pub fn bind_plan(
    row: &RequestRow,
    readers: &Readers,
    reader: Option<&str>,
    typed: &str,
) -> Result<BindPlan, Why> {
    let request = &row.request;
    if request.is_awaiting_card() && !request.is_smartcard {
        // Said first: no card would change it.
        return Err(Why::SoftwareProfile);
    }
    let reader = reader
        .and_then(|name| readers.get(name))
        .ok_or(Why::NoReader)?;
    let card = reader.card.as_ref().ok_or_else(|| Why::NoCard {
        reader: reader.name.clone(),
    })?;
    let (card_id, was_typed) = match &card.state {
        CardState::Reading => return Err(Why::CardBeingRead),
        CardState::Failed(_) => return Err(Why::CardUnreadable),
        CardState::Read { card_id: Some(id) } => (*id, false),
        CardState::Read { card_id: None } => match parse_guid(typed) {
            Some(id) => (id, true),
            None if typed.trim().is_empty() => return Err(Why::CardIdMissing),
            None => return Err(Why::CardIdMalformed),
        },
    };
    if !request.is_ready_to_bind() {
        return Err(match request.new_smartcard_uuid {
            Some(_) => Why::AlreadyBound,
            None => Why::NotApproved {
                status: request.status,
            },
        });
    }
    Ok(BindPlan {
        request: request.uuid,
        person: row.person().into_owned(),
        reader: reader.name.clone(),
        card_id,
        typed: was_typed,
        atr: card.atr.clone(),
    })
}

/// The chosen reader's card, and the card-id field for a card without one.
fn card_ui(ui: &mut egui::Ui, readers: &Readers, reader: Option<&str>, typed: &mut TypedCardId) {
    let Some(reader) = reader.and_then(|name| readers.get(name)) else {
        ui.label(tr!("detail-card-choose-reader"));
        return;
    };
    let name = &reader.name;
    let Some(card) = &reader.card else {
        ui.label(tr!("detail-card-none", reader = name));
        return;
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
        }
        CardState::Read { card_id: None } => {
            ui.label(tr!("detail-card-no-id", reader = name));
            ui.horizontal(|ui| {
                let label = ui.label(tr!("detail-card-id"));
                ui.add(
                    egui::TextEdit::singleline(&mut typed.0)
                        .hint_text("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
                        .desired_width(300.0),
                )
                .labelled_by(label.id);
            });
        }
    }
}

/// Progress of the flow under way, or its failure with the way forward.
fn flow_ui(ui: &mut egui::Ui, flow: &Flow, reader: Option<&str>, actions: &mut Vec<Action>) {
    match flow {
        Flow::Idle | Flow::Confirming(_) => {}
        Flow::Running { step, .. } => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(step_words(*step));
            });
            ui.separator();
        }
        Flow::Failed { message, next } => {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.colored_label(ui.visuals().error_fg_color, message);
                ui.horizontal(|ui| match next {
                    Next::RetryBind(plan) => {
                        if ui.button(tr!("try-again")).clicked() {
                            actions.push(Action::RetryBind(plan.clone()));
                        }
                        if ui.button(tr!("dismiss")).clicked() {
                            actions.push(Action::DismissFailure);
                        }
                    }
                    Next::Reinsert(awaiting) => {
                        ui.label(tr!(
                            "reinsert-card",
                            card = awaiting.bound.card_id.to_string()
                        ));
                        if let Some(reader) = reader
                            && ui.button(tr!("fetch-pin-from", reader = reader)).clicked()
                        {
                            actions.push(Action::FetchPinAgain(reader.to_owned()));
                        }
                    }
                });
            });
            ui.separator();
        }
    }
}

#[cfg(test)]
#[path = "detail_tests.rs"]
mod tests;
