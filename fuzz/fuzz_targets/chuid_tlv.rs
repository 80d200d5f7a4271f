//! Any bytes as a card's GET DATA answer: TLVs and the CHUID card id parse
//! to a value or an error, never a panic.
#![no_main]

use enroll_desk::card::GuidByteOrder;
use enroll_desk::card::chuid::{card_id_from_chuid, parse_tlvs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = parse_tlvs(data);
    let _ = card_id_from_chuid(data, GuidByteOrder::Microsoft);
    let _ = card_id_from_chuid(data, GuidByteOrder::Rfc4122);
});
