//! PLACEHOLDER until the classroom client lands: same signatures.
use super::wire::{LessonId, LessonResult, LessonSetup};
use crate::cm::{ClientConfig, CmError};

pub struct TrainingClient;

impl TrainingClient {
    pub fn new(_config: &ClientConfig) -> Result<Self, CmError> {
        Ok(Self)
    }
    pub fn start_lesson(&self, _desk: &str, _lesson: LessonId) -> Result<LessonSetup, CmError> {
        Err(CmError::NoPinGiven)
    }
    pub fn set_api(&self, _desk: &str, _enabled: bool) -> Result<(), CmError> {
        Err(CmError::NoPinGiven)
    }
    pub fn send_result(&self, _result: &LessonResult) -> Result<(), CmError> {
        Err(CmError::NoPinGiven)
    }
}
