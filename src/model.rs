//! The shared model: what each stage hands to the next.
//!
//! `load` produces [`Article`]s, `extract` produces [`Claim`]s from them, `compare` produces
//! [`Comparison`]s from those, and a [`Report`] carries all three to the TUI and the exporters.
//! The serialised form of [`Report`] is the `extract --json` contract documented in the README.

mod metric;

pub use metric::Metric;

use compact_str::CompactString;
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
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

/// A run-local id: a letter and a number from 1 (`a1` for articles, `c1` for claims, `k1`
/// for comparisons), numbered in order, so an id is also its item's position. Shown and
/// serialised as its text; four bytes in memory.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id<const PREFIX: char>(u32);

pub type ArticleId = Id<'a'>;
pub type ClaimId = Id<'c'>;
pub type ComparisonId = Id<'k'>;
pub type StoryId = Id<'s'>;

impl<const PREFIX: char> Id<PREFIX> {
    /// The id of the item at `index` (0-based) of its list.
    pub fn from_index(index: usize) -> Self {
        let number = u32::try_from(index + 1).expect("fewer than 4 billion items in one run");
        Self(number)
    }

    /// The position of its item in its list.
    pub fn index(self) -> usize {
        self.0 as usize - 1
    }
}

impl<const PREFIX: char> fmt::Display for Id<PREFIX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PREFIX}{}", self.0)
    }
}

impl<const PREFIX: char> fmt::Debug for Id<PREFIX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Text that is not an id of the expected kind (`c0`, `a7` where a claim is meant, `x`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an id of the form {0}<number from 1>")]
pub struct IdError(char);

impl<const PREFIX: char> std::str::FromStr for Id<PREFIX> {
    type Err = IdError;

    fn from_str(text: &str) -> Result<Self, IdError> {
        text.strip_prefix(PREFIX)
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|&n| n > 0)
            .map(Self)
            .ok_or(IdError(PREFIX))
    }
}

/// An id equals its text: `c7` == "c7" (without building the text).
impl<const PREFIX: char> PartialEq<&str> for Id<PREFIX> {
    fn eq(&self, text: &&str) -> bool {
        text.parse::<Self>().is_ok_and(|id| id == *self)
    }
}

impl<const PREFIX: char> Serialize for Id<PREFIX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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

fn narrow(position: usize) -> u32 {
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

/// Where a block's text is kept: most blocks are a verbatim stretch of the file and are read
/// from the article's source text itself; the rest (tags stripped, entities decoded, lines
/// joined) are kept in the article's rewritten text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockText {
    Verbatim,
    Rewritten { start: u32, end: u32 },
}

/// A contiguous piece of an article: `start..end` are byte offsets into the original file.
/// Its text, what a reader sees (tags stripped, entities decoded, for HTML), is
/// [`Article::text`]. (Forty bytes: a corpus holds hundreds of thousands of blocks.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    text: BlockText,
    /// How text positions map to the file ([`OffsetMap`]'s runs); none for text that is the
    /// file from `start` on.
    #[serde(skip)]
    runs: ThinVec<Run>,
}

impl Block {
    /// File span of the text range `start..end` of this block.
    pub fn file_span(&self, start: usize, end: usize) -> (usize, usize) {
        (
            file_start(self.start, &self.runs, start),
            file_end(self.start, &self.runs, end),
        )
    }

