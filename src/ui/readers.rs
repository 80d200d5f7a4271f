//! The readers panel: every reader, live, with its card and what the desk
//! knows about that card.

use uuid::Uuid;

use super::demo_panel::{DemoAction, demo_card_buttons_ui};
use crate::card::{CardError, CardInfo, ReaderEvent};
use crate::ids::Atr;

pub struct ReaderView {
    pub name: String,
    pub card: Option<CardView>,
}

pub struct CardView {
    pub atr: Atr,
    pub state: CardState,
}

pub enum CardState {
    Reading,
    /// `card_id` is `None` for a card without a PIV card id.
    Read {
        card_id: Option<Uuid>,
    },
    Failed(String),
}

#[derive(Default)]
pub struct Readers {
    pub list: Vec<ReaderView>,
    /// The PC/SC service went away; the text says what to do.
    pub service_down: Option<String>,
}

impl Readers {
    /// Applies a reader event and returns a line for the activity panel.
    pub fn apply(&mut self, event: ReaderEvent) -> String {
        match event {
            ReaderEvent::ReaderAdded(name) => {
                let line = format!("Reader connected: {name}");
                if self.get(&name).is_none() {
                    self.list.push(ReaderView { name, card: None });
                    self.list.sort_by(|a, b| a.name.cmp(&b.name));
                }
                line
            }
            ReaderEvent::ReaderRemoved(name) => {
                self.list.retain(|reader| reader.name != name);
                format!("Reader disconnected: {name}")
            }
            ReaderEvent::CardInserted { reader, atr } => {
                let line = format!("Card inserted in {reader}");
                if let Some(view) = self.get_mut(&reader) {
                    view.card = Some(CardView {
                        atr,
                        state: CardState::Reading,
                    });
                }
                line
            }
            ReaderEvent::CardRemoved { reader } => {
                if let Some(view) = self.get_mut(&reader) {
                    view.card = None;
                }
                format!("Card removed from {reader}")
            }
            ReaderEvent::ServiceUnavailable { detail } => {
                let line = format!(
                    "The smart-card service stopped ({detail}); readers come back when it restarts"
                );
                self.service_down = Some(detail);
                line
            }
            ReaderEvent::ServiceBack => {
                self.service_down = None;
                "The smart-card service is back".to_owned()
            }
        }
    }

    /// The worker read a card's id; a line for the activity panel when worth one.
    pub fn card_read(
        &mut self,
        reader: &str,
        result: Result<CardInfo, CardError>,
    ) -> Option<String> {
        let card = self.get_mut(reader)?.card.as_mut()?;
        match result {
            Ok(info) => {
                card.atr = info.atr;
                card.state = CardState::Read {
                    card_id: info.card_id,
                };
                Some(match info.card_id {
                    Some(id) => format!("Card in {reader}: card id {id}"),
                    None => format!(
                        "Card in {reader} has no readable card id; type it in to bind this card"
                    ),
                })
            }
            // The card left before it could be read; CardRemoved says so.
            Err(CardError::CardRemoved) => None,
            Err(error) => {
                let line = format!("Could not read the card in {reader}: {error}");
                card.state = CardState::Failed(error.to_string());
                Some(line)
            }
        }
    }

    /// The card in `reader` as read: its ATR and id (`None` while it is
    /// being read, when it could not be, or when there is none).
    pub fn card_info(&self, reader: &str) -> Option<CardInfo> {
        let card = self.get(reader)?.card.as_ref()?;
        match card.state {
            CardState::Read { card_id } => Some(CardInfo {
                atr: card.atr.clone(),
                card_id,
            }),
            CardState::Reading | CardState::Failed(_) => None,
        }
    }

    pub fn get(&self, name: &str) -> Option<&ReaderView> {
        self.list.iter().find(|reader| reader.name == name)
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut ReaderView> {
        self.list.iter_mut().find(|reader| reader.name == name)
    }
}

/// Draws the readers; clicking one chooses it for binding. In demo mode each
/// reader carries the buttons that insert and remove virtual cards.
pub fn readers_ui(
    ui: &mut egui::Ui,
    readers: &Readers,
    chosen: &mut Option<String>,
    demo: bool,
    demo_actions: &mut Vec<DemoAction>,
) {
    ui.heading("Readers");
    if let Some(detail) = &readers.service_down {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("Smart-card service unavailable: {detail}. Start it (pcscd) or reconnect the reader."),
        );
    }
    if readers.list.is_empty() {
        ui.label("No reader connected. Plug in a smart-card reader; it appears here at once.");
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("readers")
        .show(ui, |ui| {
            for reader in &readers.list {
                let selected = chosen.as_deref() == Some(reader.name.as_str());
                reader_ui(
                    ui,
                    reader,
                    selected,
                    chosen,
                    demo.then_some(&mut *demo_actions),
                );
            }
        });
}

fn reader_ui(
    ui: &mut egui::Ui,
    reader: &ReaderView,
    selected: bool,
    chosen: &mut Option<String>,
    demo_actions: Option<&mut Vec<DemoAction>>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title = ui.selectable_label(selected, egui::RichText::new(&reader.name).strong());
        if title.clicked() {
            *chosen = Some(reader.name.clone());
        }
        match &reader.card {
            None => {
                ui.weak("No card");
            }
            Some(card) => {
                ui.label(format!("ATR {}", card.atr));
                match &card.state {
                    CardState::Reading => {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label("Reading card…");
                        });
                    }
                    CardState::Read { card_id: Some(id) } => {
                        ui.label(format!("Card id {id}"));
                    }
                    CardState::Read { card_id: None } => {
                        ui.label("Card id unknown (no PIV card id)");
                    }
                    CardState::Failed(error) => {
                        ui.colored_label(ui.visuals().warn_fg_color, error);
                    }
                }
            }
        }
        if let Some(actions) = demo_actions {
            demo_card_buttons_ui(ui, &reader.name, reader.card.is_some(), actions);
        }
    });
}
