use uuid::Uuid;

use super::super::testing::{SELECT_PIV, selected, send, sw};
use super::*;

const ASK: &str = "0020008000";
const RIGHT_PIN: &str = "0020008008 313233343536ffff";
const WRONG_PIN: &str = "0020008008 363534333231ffff";
const PUK: &str = "3132333435363738";
const WRONG_PUK: &str = "3837363534333231";

fn pin_block(pin: &str) -> String {
    let mut block = hex::encode(pin);
    block.push_str(&"ff".repeat(8 - pin.len()));
    block
}

#[test]
fn verify_counts_wrong_pins_and_a_right_one_restores_the_count() {
    let mut card = selected();
    assert_eq!(sw(&mut card, ASK), "63c3");
    assert_eq!(sw(&mut card, WRONG_PIN), "63c2");
    assert_eq!(sw(&mut card, ASK), "63c2");
    assert_eq!(sw(&mut card, "00200080"), "63c2", "no Le either");
    assert_eq!(sw(&mut card, RIGHT_PIN), "9000");
    assert_eq!(sw(&mut card, ASK), "9000", "verified in this session");
    assert_eq!(sw(&mut card, WRONG_PIN), "63c2");
    assert_eq!(
        sw(&mut card, ASK),
        "63c2",
        "a wrong PIN undoes the verification"
    );
    assert_eq!(sw(&mut card, RIGHT_PIN), "9000");
    assert_eq!(sw(&mut card, "00200180"), "6a86");
    assert_eq!(sw(&mut card, "002000ff"), "6a88");
    assert_eq!(sw(&mut card, "0020ff80"), "9000", "P1 FF forgets it");
    assert_eq!(sw(&mut card, ASK), "63c3");
}

#[test]
fn three_wrong_pins_block_it_until_the_puk_sets_a_new_one() {
    let mut card = selected();
    for left in ["63c2", "63c1", "63c0"] {
        assert_eq!(sw(&mut card, WRONG_PIN), left);
    }
    assert_eq!(sw(&mut card, ASK), "6983");
    assert_eq!(sw(&mut card, RIGHT_PIN), "6983", "even the right one");
    let new_pin = pin_block("24681357");
    assert_eq!(
        sw(&mut card, &format!("002c008010{WRONG_PUK}{new_pin}")),
        "63c2"
    );
    assert_eq!(sw(&mut card, &format!("002c008010{PUK}{new_pin}")), "9000");
    assert_eq!(sw(&mut card, ASK), "63c3", "unblocked, all tries back");
    assert_eq!(sw(&mut card, RIGHT_PIN), "63c2", "the old PIN is gone");
    assert_eq!(sw(&mut card, &format!("0020008008{new_pin}")), "9000");
    assert_eq!(card.puk.tries_left(), 3, "a right PUK restores its count");
}

#[test]
fn a_blocked_puk_stays_blocked() {
    let mut card = selected();
    let new_pin = pin_block("654321");
    for left in ["63c2", "63c1", "63c0"] {
        assert_eq!(
            sw(&mut card, &format!("002c008010{WRONG_PUK}{new_pin}")),
            left
        );
    }
    for command in [
        format!("002c008010{PUK}{new_pin}"),
        format!("0024008110{PUK}{}", pin_block("87654321")),
    ] {
        assert_eq!(sw(&mut card, &command), "6983");
    }
    card.reset();
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(sw(&mut card, &format!("002c008010{PUK}{new_pin}")), "6983");
    assert_eq!(
        sw(&mut card, RIGHT_PIN),
        "9000",
        "the PIN itself still works"
    );
}

#[test]
fn change_reference_data_replaces_the_pin_and_the_puk() {
    let mut card = selected();
    let old = pin_block("123456");
    let new = pin_block("9876543");
    assert_eq!(
        sw(&mut card, &format!("0024008010{new}{old}")),
        "63c2",
        "wrong old PIN"
    );
    assert_eq!(sw(&mut card, &format!("0024008010{old}{new}")), "9000");
    assert_eq!(sw(&mut card, RIGHT_PIN), "63c2");
    assert_eq!(sw(&mut card, &format!("0020008008{new}")), "9000");
    let new_puk = pin_block("abcdefgh");
    assert_eq!(sw(&mut card, &format!("0024008110{PUK}{new_puk}")), "9000");
    assert_eq!(sw(&mut card, &format!("0024008110{PUK}{new_puk}")), "63c2");
    assert_eq!(sw(&mut card, &format!("002c008010{new_puk}{old}")), "9000");
    assert_eq!(
        sw(&mut card, RIGHT_PIN),
        "9000",
        "set back with the new PUK"
    );
}

