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
