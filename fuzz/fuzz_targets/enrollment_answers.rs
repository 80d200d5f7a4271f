//! What the server and the card send in the rest of an enrollment: the
//! template's configuration, the certificate request options, the
//! certificate answers, and the DER in them (PKCS#7, and the certificate
//! requests the simulator's CA reads). An answer or an error, never a panic.
//! The first byte picks the parser, the rest is its input.
#![no_main]

use enroll_desk::cm::{CertificateAnswer, CertificateRequestOptions, SmartcardPolicy};
use enroll_desk::pkix;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((which, input)) = data.split_first() else {
        return;
    };
    match which % 5 {
        0 => {
            if let Ok(certificates) = pkix::certificates_in(input) {
                for certificate in &certificates {
                    let _ = pkix::summary(certificate);
                }
            }
        }
        1 => {
            let _ = pkix::read_request(input);
        }
        2 => {
            let _ = CertificateAnswer::list_from_body(input);
        }
        3 => {
            let _ = SmartcardPolicy::from_body(input);
        }
        _ => {
            let _ = CertificateRequestOptions::list_from_body(input);
        }
    }
});
