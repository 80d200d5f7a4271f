//! Where the site file is. Only an administrator can write there, and
//! nothing an officer controls moves it: no flag, no settings, and no
//! environment variable in a shipped (release) build. On Windows the
//! ProgramData folder is asked of the shell, not read from `%ProgramData%`,
//! which anyone can set for their own programs.

use std::path::PathBuf;

#[cfg(windows)]
use super::Problem;
use super::SiteFileError;

/// Names another site file, for the tests; honoured only by debug builds
/// (those `cargo test` runs), never by the release builds that are shipped.
pub const TEST_OVERRIDE: &str = "ENROLL_DESK_SITE_FILE";

/// This computer's site file.
pub fn site_file_path() -> Result<PathBuf, SiteFileError> {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os(TEST_OVERRIDE) {
        return Ok(PathBuf::from(path));
    }
    machine_path()
}

#[cfg(not(windows))]
fn machine_path() -> Result<PathBuf, SiteFileError> {
    Ok(PathBuf::from("/etc/enroll-desk/site.toml"))
}

#[cfg(windows)]
fn machine_path() -> Result<PathBuf, SiteFileError> {
    program_data()
        .map(|dir| dir.join("enroll-desk").join("site.toml"))
        .map_err(|detail| SiteFileError {
            path: PathBuf::from(r"%ProgramData%\enroll-desk\site.toml"),
            line: None,
            text: None,
            problem: Box::new(Problem::NoMachineFolder { detail }),
        })
}

/// The machine-wide ProgramData folder, as the shell knows it.
#[cfg(windows)]
fn program_data() -> Result<PathBuf, String> {
    use std::ffi::OsString;
    use std::os::windows::ffi::OsStringExt;

    use windows_sys::Win32::Foundation::S_OK;
    use windows_sys::Win32::System::Com::CoTaskMemFree;
    use windows_sys::Win32::UI::Shell::{FOLDERID_ProgramData, SHGetKnownFolderPath};

    let mut path: *mut u16 = std::ptr::null_mut();
    // SAFETY: the folder id is a constant; on success `path` points to a
    // NUL-terminated string the shell allocated, freed below.
    let result = unsafe {
        SHGetKnownFolderPath(
            &FOLDERID_ProgramData,
            0,
            std::ptr::null_mut(),
            &raw mut path,
        )
    };
    if result != S_OK || path.is_null() {
        if !path.is_null() {
            // SAFETY: allocated by the shell even on failure, per its contract.
            unsafe { CoTaskMemFree(path.cast()) };
        }
        return Err(format!("SHGetKnownFolderPath failed (0x{result:08x})"));
    }
    // SAFETY: `path` is NUL-terminated (above); the length is found before
    // the slice is made, and the memory is freed only after it is copied.
    let wide = unsafe {
        let length = (0..).take_while(|&i| *path.add(i) != 0).count();
        std::slice::from_raw_parts(path, length).to_vec()
    };
    // SAFETY: as above; `path` is not used after this.
    unsafe { CoTaskMemFree(path.cast()) };
    Ok(PathBuf::from(OsString::from_wide(&wide)))
}
