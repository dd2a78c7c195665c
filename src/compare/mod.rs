//! Aligning claims across articles into comparisons.
//!
//! **Grouping.** Counts are compared when they have the same metric, the same subject class
//! (`people` and `civilians` are one class; `other:X` joins the same X), the same time scope
//! (for scopes other than the main event also the same normalised `when`) and the same place
//! (none = the whole event; case-insensitive). Statements group by kind, actor and target
//! (actors matched loosely: case-insensitive, "Liberation Front (LF)" = "LF"); all named-place
//! sets form one "places attacked" comparison.
//!
//! **What counts.** A superseded figure (`revised_by` set), a figure stated only in a photo
//! caption, and a *party claim* — one
//! attributed to an actor that claims responsibility in any article — stay in the comparison
//! (and its timeline) but are left out of the status and the figures; party claims are listed
//! in `party_claims`. A comparison with nothing else falls back to all its claims, though the
//! conservative figure never uses a party's or a superseded number.
//!
//! **Status.** Counts: `single` when the counted claims come from one article, `agree` when
//! they state the same figure (value and bound: "at least" and "more than" are one bound),
//! `compatible` when their ranges all overlap, `conflict` otherwise. Statements: `agree` when
//! two or more articles report them. Places: `agree` when every article names the same set,
//! else `compatible`.
//!
//! **Ranking.** Comparisons are sorted by a score, highest first, and numbered `k1`, `k2`, …:
//!
//! ```text
//! score = 100 × status        (conflict 3, compatible 2, agree 1, single 0)
//!       +  50 × spread        ((max − min) / max of the counted figures; 0 for statements)
//!       +   3 × articles      (articles with a claim in the comparison, at most 10)
//!       +   2 × severity      (Metric::severity, 0–7; statements have none)
//! ```
//!
//! The status always dominates (the other terms add at most 94). Ties go to counts before
//! statements, the main event before other time spans, then the label alphabetically.

mod assess;
mod disjoint_sets;
mod fold;
mod group;
mod origins;
pub mod stories;

use group::actor_key;

use crate::model::{
    Article, ArticleId, BlockKind, Claim, ClaimKind, Comparison, ComparisonId, Consensus, Interned,
    Metric, Status, Story, StoryId, Subject, TimeScope,
};
use group::GroupKey;
use origins::Origins;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cmp::Ordering;
use stories::Clustering;

/// What comparing a corpus gives: its stories and each story's comparisons (all ranked
/// together, numbered `k1`, `k2`, … in rank order).
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub stories: Vec<Story>,
    pub comparisons: Vec<Comparison>,
}

/// The comparisons of a corpus, stories found with the bundled vocabulary and threshold.
pub fn compare(articles: &[Article], claims: &[Claim]) -> Vec<Comparison> {
    compare_stories(articles, claims, Clustering::bundled()).comparisons
}

