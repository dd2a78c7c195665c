//! Sentences and word tokens with byte offsets into a block's text.

pub mod countries;
pub mod nouns;

use bumpalo::Bump;
use compact_str::CompactString;
use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;

/// The characters of a name, as the body of a regex class: ASCII letters and digits, `_`, and
/// every letter-bearing block past ASCII (Latin-1's letters on, leaving out Latin-1's marks and
/// the blocks of punctuation, spaces and symbols). On names it reads as Unicode's `\w` does,
/// but a pattern that repeats `\w` (a run of up to eight capitalised words) compiles to
/// megabytes of automaton: the loader's and the acronym patterns cost 75M instructions to
/// build, half of a run over five articles (callgrind), and 4M with this class.
pub const NAME_CHARS: &str = r"0-9A-Za-z_\x{C0}-\x{1FFF}\x{2C00}-\x{2DFF}\x{2E80}-\x{2FFF}\x{3040}-\x{FEFE}\x{FF10}-\x{FFEF}\x{10000}-\x{1EFFF}\x{20000}-\x{10FFFF}";

/// One word or punctuation mark. `start..end` index the block's text.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Lower-cased, with typographic apostrophes made plain: what the lexicon matches.
    pub key: Key<'a>,
}

/// A token's key: borrowed when it lives as long as the text (the token's own text, when that
/// is already its key, as most words' is, or the folded form in a sentence's arena), so that
/// tokenising copies nothing for them; else the folded form, inline up to 24 bytes, so that
/// tokenising allocates nothing for nearly every other word.
#[derive(Debug, Clone)]
pub enum Key<'a> {
    Borrowed(&'a str),
    Folded(CompactString),
}

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Folded(key) => key,
        }
    }
}

impl PartialEq<&str> for Key<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Key<'_>> for String {
    fn from(key: Key<'_>) -> Self {
        match key {
            Key::Borrowed(key) => key.to_owned(),
            Key::Folded(key) => key.into(),
        }
    }
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        is_word(self.text)
    }

    pub fn is_digits(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }

    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True when nothing separates this token from the one before it ("JF-17", "44%").
    pub fn touches(&self, before: &Token<'_>) -> bool {
        before.end == self.start
    }

    /// The word without a possessive ending: "Chile's" → "Chile".
    pub fn without_possessive(&self) -> &str {
        without_possessive(self.text)
    }

    pub fn is_possessive(&self) -> bool {
        self.without_possessive().len() != self.text.len()
    }

    /// Whether this is the full stop that closes a run of initials before it ("U.S.").
    pub fn closes_initials(&self, before: &Token<'_>) -> bool {
        self.text == "."
            && self.touches(before)
            && before.text.contains('.')
            && is_initialism(before.text)
    }
}

/// Whether the token at `i` takes a possessive ending the segmenter split off: a number's
/// ("2005’s storm" is the digits, an apostrophe and "s").
pub fn split_possessive_after(tokens: &[Token<'_>], i: usize) -> bool {
    match (tokens.get(i + 1), tokens.get(i + 2)) {
        (Some(mark), Some(s)) => {
            matches!(mark.text, "'" | "’")
                && mark.touches(&tokens[i])
                && s.key.as_str() == "s"
                && s.touches(mark)
        }
        _ => false,
    }
}

/// A word without its possessive ending: "Chile's" → "Chile".
pub fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Whether a segment is a word (it opens with a letter), not a number or punctuation.
pub fn is_word(segment: &str) -> bool {
    segment.chars().next().is_some_and(char::is_alphabetic)
}

/// Whether a text may hold a token whose key is one of a set of words, decided in one pass
/// (an Aho–Corasick automaton) without tokenising: a text it says no to holds none, so it
/// need not be tokenised to look. It may say yes to a text that holds none (a word inside a
/// longer word).
#[derive(Debug, Clone)]
pub struct WordFinder {
    /// `None` when a word cannot be looked for this way (not ASCII): every text may hold it.
    automaton: Option<aho_corasick::AhoCorasick>,
}

/// The one character that is not ASCII but whose lower case is (KELVIN SIGN → `k`): a
/// token holding it can have an ASCII key the automaton does not see.
const ASCII_LOWERCASE_FROM_ELSEWHERE: char = '\u{212A}';

impl WordFinder {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Self {
        // A key folds ASCII case (the automaton does too) and writes a typographic
        // apostrophe as a plain one: the piece of a word before its first apostrophe is in
        // any text that holds the word, however its apostrophes are written.
        let pieces: Option<Vec<&str>> = words
            .into_iter()
            .map(|w| {
                w.split('\'')
                    .find(|piece| !piece.is_empty())
                    .filter(|_| w.is_ascii())
            })
            .collect();
        let automaton = pieces.and_then(|pieces| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(pieces)
                .ok()
        });
        Self { automaton }
    }

    pub fn may_hold(&self, text: &str) -> bool {
        self.automaton.as_ref().is_none_or(|automaton| {
            automaton.is_match(text) || text.contains(ASCII_LOWERCASE_FROM_ELSEWHERE)
        })
    }
}

