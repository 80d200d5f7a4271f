//! The selected request, the card chosen for it, and the bind flow's
//! progress and failures with their way forward.

use super::desk::Action;
use super::flow::{BindPlan, Flow, Next, step_words};
use super::readers::{CardState, Readers};
use super::requests::RequestRow;
use crate::ids::parse_guid;

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
        ui.weak("Select a request in the table to see it here.");
        return;
    };
    request_ui(ui, row);
    ui.separator();
    let plan = bind_plan(row, readers, reader, typed, ui);
    ui.add_space(4.0);
    let enabled = plan.is_ok() && !flow.is_busy();
    let bind = ui
        .add_enabled(enabled, egui::Button::new("Bind card to this request…"))
        .on_hover_text("Ctrl+B");
    match plan {
        Ok(plan) => {
            if bind.clicked() || (bind_shortcut && enabled) {
                actions.push(Action::AskBind(plan));
            }
        }
        Err(why) => {
            ui.weak(why);
        }
    }
}

fn request_ui(ui: &mut egui::Ui, row: &RequestRow) {
    let request = &row.request;
    ui.heading(&row.person);
    egui::Grid::new("request-detail")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            let mut line = |name: &str, value: String| {
                ui.weak(name);
                ui.label(value);
                ui.end_row();
            };
            line("Request", request.uuid.to_string());
            line("Type", row.kind.clone());
            line("Status", row.status.clone());
            if !request.is_smartcard {
                line("Profile", "Software (no smart card)".to_owned());
            }
            line("Priority", request.priority.to_string());
            line("Submitted", row.submitted.clone());
            if let Some(department) = request.data_item("Department") {
                line("Department", department.to_owned());
            }
            if let Some(template) = request.profile_template_uuid {
                line("Profile template", template.to_string());
            }
            if let Some(card) = request.new_smartcard_uuid {
                line("Bound smartcard", card.to_string());
            }
            if !request.comment.is_empty() {
                line("Comment", request.comment.clone());
            }
        });
}

const SOFTWARE_PROFILE: &str = "This request is for a software profile (the server says it is not a smart-card request): its certificates go to the user's computer, not onto a card, so there is no card to bind here.";

/// Checks that this request and the chosen reader's card can be bound, and
/// says what is missing when not. Draws the card line and the card-id field.
fn bind_plan(
    row: &RequestRow,
    readers: &Readers,
    reader: Option<&str>,
    typed: &mut TypedCardId,
    ui: &mut egui::Ui,
) -> Result<BindPlan, String> {
    let request = &row.request;
    if request.is_awaiting_card() && !request.is_smartcard {
        // Said first: no card would change it.
        return Err(SOFTWARE_PROFILE.to_owned());
    }
    let Some(reader) = reader.and_then(|name| readers.get(name)) else {
        ui.label("Card: choose a reader in the Readers panel.");
        return Err("Choose a reader with a card to bind.".to_owned());
    };
    let Some(card) = &reader.card else {
        ui.label(format!("Card: no card in {}.", reader.name));
        return Err(format!("Insert a card into {}.", reader.name));
    };
    let (card_id, was_typed) = match &card.state {
        CardState::Reading => {
            ui.label(format!("Card in {}: reading…", reader.name));
            return Err("Wait until the card has been read.".to_owned());
        }
        CardState::Failed(error) => {
            ui.label(format!("Card in {}: {error}", reader.name));
            return Err("Remove the card and insert it again.".to_owned());
        }
        CardState::Read { card_id: Some(id) } => {
            ui.label(format!("Card in {}: card id {id}", reader.name));
            (*id, false)
        }
        CardState::Read { card_id: None } => {
            ui.label(format!(
                "Card in {}: its card id cannot be read.",
                reader.name
            ));
            ui.horizontal(|ui| {
                let label = ui.label("Card id");
                ui.add(
                    egui::TextEdit::singleline(&mut typed.0)
                        .hint_text("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
                        .desired_width(300.0),
                )
                .labelled_by(label.id);
            });
            match parse_guid(&typed.0) {
                Some(id) => (id, true),
                None if typed.0.trim().is_empty() => {
                    return Err("Type the card id printed on the card or its sleeve.".to_owned());
                }
                None => {
                    return Err(
                        "That is not a card id: expected 32 hex digits in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx."
                            .to_owned(),
                    );
                }
            }
        }
    };
    if !request.is_ready_to_bind() {
        return Err(match request.new_smartcard_uuid {
            Some(_) => "This request already has a card.".to_owned(),
            None => format!(
                "Only approved requests can be bound; this one is {}.",
                request.status
            ),
        });
    }
    Ok(BindPlan {
        request: request.uuid,
        person: row.person.clone(),
        reader: reader.name.clone(),
        card_id,
        typed: was_typed,
        atr: card.atr.clone(),
    })
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
                        if ui.button("Try again").clicked() {
                            actions.push(Action::RetryBind(plan.clone()));
                        }
                        if ui.button("Dismiss").clicked() {
                            actions.push(Action::DismissFailure);
                        }
                    }
                    Next::Reinsert(awaiting) => {
                        ui.label(format!(
                            "Insert card {} again; the PIN is fetched as soon as it is read.",
                            awaiting.bound.card_id
                        ));
                        if let Some(reader) = reader
                            && ui.button(format!("Fetch the PIN from {reader}")).clicked()
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
