//! The desk window under site settings, and its self-check window, driven
//! headless: what the site fixes is greyed out in Settings and stays as the
//! site says; a broken site file or a site without demo mode leaves the desk
//! connected to nothing; *Check this desk…* shows its lines as they come.
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::Path;

use egui_kittest::kittest::{NodeT, Queryable};
use enroll_desk::sim::SimConfig;
use enroll_desk::site::Site;
use enroll_desk::ui::Mode;
use support::desk::{desk, desk_with, has_label_containing, settings, step_until, type_into};
use support::sim;

const SITE_FILE: &str = "/etc/enroll-desk/site.toml";

fn site(text: &str) -> Site {
    Site::parse(Path::new(SITE_FILE), text)
}

#[test]
fn what_the_site_fixes_is_locked_in_settings_and_kept_on_apply() {
    let server = sim(SimConfig::default());
    let site = site(&format!(
        "server = \"{}\"\nsign_in = \"none\"\nchallenge = \"get-challenge\"\n",
        server.url()
    ));
    let (mut h, _audit) = desk_with(settings().under_site(site), Mode::Auto);
    assert!(h.state().demo().is_none(), "connected to the site's server");
    assert!(!h.state().requests().is_empty());
    h.get_by_label("Settings…").click();
    step_until(&mut h, "the settings window", |h| {
        h.query_by_label("Apply").is_some()
    });
    // Server, sign-in and challenge; the CA file is the officer's.
    assert_eq!(h.query_all_by_label("Set by your IT department").count(), 3);
    assert!(h.get_by_label("CM server").accesskit_node().is_disabled());
    assert!(
        !h.get_by_label("Bearer token")
            .accesskit_node()
            .is_disabled(),
        "the token stays the officer's"
    );
    type_into(&mut h, "CM server", "https://elsewhere.example");
    h.get_by_label("Apply").click();
    step_until(&mut h, "the settings to apply", |h| {
        h.query_by_label("Apply").is_none()
    });
    assert_eq!(h.state().settings().server, server.url());
    assert!(has_label_containing(
        &h,
        &format!("Server: {}", server.url())
    ));
}

#[test]
fn a_broken_site_file_leaves_the_desk_connected_to_nothing() {
    let server = sim(SimConfig::default());
    let broken = site(&format!(
        "server = \"{}\"\nsign_in = \"password\"\n",
        server.url()
    ));
    let (h, _audit) = desk_with(settings().under_site(broken), Mode::Auto);
    assert!(
        has_label_containing(&h, "has a mistake on line 2"),
        "the desk says why it is not connected"
    );
    assert!(h.state().demo().is_none());
    assert!(h.query_by_label("Use demo mode").is_none());
    assert!(h.state().requests().is_empty());
    assert!(server.calls().is_empty(), "no server was contacted");
}

#[test]
fn without_a_server_and_with_demo_off_the_desk_says_whom_to_ask() {
    let (h, _audit) = desk_with(settings().under_site(site("demo = false\n")), Mode::Auto);
    assert!(has_label_containing(
        &h,
        "turned off on this computer by your IT department"
    ));
    assert!(h.state().demo().is_none());
    assert!(h.query_by_label("Use demo mode").is_none());
    assert!(h.query_by_label("Open settings").is_some());
}

#[test]
fn the_status_bar_checks_the_desk_in_a_window_off_the_ui_thread() {
    let (mut h, _audit) = desk();
    h.get_by_label("Check this desk…").click();
    step_until(&mut h, "the checks to finish", |h| {
        has_label_containing(h, "checks passed") || has_label_containing(h, "checks failed")
    });
    for title in [
        "Site settings",
        "Your settings",
        "Audit trail",
        "Smart-card service",
        "Readers and cards",
        "Server address",
        "Clock",
    ] {
        assert!(h.query_by_label(title).is_some(), "no {title} line");
    }
    // In demo mode there is no CM server to check: said, not failed.
    assert!(has_label_containing(
        &h,
        "not checked: the desk is in demo mode"
    ));
    assert!(!h.get_by_label("Check again").accesskit_node().is_disabled());
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(h.query_by_label("Check again").is_none());
}
