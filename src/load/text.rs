//! Plain text: lines and paragraphs, and the text builder every format uses to fold whitespace
//! while keeping a map back to file bytes.

use super::{Draft, Piece};
use crate::model::{BlockKind, OffsetMap};

/// A line of the file, trimmed: `start..end` are file offsets of its first and last non-space
/// bytes. `blank_before` is true when an empty line (or the file start) precedes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub blank_before: bool,
}

/// The non-blank lines of `text[from..]`, split on `\n`, `\r\n` or a lone `\r`.
pub fn lines(text: &str, from: usize) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut line_start = from;
    let mut blank_before = true;
    let mut pos = from;
    while line_start <= bytes.len() {
        pos = memchr::memchr2(b'\n', b'\r', &bytes[pos..]).map_or(bytes.len(), |at| pos + at);
        let line_end = pos;
        let trimmed = &text[line_start..line_end];
        let content = trimmed.trim_start();
        let start = line_end - content.len();
        let end = start + content.trim_end().len();
        if start < end {
            lines.push(Line {
                start,
                end,
                blank_before,
            });
            blank_before = false;
        } else {
            blank_before = true;
        }
        if pos >= bytes.len() {
            break;
        }
        pos += if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        line_start = pos;
    }
    lines
}

/// Splits plain text into blocks: one per line, or one per blank-line separated paragraph when
/// the text is hard-wrapped (its paragraphs run over several short lines).
pub fn drafts(text: &str, from: usize) -> Vec<Draft> {
    let lines = lines(text, from);
    let mut drafts = Vec::new();
    if is_hard_wrapped(text, &lines) {
        let mut builder = TextBuilder::default();
        let mut paragraph_has_gap = true;
        for (i, line) in lines.iter().enumerate() {
            if line.blank_before && i > 0 {
                drafts.extend(builder.finish_draft(BlockKind::Body, paragraph_has_gap));
                paragraph_has_gap = true;
            }
            if i > 0 && !line.blank_before {
                builder.push_space(lines[i - 1].end, line.start);
            }
            builder.push_copy(&text[line.start..line.end], line.start);
        }
        drafts.extend(builder.finish_draft(BlockKind::Body, paragraph_has_gap));
    } else {
        for line in &lines {
            let block = Piece::verbatim(BlockKind::Body, line.start, &text[line.start..line.end]);
            drafts.push(Draft::new(block, line.blank_before));
        }
    }
    mark_gaps_after(&mut drafts);
    drafts
}

/// Sets `gap_after` from the next draft's `gap_before` (the last draft is followed by the end).
pub fn mark_gaps_after(drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        drafts[i].gap_after = drafts.get(i + 1).is_none_or(|next| next.gap_before);
    }
}

/// Hard-wrapped text has paragraphs of several lines that mostly fill a fixed width and break
/// mid-sentence; news copy pasted from a page has one paragraph per line instead.
fn is_hard_wrapped(text: &str, lines: &[Line]) -> bool {
    const MAX_WIDTH: usize = 100;
    const MIN_FILL: usize = 40;
    let width = |line: &Line| text[line.start..line.end].chars().count();
    if lines.iter().any(|line| width(line) > MAX_WIDTH) {
        return false;
    }
    // Lines followed by another line of the same paragraph.
    let continued: Vec<&Line> = lines
        .windows(2)
        .filter(|pair| !pair[1].blank_before)
        .map(|pair| &pair[0])
        .collect();
    if continued.len() < 3 {
        return false;
    }
    let filled = continued.iter().filter(|l| width(l) >= MIN_FILL).count();
    let open = continued
        .iter()
        .filter(|l| !ends_sentence(&text[l.start..l.end]))
        .count();
    filled * 10 >= continued.len() * 7 && open * 2 >= continued.len()
}

/// Whether a line ends like a sentence (terminal punctuation, possibly inside quotes).
pub fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Builds a block's text piece by piece, folding whitespace runs into one space and dropping
/// leading and trailing whitespace, while recording where every piece came from in the file.
#[derive(Debug, Default)]
pub struct TextBuilder {
    text: String,
    map: OffsetMap,
    /// File range of whitespace seen since the last text, written out before the next text.
    pending_space: Option<(usize, usize)>,
    /// The pending whitespace is one plain space in the file, so it can stay a verbatim copy.
    pending_is_plain_space: bool,
    /// Text is being pushed from inside a link, and how many bytes of it so far.
    in_link: bool,
    linked_bytes: usize,
}

impl TextBuilder {
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Text copied verbatim from `file_start`.
    pub fn push_copy(&mut self, piece: &str, file_start: usize) {
        let mut run_start = 0;
        let mut in_space = None;
        for (i, c) in piece.char_indices() {
            let space = c.is_whitespace();
            if in_space != Some(space) {
                if let Some(was_space) = in_space {
                    self.copy_run(&piece[run_start..i], file_start + run_start, was_space);
                }
                in_space = Some(space);
                run_start = i;
            }
        }
        if let Some(was_space) = in_space {
            self.copy_run(&piece[run_start..], file_start + run_start, was_space);
        }
    }

