//! The lessons as data: each step names the part of the desk it is
//! about and what the trainee must really do for it to tick. The words are
//! Fluent messages `training-step-<id>` (what to do) and
//! `training-step-<id>-why` (why it matters), so they translate like the
//! rest of the desk.

use super::wire::LessonId;

/// The part of the desk a step is about; the training panel outlines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spot {
    Requests,
    Readers,
    Detail,
    Refresh,
    Settings,
    /// The PIN window (it is in front anyway) or the lesson panel itself.
    Lesson,
}

/// What makes a step done: the desk's own events, never a "next" click.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// The lesson's request is selected in the table.
    ChooseRequest,
    /// A card is in a reader and read: with a PIV card id or without.
    InsertCard { with_id: bool },
    /// The card id typed in the detail panel is the one on the card's label.
    TypeLabelId,
    /// The confirmation for the lesson's request is on screen.
    Confirm,
    /// The enrollment of the lesson's request was confirmed.
    Enroll,
    /// The server refused the enrollment (403).
    Refused,
    /// The card left its reader while the enrollment ran.
    PullDuringRun,
    /// The desk said the enrollment stopped with the card bound.
    StoppedBound,
    /// The PIN window opened with a PIN to read out.
    PinShown,
    /// The cardholder's PIN entry opened.
    CardholderChooses,
    /// The PIN window was closed with the hand-over confirmed.
    HandOver,
    /// The card was finished with the PIN the cardholder typed.
    CardholderPinSet,
    /// Loading the requests failed.
    ListFailed,
    /// The settings were opened.
    OpenSettings,
    /// The requests loaded.
    ListLoaded,
    /// A question in the panel, answered right.
    Quiz(Quiz),
    /// The card-first panel said whose a card is: any card, or (`own`)
    /// the cardholder's own.
    OwnerShown { own: bool },
    /// The lesson's request was picked from the card's open requests.
    PickOpenRequest,
    /// Two runs were under way at once.
    SideBySide,
    /// Every request the lesson serves was started.
    AllStarted,
    /// A PIN was handed over for every request the lesson serves.
    AllHandedOver,
    /// Every request the lesson serves finished (Completed).
    AllCompleted,
}

impl Check {
    /// Whether the step is about handing a PIN over.
    pub fn hands_over(self) -> bool {
        matches!(self, Self::HandOver | Self::AllHandedOver)
    }
}

/// A question whose answer is what the officer says or does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quiz {
    /// The server refused the enrollment: what to tell the cardholder.
    Forbidden,
    /// The cardholder chooses the PIN: what to tell them.
    CardholderChooses,
    /// The REST API is off: what to check.
    ApiOff,
    /// The card handed over is someone else's: what to do.
    NotTheirCard,
}

