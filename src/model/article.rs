//! Loaded articles: their blocks, kinds, and the map from clean text back to file bytes.

use super::{ArticleId, Interned};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;
use thin_vec::ThinVec;

/// What a block of an article is. Everything but `Headline`, `Standfirst` and `Body` is page
/// furniture: kept (so offsets and the TUI stay faithful) but flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Headline,
    /// Summary under the headline: front-matter excerpt, bullet points, a deck.
    Standfirst,
    Body,
    /// An inline heading inside the article ("What do we know about …?").
    Subheading,
    Dateline,
    Byline,
    Caption,
    /// Front matter, "Follow", "Short Url", tags, author bios, filler phrases.
    Boilerplate,
    /// A second, unrelated story the site appended after the article.
    Appended,
}

impl BlockKind {
    /// Text an analyst reads as the article's own reporting.
    pub fn is_article_text(self) -> bool {
        matches!(self, Self::Headline | Self::Standfirst | Self::Body)
    }

    /// Blocks claims are extracted from. Captions and subheadings are included (their claims
    /// are flagged by the block kind they come from: a live blog's entries open with a
    /// headline-like subheading that states the figure); boilerplate and appended stories are
    /// not.
    pub fn is_extractable(self) -> bool {
        self.is_article_text() || matches!(self, Self::Caption | Self::Subheading)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Headline => "headline",
            Self::Standfirst => "standfirst",
            Self::Body => "body",
            Self::Subheading => "subheading",
            Self::Dateline => "dateline",
            Self::Byline => "byline",
            Self::Caption => "caption",
            Self::Boilerplate => "boilerplate",
            Self::Appended => "appended",
        }
    }
}

/// Maps byte positions in a block's clean text back to byte positions in the original file.
///
/// Text copied verbatim maps by an offset and needs no runs (most blocks). HTML text drops
/// tags and decodes entities, so it is stitched from runs; a run whose text length differs
/// from its source length (an entity) is atomic: positions inside it map to its start or end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// Where text position 0 is in the file, when there are no runs.
    base: usize,
    runs: ThinVec<Run>,
}

/// Positions are u32 (files of 4 GiB or more are refused: [`MAX_FILE_BYTES`]), since runs
/// are most of the memory an HTML article's maps take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    text_start: u32,
    text_end: u32,
    file_start: u32,
    file_end: u32,
}

impl Run {
    fn is_copy(&self) -> bool {
        self.text_end - self.text_start == self.file_end - self.file_start
    }
}

/// The largest file whose offsets an [`OffsetMap`] can hold; the loader refuses larger ones.
pub const MAX_FILE_BYTES: u64 = u32::MAX as u64;

pub(super) fn narrow(position: usize) -> u32 {
    u32::try_from(position).expect("file offsets fit in u32: the loader refuses larger files")
}

impl OffsetMap {
    /// Text that is a verbatim copy of the file from `file_start` on.
    pub fn identity(file_start: usize) -> Self {
        Self {
            base: file_start,
            runs: ThinVec::new(),
        }
    }

    /// Whether the text is a plain copy of the file from one offset on.
    pub fn is_identity(&self) -> bool {
        self.copy_start().is_some()
    }

    /// Where a text that is a plain copy of the file starts in it: the offset with no runs,
    /// or the start of one copy run from text position 0 (as a text builder leaves it).
    fn copy_start(&self) -> Option<usize> {
        match self.runs[..] {
            [] => Some(self.base),
            [run] if run.is_copy() && run.text_start == 0 => Some(run.file_start as usize),
            _ => None,
        }
    }

    /// Appends text copied verbatim from the file.
    pub fn push_copy(&mut self, text_start: usize, file_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        let (text_start, file_start, len) = (narrow(text_start), narrow(file_start), narrow(len));
        if let Some(last) = self.runs.last_mut()
            && last.is_copy()
            && last.text_end == text_start
            && last.file_end == file_start
        {
            last.text_end += len;
            last.file_end += len;
            return;
        }
        self.runs.push(Run {
            text_start,
            text_end: text_start + len,
            file_start,
            file_end: file_start + len,
        });
    }

    /// Appends text that replaces `file_start..file_end` as a whole (a decoded entity, a
    /// whitespace run folded to one space).
    pub fn push_replacement(
        &mut self,
        text_start: usize,
        text_len: usize,
        file_start: usize,
        file_end: usize,
    ) {
        if text_len == 0 {
            return;
        }
        self.runs.push(Run {
            text_start: narrow(text_start),
            text_end: narrow(text_start + text_len),
            file_start: narrow(file_start),
            file_end: narrow(file_end),
        });
    }

