//! English nouns from WordNet 3.1: whether a word is a noun, and the singular of a plural.
//!
//! The word lists are `fst` sets embedded in the binary (`assets/data/wordnet-*.fst`, built by
//! `tests/tools/wordnet.rs` as `assets/data/README.md` records); the large ones are read in
//! place (opening one reads its header only), the two thousand irregular plurals are put in a
//! hash map on first use. What a word reads as is worked out once per word and thread.

use compact_str::CompactString;
use fst::{Set, Streamer};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::fmt;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// One-word noun lemmas.
static NOUNS: &[u8] = include_bytes!("../../assets/data/wordnet-nouns.fst");
/// One-word lemmas of other parts of speech that are never nouns.
static OTHER_WORDS: &[u8] = include_bytes!("../../assets/data/wordnet-other-words.fst");
/// Irregular plurals, one key per reading: the plural, a space, its singular.
static PLURALS: &[u8] = include_bytes!("../../assets/data/wordnet-noun-plurals.fst");
/// Noun lemmas whose most frequent sense is a unit of measurement or of money.
static UNITS: &[u8] = include_bytes!("../../assets/data/wordnet-units.fst");
/// Noun lemmas whose most frequent sense is a kind of person ("pupil", "firefighter").
static PERSONS: &[u8] = include_bytes!("../../assets/data/wordnet-persons.fst");

struct WordNet {
    nouns: Set<&'static [u8]>,
    other_words: Set<&'static [u8]>,
    /// Irregular plural → its first singular: a hash look-up is cheaper than an `fst` range
    /// search, and there are only two thousand.
    plurals: FxHashMap<String, String>,
    units: Set<&'static [u8]>,
    persons: Set<&'static [u8]>,
}

static WORDNET: LazyLock<WordNet> = LazyLock::new(|| WordNet {
    nouns: embedded(NOUNS),
    other_words: embedded(OTHER_WORDS),
    plurals: irregular_plurals(),
    units: embedded(UNITS),
    persons: embedded(PERSONS),
});

/// The irregular plurals set, keys `plural singular` in order, as a map to the first singular.
fn irregular_plurals() -> FxHashMap<String, String> {
    let mut map = FxHashMap::default();
    let set = embedded(PLURALS);
    let mut keys = set.stream();
    while let Some(key) = keys.next() {
        let pair = std::str::from_utf8(key)
            .ok()
            .and_then(|k| k.split_once(' '));
        if let Some((plural, singular)) = pair {
            map.entry(plural.to_owned())
                .or_insert_with(|| singular.to_owned());
        }
    }
    map
}

fn embedded(bytes: &'static [u8]) -> Set<&'static [u8]> {
    // Only the header and footer are checked here; the unit tests open every set.
    Set::new(bytes).expect("an embedded WordNet set is a valid fst (built by the fst crate)")
}

/// What WordNet says a (lower-case) word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The plural of a noun: regular ("tugboats") or irregular ("geese").
    Plural,
    /// A noun lemma that is no regular or irregular plural; WordNet does not mark number, so
    /// it may still be one ("species", "news").
    Noun,
    /// Known only as another part of speech ("overseas", "afterwards").
    NotNoun,
    /// Not in WordNet (a name such as "Houthis", a new word).
    Unknown,
}

/// The noun lexicon, with the regular plural endings it applies (the lexicon's
/// `[subjects.agreement]`).
#[derive(Clone)]
pub struct Nouns {
    /// A plural's ending and what replaces it in the singular ("ies" → "y").
    suffixes: Vec<(String, String)>,
    /// Endings of singulars only: no regular plural ends so ("pass" is no plural of "pas").
    singular_endings: Vec<String>,
    wordnet: &'static WordNet,
    /// Which endings these are, for [`MEMOS`]: a clone has the same endings and the same id.
    id: u64,
}

/// What WordNet and a [`Nouns`]' endings say of one word.
#[derive(Debug, Clone, Copy)]
struct Memo {
    reading: Reading,
    unit_plural: bool,
    person_plural: bool,
}

/// Words already read on this thread, by the id of the [`Nouns`] that read them (its endings
/// decide the readings): a look-up in an `fst` set walks a node per byte, about a thousand
/// instructions, a word may take several (one per plural ending), and the rules ask about the
/// same few thousand words again and again.
type Memos = (u64, FxHashMap<CompactString, Memo>);

