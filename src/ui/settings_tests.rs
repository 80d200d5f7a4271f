use super::*;
use crate::card::{AdminKeyAlgorithm, ChallengeMethod};

fn with_token(remember: bool) -> Settings {
    Settings {
        server: "https://cm.example.org".into(),
        token: "secret-bearer-token".into(),
        remember_token: remember,
        byte_order: GuidByteOrder::Rfc4122,
        pin_timeout_secs: 90,
        ..Settings::default()
    }
}

#[test]
fn the_token_never_goes_to_the_settings_file() {
    for remember in [false, true] {
        let stored = with_token(remember).stored();
        let text = serde_json::to_string(&stored).unwrap();
        assert!(!text.contains("secret-bearer-token"), "{text}");
        assert_eq!(stored.remember_token, remember, "the choice itself is kept");
    }
}

#[test]
fn settings_survive_a_round_trip_and_old_files_get_defaults() {
    let settings = with_token(false).stored();
    let back: Settings = serde_json::from_str(&serde_json::to_string(&settings).unwrap()).unwrap();
    assert_eq!(back, settings);
    let old: Settings = serde_json::from_str(r#"{"server":"https://x.example"}"#).unwrap();
    assert_eq!(old.pin_timeout_secs, PIN_TIMEOUT_DEFAULT_SECS);
    assert_eq!(old.byte_order, GuidByteOrder::Microsoft);
    assert_eq!(old.challenge, ChallengeChoice::default());
    let forced: Settings =
        serde_json::from_str(r#"{"challenge":{"method":"PivAdminKey","algorithm":"Aes128"}}"#)
            .unwrap();
    assert_eq!(forced.challenge.method, ChallengeMethod::PivAdminKey);
    assert_eq!(forced.challenge.algorithm, AdminKeyAlgorithm::Aes128);
    assert_eq!(old.auth, AuthMethod::Auto);
    let kerberos: Settings = serde_json::from_str(r#"{"auth":"negotiate"}"#).unwrap();
    assert_eq!(kerberos.auth, AuthMethod::Negotiate);
}

#[test]
fn debug_output_never_shows_the_token() {
    let shown = format!("{:?}", with_token(true));
    assert!(!shown.contains("secret-bearer-token"), "{shown}");
    assert!(shown.contains("[set]"));
}

#[test]
fn a_pin_timeout_out_of_range_is_clamped() {
    let settings = Settings {
        pin_timeout_secs: 0,
        ..Settings::default()
    };
    assert_eq!(settings.pin_timeout(), 10.0);
    assert_eq!(settings.stored().pin_timeout_secs, 10);
}
