//! The readers panel: every reader, live, with its card and what the desk
//! knows about that card.

use uuid::Uuid;

use super::activity::Line;
use super::demo_panel::{DemoAction, demo_card_buttons_ui};
use crate::card::{CardError, CardInfo, ReaderEvent};
use crate::i18n::card_error_words;
use crate::ids::Atr;
use crate::tr;

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
    /// Kept as the error, so its words follow a change of language.
    Failed(CardError),
}

#[derive(Default)]
pub struct Readers {
    pub list: Vec<ReaderView>,
    /// The PC/SC service went away; the text says what to do.
    pub service_down: Option<String>,
}

impl Readers {
    /// Applies a reader event and returns a line for the activity panel.
    pub fn apply(&mut self, event: ReaderEvent) -> Line {
        match event {
            ReaderEvent::ReaderAdded(name) => {
                let line = Line::new(|| tr!("reader-connected", reader = name.as_str()));
                if self.get(&name).is_none() {
                    self.list.push(ReaderView { name, card: None });
                    self.list.sort_by(|a, b| a.name.cmp(&b.name));
                }
                line
            }
            ReaderEvent::ReaderRemoved(name) => {
                self.list.retain(|reader| reader.name != name);
                Line::new(|| tr!("reader-disconnected", reader = name.as_str()))
            }
            ReaderEvent::CardInserted { reader, atr } => {
                let line = Line::new(|| tr!("card-inserted", reader = reader.as_str()));
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
                Line::new(|| tr!("card-removed-from", reader = reader.as_str()))
            }
            ReaderEvent::ServiceUnavailable { detail } => {
                let line = Line::new(|| tr!("service-stopped", detail = detail.as_str()));
                self.service_down = Some(detail);
                line
            }
            ReaderEvent::ServiceBack => {
                self.service_down = None;
                Line::new(|| tr!("service-back"))
            }
        }
    }

    /// The worker read a card's id; a line for the activity panel when worth one.
    pub fn card_read(&mut self, reader: &str, result: Result<CardInfo, CardError>) -> Option<Line> {
        let card = self.get_mut(reader)?.card.as_mut()?;
        match result {
            Ok(info) => {
                card.atr = info.atr;
                card.state = CardState::Read {
                    card_id: info.card_id,
                };
                Some(match info.card_id {
                    Some(id) => {
                        Line::new(|| tr!("card-read", reader = reader, card = id.to_string()))
                    }
                    None => Line::new(|| tr!("card-read-without-id", reader = reader)),
                })
            }
            // The card left before it could be read; CardRemoved says so.
            Err(CardError::CardRemoved) => None,
            Err(error) => {
                let line = Line::new(|| {
                    let words = card_error_words(&error);
                    tr!("card-read-failed", reader = reader, error = words)
                });
                card.state = CardState::Failed(error);
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

    /// Whether a reader holds the card read with this id.
    pub fn holds(&self, card_id: Uuid) -> bool {
        (self.list.iter()).any(|reader| {
            reader.card.as_ref().is_some_and(
                |card| matches!(card.state, CardState::Read { card_id: Some(id) } if id == card_id),
            )
        })
    }

    pub fn get(&self, name: &str) -> Option<&ReaderView> {
        self.list.iter().find(|reader| reader.name == name)
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut ReaderView> {
        self.list.iter_mut().find(|reader| reader.name == name)
    }
}

/// Draws the readers, at most `max_height` high (more scroll); clicking
/// one chooses it. In demo mode each reader carries the buttons that insert
/// and remove virtual cards.
pub fn readers_ui(
    ui: &mut egui::Ui,
    readers: &Readers,
    chosen: &mut Option<String>,
    demo: Option<&crate::demo::DemoCards>,
    (demo_actions, max_height): (&mut Vec<DemoAction>, f32),
) {
    ui.heading(tr!("readers-title"));
    if let Some(detail) = &readers.service_down {
        ui.colored_label(
            ui.visuals().error_fg_color,
            tr!("readers-service-unavailable", detail = detail),
        );
    }
    if readers.list.is_empty() {
        ui.label(tr!("readers-none"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("readers")
        .max_height(max_height)
        .show(ui, |ui| {
            for reader in &readers.list {
                let selected = chosen.as_deref() == Some(reader.name.as_str());
                reader_ui(
                    ui,
                    reader,
                    selected,
                    chosen,
                    demo.map(|cards| (&mut *demo_actions, cards.can_put_back(&reader.name))),
                );
            }
        });
}

fn reader_ui(
    ui: &mut egui::Ui,
    reader: &ReaderView,
    selected: bool,
    chosen: &mut Option<String>,
    demo_actions: Option<(&mut Vec<DemoAction>, bool)>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title = ui.selectable_label(selected, egui::RichText::new(&reader.name).strong());
        if title.clicked() {
            *chosen = Some(reader.name.clone());
        }
        match &reader.card {
            None => {
                ui.weak(tr!("reader-no-card"));
            }
            Some(card) => {
                ui.label(tr!("reader-atr", atr = card.atr.to_string()));
                match &card.state {
                    CardState::Reading => {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(tr!("reader-reading-card"));
                        });
                    }
                    CardState::Read { card_id: Some(id) } => {
                        ui.label(tr!("reader-card-id", card = id.to_string()));
                    }
                    CardState::Read { card_id: None } => {
                        ui.label(tr!("reader-card-id-unknown"));
                    }
                    CardState::Failed(error) => {
                        ui.colored_label(ui.visuals().warn_fg_color, card_error_words(error));
                    }
                }
            }
        }
        if let Some((actions, can_put_back)) = demo_actions {
            demo_card_buttons_ui(
                ui,
                &reader.name,
                reader.card.is_some(),
                can_put_back,
                actions,
            );
        }
    });
}
