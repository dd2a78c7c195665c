//! Which articles share an origin: reprinted wire copy is one source, however many outlets
//! carry it.
//!
//! Two articles share an origin when their own text (headline, standfirst, body) overlaps
//! heavily: at least [`MIN_CONTAINMENT`] of the smaller article's 8-word shingles occur in the
//! other, or they share [`MIN_SHARED_SENTENCES`] whole sentences. Sharing is transitive
//! (union-find), so A copying B and C copying B make one origin.
//!
//! Containment is estimated on a fixed sample of shingles (those whose hash is divisible by
//! [`SHINGLE_SAMPLING`]): both articles keep the same shingles of any passage they share, so
//! the sample's containment estimates the whole one, at a fraction of the memory and time
//! (every shingle of a 100 MB corpus would be 18 million postings).

use super::disjoint_sets::DisjointSets;
use crate::model::{Article, ArticleId, Block};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

const SHINGLE_WORDS: usize = 8;
const SHINGLE_SAMPLING: u64 = 4;
const MIN_CONTAINMENT: f64 = 0.25;
/// One sampled shingle in common is chance (a stock phrase); two are not.
const MIN_SHARED_SAMPLED: u32 = 2;
const MIN_SHARED_SENTENCES: u32 = 3;
/// Above this many articles sharing one hash, only pairs with the first are counted.
const ALL_PAIRS_LIMIT: usize = 16;
/// Shorter sentences ("Police said.") are shared by chance.
const MIN_SENTENCE_WORDS: usize = 5;
/// Articles a thread fingerprints at a time: only a chunk's hash sets are ever held apart from
/// the postings.
const FINGERPRINTS_PER_THREAD: usize = 64;

/// The origin of every loaded article, computed once per comparison run.
pub(super) struct Origins {
    root_of: FxHashMap<ArticleId, usize>,
}

impl Origins {
    pub(super) fn new(articles: &[Article]) -> Self {
        // a word is at least a byte and a separator, and each sampled shingle starts at a word
        let most_words: usize = (articles.iter())
            .flat_map(|a| own_text(a).map(|block| a.text(block).len() / 2 + 1))
            .sum();
        let mut shingles = HashPostings::new(articles.len(), most_words);
        let mut sentences = HashPostings::new(articles.len(), most_words / MIN_SENTENCE_WORDS);
        let chunk = FINGERPRINTS_PER_THREAD * rayon::current_num_threads();
        for articles in articles.chunks(chunk) {
            let made: Vec<Fingerprint> = articles.par_iter().map(Fingerprint::of).collect();
            for fingerprint in made {
                shingles.push(&fingerprint.shingles);
                sentences.push(&fingerprint.sentences);
            }
        }
        let mut sets = DisjointSets::new(articles.len());
        let sampled = shingles.counts.clone();
        for_each_shared(shingles, |a, b, shared| {
            let smaller = sampled[a].min(sampled[b]);
            if shared >= MIN_SHARED_SAMPLED && f64::from(shared) >= MIN_CONTAINMENT * smaller as f64
            {
                sets.union(a, b);
            }
        });
        for_each_shared(sentences, |a, b, shared| {
            if shared >= MIN_SHARED_SENTENCES {
                sets.union(a, b);
            }
        });
        let root_of = articles
            .iter()
            .enumerate()
            .map(|(i, article)| (article.id, sets.find(i)))
            .collect();
        Self { root_of }
    }

    /// How many independent origins stand behind these articles. An id that was not loaded
    /// counts as an origin of its own.
    pub(super) fn count(&self, article_ids: impl IntoIterator<Item = ArticleId>) -> usize {
        let mut roots: Vec<Result<usize, ArticleId>> = article_ids
            .into_iter()
            .map(|id| self.root_of.get(&id).copied().ok_or(id))
            .collect();
        roots.sort_unstable();
        roots.dedup();
        roots.len()
    }
}

/// Hashed shingles (the sample) and sentences of an article's own text, each listed once.
struct Fingerprint {
    shingles: Vec<u64>,
    sentences: Vec<u64>,
}

