//! The legend under the header: every source's number, colour and name, always on screen, so a
//! value tagged `3:` or a pane titled `[3]` can be told whose it is. Hidden sources are struck
//! through.

use super::source_name;
use crate::tui::layout::LEGEND_ENTRY_MIN;
use crate::tui::state::State;
use crate::tui::text::{truncate, width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let sources = state.legend_sources();
    if sources.is_empty() || area.is_empty() {
        return;
    }
    let rows = usize::from(area.height);
    let columns = usize::from(area.width);
    let capacity = (columns / LEGEND_ENTRY_MIN).max(1) * rows;
    // When they do not all fit, the last place says how many more there are.
    let (entries, more) = if sources.len() > capacity {
        (capacity - 1, sources.len() - (capacity - 1))
    } else {
        (sources.len(), 0)
    };
    let per_row = (entries + usize::from(more > 0)).div_ceil(rows).max(1);
    let entry_width = columns / per_row;
    let mut lines = vec![Vec::new(); rows];
    for (i, &source) in sources.iter().take(entries).enumerate() {
        let number = format!("{} ", source + 1);
        let room = entry_width.saturating_sub(width(&number) + 1);
        let name = source_name(state, source);
        let name = truncate(&name, room);
        let padding = entry_width.saturating_sub(width(&number) + width(&name));
        let hidden = state.panes.hidden.get(source).copied().unwrap_or(false);
        let mut style = state.theme.source(source);
        if hidden {
            style = style.add_modifier(Modifier::DIM | Modifier::CROSSED_OUT);
        }
        lines[i / per_row].extend([
            Span::styled(
                number,
                style.add_modifier(Modifier::BOLD | Modifier::REVERSED),
            ),
            Span::styled(format!("{name}{}", " ".repeat(padding)), style),
        ]);
    }
    if more > 0 {
        lines[rows - 1].push(Span::styled(
            format!("+{more} more (# shows one)"),
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    for (y, spans) in (area.y..area.bottom()).zip(lines) {
        Line::from(spans).render(Rect::new(area.x, y, area.width, 1), buf);
    }
}
