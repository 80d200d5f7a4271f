//! Trainee names in a classroom, over real HTTP: names in any script travel
//! whole and stay apart (김민준 and 이서연 were both desk "---", Zoë and
//! Zoé both "Zo-"), and two desks of one OS account get two names.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::HashSet;

use enroll_desk::cm::RequestFilter;
use enroll_desk::sim::{SimConfig, SimServer};
use enroll_desk::training::wire::LessonId;
use support::classroom::{classroom_sim, desk, ids, report, result_of};
use uuid::Uuid;

/// Each desk starts a lesson, lists its requests and reports; the names
/// the room gave them, their lists, and the report's desks (sorted).
fn lesson_for_each(server: &SimServer, asked: &[&str]) -> (Vec<String>, Vec<HashSet<Uuid>>) {
    let desks: Vec<_> = asked.iter().map(|name| desk(server, name)).collect();
    let mut lists = Vec::new();
    for (cm, training) in &desks {
        training.start_lesson(LessonId::FirstEnrollment).unwrap();
        lists.push(ids(&cm.list_requests(RequestFilter::default()).unwrap()));
        training
            .send_result(&result_of(training, LessonId::FirstEnrollment, &[]))
            .unwrap();
    }
    let names = desks.iter().map(|(_, t)| t.desk_name()).collect();
    (names, lists)
}

fn reported_desks(server: &SimServer) -> Vec<String> {
    let mut desks: Vec<String> = report(server).into_iter().map(|r| r.desk).collect();
    desks.sort();
    desks
}

fn pairwise_disjoint(lists: &[HashSet<Uuid>]) -> bool {
    lists
        .iter()
        .enumerate()
        .all(|(i, a)| a.len() == 3 && lists[i + 1..].iter().all(|b| a.is_disjoint(b)))
}

#[test]
fn korean_and_accented_names_stay_whole_and_apart_in_lessons_and_the_report() {
    let server = classroom_sim(SimConfig::default());
    let asked = ["김민준", "이서연", "Zoë", "Zoé"];
    let (names, lists) = lesson_for_each(&server, &asked);
    assert_eq!(names, asked, "each desk is called what it asked for");
    assert!(pairwise_disjoint(&lists), "four lessons, none overwritten");
    let mut expected: Vec<String> = asked.iter().map(|n| (*n).to_owned()).collect();
    expected.sort();
    assert_eq!(reported_desks(&server), expected);
    for name in asked {
        assert!(
            server.with_state(|s| s.desk_named(name).is_some()),
            "{name}"
        );
    }
}

#[test]
fn two_desks_of_the_same_account_get_two_names() {
    let server = classroom_sim(SimConfig::default());
    let (names, lists) = lesson_for_each(&server, &["ada", "ada", "김민준", "김민준"]);
    assert_eq!(names, ["ada", "ada (2)", "김민준", "김민준 (2)"]);
    assert!(pairwise_disjoint(&lists));
    let mut expected = names.clone();
    expected.sort();
    assert_eq!(reported_desks(&server), expected);
}
