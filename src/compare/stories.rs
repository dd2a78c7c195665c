//! Stories: which articles report the same event, so that no comparison mixes two events.
//!
//! **What counts as shared.** Each article becomes a weighted bag of terms: the words of its
//! title (weight 3), of its standfirst and the first [`LEAD_WORDS`] words of its body (2) and of
//! the rest of its body (1), a capitalised word inside a sentence (a place, an actor) counting
//! 3 times; plus,
//! from its claims, the places and actors named (2 each) and the figures themselves with their
//! outcome (`killed 92`, 1 each), and the month it was published (1). Page furniture (captions,
//! bylines, an appended second story) is left out, so an article followed by an unrelated story
//! stays with its own event. Words that any report of any event uses carry no evidence and are
//! left out: the stop words of `assets/stories.toml` and the lexicon's generic vocabulary
//! (number words, speech verbs, roles, time words, weekdays and months, determiners).
//!
//! **Similarity.** TF-IDF: a term's weight is `(1 + ln tf) × (1 + ln((n + 1) / (df + 1)))`,
//! each article keeps its [`KEPT_TERMS`] heaviest terms, and two articles' similarity is the
//! cosine of those vectors. Pairs are found through an inverted index (only articles that
//! share a term are ever compared; for each term the [`SCANNED_POSTINGS`] most recent articles
//! are looked at), so the cost is linear in the corpus.
//!
//! **Stories.** Each article is linked to its [`NEIGHBOURS`] most similar articles whose
//! similarity reaches the threshold (default [`DEFAULT_THRESHOLD`], `--story-threshold`), when
//! it is among theirs too or they share [`SHARED_NEIGHBOURS`] of them; linked articles are in
//! one story, and so is everything linked to them (single linkage over the nearest-neighbour
//! graph, a union-find). An article with too little text to place (fewer
//! than [`MIN_TERMS`] terms) joins the largest story. Stories are numbered largest first; a
//! story's label is the title of its most central article.

use super::disjoint_sets::DisjointSets;
use super::group::GroupingWords;
use crate::extract::Lexicon;
use crate::model::{Article, BlockKind, Claim, ClaimKind};
use crate::words::{lowercase_hash, lowercase_hash_unless_digits};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::sync::OnceLock;

/// The similarity two articles need to be in one story, unless `--story-threshold` says
/// otherwise. The pooled dev set's eight events come out as eight stories from 0 to 0.16 (see
/// the README) and the sample as one story up to 0.2, but a folder of one event's five
/// articles has little to weigh terms by: two of the dev set's events split at 0.1, none up
/// to 0.06, and two of 50 held-out folders split at 0.05, none at 0.03. A folder about one
/// event must stay one story, so the default sits below that.
pub const DEFAULT_THRESHOLD: f32 = 0.03;

/// Words of the body that weigh as much as the standfirst: the lead says what happened.
pub const LEAD_WORDS: usize = 80;
/// Terms kept per article: enough for the event's names and figures, few enough to keep
/// memory linear and small. (On the dev set, 60–100 separate events best; fewer lose
/// evidence, more let in words every report uses.)
pub const KEPT_TERMS: usize = 80;
/// For each term an article has, how many earlier articles with the term are compared with
/// it: bounds the cost of terms shared by a large part of the corpus.
pub const SCANNED_POSTINGS: usize = 256;
/// How many of its most similar articles an article is linked to (when they reach the
/// threshold).
pub const NEIGHBOURS: usize = 4;
/// How many of their nearest articles two articles must share to be linked when neither is
/// among the other's nearest: one shared neighbour let 3 of 38 held-out events pooled join
/// another, two let 2 (both related: attacks by one group in one country), with no event split.
pub const SHARED_NEIGHBOURS: usize = 2;
/// Articles a thread makes bags for at a time: only a chunk's bags are ever hash maps.
const BAGS_PER_THREAD: usize = 64;
/// An article with fewer terms than this cannot be placed by its text.
pub const MIN_TERMS: usize = 3;

const TITLE_WEIGHT: f32 = 3.0;
const LEAD_WEIGHT: f32 = 2.0;
const BODY_WEIGHT: f32 = 1.0;
const NAME_WEIGHT: f32 = 3.0;
const CLAIM_NAME_WEIGHT: f32 = 2.0;
const FIGURE_WEIGHT: f32 = 1.0;
const DATE_WEIGHT: f32 = 1.0;
/// Small figures ("two people") are shared by unrelated events and say nothing.
const MIN_FIGURE: u64 = 10;
/// Words shorter than this (in bytes) are mostly function words and initials.
const MIN_WORD_BYTES: usize = 3;
/// About how many bytes of text bring one new term: what an article's bag is sized by.
const BYTES_PER_TERM: usize = 16;

const BUNDLED: &str = include_str!("../../assets/stories.toml");

#[derive(Deserialize)]
struct Vocabulary {
    stop_words: Vec<String>,
}

/// How articles are clustered into stories: the threshold and the words left out.
#[derive(Debug, Clone)]
pub struct Clustering {
    threshold: f32,
    /// Hashes ([`lowercase_hash`]) of words that are no evidence of an event.
    ignored: FxHashSet<u64>,
    /// The words grouping claims within a story sets aside.
    grouping: GroupingWords,
}

/// The articles of one story (positions in the article list, in load order) and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryGroup {
    pub articles: Vec<usize>,
    pub label: String,
}

