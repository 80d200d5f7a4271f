//! Helpers for the virtual card's tests: commands in hex, a selected card,
//! the admin key proven, long commands chained and long answers fetched.

use uuid::Uuid;

use super::VirtualCard;
use crate::card::admin_key::AdminKey;

/// Sends one APDU given in hex (spaces allowed); the whole answer in hex.
pub(super) fn send(card: &mut VirtualCard, apdu: &str) -> String {
    let apdu = hex::decode(apdu.replace(' ', "")).unwrap();
    hex::encode(card.process(&apdu).unwrap())
}

/// The status word of the answer to `apdu`, in hex.
pub(super) fn sw(card: &mut VirtualCard, apdu: &str) -> String {
    let answer = send(card, apdu);
    answer[answer.len() - 4..].to_owned()
}

pub(super) const SELECT_PIV: &str = "00a404000ba000000308000010000100";

/// A fresh card with the PIV application selected.
pub(super) fn selected() -> VirtualCard {
    let mut card = VirtualCard::new(Some(Uuid::new_v4()));
    assert_eq!(sw(&mut card, SELECT_PIV), "9000");
    card
}

/// Proves the default admin key with the witness, as the desk does.
pub(super) fn prove_admin_key(card: &mut VirtualCard) {
    prove(card, &AdminKey::default());
}

pub(super) fn prove(card: &mut VirtualCard, key: &AdminKey) {
    let p1 = key.algorithm_id();
    let (sealed, status) = command(card, 0x87, p1, 0x9B, &[0x7C, 0x02, 0x80, 0x00]);
    assert_eq!(status, 0x9000);
    let clear = key.decrypt(&sealed[4..]).unwrap();
    let mut answer = vec![0x7C, clear.len() as u8 + 2, 0x80, clear.len() as u8];
    answer.extend(clear);
    assert_eq!(command(card, 0x87, p1, 0x9B, &answer).1, 0x9000);
}

/// Verifies the factory PIN.
pub(super) fn verify_pin(card: &mut VirtualCard) {
    assert_eq!(sw(card, "0020008008 313233343536ffff"), "9000");
}

/// A command of any length, chained in parts of 255 bytes, with its whole
/// answer fetched by GET RESPONSE: the data and the final status word.
pub(super) fn command(
    card: &mut VirtualCard,
    ins: u8,
    p1: u8,
    p2: u8,
    data: &[u8],
) -> (Vec<u8>, u16) {
    let chunks: Vec<&[u8]> = if data.is_empty() {
        vec![&[]]
    } else {
        data.chunks(255).collect()
    };
    let mut answer = Vec::new();
    for (i, chunk) in chunks.iter().enumerate() {
        let last = i + 1 == chunks.len();
        let mut apdu = vec![if last { 0x00 } else { 0x10 }, ins, p1, p2];
        if !chunk.is_empty() {
            apdu.push(chunk.len() as u8);
            apdu.extend_from_slice(chunk);
        }
        answer = card.process(&apdu).unwrap();
        if !last {
            assert_eq!(answer, [0x90, 0x00], "a chained part is taken");
        }
    }
    let mut data = Vec::new();
    loop {
        let (part, status) = answer.split_at(answer.len() - 2);
        data.extend_from_slice(part);
        if status[0] != 0x61 {
            return (data, u16::from_be_bytes([status[0], status[1]]));
        }
        answer = card.process(&[0x00, 0xC0, 0x00, 0x00, status[1]]).unwrap();
    }
}
