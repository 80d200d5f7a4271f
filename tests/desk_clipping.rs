//! German is the longest of the desk's languages, and the pseudo-locale
//! (English 40 % longer, accented) stands for any longer one to come: at the
//! default window size (1280×800) no button, table header or dialog line
//! may be cut off or run out of its widget or off the window. In every
//! language, every lesson's steps, what each is for, its questions and
//! the result can be read in the training panel: shown whole beside the
//! readers, scrolled into view by the trainee or, while a dialog stops
//! the panel from scrolling, by the panel itself.
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::HashSet;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use enroll_desk::i18n::{self, Locale};
use enroll_desk::tr;
use enroll_desk::training::wire::LessonId;
use enroll_desk::ui::Desk;
use support::desk::step_until;
use support::lesson_view::{every_step_reachable, unreadable};
use support::locales::{card_for_a_request, desk_in};
use support::trainee;

/// The requests table's headers.
const COLUMNS: [&str; 6] = [
    "column-target-user",
    "column-type",
    "column-status",
    "column-priority",
    "column-submitted",
    "column-comment",
];

const WINDOW: egui::Rect =
    egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1280.0, 800.0));

/// A text widget on screen: its role, its words and where it was drawn.
#[derive(Debug)]
struct Shown {
    role: Role,
    text: String,
    rect: egui::Rect,
}

fn shown(h: &Harness<'static, Desk>) -> Vec<Shown> {
    let viewports = scrolled_viewports(h);
    h.query_all(By::new().predicate(|node| {
        matches!(
            node.role(),
            Role::Button | Role::Label | Role::Heading | Role::CheckBox | Role::ComboBox
        ) && node.value().or_else(|| node.label()).is_some()
    }))
    .map(|node| {
        let rect = node.rect();
        let node = node.accesskit_node();
        Shown {
            role: node.role(),
            text: node.value().or_else(|| node.label()).unwrap_or_default(),
            rect,
        }
    })
    // Rows scrolled out of sight are not drawn.
    .filter(|shown| WINDOW.intersects(shown.rect) && shown.rect.width() > 0.0)
    .filter(|shown| !scrolled_out(shown.rect, &viewports))
    .collect()
}

/// The side panels' scrolled lists (the readers, the detail panel), as
/// far as AccessKit tells: each vertical scroll bar spans the part on
/// screen, at the right edge of its panel (egui shows one only where there
/// is more than fits). With the x range of the panel it scrolls.
fn scrolled_viewports(h: &Harness<'static, Desk>) -> Vec<(egui::Rect, egui::Rangef)> {
    let edges: Vec<f32> = h
        .query_all(By::new().role(Role::Splitter))
        .map(|node| node.rect())
        .filter(|r| r.height() > r.width())
        .map(|r| r.center().x)
        .collect();
    let readers_edge = edges
        .iter()
        .copied()
        .filter(|x| *x < 640.0)
        .fold(0.0, f32::max);
    let detail_edge = edges
        .iter()
        .copied()
        .filter(|x| *x > 640.0)
        .fold(WINDOW.right(), f32::min);
    h.query_all(By::new().role(Role::ScrollBar))
        .map(|node| node.rect())
        .filter(|bar| bar.height() > bar.width())
        .filter_map(|bar| {
            if bar.right() <= readers_edge + 2.0 {
                Some((bar, egui::Rangef::new(0.0, readers_edge)))
            } else if bar.left() >= detail_edge - 2.0 {
                Some((bar, egui::Rangef::new(detail_edge, WINDOW.right())))
            } else {
                None
            }
        })
        .collect()
}

/// Laid out in a side panel's scrolled list but scrolled out of it:
/// nothing the officer sees, even if AccessKit still places it there.
fn scrolled_out(rect: egui::Rect, viewports: &[(egui::Rect, egui::Rangef)]) -> bool {
    viewports.iter().any(|(bar, panel)| {
        panel.contains(rect.center().x) && !bar.y_range().contains(rect.center().y)
    })
}

/// The width `text` needs on one line in the style the desk draws it with.
fn needed_width(h: &Harness<'static, Desk>, shown: &Shown) -> f32 {
    let style = if shown.role == Role::Heading {
        egui::TextStyle::Heading
    } else {
        egui::TextStyle::Body
    };
    let font = h.ctx.global_style().text_styles[&style].clone();
    h.ctx.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(shown.text.clone(), font, egui::Color32::WHITE)
            .size()
            .x
    })
}

/// Every message of ours that has no variables, in the thread's language:
/// the words a widget shows as they are (names and ids from the server are
/// data, and the table clips those by design).
fn our_words() -> HashSet<String> {
    i18n::source_of(Locale::En)
        .lines()
        .filter(|line| !line.starts_with([' ', '#']) && !line.contains('$'))
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
        .map(|id| i18n::text(id, None))
        .collect()
}

