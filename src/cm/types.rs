//! The CM server's objects as they come over the wire (PascalCase, integer
//! enums, zero GUIDs for "none"). Unknown fields are ignored; missing ones
//! take their empty value, so a server version with more or fewer fields
//! still reads.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::data_collection::DataCollection;
use super::enums::{RequestStatus, RequestType, SmartcardStatus};
use super::wire;

/// `Flags` bit that marks a smart-card request.
pub const REQUEST_FLAG_SMARTCARD: i64 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Request {
    #[serde(deserialize_with = "wire::guid")]
    pub uuid: Uuid,
    pub request_type: RequestType,
    pub status: RequestStatus,
    #[serde(default)]
    pub flags: i64,
    #[serde(default)]
    pub data_collection: DataCollection,
    #[serde(default, with = "wire::optional_guid")]
    pub originator_user_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub target_user_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_time")]
    pub submitted: Option<DateTime<Utc>>,
    #[serde(default, with = "wire::optional_time")]
    pub completed: Option<DateTime<Utc>>,
    #[serde(default, with = "wire::optional_guid")]
    pub new_profile_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub old_profile_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub new_smartcard_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub old_smartcard_uuid: Option<Uuid>,
    #[serde(default)]
    pub priority: i64,
    #[serde(default, deserialize_with = "wire::lossy_string")]
    pub comment: String,
    #[serde(default, with = "wire::optional_guid")]
    pub profile_template_uuid: Option<Uuid>,
    /// The request's access rules in SDDL, which the desk has no use for:
    /// never read from a list (of all the strings in a request, the
    /// slowest to read and the largest to keep), only written by the
    /// simulator, as a server's list has it.
    #[serde(skip_deserializing)]
    pub security_descriptor: String,
    /// False for a software profile: nothing to put on a card. Left out by
    /// a server, it is taken as a card request, as the desk always did.
    #[serde(default = "missing_means_smartcard")]
    pub is_smartcard: bool,
    #[serde(default)]
    pub is_enrollment_agent: bool,
    #[serde(default)]
    pub is_data_collection_complete: bool,
}

impl Request {
    /// Approved and not yet bound to a card: what an officer works through.
    pub fn is_awaiting_card(&self) -> bool {
        self.status == RequestStatus::Approved && self.new_smartcard_uuid.is_none()
    }

    /// Ready for the desk: awaiting a card, and for a smart-card profile.
    pub fn is_ready_to_bind(&self) -> bool {
        self.is_awaiting_card() && self.is_smartcard
    }

    /// The value of a data-collection item, by name (case-insensitive).
    pub fn data_item(&self, name: &str) -> Option<&str> {
        self.data_collection.get(name)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Smartcard {
    #[serde(deserialize_with = "wire::guid")]
    pub uuid: Uuid,
    pub status: SmartcardStatus,
    #[serde(default)]
    pub flags: i64,
    #[serde(default, with = "wire::optional_guid")]
    pub parent_smartcard_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub primary_smartcard_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub permanent_smartcard_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub assigned_user_uuid: Option<Uuid>,
    #[serde(default, with = "wire::optional_guid")]
    pub profile_template_uuid: Option<Uuid>,
    #[serde(default)]
    pub profile_template_version: i64,
    #[serde(default, deserialize_with = "wire::lossy_string")]
    pub comment: String,
    /// The card's own id in braces, e.g. `{bc88f13f-...}`.
    #[serde(default, deserialize_with = "wire::lossy_string")]
    pub serial_number: String,
    #[serde(default, deserialize_with = "wire::lossy_string")]
    pub middleware: String,
    #[serde(default, deserialize_with = "wire::lossy_string")]
    pub atr: String,
}

impl Smartcard {
    /// The card id from `SerialNumber`, with or without braces.
    pub fn card_id(&self) -> Option<Uuid> {
        crate::ids::parse_guid(&self.serial_number)
    }
}

fn missing_means_smartcard() -> bool {
    true
}
