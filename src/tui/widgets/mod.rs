//! Drawing, from `&State` only: the whole screen is `impl Widget for &State`.

pub(in crate::tui) mod detail;
mod footer;
mod header;
mod help;
mod legend;
mod list;
mod loading;
mod panes;
pub(in crate::tui) mod problems;
mod status;
mod stories;

use super::layout::screen_layout;
use super::state::State;
use super::text::sanitize;
use crate::marks;
use crate::model::{Claim, ClaimKind, Comparison};
pub(in crate::tui) use loading::Loading;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use ratatui::widgets::Widget;

impl Widget for &State {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let layout = screen_layout(area, self);
        header::render(self, layout.header, buf);
        legend::render(self, layout.legend, buf);
        if self.problems_open {
            problems::render(self, layout.main, buf);
        } else if self.detail {
            detail::render(self, layout.main, buf);
        } else if self.stories.showing {
            stories::render(self, layout.main, buf);
        } else {
            list::render(self, layout.list, buf);
            panes::render(self, &layout.panes, buf);
        }
        status::render(self, layout.status, buf);
        footer::render(self, layout.footer, buf);
        if self.help {
            help::render(self, area, buf);
        }
    }
}

/// A claim's value in its source's style, tagged with the source's number (`3:84`), so it
/// reads the same with colour and without. A statement has no figure: a check mark says the
/// source makes it; places attacked say how many places the source names.
fn source_value(state: &State, claim: &Claim, source: Option<usize>) -> Span<'static> {
    let value = match claim.kind {
        ClaimKind::Count => {
            sanitize(&claim.display_value(state.report.article(claim.article))).into_owned()
        }
        ClaimKind::PlacesAttacked if claim.places().len() == 1 => "1 place".to_owned(),
        ClaimKind::PlacesAttacked => format!("{} places", claim.places().len()),
        _ => "✓".to_owned(),
    };
    match source {
        Some(index) => Span::styled(format!("{}:{value}", index + 1), state.theme.source(index)),
        None => Span::raw(value),
    }
}

/// The value and, for a figure left out of the status (a party's, a superseded one, a
/// caption's), its marks in short, dimmed: so `11 11 5 11` never reads as agreement.
fn marked_source_value(
    state: &State,
    comparison: &Comparison,
    claim: &Claim,
    source: Option<usize>,
) -> Vec<Span<'static>> {
    let marks = marks::marks(Some(comparison), claim);
    let apart = marks.iter().any(|m| m.sets_apart());
    let mut value = source_value(state, claim, source);
    if apart {
        value.style = value.style.add_modifier(Modifier::DIM | Modifier::ITALIC);
    }
    let mut spans = vec![value];
    for mark in marks {
        spans.push(Span::styled(
            format!("({})", mark.short()),
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    spans
}

/// A source's short name, sanitised.
fn source_name(state: &State, source: usize) -> String {
    state
        .report
        .articles
        .get(source)
        .map(|a| sanitize(&a.source_name()).into_owned())
        .unwrap_or_default()
}
