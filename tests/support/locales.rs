//! The desk in a chosen language, driven by its localized labels.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use enroll_desk::demo::DEMO_READERS;
use enroll_desk::i18n::{self, Locale};
use enroll_desk::tr;
use enroll_desk::ui::{Desk, Mode, Settings};
use uuid::Uuid;

use super::desk::{button, click_button, desk_with, has_label_containing, step_until};

pub const CARD: Uuid = Uuid::from_u128(0x0123_4567_89ab_4def_8123_4567_89ab_cdef);

/// The demo desk in `locale`, its requests loaded. The test thread speaks
/// the same language, so `tr!` gives the labels to look for.
pub fn desk_in(locale: Locale) -> (Harness<'static, Desk>, tempfile::TempDir) {
    i18n::set_current(locale);
    let settings = Settings {
        language: locale,
        ..super::desk::settings()
    };
    let (mut h, dir) = desk_with(settings, Mode::Demo);
    step_until(&mut h, "the requests to load", |h| {
        !h.state().is_loading() && !h.state().requests().is_empty()
    });
    (h, dir)
}

/// Selects a request with a server-proposed PIN and inserts a card for it.
pub fn card_for_a_request(h: &mut Harness<'static, Desk>) -> Uuid {
    let (request, person) = {
        let desk = h.state();
        let demo = desk.demo().unwrap();
        desk.requests()
            .visible_rows()
            .find(|row| {
                row.request.request_type == enroll_desk::cm::RequestType::Enroll
                    && demo
                        .server
                        .with_state(|s| !s.cardholder_chooses(row.request.uuid))
            })
            .map(|row| (row.request.uuid, row.person().into_owned()))
            .unwrap()
    };
    h.get_all_by_label(&person).next().unwrap().click();
    step_until(h, "the detail panel", |h| {
        has_label_containing(h, &request.to_string())
    });
    h.state()
        .demo()
        .unwrap()
        .insert_card(DEMO_READERS[0], Some(CARD))
        .unwrap();
    let read = tr!("reader-card-id", card = CARD.to_string());
    let asking = tr!("card-looking-up");
    step_until(h, "the card to be read and looked up", |h| {
        has_label_containing(h, &read) && !has_label_containing(h, &asking)
    });
    request
}

/// Enroll card…, and the confirmation open.
pub fn open_confirmation(h: &mut Harness<'static, Desk>) {
    click_button(h, &tr!("enroll-button"));
    let confirm = tr!("confirm-enroll");
    step_until(h, "the confirmation", |h| button(h, &confirm).is_some());
}