    fn copy_run(&mut self, run: &str, file_start: usize, is_space: bool) {
        if is_space {
            let was_pending = self.pending_space.is_some();
            self.push_space(file_start, file_start + run.len());
            self.pending_is_plain_space = !was_pending && run == " ";
        } else {
            self.flush_space();
            self.map.push_copy(self.text.len(), file_start, run.len());
            self.text.push_str(run);
            self.count_linked(run.len());
        }
    }

    /// Text that stands for the file bytes `file_start..file_end` as a whole (a decoded
    /// entity, an unescaped character).
    pub fn push_replacement(&mut self, piece: &str, file_start: usize, file_end: usize) {
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            if !piece.is_empty() {
                self.push_space(file_start, file_end);
            }
            return;
        }
        if trimmed.len() < piece.len() && piece.starts_with(char::is_whitespace) {
            self.push_space(file_start, file_start);
        }
        self.flush_space();
        let start = self.text.len();
        if trimmed.contains(char::is_whitespace) {
            self.text
                .push_str(&trimmed.split_whitespace().collect::<Vec<_>>().join(" "));
        } else {
            self.text.push_str(trimmed);
        }
        self.map
            .push_replacement(start, self.text.len() - start, file_start, file_end);
        self.count_linked(trimmed.len());
        if piece.ends_with(char::is_whitespace) {
            self.push_space(file_end, file_end);
        }
    }

    /// Whether the text pushed next comes from inside a link.
    pub fn set_in_link(&mut self, in_link: bool) {
        self.in_link = in_link;
    }

    fn count_linked(&mut self, len: usize) {
        if self.in_link {
            self.linked_bytes += len;
        }
    }

    /// Whitespace (or a line break, or markup read as a break) over `file_start..file_end`.
    pub fn push_space(&mut self, file_start: usize, file_end: usize) {
        self.pending_is_plain_space = false;
        self.pending_space = Some(match self.pending_space {
            Some((start, _)) => (start, file_end),
            None => (file_start, file_end),
        });
    }

    fn flush_space(&mut self) {
        if let Some((start, end)) = self.pending_space.take()
            && !self.text.is_empty()
        {
            // A single plain space stays a verbatim copy, so verbatim text keeps one run.
            if self.pending_is_plain_space {
                self.map.push_copy(self.text.len(), start, 1);
            } else {
                self.map.push_replacement(self.text.len(), 1, start, end);
            }
            self.text.push(' ');
        }
    }

    /// Marks where whitespace would go without knowing its file range: tag boundaries.
    pub fn push_break(&mut self, at: usize) {
        if !self.text.is_empty() && self.pending_space.is_none() {
            self.pending_space = Some((at, at));
        }
    }

    /// The block built so far (if it has any text); the builder starts afresh.
    pub fn finish(&mut self, kind: BlockKind) -> Option<Piece> {
        self.pending_space = None;
        self.linked_bytes = 0;
        let text = std::mem::take(&mut self.text);
        let map = std::mem::take(&mut self.map);
        if text.is_empty() {
            return None;
        }
        let start = map.file_start(0);
        let end = map.file_end(text.len());
        Some(Piece {
            kind,
            start,
            end,
            text,
            map,
        })
    }

    /// The block built so far as a draft, noting whether all its text was link text.
    pub fn finish_draft(&mut self, kind: BlockKind, gap_before: bool) -> Option<Draft> {
        let linked = self.linked_bytes;
        self.finish(kind).map(|block| {
            let text_bytes = block.text.bytes().filter(|b| *b != b' ').count();
            let mut draft = Draft::new(block, gap_before);
            draft.all_link = linked > 0 && linked >= text_bytes;
            draft
        })
    }
}

/// The part `from..to` of a block's text as a block of its own, mapped to the same file bytes.
pub fn sub_block(block: &Piece, from: usize, to: usize, kind: BlockKind) -> Piece {
    let text = &block.text[from..to];
    if block.map.is_identity() && block.map.file_start(0) == block.start {
        return Piece::verbatim(kind, block.start + from, text);
    }
    let mut map = OffsetMap::default();
    for (at, c) in text.char_indices() {
        let (file_start, file_end) = block.file_span(from + at, from + at + c.len_utf8());
        let file_end = file_end.max(file_start);
        if file_end - file_start == c.len_utf8() {
            map.push_copy(at, file_start, c.len_utf8());
        } else {
            map.push_replacement(at, c.len_utf8(), file_start, file_end);
        }
    }
    Piece {
        kind,
        start: map.file_start(0),
        end: map.file_end(text.len()),
        text: text.to_owned(),
        map,
    }
}

/// The longest block text a block keeps. Extraction holds a block's words at once (about sixty
/// bytes a word: one 16 MB line of `?` took 900 MB), so a longer text, which no real paragraph
/// is, is cut into blocks of at most this many bytes.
pub const MAX_BLOCK_BYTES: usize = 64 * 1024;

