//! Colours and emphasis. Source colours are mid-tones from the 256-colour palette, legible on
//! dark and light backgrounds alike; with `NO_COLOR` everything is told apart by modifiers and
//! by each source's number tag instead.

use crate::model::Status;
use ratatui::style::{Color, Modifier, Style};

/// Sixteen hues: the first eight are mid-tones, the next eight lighter or darker kin told apart
/// by brightness as well as hue. A seventeenth source repeats a colour; its number in the
/// legend, the rows and the pane title still names it.
const SOURCE_COLOURS: [Color; 16] = [
    Color::Indexed(33),  // blue
    Color::Indexed(166), // orange
    Color::Indexed(34),  // green
    Color::Indexed(163), // magenta
    Color::Indexed(37),  // teal
    Color::Indexed(136), // ochre
    Color::Indexed(99),  // violet
    Color::Indexed(160), // red
    Color::Indexed(117), // sky
    Color::Indexed(216), // peach
    Color::Indexed(112), // lime
    Color::Indexed(219), // pink
    Color::Indexed(23),  // deep teal
    Color::Indexed(227), // yellow
    Color::Indexed(54),  // deep purple
    Color::Indexed(94),  // brown
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub colour: bool,
}

impl Theme {
    /// Colour unless the `NO_COLOR` convention (a non-empty variable) says otherwise.
    pub fn from_env() -> Self {
        let no_colour = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self { colour: !no_colour }
    }

    /// The colour of the source at `index` (its position among the report's articles).
    pub fn source_colour(index: usize) -> Color {
        SOURCE_COLOURS[index % SOURCE_COLOURS.len()]
    }

    /// Text that belongs to a source: its values, its name.
    pub fn source(self, index: usize) -> Style {
        if self.colour {
            Style::new().fg(Self::source_colour(index))
        } else {
            Style::new()
        }
    }

    /// A claim mention in a source's text; the selected comparison's mentions are emphasised.
    pub fn mention(self, index: usize, emphasised: bool) -> Style {
        let style = self.source(index);
        if emphasised {
            style.add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            style.add_modifier(Modifier::UNDERLINED)
        }
    }

    /// The mention `n`/`N` moved to: emphasised, and underlined so it stands out among the
    /// selected comparison's other mentions.
    pub fn current_mention(self, index: usize) -> Style {
        self.mention(index, true)
            .add_modifier(Modifier::UNDERLINED | Modifier::ITALIC)
    }

    /// The border of the focused part of the screen: bold, in the source's colour for a pane.
    pub fn focus_border(self, source: Option<usize>) -> Style {
        let style = source.map_or(Style::new(), |s| self.source(s));
        style.add_modifier(Modifier::BOLD)
    }

    /// Page furniture: captions, boilerplate, appended stories.
    pub fn furniture(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn selected_row(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn error(self) -> Style {
        if self.colour {
            Style::new()
                .fg(Color::Indexed(160))
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn title(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn status_glyph(status: Status) -> &'static str {
        match status {
            Status::Conflict => "✗",
            Status::Compatible => "≈",
            Status::Agree => "=",
            Status::Single => "·",
        }
    }

    pub fn status(self, status: Status) -> Style {
        if !self.colour {
            return match status {
                Status::Conflict => Style::new().add_modifier(Modifier::BOLD),
                _ => Style::new(),
            };
        }
        match status {
            Status::Conflict => Style::new()
                .fg(Color::Indexed(160))
                .add_modifier(Modifier::BOLD),
            Status::Compatible => Style::new().fg(Color::Indexed(136)),
            Status::Agree => Style::new().fg(Color::Indexed(34)),
            Status::Single => Style::new().add_modifier(Modifier::DIM),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_sources_get_distinct_colours() {
        let colours: std::collections::HashSet<_> = (0..16).map(Theme::source_colour).collect();
        assert_eq!(colours.len(), 16);
    }

    #[test]
    fn without_colour_mentions_differ_by_modifier_only() {
        let theme = Theme { colour: false };
        let plain = theme.mention(0, false);
        let emphasised = theme.mention(0, true);
        assert_eq!(plain.fg, None);
        assert_eq!(emphasised.fg, None);
        assert_ne!(plain, emphasised);
    }
}