impl Clustering {
    /// Stop words from `assets/stories.toml` and the lexicon's generic words, with the given
    /// similarity threshold (clamped to 0–1).
    pub fn new(lexicon: &Lexicon, threshold: f32) -> Self {
        let vocabulary: Vocabulary =
            toml::from_str(BUNDLED).expect("the bundled stories vocabulary is valid");
        let generic = [
            &lexicon.number_words,
            &lexicon.speech_words,
            &lexicon.time_words,
            &lexicon.weekdays,
            &lexicon.months,
            &lexicon.roles,
            &lexicon.titles,
            &lexicon.determiners,
            &lexicon.auxiliaries,
            &lexicon.place_prepositions,
        ];
        let ignored = vocabulary
            .stop_words
            .iter()
            .chain(generic.into_iter().flatten())
            .map(|word| lowercase_hash(word))
            .collect();
        Self {
            threshold: threshold.clamp(0.0, 1.0),
            ignored,
            grouping: GroupingWords::new(lexicon),
        }
    }

    /// The bundled vocabulary and the default threshold, made once.
    pub fn bundled() -> &'static Self {
        static BUNDLED_CLUSTERING: OnceLock<Clustering> = OnceLock::new();
        BUNDLED_CLUSTERING.get_or_init(|| Self::new(&Lexicon::bundled(), DEFAULT_THRESHOLD))
    }

    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    pub(crate) fn grouping(&self) -> &GroupingWords {
        &self.grouping
    }

    /// The stories of a corpus: every article in exactly one, largest story first.
    pub fn cluster(&self, articles: &[Article], claims: &[Claim]) -> Vec<StoryGroup> {
        if articles.is_empty() {
            return Vec::new();
        }
        let (bags, terms) = self.bags(articles, claims);
        let placeable: Vec<bool> = bags.iter().map(|bag| bag.len() >= MIN_TERMS).collect();
        let vectors = tf_idf(bags, terms);
        let (postings, vectors) = Postings::of(vectors);
        let mut links = DisjointSets::new(articles.len());
        link_similar(&vectors, &postings, self.threshold, &mut links);
        groups(articles, &vectors, &postings, &placeable, &mut links)
    }

    /// Every article's bag of terms, and the terms. Every bag is held until the document
    /// frequencies are known: made a chunk of articles at a time, each is kept as a list of
    /// term numbers (8 bytes a term; its hash map took two to four times that), all in one
    /// allocation that becomes the vectors and then the postings (see [`tf_idf`]). Each
    /// article's claims are listed only while the bags are made, so that the lists are gone
    /// before linking, the peak of a run's memory.
    fn bags(&self, articles: &[Article], claims: &[Claim]) -> (Lists<(u32, f32)>, Terms) {
        let position: FxHashMap<_, usize> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id, i))
            .collect();
        let mut claims_of: Vec<Vec<&Claim>> = vec![Vec::new(); articles.len()];
        for claim in claims {
            if let Some(&i) = position.get(&claim.article) {
                claims_of[i].push(claim);
            }
        }
        let mut terms = Terms::default();
        // Room for as many terms as the bags' hash maps are sized for, which is more than
        // they hold: pages never written are never resident, and the list is cut to its size
        // once the vectors are made.
        let text_bytes: usize = (articles.iter())
            .map(|a| a.title().len() + a.blocks.iter().map(|b| a.text(b).len()).sum::<usize>())
            .sum();
        let mut bags = Lists::with_capacity(articles.len(), text_bytes / BYTES_PER_TERM);
        let chunk = BAGS_PER_THREAD * rayon::current_num_threads();
        for (articles, claims) in articles.chunks(chunk).zip(claims_of.chunks(chunk)) {
            let made: Vec<FxHashMap<u64, f32>> = articles
                .par_iter()
                .zip(claims.par_iter())
                .map(|(article, claims)| self.terms(article, claims))
                .collect();
            for bag in made {
                bags.push(terms.add(bag));
            }
        }
        (bags, terms)
    }

    /// An article's terms and their raw weights.
    fn terms(&self, article: &Article, claims: &[&Claim]) -> FxHashMap<u64, f32> {
        // Sized up front: growing the map was a tenth of this function's time. The dev set
        // and a thousand other real articles hold one distinct word of three letters or more
        // per 12 bytes, and stop words are left out.
        let text_bytes: usize = article.blocks.iter().map(|b| article.text(b).len()).sum();
        let mut bag = FxHashMap::with_capacity_and_hasher(
            (article.title().len() + text_bytes) / BYTES_PER_TERM,
            Default::default(),
        );
        let mut lead_left = 0;
        self.add_words(article.title(), TITLE_WEIGHT, &mut lead_left, &mut bag);
        lead_left = LEAD_WORDS;
        for block in &article.blocks {
            let text = article.text(block);
            let weight = match block.kind {
                BlockKind::Headline if text.trim() == article.title().trim() => continue,
                BlockKind::Headline => TITLE_WEIGHT,
                BlockKind::Standfirst => LEAD_WEIGHT,
                // a gallery's captions and a live blog's subheadings are about the event too
                BlockKind::Body | BlockKind::Caption | BlockKind::Subheading => BODY_WEIGHT,
                _ => continue,
            };
            self.add_words(text, weight, &mut lead_left, &mut bag);
        }
        for claim in claims {
            let names = claim
                .place
                .iter()
                .chain(claim.places())
                .map(|p| ("place", p.as_str()))
                .chain(claim.actor().map(|a| ("actor", a)))
                .chain(claim.target().map(|t| ("actor", t)))
                .chain(claim.attributed_to().map(|a| ("actor", a)));
            for (kind, name) in names {
                add_feature(&mut bag, &[kind, name.trim()], CLAIM_NAME_WEIGHT);
            }
            if claim.kind == ClaimKind::Count
                && let (Some(value), Some(metric)) = (claim.value, claim.metric)
                && value >= MIN_FIGURE
            {
                add_feature(
                    &mut bag,
                    &["figure", metric.as_str(), &value.to_string()],
                    FIGURE_WEIGHT,
                );
            }
        }
        if let Some(month) = article.published.as_deref().and_then(iso_month) {
            add_feature(&mut bag, &["published", month], DATE_WEIGHT);
        }
        bag
    }

    /// Adds the words of `text` that are evidence: the first `lead_left` at the lead's weight
    /// (counting down), the rest at `weight`.
    fn add_words(
        &self,
        text: &str,
        weight: f32,
        lead_left: &mut usize,
        bag: &mut FxHashMap<u64, f32>,
    ) {
        // the one tokenizer's words (ASCII fast paths; UAX #29 words otherwise), without the
        // tokens' keys: the hash below folds case itself
        crate::text::for_each_segment(text, |at, word| {
            if !crate::text::is_word(word) {
                return;
            }
            // (`strip_suffix`: `trim_end_matches` with a text pattern builds a searcher per
            // call, a third of this loop's time)
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word);
            let weight = if *lead_left > 0 {
                *lead_left -= 1;
                weight.max(LEAD_WEIGHT)
            } else {
                weight
            };
            if word.len() < MIN_WORD_BYTES {
                return;
            }
            // figures come from the claims, with what they count
            let Some(hash) = lowercase_hash_unless_digits(word) else {
                return;
            };
            if self.ignored.contains(&hash) {
                return;
            }
            // a capital inside a sentence marks a name (a place, a person, a group); one at a
            // sentence's start says nothing
            let name = if word.starts_with(char::is_uppercase) && !starts_sentence(&text[..at]) {
                NAME_WEIGHT
            } else {
                1.0
            };
            *bag.entry(hash).or_default() += weight * name;
        });
    }
}

