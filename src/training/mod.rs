//! Training mode's classroom: what trainee desks and the simulator say to
//! each other (`wire`) and the desk's side of saying it (`client`).

pub mod client;
pub mod wire;
