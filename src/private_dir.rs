//! The desk's own directories, where its settings and audit trail live:
//! the platform's application data directory, readable by its owner only
//! where the platform has such permissions (0700 on Unix; on Windows the
//! per-user `%APPDATA%` already admits only its user and the system).

use std::path::{Path, PathBuf};

/// The directory eframe keeps the desk's settings in, and the audit trail
/// beside them: `$XDG_DATA_HOME/enroll-desk` (`~/.local/share/enroll-desk`)
/// on Linux, `%APPDATA%\enroll-desk\data` on Windows.
pub fn app_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "enroll-desk").map(|dirs| dirs.data_dir().to_owned())
}

/// Creates `dir` and any missing parents, each new one the owner's only.
pub fn create(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Creates the desk's own directory `dir` the owner's only or, made by an
/// older version with wider permissions, narrows it. Only for a directory
/// that belongs to the desk alone: never a shared parent.
pub fn create_or_narrow(dir: &Path) -> std::io::Result<()> {
    create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_directories_are_the_owners_only() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a").join("b");
        create(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&root.path().join("a")), 0o700);
    }

    #[test]
    fn an_older_wider_directory_is_narrowed_and_keeps_its_files() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("enroll-desk");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::write(dir.join("app.ron"), "kept").unwrap();
        create_or_narrow(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(
            std::fs::read_to_string(dir.join("app.ron")).unwrap(),
            "kept"
        );
    }
}
