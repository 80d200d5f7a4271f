//! The PIN (`80`) and the PUK (`81`): VERIFY, CHANGE REFERENCE DATA and
//! RESET RETRY COUNTER, each value 6 to 8 ASCII bytes sent padded with FF
//! to 8, each with its own try counter. A blocked PIN is unblocked by the
//! PUK; a blocked PUK stays blocked.

use zeroize::Zeroizing;

use super::VirtualCard;
use super::command::{
    Command, SW_BLOCKED, SW_NO_REFERENCE, SW_OK, SW_WRONG_DATA, SW_WRONG_P1P2, sw_only,
};

pub(super) const PIN_REF: u8 = 0x80;
pub(super) const PUK_REF: u8 = 0x81;
/// A fresh card's values, as every PIV card vendor ships them.
const FACTORY_PIN: &[u8] = b"123456";
const FACTORY_PUK: &[u8] = b"12345678";
pub(super) const FACTORY_TRIES: u8 = 3;
/// A value travels padded with FF to this many bytes.
const PADDED: usize = 8;

/// One reference datum (the PIN or the PUK) and its try counter.
#[derive(Clone)]
pub(super) struct Secret {
    value: Zeroizing<[u8; PADDED]>,
    factory: [u8; PADDED],
    tries: u8,
    tries_left: u8,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The value is a secret: its counter only.
        write!(
            f,
            "Secret(<redacted>, {} of {} tries left)",
            self.tries_left, self.tries
        )
    }
}

impl Secret {
    pub fn factory_pin(tries: u8) -> Self {
        Self::new(FACTORY_PIN, tries)
    }

    pub fn factory_puk(tries: u8) -> Self {
        Self::new(FACTORY_PUK, tries)
    }

    fn new(value: &[u8], tries: u8) -> Self {
        let factory = padded(value);
        Self {
            value: Zeroizing::new(factory),
            factory,
            tries,
            tries_left: tries,
        }
    }

    pub fn tries(&self) -> u8 {
        self.tries
    }

    pub fn tries_left(&self) -> u8 {
        self.tries_left
    }

    pub fn is_factory_value(&self) -> bool {
        *self.value == self.factory
    }

    /// Compares `offered` (padded), counting a wrong one: `Ok` or the
    /// status word to answer (`63 Cx` with the tries left, `69 83`).
    fn check(&mut self, offered: &[u8]) -> Result<(), u16> {
        if self.tries_left == 0 {
            return Err(SW_BLOCKED);
        }
        if offered == self.value.as_slice() {
            self.tries_left = self.tries;
            return Ok(());
        }
        self.tries_left -= 1;
        Err(tries_left_sw(self.tries_left))
    }

    /// The same secret holding `value` instead (a card set up as if used).
    pub fn holding(mut self, value: &[u8]) -> Self {
        self.set(&padded(value));
        self
    }

    /// The same secret with no tries left: wrong too often.
    pub fn blocked(mut self) -> Self {
        self.tries_left = 0;
        self
    }

    fn set(&mut self, new: &[u8]) {
        self.value.copy_from_slice(new);
        self.tries_left = self.tries;
    }
}

/// `63 Cx`: wrong, `x` tries left.
fn tries_left_sw(left: u8) -> u16 {
    0x63C0 | u16::from(left.min(0x0F))
}

fn padded(value: &[u8]) -> [u8; PADDED] {
    let mut out = [0xFF; PADDED];
    let len = value.len().min(PADDED);
    out[..len].copy_from_slice(&value[..len]);
    out
}

/// A value as it must travel: 6 to 8 ASCII bytes, then FF up to 8.
fn well_formed(block: &[u8]) -> bool {
    let value_len = block.iter().position(|&b| b == 0xFF).unwrap_or(block.len());
    block.len() == PADDED
        && (6..=PADDED).contains(&value_len)
        && block[..value_len].is_ascii()
        && block[value_len..].iter().all(|&b| b == 0xFF)
}

impl VirtualCard {
    /// VERIFY the PIN: with data, checks it; without, tells the tries left
    /// (`90 00` when already verified in this session). P1 `FF` forgets
    /// a verified PIN (SP 800-73-4 3.2.1).
    pub(super) fn verify(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.p2 != PIN_REF {
            return sw_only(SW_NO_REFERENCE);
        }
        match (cmd.p1, cmd.data) {
            (0xFF, []) => {
                self.session.pin_verified = false;
                sw_only(SW_OK)
            }
            (0x00, []) if self.pin.tries_left() == 0 => sw_only(SW_BLOCKED),
            (0x00, []) if self.session.pin_verified => sw_only(SW_OK),
            (0x00, []) => sw_only(tries_left_sw(self.pin.tries_left())),
            (0x00, offered) if !well_formed(offered) => sw_only(SW_WRONG_DATA),
            (0x00, offered) => {
                let checked = self.pin.check(offered);
                self.session.pin_verified = checked.is_ok();
                if checked.is_ok() {
                    self.session.pin_verified_by = Some(self.session.commands);
                }
                sw_only(checked.err().unwrap_or(SW_OK))
            }
            _ => sw_only(SW_WRONG_P1P2),
        }
    }

    /// CHANGE REFERENCE DATA for the PIN (`80`) or the PUK (`81`): the old
    /// value, then the new one.
    pub(super) fn change_reference(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.p1 != 0 {
            return sw_only(SW_WRONG_P1P2);
        }
        let secret = match cmd.p2 {
            PIN_REF => &mut self.pin,
            PUK_REF => &mut self.puk,
            _ => return sw_only(SW_NO_REFERENCE),
        };
        sw_only(replace(secret, None, cmd.data))
    }

    /// RESET RETRY COUNTER: the PUK, then the new PIN, which is unblocked.
    pub(super) fn reset_retry_counter(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.p1 != 0 {
            return sw_only(SW_WRONG_P1P2);
        }
        if cmd.p2 != PIN_REF {
            return sw_only(SW_NO_REFERENCE);
        }
        sw_only(replace(&mut self.puk, Some(&mut self.pin), cmd.data))
    }
}

/// `data` is the value `checked` holds and a new value, 8 bytes each; the
/// new one goes to `target`, or to `checked` itself when there is none.
fn replace(checked: &mut Secret, target: Option<&mut Secret>, data: &[u8]) -> u16 {
    let (old, new) = data.split_at(data.len().min(PADDED));
    if !well_formed(old) || !well_formed(new) {
        return SW_WRONG_DATA;
    }
    if let Err(sw) = checked.check(old) {
        return sw;
    }
    target.unwrap_or(checked).set(new);
    SW_OK
}

#[cfg(test)]
mod tests;
