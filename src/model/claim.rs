//! Claims: counts and statements one article makes, with their mentions.

use super::article::narrow;
use super::{Article, ArticleId, BlockKind, ClaimId, Interned, Metric};
use compact_str::CompactString;
use serde::{Deserialize, Serialize, Serializer};
use smallvec::SmallVec;
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;
use thin_vec::ThinVec;

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
    /// A compact prefix for display: `≥74`, `>70`, `~10`, `≤5`.
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
    /// A named group ("women", "students"), interned: claims name few distinct ones.
    Other(Interned),
}

impl Subject {
    pub fn parse(s: &str) -> Self {
        match s {
            "militants" => Self::Militants,
            "security_forces" => Self::SecurityForces,
            "civilians" => Self::Civilians,
            "people" => Self::People,
            "places" => Self::Places,
            other => Self::Other(other.strip_prefix("other:").unwrap_or(other).into()),
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
    /// One day of an event that runs over several, when a sentence gives each day its own
    /// figure ("11 were killed on Saturday and eight on Sunday"): a day's share, not the toll.
    Day,
    /// After it.
    Later,
    /// A span that covers more than the event ("over the past two days", "this year").
    Period,
    /// A different, past event ("In March 2025, …").
    OtherEvent,
}

/// Who a claim is attributed to. Its texts are interned: the same sources are cited in the
/// same words across articles.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Attribution {
    /// The phrase as written: "Reuters, citing security officials".
    pub phrase: Interned,
    /// The normalised actor whose claim it is: "security officials".
    pub actor: Interned,
    /// Who relayed it, in a chain: "Reuters".
    pub via: Option<Interned>,
}

/// One place in the file where a claim is stated. Its quote, the file's bytes there, is read
/// from the article when shown or written ([`Mention::quote`]), not kept: a corpus holds
/// hundreds of thousands of mentions, and the article keeps its file anyway. Positions are
/// u32, as a file's offsets are ([`super::MAX_FILE_BYTES`]): twenty bytes, so that a claim's
/// first mention fits in the claim ([`Claim::mentions`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    start: u32,
    end: u32,
    block: u32,
    text_start: u32,
    text_end: u32,
}

impl Mention {
    /// The mention at file bytes `start..end`, which are `text` of the text of block `block`.
    pub fn new(start: usize, end: usize, block: usize, text: Range<usize>) -> Self {
        Self {
            start: narrow(start),
            end: narrow(end),
            block: narrow(block),
            text_start: narrow(text.start),
            text_end: narrow(text.end),
        }
    }

    /// Byte offset of its start in the original file.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset of its end in the original file.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index of the block it lies in.
    pub fn block(&self) -> usize {
        self.block as usize
    }

    /// Its span within its block's text (for display).
    pub fn text_range(&self) -> Range<usize> {
        self.text_start as usize..self.text_end as usize
    }

    /// The file's bytes at `start..end` in `article` (the claim's), decoded as a reader would.
    pub fn quote<'a>(&self, article: &'a Article) -> Cow<'a, str> {
        article.quote(self.start(), self.end())
    }
}

/// A claim's mentions as the `extract --json` contract writes them: offsets and quote.
struct QuotedMentions<'a> {
    mentions: &'a [Mention],
    article: Option<&'a Article>,
}

impl Serialize for QuotedMentions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Quoted<'a> {
            start: u32,
            end: u32,
            quote: Cow<'a, str>,
        }
        serializer.collect_seq(self.mentions.iter().map(|m| Quoted {
            start: m.start,
            end: m.end,
            quote: self.article.map_or(Cow::Borrowed(""), |a| m.quote(a)),
        }))
    }
}

/// A claim as the `extract --json` contract writes it: its fields, then its mentions quoted
/// from its article's file.
#[derive(Serialize)]
pub struct QuotedClaim<'a> {
    #[serde(flatten)]
    claim: &'a Claim,
    mentions: QuotedMentions<'a>,
}

/// Part of a count that is not a claim of its own: "including two women and four children".
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
    pub actor: Option<Interned>,
    /// Whom (or what) the statement is about.
    pub target: Option<Interned>,
    /// The places, for places attacked.
    pub places: ThinVec<Interned>,
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

