//! The story list: the first view when the articles report more than one event. Enter opens a
//! story's comparisons; Esc comes back.

use super::list::keep_in_view;
use crate::model::{Report, query_matches};

/// What a story's row shows beyond the story itself, worked out once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryRow {
    /// The story's outlets (source names), each once, in load order.
    pub outlets: Vec<String>,
    pub conflicts: usize,
    /// What the filter searches ([`Report::story_search_text`]).
    search_text: String,
}

#[derive(Debug, Default)]
pub struct StoryList {
    /// One per `report.stories`.
    pub rows: Vec<StoryRow>,
    /// The `/` filter while the list is shown.
    pub query: String,
    /// Indices into `report.stories` that pass the filter.
    pub visible: Vec<usize>,
    /// Position of the selected row in `visible`.
    pub selected: usize,
    pub offset: usize,
    /// Whether the story list is in front (rather than a story's comparisons).
    pub showing: bool,
    /// The story whose comparisons are shown, once one was opened.
    pub open: Option<usize>,
}

impl StoryList {
    /// The list of a report's stories, in front when there is more than one.
    pub fn new(report: &Report) -> Self {
        let rows = report
            .stories
            .iter()
            .map(|story| {
                let mut outlets: Vec<String> = Vec::new();
                for article in story.articles.iter().filter_map(|&id| report.article(id)) {
                    let name = article.source_name();
                    if !outlets.contains(&name) {
                        outlets.push(name);
                    }
                }
                let conflicts = report.conflicts_in(story);
                StoryRow {
                    outlets,
                    conflicts,
                    search_text: report.story_search_text(story),
                }
            })
            .collect();
        let mut list = Self {
            rows,
            showing: report.stories.len() > 1,
            ..Self::default()
        };
        list.refilter();
        list
    }

    /// Recomputes `visible` for the query, keeping the selected story selected when it passes.
    pub fn refilter(&mut self) {
        let keep = self.selected_story();
        self.visible = (0..self.rows.len())
            .filter(|&i| query_matches(&self.rows[i].search_text, &self.query))
            .collect();
        self.selected = keep
            .and_then(|k| self.visible.iter().position(|&v| v == k))
            .unwrap_or(0);
        self.offset = self.offset.min(self.selected);
    }

    /// Index into `report.stories` of the selected row.
    pub fn selected_story(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.visible.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Scrolls so the selected row is among the `height` rows shown.
    pub fn keep_in_view(&mut self, height: usize) {
        keep_in_view(self.selected, &mut self.offset, height);
    }
}
