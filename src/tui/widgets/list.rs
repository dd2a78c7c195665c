//! The comparisons list: status glyph, mark, label, each source's value, the spread.

use super::marked_source_value;
use crate::model::Comparison;
use crate::tui::state::{Focus, State};
use crate::tui::text::{sanitize, truncate, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

const MARK: &str = "●";
/// Labels get this share of a row, within limits, so values line up.
const LABEL_MIN: usize = 12;
const LABEL_MAX: usize = 40;

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let list = &state.list;
    let title = format!(
        " Comparisons {}/{} ",
        list.visible.len(),
        state.report.comparisons.len()
    );
    let focused = state.focus == Focus::List;
    let mut block = Block::bordered().title(Span::styled(title, state.theme.title(focused)));
    if focused {
        block = block
            .border_type(BorderType::Thick)
            .border_style(state.theme.focus_border(None));
    }
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return;
    }
    if list.visible.is_empty() {
        let empty = if state.report.comparisons.is_empty() {
            "no comparisons found"
        } else {
            "nothing matches the filter"
        };
        Line::styled(empty, Style::new().add_modifier(Modifier::DIM)).render(inner, buf);
        return;
    }
    let rows = usize::from(inner.height);
    // The state keeps the selection in view for the terminal's size; this also holds when
    // drawing into an area of another size.
    let offset = list
        .offset
        .min(list.selected)
        .max((list.selected + 1).saturating_sub(rows));
    let label_width = (usize::from(inner.width) * 2 / 5).clamp(LABEL_MIN, LABEL_MAX);
    for (row, &index) in list.visible.iter().enumerate().skip(offset).take(rows) {
        let y = inner.y + u16::try_from(row - offset).unwrap_or(u16::MAX);
        let row_area = Rect::new(inner.x, y, inner.width, 1);
        let comparison = &state.report.comparisons[index];
        let marked = list.marked.contains(&index);
        row_line(
            state,
            comparison,
            marked,
            label_width,
            usize::from(inner.width),
        )
        .render(row_area, buf);
        if row == list.selected {
            buf.set_style(row_area, state.theme.selected_row());
        }
    }
}

fn row_line(
    state: &State,
    comparison: &Comparison,
    marked: bool,
    label_width: usize,
    row_width: usize,
) -> Line<'static> {
    let theme = state.theme;
    let label = sanitize(&comparison.label);
    let label = truncate(&label, label_width);
    let padding = label_width.saturating_sub(width(&label));
    let mut spans = vec![
        Span::raw(if marked { MARK } else { " " }),
        Span::styled(
            Theme::status_glyph(comparison.status),
            theme.status(comparison.status),
        ),
        Span::raw(" "),
        Span::raw(format!("{label}{} ", " ".repeat(padding))),
    ];
    // The spread is kept whatever the values take: values stop where the row does (a
    // comparison may hold thousands of claims) and say how many were left out.
    let spread = comparison
        .consensus
        .as_ref()
        .and_then(|c| Some((c.min?, c.max?)))
        .filter(|(min, max)| max > min)
        .map(|(min, max)| format!("  Δ{}", max - min));
    let mut room = row_width
        .saturating_sub(label_width + 4)
        .saturating_sub(spread.as_deref().map_or(0, width));
    let claims: Vec<usize> = state.claims_of(comparison).collect();
    for (shown, &claim_index) in claims.iter().enumerate() {
        let claim = &state.report.claims[claim_index];
        let value = marked_source_value(state, comparison, claim, state.source_of(claim_index));
        let value_width: usize = value.iter().map(Span::width).sum::<usize>() + 1;
        let left = claims.len() - shown;
        // Room for this value, and for the count of the rest if any follow.
        let more = if left > 1 {
            format!(" +{}", left - 1).len()
        } else {
            0
        };
        if value_width + more > room {
            spans.push(Span::styled(
                format!(" +{left}"),
                Style::new().add_modifier(Modifier::DIM),
            ));
            break;
        }
        room -= value_width;
        spans.push(Span::raw(" "));
        spans.extend(value);
    }
    if let Some(spread) = spread {
        spans.push(Span::styled(
            spread,
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    Line::from(spans)
}
