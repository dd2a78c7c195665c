//! The shared model: what each stage hands to the next.
//!
//! `load` produces [`Article`]s, `extract` produces [`Claim`]s from them, `compare` produces
//! [`Comparison`]s from those, and a [`Report`] carries all three to the TUI and the exporters.
//! The serialised form of [`Report`] is the `extract --json` contract documented in the README.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

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

    /// Blocks claims are extracted from. Captions are included (their claims are flagged by the
    /// block kind they come from); boilerplate and appended stories are not.
    pub fn is_extractable(self) -> bool {
        self.is_article_text() || self == Self::Caption
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
/// Plain text maps one to one (a single run). HTML text drops tags and decodes entities, so it
/// is stitched from runs; a run whose text length differs from its source length (an entity)
/// is atomic: positions inside it map to its start or end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    runs: Vec<Run>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    text_start: usize,
    text_end: usize,
    file_start: usize,
    file_end: usize,
}

impl OffsetMap {
    /// Text that is a verbatim copy of `file_start..file_start + len`.
    pub fn identity(file_start: usize, len: usize) -> Self {
        let mut map = Self::default();
        map.push_copy(0, file_start, len);
        map
    }

    /// Appends text copied verbatim from the file.
    pub fn push_copy(&mut self, text_start: usize, file_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.runs.last_mut() {
            let last_is_copy = last.text_end - last.text_start == last.file_end - last.file_start;
            if last_is_copy && last.text_end == text_start && last.file_end == file_start {
                last.text_end += len;
                last.file_end += len;
                return;
            }
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
            text_start,
            text_end: text_start + text_len,
            file_start,
            file_end,
        });
    }

    fn run_at(&self, pos: usize, is_end: bool) -> Option<&Run> {
        let idx = self.runs.partition_point(|r| {
            if is_end {
                r.text_end < pos
            } else {
                r.text_end <= pos
            }
        });
        self.runs.get(idx).or(self.runs.last())
    }

    /// File offset of the character starting at text position `pos`.
    pub fn file_start(&self, pos: usize) -> usize {
        match self.run_at(pos, false) {
            None => 0,
            Some(r) if pos >= r.text_end => r.file_end,
            Some(r) if r.text_end - r.text_start == r.file_end - r.file_start => {
                r.file_start + pos.saturating_sub(r.text_start)
            }
            Some(r) => r.file_start,
        }
    }

    /// File offset just after the character ending at text position `pos`.
    pub fn file_end(&self, pos: usize) -> usize {
        match self.run_at(pos, true) {
            None => 0,
            Some(r) if pos <= r.text_start => r.file_start,
            Some(r) if r.text_end - r.text_start == r.file_end - r.file_start => {
                r.file_start + (pos.min(r.text_end) - r.text_start)
            }
            Some(r) => r.file_end,
        }
    }
}

/// A contiguous piece of an article: `start..end` are byte offsets into the original file;
/// `text` is what a reader sees (tags stripped, entities decoded, for HTML).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    pub text: String,
    #[serde(skip)]
    pub map: OffsetMap,
}

impl Block {
    /// A block whose text is the file's bytes `start..start + text.len()` verbatim.
    pub fn verbatim(kind: BlockKind, start: usize, text: &str) -> Self {
        Self {
            kind,
            start,
            end: start + text.len(),
            text: text.to_owned(),
            map: OffsetMap::identity(start, text.len()),
        }
    }

    /// File span of the text range `start..end` of this block.
    pub fn file_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.map.file_start(start), self.map.file_end(end))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// One loaded article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable within a run: `a1`, `a2`, … in load order.
    pub id: String,
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
    /// The file's bytes; mention quotes are cut from these.
    #[serde(skip)]
    pub raw: Vec<u8>,
}

impl Article {
    /// An article with the given id and path and nothing else yet.
    pub fn new(id: impl Into<String>, path: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            path: path.into(),
            title: String::new(),
            outlet: None,
            published: None,
            author: None,
            url: None,
            format: Format::Text,
            blocks: Vec::new(),
            raw: Vec::new(),
        }
    }

    /// The file's bytes at `start..end`, decoded (lossily, like any reader of the file would).
    pub fn quote(&self, start: usize, end: usize) -> String {
        let end = end.min(self.raw.len());
        let start = start.min(end);
        String::from_utf8_lossy(&self.raw[start..end]).into_owned()
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Killed,
    Injured,
    Abducted,
    Arrested,
    Missing,
    Displaced,
    Attacked,
    Other,
}

