//! The remembered bearer token lives in a real Secret Service (gnome-keyring
//! on a private D-Bus session, from `scripts/with-secret-service.sh`) and
//! never in the settings file. The test runs itself under that script as
//! the driver, which runs it again for each start of the desk: each is a
//! new process, as a restart is.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use enroll_desk::i18n::Locale;
use enroll_desk::sim::{SimAuth, SimConfig};
use enroll_desk::site::Site;
use enroll_desk::token_store::{OPEN_TIMEOUT, TokenStore};
use enroll_desk::ui::persist::{SETTINGS_KEY, Started, save_settings, start_desk};
use enroll_desk::ui::{Desk, Mode, Settings};
use support::desk::{has_label_containing, step_until, type_into};
use support::secret_service::{Stopped, secret_service_pid};
use support::settings_file::SettingsFile;

const TEST_NAME: &str = "a_remembered_token_lives_in_the_secret_service_never_in_the_settings_file";
/// The arguments that run only this test again, in a child process.
const RERUN_THIS_TEST: [&str; 5] = [
    "--exact",
    TEST_NAME,
    "--include-ignored",
    "--nocapture",
    "--test-threads=1",
];
/// Which part this run is: `driver`, or one start of the desk.
const PART_ENV: &str = "ENROLL_DESK_TOKEN_TEST_PART";
const FILE_ENV: &str = "ENROLL_DESK_TOKEN_TEST_SETTINGS";
const SERVER_ENV: &str = "ENROLL_DESK_TOKEN_TEST_SERVER";
const TOKEN_ENV: &str = "ENROLL_DESK_TOKEN_TEST_TOKEN";
const TICKED_TOKEN: &str = "ticked-bearer-token-7f3a91";
const OLD_FILE_TOKEN: &str = "old-file-bearer-token-c4e2";

/// The desk as the window starts it, in English, on a computer without a
/// site file.
fn start(storage: &SettingsFile, opened: enroll_desk::token_store::Opened) -> Started {
    start_desk(
        Some(storage),
        opened,
        Mode::Auto,
        Some(Locale::En),
        Site::Absent,
    )
}

fn harness(desk: Desk) -> Harness<'static, Desk> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, desk: &mut Desk| desk.ui(ui), desk)
}

fn the_store() -> enroll_desk::token_store::Opened {
    let asked = Instant::now();
    let opened = TokenStore::open(OPEN_TIMEOUT);
    // What the desk's start waits for, measured.
    eprintln!("the Secret Service answered in {:?}", asked.elapsed());
    assert_eq!(
        opened.store.unavailable(),
        None,
        "the Secret Service is there"
    );
    opened
}

fn activity_holds(h: &Harness<'static, Desk>, words: &str) -> bool {
    h.state().activity().iter().any(|e| e.text.contains(words))
}