/// The lexicon's form of a word; borrowed when the word is already in that form.
pub fn key_of(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() {
        let lower = word.to_lowercase();
        // most words hold no typographic apostrophe: one allocation, not two
        return Cow::Owned(if lower.contains('’') {
            lower.replace('’', "'")
        } else {
            lower
        });
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// UAX #29 sentence segments of ASCII text (rules SB3–SB11; ASCII has no OLetter, Extend,
/// Format or Sep characters, so the others never apply).
fn ascii_sentences(text: &str) -> impl Iterator<Item = (usize, &str)> {
    class_sentences(text, text.as_bytes(), |i| i)
}

/// [`ascii_sentences`] over `classes`, one ASCII stand-in per character of `text`;
/// `offset(i)` is the byte offset of character `i` (of the end for `classes.len()`).
fn class_sentences<'a>(
    text: &'a str,
    bytes: &[u8],
    offset: impl Fn(usize) -> usize,
) -> impl Iterator<Item = (usize, &'a str)> {
    let is_close = |b: u8| matches!(b, b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}');
    let is_sp = |b: u8| matches!(b, b' ' | b'\t' | b'\x0b' | b'\x0c');
    let is_para = |b: u8| matches!(b, b'\r' | b'\n');
    let is_saterm = |b: u8| matches!(b, b'.' | b'!' | b'?');
    // Both callers fold line breaks to spaces first: then only a terminator can end a
    // sentence, and `memchr` finds the next one several bytes at a time (a byte at a time,
    // this loop cost a fifth of splitting and tokenising).
    let unbroken = memchr::memchr2(b'\n', b'\r', bytes).is_none();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if unbroken {
                match memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
                    Some(skip) => i += skip,
                    None => break,
                }
            }
            let c = bytes[i];
            i += 1;
            // SB4: a paragraph separator ends a sentence (SB3: CR LF together)
            if is_para(c) {
                if c == b'\r' && bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                let piece = (offset(start), &text[offset(start)..offset(i)]);
                start = i;
                return Some(piece);
            }
            if !is_saterm(c) {
                continue;
            }
            let term = i - 1;
            let next = bytes.get(i).copied();
            // SB6: "3.5"; SB7: "U.S."
            if c == b'.' && next.is_some_and(|n| n.is_ascii_digit()) {
                continue;
            }
            let before = term.checked_sub(1).map(|p| bytes[p]);
            if c == b'.'
                && before.is_some_and(|b| b.is_ascii_alphabetic())
                && next.is_some_and(|n| n.is_ascii_uppercase())
            {
                continue;
            }
            let mut j = i;
            while j < bytes.len() && is_close(bytes[j]) {
                j += 1;
            }
            while j < bytes.len() && is_sp(bytes[j]) {
                j += 1;
            }
            match bytes.get(j).copied() {
                None => continue,
                // SB8a: ", and", "?!"
                Some(n) if matches!(n, b',' | b'-' | b':' | b';') || is_saterm(n) => {
                    i = j;
                    continue;
                }
                _ => {}
            }
            // SB8: after a full stop, a lower-case letter before any other letter or
            // terminator continues the sentence ("Jan. 31, at noon")
            if c == b'.' {
                let first_letter = bytes[j..]
                    .iter()
                    .find(|&&b| b.is_ascii_alphabetic() || is_para(b) || is_saterm(b));
                if first_letter.is_some_and(|b| b.is_ascii_lowercase()) {
                    continue;
                }
            }
            // SB9–SB11: the closers, spaces and one paragraph separator belong to it
            if let Some(&b) = bytes.get(j)
                && is_para(b)
            {
                j += if b == b'\r' && bytes.get(j + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            let piece = (offset(start), &text[offset(start)..offset(j)]);
            start = j;
            i = j;
            return Some(piece);
        }
        (start < bytes.len()).then(|| {
            let piece = (offset(start), &text[offset(start)..]);
            start = bytes.len();
            piece
        })
    })
}

/// A segmenter's sentence split again after each full stop that [`glued_sentences`] or
/// [`sentence_before_figure`] finds (a full stop after an abbreviation is joined back later).
fn unglued(start: usize, piece: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = piece.as_bytes();
    let mut from = 0;
    let mut dots = piece
        .match_indices('.')
        .map(|(dot, _)| dot)
        .filter(move |&dot| glued_sentences(bytes, dot) || sentence_before_figure(bytes, dot));
    std::iter::from_fn(move || {
        if from >= piece.len() {
            return None;
        }
        let to = dots.next().map_or(piece.len(), |dot| dot + 1);
        let part = (start + from, &piece[from..to]);
        from = to;
        Some(part)
    })
}

/// Whether the full stop at `dot` joins two sentences that lost the space between them, as
/// scraped pages often do ("taken to hospital.The toll rose"): a lower-case word before it and
/// a capitalised word after it. UAX #29 keeps "hospital.The" together (as it does "U.S.A"),
/// and so would lose the first sentence's end.
fn glued_sentences(bytes: &[u8], dot: usize) -> bool {
    if !bytes.get(dot + 1).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let lower_before = bytes[..dot]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .all(u8::is_ascii_lowercase);
    let word_before = dot >= 2 && bytes[dot - 2].is_ascii_lowercase();
    let capitalised_after = bytes.get(dot + 2).is_some_and(u8::is_ascii_lowercase);
    lower_before && word_before && capitalised_after
}

