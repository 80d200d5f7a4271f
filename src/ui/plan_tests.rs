use uuid::Uuid;

use super::{Around, Why, job_plan};
use crate::card::ReaderEvent;
use crate::cm::{Request, Smartcard};
use crate::ids::Atr;
use crate::journal::JobKind;
use crate::ui::card_lookup::{CardLookups, Lookup};
use crate::ui::readers::Readers;
use crate::ui::requests::RequestRow;

const READER: &str = "Reader 1";
const APPROVED: u32 = 3;
const ENROLL: u32 = 1;
const UNBLOCK: u32 = 5;

fn request(kind: u32, status: u32, new: Option<Uuid>, old: Option<Uuid>) -> RequestRow {
    let request: Request = serde_json::from_value(serde_json::json!({
        "Uuid": Uuid::from_u128(7).to_string(),
        "RequestType": kind,
        "Status": status,
        "NewSmartcardUuid": new.map(|id| id.to_string()),
        "OldSmartcardUuid": old.map(|id| id.to_string()),
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

fn smartcard(uuid: Uuid) -> Smartcard {
    serde_json::from_value(serde_json::json!({"Uuid": uuid.to_string(), "Status": 3})).unwrap()
}

/// Plans `row` on READER's card with these lookups, `reader` chosen.
fn plan_with(
    row: &RequestRow,
    readers: &Readers,
    reader: Option<&str>,
    typed: &str,
    lookups: &CardLookups,
) -> Result<super::JobPlan, Why> {
    let idle = |_: &str| false;
    job_plan(
        row,
        &Around {
            readers,
            reader,
            typed,
            lookups,
            busy: &idle,
        },
    )
}

#[test]
fn a_read_card_and_an_approved_request_make_a_plan() {
    let id = Uuid::from_u128(9);
    let row = request(ENROLL, APPROVED, None, None);
    let readers = readers_with_card(Some(id));
    let plan = plan_with(&row, &readers, Some(READER), "", &CardLookups::default()).unwrap();
    assert_eq!((plan.card_id, plan.typed), (id, false));
    assert_eq!((plan.reader.as_str(), plan.kind), (READER, JobKind::Enroll));
}

#[test]
fn a_card_without_id_needs_a_well_formed_typed_one() {
    let readers = readers_with_card(None);
    let row = request(ENROLL, APPROVED, None, None);
    let none = CardLookups::default();
    let plan = |typed| plan_with(&row, &readers, Some(READER), typed, &none);
    assert_eq!(plan("  ").unwrap_err(), Why::CardIdMissing);
    assert_eq!(plan("not-a-guid").unwrap_err(), Why::CardIdMalformed);
    let typed = Uuid::from_u128(5);
    let ok = plan(&typed.to_string()).unwrap();
    assert_eq!((ok.card_id, ok.typed), (typed, true));
}

#[test]
fn what_is_missing_is_named() {
    let card = Uuid::from_u128(9);
    let readers = readers_with_card(Some(card));
    let none = CardLookups::default();
    let approved = request(ENROLL, APPROVED, None, None);
    let plan = |row: &RequestRow, readers: &Readers, reader, lookups: &CardLookups| {
        plan_with(row, readers, reader, "", lookups)
    };
    assert_eq!(
        plan(&approved, &readers, None, &none).unwrap_err(),
        Why::NoReader
    );
    assert_eq!(
        plan(&approved, &Readers::default(), Some(READER), &none).unwrap_err(),
        Why::NoReader
    );
    // Bound to another card; bound to this one, it resumes.
    let smartcard_id = Uuid::from_u128(4);
    let bound = request(ENROLL, APPROVED, Some(smartcard_id), None);
    assert_eq!(
        plan(&bound, &readers, Some(READER), &none).unwrap_err(),
        Why::AlreadyBound
    );
    let mut known = CardLookups::default();
    known.answered(card, Lookup::Known(vec![smartcard(smartcard_id)]));
    assert!(plan(&bound, &readers, Some(READER), &known).is_ok());
    let completed = request(ENROLL, 8, None, None);
    let why = plan(&completed, &readers, Some(READER), &none).unwrap_err();
    assert!(why.to_string().contains("this one is Completed"), "{why}");
}

#[test]
fn an_unblock_takes_only_the_card_it_names() {
    let card = Uuid::from_u128(9);
    let named = Uuid::from_u128(4);
    let readers = readers_with_card(Some(card));
    let row = request(UNBLOCK, APPROVED, None, Some(named));
    let plan = |lookups: &CardLookups| plan_with(&row, &readers, Some(READER), "", lookups);
    let mut lookups = CardLookups::default();
    assert!(lookups.ask(card));
    assert_eq!(plan(&lookups).unwrap_err(), Why::CardBeingLookedUp);
    lookups.answered(card, Lookup::Known(vec![smartcard(Uuid::from_u128(3))]));
    assert_eq!(
        plan(&lookups).unwrap_err(),
        Why::WrongCard { smartcard: named }
    );
    lookups.answered(card, Lookup::Known(vec![smartcard(named)]));
    let ok = plan(&lookups).unwrap();
    assert_eq!(ok.kind, JobKind::Unblock);
}

#[test]
fn other_request_types_are_done_elsewhere() {
    let readers = readers_with_card(Some(Uuid::from_u128(9)));
    let row = request(2, APPROVED, None, None);
    let why = plan_with(&row, &readers, Some(READER), "", &CardLookups::default()).unwrap_err();
    assert!(matches!(why, Why::NotDoneHere { .. }), "{why:?}");
}
