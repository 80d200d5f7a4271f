//! The one secret this program touches: the server-proposed PIN.
//!
//! It lives only in a [`Pin`]: the text is zeroized when the value is dropped,
//! `Debug` and `Display` print a placeholder, and the type is neither `Clone`
//! nor `Serialize`, so it cannot be copied or written out by accident.

use std::fmt;

use zeroize::Zeroizing;

pub struct Pin(Zeroizing<String>);

impl Pin {
    /// Takes ownership of the text; the caller keeps no copy.
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    /// The digits, for the one place that shows them to the officer.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.chars().count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(<redacted>)")
    }
}

impl fmt::Display for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted PIN>")
    }
}

/// A card's PUK, worked out from its admin key when it is needed and
/// wiped after; never shown to anyone, never logged.
pub struct Puk(Zeroizing<String>);

impl Puk {
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Puk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Puk(<redacted>)")
    }
}

/// What a PIN the cardholder types must be: what a PIV card takes.
pub const PIN_LENGTHS: std::ops::RangeInclusive<usize> = 6..=8;

/// Why a typed PIN is refused (never quoting it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NewPinProblem {
    #[error("the PIN must be 6 to 8 characters")]
    Length,
    #[error("the PIN may hold letters, digits and punctuation only, no spaces")]
    Characters,
    #[error("the two entries differ")]
    Mismatch,
}

/// The cardholder's new PIN from two entries, checked: the same twice,
/// 6 to 8 printable ASCII characters without spaces.
pub fn new_pin_from(first: &str, second: &str) -> Result<Pin, NewPinProblem> {
    if !first.chars().all(|c| c.is_ascii_graphic()) {
        return Err(NewPinProblem::Characters);
    }
    if !PIN_LENGTHS.contains(&first.len()) {
        return Err(NewPinProblem::Length);
    }
    if first != second {
        return Err(NewPinProblem::Mismatch);
    }
    Ok(Pin::new(first.to_owned()))
}

/// What the server answered when asked for the PIN.
#[derive(Debug)]
pub enum PinOutcome {
    /// The server proposed this PIN; show it once, then drop it.
    Proposed(Pin),
    /// The profile template lets the cardholder choose the PIN (HTTP 204).
    CardholderChooses,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_pin_must_fit_the_card_and_match() {
        assert_eq!(
            new_pin_from("12345", "12345").err(),
            Some(NewPinProblem::Length)
        );
        assert_eq!(
            new_pin_from("123456789", "123456789").err(),
            Some(NewPinProblem::Length)
        );
        assert_eq!(
            new_pin_from("1234 56", "1234 56").err(),
            Some(NewPinProblem::Characters)
        );
        assert_eq!(
            new_pin_from("12345ü", "12345ü").err(),
            Some(NewPinProblem::Characters)
        );
        assert_eq!(
            new_pin_from("123456", "123457").err(),
            Some(NewPinProblem::Mismatch)
        );
        assert_eq!(
            new_pin_from("Ab3$5678", "Ab3$5678").unwrap().expose(),
            "Ab3$5678"
        );
    }

    #[test]
    fn debug_and_display_never_show_the_digits() {
        let pin = Pin::new("04719385".to_owned());
        assert!(!format!("{pin:?}").contains("0471"));
        assert!(!format!("{pin}").contains("0471"));
        assert!(
            !format!("{:?}", PinOutcome::Proposed(Pin::new("04719385".into()))).contains("0471")
        );
        assert_eq!(pin.expose(), "04719385");
        assert_eq!(pin.len(), 8);
    }
}
