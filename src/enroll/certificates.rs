//! The keys and their certificates: for each certificate request the
//! template asks for, a key pair generated on the card (slots 9A, 9C, 9D in
//! that order) and a request the card signs; then the certificates the
//! server answers with, each written to the slot whose key it certifies.

use der::{Decode, Encode};
use spki::SubjectPublicKeyInfoOwned;

use super::failure::Problem;
use super::secrets::FACTORY_PIN;
use super::steps::{KeyProgress, Progress};
use super::whole::{Run, StepFailure};
use super::{Bound, CmApi, EnrollStep, InstalledCertificate};
use crate::card::ops::CardSession;
use crate::card::piv::{self, Slot};
use crate::cm::{CertificateAnswer, CertificateRequestOptions};
use crate::pkix::{self, Certificate, HashAlgorithm, KeyAlgorithm, UnsignedRequest};

/// A key the card made, and the signed request for its certificate.
struct MadeKey {
    slot: Slot,
    public_key: SubjectPublicKeyInfoOwned,
    request: Vec<u8>,
}

pub(super) fn make_certificates(
    api: &dyn CmApi,
    session: &mut dyn CardSession,
    bound: &Bound,
    run: &mut Run<'_>,
) -> Result<Vec<InstalledCertificate>, StepFailure> {
    let options = api.certificate_options(bound.request)?;
    if options.len() > Slot::ENROLLMENT_ORDER.len() {
        return Err(Problem::TooManyCertificates {
            count: options.len(),
        }
        .into());
    }
    let plans = Slot::ENROLLMENT_ORDER
        .into_iter()
        .zip(&options)
        .map(|(slot, option)| plan(slot, option))
        .collect::<Result<Vec<_>, Problem>>()?;
    piv::verify(session, FACTORY_PIN)?;
    let mut made = Vec::with_capacity(plans.len());
    for (number, (slot, algorithm, hash, subject)) in plans.into_iter().enumerate() {
        run.stop_point().map_err(StepFailure::Stopped)?;
        run.report(Progress {
            step: EnrollStep::Keys,
            key: Some(KeyProgress {
                slot,
                number: number + 1,
                of: options.len(),
            }),
        });
        made.push(make_key(session, slot, algorithm, hash, subject)?);
    }
    run.enter(EnrollStep::Certificates)
        .map_err(StepFailure::Stopped)?;
    let requests: Vec<Vec<u8>> = made.iter().map(|m| m.request.clone()).collect();
    let answers = api.certificate_data(bound.request, &requests)?;
    let certificates = certificates_in(&answers)?;
    let mut installed = Vec::with_capacity(made.len());
    for key in made {
        let certificate = certificates
            .iter()
            .find(|c| pkix::same_key(&c.tbs_certificate.subject_public_key_info, &key.public_key))
            .ok_or_else(|| Problem::MissingCertificate {
                slot: key.slot.name(),
            })?;
        let der = certificate.to_der().map_err(pkix::PkixError::encoding)?;
        piv::put_certificate(session, key.slot, &der)?;
        installed.push(InstalledCertificate {
            slot: key.slot,
            summary: pkix::summary(certificate)?,
        });
    }
    Ok(installed)
}

/// What one option asks for, read before anything is generated, so a
/// template the card cannot serve is refused with nothing changed.
fn plan(
    slot: Slot,
    option: &CertificateRequestOptions,
) -> Result<(Slot, KeyAlgorithm, HashAlgorithm, &str), Problem> {
    Ok((
        slot,
        KeyAlgorithm::from_options(&option.key_algorithm, option.key_size)?,
        HashAlgorithm::from_name(&option.hash_algorithm)?,
        option.subject.as_str(),
    ))
}

fn make_key(
    session: &mut dyn CardSession,
    slot: Slot,
    algorithm: KeyAlgorithm,
    hash: HashAlgorithm,
    subject: &str,
) -> Result<MadeKey, Problem> {
    let public_key = piv::generate_key(session, slot, algorithm)?.to_spki()?;
    let unsigned = UnsignedRequest::new(subject, public_key.clone(), hash)?;
    if slot == Slot::Signature {
        // The signature key wants the PIN right before each use.
        piv::verify(session, FACTORY_PIN)?;
    }
    let signature = piv::sign(session, slot, algorithm, &unsigned.to_sign()?)?;
    Ok(MadeKey {
        slot,
        public_key,
        request: unsigned.finish(&signature)?,
    })
}

/// Every certificate in the answers; an answer with an error, or with a
/// key the server generated (PFX), stops the enrollment with nothing
/// written.
fn certificates_in(answers: &[CertificateAnswer]) -> Result<Vec<Certificate>, Problem> {
    use base64::Engine;
    if let Some(error) = answers.iter().find_map(|a| a.error.as_deref()) {
        return Err(Problem::CaRefused(crate::cm::decode::one_line(error, 300)));
    }
    if answers.iter().any(|a| a.is_pfx) {
        return Err(Problem::ServerGeneratedKey);
    }
    let mut certificates = Vec::new();
    for pkcs7 in answers.iter().filter_map(|a| a.pkcs7.as_deref()) {
        let compact: String = pkcs7.chars().filter(|c| !c.is_whitespace()).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(compact)
            .map_err(|e| pkix::PkixError::BadPkcs7(format!("not base64: {e}")))?;
        certificates.extend(pkix::certificates_in(&der)?);
    }
    Ok(certificates)
}

/// The certificates a card already holds (resuming after its PIN was set).
pub(super) fn installed_certificates(
    session: &mut dyn CardSession,
) -> Result<Vec<InstalledCertificate>, Problem> {
    let mut installed = Vec::new();
    for slot in Slot::ENROLLMENT_ORDER {
        let Some(der) = piv::read_certificate(session, slot)? else {
            continue;
        };
        let certificate = Certificate::from_der(&der).map_err(|e| {
            pkix::PkixError::BadPkcs7(format!("the certificate in slot {}: {e}", slot.name()))
        })?;
        installed.push(InstalledCertificate {
            slot,
            summary: pkix::summary(&certificate)?,
        });
    }
    Ok(installed)
}
