//! Running the Windows build under Wine (tests/wine.rs, tests/msi.rs):
//! `scripts/windows.sh` builds the executable and `scripts/test.sh` names it
//! in `ENROLL_DESK_WINDOWS_EXE`.

use std::path::{Path, PathBuf};
use std::process::Command;

pub const WINE: &str = "/usr/lib/wine/wine64";

/// The Windows build under test.
pub fn exe() -> PathBuf {
    let exe = std::env::var_os("ENROLL_DESK_WINDOWS_EXE")
        .expect("ENROLL_DESK_WINDOWS_EXE names the Windows build (scripts/windows.sh makes it)");
    PathBuf::from(exe)
}

/// One test at a time: parallel first starts in one prefix trip over each other.
pub fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static WINE_USER: std::sync::Mutex<()> = std::sync::Mutex::new(());
    WINE_USER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Makes (or brings up to date) the Wine prefix at `prefix` and waits
/// until Wine has settled: a new prefix takes Wine some 15 s.
pub fn boot(prefix: &Path) {
    let booted = wine_env(Command::new(WINE).args(["wineboot", "--init"]), prefix)
        .status()
        .expect("wine64 runs");
    assert!(booted.success(), "wineboot failed: {booted}");
    let settled = Command::new("/usr/lib/wine/wineserver")
        .arg("-w")
        .env("WINEPREFIX", prefix)
        .status()
        .expect("wineserver runs");
    assert!(settled.success());
}

/// `command` run in `prefix`, quietly, without a screen unless the test
/// gives one, and with none of the desk's own variables from outside.
pub fn wine_env<'a>(command: &'a mut Command, prefix: &Path) -> &'a mut Command {
    command
        .env("WINEPREFIX", prefix)
        .env(
            "WINEDEBUG",
            std::env::var("WINEDEBUG").unwrap_or("-all".into()),
        )
        // No Mono or Gecko installer dialogs in a fresh prefix, and no
        // menu entries for this computer's own desktop from installers.
        .env("WINEDLLOVERRIDES", "mscoree,mshtml=;winemenubuilder.exe=d")
        .env_remove("DISPLAY")
        .env_remove("ENROLL_DESK_SERVER")
        .env_remove("ENROLL_DESK_TOKEN")
        .env_remove("ENROLL_DESK_AUTH")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
