//! The smart-card service and what is plugged into it. Cards are only
//! looked at, never opened: a check must not take a card from a bind the
//! desk has under way.

use super::Check;
use crate::card::{ReaderSnapshot, pcsc_backend};
use crate::i18n::card_error_words;
use crate::tr;

pub(super) fn checks() -> [Check; 2] {
    let service = tr!("doctor-pcsc-title");
    let readers = tr!("doctor-readers-title");
    match pcsc_backend::query_readers() {
        // The service's words already say how to start it.
        Err(error) => [
            Check::fail("pcsc-service", service, card_error_words(&error), None),
            Check::skipped("readers", readers, tr!("doctor-skipped-no-service")),
        ],
        Ok(list) => [
            Check::pass("pcsc-service", service, tr!("doctor-pcsc-running")),
            readers_check(readers, &list),
        ],
    }
}

fn readers_check(title: String, readers: &[ReaderSnapshot]) -> Check {
    if readers.is_empty() {
        return Check::fail(
            "readers",
            title,
            tr!("doctor-no-reader"),
            Some(tr!("doctor-no-reader-fix")),
        );
    }
    let with_cards: Vec<String> = readers
        .iter()
        .filter_map(|reader| {
            let atr = reader.card.as_ref()?;
            Some(tr!(
                "doctor-card-in-reader",
                reader = reader.name.as_str(),
                atr = atr.to_hex()
            ))
        })
        .collect();
    if with_cards.is_empty() {
        return Check::fail(
            "readers",
            title,
            tr!("doctor-no-card", count = readers.len()),
            Some(tr!("doctor-no-card-fix")),
        );
    }
    Check::pass(
        "readers",
        title,
        tr!(
            "doctor-readers-found",
            count = readers.len(),
            cards = with_cards.join("; ")
        ),
    )
}
