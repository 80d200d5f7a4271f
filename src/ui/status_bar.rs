//! The status bar: where the requests come from, how the desk signs in,
//! the smart-card service, when the list was last loaded, and the button
//! that checks the whole desk.

use chrono::{DateTime, Local};

use crate::cm::SignedIn;
use crate::i18n;
use crate::tr;

pub struct StatusLine<'a> {
    pub server: &'a str,
    pub auth: &'a str,
    pub signed_in: Option<bool>,
    /// Who the server accepted, once it has.
    pub identity: Option<SignedIn>,
    pub readers: &'a str,
    pub loading: bool,
    pub last_refresh: Option<DateTime<Local>>,
    pub requests: usize,
}

/// Draws the bar; true when the officer asked to check the desk.
pub fn status_bar_ui(ui: &mut egui::Ui, status: &StatusLine<'_>) -> bool {
    ui.horizontal(|ui| {
        ui.label(tr!("status-server", server = status.server));
        ui.separator();
        let sign_in = match (status.signed_in, &status.identity) {
            (Some(true), Some(SignedIn::BearerToken { user: None })) => {
                tr!("status-signed-in-bearer")
            }
            (Some(true), Some(SignedIn::BearerToken { user: Some(user) })) => {
                tr!("status-signed-in-as-bearer", user = user)
            }
            (Some(true), Some(SignedIn::Kerberos { principal })) => {
                tr!("status-signed-in-as-kerberos", user = principal)
            }
            (signed_in, _) => sign_in_words(signed_in, status.auth),
        };
        ui.label(sign_in);
        ui.separator();
        ui.label(status.readers);
        ui.separator();
        if status.loading {
            ui.spinner();
            ui.label(tr!("loading-requests"));
        } else if let Some(time) = status.last_refresh {
            ui.label(tr!(
                "status-requests-loaded",
                count = status.requests,
                time = i18n::time_of_day(&time)
            ));
        } else {
            ui.label(tr!("status-requests-not-loaded"));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.small_button(tr!("doctor-button"))
                .on_hover_text(tr!("doctor-button-hint"))
                .clicked()
        })
        .inner
    })
    .inner
}

fn sign_in_words(signed_in: Option<bool>, auth: &str) -> String {
    match signed_in {
        Some(true) => tr!("status-signed-in", method = auth),
        Some(false) => tr!("status-not-signed-in", method = auth),
        None => tr!("status-sign-in-unchecked", method = auth),
    }
}
