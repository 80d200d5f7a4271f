//! The PIV data objects. GET DATA (`00 CB 3F FF L 5C L <tag>`) answers a
//! stored object as its `53` TLV (the discovery object as its `7E`
//! template) or `6A 82`; PUT DATA (`00 DB 3F FF L 5C L <tag> 53 L ..`,
//! admin key needed) stores one, and an empty `53` deletes it. Objects with
//! personal data are read with the PIN only (SP 800-73-4 table 2).

use std::collections::BTreeMap;

use uuid::Uuid;

use super::VirtualCard;
use super::command::{
    Command, SW_CONDITIONS, SW_NO_SPACE, SW_NOT_FOUND, SW_OK, SW_SECURITY_STATUS, SW_WRONG_DATA,
    SW_WRONG_LENGTH, SW_WRONG_P1P2, sw_only, with_ok,
};
use crate::card::apdu::PIV_AID;
use crate::card::chuid::{Tlv, encode_tlv, parse_tlvs};

pub(super) const CHUID: u32 = 0x5FC102;
const PRINTED_INFORMATION: u32 = 0x5FC109;
const DISCOVERY: u32 = 0x7E;
const BIOMETRIC_GROUP: u32 = 0x7F61;
/// Fingerprints, facial image, printed information, iris, pairing code.
const READ_WITH_PIN: [u32; 5] = [0x5FC103, 0x5FC108, PRINTED_INFORMATION, 0x5FC121, 0x5FC123];
/// A YubiKey holds objects up to about 3 KB; so does this card.
const MAX_OBJECT: usize = 3072;

/// A fixed, well-formed FASC-N (25 bytes); its content does not matter here.
const FASC_N: [u8; 25] = [
    0xD4, 0xE7, 0x39, 0xDA, 0x73, 0x9C, 0xED, 0x39, 0xCE, 0x73, 0x9D, 0x83, 0x68, 0x58, 0x21, 0x08,
    0x42, 0x10, 0x84, 0x21, 0xC8, 0x42, 0x10, 0xC3, 0xEB,
];

/// The stored objects by tag, each the value of its `53` TLV.
pub(super) type Objects = BTreeMap<u32, Vec<u8>>;

/// A personalised card's objects: its CHUID and printed information (the
/// latter also lets OpenSC tell whether the PIN is verified).
pub(super) fn personalised(id: Uuid) -> Objects {
    let mut printed = encode_tlv(0x01, b"VIRTUAL CARD");
    printed.extend(encode_tlv(0x02, b"Training"));
    printed.extend(encode_tlv(0x04, b"2030DEC31"));
    printed.extend(encode_tlv(0x05, &id.simple().to_string().as_bytes()[..10]));
    printed.extend(encode_tlv(0x06, b"enroll-desk"));
    printed.extend(encode_tlv(0xFE, &[]));
    Objects::from([(CHUID, chuid(id)), (PRINTED_INFORMATION, printed)])
}

/// The CHUID: FASC-N, GUID (as Windows `Guid.ToByteArray()`), expiry, an
/// empty signature and the error-detection code.
fn chuid(id: Uuid) -> Vec<u8> {
    let mut inner = encode_tlv(0x30, &FASC_N);
    inner.extend(encode_tlv(0x34, &id.to_bytes_le()));
    inner.extend(encode_tlv(0x35, b"20301231"));
    inner.extend(encode_tlv(0x3E, &[]));
    inner.extend(encode_tlv(0xFE, &[]));
    inner
}

/// The discovery object: the PIV AID and a PIN usage policy of "the PIV
/// PIN only". Fixed, as on every PIV card.
fn discovery() -> Vec<u8> {
    let mut inner = encode_tlv(0x4F, &PIV_AID);
    inner.extend(encode_tlv(0x5F2F, &[0x40, 0x00]));
    encode_tlv(0x7E, &inner)
}

/// Whether PUT DATA may write `tag`: the SP 800-73-4 objects, the
/// biometric group template and Yubico's vendor objects.
fn writable(tag: u32) -> bool {
    matches!(tag, 0x5FC101..=0x5FC123 | 0x5FFF00..=0x5FFFFF | BIOMETRIC_GROUP)
}

/// The tag named by a tag list `5C L <tag>` (1 to 3 bytes).
fn named_tag(list: &Tlv<'_>) -> Option<u32> {
    if list.tag != 0x5C || list.value.is_empty() || list.value.len() > 3 {
        return None;
    }
    Some(
        list.value
            .iter()
            .fold(0, |tag, &b| (tag << 8) | u32::from(b)),
    )
}

impl VirtualCard {
    pub(super) fn get_data(&self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0x3F, 0xFF) {
            return sw_only(SW_WRONG_P1P2);
        }
        if cmd.data.is_empty() {
            return sw_only(SW_WRONG_LENGTH);
        }
        if !self.session.piv_selected {
            return sw_only(SW_CONDITIONS);
        }
        let fields = parse_tlvs(cmd.data).unwrap_or_default();
        let Some(tag) = fields
            .first()
            .filter(|_| fields.len() == 1)
            .and_then(named_tag)
        else {
            return sw_only(SW_WRONG_DATA);
        };
        if tag == DISCOVERY {
            return with_ok(discovery());
        }
        if READ_WITH_PIN.contains(&tag) && !self.session.pin_verified {
            return sw_only(SW_SECURITY_STATUS);
        }
        match self.objects.get(&tag) {
            Some(content) => with_ok(encode_tlv(0x53, content)),
            None => sw_only(SW_NOT_FOUND),
        }
    }

    pub(super) fn put_data(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0x3F, 0xFF) {
            return sw_only(SW_WRONG_P1P2);
        }
        if !self.session.admin_authenticated {
            return sw_only(SW_SECURITY_STATUS);
        }
        let Ok(fields) = parse_tlvs(cmd.data) else {
            return sw_only(SW_WRONG_DATA);
        };
        let [list, object] = fields.as_slice() else {
            return sw_only(SW_WRONG_DATA);
        };
        let Some(tag) = named_tag(list).filter(|&t| writable(t) && object.tag == 0x53) else {
            return sw_only(SW_WRONG_DATA);
        };
        if object.value.len() > MAX_OBJECT {
            return sw_only(SW_NO_SPACE);
        }
        if object.value.is_empty() {
            self.objects.remove(&tag);
        } else {
            self.objects.insert(tag, object.value.to_vec());
        }
        sw_only(SW_OK)
    }
}

#[cfg(test)]
mod tests;
