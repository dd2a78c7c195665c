//! Where each part of the screen goes. Drawing and mouse hit-testing both ask this, so a click
//! lands on what was drawn there.

use super::state::State;
use ratatui::layout::{Constraint, Layout, Rect};

/// Narrowest a source pane may get before panes scroll sideways instead.
pub const MIN_PANE_WIDTH: u16 = 30;
/// From this width on the list sits left of the panes rather than above them.
const SIDE_BY_SIDE_WIDTH: u16 = 150;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenLayout {
    pub header: Rect,
    /// The sources: number, colour, name.
    pub legend: Rect,
    /// Everything between header and status line (the detail view uses all of it).
    pub main: Rect,
    pub list: Rect,
    /// The panes drawn: article index and area.
    pub panes: Vec<(usize, Rect)>,
    /// How many panes fit side by side.
    pub fitting: usize,
    /// A prompt or the last message (two rows when it needs them).
    pub status: Rect,
    /// The keys of the view in front.
    pub footer: Rect,
}

impl ScreenLayout {
    /// Rows of comparisons the list shows (inside its border).
    pub fn list_rows(&self) -> usize {
        usize::from(self.list.height.saturating_sub(2))
    }
}

pub fn screen_layout(area: Rect, state: &State) -> ScreenLayout {
    let [header, legend, main, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(legend_rows(state, area.width)),
        Constraint::Fill(1),
        Constraint::Length(status_rows(state, area.width)),
        Constraint::Length(1),
    ])
    .areas(area);
    let (list, panes_area) = if main.width >= SIDE_BY_SIDE_WIDTH {
        let [list, panes] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Fill(1)]).areas(main);
        (list, panes)
    } else {
        let rows_wanted = u16::try_from(state.list.visible.len() + 2).unwrap_or(u16::MAX);
        let height = rows_wanted.min((main.height * 2 / 5).max(5));
        let [list, panes] =
            Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(main);
        (list, panes)
    };
    let fitting = usize::from((panes_area.width / MIN_PANE_WIDTH).max(1));
    let shown: Vec<usize> = state
        .panes
        .shown()
        .into_iter()
        .skip(state.panes.first)
        .take(fitting)
        .collect();
    let areas = split_evenly(panes_area, shown.len());
    ScreenLayout {
        header,
        legend,
        main,
        list,
        panes: shown.into_iter().zip(areas).collect(),
        fitting,
        status,
        footer,
    }
}

/// Columns a legend entry takes at the least: its number, a space, a few letters of the name
/// and the gap before the next.
pub const LEGEND_ENTRY_MIN: usize = 12;

/// The legend takes one row, or two when its sources do not fit one at their narrowest; past
/// two rows it says how many more there are.
fn legend_rows(state: &State, width: u16) -> u16 {
    let sources = state.legend_sources().len();
    if sources * LEGEND_ENTRY_MIN > usize::from(width) {
        2
    } else {
        1
    }
}

/// The status line takes no row when it has nothing to say, and a long message (the
/// clipboard's advice) gets a second row rather than being cut off.
fn status_rows(state: &State, width: u16) -> u16 {
    if state.prompt.is_some() {
        return 1;
    }
    match &state.status {
        Some(status) if super::text::width(&status.text) > usize::from(width) => 2,
        Some(_) => 1,
        None => u16::from(!state.problems.is_empty()),
    }
}

/// Width of one column of the help.
pub const HELP_COLUMN_WIDTH: u16 = 38;

/// Where the help goes: as many columns as it needs to fit the height and the width allows;
/// what still does not fit scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpLayout {
    pub popup: Rect,
    pub columns: usize,
    /// Lines in each column.
    pub rows: usize,
    /// Lines of each column on screen.
    pub shown_rows: usize,
}

impl HelpLayout {
    pub fn max_scroll(&self) -> usize {
        self.rows - self.shown_rows
    }
}

pub fn help_layout(area: Rect, lines: usize) -> HelpLayout {
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let fitting_columns = usize::from((area.width.saturating_sub(2) / HELP_COLUMN_WIDTH).max(1));
    let columns = lines.div_ceil(height).clamp(1, fitting_columns);
    let rows = lines.div_ceil(columns);
    let shown_rows = rows.min(height);
    let width = u16::try_from(columns).unwrap_or(u16::MAX) * HELP_COLUMN_WIDTH + 2;
    let popup = area.centered(
        Constraint::Max(width),
        Constraint::Max(u16::try_from(shown_rows + 2).unwrap_or(u16::MAX)),
    );
    HelpLayout {
        popup,
        columns,
        rows,
        shown_rows,
    }
}

/// `area` cut into `parts` columns of (nearly) equal width, the first ones taking the spare
/// columns. Plain arithmetic: the constraint solver can spin on many parts of a tiny area.
pub fn split_evenly(area: Rect, parts: usize) -> Vec<Rect> {
    let Ok(parts) = u16::try_from(parts) else {
        return Vec::new();
    };
    if parts == 0 {
        return Vec::new();
    }
    let (base, spare) = (area.width / parts, area.width % parts);
    let mut x = area.x;
    (0..parts)
        .map(|i| {
            let width = base + u16::from(i < spare);
            let column = Rect::new(x, area.y, width, area.height);
            x += width;
            column
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn even_split_covers_the_area_without_overlap() {
        let columns = split_evenly(Rect::new(2, 1, 11, 5), 3);
        let widths: Vec<u16> = columns.iter().map(|c| c.width).collect();
        assert_eq!(widths, [4, 4, 3]);
        assert_eq!(columns[1].x, 6);
        assert_eq!(columns[2].right(), 13);
        assert!(
            split_evenly(Rect::new(0, 0, 0, 0), 4)
                .iter()
                .all(|c| c.is_empty())
        );
    }
}
