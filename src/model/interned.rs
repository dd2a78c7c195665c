//! Interned text: the short words and phrases claims repeat (a noun as written, a named group,
//! a place, a time phrase, a speaker), each kept once for the process however many claims
//! name it.
//!
//! A corpus holds hundreds of thousands of claims but few distinct such texts ("people",
//! "Norvale", "on Friday", "security officials"), so a claim holds an eight-byte handle
//! rather than a 24-byte string of its own (or a box of one), and two handles compare by
//! address. Like [`super::Metric`]'s names, each distinct text is leaked once and lives for
//! the process: the set grows with the vocabulary of what is loaded, not with its size.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::{LazyLock, Mutex, PoisonError};

/// A handle to one interned text. Eight bytes, and eight as an `Option` too; read as the
/// `str` it stands for. Equal texts share one handle, so equality is the address; order and
/// hash are the text's own, so sorting and hashing see what a `String` would.
#[derive(Clone, Copy)]
pub struct Interned(&'static &'static str);

/// Every text interned so far, by its text.
static TEXTS: LazyLock<Mutex<FxHashMap<&'static str, Interned>>> = LazyLock::new(Mutex::default);

impl Interned {
    /// The handle of `text`, interning it on first sight.
    pub fn new(text: &str) -> Self {
        // the set holds nothing a panic could leave half-written, so a poisoned lock is usable
        let mut texts = TEXTS.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&known) = texts.get(text) {
            return known;
        }
        let text: &'static str = Box::leak(text.into());
        let interned = Self(Box::leak(Box::new(text)));
        texts.insert(interned.0, interned);
        interned
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl Deref for Interned {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

impl From<&str> for Interned {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl From<String> for Interned {
    fn from(text: String) -> Self {
        Self::new(&text)
    }
}

impl From<&String> for Interned {
    fn from(text: &String) -> Self {
        Self::new(text)
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Interned {}

impl PartialEq<&str> for Interned {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == *other
    }
}

impl Hash for Interned {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialOrd for Interned {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Interned {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(other.0)
    }
}

impl fmt::Display for Interned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Interned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(*self.0, f)
    }
}

impl Serialize for Interned {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Interned {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text: std::borrow::Cow<'de, str> = Deserialize::deserialize(deserializer)?;
        Ok(Self::new(&text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_one_handle_and_read_as_their_text() {
        let a = Interned::new("security officials");
        let b = Interned::from(String::from("security officials"));
        assert_eq!(a, b);
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_ne!(a, Interned::new("Security officials"));
        assert_eq!(&*a, "security officials");
        assert_eq!(size_of::<Option<Interned>>(), 8);
    }

    #[test]
    fn order_and_hash_are_the_text_own() {
        let (a, b) = (Interned::new("zebra"), Interned::new("apple"));
        assert_eq!(a.cmp(&b), "zebra".cmp("apple"));
        let hash = |h: &dyn Fn(&mut rustc_hash::FxHasher)| {
            let mut hasher = rustc_hash::FxHasher::default();
            h(&mut hasher);
            hasher.finish()
        };
        assert_eq!(hash(&|s| a.hash(s)), hash(&|s| "zebra".hash(s)));
    }
}