/// Whether the full stop at `dot`, after a lower-case word, ends a sentence before one that
/// opens with a figure ("… 2 of them children. 22 people were hospitalised"). UAX #29 reads a
/// full stop, a number and a lower-case word as one sentence ("e.g. 5 apples").
fn sentence_before_figure(bytes: &[u8], dot: usize) -> bool {
    let word_before = dot >= 2 && bytes[dot - 2..dot].iter().all(u8::is_ascii_lowercase);
    let spaces = bytes[dot + 1..].iter().take_while(|&&b| b == b' ').count();
    word_before && spaces > 0 && bytes.get(dot + 1 + spaces).is_some_and(u8::is_ascii_digit)
}

/// Per character of a text its ASCII stand-in, and the byte offset of each character and of
/// the end: see [`stand_ins`].
type StandIns = (Vec<u8>, Vec<usize>);

/// A text's characters as ASCII stand-ins that the segmentation rules treat alike, when
/// every character is ASCII or one of the typographic marks news text is full of (curly
/// quotes, dashes, bullets), so that such text takes the fast paths too: per character its
/// stand-in, and the byte offset of each character and of the end.
///
/// Under UAX #29 a curly apostrophe joins letters and digits as `'` does (words: MidNumLet;
/// sentences: Close), curly double quotes stand alone as `"` does (words: Other; sentences:
/// Close), en and em dashes as `-` (words: Other; sentences: SContinue) and a bullet as `*`
/// (Other in both).
fn stand_ins(text: &str) -> Option<StandIns> {
    let mut classes = Vec::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len() + 1);
    // bytes, not characters: nearly all are ASCII, and each mark is three bytes, E2 80 xx
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of ASCII is its own stand-in, copied at once rather than a byte at a time. It
        // runs to the next mark's first byte, found by `memchr`, unless a byte before that is
        // beyond ASCII (then no mark, as every mark starts so): such text has no stand-ins.
        let run = memchr::memchr(0xE2, &bytes[i..]).map_or(bytes.len(), |at| i + at);
        if !bytes[i..run].is_ascii() {
            return None;
        }
        classes.extend_from_slice(&bytes[i..run]);
        offsets.extend(i..run);
        i = run;
        if i == bytes.len() {
            break;
        }
        let (class, len) = match bytes[i..] {
            [0xE2, 0x80, 0x98 | 0x99, ..] => (b'\'', 3), // ‘ ’
            [0xE2, 0x80, 0x9C | 0x9D, ..] => (b'"', 3),  // “ ”
            [0xE2, 0x80, 0x93 | 0x94, ..] => (b'-', 3),  // – —
            [0xE2, 0x80, 0xA2, ..] => (b'*', 3),         // •
            _ => return None,
        };
        classes.push(class);
        offsets.push(i);
        i += len;
    }
    offsets.push(text.len());
    Some((classes, offsets))
}

/// ASCII text whose only sentence terminators (`.`, `!`, `?`) come at its end is one sentence
/// under UAX #29 too (ASCII has no other terminators, and line breaks are folded to spaces
/// before segmentation); news paragraphs often are, and this skips the segmenter for them.
fn is_one_sentence(text: &str) -> bool {
    // bytes, not characters: the text is ASCII; `memchr` looks several bytes at a time
    text.is_ascii() && {
        let body = text
            .trim_end_matches(['.', '!', '?', '"', '\'', ')', ']', ' '])
            .as_bytes();
        memchr::memchr3(b'.', b'!', b'?', body).is_none()
            && memchr::memchr3(b'\n', b'\r', b'\x0b', body).is_none()
            && memchr::memchr(b'\x0c', body).is_none()
    }
}

/// Whether any word of `text` (a run of letters and digits, lower-cased) satisfies `signal`,
/// or the text holds a digit. A cheap look before tokenising.
pub fn any_word(text: &str, signal: impl Fn(&str) -> bool) -> bool {
    let mut buffer = [0u8; 32];
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .any(|word| {
            if word.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
            // most words are their own key
            if !word
                .bytes()
                .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
            {
                signal(word)
            } else if word.len() <= buffer.len() && word.is_ascii() {
                let lower = &mut buffer[..word.len()];
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower).is_ok_and(&signal)
            } else {
                signal(&key_of(word))
            }
        })
}

/// Tokens' words as written (`word` picks each token's form): glued pieces ("Omar-al-Velin")
/// without spaces, the rest separated by one space.
pub fn joined<'a>(
    tokens: impl IntoIterator<Item = &'a Token<'a>>,
    word: impl Fn(&'a Token<'a>) -> &'a str,
) -> String {
    let mut out = String::new();
    let mut prev: Option<&Token<'_>> = None;
    for t in tokens {
        if prev.is_some_and(|p| !t.touches(p)) {
            out.push(' ');
        }
        out.push_str(word(t));
        prev = Some(t);
    }
    out
}

/// The lexicon's view of a phrase: its tokens' keys.
pub fn word_keys(phrase: &str) -> Vec<String> {
    tokens(phrase, 0)
        .into_iter()
        .map(|t| t.key.into())
        .collect()
}

/// Room for the tokens of a text of `len` bytes: words average five bytes or more.
fn token_capacity(len: usize) -> usize {
    len / 5 + 1
}

/// Tokens of `text` (whitespace dropped); offsets are shifted by `base`.
pub fn tokens(text: &str, base: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(token_capacity(text.len()));
    for_each_segment(text, |i, w| tokens.push(token(base + i, w, token_key(w))));
    join_double_hyphens(text, base, &mut tokens, None);
    split_negative_contractions(text, &mut tokens, None);
    tokens
}

