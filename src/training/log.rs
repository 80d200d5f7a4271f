//! The training log: one JSON line per finished lesson, next to the audit
//! trail but never in it (a lesson is not an enrollment), and never a PIN —
//! a result holds times, counts and mistake names only.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::wire::LessonResult;

/// `training.jsonl` in the audit trail's directory.
pub fn path_beside(audit_trail: &Path) -> PathBuf {
    audit_trail.with_file_name("training.jsonl")
}

/// Appends one result as one line; directories made are the owner's only.
pub fn append(path: &Path, result: &LessonResult) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        crate::private_dir::create(dir)?;
    }
    let mut line = serde_json::to_vec(result).map_err(std::io::Error::other)?;
    line.push(b'\n');
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    // One write per line: a crash leaves whole lines behind.
    file.write_all(&line)?;
    file.sync_data()
}
