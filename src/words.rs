//! Word helpers more than one stage needs. They run for every word of a corpus, from other
//! modules, hence `#[inline]`.

use std::hash::Hasher;

/// How long an ASCII word may be to be lower-cased on the stack rather than in a new string.
const STACK_WORD: usize = 32;

/// A hash of a word's lower-cased UTF-8 bytes (FxHash, eight bytes at a time): one word, one
/// hash, however its letters are cased.
#[inline]
pub(crate) fn lowercase_hash(word: &str) -> u64 {
    if word.is_ascii() {
        ascii_lowercase_hash(word.as_bytes())
    } else {
        fx_hash(word.to_lowercase().as_bytes())
    }
}

/// [`lowercase_hash`] of an ASCII word, lower-cased on the stack when it is short (every
/// word of a large corpus is hashed).
#[inline]
pub(crate) fn ascii_lowercase_hash(word: &[u8]) -> u64 {
    if word.len() > STACK_WORD {
        return fx_hash(&word.to_ascii_lowercase());
    }
    let mut buffer = [0u8; STACK_WORD];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    fx_hash(lower)
}

#[inline]
fn fx_hash(bytes: &[u8]) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_does_not_change_a_word_hash_and_letters_do() {
        assert_eq!(lowercase_hash("Police"), lowercase_hash("pOLICE"));
        assert_eq!(lowercase_hash("Straße"), lowercase_hash("STRAßE"));
        let long = "a".repeat(STACK_WORD + 5);
        assert_eq!(lowercase_hash(&long), lowercase_hash(&long.to_uppercase()));
        assert_ne!(lowercase_hash("police"), lowercase_hash("polite"));
        assert_eq!(ascii_lowercase_hash(b"Police"), lowercase_hash("police"));
    }
}