/// Joins each hyphen token that touches a hyphen token before it into one dash (and the
/// sentence's `keys` with them): typed as two hyphens, which the segmenter parts, a dash is
/// one mark ("21 bodies -- 11 men and 10 women -- were found"). `tokens` are those of `text`,
/// which starts at offset `base`. A pass of its own, only over a text that holds "--", so
/// that the segmenter's loop stays as it was (a check per token there cost 1 % of a run).
fn join_double_hyphens<'a>(
    text: &'a str,
    base: usize,
    tokens: &mut Vec<Token<'a>>,
    mut keys: Option<&mut Vec<&'a str>>,
) {
    if !text.contains("--") {
        return;
    }
    let mut kept = 0;
    for i in 0..tokens.len() {
        let joins = kept > 0
            && tokens[i].text == "-"
            && tokens[kept - 1].text == "-"
            && tokens[kept - 1].end == tokens[i].start;
        if joins {
            let start = tokens[kept - 1].start;
            let dash = &text[start - base..tokens[i].end - base];
            tokens[kept - 1] = token(start, dash, Key::Borrowed(dash));
            if let Some(keys) = keys.as_deref_mut() {
                keys[kept - 1] = dash;
            }
        } else {
            tokens.swap(kept, i);
            if let Some(keys) = keys.as_deref_mut() {
                keys.swap(kept, i);
            }
            kept += 1;
        }
    }
    tokens.truncate(kept);
    if let Some(keys) = keys {
        keys.truncate(kept);
    }
}

/// How a negative contraction's key ends (lower-cased, the apostrophe plain).
const NEGATIVE_ENDING: &str = "n't";
/// How one is typed, with either apostrophe, in any case: one scan of a text for all of them
/// (four `contains` scans cost 0.7 % of a run on real articles).
static TYPED_NEGATIVE_ENDINGS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([NEGATIVE_ENDING, "n’t"])
            .expect("two short literal patterns build an automaton")
    });
/// The key of a contraction's negative ending: "hadn't been accounted for" reads as "had not
/// been accounted for", so that the lexicon's phrases with "not" match it.
const NEGATIVE_KEY: &str = "not";

/// Parts each negative contraction into its verb and its negative ("hadn't" → "had", "n't",
/// keyed "had", "not"), as English tokenizers do; the sentence's `keys` with them. A pass of
/// its own, only over a text that holds such an ending, like [`join_double_hyphens`].
fn split_negative_contractions<'a>(
    text: &str,
    tokens: &mut Vec<Token<'a>>,
    keys: Option<&mut Vec<&'a str>>,
) {
    if !TYPED_NEGATIVE_ENDINGS.is_match(text) {
        return;
    }
    // (the key, lower-cased with a plain apostrophe, says whether a word ends so; the
    // ending's three characters are cut from the text)
    let ending_chars = NEGATIVE_ENDING.chars().count();
    let verb_of = |t: &Token<'a>| {
        if !t.key.as_str().ends_with(NEGATIVE_ENDING) {
            return None;
        }
        let (at, _) = t.text.char_indices().rev().nth(ending_chars - 1)?;
        Some(&t.text[..at]).filter(|verb| !verb.is_empty())
    };
    let mut parted = Vec::with_capacity(tokens.len() + 1);
    // (keys only for a sentence, which holds them beside its tokens)
    let mut parted_keys = Vec::with_capacity(keys.as_ref().map_or(0, |_| tokens.len() + 1));
    // (a key ends in the plain ending whichever apostrophe the text has)
    let verb_key = |key: &str| key.len() - NEGATIVE_ENDING.len();
    for (i, t) in tokens.drain(..).enumerate() {
        let key = keys.as_deref().map(|keys| keys[i]);
        let Some(verb) = verb_of(&t) else {
            parted.push(t);
            parted_keys.extend(key);
            continue;
        };
        let folded = match t.key {
            Key::Borrowed(k) => Key::Borrowed(&k[..verb_key(k)]),
            Key::Folded(k) => Key::Folded(k[..verb_key(&k)].into()),
        };
        let negative_at = t.start + verb.len();
        parted.push(token(t.start, verb, folded));
        parted.push(Token {
            start: negative_at,
            end: t.end,
            text: &t.text[verb.len()..],
            key: Key::Borrowed(NEGATIVE_KEY),
        });
        if let Some(key) = key {
            parted_keys.extend([&key[..verb_key(key)], NEGATIVE_KEY]);
        }
    }
    *tokens = parted;
    if let Some(keys) = keys {
        *keys = parted_keys;
    }
}

fn token<'a>(start: usize, text: &'a str, key: Key<'a>) -> Token<'a> {
    Token {
        start,
        end: start + text.len(),
        text,
        key,
    }
}

/// Calls `each` with every word or punctuation mark of `text` (white space dropped) and its
/// offset: what [`tokens`] makes tokens of, for callers that need no keys. Words are UAX #29
/// word segments; ASCII text takes a fast path that applies the same rules.
pub fn for_each_segment<'a>(text: &'a str, mut each: impl FnMut(usize, &'a str)) {
    if text.is_ascii() {
        ascii_words(text, each);
    } else if let Some((classes, offsets)) = stand_ins(text) {
        class_words(text, &classes, |i| offsets[i], each);
    } else {
        let words = text.split_word_bound_indices();
        for (i, w) in words.filter(|(_, w)| !w.chars().all(char::is_whitespace)) {
            each(i, w);
        }
    }
}

