//! Which comparisons an export covers: the TUI's choices (a story, the `/` filter, conflicts
//! only, marked rows) as options, so a selection made on screen can be repeated in a script.

use crate::model::{Comparison, ComparisonId, Report, Status, StoryId};
use std::collections::HashSet;

/// A selection of a report's comparisons; every part narrows it, and nothing set selects all.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// A story id (`s2`), or words that every chosen story's label or outlets contain.
    pub story: Option<String>,
    /// Words every chosen comparison contains (label, quotes, attributions, outlets), as the
    /// TUI's `/` filter.
    pub filter: Option<String>,
    /// Only comparisons whose sources conflict.
    pub conflicts_only: bool,
    /// Only these comparisons (their ids as printed, `k1`); empty: no such limit.
    pub ids: Vec<ComparisonId>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectionError {
    #[error("no story matches `{0}`; `claimdiff stories` lists them")]
    NoStory(String),
    #[error("{} not in this run, whose comparisons are k1 to k{count}", unknown_ids(.ids))]
    UnknownIds {
        ids: Vec<ComparisonId>,
        count: usize,
    },
}

fn unknown_ids(ids: &[ComparisonId]) -> String {
    let listed = ids.iter().map(ToString::to_string).collect::<Vec<_>>();
    match listed.as_slice() {
        [one] => format!("comparison {one} is"),
        _ => format!("comparisons {} are", listed.join(", ")),
    }
}

impl Selection {
    /// The chosen comparisons, in the report's order (most important first). A story query
    /// that matches no story, or an id that is not in the report, is an error: a script that
    /// asks for something absent should hear so rather than get an empty export.
    pub fn apply<'a>(&self, report: &'a Report) -> Result<Vec<&'a Comparison>, SelectionError> {
        let present: HashSet<ComparisonId> = report.comparisons.iter().map(|c| c.id).collect();
        let wanted: HashSet<ComparisonId> = self.ids.iter().copied().collect();
        let unknown: Vec<ComparisonId> = self
            .ids
            .iter()
            .filter(|id| !present.contains(id))
            .copied()
            .collect();
        if !unknown.is_empty() {
            return Err(SelectionError::UnknownIds {
                ids: unknown,
                count: report.comparisons.len(),
            });
        }
        let stories = self.stories(report)?;
        let filter = self.filter.as_deref().unwrap_or("");
        Ok(report
            .comparisons
            .iter()
            .filter(|c| stories.as_ref().is_none_or(|s| s.contains(&c.story)))
            .filter(|c| !self.conflicts_only || c.status == Status::Conflict)
            .filter(|c| wanted.is_empty() || wanted.contains(&c.id))
            .filter(|c| report.comparison_matches(c, filter))
            .collect())
    }

    /// The stories `story` names: an id such as `s2`, else every story whose label or outlets
    /// contain all its words; `None` without a story query.
    fn stories(&self, report: &Report) -> Result<Option<Vec<StoryId>>, SelectionError> {
        let Some(query) = &self.story else {
            return Ok(None);
        };
        let chosen: Vec<StoryId> = match query.trim().parse::<StoryId>() {
            Ok(id) if report.story(id).is_some() => vec![id],
            _ => report
                .stories
                .iter()
                .filter(|s| report.story_matches(s, query))
                .map(|s| s.id)
                .collect(),
        };
        if chosen.is_empty() {
            return Err(SelectionError::NoStory(query.clone()));
        }
        Ok(Some(chosen))
    }
}
