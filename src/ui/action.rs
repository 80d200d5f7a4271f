//! What the officer asked for in a frame: the panels and dialogs collect
//! these while drawing, and the desk carries them out after the frame.

use uuid::Uuid;

use super::demo_panel::DemoAction;
use super::plan::JobPlan;
use super::training::TrainingAction;
use crate::cm::FinalStatus;

/// What the officer asked for this frame; carried out after drawing.
#[derive(Debug)]
pub enum Action {
    Refresh,
    /// A request chosen outside the table (the search's Enter).
    Select(Uuid),
    /// A request picked from the card's open requests.
    PickCardRequest(Uuid),
    /// A reader chosen on the board: its run shows in the detail panel.
    ChooseReader(String),
    /// Enroll or unblock: the confirmation first.
    AskStart(JobPlan),
    ConfirmStart,
    CancelStart,
    /// Start again what failed in this reader (or only its Completed call).
    TryAgain(String),
    /// Stop the run in this reader at its next step, while that is safe.
    StopRun(String),
    /// Take a failed run off the board.
    DismissRun(String),
    /// Cancel or abandon the request of the failed run in this reader:
    /// the confirmation first.
    AskFinalStatus {
        reader: String,
        status: FinalStatus,
    },
    ConfirmFinalStatus,
    CancelFinalStatus,
    /// The unfinished enrollment of `request` (from the journal) on the
    /// card now in `reader`.
    Resume {
        reader: String,
        request: Uuid,
    },
    OpenSettings,
    /// Settings that connect anew, held back while a card is bound and
    /// unfinished: given up for them, or kept.
    DropUnfinished,
    KeepUnfinished,
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