    /// The same map in the least memory: one copy run from text position 0 becomes an
    /// offset, and other runs give back their spare capacity.
    fn compacted(mut self) -> Self {
        match self.copy_start() {
            Some(start) => Self::identity(start),
            None => {
                self.runs.shrink_to_fit();
                self
            }
        }
    }

    /// File offset of the character starting at text position `pos`.
    pub fn file_start(&self, pos: usize) -> usize {
        file_start(self.base, &self.runs, pos)
    }

    /// File offset just after the character ending at text position `pos`.
    pub fn file_end(&self, pos: usize) -> usize {
        file_end(self.base, &self.runs, pos)
    }

    /// The runs a block starting at file offset `start` keeps: none at all when the text is
    /// a copy of the file from there.
    fn into_runs_from(self, start: usize, text_len: usize) -> ThinVec<Run> {
        let map = self.compacted();
        if !map.runs.is_empty() || map.base == start {
            return map.runs;
        }
        let mut copy = Self::default();
        copy.push_copy(0, map.base, text_len);
        copy.runs
    }
}

fn run_at(runs: &[Run], pos: usize, is_end: bool) -> Option<&Run> {
    let idx = runs.partition_point(|r| {
        let text_end = r.text_end as usize;
        if is_end {
            text_end < pos
        } else {
            text_end <= pos
        }
    });
    runs.get(idx).or(runs.last())
}

/// File offset of the character starting at text position `pos`, for text that is the file
/// from `base` on where there are no runs.
fn file_start(base: usize, runs: &[Run], pos: usize) -> usize {
    if runs.is_empty() {
        return base + pos;
    }
    match run_at(runs, pos, false) {
        None => 0,
        Some(r) if pos >= r.text_end as usize => r.file_end as usize,
        Some(r) if r.is_copy() => r.file_start as usize + pos.saturating_sub(r.text_start as usize),
        Some(r) => r.file_start as usize,
    }
}

/// File offset just after the character ending at text position `pos` (see [`file_start`]).
fn file_end(base: usize, runs: &[Run], pos: usize) -> usize {
    if runs.is_empty() {
        return base + pos;
    }
    match run_at(runs, pos, true) {
        None => 0,
        Some(r) if pos <= r.text_start as usize => r.file_start as usize,
        Some(r) if r.is_copy() => {
            r.file_start as usize + (pos.min(r.text_end as usize) - r.text_start as usize)
        }
        Some(r) => r.file_end as usize,
    }
}

/// Where the text of a block that is not a verbatim stretch of the file (tags stripped,
/// entities decoded, lines joined) is kept, `start..end` of the article's rewritten text, and
/// how its positions map to the file ([`OffsetMap`]'s runs; none for text that is the file
/// from the block's start on).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rewrite {
    start: u32,
    end: u32,
    runs: ThinVec<Run>,
}

/// A contiguous piece of an article: `start..end` are byte offsets into the original file.
/// Its text, what a reader sees (tags stripped, entities decoded, for HTML), is
/// [`Article::text`]. Offsets are u32, as a file's are ([`MAX_FILE_BYTES`]), and what only
/// a rewritten block needs is boxed (most blocks of most files are verbatim): twenty-four
/// bytes a block, as a corpus holds hundreds of thousands of blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    start: u32,
    end: u32,
    /// `None` for a block whose text is the file's own text at `start..end`.
    #[serde(skip)]
    rewrite: Option<Box<Rewrite>>,
}

impl Block {
    /// Byte offset of its start in the original file.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset of its end in the original file.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// File span of the text range `start..end` of this block.
    pub fn file_span(&self, start: usize, end: usize) -> (usize, usize) {
        let runs = self.rewrite.as_ref().map_or(&[][..], |r| &r.runs);
        (
            file_start(self.start(), runs, start),
            file_end(self.start(), runs, end),
        )
    }

    /// Whether the block's text is the file's own text at `start..end`.
    pub fn is_verbatim(&self) -> bool {
        self.rewrite.is_none()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// An article's file: its bytes as text, the same length as the file (invalid UTF-8 bytes
/// read as `?`, a byte-order mark as spaces) so that every text offset is a file offset, and
/// the bytes themselves only where they differ from that text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Source {
    text: String,
    differing_bytes: Option<Vec<u8>>,
}

impl Source {
    fn bytes(&self) -> &[u8] {
        self.differing_bytes
            .as_deref()
            .unwrap_or(self.text.as_bytes())
    }
}

/// One loaded article. Serialised with its title ([`Article::title`]) as a field of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Stable within a run: `a1`, `a2`, … in load order.
    pub id: ArticleId,
    /// The path as given (or as found under a given folder); `-` for stdin; `assets/articles/NAME` for
    /// the bundled sample.
    pub path: String,
    /// The title, or `None` where it is the text of the first headline block (most are): read
    /// from the text rather than kept twice. See [`Article::title`].
    title: Option<Box<str>>,
    pub outlet: Option<String>,
    /// ISO 8601 (`2026-01-31` or `2026-01-31T19:57:00+05:30`) where it could be normalised,
    /// else the date as written. Interned, so that each timeline entry of the article's claims
    /// holds the handle rather than a copy of the text.
    pub published: Option<Interned>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub format: Format,
    pub blocks: Vec<Block>,
    source: Source,
    /// The texts of blocks that are not verbatim stretches of the file, one after another.
    rewritten: String,
}