/// A claim's attribution as the claim's own `attributed_to` and `attribution`.
fn attribution_fields<S: Serializer>(
    attribution: &Option<Arc<Attribution>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Fields<'a> {
        attributed_to: Option<&'a str>,
        attribution: Option<&'a Attribution>,
    }
    let attribution = attribution.as_deref();
    Fields {
        attributed_to: attribution.map(|a| a.actor.as_str()),
        attribution,
    }
    .serialize(serializer)
}

/// A claim's rarely set fields, boxed in [`Claim`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Extras {
    /// An earlier figure this one replaces, and the reverse link.
    pub revises: Option<ClaimId>,
    pub revised_by: Option<ClaimId>,
    /// A count of how many more ("two more died", "the toll rose by 12"): an increment, not a
    /// toll. Serialised only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub increment: bool,
    pub breakdown: ThinVec<Breakdown>,
    /// Hedge statements that qualify this claim, and, on a hedge, the claims it qualifies.
    pub hedged_by: ThinVec<ClaimId>,
    pub qualifies: ThinVec<ClaimId>,
}

/// A claim's extras as the claim's own fields (`revises: null`, `breakdown: []`, … when it
/// has none).
fn extra_fields<S: Serializer>(
    extras: &Option<Box<Extras>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    extras
        .as_deref()
        .unwrap_or(&Extras::default())
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
    pub predicate: Option<Interned>,
    pub subject: Option<Subject>,
    /// The noun as written ("security personnel", "bodies").
    pub noun: Option<Interned>,
    #[serde(rename = "where")]
    pub place: Option<Interned>,
    pub when: Option<Interned>,
    pub time_scope: TimeScope,
    /// Who says so, where the text says. Behind a pointer, as over half of all claims have
    /// none, and shared by an article's claims that cite the same source; serialised as
    /// `attributed_to` (its `actor`) and `attribution`.
    #[serde(flatten, serialize_with = "attribution_fields")]
    pub attribution: Option<Arc<Attribution>>,
    /// For statements: who claims, accuses or denies, and whom; for places attacked, the
    /// places. Serialised as the claim's own `actor`, `target` and `places`.
    #[serde(flatten, serialize_with = "statement_fields")]
    pub statement: Option<Box<Statement>>,
    /// The kind of block the claim was first stated in (`caption` claims are flagged so).
    pub block: BlockKind,
    /// The parent count this one is part of ("15 bodies, including nine policemen").
    pub part_of: Option<ClaimId>,
    /// Revisions, increments, breakdowns and hedges. Boxed, as fewer than one claim in ten
    /// has any; serialised as the claim's own fields. Read through [`Claim::revises`] and
    /// its siblings, written through [`Claim::extras_mut`].
    #[serde(flatten, serialize_with = "extra_fields")]
    pub extras: Option<Box<Extras>>,
    /// Written by [`Claim::quoted`], which has the article to quote. The first is kept in
    /// the claim (24 bytes more than a thin list's pointer), as nearly nine claims in ten have
    /// only one: that saves each of them a 48-byte allocation.
    #[serde(skip)]
    pub mentions: SmallVec<[Mention; 1]>,
}

impl Claim {
    /// The normalised actor who says so (`attribution.actor`).
    pub fn attributed_to(&self) -> Option<&str> {
        Some(&self.attribution.as_ref()?.actor)
    }

    /// Who the statement's actor is (none for counts).
    pub fn actor(&self) -> Option<&str> {
        self.statement.as_ref()?.actor.as_deref()
    }

    /// Whom the statement is about.
    pub fn target(&self) -> Option<&str> {
        self.statement.as_ref()?.target.as_deref()
    }

    /// The places a places-attacked statement names.
    pub fn places(&self) -> &[Interned] {
        self.statement.as_ref().map_or(&[], |s| &s.places)
    }

    /// The statement fields, made on first use.
    pub fn statement_mut(&mut self) -> &mut Statement {
        self.statement.get_or_insert_default()
    }

    /// The earlier figure this one replaces.
    pub fn revises(&self) -> Option<ClaimId> {
        self.extras.as_ref()?.revises
    }

    /// The later figure that replaces this one.
    pub fn revised_by(&self) -> Option<ClaimId> {
        self.extras.as_ref()?.revised_by
    }

    /// Whether this count is of how many more ("two more died").
    pub fn is_increment(&self) -> bool {
        self.extras.as_ref().is_some_and(|e| e.increment)
    }