/// [`key_of`] as a token's key.
fn token_key(word: &str) -> Key<'_> {
    if is_own_key(word) {
        Key::Borrowed(word)
    } else {
        folded_key(word)
    }
}

/// One pass for the many words that are already keys: lower-case ASCII.
fn is_own_key(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// [`key_of`], a folded key written to `arena` so that it lives as long as the word. Inlined,
/// so that the common case costs the segmenter's loop no call.
#[inline]
fn arena_key<'a>(word: &'a str, arena: &'a Bump) -> &'a str {
    if is_own_key(word) {
        word
    } else {
        arena_folded_key(word, arena)
    }
}

/// The key of a word that is not its own key, written to `arena`.
#[inline(never)]
fn arena_folded_key<'a>(word: &str, arena: &'a Bump) -> &'a str {
    if word.is_ascii() {
        let key = arena.alloc_str(word);
        key.make_ascii_lowercase();
        key
    } else {
        arena.alloc_str(&key_of(word))
    }
}

/// The key of a word that is not its own key. Not inlined, so that the common case above
/// stays small enough to inline into the segmenter's loop.
#[inline(never)]
fn folded_key(word: &str) -> Key<'static> {
    if word.is_ascii() {
        let mut key = CompactString::from(word);
        key.make_ascii_lowercase();
        Key::Folded(key)
    } else {
        Key::Folded(key_of(word).into())
    }
}

/// What an ASCII byte is to the segmenter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// White space, which joins only white space (WB3, WB3d).
    Space,
    /// Letters, digits and `_`, which join each other.
    Word,
    /// Anything else.
    Other,
}

/// Each byte's class, as a table: the segmenter looks one up per byte of every text, and one
/// load is cheaper than the range tests (three for a word byte, and a test per white-space
/// byte for the others).
const BYTE_CLASSES: [ByteClass; 256] = {
    let mut table = [ByteClass::Other; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        if b.is_ascii_alphanumeric() || b == b'_' {
            table[byte] = ByteClass::Word;
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
            table[byte] = ByteClass::Space;
        }
        byte += 1;
    }
    table
};

/// Calls `each` with the UAX #29 word segments of ASCII text but white space, and their
/// offsets: letters, digits and `_` join (WB5, WB8–WB10, WB13a/b); `:` `.` `'` join letters
/// (WB6/7); `,` `;` `.` `'` join digits (WB11/12); anything else stands alone.
fn ascii_words<'a>(text: &'a str, each: impl FnMut(usize, &'a str)) {
    class_words(text, text.as_bytes(), |i| i, each);
}

/// [`ascii_words`] over `classes`, one ASCII stand-in per character of `text`; `offset(i)`
/// is the byte offset of character `i` (of the end for `classes.len()`). A loop that calls
/// `each`, not an iterator: tokenising is much of extraction, and the iterator's state
/// machine cost more than the rules it applies.
fn class_words<'a>(
    text: &'a str,
    bytes: &[u8],
    offset: impl Fn(usize) -> usize,
    mut each: impl FnMut(usize, &'a str),
) {
    let class = |b: u8| BYTE_CLASSES[usize::from(b)];
    let is_word = |b: u8| class(b) == ByteClass::Word;
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let first = class(bytes[i]);
        i += 1;
        // White space joins only white space, so dropping it a byte at a time drops the same
        // segments.
        if first == ByteClass::Space {
            continue;
        }
        if first == ByteClass::Word {
            loop {
                while i < bytes.len() && is_word(bytes[i]) {
                    i += 1;
                }
                let (Some(&next), Some(&after)) = (bytes.get(i), bytes.get(i + 1)) else {
                    break;
                };
                let prev = bytes[i - 1];
                let joins_letters = prev.is_ascii_alphabetic()
                    && matches!(next, b':' | b'.' | b'\'')
                    && after.is_ascii_alphabetic();
                let joins_digits = prev.is_ascii_digit()
                    && matches!(next, b',' | b';' | b'.' | b'\'')
                    && after.is_ascii_digit();
                if !(joins_letters || joins_digits) {
                    break;
                }
                i += 2;
            }
        }
        each(offset(start), &text[offset(start)..offset(i)]);
    }
}

/// Line breaks and other ASCII white space inside a paragraph become spaces, so the segmenter
/// sees one paragraph; byte lengths (and so offsets) are unchanged.
pub fn fold_line_breaks(text: &str) -> Cow<'_, str> {
    // ASCII white space other than the space, looked for by `memchr`, several bytes at once:
    // a byte at a time, this look cost a fifth as much as splitting the block into sentences
    let bytes = text.as_bytes();
    if memchr::memchr3(b'\n', b'\r', b'\t', bytes).is_none()
        && memchr::memchr(b'\x0c', bytes).is_none()
    {
        return text.into();
    }
    // Bytes, not characters (a pass with no decoding): in UTF-8 an ASCII byte is a whole
    // character, so replacing one by a space leaves the text valid.
    let mut folded = text.as_bytes().to_vec();
    for b in &mut folded {
        if b.is_ascii_whitespace() {
            *b = b' ';
        }
    }
    String::from_utf8(folded)
        .expect("ASCII replaced by ASCII is still UTF-8")
        .into()
}

