//! The demo panel: a trainee inserts and removes virtual cards, a trainer
//! switches the simulator's faults on and off. The panel only draws and
//! returns `DemoAction`s; the desk carries them out on the in-process
//! simulated readers and server, which are in memory, so a card goes in at
//! once even while the worker waits on a slow server. (Restarting the
//! simulator after "server down" does bind its socket again.)

use crate::demo::Demo;
use crate::sim::Faults;
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub enum DemoAction {
    InsertCard {
        reader: String,
        with_id: bool,
    },
    RemoveCard {
        reader: String,
    },
    /// The card last pulled from this reader goes back in.
    PutBack {
        reader: String,
    },
    SetFaults(Faults),
    ServerDown(bool),
}

/// How slow "slow server" is: past a sensible wait, short of the timeout.
const SLOW_MS: u64 = 4_000;

/// The trainee's buttons, drawn inside each reader's frame.
pub fn demo_card_buttons_ui(
    ui: &mut egui::Ui,
    reader: &str,
    has_card: bool,
    can_put_back: bool,
    actions: &mut Vec<DemoAction>,
) {
    ui.horizontal_wrapped(|ui| {
        let reader = reader.to_owned();
        if has_card {
            if ui.button(tr!("demo-remove-card")).clicked() {
                actions.push(DemoAction::RemoveCard { reader });
            }
        } else {
            if can_put_back
                && ui
                    .button(tr!("demo-put-card-back"))
                    .on_hover_text(tr!("demo-put-card-back-hint"))
                    .clicked()
            {
                actions.push(DemoAction::PutBack {
                    reader: reader.clone(),
                });
            }
            if ui
                .button(tr!("demo-insert-card"))
                .on_hover_text(tr!("demo-insert-card-hint"))
                .clicked()
            {
                actions.push(DemoAction::InsertCard {
                    reader: reader.clone(),
                    with_id: true,
                });
            }
            if ui
                .button(tr!("demo-insert-card-without-id"))
                .on_hover_text(tr!("demo-insert-card-without-id-hint"))
                .clicked()
            {
                actions.push(DemoAction::InsertCard {
                    reader,
                    with_id: false,
                });
            }
        }
    });
}

/// The trainer's switches for the simulated server.
pub fn demo_panel_ui(ui: &mut egui::Ui, demo: &Demo, actions: &mut Vec<DemoAction>) {
    ui.heading(tr!("demo-faults-title"));
    ui.label(tr!("demo-faults-intro"));
    let current = demo.server.faults();
    let mut faults = current.clone();
    let mut slow = faults.latency_ms > 0;
    ui.checkbox(&mut slow, tr!("demo-fault-slow", seconds = SLOW_MS / 1000));
    faults.latency_ms = if slow { SLOW_MS } else { 0 };
    let mut forbidden = faults.forbidden_rate > 0.0;
    ui.checkbox(&mut forbidden, tr!("demo-fault-forbidden"));
    faults.forbidden_rate = if forbidden { 1.0 } else { 0.0 };
    let mut failing = faults.error_rate > 0.0;
    ui.checkbox(&mut failing, tr!("demo-fault-internal-error"));
    faults.error_rate = if failing { 1.0 } else { 0.0 };
    ui.checkbox(&mut faults.malformed, tr!("demo-fault-malformed"));
    ui.checkbox(&mut faults.api_disabled, tr!("demo-fault-api-disabled"));
    if faults != current {
        actions.push(DemoAction::SetFaults(faults));
    }
    let mut down = demo.server.is_paused();
    if ui
        .checkbox(&mut down, tr!("demo-fault-server-down"))
        .changed()
    {
        actions.push(DemoAction::ServerDown(down));
    }
}
