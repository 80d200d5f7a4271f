use super::super::testing::{command, prove_admin_key, selected, send, sw};

/// PUT DATA of an object of `len` bytes in tag 5FC105 (a certificate's).
fn put_certificate_object(len: usize) -> Vec<u8> {
    let content: Vec<u8> = (0..len).map(|i| i as u8).collect();
    let mut data = hex::decode("5c035fc105").unwrap();
    data.extend(crate::card::chuid::encode_tlv(0x53, &content));
    data
}

#[test]
fn a_chained_command_is_put_together_and_a_long_answer_fetched_in_parts() {
    let mut card = selected();
    prove_admin_key(&mut card);
    let data = put_certificate_object(900);
    let parts: Vec<&[u8]> = data.chunks(255).collect();
    assert_eq!(parts.len(), 4);
    for part in &parts[..3] {
        let mut apdu = vec![0x10, 0xDB, 0x3F, 0xFF, part.len() as u8];
        apdu.extend_from_slice(part);
        assert_eq!(card.process(&apdu).unwrap(), [0x90, 0x00]);
    }
    let mut last = vec![0x00, 0xDB, 0x3F, 0xFF, parts[3].len() as u8];
    last.extend_from_slice(parts[3]);
    assert_eq!(card.process(&last).unwrap(), [0x90, 0x00]);

    // OpenSC's way: a short Le for the length, then the object in parts.
    let first = send(&mut card, "00cb3fff055c035fc10508");
    assert_eq!(
        first,
        "5382038400010203 6100".replace(' ', ""),
        "8 bytes, 896 waiting"
    );
    let answer = send(&mut card, "00cb3fff055c035fc10500");
    assert_eq!(answer.len(), 2 * 258);
    assert_eq!(&answer[answer.len() - 4..], "6100", "256 or more waiting");
    let (whole, status) = command(
        &mut card,
        0xCB,
        0x3F,
        0xFF,
        &hex::decode("5c035fc105").unwrap(),
    );
    assert_eq!(status, 0x9000);
    assert_eq!(whole, data[5..], "the stored 53 TLV");
    let le_10 = send(&mut card, "00c000000a");
    assert_eq!(le_10, "6985", "nothing left waiting");
}

#[test]
fn get_response_gives_what_le_asks_and_says_what_is_left() {
    let mut card = selected();
    prove_admin_key(&mut card);
    assert_eq!(
        command(&mut card, 0xDB, 0x3F, 0xFF, &put_certificate_object(300)).1,
        0x9000
    );
    let first = send(&mut card, "00cb3fff055c035fc105");
    assert_eq!(
        &first[first.len() - 4..],
        "6130",
        "304 bytes: 256 sent, 48 waiting"
    );
    let next = send(&mut card, "00c0000010");
    assert_eq!((next.len(), &next[next.len() - 4..]), (2 * 18, "6120"));
    assert_eq!(sw(&mut card, "00c0010000"), "6a86");
    let rest = send(&mut card, "00c0000000");
    assert_eq!((rest.len(), &rest[rest.len() - 4..]), (2 * 34, "9000"));
    // Another command drops what was waiting.
    let first: String = send(&mut card, "00cb3fff055c035fc105");
    assert!(first.ends_with("6130"));
    assert_eq!(sw(&mut card, "0020008000"), "63c3");
    assert_eq!(sw(&mut card, "00c0000000"), "6985");
}

#[test]
fn another_command_between_the_parts_ends_the_chain() {
    let mut card = selected();
    prove_admin_key(&mut card);
    let data = put_certificate_object(400);
    let (head, tail) = data.split_at(255);
    let mut first = vec![0x10, 0xDB, 0x3F, 0xFF, 255];
    first.extend_from_slice(head);
    assert_eq!(card.process(&first).unwrap(), [0x90, 0x00]);
    assert_eq!(sw(&mut card, "0020008000"), "63c3", "answered on its own");
    let mut last = vec![0x00, 0xDB, 0x3F, 0xFF, tail.len() as u8];
    last.extend_from_slice(tail);
    assert_eq!(
        card.process(&last).unwrap(),
        [0x6A, 0x80],
        "only the tail arrived"
    );
    assert_eq!(sw(&mut card, "00cb3fff055c035fc10500"), "6a82");
}

#[test]
fn too_long_a_chain_and_unknown_classes_are_refused() {
    let mut card = selected();
    let part = format!("10db3fffff{}", "00".repeat(255));
    for _ in 0..16 {
        assert_eq!(sw(&mut card, &part), "9000");
    }
    assert_eq!(sw(&mut card, &part), "6700", "over 4 KB");
    assert_eq!(sw(&mut card, "80cb3fff035c017e"), "6e00");
    assert_eq!(sw(&mut card, "0c20008000"), "6e00", "secure messaging");
}

#[test]
fn answers_without_le_come_whole_up_to_256_bytes() {
    let mut card = selected();
    let discovery = send(&mut card, "00cb3fff035c017e");
    assert_eq!(discovery, "7e124f0ba0000003080000100001005f2f0240009000");
    assert_eq!(
        send(&mut card, "00cb3fff035c017e04"),
        "7e124f0b6110",
        "4 bytes asked"
    );
}
