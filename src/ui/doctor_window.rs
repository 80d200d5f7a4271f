//! The desk's self-check (`crate::doctor`) in a window, opened from the
//! status bar. The checks run on a thread of their own and each line shows
//! as it arrives: a slow server or smart-card service never stops a frame.

use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::doctor::{Check, Inputs, Outcome, ServerToCheck};
use crate::tr;
use crate::worker::Wake;

pub struct DoctorWindow {
    inputs: Inputs,
    lines: Vec<Check>,
    /// The checks still running hand their lines over here.
    running: Option<Receiver<Check>>,
    wake: Wake,
}

impl DoctorWindow {
    /// Opens the window and starts the checks.
    pub fn start(inputs: Inputs, wake: Wake) -> Self {
        let mut window = Self {
            inputs,
            lines: Vec::new(),
            running: None,
            wake,
        };
        window.run_checks();
        window
    }

    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    fn run_checks(&mut self) {
        self.lines.clear();
        let (sender, receiver) = mpsc::channel();
        let inputs = self.inputs.clone();
        let wake = self.wake.clone();
        // The lines are worded on that thread: in the desk's language.
        let language = crate::i18n::current();
        let spawned = std::thread::Builder::new()
            .name("doctor".to_owned())
            .spawn(move || {
                crate::i18n::set_current(language);
                crate::doctor::run(&inputs, &mut |check| {
                    let _: Result<(), _> = sender.send(check);
                    wake();
                });
                drop(sender);
                wake();
            });
        match spawned {
            Ok(_running) => self.running = Some(receiver),
            Err(error) => tracing::warn!("the desk's checks could not start: {error}"),
        }
    }

    fn collect(&mut self) {
        let Some(receiver) = &self.running else {
            return;
        };
        loop {
            match receiver.try_recv() {
                Ok(check) => self.lines.push(check),
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    self.running = None;
                    return;
                }
            }
        }
    }

    /// Draws the window; `false` once the officer closed it.
    pub fn ui(&mut self, ctx: &egui::Context) -> bool {
        self.collect();
        let (mut open, mut close, mut again) = (true, false, false);
        egui::Window::new(tr!("doctor-title"))
            .open(&mut open)
            .collapsible(false)
            .default_width(640.0)
            .show(ctx, |ui| {
                for line in &self.lines {
                    line_ui(ui, line);
                }
                ui.separator();
                if self.is_running() {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(tr!("doctor-running"));
                    });
                } else {
                    ui.label(summary(&self.lines));
                }
                ui.horizontal(|ui| {
                    let idle = !self.is_running();
                    again = ui
                        .add_enabled(idle, egui::Button::new(tr!("doctor-run-again")))
                        .clicked();
                    close = ui.button(tr!("doctor-close")).clicked();
                });
            });
        if again {
            self.run_checks();
        }
        open && !close
    }
}

fn line_ui(ui: &mut egui::Ui, check: &Check) {
    let colour = match check.outcome {
        Outcome::Pass => egui::Color32::from_rgb(46, 139, 87),
        Outcome::Fail => ui.visuals().error_fg_color,
        Outcome::Skipped => ui.visuals().weak_text_color(),
    };
    let outcome = match check.outcome {
        Outcome::Pass => tr!("doctor-outcome-pass"),
        Outcome::Fail => tr!("doctor-outcome-fail"),
        Outcome::Skipped => tr!("doctor-outcome-skipped"),
    };
    ui.horizontal_top(|ui| {
        // A word, not only a colour: a screen reader speaks it too.
        ui.colored_label(colour, egui::RichText::new(outcome).strong());
        ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(check.title.as_str());
                ui.label(check.detail.as_str());
            });
            if let (Outcome::Fail, Some(fix)) = (check.outcome, &check.fix) {
                ui.weak(fix.as_str());
            }
        });
    });
}

fn summary(lines: &[Check]) -> String {
    let failed = lines.iter().filter(|c| c.outcome == Outcome::Fail).count();
    if failed == 0 {
        tr!("doctor-all-passed", count = lines.len())
    } else {
        tr!("doctor-some-failed", failed = failed, count = lines.len())
    }
}

/// What the desk checks: the server its mode and settings name (none in
/// demo mode or a classroom), its settings file and its audit trail.
pub fn desk_inputs(
    settings: &super::Settings,
    mode: &super::Mode,
    audit_file: Option<std::path::PathBuf>,
) -> Inputs {
    use super::Mode;
    let server = match mode {
        _ if matches!(*settings.site, crate::site::Site::Broken(_)) => ServerToCheck::Blocked,
        Mode::Demo | Mode::Classroom(_) => ServerToCheck::Demo,
        Mode::Server(config) => ServerToCheck::Configured(config.clone()),
        Mode::Auto => match settings.client_config() {
            Some(config) => ServerToCheck::Configured(config),
            // Without a server the desk opens demo mode, where the site allows it.
            None if settings.site.demo_allowed() => ServerToCheck::Demo,
            None => ServerToCheck::NotSet,
        },
    };
    Inputs {
        site: (*settings.site).clone(),
        server,
        settings_file: super::persist::settings_file_path(),
        audit_file,
    }
}
