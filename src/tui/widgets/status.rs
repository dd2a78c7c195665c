//! The bottom line: a prompt, the last message, or a reminder of the main keys.

use crate::tui::state::{Prompt, State};
use crate::tui::text::sanitize;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

const HINTS: &str = "j/k move · Enter detail · / filter · c conflicts · space mark · e export · y copy · ? help · q quit";
const STORY_HINTS: &str = "j/k move · Enter open the story · / filter · ? help · q quit";
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
            None if state.stories.showing => {
                Line::styled(STORY_HINTS, Style::new().add_modifier(Modifier::DIM))
            }
            None => Line::styled(HINTS, Style::new().add_modifier(Modifier::DIM)),
        },
    };
    line.render(area, buf);
}

/// The filter being typed: the story list's when it is in front, else the comparisons'.
fn filter_query(state: &State) -> &str {
    if state.stories.showing {
        &state.stories.query
    } else {
        &state.list.query
    }
}
