//! claimdiff: compare news sources claim by claim.
//!
//! The data flows one way, one module per stage:
//! [`load`] (files → [`model::Article`]) → [`extract`] (articles → [`model::Claim`]) →
//! [`compare`] (claims → [`model::Comparison`]) → [`export`] (JSON, markdown) or [`tui`].

pub mod compare;
pub mod corpus;
pub mod escape;
pub mod export;
pub mod extract;
pub mod load;
pub mod model;
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

/// Runs extraction and comparison over loaded articles.
pub fn analyse(loaded: Loaded, lexicon: &extract::Lexicon) -> Analysis {
    let Loaded {
        articles,
        mut problems,
    } = loaded;
    let extraction = extract::extract(&articles, lexicon);
    problems.extend(extraction.problems);
    let claims = extraction.claims;
    let comparisons = compare::compare(&articles, &claims);
    Analysis {
        report: Report {
            articles,
            claims,
            comparisons,
        },
        problems,
    }
}