impl Metric {
    pub const ALL: [Metric; 8] = [
        Self::Killed,
        Self::Injured,
        Self::Abducted,
        Self::Arrested,
        Self::Missing,
        Self::Displaced,
        Self::Attacked,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Killed => "killed",
            Self::Injured => "injured",
            Self::Abducted => "abducted",
            Self::Arrested => "arrested",
            Self::Missing => "missing",
            Self::Displaced => "displaced",
            Self::Attacked => "attacked",
            Self::Other => "other",
        }
    }

    /// How grave the outcome is, for ranking comparisons (higher first).
    pub fn severity(self) -> u8 {
        match self {
            Self::Killed => 7,
            Self::Injured => 6,
            Self::Abducted => 5,
            Self::Missing => 4,
            Self::Attacked => 3,
            Self::Displaced => 2,
            Self::Arrested => 1,
            Self::Other => 0,
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

impl<'de> Deserialize<'de> for Subject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Ok(Self::parse(&s))
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The phrase as written: "Reuters, citing security officials".
    pub phrase: String,
    /// The normalised actor whose claim it is: "security officials".
    pub actor: String,
    /// Who relayed it, in a chain: "Reuters".
    pub via: Option<String>,
}

/// One place in the file where a claim is stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte offsets into the original file.
    pub start: usize,
    pub end: usize,
    /// The file's bytes at `start..end`.
    pub quote: String,
    /// Index of the block it lies in, and the span within that block's text (for display).
    #[serde(skip)]
    pub block: usize,
    #[serde(skip)]
    pub text_start: usize,
    #[serde(skip)]
    pub text_end: usize,
}

/// Part of a count that is not a claim of its own: "including three women and three children".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdown {
    pub value: Option<u64>,
    pub subject: Subject,
    pub quote: String,
}

/// A claim one article makes: a count or a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable within a run: `c1`, `c2`, …
    pub id: String,
    /// The article's id.
    pub article: String,
    pub kind: ClaimKind,
    /// The figure; `None` for vague quantities ("dozens") and for statements.
    pub value: Option<u64>,
    pub qualifier: Option<Qualifier>,
    pub range: Option<ValueRange>,
    pub metric: Option<Metric>,
    pub subject: Option<Subject>,
    /// The noun as written ("security personnel", "bodies").
    pub noun: Option<String>,
    #[serde(rename = "where")]
    pub place: Option<String>,
    pub when: Option<String>,
    pub time_scope: TimeScope,
    /// The normalised actor who says so (`attribution.actor`).
    pub attributed_to: Option<String>,
    pub attribution: Option<Attribution>,
    /// For statements: who claims, accuses or denies; for places attacked, the places.
    pub actor: Option<String>,
    pub target: Option<String>,
    pub places: Vec<String>,
    /// The kind of block the claim was first stated in (`caption` claims are flagged so).
    pub block: BlockKind,
    /// The parent count this one is part of ("15 bodies, including nine policemen").
    pub part_of: Option<String>,
    /// An earlier figure this one replaces, and the reverse link.
    pub revises: Option<String>,
    pub revised_by: Option<String>,
    pub breakdown: Vec<Breakdown>,
    /// Hedge statements that qualify this claim, and, on a hedge, the claims it qualifies.
    pub hedged_by: Vec<String>,
    pub qualifies: Vec<String>,
    pub mentions: Vec<Mention>,
}

