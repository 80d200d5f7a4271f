//! Rows of the settings window that need words of their own: the language,
//! the sign-in method and the challenge; and how a row the site fixes looks.

use crate::card::{AdminKeyAlgorithm, ChallengeChoice, ChallengeMethod};
use crate::cm::AuthMethod;
use crate::i18n::Locale;
use crate::tr;

/// The language row. Each language is named in itself, so an officer who
/// landed in a language they cannot read still finds their own.
pub fn language_ui(ui: &mut egui::Ui, language: &mut Locale) {
    let label = ui.label(tr!("settings-language"));
    egui::ComboBox::from_id_salt("language")
        .selected_text(language.native_name())
        .width(320.0)
        .show_ui(ui, |ui| {
            for locale in Locale::ALL {
                ui.selectable_value(language, locale, locale.native_name());
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}

pub fn auth_label(method: AuthMethod) -> String {
    match method {
        AuthMethod::Auto => tr!("auth-method-auto"),
        AuthMethod::Negotiate => tr!("auth-method-negotiate"),
        AuthMethod::Bearer => tr!("auth-method-bearer"),
        AuthMethod::None => tr!("auth-method-none"),
    }
}

fn challenge_label(method: ChallengeMethod) -> String {
    match method {
        ChallengeMethod::Automatic => tr!("challenge-automatic"),
        ChallengeMethod::PivAdminKey => tr!("challenge-piv-admin-key"),
        // The APDU's name, the same in every language.
        ChallengeMethod::GetChallenge => method.label().to_owned(),
    }
}

fn challenge_hint(method: ChallengeMethod) -> String {
    match method {
        ChallengeMethod::Automatic => tr!("challenge-automatic-hint"),
        ChallengeMethod::PivAdminKey => tr!("challenge-piv-admin-key-hint"),
        ChallengeMethod::GetChallenge => tr!("challenge-get-challenge-hint"),
    }
}

fn algorithm_label(algorithm: AdminKeyAlgorithm) -> String {
    match algorithm {
        AdminKeyAlgorithm::Automatic => tr!("admin-key-from-card"),
        // Cipher names: the same in every language.
        forced => forced.label().to_owned(),
    }
}

/// A row the site fixes: its note ("set by your IT department") and the
/// hover text naming the file.
pub type Lock = (String, String);

/// Draws a row's field, greyed out with the note beside it when locked.
pub fn lockable(ui: &mut egui::Ui, lock: Option<&Lock>, field: impl FnOnce(&mut egui::Ui)) {
    ui.horizontal(|ui| {
        ui.add_enabled_ui(lock.is_none(), field);
        if let Some((note, hint)) = lock {
            ui.weak(note.as_str()).on_hover_text(hint.as_str());
        }
    });
}

/// Which challenge the card gives for the PIN call, and with which key;
/// the method may be fixed by the site, the key's algorithm is not.
pub fn challenge_ui(ui: &mut egui::Ui, choice: &mut ChallengeChoice, lock: Option<&Lock>) {
    ui.label(tr!("settings-challenge"));
    lockable(ui, lock, |ui| {
        for method in [
            ChallengeMethod::Automatic,
            ChallengeMethod::PivAdminKey,
            ChallengeMethod::GetChallenge,
        ] {
            ui.selectable_value(&mut choice.method, method, challenge_label(method))
                .on_hover_text(challenge_hint(method));
        }
    });
    ui.end_row();

    ui.label(tr!("settings-admin-key-algorithm"));
    egui::ComboBox::from_id_salt("admin-key-algorithm")
        .selected_text(algorithm_label(choice.algorithm))
        .show_ui(ui, |ui| {
            for algorithm in [AdminKeyAlgorithm::Automatic]
                .into_iter()
                .chain(AdminKeyAlgorithm::FORCED)
            {
                ui.selectable_value(&mut choice.algorithm, algorithm, algorithm_label(algorithm));
            }
        });
    ui.end_row();
}