/// Whether a word after `before` starts a sentence: nothing but spaces and quotes since the
/// block's start or a full stop, question or exclamation mark, or colon.
fn starts_sentence(before: &str) -> bool {
    before
        .chars()
        .rev()
        .find(|c| {
            !c.is_whitespace() && !matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[' | '—' | '-')
        })
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '…'))
}

/// A feature that is not a word of the text (a claim's place, a figure): its parts joined by
/// a separator no word contains, hashed like a word.
fn add_feature(bag: &mut FxHashMap<u64, f32>, parts: &[&str], weight: f32) {
    if parts.iter().any(|p| p.is_empty()) {
        return;
    }
    *bag.entry(lowercase_hash(&parts.join("\u{1}"))).or_default() += weight;
}

/// `2026-01` of an ISO date (`2026-01-31`, `2026-01-31T19:57:00+05:30`).
fn iso_month(date: &str) -> Option<&str> {
    let month = date.get(..7)?;
    let bytes = month.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    (digits(0..4) && bytes[4] == b'-' && digits(5..7)).then_some(month)
}

/// Lists one after another in one allocation, list `i` at `items[starts[i]..starts[i + 1]]`:
/// each article's bag, vector or terms, or each term's postings, without an allocation (and
/// its header and spare room) for each of a corpus's articles or terms.
struct Lists<T> {
    items: Vec<T>,
    starts: Vec<usize>,
}

impl<T> Lists<T> {
    fn with_capacity(lists: usize, items: usize) -> Self {
        let mut starts = Vec::with_capacity(lists + 1);
        starts.push(0);
        Self {
            items: Vec::with_capacity(items),
            starts,
        }
    }

    /// Adds a list after the others.
    fn push(&mut self, list: impl IntoIterator<Item = T>) {
        self.items.extend(list);
        self.starts.push(self.items.len());
    }

    /// How many lists there are.
    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    fn get(&self, list: usize) -> &[T] {
        &self.items[self.starts[list]..self.starts[list + 1]]
    }

    fn iter(&self) -> impl Iterator<Item = &[T]> {
        self.starts.windows(2).map(|w| &self.items[w[0]..w[1]])
    }

    /// Each list as a slice of its own, to change in place (in parallel).
    fn slices_mut(&mut self) -> Vec<&mut [T]> {
        let mut rest = &mut self.items[..];
        (self.starts.windows(2))
            .map(|w| {
                let (list, after) = std::mem::take(&mut rest).split_at_mut(w[1] - w[0]);
                rest = after;
                list
            })
            .collect()
    }

    /// Keeps the first `kept[i]` items of each list `i`, moving them down over what the
    /// lists before it dropped, and gives the room left back.
    fn keep_fronts(&mut self, kept: &[usize])
    where
        T: Copy,
    {
        let mut end = 0;
        for (list, &kept) in kept.iter().enumerate() {
            let start = self.starts[list];
            self.items.copy_within(start..start + kept, end);
            self.starts[list] = end;
            end += kept;
        }
        self.starts[kept.len()] = end;
        self.items.truncate(end);
        self.items.shrink_to_fit();
    }
}

