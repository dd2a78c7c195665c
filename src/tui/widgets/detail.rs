//! The detail view: one comparison as a table whose cells wrap, each claim's quote in full
//! under its row, then the consensus and the timeline straight after; all of it scrolls.

use super::source_name;
use crate::compare::value_text;
use crate::export::plural;
use crate::marks;
use crate::model::{Article, Claim, Comparison};
use crate::tui::state::State;
use crate::tui::text::{sanitize, width, wrap, wrap_ranges};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};
use std::collections::BTreeSet;

const HEADERS: [&str; 6] = [
    "source",
    "value",
    "qualifier",
    "attributed to",
    "where",
    "when",
];
/// Quotes sit under their row, indented this much.
const QUOTE_INDENT: usize = 4;

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
    let mut block = Block::bordered()
        .title(title)
        .title_bottom(Line::from(" Esc back ").right_aligned());
    let inner = block.inner(area);
    let lines = lines(state, usize::from(inner.width));
    let rows = usize::from(inner.height);
    let scroll = state.detail_scroll.min(lines.len().saturating_sub(rows));
    if lines.len() > rows {
        block = block.title_bottom(format!(
            " lines {}–{} of {} · d/u scroll ",
            scroll + 1,
            (scroll + rows).min(lines.len()),
            lines.len()
        ));
    }
    block.render(area, buf);
    Paragraph::new(lines.into_iter().skip(scroll).collect::<Vec<_>>()).render(inner, buf);
}

/// Everything the view shows at `columns`, before scrolling.
pub fn lines(state: &State, columns: usize) -> Vec<Line<'static>> {
    let Some(comparison) = state.selected() else {
        return Vec::new();
    };
    let mut lines = table_lines(state, comparison, columns);
    lines.push(Line::default());
    lines.extend(consensus_lines(state, comparison, columns));
    lines.extend(timeline_lines(state, comparison, columns));
    lines
}

/// One cell: its text and style.
type Cell = (String, Style);

fn table_lines(state: &State, comparison: &Comparison, columns: usize) -> Vec<Line<'static>> {
    let claims: Vec<usize> = state.claims_of(comparison).collect();
    let report = &state.report;
    // Source and value always; the other columns only when some claim fills them, so their
    // room goes to the text where they would be all dashes.
    let present = [
        true,
        true,
        claims.iter().any(|&c| report.claims[c].qualifier.is_some()),
        claims
            .iter()
            .any(|&c| marks::attributed(&report.claims[c]).is_some()),
        claims.iter().any(|&c| report.claims[c].place.is_some()),
        claims.iter().any(|&c| report.claims[c].when.is_some()),
    ];
    let keep = |i: &usize| present[*i];
    let constraints = [
        Constraint::Fill(2),
        Constraint::Fill(3),
        Constraint::Length(9),
        Constraint::Fill(3),
        Constraint::Fill(2),
        Constraint::Fill(2),
    ];
    let widths: Vec<usize> = Layout::horizontal((0..6).filter(keep).map(|i| constraints[i]))
        .spacing(1)
        .split(Rect::new(
            0,
            0,
            u16::try_from(columns).unwrap_or(u16::MAX),
            1,
        ))
        .iter()
        .map(|r| usize::from(r.width))
        .collect();
    let heading = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let headers: Vec<Cell> = (0..6)
        .filter(keep)
        .map(|i| (HEADERS[i].to_owned(), heading))
        .collect();
    let mut lines = row_lines(&headers, &widths);
    let optional = |text: Option<&str>| sanitize(text.unwrap_or("—")).into_owned();
    for (row, index) in claims.into_iter().enumerate() {
        let claim = &state.report.claims[index];
        let article = state.report.article(claim.article);
        let source = state.source_of(index);
        let source_style = source.map_or(Style::new(), |s| state.theme.source(s));
        // the row's reference first, as the exports cite it ("k2.1 1 Reuters")
        let reference = marks::row_ref(comparison.id, row);
        let name = source.map_or(reference.clone(), |s| {
            format!("{reference} {} {}", s + 1, source_name(state, s))
        });
        let value_style = if marks::marks(Some(comparison), claim)
            .iter()
            .any(|m| m.sets_apart())
        {
            Style::new().add_modifier(Modifier::ITALIC)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        };
        let cells = [
            (name, source_style),
            (
                sanitize(&marks::marked_value(comparison, claim, article)).into_owned(),
                value_style,
            ),
            (
                optional(claim.qualifier.map(marks::qualifier_words).as_deref()),
                Style::new(),
            ),
            (optional(marks::attributed(claim)), Style::new()),
            (optional(claim.place.as_deref()), Style::new()),
            (optional(claim.when.as_deref()), Style::new()),
        ];
        let cells: Vec<Cell> = cells
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(i))
            .map(|(_, cell)| cell)
            .collect();
        lines.extend(row_lines(&cells, &widths));
        lines.extend(quote_lines(claim, article, source_style, columns));
    }
    lines
}

