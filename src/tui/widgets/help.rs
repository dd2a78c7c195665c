//! The help overlay, generated from the keymap.

use crate::tui::keymap::{BINDINGS, Context};
use crate::tui::layout::split_evenly;
use crate::tui::state::State;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

const KEY_COLUMN: usize = 10;
const COLUMN_WIDTH: usize = 38;

pub fn render(_state: &State, area: Rect, buf: &mut Buffer) {
    let lines = help_lines();
    // Too tall for the screen: flow into side-by-side columns.
    let rows = lines
        .len()
        .min(usize::from(area.height.saturating_sub(2)).max(1));
    let columns = lines.len().div_ceil(rows);
    let width = u16::try_from(columns * COLUMN_WIDTH + 2).unwrap_or(u16::MAX);
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    let popup = area.centered(Constraint::Max(width), Constraint::Max(height));
    Clear.render(popup, buf);
    let block = Block::bordered()
        .title(" Keys ")
        .title_bottom(Line::from(" ? or Esc closes ").right_aligned());
    let inner = block.inner(popup);
    block.render(popup, buf);
    for (chunk, column_area) in lines.chunks(rows).zip(split_evenly(inner, columns)) {
        Paragraph::new(chunk.to_vec()).render(column_area, buf);
    }
}

/// One line per binding, under a heading for the context it first belongs to.
fn help_lines() -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut section: Option<Context> = None;
    for binding in BINDINGS {
        let context = binding.contexts[0];
        if section != Some(context) {
            section = Some(context);
            lines.push(Line::styled(
                context.title(),
                Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            ));
        }
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {:<KEY_COLUMN$}", binding.label),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Span::raw(binding.description),
        ]));
    }
    lines
}
