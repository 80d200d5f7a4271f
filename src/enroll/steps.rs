//! The named steps of the whole enrollment, in the order they run, and how
//! far along a run is (the desk's progress bar weighs key generation, the
//! slow part on a real card).

use crate::card::piv::Slot;

/// One step of the whole enrollment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum EnrollStep {
    /// The card's id and ATR, and the request as the server has it now.
    ReadingCard,
    /// The template's smart card policy.
    Policy,
    /// `POST smartcards` (or resuming a request already bound to this card).
    Binding,
    /// The admin key opened with the server's response.
    AdminKey,
    /// The card given its own admin key, and that key proven.
    CardKey,
    /// A key pair generated on the card and its request signed.
    Keys,
    /// The certificates asked for and written to the card.
    Certificates,
    /// The PUK set from the card's own key.
    Puk,
    /// The cardholder's PIN set on the card.
    Pin,
    /// The request marked Completed.
    Completing,
}

impl EnrollStep {
    /// Every step in order.
    pub const ALL: [EnrollStep; 10] = [
        Self::ReadingCard,
        Self::Policy,
        Self::Binding,
        Self::AdminKey,
        Self::CardKey,
        Self::Keys,
        Self::Certificates,
        Self::Puk,
        Self::Pin,
        Self::Completing,
    ];

    /// The name the audit trail and the journal use (English, stable).
    pub fn name(self) -> &'static str {
        match self {
            Self::ReadingCard => "reading-card",
            Self::Policy => "policy",
            Self::Binding => "binding",
            Self::AdminKey => "admin-key",
            Self::CardKey => "card-key",
            Self::Keys => "keys",
            Self::Certificates => "certificates",
            Self::Puk => "puk",
            Self::Pin => "pin",
            Self::Completing => "completing",
        }
    }

    /// Until the PIN step an enrollment can be stopped and run again on
    /// the same card; from there on it must finish.
    pub fn can_cancel(self) -> bool {
        (self as u8) < (Self::Pin as u8)
    }
}

/// Where a run stands, for the step list and the progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub step: EnrollStep,
    /// Within `Keys`: the key being made (from 1) and how many there are.
    pub key: Option<KeyProgress>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyProgress {
    pub slot: Slot,
    pub number: usize,
    pub of: usize,
}

impl Progress {
    pub fn at(step: EnrollStep) -> Self {
        Self { step, key: None }
    }

    /// The share of the work done before this point, 0.0 to 1.0. A key
    /// counts as much as all the other steps together: on a real card it
    /// takes 5 to 60 s, the rest a second or two.
    pub fn fraction(&self) -> f32 {
        let index = EnrollStep::ALL
            .iter()
            .position(|s| *s == self.step)
            .unwrap_or(0);
        let others = EnrollStep::ALL.len() - 1;
        let keys_at = EnrollStep::ALL
            .iter()
            .position(|s| *s == EnrollStep::Keys)
            .unwrap_or(0);
        let (key_share, other_share) = (0.5_f32, 0.5_f32 / others as f32);
        let steps_done = if index > keys_at { index - 1 } else { index };
        let keys_done = match (self.step, self.key) {
            (EnrollStep::Keys, Some(k)) if k.of > 0 => {
                (k.number.saturating_sub(1)) as f32 / k.of as f32
            }
            (EnrollStep::Keys, _) => 0.0,
            _ if index > keys_at => 1.0,
            _ => 0.0,
        };
        (steps_done as f32 * other_share + keys_done * key_share).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_grows_step_by_step_and_keys_weigh_half() {
        let mut last = -1.0;
        for step in EnrollStep::ALL {
            let now = Progress::at(step).fraction();
            assert!(now > last, "{step:?}: {now} after {last}");
            last = now;
        }
        let key = |number| Progress {
            step: EnrollStep::Keys,
            key: Some(KeyProgress {
                slot: Slot::Authentication,
                number,
                of: 2,
            }),
        };
        let certificates = Progress::at(EnrollStep::Certificates).fraction();
        assert!(key(2).fraction() - key(1).fraction() > 0.2);
        assert!(certificates - key(1).fraction() > 0.45);
        assert!(EnrollStep::Certificates.can_cancel());
        assert!(!EnrollStep::Pin.can_cancel());
        assert!(!EnrollStep::Completing.can_cancel());
    }
}
