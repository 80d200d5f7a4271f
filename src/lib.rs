//! enroll-desk: bind smart cards to MIM Certificate Management enrollment
//! requests and hand the officer the server-proposed PIN.
//!
//! The data path (see docs/architecture.md): `card` watches readers and talks
//! to cards, `cm` talks to the CM server, `enroll` is the bind-and-PIN workflow
//! over both, `worker` runs it all off the UI thread, `session` starts a worker
//! against a server or the demo, `sim` and `demo` are a CM server and readers
//! of our own for training and tests, `training` is what trainee desks and the
//! simulator's classroom say to each other, `site` is the machine-wide
//! policy IT sets, `doctor` checks this computer end to end, and `cli`
//! parses arguments and dispatches.

pub mod audit;
pub mod card;
pub mod cli;
pub mod cm;
pub mod demo;
pub mod doctor;
pub mod enroll;
pub mod i18n;
pub mod ids;
pub mod journal;
pub mod os_account;
pub mod pin;
pub mod pkix;
pub mod private_dir;
pub mod safe_text;
pub mod session;
pub mod sim;
pub mod site;
mod tls;
#[cfg(feature = "desk")]
pub mod token_store;
pub mod training;
#[cfg(feature = "desk")]
pub mod ui;
pub mod worker;

/// Every heap block is wiped when freed, so copies of the PIN made by code
/// we do not control (the HTTP stack's buffers, JSON parsing, text layout)
/// do not outlive their use. Declared here, it covers the binary and every
/// test alike.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);

/// Blocks of a megabyte or more (a list's body, the table's rows) get
/// mappings of their own and go back to the system when freed. Left alone,
/// glibc raises this threshold to the size of the first such block freed,
/// and later large blocks come from a thread's heap, where one freed
/// between live small blocks stays resident: a desk showing 10,000 requests
/// held 2.5 MB more.
/// Call once, first thing in `main`.
pub fn return_large_blocks_when_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // glibc's own default, 128 KiB, mapped every step of a growing
        // vector and made listing 10,000 requests 10-25 ms slower.
        const LARGE_BLOCK: libc::c_int = 1024 * 1024;
        // SAFETY: mallopt only sets a threshold of glibc's allocator; an
        // unknown or refused value leaves the default (it returns 0).
        let _: libc::c_int = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, LARGE_BLOCK) };
    }
}
