//! The PINs at the desk, one window at a time: the cardholder's PIN entry
//! for a run that asks for one, and the queue of finished cards' PINs to
//! hand over. A PIN window comes to the front only when the one before is
//! closed (handed over or timed out), so the right cardholder hears the
//! right PIN; a PIN leaves memory with its window.

use super::{AuditIds, Command, Desk, Level, Line, PinClosed, PinEntry};
use crate::pin::Pin;
use crate::tr;
use crate::training::progress::Happening;
use crate::ui::pin_entry::PinEntered;
use crate::ui::runs::RunState;

impl Desk {
    /// The PIN dialogs of this frame: an open PIN entry keeps the screen
    /// until it closes; otherwise the front PIN window; otherwise a run
    /// asking for the cardholder's PIN gets its entry.
    pub(super) fn pin_dialogs_ui(&mut self, ctx: &egui::Context, take_focus: bool) {
        if self.pin_entry.is_none() && self.pins.is_empty() {
            self.open_pin_entry_if_asked();
        }
        match &mut self.pin_entry {
            Some(entry) => {
                let focus = take_focus || std::mem::take(&mut self.focus_dialog);
                if let Some(entered) = entry.ui(ctx, focus) {
                    let pin = match entered {
                        PinEntered::Chosen(pin) => Some(pin),
                        PinEntered::Cancelled => None,
                    };
                    self.close_pin_entry(pin);
                }
            }
            None => {
                // egui keeps a field's state (and undo copies of its text)
                // in its memory: none may outlive the entry.
                PinEntry::forget_fields(ctx);
                self.front_pin_window_ui(ctx, take_focus);
            }
        }
    }

    fn open_pin_entry_if_asked(&mut self) {
        let Some((reader, run)) = self.runs.asking_for_pin() else {
            return;
        };
        self.pin_entry = Some(PinEntry::new(reader, run.person()));
        self.focus_dialog = true;
        self.observe(Happening::PinEntryShown);
    }

    /// Closes the PIN entry and gives its run the PIN typed (`None`: the
    /// cardholder gave up, and the card keeps its PIN).
    pub(super) fn close_pin_entry(&mut self, pin: Option<Pin>) {
        let Some(entry) = self.pin_entry.take() else {
            return;
        };
        let reader = entry.reader().to_owned();
        // Dropping the entry wipes what was typed.
        drop(entry);
        if let Some(run) = self.runs.get_mut(&reader)
            && let RunState::AsksForPin(progress) = run.state
        {
            run.state = RunState::Running(progress);
        }
        let chosen = pin.is_some();
        self.activity.push(
            Level::Info,
            Line::new(|| {
                if chosen {
                    tr!("pin-entry-set-line", reader = reader.as_str())
                } else {
                    tr!("pin-entry-cancelled-line", reader = reader.as_str())
                }
            }),
        );
        self.send(Command::CardholderPin { reader, pin });
    }

    /// The PIN window at the front of the queue, if any.
    fn front_pin_window_ui(&mut self, ctx: &egui::Context, take_focus: bool) {
        let Some(window) = self.pins.front_mut() else {
            return;
        };
        let coming_to_front = window.is_new();
        let ids = AuditIds::of_bound(window.bound());
        if coming_to_front {
            self.audit("pin", ids, "PIN shown");
            self.observe(Happening::PinShown);
        }
        let Some(window) = self.pins.front_mut() else {
            return;
        };
        let Some(closed) = window.ui(ctx, take_focus || coming_to_front) else {
            return;
        };
        let smartcard = window.bound().smartcard.to_string();
        // Dropping the window drops the only copy of the PIN; it zeroizes.
        self.pins.pop_front();
        let line = Line::new(|| match closed {
            PinClosed::HandedOver => tr!("pin-handed-over-line", smartcard = smartcard.as_str()),
            PinClosed::TimedOut => tr!("pin-timed-out-line", smartcard = smartcard.as_str()),
        });
        self.activity.push(Level::Info, line);
        self.observe(Happening::PinClosed {
            handed_over: closed == PinClosed::HandedOver,
        });
        let outcome = match closed {
            PinClosed::HandedOver => "handed over",
            PinClosed::TimedOut => "timed out",
        };
        self.audit("pin_closed", ids, outcome);
    }
}
