//! The whole enrollment's DER, in one place: the certificate requests the
//! card signs (PKCS#10), the public keys the card hands out, the
//! certificates in the server's PKCS#7 answers, and the checks that tie a
//! certificate to the key the card generated. Built and read with
//! RustCrypto's `x509-cert`, `der`, `spki` and `cms`; no DER is written by
//! hand anywhere else.

mod algorithms;
mod keys;
mod pkcs7;
mod request;
mod subject;

pub use algorithms::{
    HashAlgorithm, KeyAlgorithm, algorithms_of, pkcs1_v15_block, signature_algorithm,
};
pub use keys::{PublicKey, key_algorithm, same_key, verify_signature};
pub use pkcs7::{CertificateSummary, certificates_in, certs_only, summary};
pub use request::{UnsignedRequest, read_request};
pub use subject::parse_subject;

pub use x509_cert::Certificate;

/// What can be wrong with a key, a request or a certificate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PkixError {
    #[error("the template asks for a {name} key{}, which a PIV card cannot generate (RSA 2048, ECC P-256 and P-384 only)", size.map(|s| format!(" of {s} bits")).unwrap_or_default())]
    UnsupportedKey { name: String, size: Option<u32> },
    #[error("the template asks for the hash {0}, which is not SHA-1, SHA-256, SHA-384 or SHA-512")]
    UnsupportedHash(String),
    #[error("the hash is too long for an RSA-2048 signature")]
    DigestTooLong,
    #[error("the certificate subject '{subject}' cannot be read ({detail})")]
    BadSubject { subject: String, detail: String },
    #[error("the card's public key cannot be read ({0})")]
    BadPublicKey(String),
    #[error("the signature does not verify with the key it claims")]
    BadSignature,
    #[error("the certificate request cannot be read ({0})")]
    BadRequest(String),
    #[error("the PKCS#7 answer cannot be read ({0})")]
    BadPkcs7(String),
    #[error("a certificate cannot be encoded ({0})")]
    Encoding(String),
}

impl PkixError {
    pub(crate) fn encoding(error: impl std::fmt::Display) -> Self {
        Self::Encoding(error.to_string())
    }
}
