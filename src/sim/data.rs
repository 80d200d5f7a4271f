//! Demo data: fictional people and their requests, the same on every start
//! so trainees, trainers and tests all see the same desk.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::card::admin_key::AdminKey;
use crate::cm::{REQUEST_FLAG_SMARTCARD, Request, RequestStatus, RequestType};

/// How a profile template sets the card's PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PinPolicy {
    /// The server proposes a PIN that the officer hands over.
    ServerGenerated,
    /// The cardholder chooses the PIN: the PIN call answers 204.
    CardholderChooses,
}

pub struct ProfileTemplate {
    pub uuid: Uuid,
    pub pin_policy: PinPolicy,
    /// The smart-card configuration's admin key settings.
    pub admin_key: AdminKeyConfig,
    /// The certificate requests a card of this template gets, in order.
    pub certificates: Vec<CertificateOption>,
}

/// One certificate request a template asks the client to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateOption {
    /// `RSA`, `ECDSA_P256`, `ECDSA_P384`.
    pub key_algorithm: &'static str,
    pub key_size: u32,
    /// `SHA1`, `SHA256`, `SHA384`.
    pub hash_algorithm: &'static str,
    /// Whether the request carries the cardholder's name as its subject
    /// (`CN=…, OU=…`); otherwise empty, and the CA fills it in.
    pub named_subject: bool,
    /// The certificate template's common name, for the answer.
    pub template: &'static str,
}

impl CertificateOption {
    pub const fn new(
        key_algorithm: &'static str,
        key_size: u32,
        hash_algorithm: &'static str,
        named_subject: bool,
        template: &'static str,
    ) -> Self {
        Self {
            key_algorithm,
            key_size,
            hash_algorithm,
            named_subject,
            template,
        }
    }
}

/// A template's `DefaultAdminKeyHex` and `DiversifyAdminKey`: how the server
/// knows each card's admin key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminKeyConfig {
    pub default_key: AdminKey,
    pub diversify: bool,
}

impl AdminKeyConfig {
    /// The key of the card `card_id`, as the server works it out.
    pub fn key_for(&self, card_id: Uuid, diversified: bool) -> AdminKey {
        if self.diversify && diversified {
            self.default_key.diversified_for(card_id)
        } else {
            self.default_key.clone()
        }
    }
}

const PEOPLE: &[(&str, &str)] = &[
    ("Ada Lindqvist", "Finance"),
    ("Bruno Okafor", "Facilities"),
    ("Chiara Novak", "Legal"),
    ("Dmitri Haugen", "IT Operations"),
    ("Elif Marchetti", "Research"),
    ("Farid Johansson", "Security"),
    ("Greta Mbeki", "Human Resources"),
    ("Hiroshi Delacroix", "Engineering"),
    ("Ines Kowalczyk", "Finance"),
    ("Jonas Achterberg", "Procurement"),
    ("Kalani Fitzgerald", "Research"),
    ("Lena Sørensen", "Legal"),
    ("Mateo Varga", "Engineering"),
    ("Nadia Esposito", "Customer Care"),
    ("Oskar Nwosu", "IT Operations"),
    ("Priya Castellano", "Finance"),
    ("Quentin Abara", "Facilities"),
    ("Rosa Lindgren", "Security"),
    ("Sami Kristiansen", "Engineering"),
    ("Tamsin O'Rourke", "Human Resources"),
    ("Ugo Petrakis", "Research"),
    ("Vera Ishikawa", "Customer Care"),
    ("Wiktor Almeida", "Procurement"),
    ("Xenia Dubois", "Legal"),
    ("Yusuf Van Dijk", "Engineering"),
    ("Zofia Reinholt", "Finance"),
    ("Aurelio Mensah", "Security"),
    ("Birgit Tanaka", "IT Operations"),
    ("Cosmin Eriksen", "Research"),
    ("Dalia Ferreira", "Facilities"),
    ("Emeka Lindholm", "Engineering"),
    ("Freya Salazar", "Customer Care"),
    ("Gustav Oyelaran", "Legal"),
    ("Hana Moreau", "Finance"),
    ("Ivo Karlsson", "Engineering"),
    ("Jana Whitfield", "Human Resources"),
];

/// The status each demo request gets, in order: mostly ready to bind, and
/// one of each other kind, including a number no documentation names.
fn status_for(index: usize) -> RequestStatus {
    match index {
        20..=25 => RequestStatus::Pending,
        26..=28 => RequestStatus::Completed,
        29 => RequestStatus::Denied,
        30 => RequestStatus::Canceled,
        31 => RequestStatus::Failed,
        32 => RequestStatus::Executing,
        33 => RequestStatus::from_code(42),
        _ => RequestStatus::Approved,
    }
}

pub struct DemoData {
    pub templates: Vec<ProfileTemplate>,
    pub requests: Vec<Request>,
    /// The user the simulator treats as signed in (`targetuser=current`).
    pub current_user: Uuid,
}

