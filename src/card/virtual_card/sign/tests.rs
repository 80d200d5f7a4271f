use p256::ecdsa::signature::hazmat::PrehashVerifier;
use rsa::{Pkcs1v15Sign, RsaPublicKey};
use sha2::{Digest, Sha256, Sha384};

use super::super::testing::{command, prove_admin_key, selected, sw, verify_pin};
use super::*;

/// A card with a key of `algorithm` in `slot`; its public key fields.
fn card_with_key(slot: u8, algorithm: u8) -> (VirtualCard, Vec<u8>) {
    let mut card = selected();
    prove_admin_key(&mut card);
    let (public, status) = command(
        &mut card,
        0x47,
        0,
        slot,
        &[0xAC, 0x03, 0x80, 0x01, algorithm],
    );
    assert_eq!(status, 0x9000);
    card.reset();
    assert_eq!(sw(&mut card, super::super::testing::SELECT_PIV), "9000");
    (card, public)
}

/// GENERAL AUTHENTICATE as OpenSC and yubico-piv-tool send it.
fn sign_with(card: &mut VirtualCard, algorithm: u8, slot: u8, input: &[u8]) -> (Vec<u8>, u16) {
    let mut template = vec![0x82, 0x00];
    template.extend(encode_tlv(0x81, input));
    let (answer, status) = command(card, 0x87, algorithm, slot, &encode_tlv(0x7C, &template));
    if status != 0x9000 {
        return (answer, status);
    }
    let outer = parse_tlvs(&answer).unwrap();
    assert_eq!(outer[0].tag, 0x7C);
    let inner = parse_tlvs(outer[0].value).unwrap();
    assert_eq!(inner[0].tag, 0x82);
    (inner[0].value.to_vec(), status)
}

/// The PKCS#1 v1.5 block a client pads a SHA-256 hash into, 256 bytes.
fn pkcs1_block(hash: &[u8]) -> Vec<u8> {
    let digest_info = [
        hex::decode("3031300d060960864801650304020105000420").unwrap(),
        hash.to_vec(),
    ]
    .concat();
    let mut block = vec![0x00, 0x01];
    block.resize(256 - digest_info.len() - 1, 0xFF);
    block.push(0x00);
    block.extend(digest_info);
    block
}

#[test]
fn rsa_is_the_raw_private_key_operation_on_the_whole_block() {
    let (mut card, public) = card_with_key(0x9A, 0x07);
    let template = parse_tlvs(&public).unwrap();
    let fields = parse_tlvs(template[0].value).unwrap();
    let key = RsaPublicKey::new(
        BigUint::from_bytes_be(fields[0].value),
        BigUint::from_bytes_be(fields[1].value),
    )
    .unwrap();
    let hash = Sha256::digest(b"to be signed");
    verify_pin(&mut card);
    let (signature, status) = sign_with(&mut card, 0x07, 0x9A, &pkcs1_block(&hash));
    assert_eq!(status, 0x9000);
    assert_eq!(signature.len(), 256);
    assert!(
        key.verify(Pkcs1v15Sign::new::<Sha256>(), &hash, &signature)
            .is_ok()
    );
    assert_eq!(
        sign_with(&mut card, 0x07, 0x9A, &pkcs1_block(&hash)[1..]).1,
        0x6A80,
        "255 bytes"
    );
    assert_eq!(
        sign_with(&mut card, 0x07, 0x9A, &[0xFF; 256]).1,
        0x6A80,
        "not below the modulus"
    );
    assert_eq!(
        sign_with(&mut card, 0x11, 0x9A, &hash).1,
        0x6A86,
        "not an EC key"
    );
}

#[test]
fn ecdsa_signs_the_hash_fitted_to_the_field_and_answers_der() {
    let (mut card, public) = card_with_key(0x9E, 0x11);
    let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&public[5..]).unwrap();
    let sha256 = Sha256::digest(b"message");
    let sha384 = Sha384::digest(b"message");
    let sha1_like = &sha256[..20];
    for (input, signed) in [
        (&sha256[..], sha256.to_vec()),
        (&sha384[..], sha384[..32].to_vec()),
        (sha1_like, [vec![0u8; 12], sha1_like.to_vec()].concat()),
    ] {
        let (der, status) = sign_with(&mut card, 0x11, 0x9E, input);
        assert_eq!(status, 0x9000);
        let signature = p256::ecdsa::Signature::from_der(&der).unwrap();
        assert!(
            key.verify_prehash(&signed, &signature).is_ok(),
            "{} bytes",
            input.len()
        );
    }
    let (mut card, public) = card_with_key(0x9E, 0x14);
    let key = p384::ecdsa::VerifyingKey::from_sec1_bytes(&public[5..]).unwrap();
    let (der, _) = sign_with(&mut card, 0x14, 0x9E, &sha256);
    let signature = p384::ecdsa::Signature::from_der(&der).unwrap();
    let padded = [vec![0u8; 16], sha256.to_vec()].concat();
    assert!(key.verify_prehash(&padded, &signature).is_ok());
}

#[test]
fn each_slot_asks_for_the_pin_its_own_way() {
    let hash = Sha256::digest(b"x");
    // 9A: the PIN once in the session.
    let (mut card, _) = card_with_key(0x9A, 0x11);
    assert_eq!(sign_with(&mut card, 0x11, 0x9A, &hash).1, 0x6982);
    verify_pin(&mut card);
    assert_eq!(sw(&mut card, "00cb3fff035c017e"), "9000");
    assert_eq!(sign_with(&mut card, 0x11, 0x9A, &hash).1, 0x9000);
    assert_eq!(sign_with(&mut card, 0x11, 0x9A, &hash).1, 0x9000);
    // 9C: the PIN right before each signature.
    let (mut card, _) = card_with_key(0x9C, 0x11);
    verify_pin(&mut card);
    assert_eq!(sw(&mut card, "00cb3fff035c017e"), "9000");
    assert_eq!(
        sign_with(&mut card, 0x11, 0x9C, &hash).1,
        0x6982,
        "a command in between"
    );
    verify_pin(&mut card);
    assert_eq!(sign_with(&mut card, 0x11, 0x9C, &hash).1, 0x9000);
    assert_eq!(
        sign_with(&mut card, 0x11, 0x9C, &hash).1,
        0x6982,
        "once per VERIFY"
    );
    // 9E: never.
    let (mut card, _) = card_with_key(0x9E, 0x11);
    assert_eq!(sign_with(&mut card, 0x11, 0x9E, &hash).1, 0x9000);
}

#[test]
fn odd_sign_commands_are_refused() {
    let (mut card, _) = card_with_key(0x9E, 0x11);
    assert_eq!(
        sign_with(&mut card, 0x11, 0x9D, &[1; 32]).1,
        0x6A88,
        "an empty slot"
    );
    assert_eq!(
        sign_with(&mut card, 0x11, 0x9E, &[]).1,
        0x6A80,
        "nothing to sign"
    );
    for (data, why) in [
        (
            "7c2281 20 0101010101010101010101010101010101010101010101010101010101010101",
            "no 82 asked",
        ),
        ("7c0482008100", "empty 81"),
        ("7d028200", "not 7C"),
        ("7c05820081", "cut short"),
    ] {
        let data = hex::decode(data.replace(' ', "")).unwrap();
        assert_eq!(
            command(&mut card, 0x87, 0x11, 0x9E, &data).1,
            0x6A80,
            "{why}"
        );
    }
}
