//! What each lesson puts on a desk's list: the request to carry out and
//! decoys with a namesake; for enrollment day a line of cardholders; for a
//! forgotten PIN two cards enrolled earlier (the cardholder's, whose PIN is
//! blocked, with an open Unblock request, and a colleague's they hand over
//! first by mistake).

use uuid::Uuid;

use super::{DeskId, IdSource, PinPolicy};
use crate::cm::Request;
use crate::sim::scope::Caller;
use crate::sim::state::SimState;
use crate::training::wire::{LessonId, LessonSetup, Queued};

/// Who a lesson is about: the person to serve first, then (by lesson) a
/// namesake whose request or card is a decoy, and another person.
fn cast(lesson: LessonId) -> [&'static str; 3] {
    match lesson {
        LessonId::FirstEnrollment => ["Marta Eklund", "Marta Ekwall", "Tobias Reyes"],
        LessonId::CardWithoutId => ["Henrik Adeyemi", "Henrik Adler", "Sofia Lindahl"],
        LessonId::ServerSaysNo => ["Leila Brandt", "Leila Bramwell", "Oren Castillo"],
        LessonId::PulledAfterBind => ["Nils Okonkwo", "Nils Oakley", "Paula Ferraz"],
        LessonId::CardholderChooses => ["Amara Virtanen", "Amara Vidal", "Pavel Quist"],
        LessonId::ServerDown => ["Rafael Sundberg", "Rafael Sunde", "Ingrid Mwangi"],
        LessonId::ForgotPin => ["Joanna Whitlock", "Joanna Whitby", "Emil Rasmussen"],
        // Three cardholders in line, each to be enrolled.
        LessonId::EnrollmentDay => ["Tomasz Brandvold", "Yara Lindeman", "Kofi Asante"],
    }
}

impl SimState {
    /// The lesson's setup and its requests, not listed yet.
    pub(super) fn lesson_requests_for(
        &mut self,
        desk: DeskId,
        lesson: LessonId,
    ) -> (LessonSetup, Vec<Request>) {
        let [person, second, third] = cast(lesson);
        let mut ids = IdSource::fresh();
        let mut setup = LessonSetup {
            lesson,
            request: Uuid::nil(),
            person: person.to_owned(),
            others: Vec::new(),
            queue: Vec::new(),
            cards: Vec::new(),
        };
        let requests = match lesson {
            LessonId::ForgotPin => self.forgot_pin(desk, &mut ids, &mut setup, [person, second]),
            LessonId::EnrollmentDay => {
                let line = [person, second, third]
                    .map(|name| self.lesson_request(&mut ids, name, PinPolicy::ServerGenerated));
                setup.queue = (line[1..].iter())
                    .zip([second, third])
                    .map(|(request, person)| Queued {
                        request: request.uuid,
                        person: person.to_owned(),
                    })
                    .collect();
                setup.request = line[0].uuid;
                line.into()
            }
            _ => {
                let policy = match lesson {
                    LessonId::CardholderChooses => PinPolicy::CardholderChooses,
                    _ => PinPolicy::ServerGenerated,
                };
                let to_bind = self.lesson_request(&mut ids, person, policy);
                let decoys = [second, third]
                    .map(|name| self.lesson_request(&mut ids, name, PinPolicy::ServerGenerated));
                setup.request = to_bind.uuid;
                setup.others = decoys.iter().map(|r| r.uuid).collect();
                let mut all = vec![to_bind];
                all.extend(decoys);
                all
            }
        };
        (setup, requests)
    }

    /// The cardholder's card and a colleague's, both enrolled earlier on
    /// the template whose admin key is not diversified; an approved Unblock
    /// request for the cardholder's. The colleague's card is handed first.
    fn forgot_pin(
        &mut self,
        desk: DeskId,
        ids: &mut IdSource,
        setup: &mut LessonSetup,
        [person, colleague]: [&str; 2],
    ) -> Vec<Request> {
        let (own_card, wrong_card) = (Uuid::new_v4(), Uuid::new_v4());
        let mut own = self.lesson_request(ids, person, PinPolicy::ServerGenerated);
        let mut other = self.lesson_request(ids, colleague, PinPolicy::ServerGenerated);
        let smartcard = self.enrolled_earlier(Caller::Desk(desk), &mut own, own_card);
        self.enrolled_earlier(Caller::Desk(desk), &mut other, wrong_card);
        let unblock = self.unblock_request_for(smartcard, &own);
        setup.request = unblock.uuid;
        setup.cards = vec![wrong_card, own_card];
        vec![own, unblock, other]
    }
}
