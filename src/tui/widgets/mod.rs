//! Drawing, from `&State` only: the whole screen is `impl Widget for &State`.

mod detail;
mod header;
mod help;
mod list;
mod panes;
mod status;
mod stories;

use super::layout::screen_layout;
use super::state::State;
use super::text::sanitize;
use crate::model::{Claim, ClaimKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Widget;

impl Widget for &State {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let layout = screen_layout(area, self);
        header::render(self, layout.header, buf);
        if self.detail {
            detail::render(self, layout.main, buf);
        } else if self.stories.showing {
            stories::render(self, layout.main, buf);
        } else {
            list::render(self, layout.list, buf);
            panes::render(self, &layout.panes, buf);
        }
        status::render(self, layout.status, buf);
        if self.help {
            help::render(self, area, buf);
        }
    }
}

/// A claim's value in its source's style; without colour, tagged with the source's number.
/// A statement has no figure: a check mark says the source makes it; places attacked say
/// how many places the source names.
fn source_value(state: &State, claim: &Claim, source: Option<usize>) -> Span<'static> {
    let value = match claim.kind {
        ClaimKind::Count => sanitize(&claim.display_value()).into_owned(),
        ClaimKind::PlacesAttacked if claim.places().len() == 1 => "1 place".to_owned(),
        ClaimKind::PlacesAttacked => format!("{} places", claim.places().len()),
        _ => "✓".to_owned(),
    };
    match source {
        Some(index) if !state.theme.colour => Span::raw(format!("{}:{value}", index + 1)),
        Some(index) => Span::styled(value, state.theme.source(index)),
        None => Span::raw(value),
    }
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
