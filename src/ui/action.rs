//! What the officer asked for in a frame: the panels and dialogs collect
//! these while drawing, and the desk carries them out after the frame.

use super::demo_panel::DemoAction;
use super::flow::BindPlan;
use super::training::TrainingAction;

/// What the officer asked for this frame; carried out after drawing.
#[derive(Debug)]
pub enum Action {
    Refresh,
    AskBind(BindPlan),
    ConfirmBind,
    CancelBind,
    RetryBind(BindPlan),
    FetchPinAgain(String),
    DismissFailure,
    OpenSettings,
    /// Settings that connect anew, held back while a bound card awaits its
    /// PIN: given up for them, or kept.
    DropAwaiting,
    KeepAwaiting,
    ExportActivity,
    ExportAudit,
    UseDemo,
    /// The status bar's *Check this desk*: the self-check window opens.
    CheckDesk,
    Demo(DemoAction),
    /// The training panel opens or closes.
    ToggleTraining,
    Training(TrainingAction),
}
