//! claimdiff: compare news sources claim by claim.
//!
//! The data flows one way, one module per stage:
//! [`load`] (files → [`model::Article`]) → [`extract`] (articles → [`model::Claim`]) →
//! [`compare`] (articles and claims → [`model::Story`]s, and per story [`model::Comparison`]s)
//! → [`export`] (JSON, markdown) or [`tui`].

pub mod compare;
pub mod escape;
pub mod export;
pub mod extract;
pub mod load;
pub mod marks;
pub mod model;
/// The language layer every stage shares: one tokenizer and one sentence splitter.
pub(crate) mod text;
pub mod tui;
mod words;

use load::{Loaded, Problem};
use model::Report;

/// What a run produced: the report, and every input's problem (loading's, then extraction's),
/// in input order within each stage.
#[derive(Debug)]
pub struct Analysis {
    pub report: Report,
    pub problems: Vec<Problem>,
}

/// Runs extraction and comparison over loaded articles, stories found at the default
/// similarity threshold.
pub fn analyse(loaded: Loaded, lexicon: &extract::Lexicon) -> Analysis {
    analyse_with_threshold(loaded, lexicon, compare::stories::DEFAULT_THRESHOLD)
}

/// Runs extraction, story clustering at `story_threshold` and comparison per story.
pub fn analyse_with_threshold(
    loaded: Loaded,
    lexicon: &extract::Lexicon,
    story_threshold: f32,
) -> Analysis {
    let Loaded {
        articles,
        mut problems,
    } = loaded;
    let extraction = extract::extract(&articles, lexicon);
    problems.extend(extraction.problems);
    let claims = extraction.claims;
    let clustering = compare::stories::Clustering::new(lexicon, story_threshold);
    let compare::Compared {
        stories,
        comparisons,
    } = compare::compare_stories(&articles, &claims, &clustering);
    Analysis {
        report: Report {
            articles,
            claims,
            stories,
            comparisons,
        },
        problems,
    }
}
