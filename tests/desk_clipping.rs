//! German is the longest of the desk's languages, and the pseudo-locale
//! (English 40 % longer, accented) stands for any longer one to come: at the
//! default window size (1280×800) no button, table header or dialog line
//! may be cut off or run out of its widget or off the window.
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use enroll_desk::i18n::{self, Locale};
use enroll_desk::tr;
use enroll_desk::ui::Desk;
use support::desk::step_until;
use support::locales::{card_for_a_request, desk_in};

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
    .collect()
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

/// What is cut off: text wider than its widget on a single line (a label
/// that wraps grows taller instead), a widget off the window, and widgets
/// on one row that run into each other (a clipped table header does).
fn cut_off(h: &Harness<'static, Desk>) -> Vec<String> {
    let widgets = shown(h);
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
    for (i, a) in widgets.iter().enumerate() {
        for b in &widgets[i + 1..] {
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

    h.get_by_label(&tr!("bind-button")).click();
    step_until(&mut h, "the confirmation", |h| {
        h.query_by_label(&tr!("confirm-bind")).is_some()
    });
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
