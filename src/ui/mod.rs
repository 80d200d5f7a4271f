//! The desk window. The UI thread never does I/O: each frame it drains the
//! worker's events into the desk's state, draws that state, and turns what
//! the officer did into `Action`s that are carried out after drawing.

mod action;
mod activity;
mod board;
mod card_lookup;
mod demo_panel;
mod desk;
mod detail;
mod doctor_window;
mod export;
mod fonts;
mod lesson_scroll;
pub mod persist;
mod pin_entry;
mod pin_window;
mod plan;
mod readers;
mod requests;
mod run_view;
mod runs;
mod settings;
mod settings_fields;
mod settings_window;
mod status_bar;
mod table_columns;
mod training;
mod training_panel;
mod waker;

pub use activity::{ActivityEntry, write_csv};
pub use desk::{Desk, Mode};
pub use requests::{RequestList, StatusFilter};
pub use runs::{Run, RunState};
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

    /// egui makes its glyph atlas as wide as the largest texture the GL
    /// driver takes: 16,384 texels under Mesa, 2 MB before a glyph is drawn,
    /// and the driver keeps a copy. The desk draws no image of its own, and
    /// every glyph it uses fits a few rows of egui's own default width.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        raw_input.max_texture_side = Some(
            raw_input
                .max_texture_side
                .map_or(GLYPH_ATLAS_WIDTH, |side| side.min(GLYPH_ATLAS_WIDTH)),
        );
    }
}

/// egui's own default texture side, which every GL driver takes.
const GLYPH_ATLAS_WIDTH: usize = 2048;

/// The desk's own icon (`assets/icon.svg` drawn at 64×64 by
/// `rsvg-convert -w 64 -h 64`). Without one, eframe decodes its own logo at
/// 512×512, a megabyte of pixels held for the window's life.
const WINDOW_ICON_PNG: &[u8] = include_bytes!("../../assets/icon-64.png");

/// Opens the desk window and returns when it is closed. `lang` (`--lang`)
/// overrides the language of the settings, and is kept as the new choice;
/// `site` is what IT fixed on this computer.
pub fn run(
    mode: Mode,
    lang: Option<crate::i18n::Locale>,
    site: crate::site::Site,
) -> anyhow::Result<()> {
    let viewport = egui::ViewportBuilder::default()
        .with_title("enroll-desk")
        .with_app_id("enroll-desk")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0]);
    let viewport = match eframe::icon_data::from_png_bytes(WINDOW_ICON_PNG) {
        Ok(icon) => viewport.with_icon(icon),
        Err(error) => {
            tracing::warn!("the window icon does not decode: {error}");
            viewport
        }
    };
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
            let started = persist::start_desk(cc.storage, opened, mode, lang, site);
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_decodes_at_its_small_size() {
        let icon = eframe::icon_data::from_png_bytes(super::WINDOW_ICON_PNG).expect("a PNG");
        assert_eq!((icon.width, icon.height), (64, 64));
        // Drawn, not blank: the card (52×36 of 64×64) is opaque, the corner
        // beside it transparent.
        let opaque = icon.rgba.chunks_exact(4).filter(|px| px[3] == 255).count();
        assert!(opaque > 52 * 36 - 100, "{opaque} opaque pixels");
        assert_eq!(icon.rgba[3], 0, "the top left corner is transparent");
    }
}
