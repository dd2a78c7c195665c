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
    buffer[..word.len()].copy_from_slice(word);
    // the whole buffer, a length the compiler knows: lower-cased a vector at a time, not a
    // byte at a time (the zeros past the word stay zeros and are not hashed)
    buffer.make_ascii_lowercase();
    fx_hash(&buffer[..word.len()])
}

/// [`lowercase_hash`] of a word that holds no ASCII digit, `None` for one that does. A short
/// ASCII word is looked through once, for digits as it is lower-cased, not three times (digits,
/// ASCII, lower case): clustering hashes every word of a corpus and leaves out those with
/// digits.
#[inline]
pub(crate) fn lowercase_hash_unless_digits(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() <= STACK_WORD {
        let mut buffer = [0u8; STACK_WORD];
        let mut ascii = true;
        for (slot, &b) in buffer.iter_mut().zip(bytes) {
            if b.is_ascii_digit() {
                return None;
            }
            ascii &= b.is_ascii();
            *slot = b.to_ascii_lowercase();
        }
        if ascii {
            return Some(fx_hash(&buffer[..bytes.len()]));
        }
    }
    if bytes.iter().any(u8::is_ascii_digit) {
        return None;
    }
    Some(lowercase_hash(word))
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
        for word in ["Police", "Straße", "ÉTÉ", &long, &long.to_uppercase()] {
            assert_eq!(
                lowercase_hash_unless_digits(word),
                Some(lowercase_hash(word))
            );
        }
        assert_eq!(lowercase_hash_unless_digits("G20"), None);
        assert_eq!(lowercase_hash_unless_digits("Straße9"), None);
        assert_eq!(lowercase_hash_unless_digits(&format!("{long}7")), None);
    }
}