impl Fingerprint {
    fn of(article: &Article) -> Self {
        let mut shingles = Vec::new();
        let mut sentences = Vec::new();
        let mut words = Vec::new();
        for block in own_text(article) {
            words.clear();
            for sentence in sentence_pieces(article.text(block)) {
                let start = words.len();
                push_word_hashes(sentence, &mut words);
                if words.len() - start >= MIN_SENTENCE_WORDS {
                    sentences.push(combine(&words[start..]));
                }
            }
            shingles.extend(
                words
                    .windows(SHINGLE_WORDS)
                    .map(combine)
                    .filter(|hash| hash % SHINGLE_SAMPLING == 0),
            );
        }
        for hashes in [&mut shingles, &mut sentences] {
            hashes.sort_unstable();
            hashes.dedup();
        }
        Self {
            shingles,
            sentences,
        }
    }
}

/// The blocks of an article's own text: headline, standfirst, body.
fn own_text(article: &Article) -> impl Iterator<Item = &Block> {
    article.blocks.iter().filter(|b| b.kind.is_article_text())
}

/// `text.split_inclusive(['.', '!', '?'])`, the stops found by `memchr` (the standard
/// library's search for a set of characters was a fifth of fingerprinting). The stops are
/// ASCII, so every piece ends on a character boundary.
fn sentence_pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr3_iter(b'.', b'!', b'?', text.as_bytes())
        .map(|stop| stop + 1)
        .chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            let piece = &text[start..end];
            start = end;
            (!piece.is_empty()).then_some(piece)
        })
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Appends a hash per word, case-insensitive; punctuation and quote styles separate words and
/// do not matter.
fn push_word_hashes(text: &str, hashes: &mut Vec<u64>) {
    if text.is_ascii() {
        // Split at bytes: the same words as below, without decoding characters.
        let words = text.as_bytes().split(|b| !b.is_ascii_alphanumeric());
        let words = words.filter(|w| !w.is_empty());
        hashes.extend(words.map(crate::words::ascii_lowercase_hash));
        return;
    }
    let words = text.split(|c: char| !c.is_alphanumeric());
    hashes.extend(
        words
            .filter(|w| !w.is_empty())
            .map(crate::words::lowercase_hash),
    );
}

/// One hash for a run of words, order-sensitive.
fn combine(words: &[u64]) -> u64 {
    words.iter().fold(FNV_OFFSET, |hash, &word| {
        (hash ^ word).wrapping_mul(FNV_PRIME).rotate_left(29)
    })
}

/// Every article's hashes in one list, each set added as soon as its article is fingerprinted,
/// so that the sets of all articles (as many bytes again as the list) are never held beside
/// it. A posting is one u64: the hash's high bits above the article index. Dropping the low
/// bits of a 64-bit hash leaves collisions negligible, and halves the postings' memory.
struct HashPostings {
    postings: Vec<u64>,
    /// Each article's number of hashes, in article order.
    counts: Vec<usize>,
    article_mask: u64,
}

impl HashPostings {
    /// Postings for `articles` articles, with room for `most` of them: a list that outgrew its
    /// room would be copied, the old list and the new held at once; the pages of room never
    /// written are never resident. Where the room cannot be had, the list grows as lists do.
    fn new(articles: usize, most: usize) -> Self {
        let article_bits = usize::BITS - articles.leading_zeros();
        let mut postings = Vec::new();
        // the room is an optimisation, its absence no error
        let _ = postings.try_reserve_exact(most);
        Self {
            postings,
            counts: Vec::with_capacity(articles),
            article_mask: (1u64 << article_bits) - 1,
        }
    }

    /// Adds the next article's hashes.
    fn push(&mut self, hashes: &[u64]) {
        let article = self.counts.len() as u64;
        let key = !self.article_mask;
        self.postings
            .extend(hashes.iter().map(|&hash| hash & key | article));
        self.counts.push(hashes.len());
    }
}

/// Calls `visit(a, b, shared)` for every pair of articles (by index, `a < b`) that share
/// hashes, with how many they share. Sorted postings bring an article's sharers together, and
/// the counting goes one article at a time, so memory stays that of the postings however many
/// pairs there are.
fn for_each_shared(hashes: HashPostings, mut visit: impl FnMut(usize, usize, u32)) {
    let HashPostings {
        mut postings,
        counts,
        article_mask,
    } = hashes;
    let key = |posting: u64| posting & !article_mask;
    let article_of = |posting: u64| (posting & article_mask) as usize;
    postings.sort_unstable();
    // Where each article's own postings ended up, article by article: its sharers are then
    // its neighbours in the list, found with no search (a search over megabytes of postings
    // missed the cache at every step, and over a hash in hundreds of articles at many).
    let mut ends: Vec<usize> = counts
        .iter()
        .scan(0, |end, &count| {
            *end += count;
            Some(*end)
        })
        .collect();
    let mut positions = vec![0u32; postings.len()];
    for (at, &posting) in postings.iter().enumerate().rev() {
        let end = &mut ends[article_of(posting)];
        *end -= 1;
        positions[*end] = u32::try_from(at).expect("fewer than 4 billion postings");
    }
    let starts = ends;
    let mut shared: FxHashMap<usize, u32> = FxHashMap::default();
    for (a, &start) in starts.iter().enumerate() {
        shared.clear();
        for &own in &positions[start..start + counts[a]] {
            for b in paired(&postings, own as usize, key)
                .iter()
                .map(|&p| article_of(p))
                .filter(|&b| b > a)
            {
                *shared.entry(b).or_default() += 1;
            }
        }
        for (&b, &count) in &shared {
            visit(a, b, count);
        }
    }
}

