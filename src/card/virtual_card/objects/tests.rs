use super::super::testing::{SELECT_PIV, command, prove_admin_key, selected, send, sw, verify_pin};
use super::*;

fn put(card: &mut VirtualCard, tag: &str, content: &[u8]) -> u16 {
    let mut data = hex::decode(tag).unwrap();
    data.extend(encode_tlv(0x53, content));
    command(card, 0xDB, 0x3F, 0xFF, &data).1
}

fn get(card: &mut VirtualCard, tag_list: &str) -> (Vec<u8>, u16) {
    command(card, 0xCB, 0x3F, 0xFF, &hex::decode(tag_list).unwrap())
}

#[test]
fn a_certificate_object_is_written_read_and_deleted() {
    let mut card = selected();
    let certificate: Vec<u8> = (0..1200).map(|i| (i % 251) as u8).collect();
    let mut content = encode_tlv(0x70, &certificate);
    content.extend(hex::decode("710100fe00").unwrap());
    assert_eq!(
        put(&mut card, "5c035fc10a", &content),
        0x6982,
        "admin key first"
    );
    prove_admin_key(&mut card);
    assert_eq!(get(&mut card, "5c035fc10a").1, 0x6A82);
    assert_eq!(put(&mut card, "5c035fc10a", &content), 0x9000);
    card.reset();
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(
        get(&mut card, "5c035fc10a"),
        (encode_tlv(0x53, &content), 0x9000),
        "kept over a reset"
    );
    prove_admin_key(&mut card);
    assert_eq!(put(&mut card, "5c035fc10a", &[]), 0x9000);
    assert_eq!(
        get(&mut card, "5c035fc10a").1,
        0x6A82,
        "an empty 53 deletes"
    );
}

#[test]
fn a_fresh_card_holds_its_chuid_discovery_and_printed_information() {
    let mut card = selected();
    let (chuid, status) = get(&mut card, "5c035fc102");
    assert_eq!((status, chuid[0]), (0x9000, 0x53));
    assert_eq!(
        send(&mut card, "00cb3fff035c017e00"),
        "7e124f0ba0000003080000100001005f2f0240009000"
    );
    assert_eq!(
        get(&mut card, "5c035fc109").1,
        0x6982,
        "printed information needs the PIN"
    );
    assert_eq!(
        get(&mut card, "5c035fc103").1,
        0x6982,
        "so do fingerprints, even absent"
    );
    verify_pin(&mut card);
    let (printed, status) = get(&mut card, "5c035fc109");
    assert_eq!(status, 0x9000);
    assert!(printed.windows(12).any(|w| w == b"VIRTUAL CARD"));
    assert_eq!(get(&mut card, "5c035fc103").1, 0x6A82);
    assert_eq!(
        get(&mut card, "5c035fc107").1,
        0x6A82,
        "no CCC until one is written"
    );
}

#[test]
fn put_data_writes_piv_and_vendor_objects_only() {
    let mut card = selected();
    prove_admin_key(&mut card);
    for tag in [
        "5c035fc107",
        "5c035fc102",
        "5c035fff00",
        "5c027f61",
        "5c035fc120",
    ] {
        assert_eq!(put(&mut card, tag, b"\x01\x00"), 0x9000, "{tag}");
        assert_eq!(
            get(&mut card, tag).0,
            hex::decode("53020100").unwrap(),
            "{tag}"
        );
    }
    for (tag, why) in [
        ("5c017e", "discovery is read-only"),
        ("5c035fc124", "not a PIV object"),
        ("5c035fc100", "not a PIV object"),
        ("5c045fc10500", "four tag bytes"),
        ("5c00", "no tag"),
        ("5d035fc105", "not a tag list"),
    ] {
        assert_eq!(put(&mut card, tag, b"\x01"), 0x6A80, "{why}");
    }
    assert_eq!(
        put(&mut card, "5c035fc105", &[0; 3073]),
        0x6A84,
        "over 3 KB"
    );
    let mut three = hex::decode("5c035fc105").unwrap();
    three.extend(hex::decode("530101530101").unwrap());
    assert_eq!(
        command(&mut card, 0xDB, 0x3F, 0xFF, &three).1,
        0x6A80,
        "two objects"
    );
    assert_eq!(command(&mut card, 0xDB, 0x3F, 0x00, &three[..8]).1, 0x6A86);
}

#[test]
fn get_data_refuses_what_is_no_tag_list() {
    let mut card = selected();
    for (data, status) in [
        ("5d017e", 0x6A80),
        ("5c017e5c017e", 0x6A80),
        ("5c00", 0x6A80),
        ("5c03", 0x6A80),
    ] {
        assert_eq!(
            command(&mut card, 0xCB, 0x3F, 0xFF, &hex::decode(data).unwrap()).1,
            status,
            "{data}"
        );
    }
    assert_eq!(sw(&mut card, "00cb3fff"), "6700");
}

#[test]
fn a_card_without_piv_has_no_objects() {
    assert!(VirtualCard::new(None).objects.is_empty());
}
