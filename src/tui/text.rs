//! Article text made safe and laid out for the terminal: control characters shown, never sent,
//! and paragraphs wrapped by display width into styled lines whose highlight spans we control.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// How a character of article text is shown: control characters (which a terminal would act on)
/// as visible pictures (`␛` for ESC), tabs and line breaks as a space, anything else as itself.
fn visible_char(c: char) -> Option<char> {
    match c {
        '\t' | '\n' | '\r' => Some(' '),
        // C0 controls map onto the Control Pictures block one for one.
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32),
        '\x7f' => Some('␡'),
        // C1 controls (a lone CSI, 0x9b, starts an escape sequence on some terminals) and the
        // bidirectional overrides, which reorder what is shown.
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Some('�'),
        _ => None,
    }
}

/// Every piece of article-derived text passes through here before it reaches the screen.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| visible_char(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| visible_char(c).unwrap_or(c)).collect())
}

/// Display width of already sanitised text.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cuts sanitised text to at most `max` columns, marking the cut with `…`.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in text.graphemes(true) {
        let w = width(grapheme);
        if used + w + 1 > max {
            break;
        }
        out.push_str(grapheme);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    Cow::Owned(out)
}

/// A styled stretch of a paragraph: bytes `start..end` of its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub style: Style,
    /// Emphasised highlights win where highlights overlap, and mark the lines to scroll to.
    pub emphasised: bool,
}

/// A paragraph wrapped to a width.
#[derive(Debug, Default)]
pub struct Wrapped {
    pub lines: Vec<Line<'static>>,
    /// Index of the first line holding an emphasised highlight.
    pub first_emphasised: Option<usize>,
}

/// One grapheme (or the visible stand-in of a control character) with its place in the text.
struct Cell {
    start: usize,
    shown: String,
    width: usize,
    is_space: bool,
}

fn cells(text: &str) -> Vec<Cell> {
    text.grapheme_indices(true)
        .map(|(start, grapheme)| {
            let shown = sanitize(grapheme).into_owned();
            Cell {
                start,
                width: width(&shown),
                is_space: grapheme.chars().all(char::is_whitespace),
                shown,
            }
        })
        .collect()
}

/// Wraps `text` greedily at spaces to `columns` display columns (breaking words longer than a
/// line), styling each grapheme with `base` patched by the highlight covering it.
pub fn wrap(text: &str, columns: usize, base: Style, highlights: &[Highlight]) -> Wrapped {
    let columns = columns.max(1);
    let cells = cells(text);
    let mut line_ranges: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    let mut line_width = 0;
    let mut i = 0;
    while i < cells.len() {
        if cells[i].is_space {
            if line_width == 0 {
                // no leading spaces on a line
                line_start = i + 1;
            } else if line_width + cells[i].width <= columns {
                line_width += cells[i].width;
            } else {
                line_ranges.push((line_start, i));
                line_start = i + 1;
                line_width = 0;
            }
            i += 1;
            continue;
        }
        let word_end = (i..cells.len())
            .find(|&j| cells[j].is_space)
            .unwrap_or(cells.len());
        let word_width: usize = cells[i..word_end].iter().map(|c| c.width).sum();
        if line_width > 0 && line_width + word_width > columns {
            line_ranges.push((line_start, i));
            line_start = i;
            line_width = 0;
        }
        for (j, cell) in cells.iter().enumerate().take(word_end).skip(i) {
            if line_width > 0 && line_width + cell.width > columns {
                line_ranges.push((line_start, j));
                line_start = j;
                line_width = 0;
            }
            line_width += cell.width;
        }
        i = word_end;
    }
    if line_start < cells.len() {
        line_ranges.push((line_start, cells.len()));
    }

    let mut wrapped = Wrapped::default();
    for (start, end) in line_ranges {
        // trailing spaces are not shown
        let end = (start..end)
            .rev()
            .find(|&j| !cells[j].is_space)
            .map_or(start, |j| j + 1);
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut run = String::new();
        let mut run_style = base;
        let mut line_emphasised = false;
        for cell in &cells[start..end] {
            let highlight = covering(highlights, cell.start);
            line_emphasised |= highlight.is_some_and(|h| h.emphasised);
            let style = highlight.map_or(base, |h| base.patch(h.style));
            if style != run_style && !run.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut run), run_style));
            }
            run_style = style;
            run.push_str(&cell.shown);
        }
        if !run.is_empty() {
            spans.push(Span::styled(run, run_style));
        }
        if line_emphasised && wrapped.first_emphasised.is_none() {
            wrapped.first_emphasised = Some(wrapped.lines.len());
        }
        wrapped.lines.push(Line::from(spans));
    }
    wrapped
}

/// The highlight at byte `pos`, preferring an emphasised one.
fn covering(highlights: &[Highlight], pos: usize) -> Option<&Highlight> {
    let mut found = None;
    for h in highlights.iter().filter(|h| h.start <= pos && pos < h.end) {
        if h.emphasised {
            return Some(h);
        }
        found.get_or_insert(h);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};

    fn plain(wrapped: &Wrapped) -> Vec<String> {
        wrapped.lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(sanitize("a\x1b[31mb\x07"), "a␛[31mb␇");
        assert_eq!(sanitize("x\u{9b}2J"), "x�2J");
        assert_eq!(sanitize("tab\there"), "tab here");
        assert!(matches!(sanitize("plain ü 漢"), Cow::Borrowed(_)));
    }

    #[test]
    fn wraps_at_spaces_by_display_width() {
        let wrapped = wrap("one two three four", 9, Style::new(), &[]);
        assert_eq!(plain(&wrapped), ["one two", "three", "four"]);
        // wide characters take two columns each
        let wide = wrap("漢字漢字漢", 4, Style::new(), &[]);
        assert_eq!(plain(&wide), ["漢字", "漢字", "漢"]);
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let text = "cafe\u{301}s cafe\u{301}s";
        let wrapped = wrap(text, 5, Style::new(), &[]);
        assert_eq!(plain(&wrapped), ["cafe\u{301}s", "cafe\u{301}s"]);
    }

    #[test]
    fn long_words_are_broken() {
        let wrapped = wrap("abcdefghij", 4, Style::new(), &[]);
        assert_eq!(plain(&wrapped), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn highlights_style_their_bytes_and_emphasis_wins() {
        let text = "aa bb cc dd";
        let red = Style::new().fg(Color::Red);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let highlights = [
            Highlight {
                start: 3,
                end: 8,
                style: red,
                emphasised: false,
            },
            Highlight {
                start: 6,
                end: 11,
                style: bold,
                emphasised: true,
            },
        ];
        let wrapped = wrap(text, 5, Style::new(), &highlights);
        assert_eq!(plain(&wrapped), ["aa bb", "cc dd"]);
        assert_eq!(wrapped.first_emphasised, Some(1));
        let first = &wrapped.lines[0].spans;
        assert_eq!(first.last().unwrap().content, "bb");
        assert_eq!(first.last().unwrap().style, red);
        assert_eq!(wrapped.lines[1].spans[0].content, "cc dd");
        assert_eq!(wrapped.lines[1].spans[0].style, bold);
    }

    #[test]
    fn truncation_respects_width() {
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("short", 10), "short");
    }
}