/// Clusters the articles into stories, then compares claims within each story only.
pub fn compare_stories(
    articles: &[Article],
    claims: &[Claim],
    clustering: &Clustering,
) -> Compared {
    // Wire-copy origins before the stories: their postings are large lists, and after
    // clustering the memory it gave back lies in pieces too small for them (computed after
    // it, they raised the peak of a run's memory above linking's, at times).
    let origins = Origins::new(articles);
    let groups = clustering.cluster(articles, claims);
    let shared = Shared {
        origins,
        articles_by_id: articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id, (i, a.published)))
            .collect(),
    };
    let mut story_of = vec![0; articles.len()];
    for (story, group) in groups.iter().enumerate() {
        for &article in &group.articles {
            story_of[article] = story;
        }
    }
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (index, claim) in claims.iter().enumerate() {
        if let Some(&(article, _)) = shared.articles_by_id.get(&claim.article) {
            claims_of[story_of[article]].push(index);
        }
    }
    // Each story, and each comparison in it, on its own (in parallel); ranking then gives the
    // order, whatever the thread count.
    let mut comparisons: Vec<Comparison> = groups
        .par_iter()
        .zip(claims_of.par_iter())
        .enumerate()
        .flat_map(|(story, (group, indices))| {
            let story_claims: Vec<&Claim> = indices.iter().map(|&i| &claims[i]).collect();
            let context = Context {
                articles,
                story_articles: &group.articles,
                shared: &shared,
                parties: story_claims
                    .iter()
                    .filter(|c| c.kind == ClaimKind::Responsibility)
                    .filter_map(|c| c.actor().map(actor_key))
                    .collect(),
            };
            let title_words: FxHashSet<String> = group
                .articles
                .iter()
                .flat_map(|&a| articles[a].title().split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let breaks_down = group::breakdowns(&story_claims);
            fold::fold_groups(
                group::group_claims(&story_claims, &breaks_down, clustering.grouping()),
                &story_claims,
                &breaks_down,
                &title_words,
                clustering.grouping(),
            )
            .into_par_iter()
            .map(|(key, indices)| {
                let members: Vec<&Claim> = indices.iter().map(|&i| story_claims[i]).collect();
                let mut comparison = context.comparison(&key, &members);
                comparison.story = StoryId::from_index(story);
                comparison
            })
            .collect::<Vec<_>>()
        })
        .collect();
    comparisons.sort_by(rank_order);
    let mut stories: Vec<Story> = groups
        .into_iter()
        .enumerate()
        .map(|(index, group)| Story {
            id: StoryId::from_index(index),
            label: group.label,
            articles: group.articles.iter().map(|&a| articles[a].id).collect(),
            comparisons: Vec::new(),
        })
        .collect();
    for (i, comparison) in comparisons.iter_mut().enumerate() {
        comparison.id = ComparisonId::from_index(i);
        stories[comparison.story.index()]
            .comparisons
            .push(comparison.id);
    }
    Compared {
        stories,
        comparisons,
    }
}

/// What a claim states, in a word or two: `≥40` for a count, the places for places attacked,
/// "actor → target" for a statement. A vague count's word is read from `article`, the claim's.
pub fn value_text(claim: &Claim, article: Option<&Article>) -> String {
    match claim.kind {
        ClaimKind::Count => claim.display_value(article),
        ClaimKind::PlacesAttacked => {
            let places: Vec<&str> = claim.places().iter().map(|p| p.as_str()).collect();
            places.join(", ")
        }
        _ => match (claim.actor(), claim.target()) {
            (Some(actor), Some(target)) => format!("{actor} → {target}"),
            (Some(actor), None) => actor.to_string(),
            (None, Some(target)) => format!("→ {target}"),
            (None, None) => "—".to_owned(),
        },
    }
}

/// What every story of one run needs to know about all articles.
struct Shared {
    origins: Origins,
    /// Article id → (load order, publication time): looked up for every claim, so hashed
    /// with Fx rather than SipHash.
    articles_by_id: FxHashMap<ArticleId, (usize, Option<Interned>)>,
}

/// What every comparison of one story needs to know.
struct Context<'a> {
    articles: &'a [Article],
    /// The story's articles (positions in `articles`, ascending).
    story_articles: &'a [usize],
    shared: &'a Shared,
    /// Actor keys of everyone who claims responsibility somewhere in the story.
    parties: FxHashSet<String>,
}

