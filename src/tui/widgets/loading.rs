//! The screen shown while the articles are loaded and compared, before there is a report.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use std::time::Duration;

/// How long the work has run so far.
pub struct Loading {
    pub elapsed: Duration,
}

impl Widget for Loading {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [_, middle, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(2),
            Constraint::Fill(1),
        ])
        .areas(area);
        let lines = vec![
            Line::from(format!(
                "claimdiff · reading and comparing the articles… {:.1} s",
                self.elapsed.as_secs_f32()
            )),
            Line::styled("q quits", Style::new().add_modifier(Modifier::DIM)),
        ];
        Paragraph::new(lines).centered().render(middle, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_is_happening_and_how_to_leave() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 80, 9));
        Loading {
            elapsed: Duration::from_millis(1300),
        }
        .render(buf.area, &mut buf);
        let rows: Vec<String> = (0..9)
            .map(|y| (0..80).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect();
        let text = rows.join("\n");
        let line = "reading and comparing the articles… 1.3 s";
        let first = rows.iter().position(|r| r.contains(line));
        let first = first.unwrap_or_else(|| panic!("{text}"));
        assert!(rows[first + 1].contains("q quits"), "{text}");
    }
}
