//! What a source pane shows, worked out from the state: shared by drawing and by the scroll
//! limits in `update`, so both agree on where the text is.

use super::state::State;
use super::text::{self, Highlight, Wrapped};
use crate::model::BlockKind;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use std::collections::HashSet;

/// The headline takes at most this many lines at the top of a pane, under the date.
const HEADLINE_LINES: usize = 2;

pub struct PaneText {
    pub headline: Vec<Line<'static>>,
    pub body: Wrapped,
}

impl PaneText {
    /// Rows left for the body inside a pane's `inner` area (date, headline and a rule above it).
    pub fn body_rows(&self, inner: Rect) -> usize {
        usize::from(inner.height).saturating_sub(self.headline.len() + 1)
    }

    /// The first body line shown: the selected comparison's first mention a third of the way
    /// down, moved by the user's scrolling, within the text.
    pub fn body_top(&self, rows: usize, scroll: isize) -> usize {
        let last_top = self.body.lines.len().saturating_sub(rows);
        self.anchor(rows)
            .saturating_add_signed(scroll)
            .min(last_top)
    }

    fn anchor(&self, rows: usize) -> usize {
        self.body
            .first_emphasised
            .map_or(0, |line| line.saturating_sub(rows / 3))
    }

    /// The range of scroll offsets that still move this pane.
    pub fn scroll_range(&self, rows: usize) -> (isize, isize) {
        let anchor = to_isize(self.anchor(rows));
        let last_top = to_isize(self.body.lines.len().saturating_sub(rows));
        (-anchor, last_top - anchor)
    }
}

fn to_isize(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

/// The text of article `article` wrapped to `columns`, with every claim mention highlighted in
/// the source's colour and the selected comparison's mentions emphasised.
pub fn pane_text(state: &State, article: usize, columns: usize) -> PaneText {
    let theme = state.theme;
    let Some(source) = state.report.articles.get(article) else {
        return PaneText {
            headline: Vec::new(),
            body: Wrapped::default(),
        };
    };
    let selected: HashSet<usize> = state.selected_claims().collect();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut headline: Vec<Line<'static>> = source
        .published
        .iter()
        .map(|date| Line::styled(text::sanitize(date).into_owned(), theme.furniture()))
        .collect();
    headline.extend(
        text::wrap(&source.title, columns, bold, &[])
            .lines
            .into_iter()
            .take(HEADLINE_LINES),
    );

    let mentions = state.lookup.mentions_in(article);
    let mut body = Wrapped::default();
    for (index, block) in source.blocks.iter().enumerate() {
        let highlights: Vec<Highlight> = mentions
            .iter()
            .filter(|m| m.block == index)
            .map(|m| {
                let emphasised = selected.contains(&m.claim);
                Highlight {
                    start: m.text_start,
                    end: m.text_end,
                    style: theme.mention(article, emphasised),
                    emphasised,
                }
            })
            .collect();
        let block_text = source.text(block);
        let repeats_title = block.kind == BlockKind::Headline
            && block_text.trim() == source.title.trim()
            && highlights.is_empty();
        if repeats_title || block_text.trim().is_empty() {
            continue;
        }
        if !body.lines.is_empty() {
            body.lines.push(Line::default());
        }
        let base = match block.kind {
            kind if !kind.is_article_text() => {
                body.lines.push(Line::styled(
                    format!("[{}]", kind.as_str()),
                    theme.furniture().add_modifier(Modifier::ITALIC),
                ));
                theme.furniture()
            }
            BlockKind::Headline => bold,
            _ => Style::new(),
        };
        let wrapped = text::wrap(block_text, columns, base, &highlights);
        if body.first_emphasised.is_none() {
            body.first_emphasised = wrapped.first_emphasised.map(|l| l + body.lines.len());
        }
        body.lines.extend(wrapped.lines);
    }
    PaneText { headline, body }
}
