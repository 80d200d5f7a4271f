//! The key and hash algorithms a certificate request can name, as the
//! server's `certificaterequestgenerationoptions` spell them, and what each
//! means on the wire: the signature algorithm's identifier and, for RSA,
//! the PKCS#1 v1.5 block the card's raw private-key operation signs.

use der::asn1::{Any, ObjectIdentifier};
use der::oid::db::rfc5912;
use sha1::Digest;
use spki::AlgorithmIdentifierOwned;

use super::PkixError;

/// ecdsa-with-SHA1 (RFC 3279), which const-oid's database leaves out.
const ECDSA_WITH_SHA_1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.1");

/// A key pair the card can generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum KeyAlgorithm {
    Rsa2048,
    EccP256,
    EccP384,
}

impl KeyAlgorithm {
    /// From the options' `KeyAlgorithmName` and `KeySize` ("RSA" 2048,
    /// "ECDSA_P256", "ECDH_P384", …). Anything a PIV card cannot generate
    /// is refused by name.
    pub fn from_options(name: &str, size: Option<u32>) -> Result<Self, PkixError> {
        let upper = name.trim().to_ascii_uppercase();
        let unsupported = || PkixError::UnsupportedKey {
            name: name.to_owned(),
            size,
        };
        match upper.as_str() {
            "RSA" => match size {
                Some(2048) | None | Some(0) => Ok(Self::Rsa2048),
                Some(_) => Err(unsupported()),
            },
            "ECDSA_P256" | "ECDH_P256" | "ECC_P256" | "P256" | "NISTP256" => Ok(Self::EccP256),
            "ECDSA_P384" | "ECDH_P384" | "ECC_P384" | "P384" | "NISTP384" => Ok(Self::EccP384),
            "ECDSA" | "ECC" | "EC" => match size {
                Some(256) => Ok(Self::EccP256),
                Some(384) => Ok(Self::EccP384),
                _ => Err(unsupported()),
            },
            _ => Err(unsupported()),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Rsa2048 => "RSA 2048",
            Self::EccP256 => "ECC P-256",
            Self::EccP384 => "ECC P-384",
        }
    }

    pub fn is_rsa(self) -> bool {
        self == Self::Rsa2048
    }
}

/// The hash a certificate request is signed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum HashAlgorithm {
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

impl HashAlgorithm {
    /// From `HashAlgorithmName` ("SHA1", "sha256", "SHA-384", …); an empty
    /// name takes SHA-256, the usual default of a template.
    pub fn from_name(name: &str) -> Result<Self, PkixError> {
        let compact: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_uppercase();
        match compact.as_str() {
            "SHA1" => Ok(Self::Sha1),
            "SHA256" | "" => Ok(Self::Sha256),
            "SHA384" => Ok(Self::Sha384),
            "SHA512" => Ok(Self::Sha512),
            _ => Err(PkixError::UnsupportedHash(name.to_owned())),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Sha1 => "SHA-1",
            Self::Sha256 => "SHA-256",
            Self::Sha384 => "SHA-384",
            Self::Sha512 => "SHA-512",
        }
    }

    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Self::Sha1 => sha1::Sha1::digest(data).to_vec(),
            Self::Sha256 => sha2::Sha256::digest(data).to_vec(),
            Self::Sha384 => sha2::Sha384::digest(data).to_vec(),
            Self::Sha512 => sha2::Sha512::digest(data).to_vec(),
        }
    }

    /// The DigestInfo prefix of PKCS#1 v1.5, from the `rsa` crate's table.
    fn digest_info_prefix(self) -> Box<[u8]> {
        use rsa::pkcs1v15::Pkcs1v15Sign;
        match self {
            Self::Sha1 => Pkcs1v15Sign::new::<sha1::Sha1>().prefix,
            Self::Sha256 => Pkcs1v15Sign::new::<sha2::Sha256>().prefix,
            Self::Sha384 => Pkcs1v15Sign::new::<sha2::Sha384>().prefix,
            Self::Sha512 => Pkcs1v15Sign::new::<sha2::Sha512>().prefix,
        }
    }

    /// The scheme that checks an RSA signature made with this hash.
    pub(crate) fn rsa_scheme(self) -> rsa::pkcs1v15::Pkcs1v15Sign {
        use rsa::pkcs1v15::Pkcs1v15Sign;
        match self {
            Self::Sha1 => Pkcs1v15Sign::new::<sha1::Sha1>(),
            Self::Sha256 => Pkcs1v15Sign::new::<sha2::Sha256>(),
            Self::Sha384 => Pkcs1v15Sign::new::<sha2::Sha384>(),
            Self::Sha512 => Pkcs1v15Sign::new::<sha2::Sha512>(),
        }
    }
}

