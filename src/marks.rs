//! The wording every view shares for what sets a figure apart: a party's claim, a superseded
//! figure, one stated only in a caption, a hedged one, a revision in the timeline; and the
//! human words for the model's tokens (`at_least` → "at least"). The TUI and the markdown
//! export both call this, so a figure reads the same wherever it is shown; JSON keeps the
//! tokens.

use crate::compare::value_text;
use crate::model::{
    Article, BlockKind, Claim, ClaimId, ClaimKind, Comparison, ComparisonId, Consensus, Qualifier,
    Subject,
};
use std::collections::BTreeSet;

/// Why a figure reads differently from the ones beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Claimed by a party to the event (an armed group about its own attack).
    PartyClaim,
    /// Replaced by a later figure: the newer claim.
    SupersededBy(ClaimId),
    /// Stated only in a photo caption.
    Caption,
    /// Qualified by a hedge ("could not be verified").
    Hedged,
}

impl Mark {
    /// The mark in words, the newer figure of a superseded one named by `cite` (by its table
    /// row: "superseded by k5.2").
    pub fn words_citing(self, cite: impl Fn(ClaimId) -> String) -> String {
        match self {
            Self::SupersededBy(newer) => format!("superseded by {}", cite(newer)),
            other => other.short().to_owned(),
        }
    }

    /// The mark where room is short (a list row): its first words.
    pub fn short(self) -> &'static str {
        match self {
            Self::PartyClaim => "party claim",
            Self::SupersededBy(_) => "superseded",
            Self::Caption => "caption",
            Self::Hedged => "hedged",
        }
    }

    /// The figure is left out of the comparison's status and consensus, so it may differ from
    /// figures that agree.
    pub fn sets_apart(self) -> bool {
        !matches!(self, Self::Hedged)
    }
}

/// The marks of `claim` within `comparison`, in the order they are written. A claim outside
/// any comparison (an export's claim list) cannot be a party claim.
pub fn marks(comparison: Option<&Comparison>, claim: &Claim) -> Vec<Mark> {
    let mut marks = Vec::new();
    if comparison.is_some_and(|c| c.party_claims.contains(&claim.id)) {
        marks.push(Mark::PartyClaim);
    }
    if let Some(newer) = claim.revised_by() {
        marks.push(Mark::SupersededBy(newer));
    }
    if claim.block == BlockKind::Caption {
        marks.push(Mark::Caption);
    }
    if !claim.hedged_by().is_empty() {
        marks.push(Mark::Hedged);
    }
    marks
}

/// A claim's stable reference as a row of its comparison: `k1.2` is the second claim of k1.
/// The TUI's detail view, the markdown table, its provenance lines and the CSV all use it, so
/// a citation of a row names the same claim wherever it was read.
pub fn row_ref(comparison: ComparisonId, row: usize) -> String {
    format!("{comparison}.{}", row + 1)
}

/// The claim's value with its marks: `84 (party claim)`, `5 (superseded by k5.2)`; a newer
/// figure is cited by its row in the comparison, else by its claim id. (`article`: the claim's.)
pub fn marked_value(comparison: &Comparison, claim: &Claim, article: Option<&Article>) -> String {
    let cite = |newer: ClaimId| match comparison.claims.iter().position(|&c| c == newer) {
        Some(row) => row_ref(comparison.id, row),
        None => newer.to_string(),
    };
    let mut value = value_text(claim, article);
    for mark in marks(Some(comparison), claim) {
        value.push_str(&format!(" ({})", mark.words_citing(cite)));
    }
    value
}

/// Who the claim is attributed to, as the article words it when it does.
pub fn attributed(claim: &Claim) -> Option<&str> {
    claim.attribution.as_ref().map(|a| a.phrase.as_str())
}

/// A model token in words: `at_least` → "at least", `on_board` → "on board".
pub fn words(token: &str) -> String {
    token.replace('_', " ")
}

pub fn qualifier_words(qualifier: Qualifier) -> String {
    words(qualifier.as_str())
}

/// "security forces", "students" (a named group without its `other:` prefix).
pub fn subject_words(subject: &Subject) -> String {
    match subject {
        Subject::Other(noun) => words(noun),
        known => words(&known.to_string()),
    }
}

/// The timeline is worth showing for counts whose dated values differ (a figure that rose
/// over the day, a revision); a list of equal values would only be noise.
pub fn timeline_differs(comparison: &Comparison) -> bool {
    let dated: BTreeSet<&str> = comparison
        .timeline
        .iter()
        .filter(|e| e.published.is_some())
        .map(|e| e.value.as_str())
        .collect();
    comparison.kind == ClaimKind::Count && dated.len() >= 2
}

/// A count comparison's figures in words: "range 10–15", "median 10", "conservative
/// figure 10" (or "value 11" when all agree).
pub fn consensus_figures(consensus: &Consensus) -> Vec<String> {
    let mut parts = Vec::new();
    if let (Some(min), Some(max)) = (consensus.min, consensus.max) {
        parts.push(if min == max {
            format!("value {min}")
        } else {
            format!("range {min}–{max}")
        });
    }
    if let Some(median) = consensus.median.filter(|_| consensus.min != consensus.max) {
        parts.push(format!("median {median}"));
    }
    if let Some(conservative) = consensus.conservative {
        parts.push(format!("conservative figure {conservative}"));
    }
    parts
}

/// A timeline entry's note on the figure it replaces: "revises 11" (`article`: the earlier
/// claim's).
pub fn revises(earlier: &Claim, article: Option<&Article>) -> String {
    format!("revises {}", value_text(earlier, article))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_read_as_words() {
        let cite = |newer: ClaimId| format!("row of {newer}");
        assert_eq!(Mark::PartyClaim.words_citing(cite), "party claim");
        assert_eq!(Mark::Caption.words_citing(cite), "caption");
        let newer = ClaimId::from_index(20);
        assert_eq!(
            Mark::SupersededBy(newer).words_citing(cite),
            "superseded by row of c21"
        );
        assert!(Mark::Caption.sets_apart());
        assert!(!Mark::Hedged.sets_apart());
        assert_eq!(qualifier_words(Qualifier::AtLeast), "at least");
        assert_eq!(subject_words(&Subject::SecurityForces), "security forces");
    }

    #[test]
    fn row_references_count_from_one() {
        let comparison: ComparisonId = "k7".parse().unwrap();
        assert_eq!(row_ref(comparison, 0), "k7.1");
        assert_eq!(row_ref(comparison, 11), "k7.12");
    }
}
