use super::*;
use crate::card::VirtualCard;

/// Answers from a fixed script and records what was sent.
struct Scripted {
    answers: Vec<Vec<u8>>,
    sent: Vec<Vec<u8>>,
}

impl CardSession for Scripted {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        self.sent.push(apdu.to_vec());
        if self.answers.is_empty() {
            return Ok(vec![]);
        }
        Ok(self.answers.remove(0))
    }
}

fn scripted(answers: &[&str]) -> Scripted {
    Scripted {
        answers: answers.iter().map(|a| hex::decode(a).unwrap()).collect(),
        sent: vec![],
    }
}

impl CardSession for VirtualCard {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        self.process(apdu).ok_or(CardError::CardRemoved)
    }
}

#[test]
fn reads_the_configured_id_from_the_virtual_card() {
    let id = Uuid::new_v4();
    let mut card = VirtualCard::new(Some(id));
    assert_eq!(
        read_card_id(&mut card, GuidByteOrder::Microsoft),
        Ok(Some(id))
    );
    let a = get_challenge(&mut card).unwrap();
    let b = get_challenge(&mut card).unwrap();
    assert_ne!(a, b);
}

#[test]
fn no_piv_application_means_unknown_id() {
    let mut card = VirtualCard::new(None);
    assert_eq!(read_card_id(&mut card, GuidByteOrder::Microsoft), Ok(None));
}

#[test]
fn chained_responses_are_joined() {
    let mut s = scripted(&["01026102", "03049000"]);
    let r = exchange(&mut s, &apdu::GET_CHALLENGE).unwrap();
    assert_eq!((r.data, r.sw), (vec![1, 2, 3, 4], 0x9000));
    assert_eq!(s.sent[1], vec![0x00, 0xC0, 0x00, 0x00, 0x02]);
}

#[test]
fn wrong_le_is_resent_with_the_right_one() {
    let mut s = scripted(&["6c08", "01020304050607089000"]);
    assert_eq!(get_challenge(&mut s), Ok([1, 2, 3, 4, 5, 6, 7, 8]));
    assert_eq!(s.sent[1], apdu::GET_CHALLENGE.to_vec());
}

#[test]
fn status_words_are_checked() {
    let mut s = scripted(&["6982"]);
    assert_eq!(
        get_challenge(&mut s),
        Err(CardError::CardStatus {
            command: "GET CHALLENGE",
            sw: 0x6982
        })
    );
    let mut s = scripted(&["6d00"]);
    assert!(matches!(
        read_card_id(&mut s, GuidByteOrder::Microsoft),
        Err(CardError::CardStatus { sw: 0x6D00, .. })
    ));
    let mut s = scripted(&["9000", "6a82"]);
    assert_eq!(read_card_id(&mut s, GuidByteOrder::Microsoft), Ok(None));
    let mut s = scripted(&["0102039000"]);
    assert!(matches!(
        get_challenge(&mut s),
        Err(CardError::Malformed(_))
    ));
}

#[test]
fn an_empty_answer_means_the_card_was_removed() {
    let mut s = scripted(&["9000"]);
    assert_eq!(
        read_card_id(&mut s, GuidByteOrder::Microsoft),
        Err(CardError::CardRemoved)
    );
}

#[test]
fn endless_chaining_is_cut_off() {
    let mut s = scripted(&vec!["6101"; 100]);
    assert!(matches!(
        exchange(&mut s, &apdu::GET_CHALLENGE),
        Err(CardError::Malformed(_))
    ));
}

#[test]
fn a_one_byte_command_is_never_sent() {
    let mut s = scripted(&[]);
    assert!(exchange(&mut s, &[0x04]).is_err());
    assert!(s.sent.is_empty());
}
