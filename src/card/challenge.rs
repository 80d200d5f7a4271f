//! The card's challenge for the PIN call, asked for the way MIM's client
//! asks the minidriver (`CardGetChallenge`): challenge data made with the
//! card's admin key, which for a PIV card is the witness of the
//! card-management key `9B`. `GET CHALLENGE` only for a card without PIV,
//! or when the officer's setting says so.

use std::fmt;

use super::CardError;
use super::apdu::{self, ADMIN_KEY_REF, PIV_AID, SW_NOT_FOUND, SW_OK};
use super::chuid::parse_tlvs;
use super::ops::{self, CardSession, exchange};

/// Which challenge to ask the card for (setting *Challenge*, `--challenge`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum ChallengeMethod {
    /// The `9B` witness when the card has a PIV application, else GET CHALLENGE.
    #[default]
    Automatic,
    /// Always the `9B` witness; a card without PIV is refused.
    PivAdminKey,
    /// Always GET CHALLENGE (8 random bytes not tied to any key).
    GetChallenge,
}

impl ChallengeMethod {
    pub fn label(self) -> &'static str {
        match self {
            Self::Automatic => "Automatic",
            Self::PivAdminKey => "PIV admin key",
            Self::GetChallenge => "GET CHALLENGE",
        }
    }
}

/// The admin key's algorithm (`--admin-key-algorithm`): read from the card's
/// key metadata when it offers it, else 3DES; or forced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum AdminKeyAlgorithm {
    #[default]
    Automatic,
    Tdes,
    Aes128,
    Aes192,
    Aes256,
}

impl AdminKeyAlgorithm {
    pub const FORCED: [Self; 4] = [Self::Tdes, Self::Aes128, Self::Aes192, Self::Aes256];

    /// The PIV algorithm identifier (SP 800-78-4 table 6-2).
    pub fn piv_id(self) -> Option<u8> {
        match self {
            Self::Automatic => None,
            Self::Tdes => Some(0x03),
            Self::Aes128 => Some(0x08),
            Self::Aes192 => Some(0x0A),
            Self::Aes256 => Some(0x0C),
        }
    }

    pub fn from_piv_id(id: u8) -> Option<Self> {
        Self::FORCED.into_iter().find(|a| a.piv_id() == Some(id))
    }

    /// The witness is one cipher block: 8 bytes for 3DES, 16 for AES.
    pub fn block_len(self) -> usize {
        match self {
            Self::Tdes | Self::Automatic => 8,
            Self::Aes128 | Self::Aes192 | Self::Aes256 => 16,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Automatic => "From the card (else 3DES)",
            Self::Tdes => "3DES",
            Self::Aes128 => "AES-128",
            Self::Aes192 => "AES-192",
            Self::Aes256 => "AES-256",
        }
    }
}

/// The challenge setting as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ChallengeChoice {
    pub method: ChallengeMethod,
    pub algorithm: AdminKeyAlgorithm,
}

/// What the card gave. Not secret: it goes into the PIN call's URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub bytes: Vec<u8>,
    /// The admin key's algorithm for a `9B` witness; `None` for GET CHALLENGE.
    pub witness_of: Option<AdminKeyAlgorithm>,
}

impl fmt::Display for Challenge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.witness_of {
            Some(algorithm) => write!(f, "admin key 9B witness ({})", algorithm.label()),
            None => f.write_str("GET CHALLENGE"),
        }
    }
}

/// Asks the card for its challenge as `choice` says.
pub fn card_challenge(
    session: &mut dyn CardSession,
    choice: ChallengeChoice,
) -> Result<Challenge, CardError> {
    if choice.method == ChallengeMethod::GetChallenge {
        return random_challenge(session);
    }
    let select = exchange(session, &apdu::select_aid(&PIV_AID))?;
    match (select.sw, choice.method) {
        (SW_OK, _) => {}
        (SW_NOT_FOUND, ChallengeMethod::Automatic) => return random_challenge(session),
        (SW_NOT_FOUND, _) => return Err(CardError::NoAdminKey),
        (sw, _) => {
            return Err(CardError::CardStatus {
                command: "SELECT PIV application",
                sw,
            });
        }
    }
    let algorithm = match choice.algorithm {
        AdminKeyAlgorithm::Automatic => {
            metadata_algorithm(session)?.unwrap_or(AdminKeyAlgorithm::Tdes)
        }
        forced => forced,
    };
    admin_key_witness(session, algorithm)
}

fn random_challenge(session: &mut dyn CardSession) -> Result<Challenge, CardError> {
    Ok(Challenge {
        bytes: ops::get_challenge(session)?.to_vec(),
        witness_of: None,
    })
}

/// The admin key's algorithm from GET METADATA (tag `01`); `None` when the
/// card does not offer metadata.
fn metadata_algorithm(
    session: &mut dyn CardSession,
) -> Result<Option<AdminKeyAlgorithm>, CardError> {
    let answer = exchange(session, &apdu::GET_METADATA_ADMIN_KEY)?;
    if answer.sw != SW_OK {
        return Ok(None);
    }
    let tlvs = parse_tlvs(&answer.data)?;
    let Some(algorithm) = tlvs.iter().find(|t| t.tag == 0x01) else {
        return Ok(None);
    };
    match algorithm.value {
        [id] => AdminKeyAlgorithm::from_piv_id(*id)
            .map(Some)
            .ok_or_else(|| {
                CardError::Malformed(format!(
                    "the admin key's metadata names algorithm {id:02X}, which is not 3DES or AES"
                ))
            }),
        _ => Err(CardError::Malformed(
            "the admin key's metadata has an algorithm that is not one byte".into(),
        )),
    }
}

/// GENERAL AUTHENTICATE asking the `9B` key for a witness (the PIV
/// application selected already): `7C 02 80 00` in,
/// `7C L 80 n <witness>` back, `n` being the cipher's block size.
pub fn admin_key_witness(
    session: &mut dyn CardSession,
    algorithm: AdminKeyAlgorithm,
) -> Result<Challenge, CardError> {
    let id = algorithm.piv_id().unwrap_or(0x03);
    let command = apdu::general_authenticate(id, ADMIN_KEY_REF, &[0x7C, 0x02, 0x80, 0x00]);
    let answer = exchange(session, &command)?;
    if answer.sw != SW_OK {
        return Err(CardError::CardStatus {
            command: "GENERAL AUTHENTICATE (admin key 9B witness)",
            sw: answer.sw,
        });
    }
    let bad = |what: &str| CardError::Malformed(format!("the admin key's witness {what}"));
    let outer = parse_tlvs(&answer.data)?;
    let template = outer
        .iter()
        .find(|t| t.tag == 0x7C)
        .ok_or_else(|| bad("is missing (no tag 7C)"))?;
    let inner = parse_tlvs(template.value)?;
    let witness = inner
        .iter()
        .find(|t| t.tag == 0x80)
        .ok_or_else(|| bad("is missing (no tag 80)"))?;
    if witness.value.len() != algorithm.block_len() {
        return Err(bad(&format!(
            "has {} bytes, not the {} of {}",
            witness.value.len(),
            algorithm.block_len(),
            algorithm.label()
        )));
    }
    Ok(Challenge {
        bytes: witness.value.to_vec(),
        witness_of: Some(algorithm),
    })
}

#[cfg(test)]
mod tests;