/// Every term of a corpus, numbered as first seen: its hash, and how many articles have it.
#[derive(Default)]
struct Terms {
    numbers: FxHashMap<u64, u32>,
    hashes: Vec<u64>,
    documents: Vec<u32>,
}

impl Terms {
    /// An article's bag with its terms numbered, counting the article for each of them: its
    /// terms (numbers in [`Terms`]) and their raw weights, each term once.
    fn add(&mut self, bag: FxHashMap<u64, f32>) -> impl Iterator<Item = (u32, f32)> {
        bag.into_iter().map(|(hash, raw)| {
            let next = u32::try_from(self.hashes.len()).expect("fewer than 4 billion terms");
            let term = *self.numbers.entry(hash).or_insert(next);
            if term == next {
                self.hashes.push(hash);
                self.documents.push(0);
            }
            self.documents[term as usize] += 1;
            (term, raw)
        })
    }
}

/// TF-IDF vectors of the bags, each cut to its [`KEPT_TERMS`] heaviest terms and normalised:
/// an article's kept terms (renumbered: those of more than one article, in first-seen order)
/// and their weights, unit length. Terms only one article has are dropped after normalising
/// (they count for its length but can link it to nothing). Each vector is made in its bag's
/// place, so the bags and the vectors are not both held (that was the peak of a run's memory);
/// so are the terms, every distinct term of the corpus, which linking does not read.
fn tf_idf(mut bags: Lists<(u32, f32)>, terms: Terms) -> Lists<(u32, f32)> {
    let mut shared = 0;
    let numbers: Vec<Option<u32>> = (terms.documents.iter())
        .map(|&documents| {
            (documents > 1).then(|| {
                shared += 1;
                shared - 1
            })
        })
        .collect();
    let documents = bags.len() as f32;
    // once per term, not once per article that has it
    let idf: Vec<f32> = (terms.documents.iter())
        .map(|&df| 1.0 + ((documents + 1.0) / (df as f32 + 1.0)).ln())
        .collect();
    let kept: Vec<usize> = bags
        .slices_mut()
        .into_par_iter()
        .map(|bag| {
            for (term, weight) in bag.iter_mut() {
                let raw = *weight;
                let tf = if raw >= 1.0 { 1.0 + raw.ln() } else { raw };
                *weight = tf * idf[*term as usize];
            }
            // heaviest first; equal weights by term, so the cut does not depend on hash order
            let hash = |term: u32| terms.hashes[term as usize];
            bag.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(hash(a.0).cmp(&hash(b.0))));
            let heaviest = bag.len().min(KEPT_TERMS);
            let norm = bag[..heaviest]
                .iter()
                .map(|(_, w)| w * w)
                .sum::<f32>()
                .sqrt();
            if norm == 0.0 {
                return 0;
            }
            let mut kept = 0;
            for at in 0..heaviest {
                let (term, weight) = bag[at];
                if let Some(number) = numbers[term as usize] {
                    bag[kept] = (number, weight / norm);
                    kept += 1;
                }
            }
            kept
        })
        .collect();
    bags.keep_fronts(&kept);
    bags
}

/// Links each article to its [`NEIGHBOURS`] most similar articles among those whose cosine
/// similarity reaches `threshold`, each article scored against the earlier articles that share
/// a term with it (so each pair is scored once). Linking only near neighbours keeps one stray
/// pair of similar articles from two events from chaining the events together, when each has
/// closer siblings.
///
/// An article's scores depend only on the postings, so a chunk of articles is scored in
/// parallel (this was a fifth of a run's instructions, all on one thread); the similar pairs
/// are then offered to [`Nearest`] in article order, as one article after another would, so
/// the links do not depend on the thread count.
fn link_similar(
    vectors: &Lists<u32>,
    postings: &Postings,
    threshold: f32,
    links: &mut DisjointSets,
) {
    let mut nearest = vec![Nearest::default(); vectors.len()];
    let threads = rayon::current_num_threads();
    // one score array per thread, reused: allocating one per article would cost as much as
    // the scoring
    let mut scratch: Vec<Scores> = (0..threads).map(|_| Scores::new(vectors.len())).collect();
    // How many earlier articles have each term: counted in article order, a chunk ahead of
    // the scoring, so that scoring needs no search of the postings (a binary search per term
    // missed the cache at every step)
    let mut visited = vec![0u32; postings.terms()];
    let count = vectors.len();
    for chunk_start in (0..count).step_by(LINKED_PER_THREAD * threads) {
        let chunk = chunk_start..count.min(chunk_start + LINKED_PER_THREAD * threads);
        // per article of the chunk, per term of its vector, the term's earlier articles
        let mut earlier: Vec<u32> = Vec::new();
        let mut firsts: Vec<usize> = Vec::with_capacity(chunk.len() + 1);
        for article in chunk.clone() {
            firsts.push(earlier.len());
            for &term in vectors.get(article) {
                earlier.push(visited[term as usize]);
                visited[term as usize] += 1;
            }
        }
        firsts.push(earlier.len());
        let per_thread = chunk.len().div_ceil(threads);
        let similar: Vec<Vec<(usize, f32)>> = scratch
            .par_iter_mut()
            .enumerate()
            .flat_map_iter(|(thread, scores)| {
                let from = count.min(chunk.start + thread * per_thread);
                let part = from..chunk.end.min(from + per_thread);
                let (earlier, firsts) = (&earlier, &firsts);
                part.map(move |article| {
                    let at = article - chunk_start;
                    let earlier = &earlier[firsts[at]..firsts[at + 1]];
                    scores.similar(vectors.get(article), earlier, postings, threshold)
                })
            })
            .collect();
        for (article, similar) in chunk.zip(similar) {
            for (other, similarity) in similar {
                nearest[article].keep(similarity, other);
                nearest[other].keep(similarity, article);
            }
        }
    }
    for (article, neighbours) in nearest.iter().enumerate() {
        for &other in neighbours.others() {
            if linked(&nearest, article, other) {
                links.union(article, other);
            }
        }
    }
}

