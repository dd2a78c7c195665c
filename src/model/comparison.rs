//! Comparisons of claims across articles, and the stories they belong to.

use super::{
    ArticleId, ClaimId, ClaimKind, ComparisonId, Interned, Metric, StoryId, Subject, TimeScope,
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Agree,
    Compatible,
    Conflict,
    Single,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agree => "agree",
            Self::Compatible => "compatible",
            Self::Conflict => "conflict",
            Self::Single => "single",
        }
    }
}

/// Summary figures of a count comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consensus {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub median: Option<f64>,
    pub distinct: usize,
    /// The lowest firm number (ACLED's conservative coding).
    pub conservative: Option<u64>,
    /// Articles that make no claim in this comparison.
    pub silent: Vec<ArticleId>,
    /// Independent origins behind the values: articles sharing wire copy count once.
    pub origins: usize,
}

/// One step of a comparison's timeline. Its texts are interned handles (the article's date,
/// and a value such as `≥40` that many claims share): 32 bytes an entry, and a large corpus's
/// comparisons hold about one entry per claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub claim: ClaimId,
    pub article: ArticleId,
    pub published: Option<Interned>,
    pub value: Interned,
    /// The claim this one revises, where the text says so.
    pub revises: Option<ClaimId>,
}

/// Claims from different articles about the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Stable within a run: `k1`, `k2`, … in rank order.
    pub id: ComparisonId,
    pub label: String,
    pub status: Status,
    pub claims: Vec<ClaimId>,
    pub kind: ClaimKind,
    pub metric: Option<Metric>,
    pub subject: Option<Subject>,
    pub place: Option<String>,
    pub time_scope: TimeScope,
    pub consensus: Option<Consensus>,
    /// Claims made by a party to the events (a group's own count of its attack).
    pub party_claims: Vec<ClaimId>,
    pub timeline: Vec<TimelineEntry>,
    /// The ranking score (higher first); see the README for the rule.
    pub score: f64,
    /// The story whose articles' claims these are (a comparison never mixes stories).
    pub story: StoryId,
}

/// Articles that report one event, and the comparisons made among their claims.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    /// `s1`, `s2`, … largest story first.
    pub id: StoryId,
    /// The title of the story's most central article.
    pub label: String,
    /// Its articles, in load order.
    pub articles: Vec<ArticleId>,
    /// Its comparisons, in rank order.
    pub comparisons: Vec<ComparisonId>,
}
