use uuid::Uuid;

use super::{Why, bind_plan};
use crate::card::ReaderEvent;
use crate::cm::Request;
use crate::ids::Atr;
use crate::ui::readers::Readers;
use crate::ui::requests::RequestRow;

const READER: &str = "Reader 1";

fn request(status: u32, smartcard: Option<Uuid>) -> RequestRow {
    let request: Request = serde_json::from_value(serde_json::json!({
        "Uuid": Uuid::from_u128(7).to_string(),
        "RequestType": 1,
        "Status": status,
        "NewSmartcardUuid": smartcard.map(|id| id.to_string()),
    }))
    .unwrap();
    RequestRow::new(request)
}

/// A reader holding a card that has been read as `card_id`.
fn readers_with_card(card_id: Option<Uuid>) -> Readers {
    let mut readers = Readers::default();
    let atr = Atr::new(vec![0x3b, 0x80]);
    readers.apply(ReaderEvent::ReaderAdded(READER.to_owned()));
    readers.apply(ReaderEvent::CardInserted {
        reader: READER.to_owned(),
        atr: atr.clone(),
    });
    readers.card_read(READER, Ok(crate::card::CardInfo { atr, card_id }));
    readers
}

const APPROVED: u32 = 3;

#[test]
fn a_read_card_and_an_approved_request_make_a_plan() {
    let id = Uuid::from_u128(9);
    let plan = bind_plan(
        &request(APPROVED, None),
        &readers_with_card(Some(id)),
        Some(READER),
        "",
    )
    .unwrap();
    assert_eq!((plan.card_id, plan.typed), (id, false));
    assert_eq!(plan.reader, READER);
}

#[test]
fn a_card_without_id_needs_a_well_formed_typed_one() {
    let readers = readers_with_card(None);
    let row = request(APPROVED, None);
    let plan = |typed| bind_plan(&row, &readers, Some(READER), typed);
    assert_eq!(plan("  ").unwrap_err(), Why::CardIdMissing);
    assert_eq!(plan("not-a-guid").unwrap_err(), Why::CardIdMalformed);
    let typed = Uuid::from_u128(5);
    let ok = plan(&typed.to_string()).unwrap();
    assert_eq!((ok.card_id, ok.typed), (typed, true));
}

#[test]
fn what_is_missing_is_named() {
    let readers = readers_with_card(Some(Uuid::from_u128(9)));
    let approved = request(APPROVED, None);
    assert_eq!(
        bind_plan(&approved, &readers, None, "").unwrap_err(),
        Why::NoReader
    );
    assert_eq!(
        bind_plan(&approved, &Readers::default(), Some(READER), "").unwrap_err(),
        Why::NoReader
    );
    let bound = request(APPROVED, Some(Uuid::from_u128(4)));
    assert_eq!(
        bind_plan(&bound, &readers, Some(READER), "").unwrap_err(),
        Why::AlreadyBound
    );
    let completed = request(8, None);
    let why = bind_plan(&completed, &readers, Some(READER), "").unwrap_err();
    assert!(why.to_string().contains("this one is Completed"), "{why}");
}
