//! Run-local ids of articles, claims, comparisons and stories.

use serde::{Serialize, Serializer};
use std::fmt;
use std::num::NonZeroU32;

/// A run-local id: a letter and a number from 1 (`a1` for articles, `c1` for claims, `k1`
/// for comparisons), numbered in order, so an id is also its item's position. Shown and
/// serialised as its text; four bytes in memory, and four as an `Option` too (a claim holds
/// three optional links).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id<const PREFIX: char>(NonZeroU32);

pub type ArticleId = Id<'a'>;
pub type ClaimId = Id<'c'>;
pub type ComparisonId = Id<'k'>;
pub type StoryId = Id<'s'>;

impl<const PREFIX: char> Id<PREFIX> {
    /// The id of the item at `index` (0-based) of its list.
    pub fn from_index(index: usize) -> Self {
        u32::try_from(index + 1)
            .ok()
            .and_then(NonZeroU32::new)
            .map(Self)
            .expect("fewer than 4 billion items in one run")
    }

    /// The position of its item in its list.
    pub fn index(self) -> usize {
        self.0.get() as usize - 1
    }

    /// The id's text, written at the end of `buffer`: its letter, then its number's digits.
    /// Written by hand rather than through `fmt`: the JSON holds several ids per claim, and
    /// the formatting machinery cost ten times the digits.
    fn text(self, buffer: &mut [u8; TEXT_BYTES]) -> &str {
        let mut start = buffer.len();
        let mut number = self.0.get();
        loop {
            start -= 1;
            buffer[start] = b'0' + (number % 10) as u8;
            number /= 10;
            if number == 0 {
                break;
            }
        }
        start -= PREFIX.len_utf8();
        PREFIX.encode_utf8(&mut buffer[start..]);
        std::str::from_utf8(&buffer[start..]).expect("a letter and ASCII digits")
    }
}

/// The most bytes an id's text takes: a letter of up to four bytes, and a `u32`'s ten digits.
const TEXT_BYTES: usize = 4 + 10;

impl<const PREFIX: char> fmt::Display for Id<PREFIX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text(&mut [0; TEXT_BYTES]))
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
            .and_then(|n| n.parse::<NonZeroU32>().ok())
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
        serializer.serialize_str(self.text(&mut [0; TEXT_BYTES]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let last = Id::<'é'>::from_index(u32::MAX as usize - 1);
        assert_eq!(last.to_string(), format!("é{}", u32::MAX));
        assert_eq!(ArticleId::from_index(0).to_string(), "a1");
        assert_eq!(StoryId::from_index(9).to_string(), "s10");
    }
}
