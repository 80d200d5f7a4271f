//! The simulator's certificate authority: a P-256 root made at start, which
//! checks each certificate request's signature and issues a real X.509
//! certificate for it (smart-card logon and client authentication), so a
//! card the desk enrolled against the simulator chains to a CA that
//! `openssl verify` and OpenSC accept.

use std::str::FromStr;
use std::time::Duration;

use der::EncodePem;
use der::asn1::ObjectIdentifier;
use p256::ecdsa::{DerSignature, SigningKey};
use p256::elliptic_curve::rand_core::OsRng;
use spki::SubjectPublicKeyInfoOwned;
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::ext::pkix::ExtendedKeyUsage;
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Validity;

use crate::pkix::{self, PkixError};

/// Client authentication (RFC 5280) and Microsoft's smart-card logon.
const CLIENT_AUTH: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.2");
const SMARTCARD_LOGON: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.4.1.311.20.2.2");
const ONE_YEAR: Duration = Duration::from_secs(365 * 24 * 3600);
const TEN_YEARS: Duration = Duration::from_secs(10 * 365 * 24 * 3600);

pub struct SimCa {
    key: SigningKey,
    name: Name,
    certificate: Certificate,
}

impl std::fmt::Debug for SimCa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimCa")
            .field("name", &self.name.to_string())
            .finish()
    }
}

impl SimCa {
    pub fn new() -> Result<Self, PkixError> {
        let key = SigningKey::random(&mut OsRng);
        let name = Name::from_str("CN=enroll-desk simulator CA,O=enroll-desk demo")
            .map_err(PkixError::encoding)?;
        let public = SubjectPublicKeyInfoOwned::from_key(*key.verifying_key())
            .map_err(PkixError::encoding)?;
        let certificate = CertificateBuilder::new(
            Profile::Root,
            random_serial()?,
            Validity::from_now(TEN_YEARS).map_err(PkixError::encoding)?,
            name.clone(),
            public,
            &key,
        )
        .map_err(PkixError::encoding)?
        .build::<DerSignature>()
        .map_err(PkixError::encoding)?;
        Ok(Self {
            key,
            name,
            certificate,
        })
    }

    pub fn certificate(&self) -> &Certificate {
        &self.certificate
    }

    /// The root certificate as PEM, for `openssl verify -CAfile`.
    pub fn certificate_pem(&self) -> Result<String, PkixError> {
        self.certificate
            .to_pem(der::pem::LineEnding::LF)
            .map_err(PkixError::encoding)
    }

    /// Checks `request` (DER PKCS#10: readable, signed by its own key) and
    /// issues its certificate. A request with an empty subject gets
    /// `fallback_subject`, as a CA that builds the subject from the
    /// directory would.
    pub fn issue(&self, request: &[u8], fallback_subject: &str) -> Result<Certificate, PkixError> {
        let request = pkix::read_request(request)?;
        let subject = if request.info.subject.0.is_empty() {
            pkix::parse_subject(fallback_subject)?
        } else {
            request.info.subject
        };
        let rsa = request.info.public_key.algorithm.oid == der::oid::db::rfc5912::RSA_ENCRYPTION;
        let mut builder = CertificateBuilder::new(
            Profile::Leaf {
                issuer: self.name.clone(),
                enable_key_agreement: !rsa,
                enable_key_encipherment: rsa,
            },
            random_serial()?,
            Validity::from_now(ONE_YEAR).map_err(PkixError::encoding)?,
            subject,
            request.info.public_key,
            &self.key,
        )
        .map_err(PkixError::encoding)?;
        builder
            .add_extension(&ExtendedKeyUsage(vec![CLIENT_AUTH, SMARTCARD_LOGON]))
            .map_err(PkixError::encoding)?;
        builder.build::<DerSignature>().map_err(PkixError::encoding)
    }
}

/// 16 random bytes, positive (top bit clear), as RFC 5280 asks.
fn random_serial() -> Result<SerialNumber, PkixError> {
    let mut bytes = [0u8; 16];
    fastrand::fill(&mut bytes);
    bytes[0] = (bytes[0] & 0x7F).max(1);
    SerialNumber::new(&bytes).map_err(PkixError::encoding)
}
