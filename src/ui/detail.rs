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
    ui.heading(&row.person);
    // Long values (ids, comments) wrap rather than widen the panel and
    // squeeze the requests table.
    let half = (ui.available_width() - 12.0) * 0.62;
    egui::Grid::new("request-detail")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .max_col_width(half)
        .show(ui, |ui| {
            let mut line = |name: String, value: String| {
                ui.add(egui::Label::new(egui::RichText::new(name).weak()).wrap());
                ui.add(egui::Label::new(value).wrap());
                ui.end_row();
            };
            line(tr!("detail-request"), request.uuid.to_string());
            line(tr!("column-type"), row.kind.clone());
            line(tr!("column-status"), row.status.clone());
            if !request.is_smartcard {
                line(tr!("detail-profile"), tr!("detail-profile-software"));
            }
            line(tr!("column-priority"), request.priority.to_string());
            line(tr!("column-submitted"), row.submitted.clone());
            if let Some(department) = request.data_item("Department") {
                line(tr!("detail-department"), department.to_owned());
            }
            if let Some(template) = request.profile_template_uuid {
                line(tr!("detail-profile-template"), template.to_string());
            }
            if let Some(card) = request.new_smartcard_uuid {
                line(tr!("detail-bound-smartcard"), card.to_string());
            }
            if !request.comment.is_empty() {
                line(tr!("column-comment"), request.comment.clone());
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
        person: row.person.clone(),
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
mod tests {
    use uuid::Uuid;

    use super::{Why, bind_plan};
    use crate::card::ReaderEvent;
    use crate::cm::Request;
    use crate::ids::Atr;
    use crate::ui::readers::Readers;
    use crate::ui::requests::RequestRow;

    const READER: &str = "Reader 1";

    fn request(status: u32, smartcard: Option<Uuid>) -> RequestRow {
        let request: Request = serde_json::from_value(serde_json::json!({
            "Uuid": Uuid::from_u128(7).to_string(),
            "RequestType": 1,
            "Status": status,
            "NewSmartcardUuid": smartcard.map(|id| id.to_string()),
        }))
        .unwrap();
        RequestRow::new(request)
    }

    /// A reader holding a card that has been read as `card_id`.
    fn readers_with_card(card_id: Option<Uuid>) -> Readers {
        let mut readers = Readers::default();
        let atr = Atr::new(vec![0x3b, 0x80]);
        readers.apply(ReaderEvent::ReaderAdded(READER.to_owned()));
        readers.apply(ReaderEvent::CardInserted {
            reader: READER.to_owned(),
            atr: atr.clone(),
        });
        readers.card_read(READER, Ok(crate::card::CardInfo { atr, card_id }));
        readers
    }

    const APPROVED: u32 = 3;

    #[test]
    fn a_read_card_and_an_approved_request_make_a_plan() {
        let id = Uuid::from_u128(9);
        let plan = bind_plan(
            &request(APPROVED, None),
            &readers_with_card(Some(id)),
            Some(READER),
            "",
        )
        .unwrap();
        assert_eq!((plan.card_id, plan.typed), (id, false));
        assert_eq!(plan.reader, READER);
    }

    #[test]
    fn a_card_without_id_needs_a_well_formed_typed_one() {
        let readers = readers_with_card(None);
        let row = request(APPROVED, None);
        let plan = |typed| bind_plan(&row, &readers, Some(READER), typed);
        assert_eq!(plan("  ").unwrap_err(), Why::CardIdMissing);
        assert_eq!(plan("not-a-guid").unwrap_err(), Why::CardIdMalformed);
        let typed = Uuid::from_u128(5);
        let ok = plan(&typed.to_string()).unwrap();
        assert_eq!((ok.card_id, ok.typed), (typed, true));
    }

    #[test]
    fn what_is_missing_is_named() {
        let readers = readers_with_card(Some(Uuid::from_u128(9)));
        let approved = request(APPROVED, None);
        assert_eq!(
            bind_plan(&approved, &readers, None, "").unwrap_err(),
            Why::NoReader
        );
        assert_eq!(
            bind_plan(&approved, &Readers::default(), Some(READER), "").unwrap_err(),
            Why::NoReader
        );
        let bound = request(APPROVED, Some(Uuid::from_u128(4)));
        assert_eq!(
            bind_plan(&bound, &readers, Some(READER), "").unwrap_err(),
            Why::AlreadyBound
        );
        let completed = request(8, None);
        let why = bind_plan(&completed, &readers, Some(READER), "").unwrap_err();
        assert!(why.to_string().contains("this one is Completed"), "{why}");
    }
}
