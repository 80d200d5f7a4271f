//! The `requests` and `sim` commands as a script would run them.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use enroll_desk::cm::RequestFilter;
use enroll_desk::sim::{Faults, SimAuth, SimConfig};
use support::sim;

fn desk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_enroll-desk"));
    command
        .env_remove("ENROLL_DESK_TOKEN")
        .env_remove("ENROLL_DESK_SERVER")
        // The human output is checked in English, whatever the machine's language.
        .env("LC_ALL", "C");
    command
}

#[test]
fn requests_json_has_exactly_the_promised_keys() {
    let server = sim(SimConfig::default());
    let out = desk()
        .args(["requests", "--server", &server.url(), "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(&out.stdout).unwrap();
    assert!(rows.len() >= 30);
    let mut keys: Vec<&str> = rows[0].keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "comment",
            "id",
            "priority",
            "profile_template",
            "smartcard",
            "status",
            "submitted",
            "target_user",
            "type"
        ]
    );
    for row in &rows {
        let id = row["id"].as_str().unwrap();
        assert_eq!(id, id.to_lowercase());
        assert!(uuid::Uuid::parse_str(id).is_ok());
        assert!(row["priority"].is_number());
        assert!(row["smartcard"].is_null() || row["smartcard"].is_string());
        if let Some(t) = row["submitted"].as_str() {
            assert!(
                chrono::DateTime::parse_from_rfc3339(t).is_ok(),
                "RFC 3339: {t}"
            );
        }
    }
    assert!(rows.iter().any(|r| r["status"] == "Unknown(42)"));
    assert!(rows.iter().any(|r| r["type"] == "Unknown(2)"));
    assert!(
        rows.iter()
            .any(|r| r["status"] == "Completed" && r["smartcard"].is_string())
    );
}

#[test]
fn requests_status_filter_and_table() {
    let server = sim(SimConfig::default());
    let out = desk()
        .args([
            "requests",
            "--server",
            &server.url(),
            "--status",
            "pending",
            "--json",
        ])
        .output()
        .unwrap();
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["status"] == "Pending"));

    let out = desk()
        .args(["requests", "--server", &server.url()])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("REQUEST "), "{table}");
    assert!(
        table.contains("New smart card for Ada Lindqvist, Finance"),
        "{table}"
    );
    assert!(table.trim_end().ends_with("request(s)"), "{table}");
}

#[test]
fn requests_failure_is_one_line_and_a_non_zero_exit() {
    let server = sim(SimConfig {
        faults: Faults {
            api_disabled: true,
            ..Faults::default()
        },
        ..SimConfig::default()
    });
    let out = desk()
        .args(["requests", "--server", &server.url()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: the CM REST API is not enabled"),
        "{stderr}"
    );

    let out = desk()
        .args(["requests", "--server", "http://cm.example.org"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("must be reached over https"), "{stderr}");
}

#[test]
fn the_token_comes_from_the_environment_too() {
    let server = sim(SimConfig {
        auth: SimAuth::Bearer("t0ken".into()),
        ..SimConfig::default()
    });
    let denied = desk()
        .args(["requests", "--server", &server.url()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&denied.stderr).contains("401 Unauthorized"));
    let allowed = desk()
        .args(["requests", "--server", &server.url()])
        .env("ENROLL_DESK_TOKEN", "t0ken")
        .output()
        .unwrap();
    assert!(
        allowed.status.success(),
        "{}",
        String::from_utf8_lossy(&allowed.stderr)
    );
}

#[test]
fn the_sim_command_serves_until_stopped() {
    let mut child = desk()
        .args(["sim", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .to_owned();
    let requests = support::client_for(&url).list_requests(RequestFilter::default());
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(requests.unwrap().len() >= 30, "{line}");
}

#[test]
fn human_output_follows_the_language_and_json_never_does() {
    let server = sim(SimConfig::default());
    let url = server.url();
    let run = |env: (&str, &str), args: &[&str]| {
        let out = desk()
            .env(env.0, env.1)
            .args(["requests", "--server", url.as_str()])
            .args(args)
            .output()
            .unwrap();
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (english_json, _) = run(("LC_ALL", "C"), &["--json"]);
    for lang in ["nl", "de", "pt-BR", "ko"] {
        let (json, _) = run(("LC_ALL", "C"), &["--json", "--lang", lang]);
        assert_eq!(json, english_json, "--json changed with --lang {lang}");
    }

    let (table, _) = run(("LC_ALL", "de_AT.UTF-8"), &[]);
    assert!(table.starts_with("ANFORDERUNG "), "{table}");
    assert!(table.contains("Genehmigt"), "{table}");
    let german_date = table
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .nth(4)
        .unwrap();
    assert!(
        chrono::NaiveDate::parse_from_str(german_date, "%d.%m.%Y").is_ok(),
        "{table}"
    );
    assert!(table.trim_end().ends_with("Anforderungen"), "{table}");

    // --lang wins over the environment; errors are in the language too.
    let out = desk()
        .env("LANG", "de_DE.UTF-8")
        .args(["--lang", "ko", "requests"])
        .output()
        .unwrap();
    let error = String::from_utf8(out.stderr).unwrap();
    assert!(
        error.starts_with("오류: CM 서버가 지정되지 않았습니다"),
        "{error}"
    );
}
