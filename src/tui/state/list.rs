//! The comparisons list: which comparisons pass the filter and facets, which one is selected,
//! which are marked.

use crate::model::{Metric, Report, Status, StoryId, Subject, query_matches};
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct ComparisonList {
    /// The `/` filter, matched as [`Report::comparison_matches`] does.
    pub query: String,
    pub conflicts_only: bool,
    pub metric: Option<Metric>,
    pub subject: Option<Subject>,
    /// Only this story's comparisons (the story opened from the story list).
    pub story: Option<StoryId>,
    /// Indices into `report.comparisons` that pass, in report (rank) order.
    pub visible: Vec<usize>,
    /// Position of the selected row in `visible`.
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
    /// Marked comparisons (indices into `report.comparisons`); kept while filtered out.
    pub marked: BTreeSet<usize>,
    /// The facet values present in the report, in cycling order.
    metrics: Vec<Metric>,
    subjects: Vec<Subject>,
    /// What `visible` was computed for, so a longer query only re-checks the survivors.
    applied: Option<(String, Facets)>,
}

#[derive(Debug, Clone, PartialEq)]
struct Facets {
    conflicts_only: bool,
    metric: Option<Metric>,
    subject: Option<Subject>,
    story: Option<StoryId>,
}

impl ComparisonList {
    pub fn new(report: &Report, search_texts: &[String]) -> Self {
        let mut metrics: Vec<Metric> = report.comparisons.iter().filter_map(|c| c.metric).collect();
        metrics.sort_by_key(|m| std::cmp::Reverse(m.severity()));
        metrics.dedup();
        let mut subjects: Vec<Subject> = report
            .comparisons
            .iter()
            .filter_map(|c| c.subject.clone())
            .collect();
        subjects.sort();
        subjects.dedup();
        let mut list = Self {
            metrics,
            subjects,
            ..Self::default()
        };
        list.refilter(report, search_texts);
        list
    }

    fn facets(&self) -> Facets {
        Facets {
            conflicts_only: self.conflicts_only,
            metric: self.metric,
            subject: self.subject.clone(),
            story: self.story,
        }
    }

    /// Recomputes `visible`, keeping the selected comparison selected when it still passes.
    /// `search_texts` are the comparisons' [`Report::search_text`]s, made once.
    pub fn refilter(&mut self, report: &Report, search_texts: &[String]) {
        let keep = self.selected_comparison();
        let facets = self.facets();
        // Every word of a query that extends the previous one contains a word of the previous
        // one, so its matches are a subset of the previous matches.
        let narrowing = self.applied.as_ref().is_some_and(|(query, applied)| {
            *applied == facets && self.query.starts_with(query.as_str())
        });
        let passes = |&index: &usize| {
            let comparison = &report.comparisons[index];
            (!facets.conflicts_only || comparison.status == Status::Conflict)
                && facets.metric.is_none_or(|m| comparison.metric == Some(m))
                && facets
                    .subject
                    .as_ref()
                    .is_none_or(|s| comparison.subject.as_ref() == Some(s))
                && facets.story.is_none_or(|s| comparison.story == s)
                && query_matches(&search_texts[index], &self.query)
        };
        self.visible = if narrowing {
            self.visible.iter().copied().filter(passes).collect()
        } else {
            (0..report.comparisons.len()).filter(passes).collect()
        };
        self.applied = Some((self.query.clone(), facets));
        self.selected = keep
            .and_then(|k| self.visible.iter().position(|&v| v == k))
            .unwrap_or(0);
        self.offset = self.offset.min(self.selected);
    }

    /// Index into `report.comparisons` of the selected row.
    pub fn selected_comparison(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.visible.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn select_row(&mut self, row: usize) {
        if row < self.visible.len() {
            self.selected = row;
        }
    }

    /// Scrolls so the selected row is among the `height` rows shown.
    pub fn keep_in_view(&mut self, height: usize) {
        keep_in_view(self.selected, &mut self.offset, height);
    }

    pub fn toggle_mark(&mut self) {
        if let Some(index) = self.selected_comparison()
            && !self.marked.remove(&index)
        {
            self.marked.insert(index);
        }
    }

    pub fn cycle_metric(&mut self) {
        self.metric = next_in_cycle(&self.metrics, self.metric.as_ref()).copied();
    }

    pub fn cycle_subject(&mut self) {
        self.subject = next_in_cycle(&self.subjects, self.subject.as_ref()).cloned();
    }

    /// What an export covers: the marked comparisons, else the selected one.
    pub fn export_selection(&self) -> Vec<usize> {
        if self.marked.is_empty() {
            self.selected_comparison().into_iter().collect()
        } else {
            self.marked.iter().copied().collect()
        }
    }
}

/// Moves `offset` (the first row shown) so that row `selected` is among `height` rows.
pub(super) fn keep_in_view(selected: usize, offset: &mut usize, height: usize) {
    let height = height.max(1);
    if selected < *offset {
        *offset = selected;
    } else if selected >= *offset + height {
        *offset = selected + 1 - height;
    }
}

/// None → first → … → last → None.
fn next_in_cycle<'a, T: PartialEq>(options: &'a [T], current: Option<&T>) -> Option<&'a T> {
    match current {
        None => options.first(),
        Some(value) => {
            let position = options.iter().position(|o| o == value)?;
            options.get(position + 1)
        }
    }
}
