use super::testing::{SELECT_PIV, selected, send, sw, verify_pin};
use super::*;
use crate::card::GuidByteOrder;
use crate::card::chuid::card_id_from_chuid;

const GET_CHUID: &str = "00cb3fff055c035fc10200";

#[test]
fn select_then_get_data_gives_the_chuid_with_the_guid() {
    let id = Uuid::new_v4();
    let mut card = VirtualCard::new(Some(id));
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    let answer = hex::decode(send(&mut card, GET_CHUID)).unwrap();
    let (data, status) = answer.split_at(answer.len() - 2);
    assert_eq!(status, [0x90, 0x00]);
    assert_eq!(
        card_id_from_chuid(data, GuidByteOrder::Microsoft),
        Ok(Some(id))
    );
}

#[test]
fn status_words_for_everything_else() {
    let mut card = VirtualCard::new(Some(Uuid::new_v4()));
    assert_eq!(sw(&mut card, GET_CHUID), "6985", "GET DATA before SELECT");
    assert_eq!(sw(&mut card, "00a4040005a000000399"), "6a82", "other AID");
    assert_eq!(
        sw(&mut card, "00a4000002 3f00".replace(' ', "").as_str()),
        "6a86"
    );
    assert_eq!(sw(&mut card, "00ee0000"), "6d00");
    assert_eq!(
        sw(&mut card, "80840000 08".replace(' ', "").as_str()),
        "6e00"
    );
    assert_eq!(sw(&mut card, "ffca000000"), "6e00");
    assert_eq!(sw(&mut card, "00a40400"), "6700");
    assert_eq!(sw(&mut card, "00a4"), "6700");
    assert_eq!(
        sw(&mut card, "00a404000b a000".replace(' ', "").as_str()),
        "6700"
    );
    assert_eq!(sw(&mut card, "0084000004"), "6c08");
    assert_eq!(sw(&mut card, "0084010008"), "6a86");
    assert_eq!(sw(&mut card, "00c0000010"), "6985");
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(
        sw(&mut card, "00cb3fff055c035fc10500"),
        "6a82",
        "other object"
    );
    assert_eq!(sw(&mut card, "00cb3fff0101"), "6a80");
    assert_eq!(
        sw(
            &mut card,
            "00cb00000 55c035fc10200".replace(' ', "").as_str()
        ),
        "6a86"
    );
    card.reset();
    assert_eq!(
        sw(&mut card, GET_CHUID),
        "6985",
        "reset forgets the selection"
    );
}

#[test]
fn a_card_without_piv_refuses_the_select() {
    let mut card = VirtualCard::new(None);
    assert_eq!(sw(&mut card, SELECT_PIV), "6a82");
    assert_eq!(sw(&mut card, "0084000008"), "9000");
    assert_eq!(send(&mut card, "0084000008").len(), 20);
}

#[test]
fn challenges_are_fresh() {
    let mut card = VirtualCard::new(None);
    assert_ne!(send(&mut card, "0084000008"), send(&mut card, "0084000008"));
}

#[test]
fn the_vanish_fault_gives_no_answer() {
    let mut card = VirtualCard::new(Some(Uuid::new_v4())).with_vanish_on_ins(0xCB);
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(card.process(&hex::decode(GET_CHUID).unwrap()), None);
}

#[test]
fn default_atr_parses_as_an_atr() {
    let card = VirtualCard::new(None);
    assert_eq!(card.atr().to_string(), "3b8d0180fba000000397425446590301c8");
    let other: Atr = "3b 02 14 50".parse().unwrap();
    assert_eq!(VirtualCard::new(None).with_atr(other.clone()).atr(), &other);
}

#[test]
fn the_rid_and_every_longer_prefix_of_the_aid_select_piv() {
    let mut card = VirtualCard::new(Some(Uuid::new_v4()));
    let apt = "61114f0600001000010079074f05a000000308";
    for aid in [
        "a000000308",
        "a00000030800",
        "a0000003080000100001",
        "a0000003080000100001 00",
    ] {
        let aid = aid.replace(' ', "");
        let select = format!("00a40400{:02x}{aid}00", aid.len() / 2);
        assert_eq!(send(&mut card, &select), format!("{apt}9000"), "{aid}");
    }
    assert_eq!(
        sw(&mut card, "00a4040004a0000003"),
        "6a82",
        "shorter than the RID"
    );
    assert_eq!(
        sw(&mut card, "00cb3fff035c017e"),
        "6985",
        "nothing selected after that"
    );
    assert_eq!(
        sw(&mut card, "00a404000ca00000030800001000010000"),
        "6a82",
        "longer than the AID"
    );
}

#[test]
fn another_application_selected_forgets_the_pin() {
    let mut card = selected();
    verify_pin(&mut card);
    assert_eq!(sw(&mut card, "0020008000"), "9000");
    assert_eq!(
        sw(&mut card, "00a4040008a000000527471117"),
        "6a82",
        "Yubico's management AID"
    );
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(sw(&mut card, "0020008000"), "63c3");
    verify_pin(&mut card);
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(sw(&mut card, "0020008000"), "9000", "PIV again keeps it");
}

#[test]
fn version_and_serial_as_yubico_piv_tool_asks_them() {
    let id = Uuid::new_v4();
    let mut card = VirtualCard::new(Some(id));
    assert_eq!(sw(&mut card, "00fd000000"), "6985", "before SELECT");
    assert_eq!(sw(&mut card, "00a4040005a000000308"), "9000");
    assert_eq!(send(&mut card, "00fd000000"), "0504039000");
    let serial = send(&mut card, "00f8000000");
    assert_eq!(serial.len(), 12);
    let number = u32::from_str_radix(&serial[..8], 16).unwrap();
    assert!((10_000_000..100_000_000).contains(&number), "{number}");
    assert_eq!(
        number,
        VirtualCard::new(Some(id)).serial(),
        "the same card, the same serial"
    );
    assert_eq!(sw(&mut card, "00fd010000"), "6a86");
    let mut other = VirtualCard::new(Some(id))
        .with_firmware([4, 3, 7])
        .with_serial(12345);
    assert_eq!(sw(&mut other, SELECT_PIV), "9000");
    assert_eq!(send(&mut other, "00fd0000"), "0403079000");
    assert_eq!(send(&mut other, "00f80000"), "000030399000");
}

#[test]
fn a_card_without_piv_knows_no_piv_command() {
    let mut card = VirtualCard::new(None);
    for apdu in ["00fd000000", "0020008000", "00cb3fff035c017e", "00f7009b00"] {
        assert_eq!(sw(&mut card, apdu), "6d00", "{apdu}");
    }
}

#[test]
fn debug_output_shows_no_secret() {
    let mut card = selected();
    super::testing::prove_admin_key(&mut card);
    assert_eq!(
        super::testing::command(
            &mut card,
            0x47,
            0,
            0x9A,
            &hex::decode("ac03800111").unwrap()
        )
        .1,
        0x9000
    );
    let shown = format!("{card:?}");
    assert!(shown.contains("PrivateKey(11, <redacted>)"), "{shown}");
    assert!(shown.contains("AdminKey::Tdes(<redacted>)"), "{shown}");
    for secret in [
        "313233343536",
        "123456",
        "[49, 50, 51",
        "0102030405060708",
        "[1, 2, 3, 4",
    ] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
}
