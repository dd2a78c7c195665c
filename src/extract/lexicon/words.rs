//! Maps and sets keyed by lexicon words, for the many look-ups extraction makes per token.
//! Most words of a text are in no list, so each map keeps a sketch of its keys that turns
//! such a word away after a few instructions, before any hashing.

use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

/// Bits in a sketch: many times the words of the largest list, so that few other words
/// share a bit with one of them.
const SKETCH_BITS: usize = 4096;

/// One bit per (length, first two bytes, last byte) of a map's keys, hashed: a word whose bit
/// is clear is no key; a word whose bit is set may be one.
#[derive(Debug, Clone)]
pub struct Sketch(Box<[u64; SKETCH_BITS / 64]>);

impl Default for Sketch {
    fn default() -> Self {
        Self(Box::new([0; SKETCH_BITS / 64]))
    }
}

impl Sketch {
    #[inline]
    fn bit(word: &str) -> usize {
        let b = word.as_bytes();
        let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        let shape = b.len() as u64 | at(0) << 16 | at(1) << 24 | at(b.len().wrapping_sub(1)) << 32;
        // Fibonacci hashing: the top bits of the product mix every field
        (shape.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SKETCH_BITS.trailing_zeros())) as usize
    }

    pub fn add(&mut self, word: &str) {
        let bit = Self::bit(word);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    #[inline(always)]
    pub fn may_hold(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A map from (lower-case) words, answering at once for most words that are not keys.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: FxHashMap<String, V>,
    sketch: Sketch,
}

/// A set of (lower-case) words.
pub type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        Self {
            map: FxHashMap::default(),
            sketch: Sketch::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// Always inlined: the sketch's few instructions answer most calls, and as a call (which
    /// the compiler chose for some callers) this cost as much again.
    #[inline(always)]
    pub fn get<W: AsRef<str> + ?Sized>(&self, word: &W) -> Option<&V> {
        let word = word.as_ref();
        if !self.sketch.may_hold(word) {
            return None;
        }
        self.map.get(word)
    }

    /// Whether `word` may be a key: false for most words that are not, after a few
    /// instructions (a caller can ask this inlined and make the look-up a call).
    #[inline(always)]
    pub fn may_hold(&self, word: &str) -> bool {
        self.sketch.may_hold(word)
    }

    #[inline]
    pub fn contains_key<W: AsRef<str> + ?Sized>(&self, word: &W) -> bool {
        self.get(word).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }

    pub fn entry(&mut self, word: String) -> Entry<'_, String, V> {
        self.sketch.add(&word);
        self.map.entry(word)
    }
}

impl WordSet {
    #[inline]
    pub fn contains<W: AsRef<str> + ?Sized>(&self, word: &W) -> bool {
        self.contains_key(word)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.keys()
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(pairs: I) -> Self {
        let mut map = Self::default();
        for (word, value) in pairs {
            map.entry(word).insert_entry(value);
        }
        map
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        words.into_iter().map(|w| (w, ())).collect()
    }
}

impl<'a> IntoIterator for &'a WordSet {
    type Item = &'a String;
    type IntoIter = std::collections::hash_map::Keys<'a, String, ()>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_found_and_most_other_words_are_turned_away_by_the_sketch() {
        let keys = ["said", "told", "a", "", "according", "officials", "killed"];
        let set: WordSet = keys.iter().map(|k| (*k).to_owned()).collect();
        for key in keys {
            assert!(set.contains(key), "{key:?}");
            assert!(set.contains(&key.to_owned()), "{key:?}");
        }
        let others = [
            "the", "of", "and", "in", "to", "was", "for", "on", "that", "with", "by", "at", "from",
            "people", "were", "police", "have", "has", "an", "his", "which", "they", "after",
        ];
        let passed = others.iter().filter(|w| set.sketch.may_hold(w)).count();
        assert!(
            passed <= 2,
            "{passed} of {} others pass the sketch",
            others.len()
        );
        assert!(others.iter().all(|w| !set.contains(*w)));
    }

    #[test]
    fn a_map_answers_for_its_keys_only() {
        let map: WordMap<u64> = [("two".to_owned(), 2), ("ten".to_owned(), 10)]
            .into_iter()
            .collect();
        assert_eq!(map.get("ten"), Some(&10));
        assert_eq!(map.get("tan"), None);
        assert!(map.contains_key("two") && !map.contains_key("twenty"));
    }
}
