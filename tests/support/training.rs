//! A trainee at the headless desk: opens the lessons, does each step by
//! AccessKit labels as a person would, and reads where the lesson stands.

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::training::progress::TOO_SOON;
use enroll_desk::ui::Desk;
use uuid::Uuid;

use super::desk::{has_label_containing, step_until};

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
    h.get_all_by_label_contains(text)
        .next()
        .unwrap_or_else(|| panic!("a button {text:?}"))
        .scroll_to_me();
    // The scroll is animated: click once the button has come to rest
    // (the same place for several frames; the first frames may not move yet).
    let at = |h: &Harness<'static, Desk>| h.get_all_by_label_contains(text).next().unwrap().rect();
    let (mut last, mut still) = (at(h), 0);
    for _ in 0..200 {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
        let now = at(h);
        still = if now == last { still + 1 } else { 0 };
        last = now;
        if still >= 10 {
            break;
        }
    }
    h.get_all_by_label_contains(text).next().unwrap().click();
    h.step();
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

/// Ctrl+B, then the confirmation's Bind.
pub fn bind_by_keyboard(h: &mut Harness<'static, Desk>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
    step_until(h, "the confirmation", |h| {
        h.query_by_label("Bind").is_some()
    });
    h.get_by_label("Bind").click();
    h.step();
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
    bind_by_keyboard(h);
    hand_over_after_a_pause(h);
    step_until(h, "the result", |h| {
        h.state().lesson().is_some_and(|run| run.is_finished())
    });
    request
}
