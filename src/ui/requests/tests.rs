use super::*;
use crate::sim::SimState;

fn list() -> RequestList {
    let state = SimState::new(300);
    let mut list = RequestList::default();
    list.set_requests(state.requests(None, false).into_iter().cloned().collect());
    list
}

/// What a full scan finds, to check the narrowed results against.
fn scanned(list: &RequestList) -> Vec<usize> {
    let needle = list.search.trim().to_lowercase();
    list.sorted
        .iter()
        .copied()
        .filter(|&i| {
            list.status_filter.admits(&list.rows[i].request)
                && list.rows[i].haystack.contains(&needle)
        })
        .collect()
}

#[test]
fn typing_and_deleting_find_what_a_full_scan_finds() {
    let mut list = list();
    let mut typed = String::new();
    for c in "trainee 00012".chars() {
        typed.push(c);
        list.set_search(&typed);
        assert_eq!(list.visible, scanned(&list), "after typing {typed:?}");
    }
    while typed.pop().is_some() {
        list.set_search(&typed);
        assert_eq!(list.visible, scanned(&list), "after deleting to {typed:?}");
    }
    for search in ["marta", "mart", "ma", "approved", "zzz", ""] {
        list.set_search(search);
        assert_eq!(list.visible, scanned(&list), "for {search:?}");
    }
    list.set_status_filter(StatusFilter::All);
    list.set_search("pending");
    assert_eq!(list.visible, scanned(&list));
    list.sort_by(SortColumn::Person);
    list.set_search("pend");
    assert_eq!(list.visible, scanned(&list));
}

#[test]
fn only_a_request_for_a_new_card_says_it_has_no_card_yet() {
    crate::i18n::set_current(crate::i18n::Locale::En);
    let list = list();
    let status_of = |kind: crate::cm::RequestType| {
        list.rows
            .iter()
            .find(|row| row.request.request_type == kind && row.request.is_ready_to_bind())
            .map(|row| row.status.to_string())
    };
    assert_eq!(
        status_of(crate::cm::RequestType::Enroll).as_deref(),
        Some("Approved, no card yet")
    );
    // An Unblock request is about the card the cardholder already has.
    assert_eq!(
        status_of(crate::cm::RequestType::Unblock).as_deref(),
        Some("Approved")
    );
}
