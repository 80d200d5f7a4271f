//! Carrying out what the officer asked for, after the frame is drawn.

use super::{
    Action, AuditIds, Command, DemoAction, Desk, Level, Mode, RequestFilter, SaveAs,
    SettingsWindow, write_csv,
};
use crate::tr;
use crate::training::progress::Happening;
use crate::ui::activity::Line;
use crate::ui::doctor_window::{DoctorWindow, desk_inputs};

impl Desk {
    pub(super) fn act(&mut self, action: Action) {
        match action {
            Action::Refresh => {
                if self.session.is_some() && !self.loading {
                    self.loading = true;
                    self.send(Command::RefreshRequests(RequestFilter::default()));
                }
            }
            Action::Select(request) => self.selected_request = Some(request),
            Action::PickCardRequest(request) => {
                self.selected_request = Some(request);
                self.observe(Happening::CardRequestPicked(request));
            }
            Action::ChooseReader(reader) => self.chosen_reader = Some(reader),
            Action::AskStart(plan) => {
                if self.confirming.is_none() && !self.runs.busy(&plan.reader) {
                    let request = plan.request;
                    self.confirming = Some(plan);
                    self.focus_dialog = true;
                    self.observe(Happening::ConfirmShown { request });
                }
            }
            Action::ConfirmStart => {
                if let Some(plan) = self.confirming.take() {
                    self.start_plan(plan);
                }
            }
            Action::CancelStart => self.confirming = None,
            Action::TryAgain(reader) => self.try_again(reader),
            Action::StopRun(reader) => self.stop_run(reader),
            Action::DismissRun(reader) => self.dismiss_run(&reader),
            Action::AskFinalStatus { reader, status } => {
                self.final_status = Some((reader, status));
                self.focus_dialog = true;
            }
            Action::ConfirmFinalStatus => self.set_final_status(),
            Action::CancelFinalStatus => self.final_status = None,
            Action::Resume { reader, request } => {
                if !self.runs.busy(&reader) {
                    self.resume(reader, request);
                }
            }
            Action::OpenSettings => {
                if self.settings_lock().is_none() {
                    self.settings_window = Some(SettingsWindow::new(
                        &self.settings,
                        self.token_store.unavailable(),
                    ));
                    self.observe(Happening::SettingsOpened);
                }
            }
            Action::DropUnfinished => self.apply_dropping_unfinished(),
            Action::KeepUnfinished => self.held_settings = None,
            Action::ExportActivity => {
                let entries: Vec<_> = self.activity.entries().iter().cloned().collect();
                let save_as = SaveAs {
                    title: tr!("export-activity-title"),
                    file_name: "enroll-desk-activity.csv",
                    filter: ("CSV".to_owned(), &["csv"]),
                };
                self.export.start(
                    save_as,
                    move |path| write_csv(path, &entries),
                    self.waker.wake_fn(),
                );
            }
            Action::ExportAudit => {
                let Some(source) = self.audit.as_ref().map(|trail| trail.path().to_owned()) else {
                    return;
                };
                let save_as = SaveAs {
                    title: tr!("export-audit-title"),
                    file_name: "enroll-desk-audit.jsonl",
                    filter: (tr!("export-audit-filter"), &["jsonl"]),
                };
                self.export.start(
                    save_as,
                    move |path| crate::audit::copy_trail(&source, path),
                    self.waker.wake_fn(),
                );
            }
            Action::CheckDesk => {
                let audit = self.audit.as_ref().map(|trail| trail.path().to_owned());
                let inputs = desk_inputs(&self.settings, &self.mode, audit);
                self.doctor = Some(DoctorWindow::start(inputs, self.waker.wake_fn()));
            }
            Action::UseDemo => {
                self.mode = Mode::Demo;
                self.connect();
            }
            Action::Demo(action) => self.demo_action(action),
            Action::ToggleTraining => self.training.open = !self.training.open,
            Action::Training(action) => self.training_action(action),
        }
    }

    /// The officer confirmed: the failed run's request is marked Canceled
    /// or Abandoned on the server.
    fn set_final_status(&mut self) {
        let Some((reader, status)) = self.final_status.take() else {
            return;
        };
        let Some(run) = self.runs.get(&reader) else {
            return;
        };
        let request = run.request();
        let ids = AuditIds {
            request: Some(request),
            card_id: run.ticket.card_id,
            smartcard: run.smartcard,
        };
        self.audit(
            "request_status",
            ids,
            format!("{} asked", status.api_name()),
        );
        self.send(Command::SetRequestStatus { request, status });
    }

    pub(super) fn demo_action(&mut self, action: DemoAction) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        let cards = session.cards.clone();
        let inserted = |result: Result<(), crate::card::CardError>| match result {
            Ok(()) => None,
            Err(error) => Some((
                Level::Error,
                Line::new(|| tr!("demo-insert-failed", error = error.to_string())),
            )),
        };
        let line = match action {
            DemoAction::InsertCard { reader, with_id } => {
                let Some(cards) = cards else { return };
                inserted(cards.insert(&reader, with_id.then(uuid::Uuid::new_v4)))
            }
            DemoAction::PutBack { reader } => {
                let Some(cards) = cards else { return };
                inserted(cards.put_back(&reader).map(|_put| ()))
            }
            DemoAction::RemoveCard { reader } => {
                if let Some(cards) = cards {
                    cards.remove(&reader);
                }
                None
            }
            DemoAction::SetFaults(faults) => {
                let Some(demo) = session.demo.as_mut() else {
                    return;
                };
                demo.set_faults(faults);
                Some((Level::Warning, Line::new(|| tr!("demo-faults-changed"))))
            }
            DemoAction::ServerDown(down) => {
                let Some(demo) = session.demo.as_mut() else {
                    return;
                };
                if down {
                    demo.server.pause();
                    Some((Level::Warning, Line::new(|| tr!("demo-server-down"))))
                } else {
                    match demo.server.resume() {
                        Ok(()) => Some((Level::Info, Line::new(|| tr!("demo-server-back")))),
                        Err(error) => Some((
                            Level::Error,
                            Line::new(|| tr!("demo-restart-failed", error = error.to_string())),
                        )),
                    }
                }
            }
        };
        if let Some((level, line)) = line {
            self.activity.push(level, line);
        }
    }
}
