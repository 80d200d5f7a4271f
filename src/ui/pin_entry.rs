//! The cardholder's PIN entry, when the template lets them choose: a
//! window turned to the cardholder (large words addressed to them, their
//! name and the reader), two masked fields and the rules. What they type
//! lives only in zeroizing buffers; when the window closes, egui's own
//! state for the two fields (its undo history holds copies of the text)
//! is taken out of egui's memory too. Nothing of it is ever logged.

use zeroize::Zeroizing;

use crate::i18n::new_pin_problem_words;
use crate::pin::{NewPinProblem, Pin, new_pin_from};
use crate::tr;

/// Room enough that typing never grows (and so copies) the buffers.
const BUFFER: usize = 64;

/// How the entry ended.
pub enum PinEntered {
    Chosen(Pin),
    Cancelled,
}

pub struct PinEntry {
    reader: String,
    person: String,
    first: Zeroizing<String>,
    second: Zeroizing<String>,
    problem: Option<NewPinProblem>,
}

impl PinEntry {
    pub fn new(reader: &str, person: &str) -> Self {
        Self {
            reader: reader.to_owned(),
            person: person.to_owned(),
            first: Zeroizing::new(String::with_capacity(BUFFER)),
            second: Zeroizing::new(String::with_capacity(BUFFER)),
            problem: None,
        }
    }

    pub fn reader(&self) -> &str {
        &self.reader
    }

    /// The ids of the two fields, the same for every entry.
    fn field_ids() -> [egui::Id; 2] {
        [
            egui::Id::unique("cardholder-pin-first"),
            egui::Id::unique("cardholder-pin-second"),
        ]
    }

    /// Draws the entry; `Some` when it closes (then call `forget_fields`).
    pub fn ui(&mut self, ctx: &egui::Context, take_focus: bool) -> Option<PinEntered> {
        let mut entered = None;
        let [first_id, second_id] = Self::field_ids();
        let modal = egui::Modal::new(egui::Id::unique("cardholder-pin-entry")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.label(
                egui::RichText::new(tr!("pin-entry-title", person = self.person.as_str()))
                    .size(26.0)
                    .strong(),
            );
            ui.label(
                egui::RichText::new(tr!("pin-entry-explained", reader = self.reader.as_str()))
                    .size(18.0),
            );
            ui.add_space(8.0);
            let first = field_ui(ui, first_id, &tr!("pin-entry-first"), &mut self.first);
            if take_focus {
                first.request_focus();
            }
            let second = field_ui(ui, second_id, &tr!("pin-entry-second"), &mut self.second);
            if first.changed() || second.changed() {
                self.problem = None;
            }
            ui.label(egui::RichText::new(tr!("pin-entry-rules")).size(16.0));
            if let Some(problem) = self.problem {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    egui::RichText::new(new_pin_problem_words(problem)).size(18.0),
                );
            }
            ui.add_space(8.0);
            let submitted = second.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui.button(tr!("pin-entry-ok")).clicked() || submitted {
                    match new_pin_from(&self.first, &self.second) {
                        Ok(pin) => entered = Some(PinEntered::Chosen(pin)),
                        Err(problem) => {
                            self.problem = Some(problem);
                            self.first.clear();
                            self.second.clear();
                        }
                    }
                }
                if ui.button(tr!("pin-entry-cancel")).clicked() {
                    entered = Some(PinEntered::Cancelled);
                }
            });
        });
        // Escape (or a click beside the window) cancels; the card keeps its PIN.
        if entered.is_none() && modal.should_close() {
            entered = Some(PinEntered::Cancelled);
        }
        entered
    }

    /// Takes egui's state of the two fields (cursor, undo history with
    /// copies of the text) out of its memory.
    pub fn forget_fields(ctx: &egui::Context) {
        ctx.data_mut(|data| {
            for id in Self::field_ids() {
                data.remove::<egui::text_edit::TextEditState>(id);
            }
        });
    }
}

/// One masked field, labelled, in large type.
fn field_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    label: &str,
    text: &mut Zeroizing<String>,
) -> egui::Response {
    ui.horizontal(|ui| {
        let label = ui.label(egui::RichText::new(label).size(18.0));
        ui.add(
            egui::TextEdit::singleline(&mut **text)
                .id(id)
                .password(true)
                .font(egui::FontId::proportional(24.0))
                .char_limit(crate::pin::PIN_LENGTHS.end() + 8)
                .desired_width(220.0),
        )
        .labelled_by(label.id)
    })
    .inner
}
