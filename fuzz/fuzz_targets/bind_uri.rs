//! Any text as the bind answer or its Location: an id or nothing, never a panic.
#![no_main]

use enroll_desk::cm::bind_uri::{smartcard_id_from_bind_answer, smartcard_id_from_uri};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = smartcard_id_from_bind_answer(&text);
    let _ = smartcard_id_from_uri(&text);
});
