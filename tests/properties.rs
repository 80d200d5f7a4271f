//! Properties of the parsers and of the requests table, over generated input.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use enroll_desk::card::chuid::{encode_tlv, parse_tlvs};
use enroll_desk::ids::{Atr, parse_guid};
use enroll_desk::sim::SimState;
use enroll_desk::ui::{RequestList, StatusFilter};
use proptest::prelude::*;
use uuid::Uuid;

/// Tags the desk meets: one byte (not a multi-byte marker) or 5Fxx.
fn tag() -> impl Strategy<Value = u32> {
    prop_oneof![
        (1u32..=0xFE).prop_filter("single-byte tag", |t| t & 0x1F != 0x1F),
        (0x01u32..=0x7F).prop_map(|low| 0x5F00 | low),
    ]
}

proptest! {
    #[test]
    fn tlvs_read_back_what_was_written(items in prop::collection::vec((tag(), prop::collection::vec(any::<u8>(), 0..300)), 0..8)) {
        let encoded: Vec<u8> = items.iter().flat_map(|(t, v)| encode_tlv(*t, v)).collect();
        let parsed = parse_tlvs(&encoded).unwrap();
        prop_assert_eq!(parsed.len(), items.len());
        for (tlv, (tag, value)) in parsed.iter().zip(&items) {
            prop_assert_eq!(tlv.tag, *tag);
            prop_assert_eq!(tlv.value, value.as_slice());
        }
    }

    #[test]
    fn tlv_parsing_never_panics(data in prop::collection::vec(any::<u8>(), 0..512)) {
        let _: Result<_, _> = parse_tlvs(&data);
    }

    #[test]
    fn every_spelling_of_a_guid_parses_to_it(bytes in any::<[u8; 16]>(), upper in any::<bool>(), braces in any::<bool>()) {
        let id = Uuid::from_bytes(bytes);
        let mut text = id.hyphenated().to_string();
        if upper { text = text.to_uppercase(); }
        if braces { text = format!("{{{text}}}"); }
        prop_assert_eq!(parse_guid(&text), Some(id));
    }

    #[test]
    fn text_that_is_not_a_guid_is_refused(text in "\\PC{0,40}") {
        if let Some(id) = parse_guid(&text) {
            let plain = text.trim().trim_start_matches('{').trim_end_matches('}').to_lowercase();
            prop_assert_eq!(plain, id.hyphenated().to_string());
        }
    }

    #[test]
    fn an_atr_survives_display_and_parse(bytes in prop::collection::vec(any::<u8>(), 2..=33)) {
        let atr = Atr::new(bytes.clone());
        let back: Atr = atr.to_string().parse().unwrap();
        prop_assert_eq!(back.as_bytes(), bytes.as_slice());
    }

    #[test]
    fn search_shows_only_rows_that_match(needle in "[a-zA-Z ]{0,4}") {
        let requests: Vec<_> = SimState::new(20).requests(None, false).into_iter().cloned().collect();
        let mut list = RequestList::default();
        list.set_requests(requests);
        list.set_status_filter(StatusFilter::All);
        let all = list.visible_len();
        list.set_search(&needle);
        let wanted = needle.trim().to_lowercase();
        prop_assert!(list.visible_len() <= all);
        for row in list.visible_rows() {
            let cells = format!("{}\n{}\n{}\n{}\n{}\n{}\n{}", row.person(), row.kind, row.status, row.request.priority, row.submitted(), row.request.comment, row.request.uuid).to_lowercase();
            prop_assert!(cells.contains(&wanted), "{cells:?} lacks {wanted:?}");
        }
        list.set_search("");
        prop_assert_eq!(list.visible_len(), all, "clearing the search brings every row back");
    }
}
