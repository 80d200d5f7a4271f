//! The status bar: where the requests come from, how the desk signs in,
//! the smart-card service, and when the list was last loaded.

use chrono::{DateTime, Local};

use crate::cm::SignedIn;

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

pub fn status_bar_ui(ui: &mut egui::Ui, status: &StatusLine<'_>) {
    ui.horizontal(|ui| {
        ui.label(format!("Server: {}", status.server));
        ui.separator();
        let sign_in = match (status.signed_in, &status.identity) {
            (Some(true), Some(SignedIn::BearerToken { user: None })) => {
                "Signed in with a bearer token".to_owned()
            }
            (Some(true), Some(who)) if *who != SignedIn::Anonymous => {
                format!("Signed in as {who}")
            }
            (signed_in, _) => sign_in_words(signed_in, status.auth),
        };
        ui.label(sign_in);
        ui.separator();
        ui.label(status.readers);
        ui.separator();
        if status.loading {
            ui.spinner();
            ui.label("Loading requests…");
        } else if let Some(time) = status.last_refresh {
            ui.label(format!(
                "{} requests, loaded {}",
                status.requests,
                time.format("%H:%M:%S")
            ));
        } else {
            ui.label("Requests not loaded yet");
        }
    });
}

fn sign_in_words(signed_in: Option<bool>, auth: &str) -> String {
    match signed_in {
        Some(true) => format!("Signed in ({auth})"),
        Some(false) => format!("Not signed in ({auth})"),
        None => format!("Sign-in not yet checked ({auth})"),
    }
}
