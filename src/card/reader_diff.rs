//! Turning two views of the readers into the events between them; kept pure
//! so it is tested without pcscd.

use std::collections::BTreeMap;

use super::ReaderEvent;
use crate::ids::Atr;

/// Reader name → the card in it: its ATR and pcscd's event count.
pub(crate) type Seen = BTreeMap<String, Option<(Atr, u32)>>;

/// The events that lead from `before` to `now`, removals first.
pub(crate) fn diff(before: &Seen, now: &Seen) -> Vec<ReaderEvent> {
    let mut events = vec![];
    for (reader, card) in before {
        if !now.contains_key(reader) {
            if card.is_some() {
                events.push(ReaderEvent::CardRemoved {
                    reader: reader.clone(),
                });
            }
            events.push(ReaderEvent::ReaderRemoved(reader.clone()));
        }
    }
    for (reader, card) in now {
        let old = match before.get(reader) {
            Some(old) => old.as_ref(),
            None => {
                events.push(ReaderEvent::ReaderAdded(reader.clone()));
                None
            }
        };
        // The event count changes on every insertion and removal, so a quick
        // swap between two looks (even to a card with the same ATR) is seen.
        if old == card.as_ref() {
            continue;
        }
        if old.is_some() {
            events.push(ReaderEvent::CardRemoved {
                reader: reader.clone(),
            });
        }
        if let Some((atr, _)) = card {
            events.push(ReaderEvent::CardInserted {
                reader: reader.clone(),
                atr: atr.clone(),
            });
        }
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(entries: &[(&str, Option<(&str, u32)>)]) -> Seen {
        entries
            .iter()
            .map(|(name, card)| {
                let card = card.map(|(atr, count)| (atr.parse::<Atr>().unwrap(), count));
                (name.to_string(), card)
            })
            .collect()
    }

    fn inserted(reader: &str, atr: &str) -> ReaderEvent {
        ReaderEvent::CardInserted {
            reader: reader.into(),
            atr: atr.parse().unwrap(),
        }
    }

    fn removed(reader: &str) -> ReaderEvent {
        ReaderEvent::CardRemoved {
            reader: reader.into(),
        }
    }

    #[test]
    fn new_reader_with_card_then_removal() {
        let empty = Seen::new();
        let with_card = seen(&[("A", Some(("3b00", 1)))]);
        assert_eq!(
            diff(&empty, &with_card),
            vec![ReaderEvent::ReaderAdded("A".into()), inserted("A", "3b00")]
        );
        assert_eq!(diff(&with_card, &with_card), vec![]);
        assert_eq!(diff(&with_card, &seen(&[("A", None)])), vec![removed("A")]);
        assert_eq!(
            diff(&with_card, &empty),
            vec![removed("A"), ReaderEvent::ReaderRemoved("A".into())]
        );
    }

    #[test]
    fn a_quick_swap_is_seen_by_atr_or_event_count() {
        let before = seen(&[("A", Some(("3b00", 1))), ("B", Some(("3b01", 4)))]);
        let after = seen(&[("A", Some(("3b02", 1))), ("B", Some(("3b01", 6)))]);
        assert_eq!(
            diff(&before, &after),
            vec![
                removed("A"),
                inserted("A", "3b02"),
                removed("B"),
                inserted("B", "3b01")
            ]
        );
    }
}