    /// Whether the block's text is the file's own text at `start..end`.
    pub fn is_verbatim(&self) -> bool {
        self.text == BlockText::Verbatim
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

/// One loaded article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// Stable within a run: `a1`, `a2`, … in load order.
    pub id: ArticleId,
    /// The path as given (or as found under a given folder); `-` for stdin; `assets/articles/NAME` for
    /// the bundled sample.
    pub path: String,
    pub title: String,
    pub outlet: Option<String>,
    /// ISO 8601 (`2026-01-31` or `2026-01-31T19:57:00+05:30`) where it could be normalised,
    /// else the date as written.
    pub published: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub format: Format,
    pub blocks: Vec<Block>,
    #[serde(skip)]
    source: Source,
    /// The texts of blocks that are not verbatim stretches of the file, one after another.
    #[serde(skip)]
    rewritten: String,
}

impl Article {
    /// An article with the given id and path and nothing else yet.
    pub fn new(id: ArticleId, path: impl Into<String>) -> Self {
        Self {
            id,
            path: path.into(),
            title: String::new(),
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
        let text = if verbatim {
            BlockText::Verbatim
        } else {
            let from = self.rewritten.len();
            self.rewritten.push_str(text);
            BlockText::Rewritten {
                start: narrow(from),
                end: narrow(self.rewritten.len()),
            }
        };
        self.blocks.push(Block {
            kind,
            start,
            end,
            text,
            runs,
        });
    }

    /// Gives back spare capacity once every block is added.
    pub fn shrink_to_fit(&mut self) {
        self.blocks.shrink_to_fit();
        self.rewritten.shrink_to_fit();
    }

    /// The text of one of this article's blocks, as a reader sees it.
    pub fn text(&self, block: &Block) -> &str {
        match block.text {
            BlockText::Verbatim => &self.source.text[block.start..block.end],
            BlockText::Rewritten { start, end } => &self.rewritten[start as usize..end as usize],
        }
    }

    /// The file's bytes.
    pub fn raw(&self) -> &[u8] {
        self.source.bytes()
    }

    /// The file's bytes at `start..end`, decoded (lossily, like any reader of the file would).
    pub fn quote(&self, start: usize, end: usize) -> CompactString {
        let raw = self.raw();
        let end = end.min(raw.len());
        let start = start.min(end);
        String::from_utf8_lossy(&raw[start..end]).into()
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Count,
    Responsibility,
    Accusation,
    Denial,
    Hedge,
    PlacesAttacked,
    Abduction,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Count => "count",
            Self::Responsibility => "responsibility",
            Self::Accusation => "accusation",
            Self::Denial => "denial",
            Self::Hedge => "hedge",
            Self::PlacesAttacked => "places_attacked",
            Self::Abduction => "abduction",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    Vague,
}

impl Qualifier {
    /// A compact prefix for display: `≥92`, `>70`, `~10`, `≤5`.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Exact | Self::Vague => "",
            Self::AtLeast => "≥",
            Self::MoreThan => ">",
            Self::About => "~",
            Self::UpTo => "≤",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::AtLeast => "at_least",
            Self::MoreThan => "more_than",
            Self::About => "about",
            Self::UpTo => "up_to",
            Self::Vague => "vague",
        }
    }
}

/// What is counted. Serialised as `militants`, `security_forces`, `civilians`, `people`,
/// `places` or `other:<noun>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    Militants,
    SecurityForces,
    Civilians,
    People,
    Places,
    Other(String),
}

impl Subject {
    pub fn parse(s: &str) -> Self {
        match s {
            "militants" => Self::Militants,
            "security_forces" => Self::SecurityForces,
            "civilians" => Self::Civilians,
            "people" => Self::People,
            "places" => Self::Places,
            other => Self::Other(other.strip_prefix("other:").unwrap_or(other).to_owned()),
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Militants => f.write_str("militants"),
            Self::SecurityForces => f.write_str("security_forces"),
            Self::Civilians => f.write_str("civilians"),
            Self::People => f.write_str("people"),
            Self::Places => f.write_str("places"),
            Self::Other(noun) => write!(f, "other:{noun}"),
        }
    }
}

impl Serialize for Subject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The numeric range a qualified count stands for: `at least 92` is `[92, ∞)`.
/// `high: None` means unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ValueRange {
    pub low: u64,
    pub high: Option<u64>,
}

impl ValueRange {
    pub fn overlaps(&self, other: &ValueRange) -> bool {
        let below = |r: &ValueRange, x: u64| r.high.is_some_and(|h| h < x);
        !below(self, other.low) && !below(other, self.low)
    }
}

