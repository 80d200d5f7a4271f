//! The site settings IT lays down, as the command line meets them: the
//! server comes from the site file, a flag or environment variable that
//! would change it is refused, and a broken file stops every server call
//! with its line named.
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use enroll_desk::sim::{SimAuth, SimConfig};
use support::site::{Computer, stderr};
use support::{client_for, sim};

#[test]
fn a_site_server_needs_no_server_flag() {
    let server = sim(SimConfig::default());
    let computer = Computer::with_site(Some(&format!("server = \"{}\"\n", server.url())));
    let out = computer.run(&["requests", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let expected = client_for(&server.url())
        .list_requests(Default::default())
        .unwrap();
    assert_eq!(rows.len(), expected.len());
    // Naming the same server again is no change, and is let through.
    let same = computer.run(&[
        "requests",
        "--json",
        "--server",
        &format!("{}/", server.url()),
    ]);
    assert!(same.status.success(), "{}", stderr(&same));
}

#[test]
fn another_server_is_refused_by_flag_and_by_environment() {
    let server = sim(SimConfig::default());
    let computer = Computer::with_site(Some(&format!("server = \"{}\"\n", server.url())));
    let elsewhere = sim(SimConfig::default());
    let by_flag = computer.run(&["requests", "--server", &elsewhere.url()]);
    let by_env = computer
        .desk()
        .args(["requests"])
        .env("ENROLL_DESK_SERVER", elsewhere.url())
        .output()
        .unwrap();
    for out in [by_flag, by_env] {
        assert_eq!(out.status.code(), Some(1));
        let words = stderr(&out);
        assert!(
            words.contains("set by your IT department")
                && words.contains(&server.url())
                && words.contains(computer.site_file().to_str().unwrap())
                && words.contains("--server")
                && words.contains("ENROLL_DESK_SERVER"),
            "{words}"
        );
    }
    assert!(
        elsewhere.calls().is_empty(),
        "the other server was contacted"
    );
}

#[test]
fn the_sign_in_method_and_challenge_the_site_fixes_cannot_be_changed() {
    let computer = Computer::with_site(Some(
        "server = \"https://cm.example.org\"\nsign_in = \"bearer\"\nchallenge = \"piv-admin-key\"\n",
    ));
    let auth = computer.run(&["requests", "--auth", "negotiate"]);
    assert_eq!(auth.status.code(), Some(1));
    assert!(stderr(&auth).contains("--auth"), "{}", stderr(&auth));
    let challenge = computer.run(&[
        "bind",
        "--request",
        "01234567-89ab-cdef-0123-456789abcdef",
        "--reader",
        "any",
        "--challenge",
        "get-challenge",
    ]);
    assert_eq!(challenge.status.code(), Some(1));
    assert!(
        stderr(&challenge).contains("--challenge") && stderr(&challenge).contains("piv-admin-key"),
        "{}",
        stderr(&challenge)
    );
}

#[test]
fn a_broken_site_file_stops_with_its_line_and_contacts_no_server() {
    let server = sim(SimConfig::default());
    let computer = Computer::with_site(Some(&format!(
        "# pushed by IT\nserver = \"{}\"\nsign_in = negotiate\n",
        server.url()
    )));
    for args in [
        vec!["requests"],
        vec!["requests", "--server", &server.url()],
    ] {
        let out = computer.run(&args);
        assert_eq!(out.status.code(), Some(1));
        let words = stderr(&out);
        assert!(
            words.contains("line 3")
                && words.contains("sign_in = negotiate")
                && words.contains(computer.site_file().to_str().unwrap()),
            "{words}"
        );
    }
    assert!(server.calls().is_empty(), "a server was contacted");
}

#[test]
fn demo_mode_and_classrooms_are_refused_where_the_site_turns_them_off() {
    let classroom = sim(SimConfig::default());
    let computer = Computer::with_site(Some("demo = false\n"));
    for args in [vec!["demo"], vec!["--classroom", &classroom.url()]] {
        let out = computer.run(&args);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("turned off on this computer by your IT department"),
            "{}",
            stderr(&out)
        );
    }
    assert!(classroom.calls().is_empty());
}

#[test]
fn the_refusal_is_in_the_officers_language_and_the_site_gives_the_default() {
    let server = sim(SimConfig {
        auth: SimAuth::Open,
        ..SimConfig::default()
    });
    let computer = Computer::with_site(Some(&format!(
        "server = \"{}\"\nlanguage = \"de\"\n",
        server.url()
    )));
    let refused = computer.run(&[
        "--lang",
        "nl",
        "requests",
        "--server",
        "https://elders.example",
    ]);
    assert!(
        stderr(&refused).contains("ingesteld door uw IT-afdeling"),
        "{}",
        stderr(&refused)
    );
    // No language from the officer or the environment: the site's default.
    let table = computer
        .desk()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["requests"])
        .output()
        .unwrap();
    assert!(table.status.success(), "{}", stderr(&table));
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("ANFORDERUNG"), "{table}");
}