impl Serialize for Article {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut fields = serializer.serialize_struct("Article", 9)?;
        fields.serialize_field("id", &self.id)?;
        fields.serialize_field("path", &self.path)?;
        fields.serialize_field("title", self.title())?;
        fields.serialize_field("outlet", &self.outlet)?;
        fields.serialize_field("published", &self.published)?;
        fields.serialize_field("author", &self.author)?;
        fields.serialize_field("url", &self.url)?;
        fields.serialize_field("format", &self.format)?;
        fields.serialize_field("blocks", &self.blocks)?;
        fields.end()
    }
}

impl Article {
    /// An article with the given id and path and nothing else yet.
    pub fn new(id: ArticleId, path: impl Into<String>) -> Self {
        Self {
            id,
            path: path.into(),
            // an empty box allocates nothing
            title: Some(Box::default()),
            outlet: None,
            published: None,
            author: None,
            url: None,
            format: Format::Text,
            blocks: Vec::new(),
            source: Source::default(),
            rewritten: String::new(),
        }
    }

    /// An article whose file is `text`, with one block per `(kind, text)` part: each part is
    /// found in `text` after the previous one and kept verbatim. (For tests and benches that
    /// build articles without files.)
    pub fn from_parts(
        id: ArticleId,
        path: impl Into<String>,
        text: &str,
        parts: &[(BlockKind, &str)],
    ) -> Self {
        let mut article = Self::new(id, path);
        article.set_source(text.as_bytes().to_vec(), text.to_owned());
        let mut from = 0;
        for &(kind, part) in parts {
            let start = from
                + text[from..]
                    .find(part)
                    .expect("each part is in the text, in order");
            from = start + part.len();
            article.push_block(kind, start, from, part, OffsetMap::identity(start));
        }
        article
    }

    /// Sets the file: its `bytes`, and `text`, the bytes read as text (the same length).
    pub fn set_source(&mut self, bytes: Vec<u8>, text: String) {
        debug_assert_eq!(bytes.len(), text.len(), "text offsets are file offsets");
        let differing_bytes = (bytes != text.as_bytes()).then_some(bytes);
        self.source = Source {
            text,
            differing_bytes,
        };
    }

    /// Adds a block spanning `start..end` of the file whose text is `text`, mapped back to the
    /// file by `map`. A block whose text is the file's own text there takes no memory of its own.
    pub fn push_block(
        &mut self,
        kind: BlockKind,
        start: usize,
        end: usize,
        text: &str,
        map: OffsetMap,
    ) {
        let runs = map.into_runs_from(start, text.len());
        let verbatim = runs.is_empty() && self.source.text.get(start..end) == Some(text);
        let rewrite = (!verbatim).then(|| {
            let from = self.rewritten.len();
            self.rewritten.push_str(text);
            Box::new(Rewrite {
                start: narrow(from),
                end: narrow(self.rewritten.len()),
                runs,
            })
        });
        self.blocks.push(Block {
            kind,
            start: narrow(start),
            end: narrow(end),
            rewrite,
        });
    }

    /// The title: as stated, else the headline, else the opening of the text.
    pub fn title(&self) -> &str {
        match &self.title {
            Some(title) => title,
            None => self.headline().unwrap_or_default(),
        }
    }

    /// Sets the title. Once every block is added, a title that is the first headline block's
    /// text takes no memory of its own.
    pub fn set_title(&mut self, title: impl Into<String>) {
        let title = title.into();
        self.title = (self.headline() != Some(&title)).then(|| title.into_boxed_str());
    }

    /// The text of the first headline block.
    fn headline(&self) -> Option<&str> {
        let block = self.blocks.iter().find(|b| b.kind == BlockKind::Headline)?;
        Some(self.text(block))
    }

    /// Gives back spare capacity once every block is added.
    pub fn shrink_to_fit(&mut self) {
        self.blocks.shrink_to_fit();
        self.rewritten.shrink_to_fit();
    }