#[test]
fn malformed_values_are_refused_without_costing_a_try() {
    let mut card = selected();
    let right = pin_block("123456");
    for (command, why) in [
        ("0020008008 3132333435ffffff".to_owned(), "5 digits"),
        ("0020008008 31323334ff353637".to_owned(), "FF inside"),
        ("0020008008 313233343536e9ff".to_owned(), "not ASCII"),
        ("0020008007 313233343536ff".to_owned(), "7 bytes"),
        (
            format!("002400800f{right}{}", &right[..14]),
            "new value cut short",
        ),
        (
            format!("0024008010{right}3132ffffffffffff"),
            "new value too short",
        ),
        (
            format!("002c008010{PUK}{}", pin_block("12345")),
            "new PIN too short",
        ),
    ] {
        assert_eq!(sw(&mut card, &command), "6a80", "{why}");
    }
    assert_eq!(sw(&mut card, ASK), "63c3");
    assert_eq!(card.puk.tries_left(), 3);
    assert_eq!(
        sw(&mut card, "0020008108 3132333435363738"),
        "6a88",
        "no VERIFY of the PUK"
    );
    assert_eq!(sw(&mut card, &format!("0024008210{right}{right}")), "6a88");
    assert_eq!(sw(&mut card, &format!("0024018010{right}{right}")), "6a86");
    assert_eq!(sw(&mut card, &format!("002c008110{PUK}{right}")), "6a88");
}

#[test]
fn counters_survive_a_reset_and_the_verification_does_not() {
    let mut card = selected();
    assert_eq!(sw(&mut card, WRONG_PIN), "63c2");
    assert_eq!(sw(&mut card, RIGHT_PIN), "9000");
    assert_eq!(sw(&mut card, WRONG_PIN), "63c2");
    card.reset();
    assert_eq!(sw(&mut card, ASK), "6985", "nothing selected");
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(sw(&mut card, ASK), "63c2");
    assert_eq!(sw(&mut card, RIGHT_PIN), "9000");
    card.reset();
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(sw(&mut card, ASK), "63c3", "verified no more");
}

#[test]
fn metadata_says_whether_pin_and_puk_are_still_the_factory_ones() {
    let mut card = VirtualCard::new(Some(Uuid::new_v4())).with_tries(5, 4);
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(send(&mut card, "00f7008000"), "0101ff050101060205059000");
    assert_eq!(send(&mut card, "00f7008100"), "0101ff050101060204049000");
    assert_eq!(sw(&mut card, WRONG_PIN), "63c4");
    let new_puk = pin_block("11223344");
    assert_eq!(sw(&mut card, &format!("0024008110{PUK}{new_puk}")), "9000");
    assert_eq!(send(&mut card, "00f7008000"), "0101ff050101060205049000");
    assert_eq!(send(&mut card, "00f7008100"), "0101ff050100060204049000");
}

#[test]
fn a_card_made_blocked_with_its_own_puk_opens_only_with_that_puk() {
    let mut card = VirtualCard::new(Some(Uuid::new_v4()))
        .with_puk(b"24681357")
        .with_pin_blocked();
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    assert_eq!(sw(&mut card, ASK), "6983", "blocked");
    assert_eq!(
        sw(&mut card, RIGHT_PIN),
        "6983",
        "not the factory PIN either"
    );
    let new_pin = pin_block("908172");
    assert_eq!(
        sw(&mut card, &format!("002c008010{PUK}{new_pin}")),
        "63c2",
        "the factory PUK is not this card's"
    );
    let own_puk = hex::encode("24681357");
    assert_eq!(
        sw(&mut card, &format!("002c008010{own_puk}{new_pin}")),
        "9000"
    );
    assert_eq!(sw(&mut card, &format!("0020008008{new_pin}")), "9000");
}