/// How a count's time relates to the article's main event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeScope {
    /// The event the article reports (the default).
    Main,
    /// A day or more before it ("a day earlier", "on Friday" when the event was Saturday).
    Earlier,
    /// After it.
    Later,
    /// A span that covers more than the event ("over the past two days", "this year").
    Period,
    /// A different, past event ("In March 2025, …").
    OtherEvent,
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The phrase as written: "Reuters, citing security officials".
    pub phrase: CompactString,
    /// The normalised actor whose claim it is: "security officials".
    pub actor: CompactString,
    /// Who relayed it, in a chain: "Reuters".
    pub via: Option<CompactString>,
}

/// One place in the file where a claim is stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte offsets into the original file.
    pub start: usize,
    pub end: usize,
    /// The file's bytes at `start..end`.
    pub quote: CompactString,
    /// Index of the block it lies in, and the span within that block's text (for display).
    #[serde(skip)]
    pub block: usize,
    #[serde(skip)]
    pub text_start: usize,
    #[serde(skip)]
    pub text_end: usize,
}

/// Part of a count that is not a claim of its own: "including three women and three children".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    pub value: Option<u64>,
    pub subject: Subject,
    pub quote: CompactString,
}

/// What a statement says beyond its kind. Boxed in [`Claim`], as most claims are counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Who claims, accuses, denies or abducts.
    pub actor: Option<CompactString>,
    /// Whom (or what) the statement is about.
    pub target: Option<CompactString>,
    /// The places, for places attacked.
    pub places: ThinVec<CompactString>,
}

/// A claim's statement fields as the claim's own (`actor: null` and `places: []` for counts).
fn statement_fields<S: Serializer>(
    statement: &Option<Box<Statement>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    statement
        .as_deref()
        .unwrap_or(&Statement::default())
        .serialize(serializer)
}

/// A claim one article makes: a count or a statement. (Its lists are thin: eight bytes when
/// empty, as most are, since a large corpus holds hundreds of thousands of claims.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Stable within a run: `c1`, `c2`, …
    pub id: ClaimId,
    /// The article's id.
    pub article: ArticleId,
    pub kind: ClaimKind,
    /// The figure; `None` for vague quantities ("dozens") and for statements.
    pub value: Option<u64>,
    pub qualifier: Option<Qualifier>,
    pub range: Option<ValueRange>,
    pub metric: Option<Metric>,
    /// For a count reported under `other`: what happened, as precisely as known: a lexicon
    /// family reported as `other` ("rescued", "on_board") or the predicate's own word.
    pub predicate: Option<CompactString>,
    pub subject: Option<Subject>,
    /// The noun as written ("security personnel", "bodies").
    pub noun: Option<CompactString>,
    #[serde(rename = "where")]
    pub place: Option<CompactString>,
    pub when: Option<CompactString>,
    pub time_scope: TimeScope,
    /// The normalised actor who says so (`attribution.actor`).
    pub attributed_to: Option<CompactString>,
    pub attribution: Option<Attribution>,
    /// For statements: who claims, accuses or denies, and whom; for places attacked, the
    /// places. Serialised as the claim's own `actor`, `target` and `places`.
    #[serde(flatten, serialize_with = "statement_fields")]
    pub statement: Option<Box<Statement>>,
    /// The kind of block the claim was first stated in (`caption` claims are flagged so).
    pub block: BlockKind,
    /// The parent count this one is part of ("15 bodies, including nine policemen").
    pub part_of: Option<ClaimId>,
    /// An earlier figure this one replaces, and the reverse link.
    pub revises: Option<ClaimId>,
    pub revised_by: Option<ClaimId>,
    pub breakdown: ThinVec<Breakdown>,
    /// Hedge statements that qualify this claim, and, on a hedge, the claims it qualifies.
    pub hedged_by: ThinVec<ClaimId>,
    pub qualifies: ThinVec<ClaimId>,
    pub mentions: ThinVec<Mention>,
}

