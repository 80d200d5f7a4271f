use std::time::Duration;

use uuid::Uuid;

use super::super::testing::{SELECT_PIV, command, prove_admin_key, selected, send, sw};
use super::*;

/// Generates a key of `algorithm` in `slot` on a card whose admin key is proven.
fn generate(card: &mut VirtualCard, slot: u8, algorithm: u8) -> (Vec<u8>, u16) {
    command(card, 0x47, 0x00, slot, &[0xAC, 0x03, 0x80, 0x01, algorithm])
}

fn administrable() -> VirtualCard {
    let mut card = selected();
    prove_admin_key(&mut card);
    card
}

#[test]
fn ec_keys_come_back_as_an_uncompressed_point() {
    let mut card = administrable();
    for (slot, algorithm, point_len) in [(0x9A, ECC_P256, 65), (0x9E, ECC_P384, 97)] {
        let (public, status) = generate(&mut card, slot, algorithm);
        assert_eq!(status, 0x9000);
        assert_eq!(public[..5], [0x7F, 0x49, point_len + 2, 0x86, point_len]);
        assert_eq!(public[5], 0x04, "uncompressed");
        assert_eq!(public.len(), 5 + usize::from(point_len));
    }
    let (public, _) = generate(&mut card, 0x9A, ECC_P256);
    assert!(p256::ecdsa::VerifyingKey::from_sec1_bytes(&public[5..]).is_ok());
}

#[test]
fn an_rsa_key_comes_back_in_two_parts_and_holds_back_for_the_keygen_time() {
    let mut card = VirtualCard::new(Some(Uuid::new_v4())).with_keygen_time(Duration::from_secs(42));
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    prove_admin_key(&mut card);
    let answer = card
        .answer(&hex::decode("0047009a05ac03800107").unwrap())
        .unwrap();
    assert_eq!(answer.hold_back, Duration::from_secs(42));
    assert_eq!(answer.apdu.len(), 258);
    assert_eq!(
        answer.apdu[..9],
        [0x7F, 0x49, 0x82, 0x01, 0x09, 0x81, 0x82, 0x01, 0x00]
    );
    assert_eq!(answer.apdu[256..], [0x61, 14], "270 bytes in all");
    let rest = card.answer(&[0x00, 0xC0, 0x00, 0x00, 14]).unwrap();
    assert_eq!(rest.hold_back, Duration::ZERO);
    assert_eq!(rest.apdu.len(), 14 + 2);
    assert!(
        rest.apdu
            .ends_with(&[0x82, 0x03, 0x01, 0x00, 0x01, 0x90, 0x00]),
        "e = 65537"
    );
    let ec = card
        .answer(&hex::decode("0047009c05ac03800111").unwrap())
        .unwrap();
    assert_eq!(ec.hold_back, Duration::ZERO, "only RSA is slow");
}

#[test]
fn generation_needs_the_admin_key_a_key_slot_and_an_algorithm_the_card_makes() {
    let mut card = selected();
    assert_eq!(sw(&mut card, "0047009a05ac03800111"), "6982");
    prove_admin_key(&mut card);
    for (apdu, status, why) in [
        ("0047009b05ac03800111", "6b00", "the admin key's reference"),
        ("0047008005ac03800111", "6b00", "the PIN's reference"),
        ("004700f905ac03800111", "6b00", "Yubico's attestation slot"),
        ("0047019a05ac03800111", "6a86", "P1"),
        ("0047009a05ac03800106", "6a80", "RSA-1024"),
        ("0047009a05ac03800103", "6a80", "3DES"),
        ("0047009a05ac03800115", "6a80", "Ed25519"),
        ("0047009a05ad03800111", "6a80", "not a control template"),
        ("0047009a08ac06800111aa0104", "6a80", "no such PIN policy"),
        ("0047009a08ac06800111ab0104", "6a80", "no such touch policy"),
        ("0047009a00", "6a80", "no template"),
    ] {
        assert_eq!(sw(&mut card, apdu), status, "{why}");
    }
    assert_eq!(
        sw(&mut card, "0047008205ac03800111"),
        "9000",
        "a retired slot"
    );
    assert_eq!(
        sw(&mut card, "0047009508ac06800114aa0101"),
        "9000",
        "with a PIN policy"
    );
}

#[test]
fn keys_survive_a_reset_and_their_metadata_tells_them() {
    let mut card = administrable();
    assert_eq!(send(&mut card, "00f7009a00"), "6a88", "an empty slot");
    let (public, _) = command(
        &mut card,
        0x47,
        0x00,
        0x9A,
        &hex::decode("ac06800111aa0103").unwrap(),
    );
    card.reset();
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    let (metadata, status) = command(&mut card, 0xF7, 0x00, 0x9A, &[]);
    assert_eq!(status, 0x9000);
    let mut expected = hex::decode("010111020203010301 01".replace(" ", "")).unwrap();
    expected.extend(crate::card::chuid::encode_tlv(0x04, &public[3..]));
    assert_eq!(
        metadata, expected,
        "P-256, PIN always, touch never, generated, its point"
    );
    assert_eq!(send(&mut card, "00f7019a00"), "6a86");
    let (rsa, _) = {
        prove_admin_key(&mut card);
        generate(&mut card, 0x9D, RSA_2048)
    };
    let (metadata, _) = command(&mut card, 0xF7, 0x00, 0x9D, &[]);
    assert_eq!(
        metadata[..7],
        hex::decode("01010702020201").unwrap()[..],
        "PIN once by default"
    );
    assert!(metadata.ends_with(&rsa[5..]), "the modulus and exponent");
}
