//! Card first: what the server knows of each card the desk has seen
//! (`GET smartcards?cardid=`), and the panel that says whose card it is,
//! its status and its open requests, any of which the officer can select.

use std::collections::HashMap;

use uuid::Uuid;

use super::action::Action;
use super::requests::{RequestList, RequestRow};
use crate::cm::{RequestStatus, Smartcard};
use crate::i18n::{smartcard_status_name, status_name, type_name};
use crate::tr;

/// What the server answered about one card id.
#[derive(Debug)]
pub enum Lookup {
    Pending,
    /// Its smartcards; none when the server does not know the card.
    Known(Vec<Smartcard>),
    /// The officer's words for why the server could not be asked.
    Failed(String),
}

#[derive(Default)]
pub struct CardLookups(HashMap<Uuid, Lookup>);

impl CardLookups {
    pub fn get(&self, card_id: Uuid) -> Option<&Lookup> {
        self.0.get(&card_id)
    }

    /// Marks `card_id` as asked; false when it is being asked already.
    pub fn ask(&mut self, card_id: Uuid) -> bool {
        if matches!(self.0.get(&card_id), Some(Lookup::Pending)) {
            return false;
        }
        self.0.insert(card_id, Lookup::Pending);
        true
    }

    pub fn answered(&mut self, card_id: Uuid, answer: Lookup) {
        self.0.insert(card_id, answer);
    }

    /// The smartcards known for `card_id` (none while unknown).
    pub fn smartcards(&self, card_id: Uuid) -> Vec<Uuid> {
        match self.0.get(&card_id) {
            Some(Lookup::Known(cards)) => cards.iter().map(|card| card.uuid).collect(),
            _ => Vec::new(),
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// Whether a request about a card is still to be carried out.
fn is_open(status: RequestStatus) -> bool {
    matches!(
        status,
        RequestStatus::Approved | RequestStatus::Pending | RequestStatus::Executing
    )
}

/// The listed requests about any of `smartcards` (as the new card or the old).
pub fn requests_of<'a>(
    requests: &'a RequestList,
    smartcards: &'a [Uuid],
) -> impl Iterator<Item = &'a RequestRow> + 'a {
    requests.rows().filter(move |row| {
        let request = &row.request;
        [request.new_smartcard_uuid, request.old_smartcard_uuid]
            .into_iter()
            .flatten()
            .any(|card| smartcards.contains(&card))
    })
}

/// Whose card this is, its status and its open requests.
pub fn card_owner_ui(
    ui: &mut egui::Ui,
    lookup: Option<&Lookup>,
    requests: &RequestList,
    selected: Option<Uuid>,
    actions: &mut Vec<Action>,
) {
    let cards = match lookup {
        None => return,
        Some(Lookup::Pending) => {
            ui.weak(tr!("card-looking-up"));
            return;
        }
        Some(Lookup::Failed(words)) => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!("card-lookup-failed", error = words.as_str()),
            );
            return;
        }
        Some(Lookup::Known(cards)) if cards.is_empty() => {
            ui.label(tr!("card-unknown-to-server"));
            return;
        }
        Some(Lookup::Known(cards)) => cards,
    };
    let ids: Vec<Uuid> = cards.iter().map(|card| card.uuid).collect();
    let about: Vec<&RequestRow> = requests_of(requests, &ids).collect();
    match about.first() {
        Some(row) => ui.label(tr!("card-owner", person = row.person().into_owned())),
        None => ui.label(tr!("card-owner-not-listed")),
    };
    for card in cards {
        ui.label(tr!(
            "card-smartcard-status",
            smartcard = card.uuid.to_string(),
            status = smartcard_status_name(card.status)
        ));
    }
    let open: Vec<&&RequestRow> = about
        .iter()
        .filter(|row| is_open(row.request.status))
        .collect();
    if open.is_empty() {
        ui.weak(tr!("card-no-open-requests"));
        return;
    }
    ui.label(tr!("card-open-requests"));
    for row in open {
        let request = &row.request;
        let words = tr!(
            "card-open-request",
            kind = type_name(request.request_type),
            status = status_name(request.status),
            person = row.person().into_owned()
        );
        let chosen = selected == Some(request.uuid);
        let link = ui.push_id(("open-request", request.uuid), |ui| {
            ui.selectable_label(chosen, words)
        });
        if link.inner.clicked() {
            actions.push(Action::PickCardRequest(request.uuid));
        }
    }
}
