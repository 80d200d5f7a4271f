//! A trainee who does every step of a lesson right, in whatever language
//! the test thread speaks (buttons are found by their localized labels),
//! and answers each question wrong before right, so every explanation shows
//! once. After every move that changes what the lesson shows, `look` is
//! called with the desk as the trainee then sees it.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::cm::{RequestStatus, RequestType};
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::i18n::{status_name, text, type_name};
use enroll_desk::tr;
use enroll_desk::training::lessons::{Check, Quiz};
use enroll_desk::training::wire::LessonId;
use enroll_desk::ui::Desk;

use super::desk::{button, click_button, has_label_containing, step_until, type_into};
use super::training::{choose, click_button_in_view, click_in_view, current_step, lesson_requests};

pub type Look<'a> = &'a mut dyn FnMut(&mut Harness<'static, Desk>);

/// Opens the training panel if need be and starts `lesson` by its title.
pub fn start(h: &mut Harness<'static, Desk>, lesson: LessonId) {
    let title = text(&format!("training-lesson-{}", lesson.slug()), None);
    let listed = |h: &Harness<'static, Desk>| h.query_all_by_label(&title).next().is_some();
    if !listed(h) {
        click(h, "training-button");
        step_until(h, "the training panel", listed);
    }
    click_button_in_view(h, |label| label == title);
    step_until(h, &format!("lesson {} to be set up", lesson.slug()), |h| {
        h.state().lesson().is_some_and(|run| !run.is_finished()) && !h.state().is_loading()
    });
}

/// Does the lesson under way to its end, looking after every move that
/// changed the step to do.
pub fn finish(h: &mut Harness<'static, Desk>, look: Look) {
    while let Some(step) = current_step(h) {
        let check = h
            .state()
            .lesson()
            .and_then(|run| run.current_step())
            .map(|step| step.check);
        match check {
            Some(Check::Quiz(quiz)) => answer_wrong_then_right(h, quiz, look),
            _ => do_step(h, step),
        }
        step_until(h, &format!("the step after {step}"), |h| {
            current_step(h) != Some(step)
        });
        h.run_steps(2);
        look(h);
    }
}

fn click(h: &mut Harness<'static, Desk>, id: &str) {
    let label = text(id, None);
    h.get_all_by_label(&label)
        .next()
        .unwrap_or_else(|| panic!("a button {label:?}"))
        .click();
    h.step();
}

fn do_step(h: &mut Harness<'static, Desk>, step: &str) {
    match step {
        "choose-request" => choose(h, lesson_requests(h).0),
        "insert-card" => click(h, "demo-insert-card"),
        "insert-card-without-id" => click(h, "demo-insert-card-without-id"),
        "type-card-id" => {
            let label = h.state().lesson().and_then(|run| run.label()).unwrap();
            type_into(h, &tr!("detail-card-id"), &label.to_string());
        }
        "check-confirmation" => open_confirmation(h),
        "enroll" => {
            open_confirmation(h);
            click_button(h, &tr!("confirm-enroll"));
        }
        "pull-during-enrollment" => {
            let binding = enroll_desk::enroll::EnrollStep::Binding;
            step_until(h, "the bind to run", |h| super::desk::run_at(h, binding));
            click(h, "demo-remove-card");
        }
        "put-card-back" => {
            let reads = |h: &Harness<'static, Desk>| {
                let read = tr!("card-read", reader = DEMO_READERS[0], card = "");
                let read = read.trim_end();
                (h.state().activity().iter())
                    .filter(|entry| entry.text.starts_with(read))
                    .count()
            };
            let before = reads(h);
            click(h, "demo-put-card-back");
            let asking = tr!("card-looking-up");
            step_until(h, "the card to be read", |h| {
                reads(h) > before && !has_label_containing(h, &asking)
            });
            h.run_steps(2);
            h.get_all_by_label(&tr!("try-again"))
                .next()
                .expect("Try again")
                .click_accesskit();
            h.run_steps(2);
        }
        // The cardholder is given no time: a mistake noted adds its words.
        "hand-over" => {
            // The window is drawn a frame or two after the PIN is shown to
            // the lesson (more on a busy machine).
            let label = text("pin-handed-over", None);
            step_until(h, "the PIN window's button", |h| {
                h.query_all_by_label(&label).next().is_some()
            });
            click(h, "pin-handed-over");
        }
        "cardholder-sets-pin" => {
            type_into(h, &tr!("pin-entry-first"), "24681357");
            type_into(h, &tr!("pin-entry-second"), "24681357");
            click_button(h, &tr!("pin-entry-ok"));
        }
        "forgot-read-owner" => click_counter_card(h, 1),
        "forgot-own-card" => {
            click(h, "demo-remove-card");
            click_counter_card(h, 2);
        }
        "forgot-pick-request" => {
            let setup = h.state().lesson().unwrap().setup().clone();
            let open = tr!(
                "card-open-request",
                kind = type_name(RequestType::Unblock),
                status = status_name(RequestStatus::Approved),
                person = setup.person.as_str()
            );
            h.get_by_label(&open).click();
        }
        "forgot-unblock" => {
            click_button(h, &tr!("unblock-button"));
            let confirm = tr!("confirm-unblock");
            step_until(h, "the confirmation", |h| button(h, &confirm).is_some());
            click_button(h, &confirm);
        }
        // All three started in a row, as on the day: looking around between
        // two starts could take longer than the first card's keys (and the
        // steps about the next cards then tick with this one).
        "day-first-card" => (0..3).for_each(|nth| enroll_in_line(h, nth)),
        "day-pins-one-by-one" => {
            while current_step(h) == Some(step) {
                step_until(h, "a PIN window", |h| {
                    h.state().pin_window_open() || current_step(h) != Some(step)
                });
                if h.state().pin_window_open() {
                    click(h, "pin-handed-over");
                    h.run_steps(2);
                }
            }
        }
        "refresh-list" => h.key_press(egui::Key::F5),
        "open-settings" => click(h, "settings-button"),
        "refresh-again" => refresh_until_loaded(h),
        // The desk moves on by itself: a PIN, a refusal, a failed fetch.
        _ => {}
    }
}

