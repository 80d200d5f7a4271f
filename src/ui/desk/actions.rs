//! Carrying out what the officer asked for, after the frame is drawn.

use super::{
    Action, AuditIds, AwaitingPin, BindOrder, BindPlan, Command, DemoAction, Desk, Flow, Level,
    Mode, Origin, RequestFilter, SaveAs, SettingsWindow, Step, write_csv,
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
            Action::AskBind(plan) => {
                if !self.flow.is_busy() {
                    let request = plan.request;
                    self.flow = Flow::Confirming(plan);
                    self.focus_dialog = true;
                    self.observe(Happening::ConfirmShown { request });
                }
            }
            Action::ConfirmBind => {
                if let Flow::Confirming(plan) = std::mem::replace(&mut self.flow, Flow::Idle) {
                    self.start_bind(plan);
                }
            }
            Action::RetryBind(plan) => self.start_bind(plan),
            Action::CancelBind | Action::DismissFailure => self.flow = Flow::Idle,
            Action::FetchPinAgain(reader) => {
                let Some(awaiting) = self.flow.awaiting_reinsert().cloned() else {
                    return;
                };
                let smartcard = awaiting.bound.smartcard.to_string();
                self.activity.push(
                    Level::Info,
                    Line::new(|| tr!("fetching-pin-again", smartcard = smartcard.as_str())),
                );
                self.audit("pin_fetch", AuditIds::of_bound(&awaiting.bound), "started");
                self.send(Command::FetchPinAgain {
                    reader,
                    bound: awaiting.bound.clone(),
                });
                self.flow = Flow::Running {
                    origin: Origin::FetchAgain(AwaitingPin { ..awaiting }),
                    step: Step::ReadingCard,
                };
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
            Action::DropAwaiting => self.apply_dropping_awaiting(),
            Action::KeepAwaiting => self.held_settings = None,
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

    pub(super) fn start_bind(&mut self, plan: BindPlan) {
        // The card may have changed since the officer confirmed.
        let still_there = self
            .readers
            .card_info(&plan.reader)
            .is_some_and(|card| card.is_card(&plan.atr, plan.card_id));
        if !still_there {
            self.activity.push(
                Level::Warning,
                Line::new(|| tr!("card-changed-before-bind", reader = plan.reader.as_str())),
            );
            self.flow = Flow::Idle;
            return;
        }
        self.activity.push(
            Level::Info,
            Line::new(|| {
                tr!(
                    "binding-card",
                    card = plan.card_id.to_string(),
                    reader = plan.reader.as_str(),
                    person = plan.person.as_str(),
                    request = plan.request.to_string()
                )
            }),
        );
        self.audit(
            "bind",
            AuditIds {
                request: Some(plan.request),
                card_id: Some(plan.card_id),
                smartcard: None,
            },
            "started",
        );
        self.send(Command::Bind(BindOrder {
            request: plan.request,
            reader: plan.reader.clone(),
            card_id: plan.typed.then_some(plan.card_id),
            byte_order: self.settings.byte_order,
            challenge: self.settings.challenge,
        }));
        self.observe(Happening::BindStarted {
            request: plan.request,
            card_id: plan.card_id,
        });
        self.flow = Flow::Running {
            origin: Origin::Bind(plan),
            step: Step::ReadingCard,
        };
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