impl Context<'_> {
    fn is_party_claim(&self, claim: &Claim) -> bool {
        claim
            .attributed_to()
            .is_some_and(|actor| self.parties.contains(&actor_key(actor)))
    }

    fn comparison(&self, key: &GroupKey, members: &[&Claim]) -> Comparison {
        let is_count = claim_kind(key) == ClaimKind::Count;
        let (party_claims, others): (Vec<&Claim>, Vec<&Claim>) = members
            .iter()
            .partition(|c| is_count && self.is_party_claim(c));
        // superseded figures, increments ("two more died") and figures stated only in a photo
        // caption (page furniture, often an early or partial count) are shown but not counted
        let current: Vec<&Claim> = others
            .into_iter()
            .filter(|c| {
                c.revised_by().is_none() && !c.is_increment() && c.block != BlockKind::Caption
            })
            .collect();
        let counted = if current.is_empty() {
            members
        } else {
            &current[..]
        };

        let mut consensus = Consensus {
            min: None,
            max: None,
            median: None,
            distinct: 0,
            conservative: None,
            silent: self.silent(members),
            origins: self.shared.origins.count(members.iter().map(|c| c.article)),
        };
        let mut spread = 0.0;
        let status = match key {
            GroupKey::Count { .. } => {
                let figures = assess::Figures::of(counted, &current);
                spread = figures.spread();
                consensus.min = figures.min;
                consensus.max = figures.max;
                consensus.median = figures.median;
                consensus.distinct = figures.distinct;
                consensus.conservative = figures.conservative;
                assess::count_status(counted)
            }
            GroupKey::PlacesAttacked => {
                let sets = assess::place_sets(members);
                let mut distinct = sets.clone();
                distinct.sort();
                distinct.dedup();
                consensus.distinct = distinct.len();
                assess::places_status(&sets)
            }
            GroupKey::Statement { .. } => assess::statement_status(members),
        };

        let mut label = group::label(key, members);
        if !party_claims.is_empty() && current.is_empty() {
            label.push_str(" (party claims only)");
        }
        let (metric, subject, place, time_scope) = count_fields(key, members);
        Comparison {
            // Numbered once all are ranked.
            id: ComparisonId::from_index(0),
            score: score(status, spread, assess::distinct_articles(members), metric),
            label,
            status,
            claims: members.iter().map(|c| c.id).collect(),
            kind: claim_kind(key),
            metric,
            subject,
            place,
            time_scope,
            consensus: Some(consensus),
            party_claims: party_claims.iter().map(|c| c.id).collect(),
            timeline: assess::timeline(members, &self.shared.articles_by_id, |claim| {
                let article = self.shared.articles_by_id.get(&claim.article);
                value_text(claim, article.map(|&(i, _)| &self.articles[i]))
            }),
            // Set by the caller, which knows the story.
            story: StoryId::from_index(0),
        }
    }

    /// Ids of the story's articles with no claim in the comparison, in load order.
    fn silent(&self, members: &[&Claim]) -> Vec<ArticleId> {
        let speaking: FxHashSet<ArticleId> = members.iter().map(|c| c.article).collect();
        self.story_articles
            .iter()
            .map(|&index| self.articles[index].id)
            .filter(|id| !speaking.contains(id))
            .collect()
    }
}

fn claim_kind(key: &GroupKey) -> ClaimKind {
    match key {
        GroupKey::Count { .. } => ClaimKind::Count,
        GroupKey::PlacesAttacked => ClaimKind::PlacesAttacked,
        GroupKey::Statement { kind, .. } => *kind,
    }
}

/// Metric, subject, place (as first written) and time scope of a count comparison.
fn count_fields(
    key: &GroupKey,
    members: &[&Claim],
) -> (Option<Metric>, Option<Subject>, Option<String>, TimeScope) {
    let GroupKey::Count {
        metric,
        scope,
        place,
        ..
    } = key
    else {
        return (None, None, None, TimeScope::Main);
    };
    // One subject for the class: "civilians" when any source says so, else the first given.
    let subjects = || members.iter().filter_map(|c| c.subject.as_ref());
    let subject = subjects()
        .find(|s| **s == Subject::Civilians)
        .or_else(|| subjects().next())
        .cloned();
    let place = place
        .as_ref()
        .and_then(|_| members.iter().find_map(|c| c.place.as_deref()))
        .map(|p| p.trim().to_owned());
    (Some(*metric), subject, place, *scope)
}

const MAX_COUNTED_ARTICLES: usize = 10;

/// The ranking score documented in the module comment.
fn score(status: Status, spread: f64, articles: usize, metric: Option<Metric>) -> f64 {
    let status_weight = match status {
        Status::Conflict => 3.0,
        Status::Compatible => 2.0,
        Status::Agree => 1.0,
        Status::Single => 0.0,
    };
    let severity = metric.map_or(0, Metric::severity);
    100.0 * status_weight
        + 50.0 * spread
        + 3.0 * articles.min(MAX_COUNTED_ARTICLES) as f64
        + 2.0 * f64::from(severity)
}

fn rank_order(a: &Comparison, b: &Comparison) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| (a.kind != ClaimKind::Count).cmp(&(b.kind != ClaimKind::Count)))
        .then_with(|| (a.time_scope != TimeScope::Main).cmp(&(b.time_scope != TimeScope::Main)))
        .then_with(|| a.label.cmp(&b.label))
}

#[cfg(test)]
mod tests;