/// The demo set plus `extra` synthetic approved requests (for load and benches).
pub fn demo_data(extra: usize) -> DemoData {
    let mut ids = IdSource::new(0x00e5_d0de_5eed);
    let templates = vec![
        // "Officer smart card": the server proposes the PIN.
        ProfileTemplate {
            uuid: ids.next(),
            pin_policy: PinPolicy::ServerGenerated,
            admin_key: AdminKeyConfig {
                default_key: AdminKey::default(),
                diversify: false,
            },
            certificates: vec![CertificateOption::new(
                "RSA",
                2048,
                "SHA256",
                true,
                "EnrollDeskSmartcardLogon",
            )],
        },
        // "Contractor card": the cardholder chooses the PIN at first use.
        ProfileTemplate {
            uuid: ids.next(),
            pin_policy: PinPolicy::CardholderChooses,
            admin_key: AdminKeyConfig {
                default_key: AdminKey::default(),
                diversify: true,
            },
            certificates: vec![
                CertificateOption::new(
                    "ECDSA_P256",
                    256,
                    "SHA256",
                    false,
                    "EnrollDeskSmartcardLogon",
                ),
                CertificateOption::new("ECDSA_P384", 384, "SHA384", true, "EnrollDeskSignature"),
            ],
        },
    ];
    let officer = ids.next();
    // 2026-11-20T16:30:00Z: fixed, so every desk shows the same ages.
    let base = DateTime::<Utc>::from_timestamp(1_795_192_200, 0).unwrap_or_default();
    let mut requests = Vec::with_capacity(PEOPLE.len() + extra);
    for (i, (name, department)) in PEOPLE.iter().enumerate() {
        let status = status_for(i);
        let template = if i % 5 == 4 {
            &templates[1]
        } else {
            &templates[0]
        };
        let kind = if i % 9 == 8 {
            RequestType::Unblock
        } else if i == 34 {
            RequestType::from_code(2)
        } else {
            RequestType::Enroll
        };
        let comment = match kind {
            RequestType::Unblock => format!("Card blocked after wrong PINs — {name}, {department}"),
            _ => format!("New smart card for {name}, {department}"),
        };
        let mut request = new_request(
            &mut ids,
            kind,
            status,
            template.uuid,
            officer,
            comment,
            name,
            department,
        );
        request.submitted =
            Some(base - Duration::minutes(97 * i as i64) - Duration::milliseconds(137 * i as i64));
        request.priority = (i % 4) as i64 * 5;
        // Every third request targets the signed-in officer, for `targetuser=current`.
        if i % 3 == 0 {
            request.target_user_uuid = Some(officer);
        }
        if status == RequestStatus::Completed {
            request.new_smartcard_uuid = Some(ids.next());
            request.completed = request.submitted.map(|t| t + Duration::hours(2));
        }
        requests.push(request);
    }
    for n in 0..extra {
        let name = format!("Trainee {:06}", n + 1);
        let mut request = new_request(
            &mut ids,
            RequestType::Enroll,
            RequestStatus::Approved,
            templates[0].uuid,
            officer,
            format!("Load-test card for {name}"),
            &name,
            "Training",
        );
        request.submitted = Some(base - Duration::seconds(n as i64));
        requests.push(request);
    }
    DemoData {
        templates,
        requests,
        current_user: officer,
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn new_request(
    ids: &mut IdSource,
    kind: RequestType,
    status: RequestStatus,
    template: Uuid,
    originator: Uuid,
    comment: String,
    name: &str,
    department: &str,
) -> Request {
    Request {
        uuid: ids.next(),
        request_type: kind,
        status,
        flags: REQUEST_FLAG_SMARTCARD,
        data_collection: [("DisplayName", name), ("Department", department)]
            .into_iter()
            .collect(),
        originator_user_uuid: Some(originator),
        target_user_uuid: Some(ids.next()),
        submitted: None,
        completed: None,
        new_profile_uuid: None,
        old_profile_uuid: None,
        new_smartcard_uuid: None,
        old_smartcard_uuid: None,
        priority: 0,
        comment,
        profile_template_uuid: Some(template),
        // Real servers pad this with NULs; so do we.
        security_descriptor: "O:SYG:SYD:(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;SY)\0\0".to_owned(),
        is_smartcard: true,
        is_enrollment_agent: false,
        is_data_collection_complete: true,
    }
}

/// Random-looking but repeatable GUIDs.
pub(super) struct IdSource(fastrand::Rng);

impl IdSource {
    fn new(seed: u64) -> Self {
        Self(fastrand::Rng::with_seed(seed))
    }

    /// GUIDs that differ on every start (training lessons).
    pub(super) fn fresh() -> Self {
        Self(fastrand::Rng::new())
    }

    fn next(&mut self) -> Uuid {
        uuid::Builder::from_random_bytes(self.0.u128(..).to_le_bytes()).into_uuid()
    }
}
