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
    #[error("{}", unknown_ids(.ids, *.count))]
    UnknownIds {
        ids: Vec<ComparisonId>,
        /// How many comparisons the run has (their ids are `k1` to `k{count}`).
        count: usize,
    },
}

/// "comparison k9 is not in this run, whose comparisons are k1 to k8".
fn unknown_ids(ids: &[ComparisonId], count: usize) -> String {
    let listed = ids.iter().map(ToString::to_string).collect::<Vec<_>>();
    let named = match listed.as_slice() {
        [one] => format!("comparison {one} is"),
        _ => format!("comparisons {} are", listed.join(", ")),
    };
    match count {
        0 => format!("{named} not in this run, which has no comparisons"),
        1 => format!("{named} not in this run, whose only comparison is k1"),
        _ => format!("{named} not in this run, whose comparisons are k1 to k{count}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &[&str]) -> Vec<ComparisonId> {
        text.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn unknown_ids_are_named_with_what_the_run_has() {
        let error = |missing: &[&str], count| {
            SelectionError::UnknownIds {
                ids: ids(missing),
                count,
            }
            .to_string()
        };
        assert_eq!(
            error(&["k9"], 8),
            "comparison k9 is not in this run, whose comparisons are k1 to k8"
        );
        assert_eq!(
            error(&["k2", "k3"], 1),
            "comparisons k2, k3 are not in this run, whose only comparison is k1"
        );
        assert_eq!(
            error(&["k1"], 0),
            "comparison k1 is not in this run, which has no comparisons"
        );
    }

    #[test]
    fn an_empty_report_selects_nothing_and_knows_no_id() {
        let report = Report::default();
        assert!(Selection::default().apply(&report).unwrap().is_empty());
        let asked = Selection {
            ids: ids(&["k1"]),
            ..Selection::default()
        };
        assert!(matches!(
            asked.apply(&report),
            Err(SelectionError::UnknownIds { count: 0, .. })
        ));
        let story = Selection {
            story: Some("s1".to_owned()),
            ..Selection::default()
        };
        assert_eq!(
            story.apply(&report).unwrap_err(),
            SelectionError::NoStory("s1".to_owned())
        );
    }
}
