//! The Windows backend: SSPI's Negotiate package with the logged-on user's
//! credentials — no password typed. Negotiate picks Kerberos and falls back to
//! NTLM exactly where Windows itself does (no domain controller, no service
//! name registered for the server); the status bar names the one used.

use std::ptr;

use windows_sys::Win32::Foundation::{
    SEC_E_LOGON_DENIED, SEC_E_NO_AUTHENTICATING_AUTHORITY, SEC_E_NO_CREDENTIALS, SEC_E_OK,
    SEC_E_SECPKG_NOT_FOUND, SEC_E_TARGET_UNKNOWN, SEC_E_TIME_SKEW, SEC_E_WRONG_PRINCIPAL,
    SEC_I_COMPLETE_AND_CONTINUE, SEC_I_COMPLETE_NEEDED, SEC_I_CONTINUE_NEEDED,
};
use windows_sys::Win32::Security::Authentication::Identity::{
    AcquireCredentialsHandleW, CompleteAuthToken, DeleteSecurityContext, FreeContextBuffer,
    FreeCredentialsHandle, ISC_REQ_MUTUAL_AUTH, InitializeSecurityContextW,
    QueryContextAttributesW, QuerySecurityPackageInfoW, SECBUFFER_TOKEN, SECBUFFER_VERSION,
    SECPKG_ATTR_NAMES, SECPKG_ATTR_NEGOTIATION_INFO, SECPKG_CRED_OUTBOUND, SECURITY_NATIVE_DREP,
    SecBuffer, SecBufferDesc, SecPkgContext_NamesW, SecPkgContext_NegotiationInfoW, SecPkgInfoW,
};
use windows_sys::Win32::Security::Credentials::SecHandle;
use windows_sys::core::HRESULT;

use crate::cm::auth::{AuthError, SignedIn};

/// One sign-in exchange with the server.
pub(crate) struct Initiator {
    credentials: SecHandle,
    context: Option<SecHandle>,
    spn: String,
    /// The SPN as SSPI takes it: UTF-16, NUL-terminated.
    target: Vec<u16>,
    /// The largest token the package writes; our output buffer's size.
    max_token: usize,
    complete: bool,
}

impl Initiator {
    /// Takes the logged-on user's credentials and returns the first token.
    pub(crate) fn start(host: &str) -> Result<(Self, Vec<u8>), AuthError> {
        let spn = format!("HTTP/{host}");
        let package = wide("Negotiate");
        let mut credentials = SecHandle::default();
        let mut expiry = 0i64;
        // SAFETY: a null principal and null auth data mean "the logged-on
        // user"; every out pointer is a live local.
        let status = unsafe {
            AcquireCredentialsHandleW(
                ptr::null(),
                package.as_ptr(),
                SECPKG_CRED_OUTBOUND,
                ptr::null(),
                ptr::null(),
                None,
                ptr::null(),
                &mut credentials,
                &mut expiry,
            )
        };
        if status != SEC_E_OK {
            return Err(classify(status, &spn));
        }
        let mut initiator = Self {
            credentials,
            context: None,
            target: wide(&spn),
            spn,
            max_token: max_token_size(&package),
            complete: false,
        };
        match initiator.initialize(None)? {
            Some(token) => Ok((initiator, token)),
            None => Err(AuthError::Kerberos {
                detail: "Windows produced no sign-in token".to_owned(),
            }),
        }
    }

    /// The service principal the ticket was asked for.
    pub(crate) fn spn(&self) -> &str {
        &self.spn
    }

    /// Answers a server token that asks for one more leg (NTLM's challenge).
    pub(crate) fn step(&mut self, server_token: &[u8]) -> Result<Option<Vec<u8>>, AuthError> {
        if self.complete {
            return Ok(None);
        }
        self.initialize(Some(server_token))
    }