/// Whether an article and one of its nearest articles are in one story: when each is among
/// the other's nearest, or when they share [`SHARED_NEIGHBOURS`] of their nearest (the
/// shared-neighbour rule of Jarvis and Patrick). An article whose own event has too few
/// reports to fill its nearest takes in a similar report of another event, but that report
/// has closer reports of its own event and shares none of them: single linkage over such
/// links had chained related events (two floods, two abductions) into one story.
fn linked(nearest: &[Nearest], article: usize, other: usize) -> bool {
    let (ours, theirs) = (nearest[article].others(), nearest[other].others());
    theirs.contains(&article)
        || ours.iter().filter(|n| theirs.contains(n)).count() >= SHARED_NEIGHBOURS
}

/// Articles a thread scores at a time: few enough that their similar pairs (a few hundred an
/// article where many reprint one story) stay small beside the corpus.
const LINKED_PER_THREAD: usize = 64;

/// One thread's working arrays for scoring an article against all earlier ones.
///
/// Both are indexed through a mask that never changes the index (each array is a power of two
/// long, and no index reaches its length), so that the compiler sees every index is in bounds
/// and leaves the bounds checks out of [`scan`]: with its values kept in registers, 16
/// instructions a posting instead of 19, in a loop that ran a fifth of a run's instructions.
struct Scores {
    /// Per article (its number masked by `score.len() - 1`), its score so far.
    score: Vec<f32>,
    /// The articles scored so far for this article, in first-scored order: `touched[..scored]`.
    /// Written at every step and kept only when the article was new, so the scan has no
    /// branch to mispredict. `scored` grows by at most one per posting scanned, and an article
    /// scans at most [`SCANNED_POSTINGS`] postings for each of its at most [`KEPT_TERMS`] terms.
    touched: Box<[u32; TOUCHED]>,
}

/// The most articles one article can score: [`Scores::touched`]'s length.
const TOUCHED: usize = (KEPT_TERMS * SCANNED_POSTINGS).next_power_of_two();

impl Scores {
    fn new(articles: usize) -> Self {
        Self {
            score: vec![0.0; articles.next_power_of_two()],
            touched: vec![0; TOUCHED]
                .into_boxed_slice()
                .try_into()
                .expect("TOUCHED long"),
        }
    }

    /// The earlier articles whose similarity to an article reaches `threshold`, with it, in
    /// first-scored order: for each term of its vector (`terms`), of the term's `earlier`
    /// articles (one count per term) the [`SCANNED_POSTINGS`] most recent, latest first.
    /// Leaves every score at zero again.
    fn similar(
        &mut self,
        terms: &[u32],
        earlier: &[u32],
        postings: &Postings,
        threshold: f32,
    ) -> Vec<(usize, f32)> {
        assert!(
            terms.len() <= KEPT_TERMS,
            "a vector keeps at most KEPT_TERMS"
        );
        let mask = self.score.len() - 1;
        let score = &mut self.score[..=mask];
        let touched = &mut self.touched;
        let mut scored = 0;
        for (&term, &earlier) in terms.iter().zip(earlier) {
            // the article's own posting comes right after its earlier articles'
            let (earlier, weight) = postings.first(term, earlier);
            let recent = &earlier[earlier.len().saturating_sub(SCANNED_POSTINGS)..];
            scored = scan(recent, weight, score, touched, scored);
        }
        let mut similar = Vec::new();
        for &other in &touched[..scored] {
            let slot = &mut score[other as usize & mask];
            if *slot >= threshold {
                similar.push((other as usize, *slot));
            }
            *slot = 0.0;
        }
        similar
    }
}

/// Adds one term's postings (latest first) to the scores, listing each article scored for the
/// first time after `touched[..scored]`; returns the new `scored`. Apart from the caller's
/// loop, so that its few values stay in registers (inlined, two of them were spilled at every
/// step).
#[inline(never)]
fn scan(
    recent: &[(u32, f32)],
    weight: f32,
    score: &mut [f32],
    touched: &mut [u32; TOUCHED],
    mut scored: usize,
) -> usize {
    // `score` is a power of two long: the mask keeps every index (an article number) as it is
    let mask = score.len() - 1;
    let score = &mut score[..=mask];
    for &(other, other_weight) in recent.iter().rev() {
        let slot = &mut score[other as usize & mask];
        let before = *slot;
        touched[scored & (TOUCHED - 1)] = other;
        // zero as bits, an integer compare (scores are sums of positive products, so never
        // -0.0)
        scored += usize::from(before.to_bits() == 0);
        *slot = before + weight * other_weight;
    }
    scored
}

/// Every term's postings, (article, weight) in article order, a list per term.
struct Postings {
    lists: Lists<(u32, f32)>,
}