/// `piece` as blocks of at most [`MAX_BLOCK_BYTES`] each, cut after the last sentence end that
/// leaves at least half a block, else at the last space, else at a character boundary.
pub fn bounded(piece: Piece) -> Vec<Piece> {
    if piece.text.len() <= MAX_BLOCK_BYTES {
        return vec![piece];
    }
    let ranges = cut_ranges(&piece.text, MAX_BLOCK_BYTES, |window| {
        let sentence_end = window
            .rmatch_indices(". ")
            .chain(window.rmatch_indices("? "))
            .chain(window.rmatch_indices("! "))
            .map(|(at, _)| at + 1)
            .filter(|&at| at >= MAX_BLOCK_BYTES / 2)
            .max();
        sentence_end.or_else(|| window.rfind(' ').filter(|&at| at > 0))
    });
    ranges
        .into_iter()
        .filter_map(|(from, to)| {
            let part = &piece.text[from..to];
            let from = from + part.len() - part.trim_start_matches(' ').len();
            (from < to).then(|| sub_block(&piece, from, to, piece.kind))
        })
        .collect()
}

/// `text` as consecutive ranges of at most `limit` bytes: each ends where `cut` puts it in the
/// text up to the limit (a length, not zero), else at the limit's character boundary.
pub fn cut_ranges(
    text: &str,
    limit: usize,
    cut: impl Fn(&str) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    while text.len() - start > limit {
        let mut end = start + limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[start..end];
        let at = cut(window).filter(|&at| at > 0).unwrap_or(window.len());
        ranges.push((start, start + at));
        start += at;
    }
    ranges.push((start, text.len()));
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_handle_every_line_ending() {
        let text = "a\r\nb\rc\n\n d ";
        let found: Vec<&str> = lines(text, 0)
            .iter()
            .map(|l| &text[l.start..l.end])
            .collect();
        assert_eq!(found, ["a", "b", "c", "d"]);
        let gaps: Vec<bool> = lines(text, 0).iter().map(|l| l.blank_before).collect();
        assert_eq!(gaps, [true, false, false, true]);
    }

    #[test]
    fn builder_folds_whitespace_and_maps_back() {
        let file = "  one \n\t two  three ";
        let mut builder = TextBuilder::default();
        builder.push_copy(file, 0);
        let block = builder.finish(BlockKind::Body).unwrap();
        assert_eq!(block.text, "one two three");
        assert_eq!((block.start, block.end), (2, 19));
        let two = block.text.find("two").unwrap();
        assert_eq!(block.file_span(two, two + 3), (9, 12));
        assert_eq!(&file[9..12], "two");
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Headline\n\nThis paragraph was wrapped by an editor at a fixed\nwidth so that every line is about the same length\nand breaks in the middle of a sentence like this.\n\nA second paragraph that is also wrapped at the same\nwidth and continues on the next line as well.\n";
        let drafts = drafts(text, 0);
        assert_eq!(drafts.len(), 3);
        assert!(
            drafts[1]
                .block
                .text
                .starts_with("This paragraph was wrapped by an editor at a fixed width")
        );
        let (s, e) = (drafts[1].block.start, drafts[1].block.end);
        assert!(text[s..e].ends_with("like this."));
    }

    #[test]
    fn one_paragraph_per_line_stays_split() {
        let text = "Short headline\nA first paragraph that ends here.\nA second paragraph that ends here too.\nA third one.";
        assert_eq!(drafts(text, 0).len(), 4);
    }

    #[test]
    fn long_text_is_cut_into_bounded_blocks_at_sentence_ends() {
        let sentence = "Officials said the road was closed for the night. ";
        let file = format!(
            "  {}",
            sentence.repeat(3 * MAX_BLOCK_BYTES / sentence.len())
        );
        let mut builder = TextBuilder::default();
        builder.push_copy(&file, 0);
        let whole = builder.finish(BlockKind::Body).unwrap();
        let parts = bounded(whole.clone());
        assert!(parts.len() >= 3);
        let mut previous_end = whole.start;
        for part in &parts {
            assert!(part.text.len() <= MAX_BLOCK_BYTES);
            assert!(part.text.ends_with('.') && part.text.starts_with("Officials"));
            assert_eq!(&file[part.start..part.end], part.text);
            assert!(part.start >= previous_end);
            previous_end = part.end;
        }
        assert_eq!(previous_end, whole.end);
        let unbroken = "?".repeat(MAX_BLOCK_BYTES + 10);
        let parts = bounded(Piece::verbatim(BlockKind::Body, 5, &unbroken));
        let lengths: Vec<usize> = parts.iter().map(|p| p.text.len()).collect();
        assert_eq!(lengths, [MAX_BLOCK_BYTES, 10]);
        assert_eq!(parts[1].start, 5 + MAX_BLOCK_BYTES);
    }
}
