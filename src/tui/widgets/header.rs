//! The top line: what is loaded, the active filter and facets, and where help is.

use crate::marks;
use crate::tui::state::State;
use crate::tui::text::{sanitize, truncate, width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

const HELP_HINT: &str = " ? help ";

pub fn render(state: &State, area: Rect, buf: &mut Buffer) {
    let report = &state.report;
    let list = &state.list;
    let mut facets = Vec::new();
    if state.stories.showing {
        if !state.stories.query.is_empty() {
            facets.push(format!("filter “{}”", sanitize(&state.stories.query)));
        }
    } else if let Some(story) = list.story.and_then(|id| report.story(id)) {
        facets.push(format!("{} {}", story.id, sanitize(&story.label)));
    }
    if !list.query.is_empty() && !state.stories.showing {
        facets.push(format!("filter “{}”", sanitize(&list.query)));
    }
    if list.conflicts_only {
        facets.push("conflicts only".to_owned());
    }
    if let Some(metric) = list.metric {
        facets.push(format!("metric {}", marks::words(metric.as_str())));
    }
    if let Some(subject) = &list.subject {
        facets.push(format!(
            "subject {}",
            sanitize(&marks::subject_words(subject))
        ));
    }
    if !list.marked.is_empty() {
        facets.push(format!("{} marked", list.marked.len()));
    }
    let mut summary = format!(
        " claimdiff │ {} articles{} · {} claims · {} comparisons",
        report.articles.len(),
        match report.stories.len() {
            0 | 1 => String::new(),
            stories => format!(" · {stories} stories"),
        },
        report.claims.len(),
        report.comparisons.len()
    );
    if list.visible.len() != report.comparisons.len() {
        summary.push_str(&format!(" ({} shown)", list.visible.len()));
    }
    for facet in facets {
        summary.push_str(" │ ");
        summary.push_str(&facet);
    }
    let room = usize::from(area.width).saturating_sub(width(HELP_HINT));
    let bar = Style::new().add_modifier(Modifier::REVERSED);
    buf.set_style(area, bar);
    Line::from(vec![Span::styled(
        truncate(&summary, room).into_owned(),
        bar.add_modifier(Modifier::BOLD),
    )])
    .render(area, buf);
    if usize::from(area.width) > width(HELP_HINT) {
        Line::styled(HELP_HINT, bar)
            .right_aligned()
            .render(area, buf);
    }
}