/// The officer types the server and the token, ticks *Remember the token*
/// and applies; then the desk closes and its settings are saved.
fn tick_remember(file: &Path, server: &str) {
    let opened = the_store();
    assert!(
        opened.remembered.is_none(),
        "a fresh keyring holds no token"
    );
    let mut storage = SettingsFile::open(file);
    let mut h = harness(start(&storage, opened).desk);
    h.get_by_label("Settings…").click();
    step_until(&mut h, "the settings window", |h| {
        h.query_by_label("Apply").is_some()
    });
    type_into(&mut h, "CM server", server);
    type_into(&mut h, "Bearer token", TICKED_TOKEN);
    h.get_by_label("Remember the token on this computer")
        .click();
    h.run_steps(2);
    assert!(has_label_containing(
        &h,
        "It is kept in the desktop keyring"
    ));
    h.get_by_label("Apply").click();
    step_until(&mut h, "the store to take the token", |h| {
        activity_holds(h, "remembered in")
    });
    step_until(&mut h, "the requests with the token", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
    save_settings(&mut storage, h.state().settings());
    eframe::Storage::flush(&mut storage);
}

/// A settings file as an older version wrote it: the token in plain text.
fn write_old_file(file: &Path, server: &str) {
    let mut storage = SettingsFile::open(file);
    let old = Settings {
        server: server.to_owned(),
        remember_token: true,
        token: OLD_FILE_TOKEN.to_owned(),
        ..Settings::default()
    };
    eframe::set_value(&mut storage, SETTINGS_KEY, &old);
    eframe::Storage::flush(&mut storage);
    assert!(
        std::fs::read_to_string(file)
            .unwrap()
            .contains(OLD_FILE_TOKEN)
    );
}

/// The first start with that file: the token moves to the store, the file
/// is rewritten at once (as the window does in its first frame).
fn move_the_old_token(file: &Path) {
    let mut storage = SettingsFile::open(file);
    let started = start(&storage, the_store());
    assert!(started.rewrite_settings);
    let mut h = harness(started.desk);
    save_settings(&mut storage, h.state().settings());
    eframe::Storage::flush(&mut storage);
    assert!(
        activity_holds(&h, "moved from the settings file"),
        "the officer is told"
    );
    step_until(&mut h, "the store to take the token", |h| {
        activity_holds(h, "remembered in")
    });
    step_until(&mut h, "the requests with the token", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
}

/// A restart: the token comes from the store and signs the desk in.
fn restart(file: &Path, expected: &str) {
    let opened = the_store();
    assert_eq!(
        opened.remembered.as_deref().map(String::as_str),
        Some(expected)
    );
    let storage = SettingsFile::open(file);
    let mut h = harness(start(&storage, opened).desk);
    assert_eq!(h.state().settings().token, expected);
    step_until(&mut h, "the requests with the remembered token", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
    assert!(h.state().load_error().is_none());
}

/// Runs this test again as `part`, a new process on the same keyring.
fn run_part(part: &str, file: &Path, server: &str, token: &str) {
    let status = Command::new(std::env::current_exe().unwrap())
        .args(RERUN_THIS_TEST)
        .env(PART_ENV, part)
        .env(FILE_ENV, file)
        .env(SERVER_ENV, server)
        .env(TOKEN_ENV, token)
        .status()
        .unwrap();
    assert!(status.success(), "the part \"{part}\" failed");
    let settings = std::fs::read_to_string(file).unwrap();
    assert!(
        !settings.contains(TICKED_TOKEN) && !settings.contains(OLD_FILE_TOKEN),
        "after \"{part}\" the settings file holds a token: {settings}"
    );
    assert!(settings.contains("remember_token:true"), "{settings}");
}

/// Inside the private Secret Service: every start of the desk in turn,
/// against servers that take only their token.
fn drive(file: &Path) {
    let ticked = support::sim(SimConfig {
        auth: SimAuth::Bearer(TICKED_TOKEN.to_owned()),
        ..SimConfig::default()
    });
    let old = support::sim(SimConfig {
        auth: SimAuth::Bearer(OLD_FILE_TOKEN.to_owned()),
        ..SimConfig::default()
    });
    run_part("tick", file, &ticked.url(), TICKED_TOKEN);
    run_part("restart", file, &ticked.url(), TICKED_TOKEN);
    write_old_file(file, &old.url());
    run_part("old-file", file, &old.url(), OLD_FILE_TOKEN);
    run_part("restart", file, &old.url(), OLD_FILE_TOKEN);
    // A Secret Service that never answers (its daemon stopped): the desk's
    // start waits no longer than OPEN_TIMEOUT and says why.
    let daemon = Stopped::stop(secret_service_pid());
    run_part("hung", file, &old.url(), "");
    drop(daemon);
}

/// The start of a desk while the store does not answer. The Secret Service
/// client gives up after its own 2 s call timeout (measured: 2.0 s), inside
/// the desk's OPEN_TIMEOUT; either way the desk starts without the store.
fn hung_store() {
    let asked = Instant::now();
    let opened = TokenStore::open(OPEN_TIMEOUT);
    let waited = asked.elapsed();
    eprintln!("a stopped Secret Service held the start for {waited:?}");
    let why = opened
        .store
        .unavailable()
        .expect("a store that does not answer is none");
    assert!(
        why.contains("Did not receive a reply") || why.contains("did not answer within"),
        "{why}"
    );
    assert!(
        waited <= OPEN_TIMEOUT + Duration::from_millis(500),
        "{waited:?}"
    );
    assert!(opened.remembered.is_none());
}

#[test]
#[ignore = "needs gnome-keyring and dbus-run-session: run scripts/test.sh"]
fn a_remembered_token_lives_in_the_secret_service_never_in_the_settings_file() {
    if let Ok(part) = std::env::var(PART_ENV) {
        let file = PathBuf::from(std::env::var(FILE_ENV).unwrap());
        let server = std::env::var(SERVER_ENV).unwrap_or_default();
        let token = std::env::var(TOKEN_ENV).unwrap_or_default();
        match part.as_str() {
            "driver" => drive(&file),
            "tick" => tick_remember(&file, &server),
            "old-file" => move_the_old_token(&file),
            "restart" => restart(&file, &token),
            "hung" => hung_store(),
            other => panic!("no part {other}"),
        }
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.ron");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/with-secret-service.sh");
    let started = Instant::now();
    let status = Command::new(script)
        .arg(std::env::current_exe().unwrap())
        .args(RERUN_THIS_TEST)
        .env(PART_ENV, "driver")
        .env(FILE_ENV, &file)
        .status()
        .unwrap();
    assert!(
        status.success(),
        "the run under the private Secret Service failed"
    );
    assert!(started.elapsed() < Duration::from_secs(300));
    let settings = std::fs::read_to_string(&file).unwrap();
    assert!(!settings.contains(TICKED_TOKEN) && !settings.contains(OLD_FILE_TOKEN));
}

/// Set in the run of the test below that has no session bus.
const NO_BUS_ENV: &str = "ENROLL_DESK_TOKEN_TEST_NO_BUS";

#[test]
fn without_a_session_bus_the_store_is_unavailable_at_once_and_says_why() {
    if std::env::var_os(NO_BUS_ENV).is_some() {
        let started = Instant::now();
        let opened = TokenStore::open(OPEN_TIMEOUT);
        let why = opened.store.unavailable().expect("no store without a bus");
        assert!(why.contains("cannot be reached"), "{why}");
        assert!(opened.remembered.is_none());
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
        return;
    }
    // Run again with a bus address where no bus is, whatever this machine has.
    let status = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "without_a_session_bus_the_store_is_unavailable_at_once_and_says_why",
            "--test-threads=1",
        ])
        .env(NO_BUS_ENV, "1")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/enroll-desk-test-bus",
        )
        .status()
        .unwrap();
    assert!(status.success(), "the run without a bus failed");
}

#[test]
fn without_a_credential_store_the_checkbox_is_disabled_and_says_why() {
    let (mut h, _audit) = support::desk::desk();
    h.get_by_label("Settings…").click();
    step_until(&mut h, "the settings window", |h| {
        h.query_by_label("Apply").is_some()
    });
    let checkbox = h.get_by_label("Remember the token on this computer");
    assert!(checkbox.accesskit_node().is_disabled());
    checkbox.hover();
    step_until(&mut h, "the tooltip", |h| {
        has_label_containing(h, "Not available: the desk was started without it")
    });
    assert!(has_label_containing(&h, "kept only until the desk closes"));
}
