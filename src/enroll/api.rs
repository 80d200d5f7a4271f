//! The CM calls the desk needs, as one seam: `cm::Client` is the real one.

use uuid::Uuid;

use crate::card::admin_key::AdminKey;
use crate::cm::{
    CertificateAnswer, CertificateRequestOptions, Client, CmError, FinalStatus, Request,
    RequestFilter, RequestListing, Smartcard, SmartcardPolicy,
};
use crate::ids::Atr;
use crate::pin::PinOutcome;

/// The CM calls of the desk. `Sync`: several enrollments (one per reader)
/// share one client.
pub trait CmApi: Send + Sync {
    /// The requests, and those the client could not read.
    fn list_requests(&self, filter: RequestFilter) -> Result<RequestListing, CmError>;
    fn get_request(&self, request: Uuid) -> Result<Request, CmError>;
    fn get_smartcard(&self, smartcard: Uuid) -> Result<Smartcard, CmError>;
    /// `GET smartcards?cardid=`: what the server knows of a card.
    fn find_smartcards(&self, card_id: Uuid) -> Result<Vec<Smartcard>, CmError>;
    fn bind_card(&self, request: Uuid, card_id: Uuid, atr: &Atr) -> Result<Uuid, CmError>;
    fn server_proposed_pin(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
    ) -> Result<PinOutcome, CmError>;
    fn smartcard_policy(&self, template: Uuid) -> Result<SmartcardPolicy, CmError>;
    /// The response that opens the card's admin key for its witness.
    fn authentication_response(
        &self,
        card: &Bound,
        challenge: &[u8],
        diversified: bool,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, CmError>;
    fn diversified_key(&self, card: &Bound) -> Result<AdminKey, CmError>;
    fn certificate_options(&self, request: Uuid)
    -> Result<Vec<CertificateRequestOptions>, CmError>;
    fn certificate_data(
        &self,
        request: Uuid,
        certificate_requests: &[Vec<u8>],
    ) -> Result<Vec<CertificateAnswer>, CmError>;
    fn set_request_status(
        &self,
        request: Uuid,
        status: FinalStatus,
    ) -> Result<Option<Request>, CmError>;
}

/// A card bound to a request: what every call about the card names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    pub request: Uuid,
    pub smartcard: Uuid,
    pub card_id: Uuid,
    pub atr: Atr,
}

impl CmApi for Client {
    fn list_requests(&self, filter: RequestFilter) -> Result<RequestListing, CmError> {
        Client::request_listing(self, filter)
    }

    fn get_request(&self, request: Uuid) -> Result<Request, CmError> {
        Client::get_request(self, request)
    }

    fn get_smartcard(&self, smartcard: Uuid) -> Result<Smartcard, CmError> {
        Client::get_smartcard(self, smartcard)
    }

    fn find_smartcards(&self, card_id: Uuid) -> Result<Vec<Smartcard>, CmError> {
        Client::find_smartcards(self, card_id)
    }

    fn bind_card(&self, request: Uuid, card_id: Uuid, atr: &Atr) -> Result<Uuid, CmError> {
        Client::bind_card(self, request, card_id, atr)
    }

    fn server_proposed_pin(
        &self,
        request: Uuid,
        smartcard: Uuid,
        card_id: Uuid,
        atr: &Atr,
        challenge: &[u8],
    ) -> Result<PinOutcome, CmError> {
        Client::server_proposed_pin(self, request, smartcard, card_id, atr, challenge)
    }

    fn smartcard_policy(&self, template: Uuid) -> Result<SmartcardPolicy, CmError> {
        Client::smartcard_policy(self, template)
    }

    fn authentication_response(
        &self,
        card: &Bound,
        challenge: &[u8],
        diversified: bool,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, CmError> {
        Client::authentication_response(
            self,
            card.request,
            card.smartcard,
            card.card_id,
            &card.atr,
            challenge,
            diversified,
        )
    }

    fn diversified_key(&self, card: &Bound) -> Result<AdminKey, CmError> {
        Client::diversified_key(self, card.request, card.smartcard, card.card_id, &card.atr)
    }

    fn certificate_options(
        &self,
        request: Uuid,
    ) -> Result<Vec<CertificateRequestOptions>, CmError> {
        Client::certificate_options(self, request)
    }

    fn certificate_data(
        &self,
        request: Uuid,
        certificate_requests: &[Vec<u8>],
    ) -> Result<Vec<CertificateAnswer>, CmError> {
        Client::certificate_data(self, request, certificate_requests)
    }

    fn set_request_status(
        &self,
        request: Uuid,
        status: FinalStatus,
    ) -> Result<Option<Request>, CmError> {
        Client::set_request_status(self, request, status)
    }
}