impl Quiz {
    /// Its message id stem: `training-quiz-<stem>` is the question,
    /// `…-<n>` the choices and `…-<n>-why` what each one means.
    pub fn stem(self) -> &'static str {
        match self {
            Self::Forbidden => "forbidden",
            Self::CardholderChooses => "cardholder-chooses",
            Self::ApiOff => "api-off",
            Self::NotTheirCard => "not-their-card",
        }
    }

    /// How many choices the question offers.
    pub const CHOICES: usize = 3;

    /// The right choice, counted from 0.
    pub fn right(self) -> usize {
        match self {
            Self::Forbidden => 1,
            Self::CardholderChooses => 2,
            Self::ApiOff => 0,
            Self::NotTheirCard => 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepDef {
    /// The step's message id stem, `training-step-<id>`.
    pub id: &'static str,
    pub spot: Spot,
    pub check: Check,
}

const fn step(id: &'static str, spot: Spot, check: Check) -> StepDef {
    StepDef { id, spot, check }
}

const CHOOSE: StepDef = step("choose-request", Spot::Requests, Check::ChooseRequest);
const INSERT: StepDef = step(
    "insert-card",
    Spot::Readers,
    Check::InsertCard { with_id: true },
);
const ENROLL: StepDef = step("enroll", Spot::Detail, Check::Enroll);
const READ_PIN: StepDef = step("read-pin", Spot::Lesson, Check::PinShown);
const HAND_OVER: StepDef = step("hand-over", Spot::Lesson, Check::HandOver);

const FIRST_ENROLLMENT: &[StepDef] = &[
    CHOOSE,
    INSERT,
    step("check-confirmation", Spot::Detail, Check::Confirm),
    ENROLL,
    READ_PIN,
    HAND_OVER,
];

const CARD_WITHOUT_ID: &[StepDef] = &[
    CHOOSE,
    step(
        "insert-card-without-id",
        Spot::Readers,
        Check::InsertCard { with_id: false },
    ),
    step("type-card-id", Spot::Detail, Check::TypeLabelId),
    ENROLL,
    READ_PIN,
    HAND_OVER,
];

const SERVER_SAYS_NO: &[StepDef] = &[
    CHOOSE,
    INSERT,
    ENROLL,
    step("refused", Spot::Detail, Check::Refused),
    step("quiz-forbidden", Spot::Lesson, Check::Quiz(Quiz::Forbidden)),
];

const PULLED_AFTER_BIND: &[StepDef] = &[
    CHOOSE,
    INSERT,
    ENROLL,
    step(
        "pull-during-enrollment",
        Spot::Readers,
        Check::PullDuringRun,
    ),
    step("stopped-bound", Spot::Detail, Check::StoppedBound),
    step("put-card-back", Spot::Readers, Check::PinShown),
    HAND_OVER,
];

const CARDHOLDER_CHOOSES: &[StepDef] = &[
    CHOOSE,
    INSERT,
    ENROLL,
    step("cardholder-chooses", Spot::Lesson, Check::CardholderChooses),
    step("cardholder-sets-pin", Spot::Lesson, Check::CardholderPinSet),
    step(
        "quiz-cardholder-chooses",
        Spot::Lesson,
        Check::Quiz(Quiz::CardholderChooses),
    ),
];

const SERVER_DOWN: &[StepDef] = &[
    step("refresh-list", Spot::Refresh, Check::ListFailed),
    step("quiz-api-off", Spot::Lesson, Check::Quiz(Quiz::ApiOff)),
    step("open-settings", Spot::Settings, Check::OpenSettings),
    step("refresh-again", Spot::Refresh, Check::ListLoaded),
];

const FORGOT_PIN: &[StepDef] = &[
    step(
        "forgot-read-owner",
        Spot::Detail,
        Check::OwnerShown { own: false },
    ),
    step(
        "quiz-not-their-card",
        Spot::Lesson,
        Check::Quiz(Quiz::NotTheirCard),
    ),
    step(
        "forgot-own-card",
        Spot::Detail,
        Check::OwnerShown { own: true },
    ),
    step("forgot-pick-request", Spot::Detail, Check::PickOpenRequest),
    step("forgot-unblock", Spot::Detail, Check::Enroll),
    step("forgot-read-pin", Spot::Lesson, Check::PinShown),
    HAND_OVER,
    step("forgot-completed", Spot::Requests, Check::AllCompleted),
];

const ENROLLMENT_DAY: &[StepDef] = &[
    step("day-first-card", Spot::Requests, Check::Enroll),
    step("day-next-card", Spot::Readers, Check::SideBySide),
    step("day-every-card", Spot::Readers, Check::AllStarted),
    step("day-pins-one-by-one", Spot::Lesson, Check::AllHandedOver),
    step("day-all-completed", Spot::Requests, Check::AllCompleted),
];

/// The steps of a lesson, in order.
pub fn steps(lesson: LessonId) -> &'static [StepDef] {
    match lesson {
        LessonId::FirstEnrollment => FIRST_ENROLLMENT,
        LessonId::CardWithoutId => CARD_WITHOUT_ID,
        LessonId::ServerSaysNo => SERVER_SAYS_NO,
        LessonId::PulledAfterBind => PULLED_AFTER_BIND,
        LessonId::CardholderChooses => CARDHOLDER_CHOOSES,
        LessonId::ServerDown => SERVER_DOWN,
        LessonId::ForgotPin => FORGOT_PIN,
        LessonId::EnrollmentDay => ENROLLMENT_DAY,
    }
}

/// How long each RSA key takes on the lesson's cards, where the lesson
/// asks for slow cards: on enrollment day, long enough to start the next
/// cardholder's card while one makes its key, as real cards take 5 to 60 s.
pub fn keygen_time(lesson: LessonId) -> Option<std::time::Duration> {
    (lesson == LessonId::EnrollmentDay).then_some(std::time::Duration::from_secs(15))
}

/// Whether the lesson starts by loading its requests (the server-down
/// lesson lets the trainee try, and fail, first).
pub fn loads_requests_at_start(lesson: LessonId) -> bool {
    lesson != LessonId::ServerDown
}

/// Whether the card id is typed from a label in this lesson.
pub fn has_card_label(lesson: LessonId) -> bool {
    lesson == LessonId::CardWithoutId
}
