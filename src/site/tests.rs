use std::path::{Path, PathBuf};

use super::*;
use crate::card::ChallengeMethod;
use crate::cm::AuthMethod;

const PATH: &str = "/etc/enroll-desk/site.toml";

fn parse(text: &str) -> Site {
    Site::parse(Path::new(PATH), text)
}

fn broken(text: &str) -> SiteFileError {
    match parse(text) {
        Site::Broken(error) => error,
        other => panic!("expected a broken file, got {other:?}"),
    }
}

#[test]
fn every_setting_is_read() {
    let site = parse(
        r#"
# pushed by IT
server = "https://cm.example.org"
sign_in = "negotiate"
ca_file = "/etc/ssl/example-ca.pem"
challenge = "piv-admin-key"
language = "nl"
demo = false
audit_dir = "/var/log/enroll-desk"
"#,
    );
    let Site::Loaded { policy, path } = &site else {
        panic!("{site:?}");
    };
    assert_eq!(path, Path::new(PATH));
    assert_eq!(policy.server.as_deref(), Some("https://cm.example.org"));
    assert_eq!(policy.auth, Some(AuthMethod::Negotiate));
    assert_eq!(
        policy.ca_file.as_deref(),
        Some(Path::new("/etc/ssl/example-ca.pem"))
    );
    assert_eq!(policy.challenge, Some(ChallengeMethod::PivAdminKey));
    assert_eq!(site.default_language(), Some(crate::i18n::Locale::Nl));
    assert!(!site.demo_allowed());
    let audit = site.audit_path().unwrap();
    assert!(audit.starts_with("/var/log/enroll-desk"), "{audit:?}");
    assert_eq!(audit.extension().unwrap(), "jsonl");
}

#[test]
fn an_empty_file_fixes_nothing_and_allows_demo() {
    let site = parse("");
    assert_eq!(site.policy().unwrap(), Some(&SitePolicy::default()));
    assert!(site.demo_allowed());
    assert!(site.admit_demo().is_ok());
    assert_eq!(site.locked(Locked::Server), None);
}

#[test]
fn a_missing_file_is_no_policy_and_an_unreadable_one_is_broken() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(Site::load_from(&dir.path().join("site.toml")), Site::Absent);
    // A directory where the file should be cannot be read as one.
    let Site::Broken(error) = Site::load_from(dir.path()) else {
        panic!("a directory is not a site file");
    };
    assert!(matches!(*error.problem, Problem::Unreadable { .. }));
    assert_eq!(error.line, None);
}

#[test]
fn a_mistake_is_named_with_its_line() {
    let syntax = broken("server = \"https://cm.example.org\"\n\nsign_in = negotiate\n");
    assert_eq!(syntax.line, Some(3));
    assert!(matches!(*syntax.problem, Problem::Syntax { .. }));

    let typo = broken("server = \"https://cm.example.org\"\nsever = \"x\"\n");
    assert_eq!(typo.line, Some(2));
    let words = typo.to_string();
    assert!(
        words.contains("line 2") && words.contains("sever"),
        "{words}"
    );

    let wrong = broken("\n\nsign_in = \"password\"\n");
    assert_eq!(wrong.line, Some(3));
    let words = wrong.to_string();
    assert!(
        words.contains("password") && words.contains("negotiate"),
        "{words}"
    );

    let kind = broken("demo = \"no\"\n");
    assert_eq!(kind.line, Some(1));
}

#[test]
fn a_server_the_desk_would_refuse_breaks_the_file() {
    let error = broken("server = \"http://cm.example.org\"\n");
    assert_eq!(error.line, Some(1));
    assert!(matches!(*error.problem, Problem::BadServer { .. }));
    assert!(error.to_string().contains("https"), "{error}");
}

#[test]
fn paths_must_be_absolute() {
    let error = broken("language = \"de\"\naudit_dir = \"logs\"\n");
    assert_eq!(error.line, Some(2));
    assert!(matches!(
        *error.problem,
        Problem::RelativePath {
            key: "audit_dir",
            ..
        }
    ));
}

#[test]
fn a_broken_file_refuses_every_server_and_demo() {
    let site = parse("server = [\n");
    assert!(matches!(site.policy(), Err(SiteRefusal::Broken(_))));
    assert!(!site.demo_allowed());
    assert!(site.admit_demo().is_err());
    assert!(site.admit_flag(Locked::Server, None).is_err());
}

#[test]
fn a_flag_may_repeat_the_site_value_but_not_change_it() {
    let site = parse("server = \"https://cm.example.org\"\nsign_in = \"bearer\"\n");
    assert!(
        site.admit_flag(Locked::Server, Some("https://CM.example.org/"))
            .is_ok()
    );
    assert!(site.admit_flag(Locked::Server, None).is_ok());
    let refused = site
        .admit_flag(Locked::Server, Some("https://evil.example.net"))
        .unwrap_err();
    let words = crate::i18n::in_english(|| refusal_words(&refused));
    assert!(
        words.contains("https://cm.example.org")
            && words.contains("--server")
            && words.contains("ENROLL_DESK_SERVER")
            && words.contains(PATH),
        "{words}"
    );
    assert!(site.admit_flag(Locked::SignIn, Some("negotiate")).is_err());
    assert!(site.admit_flag(Locked::SignIn, Some("Bearer")).is_ok());
    // Not fixed by the site: anything goes.
    assert!(site.admit_flag(Locked::CaFile, Some("/tmp/ca.pem")).is_ok());
}

#[test]
fn demo_off_is_refused_with_the_file_named() {
    let site = parse("demo = false\n");
    let words = crate::i18n::in_english(|| refusal_words(&site.admit_demo().unwrap_err()));
    assert!(words.contains(PATH), "{words}");
}

#[test]
fn each_officer_gets_a_folder_of_their_own_in_the_audit_directory() {
    let site = parse("audit_dir = \"/srv/audit\"\n");
    let path = site.audit_path().unwrap();
    assert_eq!(path.file_name().unwrap(), "audit.jsonl");
    let account = path.parent().unwrap();
    assert_eq!(
        account.parent(),
        Some(PathBuf::from("/srv/audit").as_path())
    );
    let name = account.file_name().unwrap().to_str().unwrap();
    assert!(
        !name.is_empty() && !name.contains(['/', '\\', ' ']),
        "{name}"
    );
}