impl Claim {
    /// Who the statement's actor is (none for counts).
    pub fn actor(&self) -> Option<&str> {
        self.statement.as_ref()?.actor.as_deref()
    }

    /// Whom the statement is about.
    pub fn target(&self) -> Option<&str> {
        self.statement.as_ref()?.target.as_deref()
    }

    /// The places a places-attacked statement names.
    pub fn places(&self) -> &[CompactString] {
        self.statement.as_ref().map_or(&[], |s| &s.places)
    }

    /// The statement fields, made on first use.
    pub fn statement_mut(&mut self) -> &mut Statement {
        self.statement.get_or_insert_default()
    }

    /// A claim of `kind` in `article`, stated in a `block` kind block, with every optional
    /// field empty and the main event as its time.
    pub fn new(id: ClaimId, article: ArticleId, kind: ClaimKind, block: BlockKind) -> Self {
        Self {
            id,
            article,
            kind,
            value: None,
            qualifier: None,
            range: None,
            metric: None,
            predicate: None,
            subject: None,
            noun: None,
            place: None,
            when: None,
            time_scope: TimeScope::Main,
            attributed_to: None,
            attribution: None,
            statement: None,
            block,
            part_of: None,
            revises: None,
            revised_by: None,
            breakdown: ThinVec::new(),
            hedged_by: ThinVec::new(),
            qualifies: ThinVec::new(),
            mentions: ThinVec::new(),
        }
    }

    /// The value as an analyst would write it: `≥92`, `~10`, `dozens`.
    pub fn display_value(&self) -> String {
        match (self.value, self.qualifier) {
            (Some(v), Some(q)) => format!("{}{v}", q.symbol()),
            (Some(v), None) => v.to_string(),
            (None, _) => self.noun_quantity().unwrap_or_else(|| "—".to_owned()),
        }
    }

    fn noun_quantity(&self) -> Option<String> {
        let quote = &self.mentions.first()?.quote;
        quote.split_whitespace().next().map(|w| w.to_lowercase())
    }

    /// The mention to show when one is shown: the longest, which carries the most of the
    /// claim ("at least 92 militants" in the body over "92 militants" in the headline).
    pub fn primary_mention(&self) -> Option<&Mention> {
        self.mentions.iter().rev().max_by_key(|m| m.end - m.start)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Agree,
    Compatible,
    Conflict,
    Single,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agree => "agree",
            Self::Compatible => "compatible",
            Self::Conflict => "conflict",
            Self::Single => "single",
        }
    }
}

/// Summary figures of a count comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consensus {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub median: Option<f64>,
    pub distinct: usize,
    /// The lowest firm number (ACLED's conservative coding).
    pub conservative: Option<u64>,
    /// Articles that make no claim in this comparison.
    pub silent: Vec<ArticleId>,
    /// Independent origins behind the values: articles sharing wire copy count once.
    pub origins: usize,
}

/// One step of a comparison's timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub claim: ClaimId,
    pub article: ArticleId,
    pub published: Option<CompactString>,
    pub value: CompactString,
    /// The claim this one revises, where the text says so.
    pub revises: Option<ClaimId>,
}

/// Claims from different articles about the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Stable within a run: `k1`, `k2`, … in rank order.
    pub id: ComparisonId,
    pub label: String,
    pub status: Status,
    pub claims: Vec<ClaimId>,
    pub kind: ClaimKind,
    pub metric: Option<Metric>,
    pub subject: Option<Subject>,
    pub place: Option<String>,
    pub time_scope: TimeScope,
    pub consensus: Option<Consensus>,
    /// Claims made by a party to the events (a group's own count of its attack).
    pub party_claims: Vec<ClaimId>,
    pub timeline: Vec<TimelineEntry>,
    /// The ranking score (higher first); see the README for the rule.
    pub score: f64,
    /// The story whose articles' claims these are (a comparison never mixes stories).
    pub story: StoryId,
}