impl Claim {
    /// A claim of `kind` in `article`, stated in a `block` kind block, with every optional
    /// field empty and the main event as its time.
    pub fn new(
        id: impl Into<String>,
        article: impl Into<String>,
        kind: ClaimKind,
        block: BlockKind,
    ) -> Self {
        Self {
            id: id.into(),
            article: article.into(),
            kind,
            value: None,
            qualifier: None,
            range: None,
            metric: None,
            subject: None,
            noun: None,
            place: None,
            when: None,
            time_scope: TimeScope::Main,
            attributed_to: None,
            attribution: None,
            actor: None,
            target: None,
            places: Vec::new(),
            block,
            part_of: None,
            revises: None,
            revised_by: None,
            breakdown: Vec::new(),
            hedged_by: Vec::new(),
            qualifies: Vec::new(),
            mentions: Vec::new(),
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consensus {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub median: Option<f64>,
    pub distinct: usize,
    /// The lowest firm number (ACLED's conservative coding).
    pub conservative: Option<u64>,
    /// Articles that make no claim in this comparison.
    pub silent: Vec<String>,
    /// Independent origins behind the values: articles sharing wire copy count once.
    pub origins: usize,
}

/// One step of a comparison's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub claim: String,
    pub article: String,
    pub published: Option<String>,
    pub value: String,
    /// The claim this one revises, where the text says so.
    pub revises: Option<String>,
}

/// Claims from different articles about the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Stable within a run: `k1`, `k2`, … in rank order.
    pub id: String,
    pub label: String,
    pub status: Status,
    pub claims: Vec<String>,
    pub kind: ClaimKind,
    pub metric: Option<Metric>,
    pub subject: Option<Subject>,
    pub place: Option<String>,
    pub time_scope: TimeScope,
    pub consensus: Option<Consensus>,
    /// Claims made by a party to the events (a group's own count of its attack).
    pub party_claims: Vec<String>,
    pub timeline: Vec<TimelineEntry>,
    /// The ranking score (higher first); see the README for the rule.
    pub score: f64,
}

/// The item with this id. Ids are numbered in order (`c1`, `c2`, …), so the item at that
/// position is tried first: matching over a large report looks ids up for every comparison,
/// and a scan there made each filter keystroke quadratic. Any other id is found by scanning.
fn by_id<'a, T>(
    items: &'a [T],
    id: &str,
    prefix: char,
    id_of: impl Fn(&T) -> &String,
) -> Option<&'a T> {
    let numbered = id
        .strip_prefix(prefix)
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| items.get(n.checked_sub(1)?))
        .filter(|item| id_of(item) == id);
    numbered.or_else(|| items.iter().find(|item| id_of(item) == id))
}

/// Everything one run produced: the `extract --json` document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub comparisons: Vec<Comparison>,
}

impl Report {
    pub fn article(&self, id: &str) -> Option<&Article> {
        by_id(&self.articles, id, 'a', |a| &a.id)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        by_id(&self.claims, id, 'c', |c| &c.id)
    }

    /// Whether a comparison matches a free-text query: every word of the query must occur
    /// (case-insensitively) in its label or in one of its claims' quotes, attributions or
    /// outlets. The TUI's `/` filter and `export --filter` both use this.
    pub fn comparison_matches(&self, comparison: &Comparison, query: &str) -> bool {
        query.trim().is_empty() || query_matches(&self.search_text(comparison), query)
    }

    /// The lowercased text [`Report::comparison_matches`] looks for query words in. Filtering
    /// many comparisons per keystroke (the TUI) keeps these and calls [`query_matches`].
    pub fn search_text(&self, comparison: &Comparison) -> String {
        let mut haystack = comparison.label.to_lowercase();
        for claim in comparison.claims.iter().filter_map(|id| self.claim(id)) {
            for mention in &claim.mentions {
                haystack.push('\n');
                haystack.push_str(&mention.quote.to_lowercase());
            }
            if let Some(attribution) = &claim.attribution {
                haystack.push('\n');
                haystack.push_str(&attribution.phrase.to_lowercase());
            }
            if let Some(article) = self.article(&claim.article) {
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
        let map = OffsetMap::identity(100, 10);
        assert_eq!(map.file_start(0), 100);
        assert_eq!(map.file_start(4), 104);
        assert_eq!(map.file_end(10), 110);
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
            quote: String::new(),
            block: 0,
            text_start: 0,
            text_end: 0,
        };
        let claim = Claim {
            mentions: vec![mention(0, 12), mention(100, 121), mention(300, 312)],
            ..Claim::new("c1", "a1", ClaimKind::Count, BlockKind::Body)
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

    #[test]
    fn ids_are_found_in_or_out_of_numbering_order() {
        let article = |id: &str| Article::new(id, format!("{id}.txt"));
        let report = Report {
            articles: vec![article("a2"), article("a1"), article("x")],
            ..Report::default()
        };
        for id in ["a1", "a2", "x"] {
            assert_eq!(report.article(id).map(|a| a.id.as_str()), Some(id));
        }
        assert!(report.article("a3").is_none());
        assert!(report.article("a0").is_none());
    }

    #[test]
    fn subjects_round_trip_through_their_names() {
        for name in ["militants", "security_forces", "people", "other:women"] {
            assert_eq!(Subject::parse(name).to_string(), name);
        }
    }
}