/// A sentence of a block: its tokens (never empty) and their keys, collected once: the rules
/// look a sentence's keys up many times.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub tokens: Vec<Token<'a>>,
    keys: Vec<&'a str>,
}

impl<'a> Sentence<'a> {
    pub fn keys(&self) -> Keys<'_, 'a> {
        Keys(&self.keys)
    }
}

/// A sentence's keys, borrowed. A value, not a reference, so that the rules pass them on as
/// `&keys`, as they did the list each collected before the sentence held them.
#[derive(Debug, Clone, Copy)]
pub struct Keys<'s, 'a>(&'s [&'a str]);

impl<'a> std::ops::Deref for Keys<'_, 'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        self.0
    }
}

/// Splits a block's text (line breaks already folded to spaces, so lengths match the block)
/// into sentences, rejoining those cut after an abbreviation ("Jan. 31"): the sentences of
/// `text` for which `wanted` (given the sentence's text) is true, each tokenised only when
/// it is reached (the others never are). Keys that are not the words' own text are written
/// to `arena`.
pub fn sentences<'a>(
    text: &'a str,
    arena: &'a Bump,
    is_abbreviation: impl Fn(&str) -> bool,
    wanted: impl Fn(&str) -> bool,
) -> impl Iterator<Item = Sentence<'a>> {
    // once for the block, not again for each sentence
    let stand_ins = stand_ins_unless_ascii(text);
    spans_of(text, stand_ins.as_ref(), is_abbreviation)
        .into_iter()
        .filter(move |&(start, end)| wanted(&text[start..end]))
        .filter_map(move |(start, end)| {
            let capacity = token_capacity(end - start);
            let mut tokens = Vec::with_capacity(capacity);
            let mut keys = Vec::with_capacity(capacity);
            let mut push = |at: usize, word: &'a str| {
                let key = arena_key(word, arena);
                tokens.push(token(at, word, Key::Borrowed(key)));
                keys.push(key);
            };
            match &stand_ins {
                Some((classes, offsets)) => {
                    let from = offsets.partition_point(|&o| o < start);
                    let to = offsets.partition_point(|&o| o < end);
                    class_words(text, &classes[from..to], |i| offsets[from + i], push);
                }
                None => for_each_segment(&text[start..end], |i, word| push(start + i, word)),
            }
            join_double_hyphens(&text[start..end], start, &mut tokens, Some(&mut keys));
            split_negative_contractions(&text[start..end], &mut tokens, Some(&mut keys));
            (!tokens.is_empty()).then_some(Sentence { tokens, keys })
        })
}

/// The sentences of `text` (line breaks already folded to spaces) as byte ranges, rejoining
/// those cut after an abbreviation; the one sentence splitter of loading and extraction.
pub fn sentence_bounds(text: &str, is_abbreviation: impl Fn(&str) -> bool) -> Vec<(usize, usize)> {
    spans_of(text, stand_ins_unless_ascii(text).as_ref(), is_abbreviation)
}

/// [`stand_ins`] of a text the ASCII fast paths cannot take as it is.
fn stand_ins_unless_ascii(text: &str) -> Option<StandIns> {
    if text.is_ascii() {
        None
    } else {
        stand_ins(text)
    }
}

/// [`sentence_bounds`], given the text's stand-ins when it has them.
fn spans_of(
    text: &str,
    stand_ins: Option<&StandIns>,
    is_abbreviation: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    if is_one_sentence(text) {
        vec![(0, text.len())]
    } else if text.is_ascii() {
        sentence_spans(text, ascii_sentences(text), is_abbreviation)
    } else if let Some((classes, offsets)) = stand_ins {
        let bounds = class_sentences(text, classes, |i| offsets[i]);
        sentence_spans(text, bounds, is_abbreviation)
    } else {
        sentence_spans(text, text.split_sentence_bound_indices(), is_abbreviation)
    }
}

/// An initial or a run of them before a full stop: "J" of "J. Smith", "U.S" of "U.S.".
fn is_initialism(word: &str) -> bool {
    word.split('.')
        .all(|letter| letter.chars().count() == 1 && letter.chars().all(char::is_uppercase))
}

