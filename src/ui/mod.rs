//! The desk window. The UI thread never does I/O: each frame it drains the
//! worker's events into the desk's state, draws that state, and turns what
//! the officer did into `Action`s that are carried out after drawing.

mod action;
mod activity;
mod demo_panel;
mod desk;
mod detail;
mod export;
mod flow;
mod fonts;
mod pin_window;
mod readers;
mod requests;
mod settings;
mod settings_fields;
mod status_bar;
mod table_columns;
mod waker;

pub use activity::{ActivityEntry, write_csv};
pub use desk::{Desk, Mode};
pub use requests::{RequestList, StatusFilter};
pub use settings::{Settings, Theme};

/// Where eframe's storage keeps the desk's settings.
const SETTINGS_KEY: &str = "enroll-desk-settings";

/// The eframe shell around the desk: persistence and nothing else.
pub struct DeskApp {
    desk: Desk,
    /// Frames drawn so far, up to 2: with `ENROLL_DESK_REPORT_FIRST_FRAME`
    /// set, the start of the second frame (the first one has been painted and
    /// swapped by then) is reported on stderr for the startup benchmark.
    frames: u8,
    report_first_frame: bool,
}

impl eframe::App for DeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if self.report_first_frame && self.frames < 2 {
            self.frames += 1;
            if self.frames == 1 {
                ui.ctx().request_repaint();
            } else {
                eprintln!("enroll-desk: first frame presented");
            }
        }
        self.desk.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.desk.settings().stored());
    }
}

/// Opens the desk window and returns when it is closed. `lang` (`--lang`)
/// overrides the language of the settings, and is kept as the new choice.
pub fn run(mode: Mode, lang: Option<crate::i18n::Locale>) -> anyhow::Result<()> {
    let viewport = egui::ViewportBuilder::default()
        .with_title("enroll-desk")
        .with_app_id("enroll-desk")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0]);
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "enroll-desk",
        options,
        Box::new(move |cc| {
            let mut settings = cc
                .storage
                .and_then(|storage| eframe::get_value::<Settings>(storage, SETTINGS_KEY))
                .unwrap_or_else(Settings::first_start);
            if let Some(lang) = lang {
                settings.language = lang;
            }
            tracing::info!("the desk speaks {}", settings.language.tag());
            Ok(Box::new(DeskApp {
                desk: Desk::new(settings, mode),
                frames: 0,
                report_first_frame: std::env::var_os("ENROLL_DESK_REPORT_FIRST_FRAME").is_some(),
            }))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the desk window could not open: {error}"))
}
