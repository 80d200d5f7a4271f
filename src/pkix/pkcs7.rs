//! The certificates in a server's PKCS#7 answer. MIM sends a CMC response
//! (signed data whose certificates are the new one and its chain); a plain
//! CA sends certs-only signed data. Either way the certificates are what
//! counts, so any signed data is read for them.

use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::SignedData;
use der::oid::db::rfc5911::ID_SIGNED_DATA;
use der::{Decode, Encode};
use sha2::Digest;
use x509_cert::Certificate;

use super::PkixError;

/// Every X.509 certificate in a PKCS#7 / CMS signed-data blob.
pub fn certificates_in(der: &[u8]) -> Result<Vec<Certificate>, PkixError> {
    let bad = |e: &dyn std::fmt::Display| PkixError::BadPkcs7(e.to_string());
    let info = ContentInfo::from_der(der).map_err(|e| bad(&e))?;
    if info.content_type != ID_SIGNED_DATA {
        return Err(PkixError::BadPkcs7(format!(
            "it holds {} rather than signed data",
            info.content_type
        )));
    }
    let signed: SignedData = info.content.decode_as().map_err(|e| bad(&e))?;
    Ok(signed
        .certificates
        .map(|set| {
            set.0
                .into_vec()
                .into_iter()
                .filter_map(|choice| match choice {
                    CertificateChoices::Certificate(cert) => Some(cert),
                    CertificateChoices::Other(_) => None,
                })
                .collect()
        })
        .unwrap_or_default())
}

/// Certs-only signed data holding `certificates` (the simulator's answer).
pub fn certs_only(certificates: Vec<Certificate>) -> Result<Vec<u8>, PkixError> {
    ContentInfo::try_from(certificates)
        .and_then(|info| info.to_der())
        .map_err(PkixError::encoding)
}

/// What the officer and a script are told of a certificate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CertificateSummary {
    pub subject: String,
    /// The serial number in hex, as `openssl x509 -serial` prints it.
    pub serial: String,
    /// SHA-256 of the certificate's DER, in hex.
    pub sha256: String,
}

pub fn summary(certificate: &Certificate) -> Result<CertificateSummary, PkixError> {
    let der = certificate.to_der().map_err(PkixError::encoding)?;
    Ok(CertificateSummary {
        subject: certificate.tbs_certificate.subject.to_string(),
        serial: hex::encode_upper(certificate.tbs_certificate.serial_number.as_bytes()),
        sha256: hex::encode(sha2::Sha256::digest(&der)),
    })
}
