//! Article text made safe and laid out for the terminal: control characters shown, never sent,
//! and paragraphs wrapped by display width into lines whose highlight spans we control.
//!
//! Wrapping only finds where lines start and end ([`wrap_ranges`]); styling a line
//! ([`styled_line`]) is separate, so a pane lays its text out once and styles only the lines
//! on screen.

use crate::escape;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::borrow::Cow;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Every piece of article-derived text passes through here before it reaches the screen:
/// [`escape::terminal`], and each grapheme cluster whose width terminals disagree on shown as
/// one plain glyph (see [`plain_glyph`]).
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let escaped = escape::terminal(text);
    if !escaped.chars().any(is_cluster_part) {
        return escaped;
    }
    Cow::Owned(escaped.graphemes(true).map(plain_glyph).collect())
}

/// Characters that build multi-character emoji: the zero-width joiner, the emoji and text
/// presentation selectors, skin-tone modifiers, regional indicators (flags), the keycap mark
/// and tag characters (subdivision flags).
fn is_cluster_part(c: char) -> bool {
    matches!(
        c,
        '\u{200d}'
            | '\u{fe0e}'
            | '\u{fe0f}'
            | '\u{1f3fb}'..='\u{1f3ff}'
            | '\u{1f1e6}'..='\u{1f1ff}'
            | '\u{20e3}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// A grapheme as one glyph every terminal draws at the width ratatui counts. Terminals differ
/// on joined emoji (a family may take 2 cells or 6), flags, skin tones and presentation
/// selectors, and where they draw wider than counted, cells go stale when the view changes.
/// So a flag becomes its two letters (🇫🇷 → FR), an emoji sequence its first emoji
/// (👍🏽 → 👍, ❤️ → ❤); a joiner between letters (Indic, Arabic) stays.
fn plain_glyph(grapheme: &str) -> Cow<'_, str> {
    let is_flag_letter = |c: char| ('\u{1f1e6}'..='\u{1f1ff}').contains(&c);
    if grapheme.chars().all(is_flag_letter) {
        return grapheme
            .chars()
            .map(|c| char::from(b'A' + (u32::from(c) - 0x1f1e6) as u8))
            .collect();
    }
    let mut chars = grapheme.chars();
    let first = chars.next().unwrap_or(' ');
    let emoji_base = matches!(first, '\u{2190}'..='\u{2bff}' | '\u{1f000}'..='\u{1faff}')
        || first.is_ascii_digit()
        || matches!(first, '#' | '*');
    if emoji_base && grapheme.chars().any(is_cluster_part) {
        return Cow::Owned(first.to_string());
    }
    if grapheme.contains(['\u{fe0e}', '\u{fe0f}']) {
        return Cow::Owned(grapheme.replace(['\u{fe0e}', '\u{fe0f}'], ""));
    }
    Cow::Borrowed(grapheme)
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

/// A grapheme as shown: its sanitised glyph (printable ASCII, most of any text, as itself).
fn shown(grapheme: &str) -> Cow<'_, str> {
    match grapheme.as_bytes() {
        [b' '..=b'~'] => Cow::Borrowed(grapheme),
        _ => sanitize(grapheme),
    }
}

fn is_space(grapheme: &str) -> bool {
    grapheme.chars().all(char::is_whitespace)
}

/// Where `text` wraps at `columns` display columns: the byte range of each line, greedy at
/// spaces, words longer than a line broken, no spaces at either end of a line. One pass over
/// the graphemes; a word is held (its graphemes' places and widths) only until it is placed,
/// and at most a line's width of it, so a huge word costs no memory.
pub fn wrap_ranges(text: &str, columns: usize) -> Vec<Range<usize>> {
    let mut wrapper = Wrapper {
        columns: columns.max(1),
        ..Wrapper::default()
    };
    for (start, grapheme) in text.grapheme_indices(true) {
        let w = width(&shown(grapheme));
        if is_space(grapheme) {
            wrapper.place_word();
            wrapper.continuing = false;
            wrapper.space(start..start + grapheme.len(), w);
        } else {
            wrapper.word.push((start..start + grapheme.len(), w));
            wrapper.word_width += w;
            if wrapper.word_width > wrapper.columns {
                // it cannot fit on any line: break what is held now
                wrapper.place_word();
                wrapper.continuing = true;
            }
        }
    }
    wrapper.place_word();
    if wrapper.line_end > wrapper.line_start {
        wrapper.lines.push(wrapper.line_start..wrapper.line_end);
    }
    wrapper.lines
}

#[derive(Default)]
struct Wrapper {
    columns: usize,
    lines: Vec<Range<usize>>,
    line_start: usize,
    /// End of the last non-space grapheme on the line.
    line_end: usize,
    line_width: usize,
    /// The word being read: each grapheme's bytes and width.
    word: Vec<(Range<usize>, usize)>,
    word_width: usize,
    /// The word is the rest of one already being broken across lines.
    continuing: bool,
}

impl Wrapper {
    fn break_line(&mut self, next_start: usize) {
        self.lines.push(self.line_start..self.line_end);
        self.line_start = next_start;
        self.line_width = 0;
    }

    fn space(&mut self, bytes: Range<usize>, w: usize) {
        if self.line_width == 0 {
            self.line_start = bytes.end;
        } else if self.line_width + w <= self.columns {
            self.line_width += w;
        } else {
            self.break_line(bytes.end);
        }
    }

    fn place_word(&mut self) {
        let Some(first) = self.word.first().map(|(bytes, _)| bytes.start) else {
            return;
        };
        if !self.continuing
            && self.line_width > 0
            && self.line_width + self.word_width > self.columns
        {
            self.break_line(first);
        }
        if self.line_width + self.word_width <= self.columns {
            self.line_width += self.word_width;
            self.line_end = self.word.last().map_or(first, |(bytes, _)| bytes.end);
        } else {
            for (bytes, w) in std::mem::take(&mut self.word) {
                if self.line_width > 0 && self.line_width + w > self.columns {
                    self.break_line(bytes.start);
                }
                self.line_width += w;
                self.line_end = bytes.end;
            }
        }
        self.word.clear();
        self.word_width = 0;
    }
}

/// Byte ranges of a text drawn in one style: sorted by start, not overlapping.
#[derive(Debug, Clone, Copy)]
pub struct Layer<'a> {
    pub ranges: &'a [Range<usize>],
    pub style: Style,
}

