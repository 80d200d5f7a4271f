//! The PIN, shown once. The window owns the only copy; when it closes —
//! hand-over confirmed or the countdown run out — it is dropped, and `Pin`
//! zeroizes itself. Several finished cards queue their windows; only one is
//! on screen, naming the person and the reader in large type, so the right
//! cardholder hears the right PIN. The PIN is drawn as plain, non-selectable text: no copy,
//! no clipboard. A screen reader can read it like any label when the officer
//! moves to it, but it is never announced on its own (no live region), so it
//! is not spoken aloud unasked at a shared desk.

use zeroize::Zeroizing;

use crate::enroll::Bound;
use crate::pin::Pin;
use crate::tr;

pub struct PinWindow {
    person: String,
    reader: String,
    bound: Bound,
    /// The PIN grouped for reading aloud.
    grouped: Zeroizing<String>,
    timeout_secs: f64,
    /// Set on the first frame, in egui's clock.
    deadline: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinClosed {
    HandedOver,
    TimedOut,
}

impl PinWindow {
    /// Takes the PIN; the only copy left is the window's, grouped.
    pub fn new(person: String, reader: String, bound: Bound, pin: Pin, timeout_secs: f64) -> Self {
        Self {
            person,
            reader,
            grouped: group_for_reading(pin.expose()),
            bound,
            timeout_secs,
            deadline: None,
        }
    }

    /// The card the PIN belongs to (ids only).
    pub fn bound(&self) -> &Bound {
        &self.bound
    }

    /// Not drawn yet: it is about to come to the front.
    pub fn is_new(&self) -> bool {
        self.deadline.is_none()
    }

    /// Draws the window; `Some` when it is to close (then drop it).
    /// `take_focus` on its first frame puts the keyboard on the confirm button.
    pub fn ui(&mut self, ctx: &egui::Context, take_focus: bool) -> Option<PinClosed> {
        let now = ctx.input(|input| input.time);
        let deadline = *self.deadline.get_or_insert(now + self.timeout_secs);
        let remaining = deadline - now;
        if remaining <= 0.0 {
            return Some(PinClosed::TimedOut);
        }
        // Wake for the next whole second of the countdown, not every frame.
        ctx.request_repaint_after_secs((remaining.fract().max(0.05)) as f32);
        let mut closed = None;
        let modal = egui::Modal::new(egui::Id::unique("pin-window")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.label(
                egui::RichText::new(tr!("pin-title", person = self.person.as_str()))
                    .size(26.0)
                    .strong(),
            );
            ui.label(
                egui::RichText::new(tr!("pin-at-reader", reader = self.reader.as_str())).size(20.0),
            );
            ui.label(tr!("pin-read-aloud"));
            ui.add_space(12.0);
            ui.vertical_centered(|ui| {
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(self.grouped.as_str())
                            .monospace()
                            .size(44.0)
                            .strong(),
                    )
                    .selectable(false),
                );
            });
            ui.add_space(12.0);
            let fraction = (remaining / self.timeout_secs).clamp(0.0, 1.0) as f32;
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(tr!("pin-closes-in", seconds = remaining.ceil() as u64)),
            );
            ui.add_space(8.0);
            let confirm = ui.button(tr!("pin-handed-over"));
            if take_focus {
                confirm.request_focus();
            }
            if confirm.clicked() {
                closed = Some(PinClosed::HandedOver);
            }
        });
        // Escape or a click outside does not close it: hand-over is a decision.
        let _: bool = modal.should_close();
        closed
    }
}

/// Groups digits for reading aloud: 123 456, 1234 5678, 1234 567.
fn group_for_reading(pin: &str) -> Zeroizing<String> {
    // No intermediate copies: only the zeroizing result holds the digits.
    let count = pin.chars().count();
    let size = if count == 6 { 3 } else { 4 };
    let mut grouped = Zeroizing::new(String::with_capacity(count * 2));
    for (i, digit) in pin.chars().enumerate() {
        if i > 0 && i % size == 0 {
            grouped.push(' ');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::group_for_reading;

    #[test]
    fn groups_of_three_or_four_digits() {
        assert_eq!(group_for_reading("123456").as_str(), "123 456");
        assert_eq!(group_for_reading("12345678").as_str(), "1234 5678");
        assert_eq!(group_for_reading("0012345").as_str(), "0012 345");
        assert_eq!(group_for_reading("1234").as_str(), "1234");
    }
}