/// A table row as lines: each cell wrapped to its column, the row as tall as its tallest cell.
fn row_lines(cells: &[Cell], widths: &[usize]) -> Vec<Line<'static>> {
    let wrapped: Vec<Vec<&str>> = cells
        .iter()
        .zip(widths)
        .map(|((text, _), &w)| {
            wrap_ranges(text, w)
                .into_iter()
                .map(|range| &text[range])
                .collect()
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
    (0..height)
        .map(|row| {
            let mut spans = Vec::new();
            for ((pieces, (_, style)), &w) in wrapped.iter().zip(cells).zip(widths) {
                let piece = pieces.get(row).copied().unwrap_or("");
                let padding = (w + 1).saturating_sub(width(piece));
                spans.push(Span::styled(piece.to_owned(), *style));
                spans.push(Span::raw(" ".repeat(padding)));
            }
            Line::from(spans)
        })
        .collect()
}

/// The claim's quote in full, wrapped under its row.
fn quote_lines(
    claim: &Claim,
    article: Option<&Article>,
    source_style: Style,
    columns: usize,
) -> Vec<Line<'static>> {
    let (Some(mention), Some(article)) = (claim.primary_mention(), article) else {
        return Vec::new();
    };
    let quote = format!("“{}”", mention.quote(article).trim());
    let indent = " ".repeat(QUOTE_INDENT);
    wrap(
        &quote,
        columns.saturating_sub(QUOTE_INDENT),
        source_style.add_modifier(Modifier::ITALIC),
    )
    .map(|line| Line::from_iter(std::iter::once(Span::raw(indent.clone())).chain(line.spans)))
    .collect()
}

fn consensus_lines(state: &State, comparison: &Comparison, columns: usize) -> Vec<Line<'static>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let Some(consensus) = &comparison.consensus else {
        return vec![Line::styled(
            "consensus: — (not a count)",
            Style::new().add_modifier(Modifier::DIM),
        )];
    };
    let mut parts = marks::consensus_figures(consensus);
    let sources: BTreeSet<_> = state
        .claims_of(comparison)
        .filter_map(|c| state.source_of(c))
        .collect();
    parts.push(format!(
        "{} independent origin{} behind {} source{}",
        consensus.origins,
        plural(consensus.origins),
        sources.len(),
        plural(sources.len())
    ));
    let silent: Vec<String> = consensus
        .silent
        .iter()
        .filter_map(|&id| state.report.article_position(id))
        .map(|s| format!("{} {}", s + 1, source_name(state, s)))
        .collect();
    if !silent.is_empty() {
        parts.push(format!("silent: {}", silent.join(", ")));
    }
    let mut lines: Vec<Line<'static>> =
        wrap(&format!("consensus: {}", parts.join(" · ")), columns, bold).collect();
    let parties: Vec<String> = comparison
        .party_claims
        .iter()
        .filter_map(|&id| state.report.claim(id))
        .map(|claim| {
            let source = state
                .report
                .article_position(claim.article)
                .map(|s| format!("{} {}", s + 1, source_name(state, s)))
                .unwrap_or_default();
            format!(
                "{} ({}, in {source})",
                value_text(claim, state.report.article(claim.article)),
                claim.attributed_to().unwrap_or("a party")
            )
        })
        .collect();
    if !parties.is_empty() {
        let text = format!(
            "party claims, left out of the status and the conservative figure: {}",
            parties.join(", ")
        );
        lines.extend(wrap(&sanitize(&text), columns, Style::new()));
    }
    lines
}

/// The figures in publication order where dated values differ, as the export shows them.
fn timeline_lines(state: &State, comparison: &Comparison, columns: usize) -> Vec<Line<'static>> {
    if comparison.timeline.is_empty() {
        return Vec::new();
    }
    let dim = Style::new().add_modifier(Modifier::DIM);
    if !marks::timeline_differs(comparison) {
        // (undated articles, plain text with no front matter, give no timeline to agree)
        let dated = comparison
            .timeline
            .iter()
            .filter(|entry| entry.published.is_some())
            .count();
        let text = if dated < 2 {
            "timeline: fewer than two of these figures have a publication date"
        } else {
            "timeline: the dated figures agree"
        };
        return vec![Line::styled(text, dim)];
    }
    let mut lines = vec![
        Line::default(),
        Line::styled(
            "timeline",
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        ),
    ];
    for entry in &comparison.timeline {
        let source = state.report.article_position(entry.article);
        let name = source
            .map(|s| format!("{} {}", s + 1, source_name(state, s)))
            .unwrap_or_default();
        let mut text = format!(
            "{} · {name} · {}",
            sanitize(entry.published.as_deref().unwrap_or("undated")),
            sanitize(&entry.value)
        );
        if let Some(earlier) = entry.revises.and_then(|id| state.report.claim(id)) {
            text.push_str(&format!(
                " ({})",
                sanitize(&marks::revises(
                    earlier,
                    state.report.article(earlier.article)
                ))
            ));
        }
        let style = source.map_or(Style::new(), |s| state.theme.source(s));
        lines.extend(wrap(&text, columns, style));
    }
    lines
}
