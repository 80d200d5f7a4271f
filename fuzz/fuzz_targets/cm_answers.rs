//! Any bytes as a server's answer: the list, request, smartcard and PIN
//! parsers return a value or an error, never panic.
#![no_main]

use enroll_desk::cm::decode::{parse_one_or_many, parse_pin};
use enroll_desk::cm::{Request, Smartcard, read_list_body};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let _ = parse_one_or_many::<Request>(body, "requests");
    let _ = parse_one_or_many::<Smartcard>(body, "smartcards");
    let _ = parse_pin(body);
    let _ = read_list_body(body);
});
