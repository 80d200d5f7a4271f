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
    /// Unblocking: the card's PUK worked out again from its admin key.
    CardPuk,
    /// The cardholder's PIN set on the card.
    Pin,
    /// The request marked Completed.
    Completing,
}

impl EnrollStep {
    /// The steps of an unblock, in order.
    pub const UNBLOCK: [EnrollStep; 5] = [
        Self::ReadingCard,
        Self::Policy,
        Self::CardPuk,
        Self::Pin,
        Self::Completing,
    ];

    /// Every step of an enrollment, in order.
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
            Self::CardPuk => "card-puk",
            Self::Pin => "pin",
            Self::Completing => "completing",
        }
    }

    /// Until the PIN step an enrollment can be stopped and run again on
    /// the same card; from there on it must finish.
    pub fn can_cancel(self) -> bool {
        !matches!(self, Self::Pin | Self::Completing)
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

    /// The share of an enrollment done before this point, 0.0 to 1.0.
    pub fn fraction(&self) -> f32 {
        self.fraction_in(&EnrollStep::ALL)
    }

    /// The share of `plan` done before this point. Where the plan makes
    /// keys, they count as much as all its other steps together: on a real
    /// card a key takes 5 to 60 s, the rest a second or two.
    pub fn fraction_in(&self, plan: &[EnrollStep]) -> f32 {
        let index = plan.iter().position(|s| *s == self.step).unwrap_or(0);
        let Some(keys_at) = plan.iter().position(|s| *s == EnrollStep::Keys) else {
            return index as f32 / plan.len().max(1) as f32;
        };
        let other_share = 0.5 / (plan.len() - 1).max(1) as f32;
        let (steps_done, keys_done) = match (index.cmp(&keys_at), self.key) {
            (std::cmp::Ordering::Less, _) => (index, 0.0),
            (std::cmp::Ordering::Greater, _) => (index - 1, 1.0),
            (std::cmp::Ordering::Equal, Some(k)) if k.of > 0 => {
                (index, k.number.saturating_sub(1) as f32 / k.of as f32)
            }
            (std::cmp::Ordering::Equal, _) => (index, 0.0),
        };
        (steps_done as f32 * other_share + keys_done * 0.5).clamp(0.0, 1.0)
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
        let unblock: Vec<f32> = EnrollStep::UNBLOCK
            .iter()
            .map(|s| Progress::at(*s).fraction_in(&EnrollStep::UNBLOCK))
            .collect();
        assert!(unblock.windows(2).all(|w| w[0] < w[1]), "{unblock:?}");
    }
}
