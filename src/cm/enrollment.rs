//! What the server says for the rest of an enrollment: the template's smart
//! card policy, the certificate requests to generate, and the certificates
//! it answers with. MIM writes these names in more than one case
//! (`isPkcs7` beside `Pkcs7`), so they are read case-insensitively.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::decode::one_line;
use super::error::CmError;
use crate::card::admin_key::AdminKey;

/// `profiletemplates/{pt}/configuration/smartcards`, the parts the desk uses.
#[derive(Debug, Clone, PartialEq)]
pub struct SmartcardPolicy {
    /// The admin key a blank card starts with (`DefaultAdminKeyHex`).
    pub default_admin_key: AdminKey,
    /// Whether each card gets its own admin key (`DiversifyAdminKey`).
    pub diversify: bool,
    /// `UserPinOption` as sent; informational, since the PIN call's 204
    /// is what says the cardholder chooses.
    pub user_pin_option: Option<i64>,
}

#[derive(Deserialize)]
struct PolicyWire {
    #[serde(default)]
    defaultadminkeyhex: String,
    #[serde(default)]
    diversifyadminkey: bool,
    #[serde(default)]
    userpinoption: Option<serde_json::Value>,
}

impl SmartcardPolicy {
    /// Reads the configuration's JSON (public for the fuzz target).
    pub fn from_body(body: &[u8]) -> Result<Self, CmError> {
        let expected = "the profile template's smart card configuration";
        let wire: PolicyWire = read_any_case(body, expected)?;
        let default_admin_key = AdminKey::from_hex(&wire.defaultadminkeyhex).ok_or_else(|| {
            CmError::UnexpectedResponse {
                expected: format!("{expected} with a 3DES or AES-128 DefaultAdminKeyHex"),
                got: "no usable admin key (not shown)".to_owned(),
            }
        })?;
        Ok(Self {
            default_admin_key,
            diversify: wire.diversifyadminkey,
            user_pin_option: wire.userpinoption.and_then(|v| v.as_i64()),
        })
    }
}

/// One entry of `certificaterequestgenerationoptions`: a certificate
/// request the client must make.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CertificateRequestOptions {
    #[serde(default, rename = "keyalgorithmname")]
    pub key_algorithm: String,
    #[serde(default, rename = "keysize")]
    pub key_size: Option<u32>,
    #[serde(default, rename = "hashalgorithmname")]
    pub hash_algorithm: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub subject: String,
    #[serde(default, rename = "friendlyname", deserialize_with = "null_as_empty")]
    pub friendly_name: String,
}

impl CertificateRequestOptions {
    /// Reads the options' JSON (public for the fuzz target).
    pub fn list_from_body(body: &[u8]) -> Result<Vec<Self>, CmError> {
        read_any_case(body, "a list of certificate request options")
    }
}

/// One answer of `certificatedata`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateAnswer {
    /// The certificates as base64 PKCS#7, when the answer is one.
    pub pkcs7: Option<String>,
    /// The answer is a PFX: the server generated the key. Its content is
    /// never kept (it holds a private key).
    pub is_pfx: bool,
    /// What the server says went wrong with this request, if anything.
    pub error: Option<String>,
    pub template: String,
}

#[derive(Deserialize)]
struct AnswerWire {
    #[serde(default)]
    ispkcs7: bool,
    #[serde(default)]
    pkcs7: Option<String>,
    #[serde(default)]
    ispfx: bool,
    #[serde(default)]
    pfx: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    templatecommonname: String,
}

impl CertificateAnswer {
    /// Reads the answers' JSON (public for the fuzz target).
    pub fn list_from_body(body: &[u8]) -> Result<Vec<Self>, CmError> {
        let wires: Vec<AnswerWire> = read_any_case(body, "a list of certificates")?;
        Ok(wires
            .into_iter()
            .map(|w| Self {
                pkcs7: w.pkcs7.filter(|p| w.ispkcs7 || !p.trim().is_empty()),
                is_pfx: w.ispfx || w.pfx.is_some(),
                error: w.error.filter(|e| !e.trim().is_empty()),
                template: w.templatecommonname,
            })
            .collect())
    }
}

fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// JSON whose object keys are compared without case: every key is
/// lower-cased before `T` reads it (one object may also stand for a list).
fn read_any_case<T: DeserializeOwned>(body: &[u8], expected: &str) -> Result<T, CmError> {
    let unexpected = |got: String| CmError::UnexpectedResponse {
        expected: expected.to_owned(),
        got,
    };
    // serde's words may quote the server's text: shown as one_line shows it.
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|e| {
        unexpected(format!(
            "JSON it could not read ({})",
            one_line(&e.to_string(), 300)
        ))
    })?;
    let lowered = lower_keys(value);
    serde_json::from_value(lowered.clone())
        .or_else(|first| {
            serde_json::from_value(serde_json::Value::Array(vec![lowered])).map_err(|_| first)
        })
        .map_err(|e| {
            unexpected(format!(
                "JSON of another shape ({})",
                one_line(&e.to_string(), 300)
            ))
        })
}

fn lower_keys(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), lower_keys(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(lower_keys).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsofts_examples_read_in_either_case() {
        let options = CertificateRequestOptions::list_from_body(
            br#"[{"Subject":"","KeyAlgorithmName":"RSA","KeySize":2048,"FriendlyName":"",
                "HashAlgorithmName":"SHA1","KeyStorageProviderNames":["Contoso KSP"],
                "Exportable":0,"KeyProtectionLevel":0,"KeyUsages":3}]"#,
        )
        .unwrap();
        assert_eq!(options[0].key_algorithm, "RSA");
        assert_eq!(options[0].key_size, Some(2048));
        assert_eq!(options[0].hash_algorithm, "SHA1");
        let answers = CertificateAnswer::list_from_body(
            br#"[{"TemplateCommonName":"VSC","CertificateId":0,"Error":null,"Pkcs7":"MIIU",
                 "Pfx":null,"isPfx":false,"isPkcs7":true}]"#,
        )
        .unwrap();
        assert_eq!(answers[0].pkcs7.as_deref(), Some("MIIU"));
        assert!(!answers[0].is_pfx);
        assert_eq!(answers[0].error, None);
        let pfx = CertificateAnswer::list_from_body(br#"{"IsPfx":true,"Pfx":"secret"}"#).unwrap();
        assert!(pfx[0].is_pfx && pfx[0].pkcs7.is_none());
        let policy = SmartcardPolicy::from_body(
            br#"{"DefaultAdminKeyHex":"010203040506070801020304050607080102030405060708","DiversifyAdminKey":true,"UserPinOption":1}"#,
        )
        .unwrap();
        assert!(policy.diversify);
        assert_eq!(policy.default_admin_key, AdminKey::default());
        assert!(SmartcardPolicy::from_body(br#"{"DefaultAdminKeyHex":"zz"}"#).is_err());
    }
}
