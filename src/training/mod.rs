//! Training mode: lessons that teach the job on the demo or a classroom's
//! simulator, each step checked against what the desk really did
//! (`lessons`, `progress`, `log`), and what trainee desks and the simulator
//! say to each other (`wire`) with the desk's side of saying it (`client`).

pub mod client;
pub mod lessons;
pub mod log;
pub mod progress;
pub mod wire;

/// How this desk names itself to a classroom's simulator:
/// `ENROLL_DESK_TRAINEE`, else the OS account.
pub fn desk_name() -> String {
    std::env::var("ENROLL_DESK_TRAINEE")
        .ok()
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(crate::os_account::describe)
}
