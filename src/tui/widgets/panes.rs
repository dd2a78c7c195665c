//! The source panes: one article each, its mentions highlighted, scrolled to the selected
//! comparison's mentions.

use super::{source_name, source_value};
use crate::tui::state::{Focus, State, pane_inner};
use crate::tui::view::pane_text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

pub fn render(state: &State, panes: &[(usize, Rect)], buf: &mut Buffer) {
    let hidden = state.panes.hidden.iter().filter(|&&h| h).count();
    let shown_total = state.panes.hidden.len() - hidden;
    for (position, &(article, area)) in panes.iter().enumerate() {
        let mut block = Block::bordered()
            .title(title(state, article))
            .title_top(value_title(state, article, usize::from(area.width)).right_aligned());
        if position == panes.len() - 1 && panes.len() < shown_total {
            // say that more sources are off to the side, and which way
            let first = state.panes.first + 1;
            let last = state.panes.first + panes.len();
            let earlier = if first > 1 { "← [ " } else { "" };
            let later = if last < shown_total { " ] →" } else { "" };
            block = block.title_bottom(
                Line::from(format!(" {earlier}{first}-{last} of {shown_total}{later} "))
                    .right_aligned(),
            );
        }
        if state.panes.unlocked.contains_key(&article) {
            block = block.title_bottom(Line::from(" unlocked · u binds ").left_aligned());
        }
        if state.focus == Focus::Panes && state.panes.focused == article {
            block = block
                .border_type(BorderType::Thick)
                .border_style(state.theme.focus_border(Some(article)));
        }
        block.render(area, buf);
        let inner = pane_inner(area);
        if inner.is_empty() {
            continue;
        }
        let text = pane_text(state, article, usize::from(inner.width));
        let rows = text.body_rows(inner);
        let top = text.body_top(rows, state.panes.scroll_of(article));
        let rule = Line::styled(
            "─".repeat(usize::from(inner.width)),
            Style::new().add_modifier(Modifier::DIM),
        );
        let body = text.body_lines(top, rows);
        let lines = text
            .headline()
            .iter()
            .chain(std::iter::once(&rule))
            .chain(&body);
        for (y, line) in (inner.y..inner.bottom()).zip(lines) {
            line.render(Rect::new(inner.x, y, inner.width, 1), buf);
        }
    }
}

/// `[n] Outlet`, in the source's colour.
fn title(state: &State, article: usize) -> Line<'static> {
    let text = format!(" [{}] {} ", article + 1, source_name(state, article));
    Line::from(Span::styled(
        text,
        state.theme.source(article).add_modifier(Modifier::BOLD),
    ))
}

/// What this source says in the selected comparison (as many values as fit in `room`
/// columns), or that it is silent.
fn value_title(state: &State, article: usize, mut room: usize) -> Line<'static> {
    let Some(selected) = state.selected() else {
        return Line::default();
    };
    let mut spans: Vec<Span<'static>> = Vec::new();
    for claim in state
        .claims_of(selected)
        .filter(|&claim| state.source_of(claim) == Some(article))
    {
        let value = source_value(state, &state.report.claims[claim], Some(article));
        room = room.saturating_sub(value.width() + 1);
        spans.extend([Span::raw(" "), value]);
        if room == 0 {
            break;
        }
    }
    if spans.is_empty() {
        spans.push(Span::styled(
            " silent",
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    spans.push(Span::raw(" "));
    Line::from(spans)
}
