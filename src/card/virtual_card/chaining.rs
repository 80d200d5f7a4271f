//! Long commands and long answers (ISO 7816-4 5.1.1.1 and 5.3.4): a command
//! arrives in parts with CLA `10` on every part but the last and is put back
//! together; an answer longer than the caller asked for (Le, 256 when
//! absent) leaves in parts, `61 xx` telling how much is still waiting for
//! GET RESPONSE.

use zeroize::Zeroizing;

use super::VirtualCard;
use super::command::{
    Command, SW_CONDITIONS, SW_OK, SW_UNKNOWN_CLA, SW_WRONG_LENGTH, SW_WRONG_P1P2, sw_only,
};

/// CLA bit 5: more parts of this command follow.
const CHAINED: u8 = 0x10;
const GET_RESPONSE: u8 = 0xC0;
/// The most a chained command may carry: more than any data object
/// (3 KB on a YubiKey) with its tags.
const MAX_COMMAND: usize = 4096;

/// A command being received in parts.
#[derive(Clone)]
pub(super) struct Chain {
    /// INS, P1 and P2, which every part repeats.
    header: [u8; 3],
    /// May hold a PIN or a key, so it is wiped when dropped.
    data: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for Chain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Chain(<redacted>)")
    }
}

impl VirtualCard {
    /// One APDU: a part of a chained command is kept, GET RESPONSE gives
    /// the next part of a long answer, anything else is answered in full
    /// (and drops a chain or an answer left waiting).
    pub(super) fn take_apdu(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.cla & !CHAINED != 0 {
            self.session.drop_parts();
            return sw_only(SW_UNKNOWN_CLA);
        }
        if cmd.ins == GET_RESPONSE && cmd.cla == 0 {
            self.session.chain = None;
            return self.get_response(cmd);
        }
        self.session.waiting = None;
        let header = [cmd.ins, cmd.p1, cmd.p2];
        let mut data = match self.session.chain.take() {
            Some(chain) if chain.header == header => chain.data,
            // Another command between the parts ends the chain unanswered.
            _ => Zeroizing::new(Vec::new()),
        };
        data.extend_from_slice(cmd.data);
        if data.len() > MAX_COMMAND {
            return sw_only(SW_WRONG_LENGTH);
        }
        if cmd.cla & CHAINED != 0 {
            self.session.chain = Some(Chain { header, data });
            return sw_only(SW_OK);
        }
        let answer = self.dispatch(&cmd.with_data(&data));
        self.send_in_parts(answer, cmd.le)
    }

    fn get_response(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0, 0) {
            return sw_only(SW_WRONG_P1P2);
        }
        let Some(mut rest) = self.session.waiting.take() else {
            return sw_only(SW_CONDITIONS);
        };
        rest.extend_from_slice(&SW_OK.to_be_bytes());
        self.send_in_parts(rest, cmd.le)
    }

    /// `answer` (data and status word) as is when it fits `le`, else its
    /// first part and `61 xx`, the rest kept for GET RESPONSE.
    fn send_in_parts(&mut self, mut answer: Vec<u8>, le: Option<u8>) -> Vec<u8> {
        // Le 00, or none at all, is 256 (pcscd passes commands without Le
        // to T=1 cards, which answer them in full).
        let room = le.filter(|&n| n != 0).map_or(256, usize::from);
        let data_len = answer.len().saturating_sub(2);
        if data_len <= room || answer[data_len..] != SW_OK.to_be_bytes() {
            return answer;
        }
        answer.truncate(data_len);
        let rest = answer.split_off(room);
        // 61 00: 256 bytes or more are waiting.
        let waiting = u8::try_from(rest.len()).unwrap_or(0);
        self.session.waiting = Some(rest);
        answer.extend_from_slice(&[0x61, waiting]);
        answer
    }
}

#[cfg(test)]
mod tests;
