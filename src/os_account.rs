//! The OS account running the program, as the OS knows it: the effective
//! user's passwd entry on Unix, `GetUserNameW` on Windows. Never from
//! environment variables (`USER`, `USERNAME`), which anyone can set, so the
//! audit trail names who really acted.

/// The account's name, or `None` when the OS has no name for it (a uid
/// without a passwd entry, as in some containers).
#[cfg(unix)]
pub fn name() -> Option<String> {
    // SAFETY: geteuid cannot fail and touches no memory of ours.
    let uid = unsafe { libc::geteuid() };
    passwd_name(uid)
}

/// How the audit trail names the account: its name, or on Unix the uid when
/// the OS has no name for it.
pub fn describe() -> String {
    if let Some(name) = name() {
        return name;
    }
    #[cfg(unix)]
    {
        // SAFETY: as above.
        format!("uid {}", unsafe { libc::geteuid() })
    }
    #[cfg(not(unix))]
    {
        "unknown".to_owned()
    }
}

#[cfg(unix)]
fn passwd_name(uid: libc::uid_t) -> Option<String> {
    // getpwuid_r (not getpwuid): thread-safe, the strings land in our buffer.
    let mut buffer = vec![0_u8; 1024];
    loop {
        let mut entry = std::mem::MaybeUninit::<libc::passwd>::uninit();
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: every pointer is to memory we own and that outlives the
        // call, with the buffer's true length; `found` is set to `entry` or null.
        let status = unsafe {
            libc::getpwuid_r(
                uid,
                entry.as_mut_ptr(),
                buffer.as_mut_ptr().cast(),
                buffer.len(),
                &raw mut found,
            )
        };
        if status == libc::ERANGE && buffer.len() < 1 << 20 {
            buffer.resize(buffer.len() * 4, 0);
            continue;
        }
        if status != 0 || found.is_null() {
            return None;
        }
        // SAFETY: getpwuid_r succeeded, so `entry` is initialised and its
        // pw_name points to a NUL-terminated string inside `buffer`.
        let name = unsafe { std::ffi::CStr::from_ptr(entry.assume_init_ref().pw_name) };
        return Some(name.to_string_lossy().into_owned()).filter(|n| !n.is_empty());
    }
}

#[cfg(windows)]
pub fn name() -> Option<String> {
    use windows_sys::Win32::System::WindowsProgramming::GetUserNameW;
    // UNLEN (256) + the terminating NUL.
    let mut buffer = [0_u16; 257];
    let mut length = buffer.len() as u32;
    // SAFETY: the buffer is ours and `length` says its size in characters;
    // on success `length` is the name's length including the NUL.
    let ok = unsafe { GetUserNameW(buffer.as_mut_ptr(), &raw mut length) };
    if ok == 0 || length == 0 {
        return None;
    }
    let name = String::from_utf16_lossy(&buffer[..length as usize - 1]);
    (!name.is_empty()).then_some(name)
}

#[cfg(not(any(unix, windows)))]
pub fn name() -> Option<String> {
    None
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;

    #[test]
    fn the_name_is_the_effective_users_passwd_entry() {
        // `id -un` reads the same passwd entry through another program.
        let id = std::process::Command::new("id")
            .arg("-un")
            .output()
            .unwrap();
        let expected = String::from_utf8(id.stdout).unwrap().trim().to_owned();
        assert_eq!(name().as_deref(), Some(expected.as_str()));
        assert_eq!(describe(), expected);
    }

    #[test]
    fn a_uid_without_an_entry_has_no_name() {
        assert_eq!(passwd_name(4_000_000_000), None);
    }
}
