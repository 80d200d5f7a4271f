//! A trainee at the headless desk: opens the lessons, does each step by
//! AccessKit labels as a person would, and reads where the lesson stands.

use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use enroll_desk::training::progress::TOO_SOON;
use enroll_desk::ui::Desk;
use uuid::Uuid;

use super::desk::{button, click_button, has_label_containing, step_until};

/// Opens the training panel and starts the lesson with this title; returns
/// once the lesson is set up (and its requests loaded, where it loads them).
pub fn start_lesson(h: &mut Harness<'static, Desk>, title: &str) {
    if h.query_by_label(title).is_none() {
        h.get_by_label("Training").click();
        step_until(h, "the training panel", |h| {
            h.query_by_label(title).is_some()
        });
    }
    click_in_view(h, title);
    step_until(h, "the lesson to be set up", |h| {
        h.state().lesson().is_some_and(|run| !run.is_finished()) && !h.state().is_loading()
    });
}

/// Scrolls the lessons' panel to the button whose label holds `text`, as
/// a trainee would, and clicks it.
pub fn click_in_view(h: &mut Harness<'static, Desk>, text: &str) {
    click_button_in_view(h, |label| label.contains(text));
}

/// As `click_in_view`, for the button labelled `matches` picks.
pub fn click_button_in_view(h: &mut Harness<'static, Desk>, matches: impl Fn(&str) -> bool) {
    let button = |role: Role, words: &str| role == Role::Button && matches(words);
    scroll_into_view(h, &button).unwrap_or_else(|| panic!("no such button"));
    first_where(h, &button).unwrap().click();
    h.step();
}

/// A widget's role and words (a button's label, a label's text).
pub type Pick<'a> = &'a dyn Fn(Role, &str) -> bool;

/// The first widget `pick` chooses.
pub fn first_where<'h>(
    h: &'h Harness<'static, Desk>,
    pick: Pick<'h>,
) -> Option<egui_kittest::Node<'h>> {
    h.query_all(By::new().predicate(move |node| {
        node.value()
            .or_else(|| node.label())
            .is_some_and(|words| pick(node.role(), &words))
    }))
    .next()
}

/// Scrolls the first widget `pick` chooses into view, as a trainee would;
/// where it rests, once it does.
pub fn scroll_into_view(h: &mut Harness<'static, Desk>, pick: Pick) -> Option<egui::Rect> {
    first_where(h, pick)?.scroll_to_me();
    // The scroll is animated: it has come to rest once the widget stays in
    // the same place for several frames (the first frames may not move yet).
    let mut last = first_where(h, pick)?.rect();
    let mut still = 0;
    for _ in 0..200 {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
        let now = first_where(h, pick)?.rect();
        still = if now == last { still + 1 } else { 0 };
        last = now;
        if still >= 10 {
            break;
        }
    }
    Some(last)
}

/// The message id stem of the step to do now.
pub fn current_step(h: &Harness<'static, Desk>) -> Option<&'static str> {
    h.state()
        .lesson()
        .and_then(|run| run.current_step())
        .map(|step| step.id)
}

pub fn mistakes(h: &Harness<'static, Desk>) -> Vec<&'static str> {
    h.state()
        .lesson()
        .map(|run| run.mistakes().iter().map(|m| m.slug()).collect())
        .unwrap_or_default()
}

/// The lesson's request, and its decoys.
pub fn lesson_requests(h: &Harness<'static, Desk>) -> (Uuid, Vec<Uuid>) {
    let setup = h.state().lesson().expect("a lesson").setup();
    (setup.request, setup.others.clone())
}

/// Clicks the table row of this request's person.
pub fn choose(h: &mut Harness<'static, Desk>, request: Uuid) {
    let person = h
        .state()
        .requests()
        .visible_rows()
        .find(|row| row.request.uuid == request)
        .map(|row| row.person().into_owned())
        .expect("the request is listed");
    h.get_all_by_label(&person).next().expect("its row").click();
    step_until(h, "the detail panel", |h| {
        has_label_containing(h, &request.to_string())
    });
}

/// Waits for the step with this id to be the one to do.
pub fn wait_for_step(h: &mut Harness<'static, Desk>, id: &str) {
    step_until(h, &format!("step {id}"), |h| current_step(h) == Some(id));
}

/// Enter, then the confirmation's Enroll.
pub fn enroll_by_keyboard(h: &mut Harness<'static, Desk>) {
    h.key_press(egui::Key::Enter);
    step_until(h, "the confirmation", |h| button(h, "Enroll").is_some());
    click_button(h, "Enroll");
}

/// Gives the cardholder time to note the PIN, then confirms the hand-over.
pub fn hand_over_after_a_pause(h: &mut Harness<'static, Desk>) {
    step_until(h, "the PIN window", |h| h.state().pin_window_open());
    std::thread::sleep(TOO_SOON + Duration::from_millis(200));
    h.get_by_label("PIN handed over — close").click();
    step_until(h, "the PIN window to close", |h| {
        !h.state().pin_window_open()
    });
}

/// Lesson 1 done right by a trainee; returns its request.
pub fn first_enrollment(h: &mut Harness<'static, Desk>) -> Uuid {
    start_lesson(h, "Your first enrollment");
    let (request, _) = lesson_requests(h);
    choose(h, request);
    h.get_all_by_label("Insert card")
        .next()
        .expect("a reader")
        .click();
    wait_for_step(h, "check-confirmation");
    enroll_by_keyboard(h);
    hand_over_after_a_pause(h);
    step_until(h, "the result", |h| {
        h.state().lesson().is_some_and(|run| run.is_finished())
    });
    request
}