/// What is cut off: words of ours wider than their widget on one line (a
/// label that wraps grows taller instead), off the window, or buttons on one
/// row running into each other (a clipped table header does).
fn cut_off(h: &Harness<'static, Desk>) -> Vec<String> {
    cut_off_above(h, f32::INFINITY)
}

/// As `cut_off`, for the widgets wholly above `y`: the lessons' scroll
/// area lays out what is scrolled out of sight below the activity panel too.
fn cut_off_above(h: &Harness<'static, Desk>, y: f32) -> Vec<String> {
    let ours = our_words();
    let all: Vec<Shown> = shown(h)
        .into_iter()
        .filter(|w| w.rect.bottom() <= y)
        .collect();
    // The table's cells are data (a status too): they clip by design.
    let headers: Vec<egui::Rect> = all
        .iter()
        .filter(|w| {
            w.role == Role::Button && COLUMNS.iter().any(|id| i18n::text(id, None) == w.text)
        })
        .map(|w| w.rect)
        .collect();
    let in_table = |rect: egui::Rect| {
        headers.iter().any(|header| {
            rect.top() >= header.bottom()
                && rect.left() < header.right()
                && rect.right() > header.left()
        })
    };
    let widgets: Vec<Shown> = all
        .into_iter()
        .filter(|widget| ours.contains(&widget.text))
        .filter(|widget| widget.role != Role::Label || !in_table(widget.rect))
        .collect();
    assert!(widgets.len() > 5, "too few of our words found: {widgets:?}");
    let row = h.ctx.global_style().text_styles[&egui::TextStyle::Body].size * 1.6;
    let mut problems = Vec::new();
    for widget in &widgets {
        let one_line = widget.rect.height() < row;
        let needed = needed_width(h, widget);
        if one_line && needed > widget.rect.width() + 1.0 {
            problems.push(format!(
                "{:?} {:?} needs {needed:.0} px, has {:.0}",
                widget.role,
                widget.text,
                widget.rect.width()
            ));
        }
        if !WINDOW.expand(1.0).contains_rect(widget.rect) {
            problems.push(format!(
                "{:?} runs off the window at {:?}",
                widget.text, widget.rect
            ));
        }
    }
    let buttons: Vec<&Shown> = widgets
        .iter()
        .filter(|w| matches!(w.role, Role::Button | Role::ComboBox | Role::CheckBox))
        .collect();
    for (i, a) in buttons.iter().enumerate() {
        for b in &buttons[i + 1..] {
            let overlap = a.rect.shrink(1.0).intersect(b.rect.shrink(1.0));
            if overlap.is_positive() && a.rect != b.rect {
                problems.push(format!("{:?} and {:?} overlap", a.text, b.text));
            }
        }
    }
    problems
}

fn nothing_is_cut_off_in(locale: Locale) {
    let (mut h, _audit) = desk_in(locale);
    card_for_a_request(&mut h);
    h.run_steps(3);
    let mut problems = cut_off(&h);

    support::locales::open_confirmation(&mut h);
    h.run_steps(3);
    // The dialog lies over the desk, so overlaps say nothing here.
    problems.extend(cut_off(&h).into_iter().filter(|p| !p.contains("overlap")));

    h.get_by_label(&tr!("settings-cancel")).click();
    h.run_steps(2);
    h.get_by_label(&tr!("settings-button")).click();
    step_until(&mut h, "the settings window", |h| {
        h.query_by_label(&tr!("settings-apply")).is_some()
    });
    h.run_steps(3);
    problems.extend(cut_off(&h).into_iter().filter(|p| !p.contains("overlap")));

    // The training panel beside the desk: its lessons, then a lesson under way.
    h.get_by_label(&tr!("settings-cancel")).click();
    h.run_steps(2);
    let first_lesson = i18n::text("training-lesson-first-enrollment", None);
    h.get_by_label(&tr!("training-button")).click();
    step_until(&mut h, "the lessons", |h| {
        h.query_by_label(&first_lesson).is_some()
    });
    h.run_steps(3);
    let activity = h.get_by_label(&tr!("activity-title")).rect().top();
    problems.extend(cut_off_above(&h, activity));
    h.get_by_label(&first_lesson).click();
    step_until(&mut h, "the lesson", |h| {
        h.state().lesson().is_some() && !h.state().is_loading()
    });
    h.run_steps(3);
    problems.extend(cut_off_above(&h, activity));
    i18n::set_current(Locale::En);
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{locale:?}:\n{}", problems.join("\n"));
}

#[test]
fn german_fits() {
    nothing_is_cut_off_in(Locale::De);
}

#[test]
fn a_language_40_percent_longer_fits() {
    nothing_is_cut_off_in(Locale::Pseudo);
}

/// A dialog's words, whose overlaps with the desk under it say nothing.
fn cut_off_in_dialog(h: &Harness<'static, Desk>) -> Vec<String> {
    cut_off(h)
        .into_iter()
        .filter(|p| !p.contains("overlap"))
        .collect()
}