/// The signature algorithm a request or certificate names for `key` and
/// `hash`: RSA's with a NULL parameter, ECDSA's with none (RFC 5758).
pub fn signature_algorithm(key: KeyAlgorithm, hash: HashAlgorithm) -> AlgorithmIdentifierOwned {
    let oid = match (key.is_rsa(), hash) {
        (true, HashAlgorithm::Sha1) => rfc5912::SHA_1_WITH_RSA_ENCRYPTION,
        (true, HashAlgorithm::Sha256) => rfc5912::SHA_256_WITH_RSA_ENCRYPTION,
        (true, HashAlgorithm::Sha384) => rfc5912::SHA_384_WITH_RSA_ENCRYPTION,
        (true, HashAlgorithm::Sha512) => rfc5912::SHA_512_WITH_RSA_ENCRYPTION,
        (false, HashAlgorithm::Sha1) => ECDSA_WITH_SHA_1,
        (false, HashAlgorithm::Sha256) => rfc5912::ECDSA_WITH_SHA_256,
        (false, HashAlgorithm::Sha384) => rfc5912::ECDSA_WITH_SHA_384,
        (false, HashAlgorithm::Sha512) => rfc5912::ECDSA_WITH_SHA_512,
    };
    AlgorithmIdentifierOwned {
        oid,
        parameters: key.is_rsa().then(Any::null),
    }
}

/// The key and hash a signature algorithm identifier names, if it is one
/// of ours (the simulator's CA reads requests with it).
pub fn algorithms_of(signature: &ObjectIdentifier) -> Option<(bool, HashAlgorithm)> {
    [
        HashAlgorithm::Sha1,
        HashAlgorithm::Sha256,
        HashAlgorithm::Sha384,
        HashAlgorithm::Sha512,
    ]
    .into_iter()
    .flat_map(|hash| [(true, hash), (false, hash)])
    .find(|(rsa, hash)| {
        let key = if *rsa {
            KeyAlgorithm::Rsa2048
        } else {
            KeyAlgorithm::EccP256
        };
        signature_algorithm(key, *hash).oid == *signature
    })
}

/// What an RSA-2048 card signs for `digest`: the whole PKCS#1 v1.5 block
/// (`00 01 FF…FF 00 DigestInfo`), since a PIV card's RSA signature is the
/// raw private-key operation.
pub fn pkcs1_v15_block(hash: HashAlgorithm, digest: &[u8]) -> Result<Vec<u8>, PkixError> {
    const MODULUS_BYTES: usize = 256;
    let prefix = hash.digest_info_prefix();
    let info_len = prefix.len() + digest.len();
    // At least eight bytes of FF padding (RFC 8017 9.2).
    let padding = MODULUS_BYTES
        .checked_sub(info_len + 3)
        .filter(|n| *n >= 8)
        .ok_or(PkixError::DigestTooLong)?;
    let mut block = Vec::with_capacity(MODULUS_BYTES);
    block.extend_from_slice(&[0x00, 0x01]);
    block.resize(2 + padding, 0xFF);
    block.push(0x00);
    block.extend_from_slice(&prefix);
    block.extend_from_slice(digest);
    Ok(block)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_name_the_three_keys_a_piv_card_makes() {
        assert_eq!(
            KeyAlgorithm::from_options("RSA", Some(2048)).unwrap(),
            KeyAlgorithm::Rsa2048
        );
        assert_eq!(
            KeyAlgorithm::from_options("ecdsa_p256", Some(256)).unwrap(),
            KeyAlgorithm::EccP256
        );
        assert_eq!(
            KeyAlgorithm::from_options("ECDSA", Some(384)).unwrap(),
            KeyAlgorithm::EccP384
        );
        assert!(KeyAlgorithm::from_options("RSA", Some(4096)).is_err());
        assert!(KeyAlgorithm::from_options("DSA", Some(2048)).is_err());
        assert_eq!(
            HashAlgorithm::from_name("SHA1").unwrap(),
            HashAlgorithm::Sha1
        );
        assert_eq!(
            HashAlgorithm::from_name("sha-384").unwrap(),
            HashAlgorithm::Sha384
        );
        assert!(HashAlgorithm::from_name("MD5").is_err());
    }

    #[test]
    fn the_rsa_block_is_what_the_rsa_crate_verifies() {
        use rsa::traits::PublicKeyParts;
        let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).unwrap();
        let public = key.to_public_key();
        let digest = HashAlgorithm::Sha256.digest(b"to be signed");
        let block = pkcs1_v15_block(HashAlgorithm::Sha256, &digest).unwrap();
        assert_eq!(block.len(), public.size());
        let signature = rsa::hazmat::rsa_decrypt_and_check(
            &key,
            None::<&mut rsa::rand_core::OsRng>,
            &rsa::BigUint::from_bytes_be(&block),
        )
        .unwrap()
        .to_bytes_be();
        public
            .verify(HashAlgorithm::Sha256.rsa_scheme(), &digest, &signature)
            .unwrap();
    }

    #[test]
    fn signature_identifiers_round_trip() {
        for hash in [
            HashAlgorithm::Sha1,
            HashAlgorithm::Sha256,
            HashAlgorithm::Sha384,
        ] {
            for key in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP384] {
                let id = signature_algorithm(key, hash);
                assert_eq!(algorithms_of(&id.oid), Some((key.is_rsa(), hash)));
                assert_eq!(id.parameters.is_some(), key.is_rsa());
            }
        }
    }
}