/// Sorts ranges and merges those that overlap or touch, for a [`Layer`].
pub fn merged(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_unstable_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

/// The line `text[line]` styled: each grapheme in `base`, patched by the last layer covering
/// its first byte. The layers are swept along with the graphemes,
/// so the cost is the line's length plus a binary search per layer.
pub fn styled_line(text: &str, line: Range<usize>, base: Style, layers: &[Layer]) -> Line<'static> {
    let mut next: Vec<usize> = layers
        .iter()
        .map(|layer| layer.ranges.partition_point(|r| r.end <= line.start))
        .collect();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = base;
    for (offset, grapheme) in text[line.clone()].grapheme_indices(true) {
        let at = line.start + offset;
        let mut style = base;
        for (layer, next) in layers.iter().zip(&mut next) {
            while layer.ranges.get(*next).is_some_and(|r| r.end <= at) {
                *next += 1;
            }
            if layer.ranges.get(*next).is_some_and(|r| r.start <= at) {
                style = base.patch(layer.style);
            }
        }
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push_str(&shown(grapheme));
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    Line::from(spans)
}

/// `text` wrapped to `columns` in one style (a title).
pub fn wrap(text: &str, columns: usize, style: Style) -> impl Iterator<Item = Line<'static>> {
    wrap_ranges(text, columns)
        .into_iter()
        .map(move |line| styled_line(text, line, style, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};

    fn plain(text: &str, columns: usize) -> Vec<String> {
        wrap(text, columns, Style::new())
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(sanitize("a\x1b[31mb\x07"), "a␛[31mb␇");
        assert_eq!(sanitize("x\u{9b}2J"), "x\\u{9b}2J");
        assert_eq!(sanitize("tab\there"), "tab here");
        assert!(matches!(sanitize("plain ü 漢"), Cow::Borrowed(_)));
    }

    #[test]
    fn zero_width_characters_are_spelled_out() {
        assert_eq!(
            sanitize("a\u{200b}b\u{2060}c\u{feff}"),
            "a\\u{200b}b\\u{2060}c\\u{feff}"
        );
    }

    #[test]
    fn emoji_sequences_become_one_glyph_of_the_counted_width() {
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(sanitize(family), "👨");
        assert_eq!(sanitize("ok 👍🏽!"), "ok 👍!");
        assert_eq!(sanitize("🇫🇷 and 🇩🇪"), "FR and DE");
        assert_eq!(sanitize("❤\u{fe0f} 1\u{fe0f}\u{20e3}"), "❤ 1");
        // a joiner inside a word of a script that uses it is kept
        let malayalam = "ന\u{d4d}\u{200d}";
        assert_eq!(sanitize(malayalam), malayalam);
        for text in [family, "👍🏽", "🇫🇷", "❤\u{fe0f}"] {
            for grapheme in sanitize(text).graphemes(true) {
                assert_eq!(grapheme.chars().count(), 1, "{text:?}");
            }
        }
    }

    #[test]
    fn wraps_at_spaces_by_display_width() {
        assert_eq!(plain("one two three four", 9), ["one two", "three", "four"]);
        // wide characters take two columns each
        assert_eq!(plain("漢字漢字漢", 4), ["漢字", "漢字", "漢"]);
        assert_eq!(plain("  lead  and  trail  ", 5), ["lead", "and", "trail"]);
        assert!(plain("   ", 5).is_empty());
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let text = "cafe\u{301}s cafe\u{301}s";
        assert_eq!(plain(text, 5), ["cafe\u{301}s", "cafe\u{301}s"]);
    }

    #[test]
    fn long_words_are_broken() {
        assert_eq!(plain("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(plain("ab cdefghij", 4), ["ab", "cdef", "ghij"]);
        assert_eq!(plain("ab cdefghij kl", 4), ["ab", "cdef", "ghij", "kl"]);
        assert_eq!(plain("abcdefghi j", 4), ["abcd", "efgh", "i j"]);
        assert_eq!(
            plain("漢字漢字漢字漢 x", 5),
            ["漢字", "漢字", "漢字", "漢 x"]
        );
    }

    #[test]
    fn escaped_characters_are_measured_as_shown() {
        // `\u{200b}` takes eight columns once spelled out, and is never split
        assert_eq!(plain("ab\u{200b}", 4), ["ab", "\\u{200b}"]);
        assert_eq!(plain("ab\u{200b}", 12), ["ab\\u{200b}"]);
    }

    #[test]
    fn layers_style_their_bytes_and_the_last_covering_layer_wins() {
        let text = "aa bb cc dd";
        let red = Style::new().fg(Color::Red);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let mentions = merged(vec![6..8, 3..5, 4..6, 9..9]);
        assert_eq!(mentions, [3..8, 9..9]);
        let emphasised = [6..11, 20..21];
        let layers = [
            Layer {
                ranges: &mentions,
                style: red,
            },
            Layer {
                ranges: &emphasised,
                style: bold,
            },
        ];
        let lines = wrap_ranges(text, 5);
        assert_eq!(lines, [0..5, 6..11]);
        let first = styled_line(text, lines[0].clone(), Style::new(), &layers);
        assert_eq!(first.to_string(), "aa bb");
        assert_eq!(first.spans.last().unwrap().content, "bb");
        assert_eq!(first.spans.last().unwrap().style, red);
        let second = styled_line(text, lines[1].clone(), Style::new(), &layers);
        assert_eq!(second.spans.len(), 1);
        assert_eq!(second.spans[0].content, "cc dd");
        assert_eq!(second.spans[0].style, bold);
    }

    #[test]
    fn truncation_respects_width() {
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("short", 10), "short");
    }
}
