//! A certificate request (PKCS#10) whose signature the card makes: the
//! request's content is built here, the card signs what `to_sign` gives,
//! and `finish` puts the signature in.

use der::asn1::BitString;
use der::{Decode, Encode};
use spki::SubjectPublicKeyInfoOwned;
use x509_cert::request::{CertReq, CertReqInfo, Version};

use super::keys::{field_sized, key_algorithm};
use super::{HashAlgorithm, KeyAlgorithm, PkixError, algorithms_of, pkcs1_v15_block};
use super::{parse_subject, signature_algorithm, verify_signature};

/// A request waiting for the card's signature.
#[derive(Debug, Clone)]
pub struct UnsignedRequest {
    info: CertReqInfo,
    /// The DER of `info`: what the signature covers.
    to_be_signed: Vec<u8>,
    key: KeyAlgorithm,
    hash: HashAlgorithm,
}

impl UnsignedRequest {
    pub fn new(
        subject: &str,
        public_key: SubjectPublicKeyInfoOwned,
        hash: HashAlgorithm,
    ) -> Result<Self, PkixError> {
        let key = key_algorithm(&public_key)?;
        let info = CertReqInfo {
            version: Version::V1,
            subject: parse_subject(subject)?,
            public_key,
            attributes: Default::default(),
        };
        let to_be_signed = info.to_der().map_err(PkixError::encoding)?;
        Ok(Self {
            info,
            to_be_signed,
            key,
            hash,
        })
    }

    /// What the card is given to sign: RSA's whole PKCS#1 v1.5 block, or
    /// the hash for ECDSA (sized to the curve as the card expects).
    pub fn to_sign(&self) -> Result<Vec<u8>, PkixError> {
        let digest = self.hash.digest(&self.to_be_signed);
        match self.key {
            KeyAlgorithm::Rsa2048 => pkcs1_v15_block(self.hash, &digest),
            KeyAlgorithm::EccP256 if digest.len() < 32 => Ok(field_sized(&digest, 32)),
            KeyAlgorithm::EccP384 if digest.len() < 48 => Ok(field_sized(&digest, 48)),
            KeyAlgorithm::EccP256 | KeyAlgorithm::EccP384 => Ok(digest),
        }
    }

    /// The signed request as DER, once the card's signature is checked
    /// against the request's own key (a card that signed with another key,
    /// or garbled its answer, is caught here, not by the CA).
    pub fn finish(self, signature: &[u8]) -> Result<Vec<u8>, PkixError> {
        verify_signature(
            &self.info.public_key,
            self.hash,
            &self.to_be_signed,
            signature,
        )?;
        let request = CertReq {
            algorithm: signature_algorithm(self.key, self.hash),
            signature: BitString::from_bytes(signature).map_err(PkixError::encoding)?,
            info: self.info,
        };
        request.to_der().map_err(PkixError::encoding)
    }
}

/// A request read back and checked (the simulator's CA): its subject, its
/// key, and that it is signed by that key.
pub fn read_request(der: &[u8]) -> Result<CertReq, PkixError> {
    let bad = |e: &dyn std::fmt::Display| PkixError::BadRequest(e.to_string());
    let request = CertReq::from_der(der).map_err(|e| bad(&e))?;
    let (rsa, hash) = algorithms_of(&request.algorithm.oid).ok_or_else(|| {
        PkixError::BadRequest(format!(
            "its signature algorithm {} is not one a card uses",
            request.algorithm.oid
        ))
    })?;
    if rsa != key_algorithm(&request.info.public_key)?.is_rsa() {
        return Err(PkixError::BadRequest(
            "its signature algorithm does not fit its key".to_owned(),
        ));
    }
    let signed = request.info.to_der().map_err(|e| bad(&e))?;
    let signature = request
        .signature
        .as_bytes()
        .ok_or_else(|| PkixError::BadRequest("its signature is not whole bytes".to_owned()))?;
    verify_signature(&request.info.public_key, hash, &signed, signature)?;
    Ok(request)
}
