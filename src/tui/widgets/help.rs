//! The help overlay, generated from the keymap.

use crate::tui::keymap::{HelpEntry, help_entries};
use crate::tui::layout::{help_layout, split_evenly};
use crate::tui::state::State;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

const KEY_COLUMN: usize = 10;

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let lines = help_lines();
    let layout = help_layout(area, lines.len());
    let popup = layout.popup;
    Clear.render(popup, buf);
    let mut block = Block::bordered()
        .title(" Keys ")
        .title_bottom(Line::from(" ? or Esc closes ").right_aligned());
    if layout.max_scroll() > 0 {
        block = block.title_bottom(" j/k scroll ");
    }
    let inner = block.inner(popup);
    block.render(popup, buf);
    let scroll = state.help_scroll.min(layout.max_scroll());
    for (column, column_area) in lines
        .chunks(layout.rows)
        .zip(split_evenly(inner, layout.columns))
    {
        Paragraph::new(column.iter().skip(scroll).cloned().collect::<Vec<_>>())
            .render(column_area, buf);
    }
}

fn help_lines() -> Vec<Line<'static>> {
    help_entries()
        .into_iter()
        .map(|entry| match entry {
            HelpEntry::Heading(context) => Line::styled(
                context.title(),
                Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            ),
            HelpEntry::Key(binding) => Line::from(vec![
                Span::styled(
                    format!("  {:<KEY_COLUMN$}", binding.label),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(binding.description),
            ]),
        })
        .collect()
}