/// The lesson panel's button for the `number`th card handed over.
fn click_counter_card(h: &mut Harness<'static, Desk>, number: usize) {
    click_in_view(h, &tr!("training-counter-card", number = number));
}

/// The `nth` cardholder in line (0: the first) enrolled on a new card in
/// the `nth` reader (whose buttons may have scrolled out of the readers
/// panel, so the card goes in as the demo's button puts it).
fn enroll_in_line(h: &mut Harness<'static, Desk>, nth: usize) {
    let setup = h.state().lesson().unwrap().setup().clone();
    let request = setup.to_serve().nth(nth).unwrap();
    let person = (std::iter::once(setup.person.as_str()))
        .chain(setup.queue.iter().map(|q| q.person.as_str()))
        .nth(nth)
        .unwrap()
        .to_owned();
    super::desk::insert_card_in(h, nth);
    // The keyboard flow of the day: Ctrl+F, the name, Enter selects (the
    // board above the list grows with each card, so rows move).
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.step();
    type_into(h, &tr!("search"), &person);
    h.key_press(egui::Key::Enter);
    step_until(h, "the detail panel", |h| {
        has_label_containing(h, &request.to_string())
    });
    let enroll = tr!("enroll-button");
    step_until(h, "the card to be read", |h| button(h, &enroll).is_some());
    open_confirmation(h);
    click_button(h, &tr!("confirm-enroll"));
}

fn open_confirmation(h: &mut Harness<'static, Desk>) {
    if button(h, &tr!("confirm-enroll")).is_none() {
        super::locales::open_confirmation(h);
    }
}

fn answer_wrong_then_right(h: &mut Harness<'static, Desk>, quiz: Quiz, look: Look) {
    let wrong = (0..Quiz::CHOICES).filter(|&choice| choice != quiz.right());
    for choice in wrong.chain([quiz.right()]) {
        let answer = text(&format!("training-quiz-{}-{choice}", quiz.stem()), None);
        click_in_view(h, &answer);
        step_until(h, "the verdict", |h| {
            h.state().lesson().unwrap().last_answer() == Some((quiz, choice))
        });
        h.run_steps(2);
        if choice != quiz.right() {
            look(h);
        }
    }
}

fn refresh_until_loaded(h: &mut Harness<'static, Desk>) {
    if h.query_by_label(&tr!("settings-cancel")).is_some() {
        click(h, "settings-cancel");
    }
    // The lesson turns the REST API back on in the background.
    let refresh = tr!("refresh-requests");
    step_until(h, "the list to load", |h| {
        h.state().lesson().unwrap().is_finished()
            || (!h.state().is_loading() && {
                h.get_by_label(&refresh).click();
                false
            })
    });
}
