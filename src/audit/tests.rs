use super::*;

fn entry(action: &str) -> AuditEntry {
    AuditEntry {
        server: "https://cm.example.org".into(),
        action: action.into(),
        outcome: "ok".into(),
        ..Default::default()
    }
}

#[test]
fn entries_are_whole_json_lines_with_time_and_user() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("audit.jsonl");
    let mut log = AuditLog::open(&path, DEFAULT_MAX_BYTES).unwrap();
    log.append(entry("refresh")).unwrap();
    log.append(AuditEntry {
        request: Some(Uuid::nil()),
        ..entry("bind")
    })
    .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["action"], "bind");
    assert!(chrono::DateTime::parse_from_rfc3339(lines[0]["time"].as_str().unwrap()).is_ok());
    assert!(!lines[0]["user"].as_str().unwrap().is_empty());
    let mut keys: Vec<&str> = lines[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "action",
            "card_id",
            "outcome",
            "request",
            "server",
            "sign_in",
            "signed_in_as",
            "smartcard",
            "time",
            "user"
        ]
    );
}

#[test]
fn the_identity_the_server_accepted_is_named_with_how() {
    let kerberos = SignedIn::Kerberos {
        principal: "officer@EXAMPLE.ORG".into(),
    };
    assert_eq!(
        accepted_identity(false, Some(&kerberos)),
        (Some("officer@EXAMPLE.ORG".into()), "kerberos".into())
    );
    let token = SignedIn::BearerToken {
        user: Some("officer@example.org".into()),
    };
    assert_eq!(
        accepted_identity(false, Some(&token)),
        (Some("officer@example.org".into()), "bearer token".into())
    );
    let nameless = SignedIn::BearerToken { user: None };
    assert_eq!(
        accepted_identity(false, Some(&nameless)),
        (None, "bearer token".into())
    );
    assert_eq!(
        accepted_identity(true, None),
        (Some("demo".into()), "demo".into())
    );
    assert_eq!(
        accepted_identity(false, None),
        (None, "not signed in".into())
    );
}

#[test]
fn rotates_by_size_and_keeps_a_bounded_number_of_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.jsonl");
    let mut log = AuditLog::open(&path, 300).unwrap();
    for _ in 0..40 {
        log.append(entry("refresh")).unwrap();
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    // The kept files, the current one, and the lock the desks share.
    assert_eq!(
        names,
        [
            "audit.1.jsonl",
            "audit.2.jsonl",
            "audit.3.jsonl",
            "audit.4.jsonl",
            "audit.5.jsonl",
            "audit.jsonl",
            "audit.lock"
        ]
    );
    assert_eq!(KEEP_ROTATED, 5);
    assert!(std::fs::metadata(&path).unwrap().len() < 300 + 400);
}