impl Postings {
    /// The postings of the vectors, made in the vectors' own place (a posting is as large as
    /// a vector's entry, and linking is the peak of a run's memory), and the vectors' terms,
    /// which are all linking needs of them besides: an article's weight for a term is its
    /// posting.
    fn of(vectors: Lists<(u32, f32)>) -> (Self, Lists<u32>) {
        let Lists { mut items, starts } = vectors;
        let terms = Lists {
            items: items.iter().map(|&(term, _)| term).collect(),
            starts,
        };
        let mut term_starts = vec![0; terms.items.iter().max().map_or(0, |&t| t as usize + 1) + 1];
        for &term in &terms.items {
            term_starts[term as usize + 1] += 1;
        }
        for term in 1..term_starts.len() {
            term_starts[term] += term_starts[term - 1];
        }
        // Each entry's place among the postings, in the place of its term (which `terms`
        // keeps): its term's postings are in article order.
        let mut next = term_starts.clone();
        for (term, _) in &mut items {
            let place = &mut next[*term as usize];
            *term = u32::try_from(*place).expect("fewer than 4 billion postings");
            *place += 1;
        }
        // Each swap moves an entry to its place for good: one swap per entry at most.
        for at in 0..items.len() {
            loop {
                let place = items[at].0 as usize;
                if place == at {
                    break;
                }
                items.swap(at, place);
            }
        }
        // The places were handed out in article order, so they are filled in that order.
        next.copy_from_slice(&term_starts);
        for (article, terms) in terms.iter().enumerate() {
            let number = u32::try_from(article).expect("fewer than 4 billion articles");
            for &term in terms {
                let place = &mut next[term as usize];
                items[*place].0 = number;
                *place += 1;
            }
        }
        let lists = Lists {
            items,
            starts: term_starts,
        };
        (Self { lists }, terms)
    }

    /// How many terms there are.
    fn terms(&self) -> usize {
        self.lists.len()
    }

    /// The first `count` postings of `term` (those of its `count` earliest articles), and
    /// the weight of its next one.
    fn first(&self, term: u32, count: u32) -> (&[(u32, f32)], f32) {
        let (first, next) = self.lists.get(term as usize).split_at(count as usize);
        (first, next[0].1)
    }

    /// The weight of `term` in `article`'s vector, which has it.
    fn weight(&self, term: u32, article: usize) -> f32 {
        let list = self.lists.get(term as usize);
        let at = list
            .binary_search_by_key(&article, |&(a, _)| a as usize)
            .expect("the article's own posting");
        list[at].1
    }
}

/// An article's [`NEIGHBOURS`] most similar articles so far, in the first `len` slots: kept
/// inline, as every scored pair that reaches the threshold is offered to both its articles.
#[derive(Clone, Copy, Default)]
struct Nearest {
    similarity: [f32; NEIGHBOURS],
    other: [usize; NEIGHBOURS],
    len: usize,
}

impl Nearest {
    /// Keeps `other` if it is among the most similar (ties: the earlier article).
    fn keep(&mut self, similarity: f32, other: usize) {
        if self.len < NEIGHBOURS {
            self.similarity[self.len] = similarity;
            self.other[self.len] = other;
            self.len += 1;
            return;
        }
        // most offers are no closer than any kept one (similarities are positive)
        if self.similarity.iter().all(|&kept| similarity <= kept) {
            return;
        }
        let weakest = (0..NEIGHBOURS)
            .min_by(|&a, &b| {
                (self.similarity[a].total_cmp(&self.similarity[b]))
                    .then(self.other[b].cmp(&self.other[a]))
            })
            .expect("NEIGHBOURS > 0");
        if similarity > self.similarity[weakest] {
            self.similarity[weakest] = similarity;
            self.other[weakest] = other;
        }
    }

    fn others(&self) -> &[usize] {
        &self.other[..self.len]
    }
}

/// The stories the links make: largest first (then by first article), articles in load order;
/// articles too short to place join the largest story.
fn groups(
    articles: &[Article],
    vectors: &Lists<u32>,
    postings: &Postings,
    placeable: &[bool],
    links: &mut DisjointSets,
) -> Vec<StoryGroup> {
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut unplaced = Vec::new();
    for (article, &placeable) in placeable.iter().enumerate() {
        if !placeable {
            unplaced.push(article);
        } else {
            members
                .entry(links.find(article))
                .or_default()
                .push(article);
        }
    }
    let mut stories: Vec<Vec<usize>> = members.into_values().collect();
    stories.sort_by_key(|story| (std::cmp::Reverse(story.len()), story[0]));
    match stories.first_mut() {
        Some(largest) => {
            largest.extend(unplaced);
            largest.sort_unstable();
        }
        None => stories.push(unplaced),
    }
    stories
        .into_iter()
        .map(|story| StoryGroup {
            label: label(articles, vectors, postings, &story),
            articles: story,
        })
        .collect()
}