thread_local! {
    static MEMOS: RefCell<Memos> = RefCell::default();
}

/// Words a thread remembers at most: a corpus's vocabulary is far larger than the words the
/// rules ask about, which are those after figures.
const MEMO_WORDS: usize = 1 << 16;

/// The next [`Nouns`]' id.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl fmt::Debug for Nouns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Nouns")
            .field("suffixes", &self.suffixes)
            .field("singular_endings", &self.singular_endings)
            .field("nouns", &self.wordnet.nouns.len())
            .field("other_words", &self.wordnet.other_words.len())
            .field("plurals", &self.wordnet.plurals.len())
            .field("units", &self.wordnet.units.len())
            .field("persons", &self.wordnet.persons.len())
            .finish()
    }
}

impl Nouns {
    pub fn new(
        suffixes: impl IntoIterator<Item = (String, String)>,
        singular_endings: impl IntoIterator<Item = String>,
    ) -> Self {
        Self {
            suffixes: suffixes.into_iter().collect(),
            singular_endings: singular_endings.into_iter().collect(),
            wordnet: &WORDNET,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Whether a lower-case word is a noun lemma.
    pub fn is_noun(&self, lemma: &str) -> bool {
        self.wordnet.nouns.contains(lemma)
    }

    /// The singular of a lower-case plural noun: WordNet's irregular plural first, else the
    /// first ending rule whose singular is a noun lemma.
    pub fn singular_of(&self, word: &str) -> Option<CompactString> {
        self.irregular_singular(word).or_else(|| {
            if self
                .singular_endings
                .iter()
                .any(|e| word.ends_with(e.as_str()))
            {
                return None;
            }
            self.suffixes.iter().find_map(|(plural, singular)| {
                let stem = word.strip_suffix(plural.as_str())?;
                let lemma = CompactString::from(stem) + singular.as_str();
                (lemma != word && self.is_noun(&lemma)).then_some(lemma)
            })
        })
    }

    /// Whether a lower-case word is the plural of a unit of measurement or of money
    /// ("rubles", "hectares"). Plurals only: some units' singulars are also common words
    /// ("sent", the Estonian cent; "won").
    pub fn is_unit_plural(&self, word: &str) -> bool {
        self.memo(word).unit_plural
    }

    /// Whether a lower-case word is the plural of a kind of person ("pupils", "staffers").
    pub fn is_person_plural(&self, word: &str) -> bool {
        self.memo(word).person_plural
    }

    /// Whether a lower-case word names a kind of person, singular or plural ("pupil",
    /// "staffers").
    pub fn is_person(&self, word: &str) -> bool {
        self.wordnet.persons.contains(word) || self.is_person_plural(word)
    }

    pub fn reading(&self, word: &str) -> Reading {
        self.memo(word).reading
    }

    /// What this thread already knows of a word, else [`Nouns::read`], remembered.
    fn memo(&self, word: &str) -> Memo {
        MEMOS.with_borrow_mut(|(id, memos)| {
            if *id != self.id {
                *id = self.id;
                memos.clear();
            }
            if let Some(&memo) = memos.get(word) {
                return memo;
            }
            let memo = self.read(word);
            if memos.len() < MEMO_WORDS {
                memos.insert(word.into(), memo);
            }
            memo
        })
    }

    /// A word's reading and whether it is a unit's or a person's plural, from WordNet.
    fn read(&self, word: &str) -> Memo {
        let singular = self.singular_of(word);
        let reading = if singular.is_some() {
            Reading::Plural
        } else if self.is_noun(word) {
            Reading::Noun
        } else if self.wordnet.other_words.contains(word) {
            Reading::NotNoun
        } else {
            Reading::Unknown
        };
        Memo {
            reading,
            unit_plural: singular
                .as_ref()
                .is_some_and(|lemma| self.wordnet.units.contains(lemma)),
            person_plural: singular.is_some_and(|lemma| self.wordnet.persons.contains(lemma)),
        }
    }

    fn irregular_singular(&self, word: &str) -> Option<CompactString> {
        self.wordnet.plurals.get(word).map(CompactString::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nouns() -> Nouns {
        let rules = [
            ("s", ""),
            ("ses", "s"),
            ("xes", "x"),
            ("ches", "ch"),
            ("men", "man"),
            ("ies", "y"),
        ];
        let singular = ["ss".to_owned()];
        Nouns::new(rules.map(|(p, s)| (p.to_owned(), s.to_owned())), singular)
    }

    #[test]
    fn every_embedded_set_opens_and_holds_its_words() {
        let n = nouns();
        assert!(n.wordnet.nouns.len() > 50_000, "{n:?}");
        assert!(n.wordnet.other_words.len() > 20_000, "{n:?}");
        assert!(n.wordnet.plurals.len() > 1_900, "{n:?}");
        assert!(n.wordnet.units.len() > 400, "{n:?}");
        assert!(n.wordnet.persons.len() > 10_000, "{n:?}");
        for lemma in ["tugboat", "kayak", "syrian", "ferry", "goose"] {
            assert!(n.is_noun(lemma), "{lemma}");
        }
        for word in ["tugboats", "always", "overseas", "the"] {
            assert!(!n.is_noun(word), "{word}");
        }
    }

    #[test]
    fn plurals_regular_and_irregular() {
        let n = nouns();
        for (plural, singular) in [
            ("tugboats", "tugboat"),
            ("kayaks", "kayak"),
            ("ferries", "ferry"),
            ("buses", "bus"),
            ("churches", "church"),
            ("boxes", "box"),
            ("fishermen", "fisherman"),
            ("geese", "goose"),
            ("oxen", "ox"),
            ("alumni", "alumnus"),
            ("children", "child"),
            ("bangladeshis", "bangladeshi"),
        ] {
            assert_eq!(n.singular_of(plural).as_deref(), Some(singular), "{plural}");
            assert_eq!(n.reading(plural), Reading::Plural, "{plural}");
        }
        // a prefix of an irregular plural is not one
        assert_eq!(n.singular_of("childre"), None);
    }

    #[test]
    fn units_of_measure_and_money() {
        let n = nouns();
        for unit in ["rubles", "hryvnias", "hectares", "megawatts"] {
            assert!(n.is_unit_plural(unit), "{unit}");
        }
        // "units" of a building are counted; "sent" is the Estonian cent, and a verb
        for word in [
            "units", "sent", "won", "ruble", "people", "tugboats", "troops",
        ] {
            assert!(!n.is_unit_plural(word), "{word}");
        }
    }

    #[test]
    fn plurals_of_kinds_of_person() {
        let n = nouns();
        for word in [
            "pupils",
            "staffers",
            "firefighters",
            "fishermen",
            "children",
        ] {
            assert!(n.is_person_plural(word), "{word}");
        }
        for word in ["houses", "shops", "schools", "pupil", "hectares", "crews"] {
            assert!(!n.is_person_plural(word), "{word}");
        }
    }

    #[test]
    fn each_noun_lexicon_reads_by_its_own_endings_on_one_thread() {
        let with_endings = nouns();
        let without = Nouns::new([], []);
        // twice: the second time from what each remembered
        for _ in 0..2 {
            assert_eq!(with_endings.reading("tugboats"), Reading::Plural);
            assert_eq!(without.reading("tugboats"), Reading::Unknown);
            assert!(with_endings.is_unit_plural("hectares"));
            assert!(!without.is_unit_plural("hectares"));
        }
    }

    #[test]
    fn other_readings() {
        let n = nouns();
        assert_eq!(n.reading("tugboat"), Reading::Noun);
        assert_eq!(n.reading("bus"), Reading::Noun);
        assert_eq!(n.reading("series"), Reading::Noun);
        // "pas" is a noun, but no plural ends in "ss"
        assert_eq!(n.reading("pass"), Reading::Noun);
        assert_eq!(n.reading("overseas"), Reading::NotNoun);
        assert_eq!(n.reading("afterwards"), Reading::NotNoun);
        assert_eq!(n.reading("houthis"), Reading::Unknown);
        // one- and two-letter lemmas (symbols: "it", "ha") are left out, so these stay words
        assert_ne!(n.reading("its"), Reading::Plural);
        assert_ne!(n.reading("has"), Reading::Plural);
    }
}
