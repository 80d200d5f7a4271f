//! Public keys: what the card hands out after generating a key pair, as the
//! `SubjectPublicKeyInfo` a request and a certificate carry, and the checks
//! that a signature or a certificate belongs to that key.

use der::{Decode, Encode};
use p256::pkcs8::{DecodePublicKey, EncodePublicKey};
use spki::SubjectPublicKeyInfoOwned;

use super::{HashAlgorithm, KeyAlgorithm, PkixError};

/// A public key as a PIV card's key generation answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    Rsa {
        modulus: Vec<u8>,
        exponent: Vec<u8>,
    },
    /// The uncompressed point `04‖X‖Y` on the algorithm's curve.
    Ec {
        algorithm: KeyAlgorithm,
        point: Vec<u8>,
    },
}

impl PublicKey {
    pub fn algorithm(&self) -> KeyAlgorithm {
        match self {
            Self::Rsa { .. } => KeyAlgorithm::Rsa2048,
            Self::Ec { algorithm, .. } => *algorithm,
        }
    }

    /// The key as DER `SubjectPublicKeyInfo`, checked on the way: an RSA
    /// modulus of 2048 bits, a point on the curve.
    pub fn to_spki(&self) -> Result<SubjectPublicKeyInfoOwned, PkixError> {
        let bad = |e: &dyn std::fmt::Display| PkixError::BadPublicKey(e.to_string());
        let der = match self {
            Self::Rsa { modulus, exponent } => {
                let key = rsa::RsaPublicKey::new(
                    rsa::BigUint::from_bytes_be(modulus),
                    rsa::BigUint::from_bytes_be(exponent),
                )
                .map_err(|e| bad(&e))?;
                if rsa::traits::PublicKeyParts::size(&key) != 256 {
                    return Err(PkixError::BadPublicKey(
                        "the RSA modulus is not 2048 bits".to_owned(),
                    ));
                }
                key.to_public_key_der().map_err(|e| bad(&e))?
            }
            Self::Ec {
                algorithm: KeyAlgorithm::EccP256,
                point,
            } => p256::PublicKey::from_sec1_bytes(point)
                .map_err(|e| bad(&e))?
                .to_public_key_der()
                .map_err(|e| bad(&e))?,
            Self::Ec {
                algorithm: KeyAlgorithm::EccP384,
                point,
            } => p384::PublicKey::from_sec1_bytes(point)
                .map_err(|e| bad(&e))?
                .to_public_key_der()
                .map_err(|e| bad(&e))?,
            Self::Ec {
                algorithm: KeyAlgorithm::Rsa2048,
                ..
            } => {
                return Err(PkixError::BadPublicKey(
                    "an RSA key given as a point".to_owned(),
                ));
            }
        };
        SubjectPublicKeyInfoOwned::from_der(der.as_bytes()).map_err(|e| bad(&e))
    }
}

/// Whether two `SubjectPublicKeyInfo`s hold the same key: the same
/// algorithm and the same key bits (parameters may be spelt differently,
/// e.g. RSA's NULL left out).
pub fn same_key(a: &SubjectPublicKeyInfoOwned, b: &SubjectPublicKeyInfoOwned) -> bool {
    a.algorithm.oid == b.algorithm.oid && a.subject_public_key == b.subject_public_key
}

/// Checks `signature` over `data`, hashed with `hash`, against `key`:
/// PKCS#1 v1.5 for RSA, DER-encoded ECDSA for P-256 and P-384.
pub fn verify_signature(
    key: &SubjectPublicKeyInfoOwned,
    hash: HashAlgorithm,
    data: &[u8],
    signature: &[u8],
) -> Result<(), PkixError> {
    use p256::ecdsa::signature::hazmat::PrehashVerifier;
    let der = key
        .to_der()
        .map_err(|e| PkixError::BadPublicKey(e.to_string()))?;
    let bad_key = |e: &dyn std::fmt::Display| PkixError::BadPublicKey(e.to_string());
    let digest = hash.digest(data);
    let verified = match key_algorithm(key)? {
        KeyAlgorithm::Rsa2048 => rsa::RsaPublicKey::from_public_key_der(&der)
            .map_err(|e| bad_key(&e))?
            .verify(hash.rsa_scheme(), &digest, signature)
            .is_ok(),
        KeyAlgorithm::EccP256 => {
            let key =
                p256::ecdsa::VerifyingKey::from_public_key_der(&der).map_err(|e| bad_key(&e))?;
            p256::ecdsa::DerSignature::try_from(signature)
                .is_ok_and(|sig| key.verify_prehash(&field_sized(&digest, 32), &sig).is_ok())
        }
        KeyAlgorithm::EccP384 => {
            let key =
                p384::ecdsa::VerifyingKey::from_public_key_der(&der).map_err(|e| bad_key(&e))?;
            p384::ecdsa::DerSignature::try_from(signature)
                .is_ok_and(|sig| key.verify_prehash(&field_sized(&digest, 48), &sig).is_ok())
        }
    };
    verified.then_some(()).ok_or(PkixError::BadSignature)
}

/// The key algorithm a `SubjectPublicKeyInfo` names.
pub fn key_algorithm(key: &SubjectPublicKeyInfoOwned) -> Result<KeyAlgorithm, PkixError> {
    use der::oid::db::rfc5912;
    let curve = key
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.decode_as::<der::asn1::ObjectIdentifier>().ok());
    match (key.algorithm.oid, curve) {
        (rfc5912::RSA_ENCRYPTION, _) => Ok(KeyAlgorithm::Rsa2048),
        (rfc5912::ID_EC_PUBLIC_KEY, Some(rfc5912::SECP_256_R_1)) => Ok(KeyAlgorithm::EccP256),
        (rfc5912::ID_EC_PUBLIC_KEY, Some(rfc5912::SECP_384_R_1)) => Ok(KeyAlgorithm::EccP384),
        (oid, _) => Err(PkixError::BadPublicKey(format!(
            "the key's algorithm {oid} is not RSA, P-256 or P-384"
        ))),
    }
}

/// A hash shorter than the curve's field, left-padded with zeros: the same
/// number ECDSA takes it for, in the length the verifier wants.
pub(crate) fn field_sized(digest: &[u8], field: usize) -> Vec<u8> {
    let mut sized = vec![0u8; field.saturating_sub(digest.len())];
    sized.extend_from_slice(digest);
    sized
}
