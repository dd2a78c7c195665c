//! Claim extraction (issue 3).

use crate::model::{Article, Claim};
use std::path::Path;

/// Vocabulary and patterns, loaded from data files.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {}

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{path}: {reason}")]
    Invalid { path: String, reason: String },
}

impl Lexicon {
    /// The vocabulary bundled in the binary.
    pub fn bundled() -> Self {
        Self::default()
    }

    /// The bundled vocabulary with a user's file merged over it.
    pub fn with_user_file(path: &Path) -> Result<Self, LexiconError> {
        let _ = path;
        Ok(Self::bundled())
    }
}

pub fn extract(_articles: &[Article], _lexicon: &Lexicon) -> Vec<Claim> {
    Vec::new()
}