    /// Checks the server's answer token where the mechanism proves the
    /// server (Kerberos), and names who signed in and how.
    pub(crate) fn finish(&mut self, server_token: Option<&[u8]>) -> Result<SignedIn, AuthError> {
        if !self.complete {
            let Some(token) = server_token else {
                return Err(AuthError::ServerNotProven {
                    detail: "it sent no Kerberos answer with its reply".to_owned(),
                });
            };
            match self.initialize(Some(token)) {
                Ok(_) if self.complete => {}
                Ok(_) => {
                    return Err(AuthError::ServerNotProven {
                        detail: "its Kerberos answer did not complete the sign-in".to_owned(),
                    });
                }
                Err(error) => {
                    return Err(AuthError::ServerNotProven {
                        detail: format!("its Kerberos answer was not valid: {error}"),
                    });
                }
            }
        }
        let principal = self
            .user_name()
            .unwrap_or_else(|| "your Windows account".to_owned());
        Ok(match self.package_name().as_deref() {
            Some(name) if name.eq_ignore_ascii_case("NTLM") => SignedIn::Ntlm { principal },
            _ => SignedIn::Kerberos { principal },
        })
    }

    /// One call of `InitializeSecurityContextW`; the token to send, if any.
    fn initialize(&mut self, input: Option<&[u8]>) -> Result<Option<Vec<u8>>, AuthError> {
        let input_len = match input.map(<[u8]>::len).map(u32::try_from) {
            Some(Ok(len)) => len,
            Some(Err(_)) => return Err(self.refused("the server's token is too long")),
            None => 0,
        };
        let mut input_buffer = SecBuffer {
            cbBuffer: input_len,
            BufferType: SECBUFFER_TOKEN,
            // SSPI only reads input tokens.
            pvBuffer: input.map_or(ptr::null_mut(), |data| data.as_ptr().cast_mut().cast()),
        };
        let input_desc = SecBufferDesc {
            ulVersion: SECBUFFER_VERSION,
            cBuffers: 1,
            pBuffers: &mut input_buffer,
        };
        // Our own buffer of the package's largest token: not every SSPI
        // (Wine's) lets the package allocate it.
        let mut output = vec![0u8; self.max_token];
        let mut output_buffer = SecBuffer {
            cbBuffer: u32::try_from(output.len()).unwrap_or(u32::MAX),
            BufferType: SECBUFFER_TOKEN,
            pvBuffer: output.as_mut_ptr().cast(),
        };
        let mut output_desc = SecBufferDesc {
            ulVersion: SECBUFFER_VERSION,
            cBuffers: 1,
            pBuffers: &mut output_buffer,
        };
        let mut new_context = self.context.unwrap_or_default();
        let mut attributes = 0u32;
        let mut expiry = 0i64;
        // SAFETY: the handles are the ones SSPI gave us; the buffer
        // descriptions point at locals that outlive the call.
        let status = unsafe {
            InitializeSecurityContextW(
                &self.credentials,
                self.context.as_ref().map_or(ptr::null(), ptr::from_ref),
                self.target.as_ptr(),
                ISC_REQ_MUTUAL_AUTH,
                0,
                SECURITY_NATIVE_DREP,
                if input.is_some() {
                    &input_desc
                } else {
                    ptr::null()
                },
                0,
                &mut new_context,
                &mut output_desc,
                &mut attributes,
                &mut expiry,
            )
        };
        let known = [
            SEC_E_OK,
            SEC_I_CONTINUE_NEEDED,
            SEC_I_COMPLETE_NEEDED,
            SEC_I_COMPLETE_AND_CONTINUE,
        ];
        if known.contains(&status) {
            self.context = Some(new_context);
        }
        if status == SEC_I_COMPLETE_NEEDED || status == SEC_I_COMPLETE_AND_CONTINUE {
            // SAFETY: the context was just made; the token is SSPI's own output.
            let completed = unsafe { CompleteAuthToken(&new_context, &output_desc) };
            if completed != SEC_E_OK {
                return Err(classify(completed, &self.spn));
            }
        }
        output.truncate(output_buffer.cbBuffer as usize);
        let token = (!output.is_empty()).then_some(output);
        match status {
            SEC_E_OK | SEC_I_COMPLETE_NEEDED => {
                self.complete = true;
                Ok(token)
            }
            SEC_I_CONTINUE_NEEDED | SEC_I_COMPLETE_AND_CONTINUE => Ok(token),
            failure => Err(classify(failure, &self.spn)),
        }
    }

    fn refused(&self, detail: &str) -> AuthError {
        AuthError::Kerberos {
            detail: format!("{detail} ({})", self.spn),
        }
    }

