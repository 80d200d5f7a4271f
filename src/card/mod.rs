//! Readers, cards and the two backends (real PC/SC and simulated) behind one
//! trait, so the GUI, the CLI, the demo and the tests share the same code.

pub mod admin_key;
pub mod apdu;
pub mod challenge;
pub mod chuid;
mod error;
mod monitor;
pub mod ops;
pub mod pcsc_backend;
mod pcsc_error;
mod pcsc_hold;
pub mod piv;
mod reader_diff;
pub mod sim_backend;
pub mod virtual_card;
pub mod vpcd;

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

use crate::ids::Atr;

pub use challenge::{AdminKeyAlgorithm, Challenge, ChallengeChoice, ChallengeMethod};
pub use error::{CardError, SecretKind, sw_words};
pub use pcsc_backend::PcscBackend;
pub use sim_backend::SimBackend;
pub use virtual_card::VirtualCard;

/// One reader as last seen, and the card in it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderSnapshot {
    pub name: String,
    pub card: Option<Atr>,
}

/// What the backends report while they watch the readers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderEvent {
    ReaderAdded(String),
    ReaderRemoved(String),
    CardInserted {
        reader: String,
        atr: Atr,
    },
    CardRemoved {
        reader: String,
    },
    /// The smart-card service went away (or was never there).
    ServiceUnavailable {
        detail: String,
    },
    /// The smart-card service is reachable again after `ServiceUnavailable`.
    ServiceBack,
}

/// Where a backend delivers its events. The GUI worker passes a closure that
/// forwards to a channel and requests a repaint.
pub type EventSink = Box<dyn Fn(ReaderEvent) + Send + Sync>;

/// How the 16 bytes of the CHUID GUID (tag 34) are turned into a GUID string.
///
/// MIM CM does not document which order it expects, so this is a setting:
/// - `microsoft` (default): .NET `new Guid(byte[])` order, i.e. the first three
///   fields are little-endian. A card personalised by Windows stores
///   `Guid.ToByteArray()`, and this order reads it back unchanged.
/// - `rfc4122`: the bytes in the order they are stored (big-endian fields).
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
pub enum GuidByteOrder {
    #[default]
    Microsoft,
    Rfc4122,
}

impl GuidByteOrder {
    pub fn name(self) -> &'static str {
        match self {
            Self::Microsoft => "microsoft",
            Self::Rfc4122 => "rfc4122",
        }
    }
}

impl fmt::Display for GuidByteOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for GuidByteOrder {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "microsoft" => Ok(Self::Microsoft),
            "rfc4122" => Ok(Self::Rfc4122),
            _ => Err(format!(
                "'{text}' is not a GUID byte order: use microsoft or rfc4122"
            )),
        }
    }
}

/// What the program learns from a card without a PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardInfo {
    pub atr: Atr,
    /// The CHUID GUID; `None` when the card has no PIV application, no CHUID,
    /// or an all-zero GUID.
    pub card_id: Option<Uuid>,
}

impl CardInfo {
    /// Whether this is the card known by `atr` and `card_id` — the one rule
    /// for "is this the same card?": the same ATR and, when this card holds
    /// an id, the same id. A card without one is taken on its ATR (its id
    /// was typed in).
    pub fn is_card(&self, atr: &Atr, card_id: Uuid) -> bool {
        self.atr == *atr && self.card_id.is_none_or(|id| id == card_id)
    }
}

/// The card layer as the rest of the program sees it; implemented by the real
/// PC/SC backend and by the simulated one.
pub trait ReaderBackend: Send + Sync {
    /// The readers and their cards right now.
    fn snapshot(&self) -> Result<Vec<ReaderSnapshot>, CardError>;
    /// Reads the ATR and the card id of the card in `reader`.
    fn read_card(&self, reader: &str, order: GuidByteOrder) -> Result<CardInfo, CardError>;
    /// Connects to the card in `reader` and keeps it: one connection
    /// (exclusive where the reader allows) and one transaction until the
    /// hold is dropped, then released as it is, never reset, so a challenge
    /// the card issued stays live until the server has answered.
    fn hold(&self, reader: &str) -> Result<Box<dyn HeldCard + '_>, CardError>;
    /// Asks the card in `reader` for its challenge in a hold of its own.
    fn challenge(&self, reader: &str, choice: ChallengeChoice) -> Result<Challenge, CardError> {
        self.hold(reader)?.challenge(choice)
    }
}

/// A card held by [`ReaderBackend::hold`]. Every call fails with
/// `CardRemoved` once the card has left (or was reset) since the hold began.
pub trait HeldCard {
    fn atr(&self) -> &Atr;
    /// The held connection itself, for the PIV operations (`piv`).
    fn session(&mut self) -> &mut dyn ops::CardSession;
    /// The card id from the CHUID, as in [`ReaderBackend::read_card`].
    fn card_id(&mut self, order: GuidByteOrder) -> Result<Option<Uuid>, CardError>;
    /// The card's challenge; see [`challenge::card_challenge`].
    fn challenge(&mut self, choice: ChallengeChoice) -> Result<Challenge, CardError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_card_has_the_same_atr_and_id_unless_it_has_none() {
        let atr = Atr::new(vec![0x3b, 0x80]);
        let id = Uuid::from_u128(1);
        let card = |atr: &Atr, card_id| CardInfo {
            atr: atr.clone(),
            card_id,
        };
        assert!(card(&atr, Some(id)).is_card(&atr, id));
        assert!(card(&atr, None).is_card(&atr, id), "a typed-in id");
        assert!(!card(&atr, Some(Uuid::from_u128(2))).is_card(&atr, id));
        assert!(!card(&Atr::new(vec![0x3b]), Some(id)).is_card(&atr, id));
    }

    #[test]
    fn byte_order_names_round_trip() {
        for order in [GuidByteOrder::Microsoft, GuidByteOrder::Rfc4122] {
            assert_eq!(order.name().parse::<GuidByteOrder>(), Ok(order));
        }
        assert_eq!(GuidByteOrder::default(), GuidByteOrder::Microsoft);
        assert!("little".parse::<GuidByteOrder>().is_err());
    }
}
