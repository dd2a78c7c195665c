//! claimdiff: compare news sources claim by claim.
//!
//! The data flows one way, one module per stage:
//! [`load`] (files → [`model::Article`]) → [`extract`] (articles → [`model::Claim`]) →
//! [`compare`] (claims → [`model::Comparison`]) → [`export`] (JSON, markdown) or [`tui`].

pub mod compare;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod load;
pub mod model;
pub mod tui;
mod words;

use model::Report;

/// Runs extraction and comparison over loaded articles.
pub fn analyse(articles: Vec<model::Article>, lexicon: &extract::Lexicon) -> Report {
    let claims = extract::extract(&articles, lexicon);
    let comparisons = compare::compare(&articles, &claims);
    Report {
        articles,
        claims,
        comparisons,
    }
}