    /// The account that signed in, e.g. `EXAMPLE\officer`.
    fn user_name(&self) -> Option<String> {
        let context = self.context.as_ref()?;
        let mut names = SecPkgContext_NamesW::default();
        // SAFETY: a complete context; SSPI fills `names` and allocates the string.
        let status =
            unsafe { QueryContextAttributesW(context, SECPKG_ATTR_NAMES, (&raw mut names).cast()) };
        if status != SEC_E_OK || names.sUserName.is_null() {
            return None;
        }
        // SAFETY: SSPI returned a NUL-terminated string, freed right after.
        let name = unsafe { from_wide(names.sUserName) };
        // SAFETY: the buffer SSPI allocated for us.
        unsafe { FreeContextBuffer(names.sUserName.cast()) };
        Some(name)
    }

    /// The package Negotiate chose: `Kerberos` or `NTLM`.
    fn package_name(&self) -> Option<String> {
        let context = self.context.as_ref()?;
        let mut info = SecPkgContext_NegotiationInfoW::default();
        // SAFETY: a complete context; SSPI fills `info` and allocates PackageInfo.
        let status = unsafe {
            QueryContextAttributesW(
                context,
                SECPKG_ATTR_NEGOTIATION_INFO,
                (&raw mut info).cast(),
            )
        };
        if status != SEC_E_OK || info.PackageInfo.is_null() {
            return None;
        }
        // SAFETY: PackageInfo points at SSPI's package description.
        let name = unsafe {
            let name = (*info.PackageInfo).Name;
            (!name.is_null()).then(|| from_wide(name))
        };
        // SAFETY: the buffer SSPI allocated for us.
        unsafe { FreeContextBuffer(info.PackageInfo.cast()) };
        name
    }
}

impl Drop for Initiator {
    fn drop(&mut self) {
        // SAFETY: both handles came from SSPI and are released once.
        unsafe {
            if let Some(context) = self.context.take() {
                DeleteSecurityContext(&context);
            }
            FreeCredentialsHandle(&self.credentials);
        }
    }
}

/// An SSPI status in the officer's terms, as the GSSAPI backend words them.
fn classify(status: HRESULT, spn: &str) -> AuthError {
    tracing::debug!(
        status = format_args!("{:#010x}", status.cast_unsigned()),
        "SSPI failure"
    );
    match status {
        SEC_E_NO_CREDENTIALS => AuthError::NoTicket {
            detail: "Windows has no credentials for this logon session".to_owned(),
        },
        SEC_E_TARGET_UNKNOWN | SEC_E_WRONG_PRINCIPAL => AuthError::UnknownService {
            spn: spn.to_owned(),
        },
        SEC_E_TIME_SKEW => AuthError::ClockSkew,
        SEC_E_NO_AUTHENTICATING_AUTHORITY => AuthError::KdcUnreachable {
            detail: "no domain controller answered".to_owned(),
        },
        SEC_E_LOGON_DENIED => AuthError::Rejected {
            spn: spn.to_owned(),
        },
        SEC_E_SECPKG_NOT_FOUND => AuthError::Kerberos {
            detail: "this Windows has no Negotiate security package".to_owned(),
        },
        other => AuthError::Kerberos {
            detail: format!("Windows security status {:#010x}", other.cast_unsigned()),
        },
    }
}

/// The largest token the package writes (Negotiate's is some 48 KB).
fn max_token_size(package: &[u16]) -> usize {
    const FALLBACK: usize = 64 * 1024;
    let mut info: *mut SecPkgInfoW = ptr::null_mut();
    // SAFETY: `package` is NUL-terminated; SSPI allocates `info`, freed below.
    let status = unsafe { QuerySecurityPackageInfoW(package.as_ptr(), &mut info) };
    if status != SEC_E_OK || info.is_null() {
        return FALLBACK;
    }
    // SAFETY: SSPI filled `info`.
    let size = unsafe { (*info).cbMaxToken } as usize;
    // SAFETY: the buffer SSPI allocated for us.
    unsafe { FreeContextBuffer(info.cast()) };
    if size == 0 { FALLBACK } else { size }
}

fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain(std::iter::once(0)).collect()
}

/// # Safety
/// `text` points at a NUL-terminated UTF-16 string.
unsafe fn from_wide(text: *const u16) -> String {
    let mut len = 0;
    // SAFETY: the caller promises a terminating NUL.
    while unsafe { *text.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: `len` units were just read.
    String::from_utf16_lossy(unsafe { std::slice::from_raw_parts(text, len) })
}
