//! The load problems: each input that could not be loaded, or loaded with a warning, with
//! its file and the reason, as the command line printed them before the UI opened.

use crate::export::plural;
use crate::tui::state::State;
use crate::tui::text::{sanitize, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let failed = state.problems.iter().filter(|p| p.fatal).count();
    let title = format!(
        " Load problems: {} not loaded, {} warning{} ",
        failed,
        state.problems.len() - failed,
        plural(state.problems.len() - failed)
    );
    let block = Block::bordered()
        .title(Line::styled(
            title,
            Style::new().add_modifier(Modifier::BOLD),
        ))
        .title_bottom(Line::from(" Esc back ").right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = lines(state, usize::from(inner.width));
    let scroll = state
        .problems_scroll
        .min(lines.len().saturating_sub(usize::from(inner.height)));
    Paragraph::new(lines.into_iter().skip(scroll).collect::<Vec<_>>()).render(inner, buf);
}

/// The view's lines at `columns`: per problem its level and file, then the reason indented.
pub fn lines(state: &State, columns: usize) -> Vec<Line<'static>> {
    if state.problems.is_empty() {
        return vec![Line::styled(
            "every input loaded",
            Style::new().add_modifier(Modifier::DIM),
        )];
    }
    let mut lines = Vec::new();
    for problem in &state.problems {
        let (level, style) = if problem.fatal {
            ("not loaded", state.theme.error())
        } else {
            ("warning", Style::new().add_modifier(Modifier::BOLD))
        };
        let heading = format!("{level}: {}", sanitize(&problem.path));
        lines.extend(wrap(&heading, columns, style));
        let reason = sanitize(&problem.message);
        lines.extend(
            wrap(&reason, columns.saturating_sub(2), Style::new())
                .map(|line| Line::from_iter(std::iter::once("  ".into()).chain(line.spans))),
        );
    }
    lines
}