/// The runs at the desk in `locale`: the board and the step list while a
/// card makes its key, the PIN window, a failure and its confirmation, and
/// the cardholder's PIN entry with its words for a mismatch.
fn runs_fit_in(locale: Locale) {
    use support::desk::{click_button, enroll_request, insert_card_in, slow_cards, type_into};
    use support::locales::open_confirmation;
    let (mut h, _audit) = desk_in(locale);
    let demo_reader = |n: usize| enroll_desk::demo::DEMO_READERS[n];
    let start = |h: &mut Harness<'static, Desk>, cardholder: bool, nth: usize, reader: usize| {
        let (request, person) = enroll_request(h, cardholder, nth);
        support::desk::click_request(h, (request, &person));
        insert_card_in(h, reader);
        open_confirmation(h);
        click_button(h, &tr!("confirm-enroll"));
    };
    slow_cards(&h, std::time::Duration::from_secs(2));
    start(&mut h, false, 0, 0);
    step_until(&mut h, "the key being made", |h| {
        h.state()
            .run(demo_reader(0))
            .and_then(|run| run.progress())
            .map(|p| p.step)
            == Some(enroll_desk::enroll::EnrollStep::Keys)
    });
    h.run_steps(3);
    let mut problems = cut_off(&h);
    step_until(&mut h, "the PIN window", |h| h.state().pin_window_open());
    h.run_steps(3);
    problems.extend(cut_off_in_dialog(&h));
    click_button(&mut h, &tr!("pin-handed-over"));

    slow_cards(&h, std::time::Duration::ZERO);
    support::desk::demo_faults(
        &h,
        enroll_desk::sim::Faults {
            ca_refuses: true,
            ..Default::default()
        },
    );
    start(&mut h, false, 1, 1);
    step_until(&mut h, "the failure", |h| {
        h.state()
            .run(demo_reader(1))
            .is_some_and(|run| !run.is_under_way())
    });
    h.run_steps(3);
    problems.extend(cut_off(&h));
    h.get_all_by_label(&tr!("run-cancel-request"))
        .next()
        .unwrap()
        .click_accesskit();
    h.run_steps(3);
    problems.extend(cut_off_in_dialog(&h));
    click_button(&mut h, &tr!("final-keep"));
    support::desk::demo_faults(&h, Default::default());

    start(&mut h, true, 0, 2);
    step_until(&mut h, "the PIN entry", |h| h.state().pin_entry_open());
    h.run_steps(3);
    problems.extend(cut_off_in_dialog(&h));
    type_into(&mut h, &tr!("pin-entry-first"), "12345678");
    type_into(&mut h, &tr!("pin-entry-second"), "12345679");
    click_button(&mut h, &tr!("pin-entry-ok"));
    h.run_steps(3);
    problems.extend(cut_off_in_dialog(&h));
    i18n::set_current(Locale::En);
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{locale:?}:\n{}", problems.join("\n"));
}

#[test]
fn the_runs_fit_in_german() {
    runs_fit_in(Locale::De);
}

#[test]
fn the_runs_fit_in_a_language_40_percent_longer() {
    runs_fit_in(Locale::Pseudo);
}

/// Every lesson done in `locale`, everything it asks the trainee to read
/// looked for at every step.
fn every_lesson_can_be_read_in(locale: Locale) {
    let (mut h, _audit) = desk_in(locale);
    let mut problems = Vec::new();
    for lesson in LessonId::ALL {
        trainee::start(&mut h, lesson);
        let mut found = unreadable(&mut h);
        found.extend(every_step_reachable(&mut h));
        trainee::finish(&mut h, &mut |h| found.extend(unreadable(h)));
        problems.extend(found.into_iter().map(|p| format!("{}: {p}", lesson.slug())));
        support::training::click_in_view(&mut h, &tr!("training-back"));
        h.run_steps(2);
    }
    i18n::set_current(Locale::En);
    assert!(problems.is_empty(), "{locale:?}:\n{}", problems.join("\n"));
}

#[test]
fn every_lesson_can_be_read_in_english() {
    every_lesson_can_be_read_in(Locale::En);
}

#[test]
fn every_lesson_can_be_read_in_dutch() {
    every_lesson_can_be_read_in(Locale::Nl);
}

#[test]
fn every_lesson_can_be_read_in_german() {
    every_lesson_can_be_read_in(Locale::De);
}

#[test]
fn every_lesson_can_be_read_in_brazilian_portuguese() {
    every_lesson_can_be_read_in(Locale::PtBr);
}

#[test]
fn every_lesson_can_be_read_in_korean() {
    every_lesson_can_be_read_in(Locale::Ko);
}

#[test]
fn every_lesson_can_be_read_in_a_language_40_percent_longer() {
    every_lesson_can_be_read_in(Locale::Pseudo);
}
