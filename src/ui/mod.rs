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
pub mod persist;
mod pin_window;
mod readers;
mod requests;
mod settings;
mod settings_fields;
mod status_bar;
mod table_columns;
mod training;
mod training_panel;
mod waker;

pub use activity::{ActivityEntry, write_csv};
pub use desk::{Desk, Mode};
pub use requests::{RequestList, StatusFilter};
pub use settings::{Settings, Theme};
pub use training::TrainingAction;

/// The eframe shell around the desk: persistence and nothing else.
pub struct DeskApp {
    desk: Desk,
    /// Frames drawn so far, up to 2: with `ENROLL_DESK_REPORT_FIRST_FRAME`
    /// set, the start of the second frame (the first one has been painted and
    /// swapped by then) is reported on stderr for the startup benchmark.
    frames: u8,
    report_first_frame: bool,
    /// The settings file held a token: rewrite it without, at once.
    rewrite_settings: bool,
}

impl eframe::App for DeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.report_first_frame && self.frames < 2 {
            self.frames += 1;
            if self.frames == 1 {
                ui.ctx().request_repaint();
            } else {
                eprintln!("enroll-desk: first frame presented");
            }
        }
        self.desk.ui(ui);
        if self.rewrite_settings
            && let Some(storage) = frame.storage_mut()
        {
            self.rewrite_settings = false;
            persist::save_settings(storage, self.desk.settings());
            storage.flush();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        persist::save_settings(storage, self.desk.settings());
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
    // The settings' and audit trail's directory, the owner's only, before
    // eframe creates it with the default permissions.
    for dir in [
        eframe::storage_dir("enroll-desk"),
        crate::private_dir::app_data_dir(),
    ]
    .into_iter()
    .flatten()
    {
        if let Err(error) = crate::private_dir::create_or_narrow(&dir) {
            tracing::warn!("cannot make {} private: {error}", dir.display());
        }
    }
    // Before the window opens: the store answers on its own thread, and the
    // desk waits for it at most OPEN_TIMEOUT.
    let opened = crate::token_store::TokenStore::open(crate::token_store::OPEN_TIMEOUT);
    eframe::run_native(
        "enroll-desk",
        options,
        Box::new(move |cc| {
            let started = persist::start_desk(cc.storage, opened, mode, lang);
            Ok(Box::new(DeskApp {
                desk: started.desk,
                frames: 0,
                report_first_frame: std::env::var_os("ENROLL_DESK_REPORT_FIRST_FRAME").is_some(),
                rewrite_settings: started.rewrite_settings,
            }))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the desk window could not open: {error}"))
}
