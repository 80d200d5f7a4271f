//! The checks of this computer's own files: the site file IT laid down,
//! the officer's settings, and the audit trail's directory.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use super::Check;
use crate::site::{Site, SitePolicy, site_file_path};
use crate::tr;

pub(super) fn site_file(site: &Site) -> Check {
    let title = tr!("doctor-site-title");
    match site {
        Site::Absent => {
            let path = site_file_path()
                .map(|path| path.display().to_string())
                .unwrap_or_default();
            Check::pass("site-file", title, tr!("doctor-site-absent", path = path))
        }
        Site::Loaded { path, .. } if officer_can_change(path) => Check::fail(
            "site-file",
            title,
            tr!("doctor-site-writable", path = path.display().to_string()),
            Some(tr!("doctor-site-writable-fix")),
        ),
        Site::Loaded { path, policy } => Check::pass(
            "site-file",
            title,
            tr!(
                "doctor-site-read",
                path = path.display().to_string(),
                settings = keys_set(policy)
            ),
        ),
        Site::Broken(error) => Check::fail(
            "site-file",
            title,
            crate::site::problem_words(error),
            Some(tr!("doctor-site-fix")),
        ),
    }
}

/// Whether the account running this (not an administrator) could rewrite
/// the site file: then it is no policy. Windows' ACLs are left to IT.
#[cfg(unix)]
fn officer_can_change(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    // SAFETY: geteuid cannot fail and touches no memory of ours.
    if unsafe { libc::geteuid() } == 0 {
        return false;
    }
    let Ok(path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `path` is a NUL-terminated string that outlives the call.
    unsafe { libc::access(path.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
fn officer_can_change(_path: &Path) -> bool {
    false
}

/// The keys a site file sets, as it spells them.
fn keys_set(policy: &SitePolicy) -> String {
    let keys = [
        ("server", policy.server.is_some()),
        ("sign_in", policy.auth.is_some()),
        ("ca_file", policy.ca_file.is_some()),
        ("challenge", policy.challenge.is_some()),
        ("language", policy.language.is_some()),
        ("demo", policy.demo.is_some()),
        ("audit_dir", policy.audit_dir.is_some()),
    ];
    let set: Vec<&str> = keys
        .iter()
        .filter(|(_, set)| *set)
        .map(|(k, _)| *k)
        .collect();
    if set.is_empty() {
        "-".to_owned()
    } else {
        set.join(", ")
    }
}

pub(super) fn settings_file(path: Option<&Path>) -> Check {
    let title = tr!("doctor-settings-title");
    let Some(path) = path else {
        return Check::skipped("settings-file", title, tr!("doctor-settings-no-desk"));
    };
    let shown = path.display().to_string();
    match read_settings(path) {
        Ok(false) => Check::pass(
            "settings-file",
            title,
            tr!("doctor-settings-none-yet", path = shown),
        ),
        Ok(true) => Check::pass(
            "settings-file",
            title,
            tr!("doctor-settings-read", path = shown),
        ),
        Err(detail) => Check::fail(
            "settings-file",
            title,
            tr!("doctor-settings-unreadable", path = shown, detail = detail),
            Some(tr!("doctor-settings-fix")),
        ),
    }
}

/// Whether the desk's settings file is there, read as the desk reads it.
#[cfg(feature = "desk")]
fn read_settings(path: &Path) -> Result<bool, String> {
    crate::ui::persist::read_settings_file(path).map(|settings| settings.is_some())
}

#[cfg(not(feature = "desk"))]
fn read_settings(_path: &Path) -> Result<bool, String> {
    Ok(false)
}

pub(super) fn audit(file: Option<&Path>) -> Check {
    let title = tr!("doctor-audit-title");
    let Some(dir) = file.and_then(Path::parent) else {
        return Check::fail(
            "audit-dir",
            title,
            tr!("doctor-audit-nowhere"),
            Some(tr!("doctor-audit-fix")),
        );
    };
    let shown = dir.display().to_string();
    match writable(dir, file) {
        Ok(()) => Check::pass(
            "audit-dir",
            title,
            tr!("doctor-audit-writable", dir = shown),
        ),
        Err(error) => Check::fail(
            "audit-dir",
            title,
            tr!(
                "doctor-audit-not-writable",
                dir = shown,
                detail = error.to_string()
            ),
            Some(tr!("doctor-audit-fix")),
        ),
    }
}

/// Whether the trail can be written: a scratch file in its directory (or,
/// while the directory does not exist yet, in the nearest parent the desk
/// would create it in), and the trail itself opened for appending.
fn writable(dir: &Path, file: Option<&Path>) -> std::io::Result<()> {
    let existing = dir.ancestors().find(|dir| dir.exists()).unwrap_or(dir);
    if !existing.is_dir() {
        // A file where a folder must be: the desk could not create it.
        return Err(std::io::ErrorKind::NotADirectory.into());
    }
    let scratch = existing.join(format!(".enroll-desk-check-{}", std::process::id()));
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&scratch)
        .and_then(|mut probe| probe.write_all(b"check\n"));
    let _: Result<(), _> = std::fs::remove_file(&scratch);
    written?;
    if let Some(file) = file.filter(|file| file.exists()) {
        OpenOptions::new().append(true).open(file)?;
    }
    Ok(())
}
