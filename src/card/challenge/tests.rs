use uuid::Uuid;

use super::*;
use crate::card::VirtualCard;
use crate::card::admin_key::AdminKey;

/// The virtual card as a session, recording what was sent.
struct Played {
    card: VirtualCard,
    sent: Vec<String>,
}

impl CardSession for Played {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        self.sent.push(hex::encode(apdu));
        self.card.process(apdu).ok_or(CardError::CardRemoved)
    }
}

fn played(card: VirtualCard) -> Played {
    Played { card, sent: vec![] }
}

fn answer(session: &mut Played, apdu: &[u8]) -> String {
    hex::encode(session.transmit(apdu).unwrap())
}

/// Sends `response` back to the card's admin key (`7C .. 80 n response`).
fn respond(session: &mut Played, algorithm: u8, response: &[u8]) -> String {
    let mut template = vec![0x80, response.len() as u8];
    template.extend_from_slice(response);
    let mut data = vec![0x7C, template.len() as u8];
    data.extend(template);
    answer(
        session,
        &apdu::general_authenticate(algorithm, ADMIN_KEY_REF, &data),
    )
}

const AUTO: ChallengeChoice = ChallengeChoice {
    method: ChallengeMethod::Automatic,
    algorithm: AdminKeyAlgorithm::Automatic,
};

#[test]
fn a_piv_card_gives_its_admin_key_witness_as_the_minidriver_asks() {
    let mut card = played(VirtualCard::new(Some(Uuid::new_v4())));
    let challenge = card_challenge(&mut card, AUTO).unwrap();
    assert_eq!(challenge.witness_of, Some(AdminKeyAlgorithm::Tdes));
    assert_eq!(challenge.bytes.len(), 8);
    assert_eq!(
        card.sent[1..],
        ["00f7009b00", "0087039b047c02800000"],
        "metadata, then the 9B witness"
    );
    // Whoever knows the key decrypts the witness; the card takes it once.
    let clear = AdminKey::default().decrypt(&challenge.bytes).unwrap();
    assert_eq!(respond(&mut card, 0x03, &clear), "9000");
    assert_eq!(respond(&mut card, 0x03, &clear), "6985", "used up");
}

#[test]
fn an_aes_card_says_so_in_its_metadata_and_gives_16_bytes() {
    let key = AdminKey::from_hex("000102030405060708090a0b0c0d0e0f").unwrap();
    let mut card = played(VirtualCard::new(Some(Uuid::new_v4())).with_admin_key(key.clone()));
    let challenge = card_challenge(&mut card, AUTO).unwrap();
    assert_eq!(challenge.witness_of, Some(AdminKeyAlgorithm::Aes128));
    assert_eq!(challenge.bytes.len(), 16);
    let wrong = vec![0u8; 16];
    assert_eq!(respond(&mut card, 0x08, &wrong), "6982", "a wrong answer");
    let challenge = card_challenge(&mut card, AUTO).unwrap();
    let clear = key.decrypt(&challenge.bytes).unwrap();
    assert_eq!(respond(&mut card, 0x08, &clear), "9000");
}

#[test]
fn without_metadata_the_key_is_taken_for_3des_unless_forced() {
    let key = AdminKey::from_hex("000102030405060708090a0b0c0d0e0f").unwrap();
    let card = VirtualCard::new(Some(Uuid::new_v4()))
        .with_admin_key(key)
        .without_metadata();
    let mut session = played(card.clone());
    assert_eq!(
        card_challenge(&mut session, AUTO),
        Err(CardError::CardStatus {
            command: "GENERAL AUTHENTICATE (admin key 9B witness)",
            sw: 0x6A86
        }),
        "3DES asked of an AES key"
    );
    let forced = ChallengeChoice {
        algorithm: AdminKeyAlgorithm::Aes128,
        ..AUTO
    };
    let challenge = card_challenge(&mut played(card), forced).unwrap();
    assert_eq!(challenge.bytes.len(), 16);
}

#[test]
fn a_card_without_piv_gives_get_challenge_unless_the_admin_key_is_required() {
    let mut card = played(VirtualCard::new(None));
    let challenge = card_challenge(&mut card, AUTO).unwrap();
    assert_eq!((challenge.bytes.len(), challenge.witness_of), (8, None));
    assert_eq!(card.sent.last().map(String::as_str), Some("0084000008"));
    let required = ChallengeChoice {
        method: ChallengeMethod::PivAdminKey,
        ..AUTO
    };
    assert_eq!(
        card_challenge(&mut card, required),
        Err(CardError::NoAdminKey)
    );
    let mut piv = played(VirtualCard::new(Some(Uuid::new_v4())));
    let plain = ChallengeChoice {
        method: ChallengeMethod::GetChallenge,
        ..AUTO
    };
    assert_eq!(card_challenge(&mut piv, plain).unwrap().witness_of, None);
    assert_eq!(piv.sent, ["0084000008"], "nothing but GET CHALLENGE");
}

#[test]
fn a_reset_forgets_the_witness() {
    let mut card = played(VirtualCard::new(Some(Uuid::new_v4())));
    let challenge = card_challenge(&mut card, AUTO).unwrap();
    let clear = AdminKey::default().decrypt(&challenge.bytes).unwrap();
    card.card.reset();
    answer(&mut card, &apdu::select_aid(&PIV_AID));
    assert_eq!(respond(&mut card, 0x03, &clear), "6985");
}

#[test]
fn odd_witness_answers_are_refused_in_words() {
    struct Scripted(Vec<String>);
    impl CardSession for Scripted {
        fn transmit(&mut self, _: &[u8]) -> Result<Vec<u8>, CardError> {
            Ok(hex::decode(self.0.remove(0).replace(' ', "")).unwrap())
        }
    }
    let script = |answers: &[&str]| Scripted(answers.iter().map(|a| a.to_string()).collect());
    let tdes = ChallengeChoice {
        algorithm: AdminKeyAlgorithm::Tdes,
        ..AUTO
    };
    for (answer, words) in [
        ("7c0680040102030490 00", "has 4 bytes, not the 8 of 3DES"),
        ("7c0a81080102030405060708 9000", "no tag 80"),
        ("8008010203040506070890 00", "no tag 7C"),
    ] {
        let mut card = script(&["9000", answer]);
        let error = card_challenge(&mut card, tdes).unwrap_err();
        assert!(error.to_string().contains(words), "{error}");
    }
    let mut card = script(&["9000", "010111 9000"]);
    let error = card_challenge(&mut card, AUTO).unwrap_err();
    assert!(error.to_string().contains("algorithm 11"), "{error}");
}
