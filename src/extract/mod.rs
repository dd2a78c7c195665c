//! Claim extraction (issue 3).

use crate::model::{Article, Claim};

/// Vocabulary and patterns, loaded from data files.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {}

pub fn extract(_articles: &[Article], _lexicon: &Lexicon) -> Vec<Claim> {
    Vec::new()
}
