//! The desk in each of its languages, driven headless by its localized
//! AccessKit labels: a card inserted, the bind confirmed, the PIN window.
//! Snapshots per language under `tests/snapshots/<locale>/`; Korean must be
//! drawn with Hangul glyphs, and no German (or pseudo-locale) label may be
//! cut off at the default window size, nor a cardholder's name of up to 30
//! characters in any language.
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use egui_kittest::kittest::{By, NodeT, Queryable};
use egui_kittest::{Harness, SnapshotOptions};
use enroll_desk::i18n::{self, Locale};
use enroll_desk::tr;
use enroll_desk::ui::Desk;
use std::time::Duration;

use enroll_desk::enroll::EnrollStep;
use support::desk::{click_button, run_at, slow_cards, smartcard_of, step_until};
use support::locales::{card_for_a_request, desk_in, open_confirmation};

/// Whether `text` holds a time of day `HH:MM:SS` anywhere.
fn holds_clock_time(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(8).any(|w| {
        w.iter().enumerate().all(|(i, c)| {
            if i % 3 == 2 {
                *c == ':'
            } else {
                c.is_ascii_digit()
            }
        })
    })
}

/// Where the detail panel starts in a 1280-wide desk: no activity line
/// starts this far right.
const DETAIL_PANEL_LEFT: f32 = 900.0;

/// Masks what changes from run to run (times, the simulator's port, ids the
/// server makes up, the PIN and its countdown), then compares.
fn snapshot(h: &mut Harness<'static, Desk>, name: &str, also: &[String]) {
    snapshot_masking(h, name, also, true);
}

/// As `snapshot`; `bars` masks the progress bars too (the PIN window's
/// countdown), or keeps them (a run's bar stands still within a step).
fn snapshot_masking(h: &mut Harness<'static, Desk>, name: &str, also: &[String], bars: bool) {
    h.run_steps(3);
    let demo_server = tr!("status-server", server = "");
    // A PIN differs in length from run to run, and a centred PIN's left
    // edge with it: its whole row is masked, edge to edge. Not so an id's
    // text: the detail panel wraps a smartcard id over two or three lines
    // as its letters need, and its row would move the mask's edge over the
    // table instead.
    let whole_row = |rect: egui::Rect| egui::Rect::from_x_y_ranges(0.0..=1280.0, rect.y_range());
    let rects: Vec<egui::Rect> = h
        .query_all(By::new().predicate(|node| {
            let text = node.value().or_else(|| node.label()).unwrap_or_default();
            holds_clock_time(&text)
                || support::desk::holds_run_clock(&text)
                || text.starts_with(&demo_server)
                || (bars && node.role() == egui::accesskit::Role::ProgressIndicator)
                || also.iter().any(|id| text.contains(id.as_str()))
        }))
        .map(|node| node.rect())
        .chain(
            h.query_all(By::new().predicate(|node| {
                let text = node.value().or_else(|| node.label()).unwrap_or_default();
                text.len() >= 4
                    && text.chars().all(|c| c.is_ascii_digit() || c == ' ')
                    && text.chars().any(|c| c.is_ascii_digit())
            }))
            .map(|node| whole_row(node.rect())),
        )
        .collect();
    // A line scrolled out of the detail panel keeps its rect below the
    // panel, over the activity list: masking it there would hide, or not,
    // depending on how the ids above it wrapped.
    let scrolled_out = |rect: &egui::Rect| rect.left() >= DETAIL_PANEL_LEFT && rect.top() >= 636.0;
    for rect in rects.into_iter().filter(|rect| !scrolled_out(rect)) {
        h.mask(rect);
    }
    // Once bound, the detail panel shows the smartcard id the server made up,
    // wrapped over as many lines as its letters need: the panel below the
    // request's name is masked whole (the PIN window is the subject here).
    if !also.is_empty() {
        let request = tr!("detail-request");
        let name = h
            .query_all(By::new().predicate(|node| {
                node.value().or_else(|| node.label()).as_deref() == Some(request.as_str())
            }))
            .map(|node| node.rect())
            // The detail panel's, not the confirmation's line.
            .max_by(|a, b| a.left().total_cmp(&b.left()));
        if let Some(name) = name {
            h.mask(egui::Rect::from_min_max(
                egui::pos2(name.left() - 4.0, name.top()),
                egui::pos2(1280.0, 636.0),
            ));
        }
    }
    h.snapshot_options(name, &SnapshotOptions::new().max_failed_pixels(2_000));
}

fn screens_in(locale: Locale) {
    let (mut h, _audit) = desk_in(locale);
    // The card makes its key slowly enough to be seen at it.
    slow_cards(&h, Duration::from_secs(10));
    let request = card_for_a_request(&mut h);
    snapshot(&mut h, &format!("{}/desk_card_inserted", locale.tag()), &[]);
    open_confirmation(&mut h);
    click_button(&mut h, &tr!("confirm-enroll"));
    step_until(&mut h, "the key being made", |h| {
        run_at(h, EnrollStep::Keys)
    });
    snapshot_masking(
        &mut h,
        &format!("{}/desk_step_list", locale.tag()),
        &[],
        false,
    );
    step_until(&mut h, "the PIN window", |h| {
        h.state().pin_window_open() && !h.state().is_loading()
    });
    let smartcard = smartcard_of(&h, request).to_string();
    snapshot(
        &mut h,
        &format!("{}/desk_pin_window", locale.tag()),
        &[smartcard],
    );
    i18n::set_current(Locale::En);
}

