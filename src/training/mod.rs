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
/// `ENROLL_DESK_TRAINEE`, else the OS account, made fit for the header
/// that carries it (printable ASCII, at most `wire::DESK_NAME_MAX`).
pub fn desk_name() -> String {
    let wanted = std::env::var("ENROLL_DESK_TRAINEE")
        .ok()
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(crate::os_account::describe);
    let fit = header_safe(&wanted);
    if fit != wanted {
        tracing::warn!("the trainee desk is called {fit:?}: {wanted:?} cannot travel in a header");
    }
    fit
}

/// `name` with what a header cannot carry replaced by `-`, trimmed and cut
/// to length; "trainee" when nothing is left.
fn header_safe(name: &str) -> String {
    let replaced: String = name
        .chars()
        .map(|c| {
            if c.is_ascii() && !c.is_ascii_control() {
                c
            } else {
                '-'
            }
        })
        .take(wire::DESK_NAME_MAX)
        .collect();
    let trimmed = replaced.trim();
    if trimmed.is_empty() {
        "trainee".to_owned()
    } else {
        trimmed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_account_name_becomes_a_desk_name_the_simulator_takes() {
        for name in [
            "Zoë Ångström",
            " ada ",
            "\u{7}bell",
            "",
            "x".repeat(200).as_str(),
            "김민준",
        ] {
            let fit = header_safe(name);
            assert_eq!(wire::desk_name_problem(&fit), None, "{name:?} → {fit:?}");
        }
        assert_eq!(header_safe("Zoë"), "Zo-");
        assert_eq!(header_safe("ada-pc"), "ada-pc");
    }
}
