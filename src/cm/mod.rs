//! The CM REST client: types as the server writes them, errors in the
//! officer's words, and a blocking client with one connection pool.

mod address;
mod auth;
pub mod bind_uri;
mod challenges;
mod client;
mod data_collection;
pub mod decode;
mod enrollment;
pub mod enums;
mod error;
mod http;
mod listing;
#[cfg(all(feature = "negotiate", any(unix, windows)))]
mod negotiate;
mod types;
pub(crate) mod wire;

pub use address::{api_base, is_loopback};
pub use auth::{AuthError, AuthMethod, SignInWatch, SignedIn};
pub(crate) use client::{As, HINT_ADMIN_KEY, HINT_BIND, HINT_PIN};
pub use client::{Client, ClientConfig, FinalStatus, RequestFilter, ServerAnswer};
pub use data_collection::DataCollection;
pub use enrollment::{CertificateAnswer, CertificateRequestOptions, SmartcardPolicy};
pub use enums::{RequestStatus, RequestType, SmartcardStatus, UnknownName};
pub use error::{CmError, correlation_id_in};
pub use listing::{ListReader, RequestListing, UnreadableRequest, read_list_body};
pub use types::{REQUEST_FLAG_SMARTCARD, Request, Smartcard};
pub use wire::parse_cm_time;