/// Sentence spans from segmenter bounds, rejoining a sentence cut after an abbreviation.
fn sentence_spans<'a>(
    text: &'a str,
    bounds: impl Iterator<Item = (usize, &'a str)>,
    is_abbreviation: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let pieces = bounds.flat_map(|(start, piece)| unglued(start, piece));
    for (start, piece) in pieces {
        let end = start + piece.len();
        let continues = spans.last().is_some_and(|&(s, e)| {
            let prev = text[s..e].trim_end();
            let before_dot = prev.strip_suffix('.').unwrap_or("");
            let last_word = before_dot
                .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
                .next();
            prev.ends_with('.')
                && last_word.is_some_and(|w| is_initialism(w) || is_abbreviation(&key_of(w)))
        });
        match spans.last_mut() {
            Some(last) if continues => last.1 = end,
            _ => spans.push((start, end)),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_that_lost_their_space_are_split() {
        let text = "Nine were taken to hospital.The toll rose. The U.S.A team and e.g.Xy stay.";
        let spans = sentence_bounds(text, |_| false);
        let sentences: Vec<&str> = spans.iter().map(|&(s, e)| text[s..e].trim()).collect();
        assert_eq!(
            sentences,
            [
                "Nine were taken to hospital.",
                "The toll rose.",
                "The U.S.A team and e.g.Xy stay."
            ]
        );
    }

    #[test]
    fn a_sentence_that_opens_with_a_figure_is_split_from_the_one_before() {
        let text = "Two of them were children. 22 people were hurt. Some 300 fled, approx. 20 \
                    of them at 5 p.m. 40 more came.";
        let spans = sentence_bounds(text, |word| word == "approx");
        let sentences: Vec<&str> = spans.iter().map(|&(s, e)| text[s..e].trim()).collect();
        assert_eq!(
            sentences,
            [
                "Two of them were children.",
                "22 people were hurt.",
                "Some 300 fled, approx. 20 of them at 5 p.m. 40 more came."
            ]
        );
    }

    #[test]
    fn initials_do_not_end_a_sentence() {
        let text = "The deadliest U.S. fire killed 114. J. Smith said so.";
        let spans = sentence_bounds(text, |_| false);
        let sentences: Vec<&str> = spans.iter().map(|&(s, e)| text[s..e].trim()).collect();
        assert_eq!(
            sentences,
            ["The deadliest U.S. fire killed 114.", "J. Smith said so."]
        );
        assert!(!is_initialism("Dr"));
    }

    #[test]
    fn tokens_keep_offsets_and_numbers_whole() {
        let text = "At least 1,200 people’s homes";
        let toks = tokens(text, 10);
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(words, ["At", "least", "1,200", "people’s", "homes"]);
        assert_eq!(toks[2].start, 19);
        assert_eq!(&text[toks[2].start - 10..toks[2].end - 10], "1,200");
        assert_eq!(toks[3].key, "people's");
        // a word that is already its key is not copied
        assert!(matches!(toks[1].key, Key::Borrowed("least")));
        assert!(matches!(&toks[0].key, Key::Folded(key) if key == "at"));
        assert!(toks[3].is_possessive());
        // two hyphens typed for a dash are one mark; one hyphen, or a third, stays its own
        let toks = tokens("21 bodies -- 11 men --- and a well-known -", 0);
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "21", "bodies", "--", "11", "men", "--", "-", "and", "a", "well", "-", "known", "-"
            ]
        );
        assert_eq!((toks[2].start, toks[2].end), (10, 12));
        // a negative contraction parts into its verb and a negative keyed "not", whichever
        // apostrophe it is typed with; an ending with no verb before it stays whole
        let toks = tokens("73 HADN’T been found; 4 weren't; n't", 0);
        assert_eq!(tokens("HASN'T", 0).len(), 2);
        let view: Vec<(&str, &str, usize)> = toks
            .iter()
            .map(|t| (t.text, t.key.as_str(), t.start))
            .collect();
        assert_eq!(
            view,
            [
                ("73", "73", 0),
                ("HAD", "had", 3),
                ("N’T", "not", 6),
                ("been", "been", 12),
                ("found", "found", 17),
                (";", ";", 22),
                ("4", "4", 24),
                ("were", "were", 26),
                ("n't", "not", 30),
                (";", ";", 33),
                ("n't", "n't", 35),
            ]
        );
    }

    /// `count` deterministic texts of 1 to `max_pieces` pieces each (xorshift from `seed`).
    fn random_texts(mut state: u64, count: usize, max_pieces: u64, pieces: &[&str]) -> Vec<String> {
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..count)
            .map(|_| {
                let length = next() % max_pieces + 1;
                (0..length)
                    .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    fn characters(alphabet: &str) -> Vec<&str> {
        (0..alphabet.len()).map(|i| &alphabet[i..i + 1]).collect()
    }

    #[test]
    fn the_one_sentence_fast_path_agrees_with_the_segmenter() {
        const PIECES: [&str; 14] = [
            "Floods",
            " killed",
            " 12",
            " people",
            ",",
            " officials",
            " said",
            ".",
            "!",
            "?",
            " (AP)",
            "\"",
            " Mr",
            " 2.5",
        ];
        let mut checked = 0;
        for text in random_texts(0x9E37_79B9_7F4A_7C15, 5000, 9, &PIECES) {
            if is_one_sentence(&text) {
                checked += 1;
                assert_eq!(text.split_sentence_bound_indices().count(), 1, "{text:?}");
            }
        }
        assert!(
            checked > 500,
            "the generator exercises the fast path ({checked})"
        );
    }

    #[test]
    fn the_ascii_sentence_fast_path_agrees_with_the_segmenter() {
        let alphabet = "aaZZ00 .!?,;:-\"'()[]\t\r\n$ ";
        let mut multi = 0;
        for text in random_texts(0x5DEE_CE66_D1CE_4E5B, 50_000, 30, &characters(alphabet)) {
            let fast: Vec<(usize, &str)> = ascii_sentences(&text).collect();
            let uax: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            assert_eq!(fast, uax, "{text:?}");
            multi += usize::from(uax.len() > 1);
        }
        assert!(
            multi > 10_000,
            "the generator exercises sentence breaks ({multi})"
        );
        for text in [
            "It rose 3.5 m. Then it fell.",
            "The U.S. Army said so. Officials agreed.",
            "On Jan. 31, at noon, it began. (AP) More.",
            "\"Stop!\" he said. \"Now?\" she asked?! Yes...",
            "Lines\r\nbreak.\nHere",
            "a.b. C. d",
        ] {
            let fast: Vec<(usize, &str)> = ascii_sentences(text).collect();
            let uax: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            assert_eq!(fast, uax, "{text:?}");
        }
    }

    #[test]
    fn the_ascii_word_fast_path_agrees_with_the_segmenter() {
        let alphabet = "aZy09_:.,;'\"-!? \t\n\r()$%\x0b";
        for text in random_texts(0x2545_F491_4F6C_DD1D, 20_000, 24, &characters(alphabet)) {
            let mut fast: Vec<(usize, &str)> = Vec::new();
            ascii_words(&text, |i, w| fast.push((i, w)));
            let uax: Vec<(usize, &str)> = text
                .split_word_bound_indices()
                .filter(|(_, w)| !w.chars().all(char::is_whitespace))
                .collect();
            assert_eq!(fast, uax, "{text:?}");
        }
    }

    #[test]
    fn the_typographic_fast_paths_agree_with_the_segmenter() {
        let alphabet = "aZy09_:.,;'\"-!? \t\n\r()$%’‘“”–—•";
        let pieces: Vec<&str> = alphabet
            .char_indices()
            .map(|(i, c)| &alphabet[i..i + c.len_utf8()])
            .collect();
        let mut typographic = 0;
        for text in random_texts(0x1F83_D9AB_FB41_BD6B, 50_000, 30, &pieces) {
            let Some((classes, offsets)) = stand_ins(&text) else {
                panic!("every piece has a stand-in: {text:?}");
            };
            typographic += usize::from(!text.is_ascii());
            let not_space = |(_, w): &(usize, &str)| !w.chars().all(char::is_whitespace);
            let mut words: Vec<(usize, &str)> = Vec::new();
            class_words(&text, &classes, |i| offsets[i], |i, w| words.push((i, w)));
            let uax: Vec<(usize, &str)> =
                text.split_word_bound_indices().filter(not_space).collect();
            assert_eq!(words, uax, "{text:?}");
            let sentences: Vec<(usize, &str)> =
                class_sentences(&text, &classes, |i| offsets[i]).collect();
            let uax: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            assert_eq!(sentences, uax, "{text:?}");
        }
        assert!(
            typographic > 40_000,
            "the generator exercises the marks ({typographic})"
        );
        assert!(stand_ins("café").is_none());
    }

    #[test]
    fn folding_line_breaks_keeps_every_offset_and_other_characters() {
        let text = "Floods in “Sindh”\r\nkilled\t12 — said\x0cofficials.";
        let folded = fold_line_breaks(text);
        assert_eq!(folded, "Floods in “Sindh”  killed 12 — said officials.");
        assert_eq!(folded.len(), text.len());
        assert!(matches!(
            fold_line_breaks("no breaks here"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn keys_fold_case_and_apostrophes_and_borrow_when_they_can() {
        assert!(matches!(key_of("killed"), Cow::Borrowed("killed")));
        assert_eq!(key_of("KILLED"), "killed");
        assert_eq!(key_of("People’s"), "people's");
        assert_eq!(key_of("Überschwemmung"), "überschwemmung");
        assert_eq!(without_possessive("Chile’s"), "Chile");
        assert_eq!(without_possessive("officials"), "officials");
    }

    #[test]
    fn any_word_sees_digits_and_lower_cased_words() {
        let killed = |w: &str| w == "killed";
        assert!(any_word("Storm KILLED many", killed));
        assert!(any_word("in 2024 it rained", |_| false));
        assert!(!any_word("Nothing here, officially.", killed));
        assert!(any_word("Überschwemmung killed", killed));
    }

    #[test]
    fn sentences_tokenise_as_their_text_alone_does_and_hold_its_keys() {
        let texts = [
            "Floods KILLED 12. “They’re gone,” Mr Khan said – again! The toll rose.",
            "Plain ASCII: Officials said 4 died. Then RAIN came.",
            "Two -- or three --- died - again-and-again.",
            "Ten HADN’T been found and 4 weren't, officials didn't say.",
            "Überschwemmung in Köln. Zwölf Menschen starben.",
        ];
        for text in texts {
            let arena = Bump::new();
            let found: Vec<Sentence<'_>> = sentences(text, &arena, |_| false, |_| true).collect();
            let bounds = sentence_bounds(text, |_| false);
            assert_eq!(found.len(), bounds.len(), "{text:?}");
            for (sentence, &(start, end)) in found.iter().zip(&bounds) {
                let alone = tokens(&text[start..end], start);
                let view = |t: &Token<'_>| (t.start, t.end, t.text.to_owned(), t.key.to_string());
                let got: Vec<_> = sentence.tokens.iter().map(view).collect();
                let want: Vec<_> = alone.iter().map(view).collect();
                assert_eq!(got, want, "{text:?}");
                let keys: Vec<&str> = alone.iter().map(|t| t.key.as_str()).collect();
                assert_eq!(*sentence.keys(), keys[..], "{text:?}");
            }
        }
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "It began on Jan. 31 in the city. Dr. Khan said 4 died. Then rain.";
        let arena = Bump::new();
        let found: Vec<&str> = sentences(text, &arena, |w| w == "jan" || w == "dr", |_| true)
            .map(|s| &text[s.tokens[0].start..s.tokens[s.tokens.len() - 1].end])
            .collect();
        assert_eq!(
            found,
            [
                "It began on Jan. 31 in the city.",
                "Dr. Khan said 4 died.",
                "Then rain."
            ]
        );
    }
}
