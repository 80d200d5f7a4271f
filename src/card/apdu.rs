//! Command APDU builders and response parsing (ISO 7816-4, short APDUs only).

use super::CardError;

/// The PIV application identifier (NIST SP 800-73-4), version 1.0.
pub const PIV_AID: [u8; 11] = [
    0xA0, 0x00, 0x00, 0x03, 0x08, 0x00, 0x00, 0x10, 0x00, 0x01, 0x00,
];

/// The tag list that names the CHUID container for GET DATA.
pub const CHUID_TAG_LIST: [u8; 5] = [0x5C, 0x03, 0x5F, 0xC1, 0x02];

/// GET CHALLENGE for 8 bytes.
pub const GET_CHALLENGE: [u8; 5] = [0x00, 0x84, 0x00, 0x00, 0x08];

/// The PIV card-management ("admin") key reference.
pub const ADMIN_KEY_REF: u8 = 0x9B;

/// GET METADATA for the admin key (INS F7, a widespread PIV extension):
/// tag `01` in the answer names the key's algorithm.
pub const GET_METADATA_ADMIN_KEY: [u8; 5] = [0x00, 0xF7, 0x00, ADMIN_KEY_REF, 0x00];

pub const SW_OK: u16 = 0x9000;
pub const SW_NOT_FOUND: u16 = 0x6A82;

/// SELECT by AID (first or only occurrence), asking for the FCI/APT.
pub fn select_aid(aid: &[u8]) -> Vec<u8> {
    case4(0x00, 0xA4, 0x04, 0x00, aid)
}

/// GET DATA for a PIV data object, given its tag list (`5C ..`).
pub fn get_data(tag_list: &[u8]) -> Vec<u8> {
    case4(0x00, 0xCB, 0x3F, 0xFF, tag_list)
}

/// GENERAL AUTHENTICATE with key `key_ref` of algorithm `algorithm`; `data`
/// is the dynamic authentication template (`7C ..`).
pub fn general_authenticate(algorithm: u8, key_ref: u8, data: &[u8]) -> Vec<u8> {
    case4(0x00, 0x87, algorithm, key_ref, data)
}

/// A command before it is cut for the wire: its data may be longer than one
/// short APDU holds, and is then sent in parts with command chaining
/// (ISO 7816-4 5.1.1.1: CLA bit `10` on every part but the last), which
/// every PIV card and reader takes, where extended length is not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command<'a> {
    pub ins: u8,
    pub p1: u8,
    pub p2: u8,
    pub data: &'a [u8],
    /// Whether an answer is asked for (Le = 00, up to 256 bytes a part).
    pub wants_answer: bool,
}

/// The longest data one short APDU carries.
const SHORT_DATA: usize = 255;

impl Command<'_> {
    /// The short APDUs that carry this command, in order.
    pub fn parts(&self) -> Vec<Vec<u8>> {
        let chunks: Vec<&[u8]> = if self.data.is_empty() {
            vec![&[]]
        } else {
            self.data.chunks(SHORT_DATA).collect()
        };
        let last = chunks.len() - 1;
        chunks
            .into_iter()
            .enumerate()
            .map(|(i, chunk)| {
                let cla = if i == last { 0x00 } else { 0x10 };
                let mut apdu = vec![cla, self.ins, self.p1, self.p2];
                if !chunk.is_empty() {
                    // A chunk is at most 255 bytes, so its length fits Lc.
                    apdu.push(chunk.len() as u8);
                    apdu.extend_from_slice(chunk);
                }
                if i == last && self.wants_answer {
                    apdu.push(0x00);
                }
                apdu
            })
            .collect()
    }
}

/// GET RESPONSE for the `le` bytes a `61xx` said are waiting.
pub fn get_response(le: u8) -> Vec<u8> {
    vec![0x00, 0xC0, 0x00, 0x00, le]
}

/// Header + Lc + data + Le=00 (up to 256 bytes back). Data longer than 255
/// bytes would need extended length, which nothing here sends.
fn case4(cla: u8, ins: u8, p1: u8, p2: u8, data: &[u8]) -> Vec<u8> {
    let mut apdu = Vec::with_capacity(6 + data.len());
    apdu.extend_from_slice(&[cla, ins, p1, p2, data.len().min(255) as u8]);
    apdu.extend_from_slice(&data[..data.len().min(255)]);
    apdu.push(0x00);
    apdu
}

/// The same command asking for exactly `le` bytes (for a `6Cxx` answer).
pub fn with_le(apdu: &[u8], le: u8) -> Vec<u8> {
    let mut again = apdu.to_vec();
    match again.len() {
        // Case 1 has no Le field yet: add one.
        4 => again.push(le),
        // Case 2 and case 4 end with Le.
        _ => {
            if let Some(last) = again.last_mut() {
                *last = le;
            }
        }
    }
    again
}

