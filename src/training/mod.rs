//! Training mode: lessons that teach the job on the demo or a classroom's
//! simulator, each step checked against what the desk really did
//! (`lessons`, `progress`, `log`), and what trainee desks and the simulator
//! say to each other (`wire`, `names`, `keys`) with the desk's side of
//! saying it (`client`, `trainee`).

pub mod client;
pub mod keys;
pub mod lessons;
pub mod log;
pub mod names;
pub mod progress;
pub mod trainee;
pub mod wire;

/// The name this desk asks for in a classroom: `ENROLL_DESK_TRAINEE`, else
/// the OS account, whole (any script), only cleaned of what would steer
/// the trainer's terminal. The simulator makes it unique in the room.
pub fn desk_name() -> String {
    let wanted = std::env::var("ENROLL_DESK_TRAINEE")
        .ok()
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(crate::os_account::describe);
    let fit = names::fit_desk_name(&wanted);
    if fit != wanted.trim() {
        tracing::warn!(
            "the trainee desk asks to be called {fit:?}: {wanted:?} had characters a terminal must not print"
        );
    }
    fit
}
