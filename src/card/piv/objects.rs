//! The certificate objects: a slot's certificate written and read back.

use super::{Command, expect_ok, template_field};
use crate::card::CardError;
use crate::card::apdu::{self, SW_NOT_FOUND, SW_OK};
use crate::card::chuid::{encode_tlv, parse_tlvs};
use crate::card::ops::{CardSession, send};

use super::Slot;

/// Writes `certificate` (DER) into `slot`'s certificate object: `70` the
/// certificate, `71` not compressed, `FE` no error detection code (PUT
/// DATA; needs the admin key).
pub fn put_certificate(
    session: &mut dyn CardSession,
    slot: Slot,
    certificate: &[u8],
) -> Result<(), CardError> {
    let mut content = encode_tlv(0x70, certificate);
    content.extend(encode_tlv(0x71, &[0x00]));
    content.extend(encode_tlv(0xFE, &[]));
    let mut data = encode_tlv(0x5C, &slot.certificate_tag());
    data.extend(encode_tlv(0x53, &content));
    let command = Command {
        ins: 0xDB,
        p1: 0x3F,
        p2: 0xFF,
        data: &data,
        wants_answer: false,
    };
    expect_ok(session, &command, "PUT DATA (certificate)").map(drop)
}

/// The certificate (DER) in `slot`'s object; `None` when there is none.
pub fn read_certificate(
    session: &mut dyn CardSession,
    slot: Slot,
) -> Result<Option<Vec<u8>>, CardError> {
    let tag_list = encode_tlv(0x5C, &slot.certificate_tag());
    let answer = send(
        session,
        &apdu::Command {
            ins: 0xCB,
            p1: 0x3F,
            p2: 0xFF,
            data: &tag_list,
            wants_answer: true,
        },
        false,
    )?;
    match answer.sw {
        SW_OK if parse_tlvs(&answer.data)?.iter().any(|t| t.tag == 0x53) => {
            template_field(&answer.data, 0x53, 0x70).map(|cert| Some(cert.to_vec()))
        }
        SW_OK | SW_NOT_FOUND => Ok(None),
        sw => Err(CardError::CardStatus {
            command: "GET DATA (certificate)",
            sw,
        }),
    }
}
