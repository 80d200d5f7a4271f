//! Saving a file the officer places with a dialog. The dialog blocks, so
//! asking and writing both run on their own thread; the UI polls the result.

use std::path::{Path, PathBuf};

use poll_promise::Promise;

use super::waker::spawn_then_wake;
use crate::worker::Wake;

type Outcome = Result<Option<PathBuf>, ExportError>;

/// Why a file was not saved. Worded on the UI thread, in the officer's
/// language (the export's own thread speaks English).
#[derive(Debug, Clone)]
pub enum ExportError {
    Dialog(String),
    Write { path: PathBuf, detail: String },
}

impl ExportError {
    pub fn words(&self) -> String {
        match self {
            Self::Dialog(detail) => crate::tr!("export-dialog-failed", error = detail.as_str()),
            Self::Write { path, detail } => crate::tr!(
                "export-write-failed",
                path = path.display().to_string(),
                error = detail.as_str()
            ),
        }
    }
}

#[derive(Default)]
pub struct Export {
    pending: Option<Promise<Outcome>>,
}

/// What the dialog offers.
pub struct SaveAs {
    pub title: String,
    pub file_name: &'static str,
    pub filter: (String, &'static [&'static str]),
}

impl Export {
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Asks where to save and then calls `write` with the chosen path;
    /// `wake` repaints the window once that is done, so the outcome shows.
    pub fn start(
        &mut self,
        save_as: SaveAs,
        write: impl FnOnce(&Path) -> std::io::Result<()> + Send + 'static,
        wake: Wake,
    ) {
        if self.pending.is_some() {
            return;
        }
        self.pending = Some(spawn_then_wake(
            "export",
            wake,
            |error| Err(ExportError::Dialog(error.to_string())),
            move || ask_and_write(&save_as, write),
        ));
    }

    /// The saved file's path, or why it failed, once; `None` while the
    /// dialog is open or when the officer cancelled.
    pub fn finished(&mut self) -> Option<Result<PathBuf, ExportError>> {
        let promise = self.pending.take()?;
        match promise.try_take() {
            Ok(Ok(saved)) => saved.map(Ok),
            Ok(Err(error)) => Some(Err(error)),
            Err(pending) => {
                self.pending = Some(pending);
                None
            }
        }
    }
}

fn ask_and_write(save_as: &SaveAs, write: impl FnOnce(&Path) -> std::io::Result<()>) -> Outcome {
    let Some(path) = rfd::FileDialog::new()
        .set_title(&save_as.title)
        .set_file_name(save_as.file_name)
        .add_filter(&save_as.filter.0, save_as.filter.1)
        .save_file()
    else {
        return Ok(None);
    };
    write(&path)
        .map(|()| Some(path.clone()))
        .map_err(|error| ExportError::Write {
            path: path.clone(),
            detail: error.to_string(),
        })
}