#[test]
fn english_screens() {
    screens_in(Locale::En);
}

#[test]
fn dutch_screens() {
    screens_in(Locale::Nl);
}

#[test]
fn german_screens() {
    screens_in(Locale::De);
}

#[test]
fn brazilian_portuguese_screens() {
    screens_in(Locale::PtBr);
}

#[test]
fn korean_screens() {
    screens_in(Locale::Ko);
}

/// Every text the Korean desk shows is drawn from real glyphs: the fonts
/// egui laid it out with have each of its characters (a box otherwise).
#[test]
fn korean_is_drawn_with_hangul_glyphs() {
    let (mut h, _audit) = desk_in(Locale::Ko);
    card_for_a_request(&mut h);
    let texts: Vec<String> = h
        .query_all(By::new().predicate(|node| {
            node.value()
                .or_else(|| node.label())
                .is_some_and(|t| t.chars().any(is_hangul))
        }))
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.value().or_else(|| node.label())
        })
        .collect();
    assert!(texts.len() > 10, "Korean labels on screen: {texts:?}");
    let body = egui::FontId::proportional(14.0);
    for text in &texts {
        let drawable = h.ctx.fonts_mut(|fonts| fonts.has_glyphs(&body, text));
        assert!(drawable, "no glyph for some of {text:?}");
    }
    // egui's own fonts have none: the embedded font is what draws them.
    let bare = egui::Context::default();
    bare.begin_pass(egui::RawInput::default());
    let without = bare.fonts_mut(|fonts| fonts.has_glyphs(&body, "요청"));
    assert!(
        !without,
        "egui's default fonts were expected to lack Hangul"
    );
    i18n::set_current(Locale::En);
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Settings → Language switches the whole window at once, no restart, and
/// the choice is what the desk stores.
#[test]
fn the_language_switches_live_and_is_kept() {
    let (mut h, _audit) = desk_in(Locale::En);
    assert!(h.query_by_label("Refresh requests").is_some());
    h.get_by_label("Settings…").click();
    step_until_label(&mut h, "Apply");
    h.get_by_label("Language").click();
    h.run_steps(2);
    h.get_by_label("Deutsch").click();
    h.run_steps(2);
    h.get_by_label("Apply").click();
    i18n::set_current(Locale::De);
    step_until_label(&mut h, &tr!("refresh-requests"));
    assert!(h.query_by_label("Refresh requests").is_none());
    // The table's cells follow too (formatted when the list came).
    // A request for a new card has none yet; an Unblock request is Approved.
    let statuses = [
        tr!("status-ready-to-bind"),
        enroll_desk::i18n::status_name(enroll_desk::cm::RequestStatus::Approved),
    ];
    assert!(
        h.state()
            .requests()
            .visible_rows()
            .all(|row| statuses.iter().any(|status| *row.status == **status)),
        "the statuses are in German"
    );
    assert_eq!(h.state().settings().stored().language, Locale::De);
    i18n::set_current(Locale::En);
}

fn step_until_label(h: &mut Harness<'static, Desk>, label: &str) {
    support::desk::step_until(h, label, |h| h.query_by_label(label).is_some());
}

/// 30 characters, with some of the widest letters.
const LONG_NAME: &str = "Wilhelmina Montgomery-Woodward";

/// Why the long name is cut short in the table in `locale`, if it is.
fn long_name_cut_short_in(locale: Locale) -> Option<String> {
    let (mut h, _audit) = desk_in(locale);
    let request = h
        .state()
        .requests()
        .visible_rows()
        .next()
        .unwrap()
        .request
        .uuid;
    let demo = h.state().demo().unwrap();
    demo.server
        .with_state(|s| s.rename_target_user(request, LONG_NAME));
    h.key_press(egui::Key::F5);
    step_until(&mut h, "the long name", |h| {
        !h.state().is_loading() && h.query_all_by_label(LONG_NAME).next().is_some()
    });
    h.run_steps(3);
    let cell = h.get_all_by_label(LONG_NAME).next().unwrap().rect();
    let style = h.ctx.global_style();
    let font = style.text_styles[&egui::TextStyle::Body].clone();
    let text = h.ctx.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(LONG_NAME.to_owned(), font, egui::Color32::WHITE)
            .size()
            .x
    });
    let needed = text + 2.0 * style.spacing.button_padding.x;
    i18n::set_current(Locale::En);
    (needed > cell.width() + 1.0).then(|| {
        format!(
            "{locale:?}: the name needs {needed:.0} px, its cell has {:.0}",
            cell.width()
        )
    })
}

/// The person's name is what the officer checks against the cardholder: up
/// to 30 characters it shows whole at 1280 px whatever the language; the
/// comment, and then the type and status, give way first.
#[test]
fn a_30_character_name_shows_whole_in_every_language() {
    assert_eq!(LONG_NAME.chars().count(), 30);
    let cut: Vec<String> = [Locale::En, Locale::Nl, Locale::De, Locale::PtBr, Locale::Ko]
        .into_iter()
        .filter_map(long_name_cut_short_in)
        .collect();
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}
