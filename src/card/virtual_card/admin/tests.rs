use super::super::testing::{SELECT_PIV, command, prove, prove_admin_key, selected, send, sw};
use super::*;

const GENERATE_P256: &str = "0047009a05ac03800111";

#[test]
fn mutual_authentication_as_yubico_piv_tool_does_it() {
    let mut card = selected();
    let key = AdminKey::default();
    let (sealed, status) = command(
        &mut card,
        0x87,
        0x03,
        0x9B,
        &hex::decode("7c028000").unwrap(),
    );
    assert_eq!(
        (status, &sealed[..4]),
        (0x9000, &[0x7C, 0x0A, 0x80, 0x08][..])
    );
    let witness = key.decrypt(&sealed[4..]).unwrap();
    let challenge = [7u8; 8];
    let mut data = vec![0x7C, 0x14, 0x80, 0x08];
    data.extend(&witness);
    data.extend([0x81, 0x08]);
    data.extend(challenge);
    let (proof, status) = command(&mut card, 0x87, 0x03, 0x9B, &data);
    assert_eq!(status, 0x9000);
    assert_eq!(proof[..4], [0x7C, 0x0A, 0x82, 0x08]);
    assert_eq!(
        proof[4..],
        key.encrypt(&challenge).unwrap(),
        "the card knows the key"
    );
    assert_eq!(sw(&mut card, GENERATE_P256), "9000", "administrable");
}

#[test]
fn a_challenge_answered_encrypted_proves_the_key_too() {
    let mut card = selected();
    let key = AdminKey::default();
    assert_eq!(
        sw(&mut card, "0087039b047c028300"),
        "6a80",
        "no tag it knows"
    );
    assert_eq!(
        sw(&mut card, "0087039b0c7c0a82080102030405060708"),
        "6985",
        "nothing issued"
    );
    let issued = send(&mut card, "0087039b047c028100");
    assert_eq!(&issued[..8], "7c0a8108");
    let challenge = hex::decode(&issued[8..24]).unwrap();
    let wrong = hex::encode(key.encrypt(&[0; 8]).unwrap());
    assert_eq!(sw(&mut card, &format!("0087039b0c7c0a8208{wrong}")), "6982");
    let right = hex::encode(key.encrypt(&challenge).unwrap());
    assert_eq!(
        sw(&mut card, &format!("0087039b0c7c0a8208{right}")),
        "6985",
        "one try"
    );
    assert_eq!(sw(&mut card, GENERATE_P256), "6982");
    let issued = send(&mut card, "0087039b047c028100");
    let challenge_2 = hex::decode(&issued[8..24]).unwrap();
    assert_ne!(challenge, challenge_2);
    let right = hex::encode(key.encrypt(&challenge_2).unwrap());
    assert_eq!(sw(&mut card, &format!("0087039b0c7c0a8208{right}")), "9000");
    assert_eq!(sw(&mut card, GENERATE_P256), "9000");
}

#[test]
fn the_proof_lasts_until_reset() {
    let mut card = selected();
    prove_admin_key(&mut card);
    card.reset();
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(sw(&mut card, GENERATE_P256), "6982");
}

#[test]
fn set_management_key_replaces_the_key_once_the_old_one_is_proven() {
    let mut card = selected();
    let new = "0f0e0d0c0b0a09080706050403020100f1f2f3f4f5f6f7f8";
    assert_eq!(sw(&mut card, &format!("00ffffff1b039b18{new}")), "6982");
    prove_admin_key(&mut card);
    assert_eq!(sw(&mut card, &format!("00ffffff1b039b18{new}")), "9000");
    assert_eq!(
        send(&mut card, "00f7009b00"),
        "010103020200010501009000",
        "no longer the default"
    );
    card.reset();
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    let (sealed, _) = command(
        &mut card,
        0x87,
        0x03,
        0x9B,
        &hex::decode("7c028000").unwrap(),
    );
    let by_old_key = AdminKey::default().decrypt(&sealed[4..]).unwrap();
    let mut answer = hex::decode("7c0a8008").unwrap();
    answer.extend(by_old_key);
    assert_eq!(command(&mut card, 0x87, 0x03, 0x9B, &answer).1, 0x6982);
    let new_key = AdminKey::from_hex(new).unwrap();
    prove(&mut card, &new_key);
    // AES-128 too, with the touch flag (P2 FE) a virtual card ignores.
    let aes = "00112233445566778899aabbccddeeff";
    assert_eq!(sw(&mut card, &format!("00fffffe13089b10{aes}")), "9000");
    assert_eq!(
        sw(&mut card, "0087039b047c028000"),
        "6a86",
        "no longer 3DES"
    );
    prove(&mut card, &AdminKey::from_hex(aes).unwrap());
}

#[test]
fn set_management_key_refuses_what_it_cannot_take() {
    let mut card = selected();
    prove_admin_key(&mut card);
    let key = "0f0e0d0c0b0a09080706050403020100f1f2f3f4f5f6f7f8";
    for (command, why) in [
        (format!("00ffffff1b089b18{key}"), "3DES bytes called AES"),
        (format!("00ffffff1b039b17{key}"), "length byte wrong"),
        (format!("00ffffff1b039a18{key}"), "not the 9B key"),
        (format!("00ffffff230c9b20{key}0102030405060708"), "AES-256"),
        ("00ffffff02039b".to_owned(), "cut short"),
    ] {
        assert_eq!(sw(&mut card, &command), "6a80", "{why}");
    }
    assert_eq!(sw(&mut card, &format!("00fffeff1b039b18{key}")), "6a86");
    assert_eq!(sw(&mut card, &format!("00ffff001b039b18{key}")), "6a86");
    assert_eq!(
        send(&mut card, "00f7009b00"),
        "010103020200010501019000",
        "unchanged"
    );
}
