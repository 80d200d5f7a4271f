use super::*;
use crate::card::GuidByteOrder;
use crate::card::chuid::card_id_from_chuid;

fn send(card: &mut VirtualCard, apdu: &str) -> String {
    hex::encode(card.process(&hex::decode(apdu).unwrap()).unwrap())
}

fn sw(card: &mut VirtualCard, apdu: &str) -> String {
    let answer = send(card, apdu);
    answer[answer.len() - 4..].to_owned()
}

const SELECT_PIV: &str = "00a404000ba000000308000010000100";
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
