//! Status, consensus figures and timeline of one group of claims.

use crate::model::{
    ArticleId, Claim, ClaimId, Interned, Qualifier, Status, TimelineEntry, ValueRange,
};
use rustc_hash::FxHashMap;
use std::collections::{BTreeSet, HashMap};

/// Status of count claims (the ones that count: no party claims, no superseded figures).
pub(super) fn count_status(counted: &[&Claim]) -> Status {
    if distinct_articles(counted) <= 1 {
        return Status::Single;
    }
    let first = figure(counted[0]);
    if counted.iter().all(|c| figure(c) == first) {
        return Status::Agree;
    }
    // Intervals overlap pairwise exactly when they share a point: the highest low bound is
    // at most the lowest high bound.
    let ranges: Vec<ValueRange> = counted.iter().filter_map(|c| c.range).collect();
    let highest_low = ranges.iter().map(|r| r.low).max();
    let lowest_high = ranges.iter().filter_map(|r| r.high).min();
    match (highest_low, lowest_high) {
        (Some(low), Some(high)) if low > high => Status::Conflict,
        _ => Status::Compatible,
    }
}

/// A statement is corroborated when more than one article reports it.
pub(super) fn statement_status(claims: &[&Claim]) -> Status {
    if distinct_articles(claims) > 1 {
        Status::Agree
    } else {
        Status::Single
    }
}

/// Naming different places is no contradiction: equal sets agree, others are compatible.
pub(super) fn places_status(place_sets: &[BTreeSet<String>]) -> Status {
    match place_sets {
        [] | [_] => Status::Single,
        [first, rest @ ..] if rest.iter().all(|s| s == first) => Status::Agree,
        _ => Status::Compatible,
    }
}

/// Each article's named places (lower-cased), in article order.
pub(super) fn place_sets(claims: &[&Claim]) -> Vec<BTreeSet<String>> {
    let mut by_article: Vec<(ArticleId, BTreeSet<String>)> = Vec::new();
    for claim in claims {
        let places = claim.places().iter().map(|p| p.trim().to_lowercase());
        match by_article.iter_mut().find(|(a, _)| *a == claim.article) {
            Some((_, set)) => set.extend(places),
            None => by_article.push((claim.article, places.collect())),
        }
    }
    by_article.into_iter().map(|(_, set)| set).collect()
}

/// What a figure says, for agreement: "at least 10" and "more than 10" say the same; a vague
/// quantity is its range.
#[derive(PartialEq)]
enum Figure {
    Number(u64, Bound),
    Vague(Option<ValueRange>),
}

#[derive(PartialEq)]
enum Bound {
    Exact,
    Lower,
    Approximate,
    Upper,
}

fn figure(claim: &Claim) -> Figure {
    let bound = match claim.qualifier {
        None | Some(Qualifier::Exact) => Bound::Exact,
        Some(Qualifier::AtLeast | Qualifier::MoreThan) => Bound::Lower,
        Some(Qualifier::About) => Bound::Approximate,
        Some(Qualifier::UpTo) => Bound::Upper,
        Some(Qualifier::Vague) => return Figure::Vague(claim.range),
    };
    match claim.value {
        Some(value) => Figure::Number(value, bound),
        None => Figure::Vague(claim.range),
    }
}

/// A number one can cite conservatively: never vague, never a mere upper bound.
fn firm_value(claim: &Claim) -> Option<u64> {
    match claim.qualifier {
        Some(Qualifier::Vague | Qualifier::UpTo) => None,
        _ => claim.value,
    }
}

/// The lowest figure a source stands behind for the whole: each article's largest firm
/// figure, then the smallest of those. An article's smaller figures in one comparison are its
/// parts and sub-counts ("only one of the injured is critical"), not its count.
fn conservative(firm: &[&Claim]) -> Option<u64> {
    let mut by_article: FxHashMap<ArticleId, u64> = FxHashMap::default();
    for claim in firm {
        if let Some(value) = firm_value(claim) {
            let largest = by_article.entry(claim.article).or_insert(value);
            *largest = (*largest).max(value);
        }
    }
    by_article.into_values().min()
}

/// Figures of the counted claims: min, max, median, distinct values, conservative figure.
pub(super) struct Figures {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub median: Option<f64>,
    pub distinct: usize,
    pub conservative: Option<u64>,
}

impl Figures {
    /// `counted` gives the range; `firm` (non-party, current claims only) the conservative
    /// figure.
    pub(super) fn of(counted: &[&Claim], firm: &[&Claim]) -> Self {
        let mut values: Vec<u64> = counted.iter().filter_map(|c| c.value).collect();
        values.sort_unstable();
        let median = match values.len() {
            0 => None,
            n if n % 2 == 1 => Some(values[n / 2] as f64),
            n => Some((values[n / 2 - 1] as f64 + values[n / 2] as f64) / 2.0),
        };
        let (min, max) = (values.first().copied(), values.last().copied());
        values.dedup();
        Self {
            min,
            max,
            median,
            distinct: values.len(),
            conservative: conservative(firm),
        }
    }

    /// (max − min) / max: 0 when all agree, near 1 when one figure dwarfs another.
    pub(super) fn spread(&self) -> f64 {
        match (self.min, self.max) {
            (Some(min), Some(max)) if max > 0 => (max - min) as f64 / max as f64,
            _ => 0.0,
        }
    }
}

pub(super) fn distinct_articles(claims: &[&Claim]) -> usize {
    let mut articles: Vec<ArticleId> = claims.iter().map(|c| c.article).collect();
    articles.sort_unstable();
    articles.dedup();
    articles.len()
}

/// The group's claims in publication order (undated last); within an article, a revised
/// figure comes before the one that revises it.
pub(super) fn timeline(
    claims: &[&Claim],
    published: &FxHashMap<ArticleId, (usize, Option<Interned>)>,
    value_text: impl Fn(&Claim) -> String,
) -> Vec<TimelineEntry> {
    // Only revisions need the claims' positions.
    let position: HashMap<ClaimId, usize> = if claims.iter().any(|c| c.revises().is_some()) {
        claims.iter().enumerate().map(|(i, c)| (c.id, i)).collect()
    } else {
        HashMap::new()
    };
    let revision_depth = |claim: &Claim| {
        let mut depth = 0;
        let mut current = claim.revises();
        // Bounded by the group size, so a cyclic `revises` chain cannot loop forever.
        while let Some(i) = current.and_then(|id| position.get(&id)) {
            if depth == claims.len() {
                break;
            }
            depth += 1;
            current = claims[*i].revises();
        }
        depth
    };
    let mut ordered: Vec<_> = claims
        .iter()
        .enumerate()
        .map(|(i, claim)| {
            let (article_order, date) = published
                .get(&claim.article)
                .copied()
                .unwrap_or((usize::MAX, None));
            let key = (
                date.is_none(),
                date,
                article_order,
                revision_depth(claim),
                i,
            );
            (key, *claim)
        })
        .collect();
    ordered.sort_unstable_by_key(|(key, _)| *key);
    ordered
        .into_iter()
        .map(|((_, date, ..), claim)| TimelineEntry {
            claim: claim.id,
            article: claim.article,
            published: date,
            value: value_text(claim).into(),
            revises: claim.revises(),
        })
        .collect()
}
