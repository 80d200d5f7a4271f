//! The desk's settings file as eframe writes it, for the tests that restart
//! the desk: eframe's own file storage is private to eframe.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// eframe's settings file (its `app.ron`): a RON map from key to the RON of
/// the value, read and written the way eframe's file storage does.
pub struct SettingsFile {
    path: PathBuf,
    values: HashMap<String, String>,
}

impl SettingsFile {
    pub fn open(path: &Path) -> Self {
        let values = std::fs::read_to_string(path)
            .map(|text| ron::from_str(&text).unwrap())
            .unwrap_or_default();
        Self {
            path: path.to_owned(),
            values,
        }
    }
}

impl eframe::Storage for SettingsFile {
    fn get_string(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.values.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.values.remove(key);
    }
    fn flush(&mut self) {
        let text = ron::ser::to_string_pretty(&self.values, ron::ser::PrettyConfig::default());
        std::fs::write(&self.path, text.unwrap()).unwrap();
    }
}