/// The title of the story's most central article: the one closest to the story's centroid.
fn label(
    articles: &[Article],
    vectors: &Lists<u32>,
    postings: &Postings,
    story: &[usize],
) -> String {
    let mut centroid: FxHashMap<u32, f32> = FxHashMap::default();
    for &article in story {
        for &term in vectors.get(article) {
            *centroid.entry(term).or_default() += postings.weight(term, article);
        }
    }
    let closeness = |article: usize| -> f32 {
        (vectors.get(article).iter())
            .map(|&term| {
                postings.weight(term, article) * centroid.get(&term).copied().unwrap_or(0.0)
            })
            .sum()
    };
    // each article's closeness once, not once per comparison
    let central = story
        .iter()
        .copied()
        .filter(|&a| !articles[a].title().trim().is_empty())
        .map(|a| (closeness(a), a))
        .max_by(|(closer, a), (other, b)| closer.total_cmp(other).then(b.cmp(a)))
        .map_or(story[0], |(_, a)| a);
    let article = &articles[central];
    let title = article
        .title()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if title.is_empty() {
        article.source_name()
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, BlockKind};

    fn lists<T: Copy>(lists: &[&[T]]) -> Lists<T> {
        let mut made = Lists::with_capacity(lists.len(), 0);
        for list in lists {
            made.push(list.iter().copied());
        }
        made
    }

    #[test]
    fn a_terms_postings_are_its_articles_in_order() {
        let vectors = lists(&[
            &[(2, 0.5), (0, 0.5)],
            &[(1, 1.0)],
            &[(2, 0.25), (1, 0.75)],
            &[(3, 1.0)],
            &[(0, 0.125), (3, 0.5), (2, 0.375)],
        ]);
        let (postings, terms) = Postings::of(vectors);
        assert_eq!(postings.terms(), 4);
        let all: Vec<&[(u32, f32)]> = postings.lists.iter().collect();
        assert_eq!(
            all,
            [
                &[(0, 0.5), (4, 0.125)][..],
                &[(1, 1.0), (2, 0.75)],
                &[(0, 0.5), (2, 0.25), (4, 0.375)],
                &[(3, 1.0), (4, 0.5)],
            ]
        );
        assert_eq!(terms.get(4), [0, 3, 2], "each vector's terms as they were");
        assert_eq!(postings.first(2, 0), (&[][..], 0.5));
        assert_eq!(postings.first(2, 2), (&[(0, 0.5), (2, 0.25)][..], 0.375));
        assert_eq!(postings.weight(3, 4), 0.5);
    }

    #[test]
    fn lists_changed_in_place_keep_their_fronts() {
        let mut lists = lists(&[&[(0, 1.0), (1, 2.0)], &[(1, 1.0), (2, 1.0)], &[(0, 3.0)]]);
        for list in lists.slices_mut() {
            list[0].1 += 1.0;
        }
        lists.keep_fronts(&[1, 0, 1]);
        let kept: Vec<&[(u32, f32)]> = lists.iter().collect();
        assert_eq!(kept, [&[(0, 2.0)][..], &[], &[(0, 4.0)]]);
        assert_eq!(lists.items.capacity(), 2, "the room left is given back");
    }

    #[test]
    fn an_article_is_scored_against_earlier_ones_in_first_scored_order() {
        let vectors = lists(&[&[(0, 0.6), (1, 0.8)], &[(1, 1.0)], &[(0, 0.5), (1, 0.5)]]);
        let (postings, vectors) = Postings::of(vectors);
        let mut scores = Scores::new(vectors.len());
        // the third article: term 0 is in one earlier article, term 1 in two
        let similar = scores.similar(vectors.get(2), &[1, 2], &postings, 0.1);
        assert_eq!(similar, [(0, 0.5 * 0.6 + 0.5 * 0.8), (1, 0.5)]);
        let strict = scores.similar(vectors.get(2), &[1, 2], &postings, 0.6);
        assert_eq!(
            strict,
            [(0, 0.5 * 0.6 + 0.5 * 0.8)],
            "and every score was left at zero"
        );
        assert!(scores.score.iter().all(|&s| s == 0.0));
    }

    fn article(index: usize, title: &str, body: &str) -> Article {
        let text = format!("{title}\n\n{body}");
        let mut article = Article::from_parts(
            ArticleId::from_index(index),
            format!("{index}.txt"),
            &text,
            &[(BlockKind::Headline, title), (BlockKind::Body, body)],
        );
        article.set_title(title);
        article
    }

    fn stories(articles: &[Article]) -> Vec<Vec<usize>> {
        Clustering::bundled()
            .cluster(articles, &[])
            .into_iter()
            .map(|s| s.articles)
            .collect()
    }

    const FLOOD: &str = "Floodwaters swept through Varnholm after the Selka river burst its banks, \
        and rescuers in boats searched the drowned streets of Varnholm for survivors. The Selka \
        had risen for three days of torrential rain.";
    const FLOOD_TOO: &str = "Rescuers in Varnholm pulled survivors from rooftops as the Selka \
        river flooded the old town. Torrential rain had swollen the Selka for days.";
    const MINE: &str = "A methane explosion trapped miners deep inside the Orlova colliery, and \
        the Orlova mine company halted work across the coalfield while crews pumped air into \
        the shafts.";
    const MINE_TOO: &str = "Crews at the Orlova colliery pumped air to miners trapped by the \
        methane explosion; the mine company said the coalfield stays closed.";

    #[test]
    fn articles_about_one_event_form_one_story_and_other_events_their_own() {
        let articles = [
            article(0, "Flood in Varnholm", FLOOD),
            article(1, "Mine blast at Orlova", MINE),
            article(2, "Varnholm under water", FLOOD_TOO),
            article(3, "Miners trapped in Orlova colliery", MINE_TOO),
        ];
        assert_eq!(stories(&articles), [vec![0, 2], vec![1, 3]]);
    }

    #[test]
    fn the_threshold_decides_how_alike_articles_must_be() {
        let articles = [
            article(0, "Flood in Varnholm", FLOOD),
            article(1, "Varnholm under water", FLOOD_TOO),
        ];
        let strict = Clustering::new(&Lexicon::bundled(), 1.0);
        assert_eq!(strict.cluster(&articles, &[]).len(), 2);
        let lenient = Clustering::new(&Lexicon::bundled(), 0.01);
        assert_eq!(lenient.cluster(&articles, &[]).len(), 1);
    }

    #[test]
    fn an_appended_story_does_not_pull_its_article_away() {
        let host = format!("{FLOOD}\n\n{MINE} {MINE_TOO}");
        let text = format!("Varnholm flood\n\n{host}");
        let mut with_appended = Article::from_parts(
            ArticleId::from_index(2),
            "2.txt",
            &text,
            &[
                (BlockKind::Headline, "Varnholm flood"),
                (BlockKind::Body, FLOOD),
                (BlockKind::Appended, &format!("{MINE} {MINE_TOO}")),
            ],
        );
        with_appended.set_title("Varnholm flood");
        let articles = [
            article(0, "Flood in Varnholm", FLOOD_TOO),
            article(1, "Mine blast at Orlova", MINE),
            with_appended,
        ];
        assert_eq!(stories(&articles), [vec![0, 2], vec![1]]);
    }

    #[test]
    fn articles_without_text_join_the_largest_story() {
        let empty = |i| Article::new(ArticleId::from_index(i), format!("{i}.txt"));
        let articles = [
            article(0, "Flood in Varnholm", FLOOD),
            empty(1),
            article(2, "Varnholm under water", FLOOD_TOO),
            article(3, "Mine blast at Orlova", MINE),
        ];
        assert_eq!(stories(&articles), [vec![0, 1, 2], vec![3]]);
        assert_eq!(stories(&[empty(0), empty(1)]), [vec![0, 1]]);
        assert!(stories(&[]).is_empty());
    }

    #[test]
    fn stop_words_and_generic_news_words_are_no_evidence() {
        let clustering = Clustering::bundled();
        let a = article(
            0,
            "",
            "The officials said that the people were there on Monday.",
        );
        assert!(
            clustering.terms(&a, &[]).is_empty(),
            "{:?}",
            clustering.terms(&a, &[])
        );
    }

    #[test]
    fn the_label_is_the_most_central_title() {
        let articles = [
            article(0, "Varnholm under water", FLOOD_TOO),
            article(1, "Flood in Varnholm", FLOOD),
            article(2, "Selka floods Varnholm", FLOOD_TOO),
        ];
        let stories = Clustering::bundled().cluster(&articles, &[]);
        assert_eq!(stories.len(), 1);
        assert_ne!(stories[0].label, "Flood in Varnholm");
        assert!(stories[0].label.contains("Varnholm"));
    }

    #[test]
    fn each_article_keeps_only_its_nearest_neighbours() {
        let mut nearest = Nearest::default();
        for (similarity, other) in [(0.5, 1), (0.2, 2), (0.9, 3), (0.3, 4), (0.4, 5), (0.1, 6)] {
            nearest.keep(similarity, other);
        }
        let mut kept = nearest.others().to_vec();
        kept.sort_unstable();
        assert_eq!(kept.len(), NEIGHBOURS);
        assert_eq!(kept, [1, 3, 4, 5], "the weakest links are dropped");
        for (similarity, other) in [(0.3, 7), (0.4, 8), (0.45, 9)] {
            nearest.keep(similarity, other);
        }
        let mut kept = nearest.others().to_vec();
        kept.sort_unstable();
        assert_eq!(
            kept,
            [1, 3, 5, 9],
            "of equally weak links the later article goes"
        );
    }

    #[test]
    fn a_stray_neighbour_is_linked_only_when_it_shares_the_articles_neighbours() {
        let nearest_of = |lists: &[&[usize]]| -> Vec<Nearest> {
            (lists.iter())
                .map(|others| {
                    let mut nearest = Nearest::default();
                    for (rank, &other) in others.iter().enumerate() {
                        nearest.keep(1.0 - rank as f32 / 10.0, other);
                    }
                    nearest
                })
                .collect()
        };
        // two events of three reports, 0–2 and 3–5; report 2's nearest include report 3
        let events = nearest_of(&[
            &[1, 2, 4],
            &[0, 2, 5],
            &[0, 1, 3],
            &[4, 5, 1],
            &[3, 5, 0],
            &[3, 4, 2],
        ]);
        assert!(linked(&events, 0, 1), "each among the other's nearest");
        assert!(
            !linked(&events, 2, 3),
            "3 has closer reports of its own event"
        );
        assert!(!linked(&events, 3, 1), "one shared neighbour is not enough");
        // one event of six reports: 5 is not among 0's nearest, but shares two of them
        let one_event = nearest_of(&[
            &[1, 2, 3, 4],
            &[0, 2, 3, 4],
            &[0, 1, 3, 4],
            &[0, 1, 2, 4],
            &[0, 1, 2, 3],
            &[0, 1, 2, 3],
        ]);
        assert!(linked(&one_event, 5, 0));
    }

    #[test]
    fn iso_months_are_read_and_other_dates_ignored() {
        assert_eq!(iso_month("2026-01-31T19:57:00+05:30"), Some("2026-01"));
        assert_eq!(iso_month("January 31"), None);
        assert_eq!(iso_month("2026"), None);
    }
}
