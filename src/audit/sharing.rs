//! One trail shared by every desk an OS account runs: each append (and the
//! rotation it may start) holds an OS file lock on `audit.lock` beside the
//! trail, so one desk's rotation never runs into another's, and a desk
//! whose open file is no longer the one at the trail's path (another desk
//! rotated it away) opens the path again before it writes.

use std::fs::{File, OpenOptions};
use std::io::ErrorKind;
use std::path::Path;

/// The lock file beside a trail. It is never renamed, so every desk locks
/// the same file whatever the rotations did.
pub(super) struct TrailLock(File);

/// The lock, held until dropped.
pub(super) struct Held<'a>(Option<&'a File>);

impl TrailLock {
    pub(super) fn open(trail: &Path) -> std::io::Result<Self> {
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(trail.with_extension("lock")).map(Self)
    }

    /// Waits for the other desks' appends to finish. A file system without
    /// locks (some network shares) leaves each desk to itself, as before.
    pub(super) fn hold(&self) -> std::io::Result<Held<'_>> {
        match self.0.lock() {
            Ok(()) => Ok(Held(Some(&self.0))),
            Err(error) if error.kind() == ErrorKind::Unsupported => Ok(Held(None)),
            Err(error) => Err(error),
        }
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        if let Some(file) = self.0 {
            // Closing the file would release it too; an error leaves it to that.
            let _: std::io::Result<()> = file.unlock();
        }
    }
}

/// Whether `file` is still the file at `path`: the same device and inode.
#[cfg(unix)]
pub(super) fn is_current(file: &File, path: &Path) -> std::io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let open = file.metadata()?;
    match std::fs::metadata(path) {
        Ok(at_path) => Ok(open.dev() == at_path.dev() && open.ino() == at_path.ino()),
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error),
    }
}

/// Elsewhere the file is opened again for every entry: Windows' file ids
/// are not in stable Rust, and an audit entry is rare enough.
#[cfg(not(unix))]
pub(super) fn is_current(_file: &File, _path: &Path) -> std::io::Result<bool> {
    Ok(false)
}

pub(super) fn open_append(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Copies the trail's current file to `to`. It is read under the lock, so
/// no desk's rotation moves it away halfway and every line is whole.
pub fn copy_trail(trail: &Path, to: &Path) -> std::io::Result<()> {
    let lock = TrailLock::open(trail)?;
    let text = {
        let _held = lock.hold()?;
        std::fs::read(trail)?
    };
    std::fs::write(to, text)
}
