//! The story list: per story its label, how many articles and conflicts, and its outlets.

use crate::export::plural;
use crate::tui::state::State;
use crate::tui::text::{sanitize, truncate, width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

/// Labels get this share of a row, within limits, so the counts line up.
const LABEL_MIN: usize = 16;
const LABEL_MAX: usize = 60;

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let stories = &state.stories;
    let title = format!(
        " Stories {}/{} · Enter opens one ",
        stories.visible.len(),
        state.report.stories.len()
    );
    let block = Block::bordered().title(Span::styled(title, state.theme.title(true)));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return;
    }
    if stories.visible.is_empty() {
        Line::styled(
            "no story matches the filter",
            Style::new().add_modifier(Modifier::DIM),
        )
        .render(inner, buf);
        return;
    }
    let rows = usize::from(inner.height);
    let offset = stories
        .offset
        .min(stories.selected)
        .max((stories.selected + 1).saturating_sub(rows));
    let label_width = (usize::from(inner.width) / 2).clamp(LABEL_MIN, LABEL_MAX);
    for (row, &index) in stories.visible.iter().enumerate().skip(offset).take(rows) {
        let y = inner.y + u16::try_from(row - offset).unwrap_or(u16::MAX);
        let row_area = Rect::new(inner.x, y, inner.width, 1);
        row_line(state, index, label_width).render(row_area, buf);
        if row == stories.selected {
            buf.set_style(row_area, state.theme.selected_row());
        }
    }
}

fn row_line(state: &State, index: usize, label_width: usize) -> Line<'static> {
    let story = &state.report.stories[index];
    let row = &state.stories.rows[index];
    let label = sanitize(&story.label);
    let label = truncate(&label, label_width);
    let padding = label_width.saturating_sub(width(&label));
    let articles = story.articles.len();
    let conflicts = if row.conflicts == 0 {
        Span::styled("  no conflict ", Style::new().add_modifier(Modifier::DIM))
    } else {
        Span::styled(
            format!("{:>3} conflict{:<1} ", row.conflicts, plural(row.conflicts)),
            state.theme.status(crate::model::Status::Conflict),
        )
    };
    let outlets: Vec<String> = row
        .outlets
        .iter()
        .map(|o| sanitize(o).into_owned())
        .collect();
    Line::from(vec![
        Span::raw(format!(" {:<4} ", story.id.to_string())),
        Span::raw(format!("{label}{} ", " ".repeat(padding))),
        Span::raw(format!("{articles:>3} article{:<1} ", plural(articles))),
        conflicts,
        Span::styled(
            format!(" {}", outlets.join(", ")),
            Style::new().add_modifier(Modifier::DIM),
        ),
    ])
}
