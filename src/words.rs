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
/// word is looked through eight bytes at a time as one number, for digits and capitals at
/// once (a byte at a time, with a branch per byte for the digits, the compiler could do
/// neither): clustering hashes every word of a corpus and leaves out those with digits.
#[inline]
pub(crate) fn lowercase_hash_unless_digits(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > STACK_WORD {
        return (!bytes.iter().any(u8::is_ascii_digit)).then(|| lowercase_hash(word));
    }
    let mut buffer = [0u8; STACK_WORD];
    buffer[..bytes.len()].copy_from_slice(bytes);
    let mut beyond_ascii = 0;
    for chunk in buffer[..bytes.len().next_multiple_of(8)].chunks_exact_mut(8) {
        let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let ascii = !eight & HIGH_BITS;
        if at_least(eight, b'0') & !at_least(eight, b'9' + 1) & ascii != 0 {
            return None;
        }
        beyond_ascii |= eight & HIGH_BITS;
        // a capital's high bit moved to its 0x20 bit: the lower-case letter (the zeros past
        // the word stay zeros)
        let capitals = at_least(eight, b'A') & !at_least(eight, b'Z' + 1) & ascii;
        chunk.copy_from_slice(&(eight | capitals >> 2).to_le_bytes());
    }
    Some(if beyond_ascii == 0 {
        fx_hash(&buffer[..bytes.len()])
    } else {
        lowercase_hash(word)
    })
}

/// Where the first ASCII digit of `bytes` at or after `from` is, looked for eight bytes at a
/// time: the event frame runs this over every article that states no date, and loading over
/// every short line (for a year), and most of that text holds none.
pub(crate) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let eight = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let digits = at_least(eight, b'0') & !at_least(eight, b'9' + 1) & !eight & HIGH_BITS;
        if digits != 0 {
            return Some(at + digits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    (at..bytes.len()).find(|&i| bytes[i].is_ascii_digit())
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `eight` whose low seven bits are at least `low` (below 0x80):
/// each byte's seven bits plus `0x80 - low` reach its high bit exactly then, and never carry
/// into the next byte.
#[inline]
fn at_least(eight: u64, low: u8) -> u64 {
    ((eight & !HIGH_BITS) + u64::from_ne_bytes([0x80 - low; 8])) & HIGH_BITS
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
    fn the_next_digit_is_found_eight_bytes_at_a_time_as_one_at_a_time() {
        let text = "no digits here, then 7 and “2024” … x/9:0éa1 /:0123456789 end 5";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let one_at_a_time = (from..bytes.len()).find(|&i| bytes[i].is_ascii_digit());
            assert_eq!(next_digit(bytes, from), one_at_a_time, "from {from}");
        }
        let every_byte: Vec<u8> = (0..=255).collect();
        for from in 0..every_byte.len() {
            let one_at_a_time = (from..256).find(|&i| every_byte[i].is_ascii_digit());
            assert_eq!(next_digit(&every_byte, from), one_at_a_time, "from {from}");
        }
    }

    #[test]
    fn a_word_is_hashed_unless_it_holds_a_digit_whatever_its_bytes() {
        let one_at_a_time =
            |word: &str| (!word.bytes().any(|b| b.is_ascii_digit())).then(|| lowercase_hash(word));
        let pieces = [
            "a", "Z", "@", "[", "`", "{", "/", "0", "9", ":", "é", "É", "’", "ß", "_", "-", " ",
        ];
        let mut words = vec![String::new()];
        for piece in pieces {
            for len in [1, 7, 8, 9, 15, 16, 31, 32, 33] {
                let mut word = "x".repeat(len - 1);
                word.push_str(piece);
                words.push(word.clone());
                words.push(word.to_uppercase());
                words.push(format!("{piece}{word}"));
            }
            for other in pieces {
                words.push(format!("Abc{piece}{other}De"));
            }
        }
        for c in (0..=0x24F).filter_map(char::from_u32) {
            words.push(format!("Word{c}"));
        }
        for word in &words {
            assert_eq!(
                lowercase_hash_unless_digits(word),
                one_at_a_time(word),
                "{word:?}"
            );
        }
    }

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