/// Articles that report one event, and the comparisons made among their claims.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    /// `s1`, `s2`, … largest story first.
    pub id: StoryId,
    /// The title of the story's most central article.
    pub label: String,
    /// Its articles, in load order.
    pub articles: Vec<ArticleId>,
    /// Its comparisons, in rank order.
    pub comparisons: Vec<ComparisonId>,
}

/// Where the item with this id is. A run numbers its items in order, so the id's own position
/// is tried first (filtering looks ids up for every comparison; a scan made each keystroke
/// quadratic); a list numbered otherwise is scanned.
fn position_of<T, const PREFIX: char>(
    items: &[T],
    id: Id<PREFIX>,
    id_of: impl Fn(&T) -> Id<PREFIX>,
) -> Option<usize> {
    let numbered = items.get(id.index()).is_some_and(|item| id_of(item) == id);
    if numbered {
        return Some(id.index());
    }
    items.iter().position(|item| id_of(item) == id)
}

/// Everything one run produced: the `extract --json` document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub stories: Vec<Story>,
    pub comparisons: Vec<Comparison>,
}

impl Report {
    /// The article with this id.
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.article_position(id).map(|i| &self.articles[i])
    }

    /// The claim with this id.
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claim_position(id).map(|i| &self.claims[i])
    }

    /// The story with this id.
    pub fn story(&self, id: StoryId) -> Option<&Story> {
        position_of(&self.stories, id, |s| s.id).map(|i| &self.stories[i])
    }

    /// How many of a story's comparisons are conflicts.
    pub fn conflicts_in(&self, story: &Story) -> usize {
        story
            .comparisons
            .iter()
            .filter_map(|&id| position_of(&self.comparisons, id, |c| c.id))
            .filter(|&i| self.comparisons[i].status == Status::Conflict)
            .count()
    }

    /// Where in `articles` the article with this id is.
    pub fn article_position(&self, id: ArticleId) -> Option<usize> {
        position_of(&self.articles, id, |a| a.id)
    }

    /// Where in `claims` the claim with this id is.
    pub fn claim_position(&self, id: ClaimId) -> Option<usize> {
        position_of(&self.claims, id, |c| c.id)
    }

    /// Whether a comparison matches a free-text query: every word of the query must occur
    /// (case-insensitively) in its label or in one of its claims' quotes, attributions or
    /// outlets. The TUI's `/` filter and `export --filter` both use this.
    pub fn comparison_matches(&self, comparison: &Comparison, query: &str) -> bool {
        query.trim().is_empty() || query_matches(&self.search_text(comparison), query)
    }

    /// Whether a story matches a free-text query: every word of the query must occur
    /// (case-insensitively) in its id, its label or its articles' outlets. The TUI's story
    /// list filter and `--story TEXT` both use this.
    pub fn story_matches(&self, story: &Story, query: &str) -> bool {
        query.trim().is_empty() || query_matches(&self.story_search_text(story), query)
    }

    /// The lowercased text [`Report::story_matches`] looks for query words in.
    pub fn story_search_text(&self, story: &Story) -> String {
        let mut haystack = format!("{}\n{}", story.id, story.label.to_lowercase());
        for article in story.articles.iter().filter_map(|&id| self.article(id)) {
            haystack.push('\n');
            haystack.push_str(&article.source_name().to_lowercase());
        }
        haystack
    }

    /// The lowercased text [`Report::comparison_matches`] looks for query words in. Filtering
    /// many comparisons per keystroke (the TUI) keeps these and calls [`query_matches`].
    pub fn search_text(&self, comparison: &Comparison) -> String {
        let mut haystack = comparison.label.to_lowercase();
        for claim in comparison.claims.iter().filter_map(|&id| self.claim(id)) {
            for mention in &claim.mentions {
                haystack.push('\n');
                haystack.push_str(&mention.quote.to_lowercase());
            }
            if let Some(attribution) = &claim.attribution {
                haystack.push('\n');
                haystack.push_str(&attribution.phrase.to_lowercase());
            }
            if let Some(article) = self.article(claim.article) {
                haystack.push('\n');
                haystack.push_str(&article.source_name().to_lowercase());
            }
        }
        haystack
    }
}