    /// The text of one of this article's blocks, as a reader sees it.
    pub fn text(&self, block: &Block) -> &str {
        match &block.rewrite {
            None => &self.source.text[block.start()..block.end()],
            Some(r) => &self.rewritten[r.start as usize..r.end as usize],
        }
    }

    /// The file's bytes.
    pub fn raw(&self) -> &[u8] {
        self.source.bytes()
    }

    /// The file's bytes at `start..end`, decoded (lossily, like any reader of the file would).
    pub fn quote(&self, start: usize, end: usize) -> Cow<'_, str> {
        let raw = self.raw();
        let end = end.min(raw.len());
        let start = start.min(end);
        String::from_utf8_lossy(&raw[start..end])
    }

    /// A short name for the source: the outlet, else the file stem.
    pub fn source_name(&self) -> String {
        if let Some(outlet) = &self.outlet {
            return outlet.clone();
        }
        let name = self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path);
        name.rsplit_once('.')
            .map_or(name, |(stem, _)| stem)
            .to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_map_is_an_offset() {
        let map = OffsetMap::identity(100);
        assert_eq!(map.file_start(0), 100);
        assert_eq!(map.file_start(4), 104);
        assert_eq!(map.file_end(10), 110);
    }

    #[test]
    fn one_copy_run_compacts_to_an_offset_and_others_stay() {
        let mut copy = OffsetMap::default();
        copy.push_copy(0, 40, 5);
        copy.push_copy(5, 45, 5);
        assert!(
            copy.is_identity(),
            "one copy run from the start is a plain copy"
        );
        assert_eq!(copy.compacted(), OffsetMap::identity(40));
        let mut stitched = OffsetMap::default();
        stitched.push_copy(0, 40, 5);
        stitched.push_copy(5, 52, 5);
        let compacted = stitched.clone().compacted();
        assert!(!compacted.is_identity());
        assert_eq!(compacted.file_start(6), stitched.file_start(6));
        assert_eq!(compacted.file_start(6), 53);
    }

    #[test]
    fn verbatim_blocks_read_the_source_and_rewritten_ones_their_own_text() {
        let file = "Head\n\n<p>Body &amp; more</p>";
        let mut article = Article::new(ArticleId::from_index(0), "x.html");
        article.set_source(file.as_bytes().to_vec(), file.to_owned());
        article.push_block(BlockKind::Headline, 0, 4, "Head", OffsetMap::identity(0));
        let mut map = OffsetMap::default();
        map.push_copy(0, 9, 5);
        map.push_replacement(5, 1, 14, 19);
        map.push_copy(6, 19, 5);
        article.push_block(BlockKind::Body, 9, 24, "Body & more", map);
        assert!(article.blocks[0].is_verbatim());
        assert!(!article.blocks[1].is_verbatim());
        assert_eq!(article.text(&article.blocks[0]), "Head");
        assert_eq!(article.text(&article.blocks[1]), "Body & more");
        assert_eq!(article.blocks[1].file_span(7, 11), (20, 24));
        assert_eq!(article.raw(), file.as_bytes());
    }

    #[test]
    fn bytes_are_kept_apart_only_where_they_differ_from_the_text() {
        let mut article = Article::new(ArticleId::from_index(0), "x.txt");
        article.set_source(b"ok".to_vec(), "ok".to_owned());
        assert!(article.source.differing_bytes.is_none());
        article.set_source(b"o\xff".to_vec(), "o?".to_owned());
        assert_eq!(article.raw(), b"o\xff");
        assert_eq!(article.quote(0, 2), "o\u{fffd}");
    }

    #[test]
    fn replacement_runs_are_atomic() {
        // text "a&b" from file "a&amp;b" at offset 10
        let mut map = OffsetMap::default();
        map.push_copy(0, 10, 1);
        map.push_replacement(1, 1, 11, 16);
        map.push_copy(2, 16, 1);
        assert_eq!(map.file_start(1), 11);
        assert_eq!(map.file_end(2), 16);
        assert_eq!(map.file_start(2), 16);
        assert_eq!(map.file_end(3), 17);
        assert_eq!(map.file_end(1), 11);
    }

    #[test]
    fn gaps_between_runs_map_to_the_next_run() {
        // text "ab" from "<i>a</i>b": a at 13, b at 18
        let mut map = OffsetMap::default();
        map.push_copy(0, 13, 1);
        map.push_copy(1, 18, 1);
        assert_eq!(map.file_start(1), 18);
        assert_eq!(map.file_end(1), 14);
        assert_eq!(map.file_end(2), 19);
    }
}
