//! The bottom line: the keys of the view in front, from the keymap.

use crate::tui::keymap::footer;
use crate::tui::state::State;
use crate::tui::text::width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let key = Style::new().add_modifier(Modifier::BOLD);
    let word = Style::new().add_modifier(Modifier::DIM);
    let room = usize::from(area.width);
    let mut used = 0;
    let mut spans = Vec::new();
    for (keys, what) in footer(state.context()) {
        let gap = if spans.is_empty() { "" } else { " · " };
        let entry = width(gap) + width(keys) + 1 + width(what);
        // What does not fit is in the help, which the header names.
        if used + entry > room {
            spans.push(Span::styled(" …", word));
            break;
        }
        used += entry;
        spans.push(Span::styled(gap, word));
        spans.push(Span::styled(keys, key));
        spans.push(Span::styled(format!(" {what}"), word));
    }
    Line::from(spans).render(area, buf);
}