/// Whether every word of `query` occurs, case-insensitively, in `search_text` (made by
/// [`Report::search_text`]).
pub fn query_matches(search_text: &str, query: &str) -> bool {
    query
        .split_whitespace()
        .all(|word| search_text.contains(word.to_lowercase().as_str()))
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
        assert_eq!(article.blocks[0].text, BlockText::Verbatim);
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

    #[test]
    fn the_primary_mention_is_the_longest() {
        let mention = |start: usize, end: usize| Mention {
            start,
            end,
            quote: CompactString::default(),
            block: 0,
            text_start: 0,
            text_end: 0,
        };
        let claim = Claim {
            mentions: thin_vec::thin_vec![mention(0, 12), mention(100, 121), mention(300, 312)],
            ..Claim::new(
                ClaimId::from_index(0),
                ArticleId::from_index(0),
                ClaimKind::Count,
                BlockKind::Body,
            )
        };
        assert_eq!(claim.primary_mention().map(|m| m.start), Some(100));
    }

    #[test]
    fn ranges_overlap_when_bounds_meet() {
        let at_least_10 = ValueRange {
            low: 10,
            high: None,
        };
        let exactly_15 = ValueRange {
            low: 15,
            high: Some(15),
        };
        let exactly_9 = ValueRange {
            low: 9,
            high: Some(9),
        };
        assert!(at_least_10.overlaps(&exactly_15));
        assert!(!at_least_10.overlaps(&exactly_9));
        assert!(exactly_15.overlaps(&exactly_15));
    }

    /// A large corpus holds hundreds of thousands of claims and blocks: their size is most of
    /// the memory a run takes beyond the files themselves (the README's figures assume these).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn claims_and_blocks_stay_small() {
        let sizes = [
            ("Claim", size_of::<Claim>(), 336),
            ("Block", size_of::<Block>(), 40),
            ("Mention", size_of::<Mention>(), 64),
            ("ClaimId", size_of::<ClaimId>(), 4),
        ];
        for (name, size, most) in sizes {
            assert!(size <= most, "{name} is {size} bytes, more than {most}");
        }
    }

    #[test]
    fn ids_show_parse_and_index_as_their_text() {
        let id = ClaimId::from_index(41);
        assert_eq!(id.to_string(), "c42");
        assert_eq!(id.index(), 41);
        assert_eq!("c42".parse::<ClaimId>(), Ok(id));
        assert!("a42".parse::<ClaimId>().is_err());
        assert!("c0".parse::<ClaimId>().is_err());
        assert!("c".parse::<ClaimId>().is_err());
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"c42\"");
    }

    #[test]
    fn ids_are_found_in_or_out_of_numbering_order() {
        let ids: Vec<ArticleId> = (0..4).map(ArticleId::from_index).collect();
        let report = Report {
            articles: vec![
                Article::new(ids[1], "second.txt"),
                Article::new(ids[0], "first.txt"),
                Article::new(ids[2], "third.txt"),
            ],
            ..Report::default()
        };
        let path = |id| report.article(id).map(|a| a.path.as_str());
        assert_eq!(path(ids[0]), Some("first.txt"));
        assert_eq!(path(ids[1]), Some("second.txt"));
        assert_eq!(path(ids[2]), Some("third.txt"));
        assert_eq!(path(ids[3]), None);
    }

    #[test]
    fn subjects_round_trip_through_their_names() {
        for name in ["militants", "security_forces", "people", "other:women"] {
            assert_eq!(Subject::parse(name).to_string(), name);
        }
    }
}
