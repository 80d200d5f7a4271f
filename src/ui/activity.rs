//! The activity panel: what happened, in the officer's words, never a
//! secret. It can be exported as CSV.

use std::collections::VecDeque;
use std::path::Path;

use chrono::{DateTime, Local};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl Level {
    fn name(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

/// An activity line in the officer's language, and in English for the log.
pub struct Line {
    pub local: String,
    pub english: String,
}

impl Line {
    /// `words` is asked twice: in the thread's language and in English.
    pub fn new(words: impl Fn() -> String) -> Self {
        Self {
            local: words(),
            english: crate::i18n::in_english(words),
        }
    }
}

/// Text that is no words of ours (a file name, an error from elsewhere).
impl From<String> for Line {
    fn from(text: String) -> Self {
        Self {
            english: text.clone(),
            local: text,
        }
    }
}

impl From<&str> for Line {
    fn from(text: &str) -> Self {
        Self::from(text.to_owned())
    }
}

#[derive(Debug, Clone)]
pub struct ActivityEntry {
    pub time: DateTime<Local>,
    pub level: Level,
    pub text: String,
}

/// Entries kept on screen; older ones remain in the export of this session
/// only up to this many, and in the audit trail for good.
const KEEP: usize = 10_000;

#[derive(Default)]
pub struct Activity {
    /// Oldest first; the oldest leaves when `KEEP` is reached.
    entries: VecDeque<ActivityEntry>,
}

impl Activity {
    pub fn push(&mut self, level: Level, line: impl Into<Line>) {
        let Line {
            local: text,
            english,
        } = line.into();
        match level {
            Level::Info => tracing::info!(target: "activity", "{english}"),
            Level::Warning | Level::Error => tracing::warn!(target: "activity", "{english}"),
        }
        if self.entries.len() == KEEP {
            self.entries.pop_front();
        }
        self.entries.push_back(ActivityEntry {
            time: Local::now(),
            level,
            text,
        });
    }

    pub fn entries(&self) -> &VecDeque<ActivityEntry> {
        &self.entries
    }
}

/// Writes `time,level,text` rows with a header.
pub fn write_csv<'a>(
    path: &Path,
    entries: impl IntoIterator<Item = &'a ActivityEntry>,
) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_path(path)?;
    writer.write_record(["time", "level", "text"])?;
    for entry in entries {
        writer.write_record([
            entry.time.to_rfc3339().as_str(),
            entry.level.name(),
            &entry.text,
        ])?;
    }
    writer.flush()?;
    Ok(())
}

pub fn activity_ui(ui: &mut egui::Ui, activity: &Activity) {
    egui::ScrollArea::vertical()
        .id_salt("activity")
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for entry in &activity.entries {
                // The time is a label of its own: snapshot tests mask it alone.
                ui.horizontal(|ui| {
                    ui.label(crate::i18n::time_of_day(&entry.time));
                    let text = entry.text.as_str();
                    match entry.level {
                        Level::Info => ui.label(text),
                        Level::Warning => ui.colored_label(ui.visuals().warn_fg_color, text),
                        Level::Error => ui.colored_label(ui.visuals().error_fg_color, text),
                    };
                });
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_export_quotes_what_needs_quoting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.csv");
        let mut activity = Activity::default();
        activity.push(Level::Info, "Loaded 3 requests");
        activity.push(
            Level::Error,
            "binding failed: \"no\", said the server\nretry",
        );
        write_csv(&path, activity.entries()).unwrap();
        let mut reader = csv::Reader::from_path(&path).unwrap();
        assert_eq!(reader.headers().unwrap(), vec!["time", "level", "text"]);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[1][1], "error");
        assert_eq!(
            &rows[1][2],
            "binding failed: \"no\", said the server\nretry"
        );
        assert!(chrono::DateTime::parse_from_rfc3339(&rows[0][0]).is_ok());
    }

    #[test]
    fn export_to_a_place_that_cannot_be_written_is_an_error() {
        let result = write_csv(
            Path::new("/nonexistent-dir/activity.csv"),
            &Activity::default().entries,
        );
        assert!(result.is_err());
    }
}
