//! The settings window: a draft of the settings, applied only on Apply.
//! What the site file fixes is shown greyed out, with a note that IT set it.

use std::path::PathBuf;

use poll_promise::Promise;

use super::settings::{PIN_TIMEOUT_RANGE, Settings, Theme};
use super::settings_fields::{Lock, auth_label, challenge_ui, language_ui, lockable};
use super::waker::spawn_then_wake;
use crate::card::GuidByteOrder;
use crate::cm::AuthMethod;
use crate::site::{Locked, Site};
use crate::tr;

/// The settings window's draft; nothing changes until Apply.
pub struct SettingsWindow {
    draft: Settings,
    ca_pick: Option<Promise<Option<PathBuf>>>,
    /// Why the token cannot be remembered here (no credential store).
    no_token_store: Option<String>,
}

pub enum SettingsOutcome {
    Apply(Settings),
    Cancel,
}

impl SettingsWindow {
    pub fn new(current: &Settings, no_token_store: Option<&str>) -> Self {
        Self {
            draft: current.clone(),
            ca_pick: None,
            no_token_store: no_token_store.map(str::to_owned),
        }
    }

    /// `lock` says why Apply is not possible now (a bind is under way).
    pub fn ui(&mut self, ctx: &egui::Context, lock: Option<&str>) -> Option<SettingsOutcome> {
        self.collect_ca_pick();
        let mut outcome = None;
        let mut open = true;
        egui::Window::new(tr!("settings-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                if let Site::Broken(error) = &*self.draft.site {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        crate::site::problem_words(error),
                    );
                }
                self.fields_ui(ui);
                ui.separator();
                if let Some(why) = lock {
                    ui.label(why);
                }
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(lock.is_none(), egui::Button::new(tr!("settings-apply")))
                        .clicked()
                    {
                        let mut settings = self.draft.clone();
                        settings.enforce_site();
                        outcome = Some(SettingsOutcome::Apply(settings));
                    }
                    if ui.button(tr!("settings-cancel")).clicked() {
                        outcome = Some(SettingsOutcome::Cancel);
                    }
                });
            });
        if !open {
            outcome = Some(SettingsOutcome::Cancel);
        }
        outcome
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui) {
        egui::Grid::new("settings-grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                language_ui(ui, &mut self.draft.language);
                self.connection_ui(ui);
                let draft = &mut self.draft;

                ui.label(tr!("settings-pin-timeout"));
                ui.add(
                    egui::DragValue::new(&mut draft.pin_timeout_secs)
                        .range(PIN_TIMEOUT_RANGE)
                        .suffix(tr!("settings-seconds-suffix")),
                );
                ui.end_row();

                ui.label(tr!("settings-theme"));
                ui.horizontal(|ui| {
                    ui.selectable_value(
                        &mut draft.theme,
                        Theme::System,
                        tr!("settings-theme-system"),
                    );
                    ui.selectable_value(
                        &mut draft.theme,
                        Theme::Light,
                        tr!("settings-theme-light"),
                    );
                    ui.selectable_value(&mut draft.theme, Theme::Dark, tr!("settings-theme-dark"));
                });
                ui.end_row();

                ui.label(tr!("settings-byte-order"));
                ui.horizontal(|ui| {
                    ui.selectable_value(
                        &mut draft.byte_order,
                        GuidByteOrder::Microsoft,
                        "Microsoft",
                    )
                    .on_hover_text(tr!("settings-byte-order-microsoft-hint"));
                    ui.selectable_value(&mut draft.byte_order, GuidByteOrder::Rfc4122, "RFC 4122")
                        .on_hover_text(tr!("settings-byte-order-rfc-hint"));
                });
                ui.end_row();

                let lock = lock_of(&draft.site, Locked::Challenge);
                challenge_ui(ui, &mut draft.challenge, lock.as_ref());
            });
    }

    /// Where the server is and how to reach it: the rows a site file fixes.
    fn connection_ui(&mut self, ui: &mut egui::Ui) {
        let draft = &mut self.draft;
        let lock = |setting| lock_of(&draft.site, setting);
        let (server_lock, sign_in_lock, ca_lock) = (
            lock(Locked::Server),
            lock(Locked::SignIn),
            lock(Locked::CaFile),
        );

        let label = ui.label(tr!("settings-server"));
        lockable(ui, server_lock.as_ref(), |ui| {
            ui.add(
                egui::TextEdit::singleline(&mut draft.server)
                    .hint_text(tr!("settings-server-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
        });
        ui.end_row();

        let label = ui.label(tr!("settings-sign-in"));
        lockable(ui, sign_in_lock.as_ref(), |ui| {
            egui::ComboBox::from_id_salt("sign-in-method")
                .selected_text(auth_label(draft.auth))
                .width(320.0)
                .show_ui(ui, |ui| {
                    for method in AuthMethod::ALL {
                        ui.selectable_value(&mut draft.auth, method, auth_label(method));
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(tr!("settings-sign-in-hint"));
        });
        ui.end_row();

        let label = ui.label(tr!("settings-token"));
        ui.vertical(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut draft.token)
                    .password(true)
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            token_store_row(ui, draft, self.no_token_store.as_deref());
        });
        ui.end_row();

        ui.label(tr!("settings-ca-file"));
        lockable(ui, ca_lock.as_ref(), |ui| {
            let shown = draft.ca_file.as_ref().map_or_else(
                || tr!("settings-ca-system-only"),
                |p| p.display().to_string(),
            );
            ui.label(shown);
            let picking = self.ca_pick.is_some();
            if ui
                .add_enabled(!picking, egui::Button::new(tr!("settings-choose")))
                .clicked()
            {
                self.ca_pick = Some(pick_ca_file(ui.ctx().clone()));
            }
            if picking {
                ui.spinner();
            }
            if draft.ca_file.is_some() && ui.button(tr!("settings-clear")).clicked() {
                draft.ca_file = None;
            }
        });
        ui.end_row();
    }

    fn collect_ca_pick(&mut self) {
        let Some(promise) = self.ca_pick.take() else {
            return;
        };
        match promise.try_take() {
            Ok(Some(path)) => self.draft.ca_file = Some(path),
            Ok(None) => {}
            Err(pending) => self.ca_pick = Some(pending),
        }
    }
}

/// Why `setting` cannot be changed here, when the site fixes it.
fn lock_of(site: &Site, setting: Locked) -> Option<Lock> {
    site.locked(setting)?;
    site.path().map(crate::site::locked_hint)
}

/// The *Remember the token* checkbox: disabled, saying why, when this
/// computer has no credential store.
fn token_store_row(ui: &mut egui::Ui, draft: &mut Settings, no_store: Option<&str>) {
    let checkbox = ui.add_enabled(
        no_store.is_none(),
        egui::Checkbox::new(&mut draft.remember_token, tr!("settings-token-remember")),
    );
    match no_store {
        Some(why) => {
            checkbox.on_disabled_hover_text(tr!("settings-token-no-store", why = why));
        }
        None if draft.remember_token => {
            ui.weak(tr!(
                "settings-token-kept-in",
                store = crate::token_store::STORE_NAME
            ));
        }
        None => {}
    }
}

/// The file dialog blocks, so it runs on its own thread; the window is
/// repainted when it closes, so the choice shows at once.
fn pick_ca_file(ctx: egui::Context) -> Promise<Option<PathBuf>> {
    let wake = std::sync::Arc::new(move || ctx.request_repaint());
    // Worded here: the dialog's thread speaks English.
    let (title, filter) = (
        tr!("settings-ca-dialog-title"),
        tr!("settings-ca-dialog-filter"),
    );
    spawn_then_wake(
        "pick-ca-file",
        wake,
        |error| {
            tracing::warn!("the file dialog could not open: {error}");
            None
        },
        move || {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter, &["pem", "crt", "cer"])
                .pick_file()
        },
    )
}
