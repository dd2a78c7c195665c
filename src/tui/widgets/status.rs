//! The line above the footer: a prompt, the last message, or how many inputs had problems.

use crate::export::plural;
use crate::tui::state::{Prompt, State};
use crate::tui::text::sanitize;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

const CURSOR: &str = "▏";

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let line = match &state.prompt {
        Some(Prompt::Filter) => Line::from(vec![
            Span::styled("/", bold),
            Span::raw(sanitize(filter_query(state)).into_owned()),
            Span::raw(CURSOR),
            Span::styled(
                "   Enter keep · Esc clear",
                Style::new().add_modifier(Modifier::DIM),
            ),
        ]),
        Some(Prompt::ExportName(name)) => Line::from(vec![
            Span::styled("export to: ", bold),
            Span::raw(sanitize(name).into_owned()),
            Span::raw(CURSOR),
            Span::styled(
                "   Enter write · Esc cancel",
                Style::new().add_modifier(Modifier::DIM),
            ),
        ]),
        Some(Prompt::SourceNumber(number)) => Line::from(vec![
            Span::styled("show/hide source: ", bold),
            Span::raw(number.clone()),
            Span::raw(CURSOR),
            Span::styled(
                format!("   1–{}", state.report.articles.len()),
                Style::new().add_modifier(Modifier::DIM),
            ),
        ]),
        Some(Prompt::Overwrite(path)) => Line::styled(
            format!(
                "{} exists. Overwrite? (y/n)",
                sanitize(&path.display().to_string())
            ),
            state.theme.error(),
        ),
        None => match &state.status {
            Some(status) if status.is_error => {
                Line::styled(sanitize(&status.text).into_owned(), state.theme.error())
            }
            Some(status) => Line::raw(sanitize(&status.text).into_owned()),
            None if state.problems.is_empty() => Line::default(),
            None => {
                let failed = state.problems.iter().filter(|p| p.fatal).count();
                let count = state.problems.len();
                Line::styled(
                    format!(
                        "⚠ {count} load problem{} ({failed} not loaded) · p lists them",
                        plural(count)
                    ),
                    state.theme.error(),
                )
            }
        },
    };
    Paragraph::new(line)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// The filter being typed: the story list's when it is in front, else the comparisons'.
fn filter_query(state: &State) -> &str {
    if state.stories.showing {
        &state.stories.query
    } else {
        &state.list.query
    }
}
