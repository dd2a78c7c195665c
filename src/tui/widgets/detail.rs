//! The detail view: one comparison as a table, its consensus and its timeline.

use super::{source_name, source_value};
use crate::model::Comparison;
use crate::tui::state::State;
use crate::tui::text::sanitize;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Widget, Wrap};

const HEADERS: [&str; 7] = [
    "source",
    "value",
    "qualifier",
    "attributed to",
    "where",
    "when",
    "quote",
];

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let Some(comparison) = state.selected() else {
        return;
    };
    let title = Line::from(vec![
        Span::raw(" "),
        Span::styled(
            Theme::status_glyph(comparison.status),
            state.theme.status(comparison.status),
        ),
        Span::raw(format!(
            " {} — {} ",
            sanitize(&comparison.label),
            comparison.status.as_str()
        )),
    ]);
    let block = Block::bordered()
        .title(title)
        .title_bottom(Line::from(" Esc back ").right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let table_rows = u16::try_from(comparison.claims.len() + 1).unwrap_or(u16::MAX);
    let [table_area, consensus_area, timeline_area] = Layout::vertical([
        Constraint::Length(table_rows),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(inner);
    claims_table(state, comparison).render(table_area, buf);
    Paragraph::new(consensus_lines(state, comparison))
        .wrap(Wrap { trim: true })
        .render(consensus_area, buf);
    Paragraph::new(timeline_lines(state, comparison)).render(timeline_area, buf);
}

fn claims_table<'a>(state: &'a State, comparison: &'a Comparison) -> Table<'a> {
    let optional = |text: Option<&str>| sanitize(text.unwrap_or("—")).into_owned();
    let rows = state.claims_of(comparison).map(|index| {
        let claim = &state.report.claims[index];
        let source = state.source_of(index);
        let name = source.map(|s| source_name(state, s)).unwrap_or_default();
        Row::new(vec![
            Cell::from(Span::styled(
                name,
                source.map_or(Style::new(), |s| state.theme.source(s)),
            )),
            Cell::from(source_value(state, claim, source)),
            Cell::from(optional(claim.qualifier.map(|q| q.as_str()))),
            Cell::from(optional(claim.attributed_to.as_deref())),
            Cell::from(optional(claim.place.as_deref())),
            Cell::from(optional(claim.when.as_deref())),
            Cell::from(optional(claim.primary_mention().map(|m| m.quote.as_str()))),
        ])
    });
    Table::new(
        rows,
        [
            Constraint::Max(16),
            Constraint::Length(8),
            Constraint::Length(9),
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Max(12),
            Constraint::Fill(3),
        ],
    )
    .header(
        Row::new(HEADERS).style(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)),
    )
}

fn consensus_lines(state: &State, comparison: &Comparison) -> Vec<Line<'static>> {
    let Some(consensus) = &comparison.consensus else {
        return vec![Line::styled(
            "consensus: — (not a count)",
            Style::new().add_modifier(Modifier::DIM),
        )];
    };
    let number = |n: Option<u64>| n.map_or("—".to_owned(), |n| n.to_string());
    let median = consensus.median.map_or("—".to_owned(), |m| format!("{m}"));
    let silent: Vec<String> = consensus
        .silent
        .iter()
        .filter_map(|&id| state.report.article_position(id))
        .map(|s| source_name(state, s))
        .collect();
    let mut text = format!(
        "consensus: min {} · max {} · median {median} · conservative {} · {} distinct · {} independent origin{}",
        number(consensus.min),
        number(consensus.max),
        number(consensus.conservative),
        consensus.distinct,
        consensus.origins,
        if consensus.origins == 1 { "" } else { "s" },
    );
    if !silent.is_empty() {
        text.push_str(&format!(" · silent: {}", silent.join(", ")));
    }
    vec![Line::styled(
        text,
        Style::new().add_modifier(Modifier::BOLD),
    )]
}

fn timeline_lines(state: &State, comparison: &Comparison) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        "timeline",
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    )];
    for entry in &comparison.timeline {
        let source = state.report.article_position(entry.article);
        let name = source.map(|s| source_name(state, s)).unwrap_or_default();
        let mut spans = vec![
            Span::raw(format!(
                "{:<25} ",
                sanitize(entry.published.as_deref().unwrap_or("undated"))
            )),
            Span::styled(
                format!("{name:<16} "),
                source.map_or(Style::new(), |s| state.theme.source(s)),
            ),
            Span::raw(sanitize(&entry.value).into_owned()),
        ];
        if let Some(revised) = &entry.revises {
            spans.push(Span::styled(
                format!("  (revises {revised})"),
                Style::new().add_modifier(Modifier::DIM),
            ));
        }
        lines.push(Line::from(spans));
    }
    lines
}