    /// The parts of this count that are no claims of their own.
    pub fn breakdown(&self) -> &[Breakdown] {
        self.extras.as_ref().map_or(&[], |e| &e.breakdown)
    }

    /// The hedge statements that qualify this claim.
    pub fn hedged_by(&self) -> &[ClaimId] {
        self.extras.as_ref().map_or(&[], |e| &e.hedged_by)
    }

    /// On a hedge, the claims it qualifies.
    pub fn qualifies(&self) -> &[ClaimId] {
        self.extras.as_ref().map_or(&[], |e| &e.qualifies)
    }

    /// The rarely set fields, made on first use: set only what is there, so that most
    /// claims go without.
    pub fn extras_mut(&mut self) -> &mut Extras {
        self.extras.get_or_insert_default()
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
            attribution: None,
            statement: None,
            block,
            part_of: None,
            extras: None,
            mentions: SmallVec::new(),
        }
    }

    /// The claim for writing, its mentions quoted from `article` (the claim's own; without
    /// it, the quotes are empty).
    pub fn quoted<'a>(&'a self, article: Option<&'a Article>) -> QuotedClaim<'a> {
        QuotedClaim {
            claim: self,
            mentions: QuotedMentions {
                mentions: &self.mentions,
                article,
            },
        }
    }

    /// The value as an analyst would write it: `≥74`, `~10`, `dozens` (a vague quantity is
    /// the first word of its first mention in `article`, the claim's own).
    pub fn display_value(&self, article: Option<&Article>) -> String {
        match (self.value, self.qualifier) {
            // how many more: "+3"
            (Some(v), _) if self.is_increment() => format!("+{v}"),
            (Some(v), Some(q)) => format!("{}{v}", q.symbol()),
            (Some(v), None) => v.to_string(),
            (None, _) => self
                .noun_quantity(article)
                .unwrap_or_else(|| "—".to_owned()),
        }
    }

    fn noun_quantity(&self, article: Option<&Article>) -> Option<String> {
        let quote = self.mentions.first()?.quote(article?);
        quote.split_whitespace().next().map(|w| w.to_lowercase())
    }

    /// The mention to show when one is shown: the longest, which carries the most of the
    /// claim ("at least 92 militants" in the body over "92 militants" in the headline).
    pub fn primary_mention(&self) -> Option<&Mention> {
        self.mentions.iter().rev().max_by_key(|m| m.end - m.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An empty count claim, the first of the first article.
    fn a_count() -> Claim {
        Claim::new(
            ClaimId::from_index(0),
            ArticleId::from_index(0),
            ClaimKind::Count,
            BlockKind::Body,
        )
    }

    #[test]
    fn the_primary_mention_is_the_longest() {
        let mention = |start: usize, end: usize| Mention::new(start, end, 0, 0..0);
        let claim = Claim {
            mentions: smallvec::smallvec![mention(0, 12), mention(100, 121), mention(300, 312)],
            ..a_count()
        };
        assert_eq!(claim.primary_mention().map(Mention::start), Some(100));
    }

    #[test]
    fn an_increment_reads_as_how_many_more() {
        let mut claim = a_count();
        claim.value = Some(3);
        claim.qualifier = Some(Qualifier::Exact);
        assert_eq!(claim.display_value(None), "3");
        claim.extras_mut().increment = true;
        assert_eq!(claim.display_value(None), "+3");
    }

    #[test]
    fn extras_serialise_in_place_as_the_claim_own_fields() {
        let mut claim = a_count();
        let json = |claim: &Claim| serde_json::to_string(claim).expect("a claim serialises");
        assert!(json(&claim).ends_with(
            r#""part_of":null,"revises":null,"revised_by":null,"breakdown":[],"hedged_by":[],"qualifies":[]}"#
        ));
        claim.extras_mut().increment = true;
        assert!(json(&claim).ends_with(
            r#""part_of":null,"revises":null,"revised_by":null,"increment":true,"breakdown":[],"hedged_by":[],"qualifies":[]}"#
        ));
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
    fn subjects_round_trip_through_their_names() {
        for name in ["militants", "security_forces", "people", "other:women"] {
            assert_eq!(Subject::parse(name).to_string(), name);
        }
    }
}