/// The postings the article of `postings[own]` pairs with through that hash: every posting of
/// the hash, except that a passage in very many articles (one wire story reprinted
/// everywhere), which would cost a pair per two of them, pairs only its first article (the
/// lowest index: postings of one hash are in article order) with each of the others. That is
/// linear and still joins them.
fn paired(postings: &[u64], own: usize, key: impl Fn(u64) -> u64) -> &[u64] {
    let hash = key(postings[own]);
    let of_hash = |at: usize| key(postings[at]) == hash;
    // the article's own postings of the hash come together (more than one only when its
    // hashes collide), and before them those of any earlier article
    let mut first_own = own;
    while first_own > 0 && postings[first_own - 1] == postings[own] {
        first_own -= 1;
    }
    if first_own == 0 || !of_hash(first_own - 1) {
        let end = own
            + postings[own..]
                .iter()
                .take_while(|&&p| key(p) == hash)
                .count();
        return &postings[first_own..end];
    }
    // not the first article: all of a few postings, none of many
    let lowest = own.saturating_sub(ALL_PAIRS_LIMIT);
    let start = (lowest..own)
        .find(|&at| of_hash(at))
        .expect("an earlier posting of the hash");
    if start > 0 && of_hash(start - 1) {
        return &[];
    }
    let later = postings[own + 1..].iter().take_while(|&&p| key(p) == hash);
    let end = own + 1 + later.take(ALL_PAIRS_LIMIT).count();
    if end - start > ALL_PAIRS_LIMIT {
        return &[];
    }
    &postings[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind;

    fn article(id: &str, blocks: &[(BlockKind, &str)]) -> Article {
        let text = blocks
            .iter()
            .map(|(_, t)| *t)
            .collect::<Vec<_>>()
            .join("\n\n");
        Article::from_parts(ids(&[id])[0], format!("{id}.txt"), &text, blocks)
    }

    fn ids(texts: &[&str]) -> Vec<ArticleId> {
        texts.iter().map(|id| id.parse().unwrap()).collect()
    }

    const WIRE: &str = "Gunmen stormed a district office before dawn on Tuesday and held staff \
        for several hours, a provincial spokesman told reporters. Troops surrounded the building \
        and exchanged fire with the attackers until late afternoon, according to the spokesman.";

    #[test]
    fn sentence_pieces_split_as_split_inclusive_does() {
        for text in [
            "",
            ".",
            "No stop at all",
            "One. Two! Three? ",
            "Ends on a stop...",
            "Wait?!. Über 5.000 Menschen… flohen. «Oui!» dit-il",
        ] {
            let expected: Vec<&str> = text.split_inclusive(['.', '!', '?']).collect();
            assert_eq!(
                sentence_pieces(text).collect::<Vec<_>>(),
                expected,
                "{text:?}"
            );
        }
    }

    /// The pairs `for_each_shared` visits when `articles` articles share one hash.
    fn pairs_sharing_one_hash(articles: usize) -> Vec<(usize, usize, u32)> {
        let hash = 0x9e37_79b9_7f4a_7c15;
        let mut sets = HashPostings::new(articles, 2 * articles);
        for i in 0..articles {
            sets.push(&[(i as u64 + 1) << 32, hash]);
        }
        let mut pairs = Vec::new();
        for_each_shared(sets, |a, b, shared| pairs.push((a, b, shared)));
        pairs.sort_unstable();
        pairs
    }

    #[test]
    fn a_hash_in_a_few_articles_pairs_them_all_and_in_many_only_the_first() {
        let few = pairs_sharing_one_hash(ALL_PAIRS_LIMIT);
        assert_eq!(few.len(), ALL_PAIRS_LIMIT * (ALL_PAIRS_LIMIT - 1) / 2);
        assert!(few.iter().all(|&(_, _, shared)| shared == 1));
        for many in [
            ALL_PAIRS_LIMIT + 1,
            ALL_PAIRS_LIMIT + 2,
            3 * ALL_PAIRS_LIMIT,
        ] {
            let pairs = pairs_sharing_one_hash(many);
            let with_first: Vec<_> = (1..many).map(|b| (0, b, 1)).collect();
            assert_eq!(pairs, with_first, "{many} articles");
        }
    }

    #[test]
    fn ascii_words_hash_as_any_text_does() {
        let hashes = |text: &str| {
            let mut hashes = Vec::new();
            push_word_hashes(text, &mut hashes);
            hashes
        };
        let ascii = hashes("Gunmen STORMED the office, officials said");
        let mixed = hashes("Gunmen STORMED the office, officials said — café");
        assert_eq!(ascii.len(), 6);
        assert_eq!(ascii[..], mixed[..6]);
        assert_eq!(hashes("gunmen stormed"), ascii[..2]);
    }

    #[test]
    fn articles_sharing_wire_copy_are_one_origin() {
        let own_intro = "Our correspondent reports from the capital.";
        let origins = Origins::new(&[
            article("a1", &[(BlockKind::Body, WIRE)]),
            article(
                "a2",
                &[(BlockKind::Headline, own_intro), (BlockKind::Body, WIRE)],
            ),
            article(
                "a3",
                &[(
                    BlockKind::Body,
                    "Floods closed three bridges in the river valley after a week of rain, officials said on Monday.",
                )],
            ),
        ]);
        assert_eq!(origins.count(ids(&["a1", "a2"])), 1);
        assert_eq!(origins.count(ids(&["a1", "a3"])), 2);
        assert_eq!(origins.count(ids(&["a1", "a2", "a3"])), 2);
        assert_eq!(origins.count(ids(&["a1", "a99"])), 2);
    }

    #[test]
    fn a_story_reprinted_everywhere_is_one_origin() {
        let reprints: Vec<Article> = (0..3 * ALL_PAIRS_LIMIT)
            .map(|i| article(&format!("a{}", i + 1), &[(BlockKind::Body, WIRE)]))
            .collect();
        let origins = Origins::new(&reprints);
        assert_eq!(origins.count(reprints.iter().map(|a| a.id)), 1);
    }

    #[test]
    fn shared_page_furniture_does_not_make_one_origin() {
        let origins = Origins::new(&[
            article(
                "a1",
                &[
                    (BlockKind::Boilerplate, WIRE),
                    (
                        BlockKind::Body,
                        "Markets rose sharply in early trading on the news of the merger.",
                    ),
                ],
            ),
            article(
                "a2",
                &[
                    (BlockKind::Boilerplate, WIRE),
                    (
                        BlockKind::Body,
                        "The river burst its banks after the heaviest rain in a decade.",
                    ),
                ],
            ),
        ]);
        assert_eq!(origins.count(ids(&["a1", "a2"])), 2);
    }

    #[test]
    fn several_shared_short_sentences_make_one_origin() {
        // Too few shared shingles for the containment rule: the sentences decide.
        let shared = [
            "The vote was delayed again.",
            "Protesters gathered near the court.",
            "Police closed the main road.",
        ];
        // Every 8-word window of an article's own text contains its topic word.
        let own = |topic: &str| {
            (0..12)
                .map(|i| format!(" {topic} note {i} covers the {topic} trade."))
                .collect::<String>()
        };
        let interleaved = |topic: &str, n: usize| {
            let mut text = own(topic);
            for sentence in &shared[..n] {
                text.push(' ');
                text.push_str(sentence);
                text.push_str(&own(topic));
            }
            text
        };
        let three = Origins::new(&[
            article("a1", &[(BlockKind::Body, &interleaved("Farmers", 3))]),
            article("a2", &[(BlockKind::Body, &interleaved("Teachers", 3))]),
        ]);
        assert_eq!(three.count(ids(&["a1", "a2"])), 1);
        let two = Origins::new(&[
            article("a1", &[(BlockKind::Body, &interleaved("Farmers", 2))]),
            article("a2", &[(BlockKind::Body, &interleaved("Teachers", 2))]),
        ]);
        assert_eq!(two.count(ids(&["a1", "a2"])), 2);
    }
}