/// Refuses commands a reader cannot take. vpcd reads a 1-byte payload as a
/// control code and then hangs that reader, so anything under a 4-byte
/// header never leaves the program.
pub fn check_command(apdu: &[u8]) -> Result<(), CardError> {
    if apdu.len() < 4 {
        return Err(CardError::Transport(format!(
            "refused to send a {}-byte command: an APDU needs at least 4 bytes",
            apdu.len()
        )));
    }
    Ok(())
}

/// A response APDU split into data and status word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub data: Vec<u8>,
    pub sw: u16,
}

impl Response {
    pub fn sw1(&self) -> u8 {
        (self.sw >> 8) as u8
    }

    pub fn sw2(&self) -> u8 {
        (self.sw & 0xFF) as u8
    }
}

/// Splits a raw response. Fewer than 2 bytes means the card went away during
/// the command (pcscd then hands back an empty answer with success).
pub fn parse_response(raw: &[u8]) -> Result<Response, CardError> {
    let Some(split) = raw.len().checked_sub(2) else {
        return Err(CardError::CardRemoved);
    };
    let sw = u16::from_be_bytes([raw[split], raw[split + 1]]);
    Ok(Response {
        data: raw[..split].to_vec(),
        sw,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builders_make_the_expected_bytes() {
        assert_eq!(
            hex::encode(get_data(&CHUID_TAG_LIST)),
            "00cb3fff055c035fc10200"
        );
        assert_eq!(
            hex::encode(select_aid(&PIV_AID)),
            "00a404000ba00000030800001000010000"
        );
        assert_eq!(get_response(0x20), vec![0x00, 0xC0, 0x00, 0x00, 0x20]);
        assert_eq!(
            hex::encode(general_authenticate(
                0x03,
                ADMIN_KEY_REF,
                &[0x7C, 0x02, 0x80, 0x00]
            )),
            "0087039b047c02800000"
        );
    }

    #[test]
    fn short_responses_mean_the_card_is_gone() {
        assert_eq!(parse_response(&[]), Err(CardError::CardRemoved));
        assert_eq!(parse_response(&[0x90]), Err(CardError::CardRemoved));
        let ok = parse_response(&[1, 2, 0x90, 0x00]).unwrap();
        assert_eq!((ok.data, ok.sw), (vec![1, 2], 0x9000));
        let more = parse_response(&[0x61, 0x10]).unwrap();
        assert_eq!((more.sw1(), more.sw2()), (0x61, 0x10));
    }

    #[test]
    fn le_is_replaced_or_added() {
        assert_eq!(with_le(&GET_CHALLENGE, 4), vec![0, 0x84, 0, 0, 4]);
        assert_eq!(with_le(&[0, 0xCA, 0, 0], 9), vec![0, 0xCA, 0, 0, 9]);
    }

    #[test]
    fn long_commands_are_chained_in_short_parts() {
        let data: Vec<u8> = (0..600).map(|i| i as u8).collect();
        let command = Command {
            ins: 0xDB,
            p1: 0x3F,
            p2: 0xFF,
            data: &data,
            wants_answer: false,
        };
        let parts = command.parts();
        assert_eq!(parts.len(), 3);
        assert_eq!(&parts[0][..5], &[0x10, 0xDB, 0x3F, 0xFF, 255]);
        assert_eq!(&parts[1][..5], &[0x10, 0xDB, 0x3F, 0xFF, 255]);
        assert_eq!(&parts[2][..5], &[0x00, 0xDB, 0x3F, 0xFF, 90]);
        assert_eq!(parts[2].len(), 5 + 90);
        let rejoined: Vec<u8> = parts.iter().flat_map(|p| p[5..].to_vec()).collect();
        assert_eq!(rejoined, data);
        let short = Command {
            ins: 0x20,
            p1: 0x00,
            p2: 0x80,
            data: &[],
            wants_answer: false,
        };
        assert_eq!(short.parts(), vec![vec![0x00, 0x20, 0x00, 0x80]]);
        let asks = Command {
            wants_answer: true,
            data: &[1, 2],
            ..short
        };
        assert_eq!(asks.parts(), vec![vec![0x00, 0x20, 0x00, 0x80, 2, 1, 2, 0]]);
    }

    #[test]
    fn tiny_commands_are_refused() {
        assert!(check_command(&[0x04]).is_err());
        assert!(check_command(&[]).is_err());
        assert!(check_command(&[0, 0x84, 0, 0]).is_ok());
    }
}
