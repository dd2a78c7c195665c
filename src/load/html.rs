//! HTML pages as saved from a browser: metadata from `<meta>` tags, body text from the main
//! container, with every text byte mapped back to the file.
//!
//! One linear pass over html5gum's tokens builds every block of text outside dropped elements
//! and notes where it sits; then the container is chosen (the `<article>` with the most text,
//! else `<main>`, else `<body>`) and its blocks, with the headline `<h1>`, are kept.

use super::furniture::Furniture;
use super::meta::normalise_date;
use super::text::TextBuilder;
use super::{Draft, Stated};
use crate::model::BlockKind;
use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};
use serde_json::Value;
use std::collections::HashMap;

/// Elements whose content is never article text.
const DROPPED: [&str; 20] = [
    "script", "style", "noscript", "nav", "footer", "aside", "form", "button", "svg", "template",
    "iframe", "select", "head", "title", "object", "canvas", "dialog", "audio", "video", "math",
];

/// Elements dropped when their class or id names page furniture (`[furniture]
/// furniture_classes` in `assets/lexicon.toml`): the blocks a page lays out, not the page
/// itself or its article, and no inline element (a link's class says nothing about the text
/// around it).
const CLASSED: [&str; 9] = [
    "div", "section", "ul", "ol", "li", "p", "table", "dl", "figure",
];

/// A class name's words ("most-read": "most", "read").
pub(super) fn class_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// Whether an element's class or id names page furniture: one of its names holds a furniture
/// class's words in a row ("sidebar", "right-sidebar", "most-read-list"; not "readmore").
fn names_furniture(tag: &StartTag<usize>, v: &Furniture) -> bool {
    ["class", "id"]
        .iter()
        .filter_map(|a| attr(tag, a))
        .any(|value| {
            value.split_whitespace().any(|name| {
                let words: Vec<String> = class_words(name).collect();
                v.furniture_classes
                    .iter()
                    .any(|cue| words.windows(cue.len()).any(|w| w == cue.as_slice()))
            })
        })
}

/// `<header>` is dropped too, except for the headline `<h1>` it usually holds.
const HEADER: &str = "header";

/// Elements that end one block and start another.
const BLOCK_BOUNDARIES: [&str; 36] = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "figure",
    "figcaption",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "hr",
    "address",
    "details",
    "summary",
    "caption",
    "body",
    "html",
];

/// Elements inside a run of text: their tags separate nothing ("Caf<b>é</b>" is one word).
/// Any other tag inside text reads as a space.
const INLINE: [&str; 22] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "u",
];

/// Elements that never have content or an end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];

pub fn parse(text: &str, v: &Furniture) -> (Vec<Draft>, Stated) {
    let page = walk(text, v);
    let container = page.container();
    let title_h1 = page.title_heading(container);
    let mut title = None;
    let mut drafts = Vec::new();
    for piece in page.pieces {
        let is_title = title_h1.is_some() && piece.h1 == title_h1;
        if !(is_title || (piece.place.within(container) && !piece.place.in_header)) {
            continue;
        }
        let mut draft = piece.draft;
        if is_title {
            title.get_or_insert_with(|| draft.block.text.clone());
            draft.block.kind = BlockKind::Headline;
        }
        drafts.push(draft);
    }
    let facts = page.facts;
    let stated = Stated {
        title: title.or(facts.title),
        published: facts.published.map(|d| normalise_date(&d, v)),
        ..facts
    };
    (drafts, stated)
}

/// Where a piece of text sits in the page.
#[derive(Debug, Clone, Copy, Default)]
struct Place {
    /// The outermost `<article>` around it (n-th article start tag).
    article: Option<usize>,
    in_main: bool,
    in_body: bool,
    in_header: bool,
}

impl Place {
    fn within(self, container: Container) -> bool {
        match container {
            Container::Article(n) => self.article == Some(n),
            Container::Main => self.in_main,
            Container::Body => self.in_body,
            Container::Document => true,
        }
    }
}

/// A block of the page, before choosing which part of the page is the article.
struct Piece {
    draft: Draft,
    place: Place,
    /// The `<h1>` it is in (n-th h1 start tag).
    h1: Option<usize>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Container {
    Article(usize),
    Main,
    Body,
    #[default]
    Document,
}

struct Page {
    pieces: Vec<Piece>,
    facts: Stated,
}

impl Page {
    /// The `<article>` with the most text (related-story cards are articles too), else
    /// `<main>`, else `<body>`, else everything.
    fn container(&self) -> Container {
        let mut article_text: HashMap<usize, usize> = HashMap::new();
        for piece in &self.pieces {
            if let Some(n) = piece.place.article {
                *article_text.entry(n).or_default() += piece.draft.block.text.len();
            }
        }
        if let Some((n, _)) = article_text
            .iter()
            .max_by_key(|(n, len)| (**len, std::cmp::Reverse(**n)))
        {
            Container::Article(*n)
        } else if self.pieces.iter().any(|p| p.place.in_main) {
            Container::Main
        } else if self.pieces.iter().any(|p| p.place.in_body) {
            Container::Body
        } else {
            Container::Document
        }
    }

    /// The h1 that is the page's headline: the first in the container, else the first.
    fn title_heading(&self, container: Container) -> Option<usize> {
        let headings = || self.pieces.iter().filter(|p| p.h1.is_some());
        headings()
            .find(|p| p.place.within(container))
            .or_else(|| headings().next())
            .and_then(|p| p.h1)
    }
}

/// One pass over the tokens: every block of text outside dropped elements, where it sits,
/// and the page's metadata.
fn walk(text: &str, v: &Furniture) -> Page {
    let mut open = OpenElements::default();
    let mut builder = TextBuilder::default();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut place = Place::default();
    let mut articles_seen = 0usize;
    let mut h1_seen = 0usize;
    let mut current_h1: Option<usize> = None;
    let mut line_broken = false;
    let mut metas: Vec<(String, String)> = Vec::new();
    let mut linked_data: Vec<String> = Vec::new();
    let mut in_linked_data = false;
    let mut page_title = String::new();
    let mut time_datetime = None;
    let mut canonical = None;
    let mut references = References::default();
    let flush = |builder: &mut TextBuilder,
                 pieces: &mut Vec<Piece>,
                 open: &OpenElements,
                 place: Place,
                 h1: Option<usize>| {
        let kind = kind_here(open);
        if let Some(mut draft) = builder.finish_draft(kind, true) {
            draft.fixed = kind != BlockKind::Body;
            draft.list_item = open.count("li") > 0;
            pieces.push(Piece { draft, place, h1 });
        }
    };
    for token in tokens(text) {
        match token {
            Token::StartTag(tag) => {
                let name = name_of(&tag.name);
                // One <br> breaks a line inside a paragraph; two in a row end the paragraph.
                let paragraph_break = name == "br" && line_broken;
                line_broken = name == "br";
                if BLOCK_BOUNDARIES.contains(&name.as_str()) || paragraph_break {
                    flush(&mut builder, &mut pieces, &open, place, current_h1);
                } else if !INLINE.contains(&name.as_str()) {
                    builder.push_break(tag.span.start);
                }
                match name.as_str() {
                    "meta" => metas.extend(meta_pair(&tag)),
                    "link"
                        if attr(&tag, "rel")
                            .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
                    {
                        canonical = canonical.or(attr(&tag, "href"));
                    }
                    "script" => {
                        in_linked_data = attr(&tag, "type").is_some_and(|t| t.contains("ld+json"));
                        if in_linked_data {
                            linked_data.push(String::new());
                        }
                    }
                    "time" if time_datetime.is_none() => time_datetime = attr(&tag, "datetime"),
                    "article" => {
                        place.article = place.article.or(Some(articles_seen));
                        articles_seen += 1;
                    }
                    "h1" => {
                        current_h1 = Some(h1_seen);
                        h1_seen += 1;
                    }
                    _ => {}
                }
                if !tag.self_closing && !VOID.contains(&name.as_str()) {
                    let furniture = CLASSED.contains(&name.as_str()) && names_furniture(&tag, v);
                    open.open(&name, furniture);
                }
                place.in_main = open.count("main") > 0;
                place.in_body = open.count("body") > 0;
                place.in_header = open.count(HEADER) > 0;
            }
            Token::EndTag(tag) => {
                let name = name_of(&tag.name);
                if BLOCK_BOUNDARIES.contains(&name.as_str()) {
                    flush(&mut builder, &mut pieces, &open, place, current_h1);
                } else if !INLINE.contains(&name.as_str()) {
                    builder.push_break(tag.span.start);
                }
                open.close(&name);
                in_linked_data &= name != "script";
                if open.count("h1") == 0 {
                    current_h1 = None;
                }
                if open.count("article") == 0 {
                    place.article = None;
                }
                place.in_main = open.count("main") > 0;
                place.in_body = open.count("body") > 0;
                place.in_header = open.count(HEADER) > 0;
            }
            Token::String(s) => {
                let decoded = String::from_utf8_lossy(&s.value);
                if in_linked_data {
                    if let Some(json) = linked_data.last_mut() {
                        json.push_str(&decoded);
                    }
                } else if open.count("title") > 0 && open.count("svg") == 0 {
                    page_title.push_str(&decoded);
                } else if !open.dropped() {
                    line_broken &= decoded.trim().is_empty();
                    builder.set_in_link(open.count("a") > 0);
                    let source = (text, s.span.start, s.span.end);
                    push_decoded(&mut builder, &mut references, source, &decoded);
                }
            }
            _ => {}
        }
    }
    flush(&mut builder, &mut pieces, &open, place, current_h1);
    let mut facts = meta_facts(&metas);
    let linked = linked_data_facts(&linked_data);
    let page_title = fold_whitespace(&page_title);
    let page_title =
        (!page_title.is_empty()).then(|| strip_site_name(&page_title, facts.outlet.as_deref()));
    facts.title = facts.title.or(linked.title).or(page_title);
    facts.outlet = facts.outlet.or(linked.outlet);
    facts.published = facts.published.or(linked.published).or(time_datetime);
    facts.author = facts.author.or(linked.author);
    facts.url = canonical.or(facts.url).or(linked.url);
    Page { pieces, facts }
}

fn tokens(text: &str) -> impl Iterator<Item = Token<usize>> + '_ {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script, style and title content is raw text, not markup.
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(text, emitter).filter_map(Result::ok)
}

fn name_of(name: &[u8]) -> String {
    String::from_utf8_lossy(name).to_ascii_lowercase()
}

/// Elements whose open count is asked for on every token; kept in an array, not hashed.
const TRACKED: [&str; 17] = [
    "main",
    "body",
    "header",
    "article",
    "li",
    "title",
    "svg",
    "figcaption",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "script",
    "a",
];

/// Open elements, with a count per name so an end tag without a matching start is ignored in
/// constant time (deep or broken nesting stays linear), and a running count of open dropped
/// elements (checked for every piece of text).
#[derive(Default)]
struct OpenElements {
    /// Each open element, and whether its class or id names it furniture.
    stack: Vec<(String, bool)>,
    counts: HashMap<String, usize>,
    tracked: [usize; TRACKED.len()],
    dropped: usize,
}

impl OpenElements {
    fn open(&mut self, name: &str, furniture: bool) {
        self.dropped += usize::from(furniture || DROPPED.contains(&name));
        if let Some(i) = TRACKED.iter().position(|t| *t == name) {
            self.tracked[i] += 1;
        }
        *self.counts.entry(name.to_owned()).or_default() += 1;
        self.stack.push((name.to_owned(), furniture));
    }

    fn count(&self, name: &str) -> usize {
        match TRACKED.iter().position(|t| *t == name) {
            Some(i) => self.tracked[i],
            None => self.counts.get(name).copied().unwrap_or(0),
        }
    }

    /// Closes `name` and every element opened inside it, innermost first.
    fn close(&mut self, name: &str) {
        if self.count(name) == 0 {
            return;
        }
        while let Some((top, furniture)) = self.stack.pop() {
            if let Some(count) = self.counts.get_mut(&top) {
                *count -= 1;
            }
            if let Some(i) = TRACKED.iter().position(|t| *t == top) {
                self.tracked[i] -= 1;
            }
            self.dropped -= usize::from(furniture || DROPPED.contains(&top.as_str()));
            if top == name {
                break;
            }
        }
    }

    fn dropped(&self) -> bool {
        self.dropped > 0
    }
}

/// Metadata from JSON-LD (`<script type="application/ld+json">`): the first object that has
/// a publication date or a headline, searched through `@graph` and arrays.
fn linked_data_facts(documents: &[String]) -> Stated {
    const MAX_DEPTH: usize = 6;
    fn find(value: &Value, depth: usize) -> Option<&Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        match value {
            Value::Object(map)
                if map.contains_key("datePublished") || map.contains_key("headline") =>
            {
                Some(value)
            }
            Value::Object(map) => map.values().find_map(|v| find(v, depth + 1)),
            Value::Array(items) => items.iter().find_map(|v| find(v, depth + 1)),
            _ => None,
        }
    }
    /// A name given as a string, an object with a name, or a list of those.
    fn names(value: &Value) -> Option<String> {
        match value {
            Value::String(name) => Some(fold_whitespace(name)),
            Value::Object(map) => map.get("name").and_then(names),
            Value::Array(items) => {
                let all: Vec<String> = items.iter().filter_map(names).collect();
                (!all.is_empty()).then(|| all.join(", "))
            }
            _ => None,
        }
        .filter(|name| !name.is_empty())
    }
    let text = |value: Option<&Value>| value.and_then(Value::as_str).map(fold_whitespace);
    documents
        .iter()
        .filter_map(|json| serde_json::from_str::<Value>(json).ok())
        .find_map(|document| {
            let article = find(&document, 0)?;
            Some(Stated {
                title: text(article.get("headline")),
                outlet: article.get("publisher").and_then(names),
                published: text(article.get("datePublished")),
                author: article.get("author").and_then(names),
                url: text(article.get("url")),
            })
        })
        .unwrap_or_default()
}
fn attr(tag: &StartTag<usize>, name: &str) -> Option<String> {
    tag.attributes
        .get(name.as_bytes())
        .map(|v| String::from_utf8_lossy(&v.value).trim().to_owned())
        .filter(|v| !v.is_empty())
}
/// A `<meta>`'s key (property, name or itemprop, lower-cased) and content.
fn meta_pair(tag: &StartTag<usize>) -> Option<(String, String)> {
    let key = attr(tag, "property")
        .or_else(|| attr(tag, "name"))
        .or_else(|| attr(tag, "itemprop"))?;
    let content = attr(tag, "content")?;
    Some((key.to_ascii_lowercase(), fold_whitespace(&content)))
}
/// Metadata from meta tags, in order of preference per field.
fn meta_facts(metas: &[(String, String)]) -> Stated {
    let first = |keys: &[&str], accept: &dyn Fn(&str) -> bool| {
        keys.iter().find_map(|key| {
            metas
                .iter()
                .find(|(k, v)| k == key && accept(v))
                .map(|(_, v)| v.clone())
        })
    };
    let any = |_: &str| true;
    let not_url = |v: &str| !v.contains("://") && !v.starts_with('@');
    Stated {
        title: first(&["og:title", "twitter:title", "headline"], &any),
        outlet: first(
            &[
                "og:site_name",
                "application-name",
                "publisher",
                "article:publisher",
                "dc.publisher",
            ],
            &not_url,
        ),
        published: first(
            &[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
            ],
            &any,
        ),
        author: first(
            &[
                "author",
                "article:author",
                "dc.creator",
                "byl",
                "sailthru.author",
            ],
            &not_url,
        )
        .map(|a| match a.get(..3) {
            Some(by) if by.eq_ignore_ascii_case("by ") => a[3..].trim().to_owned(),
            _ => a,
        }),
        url: first(&["og:url"], &any),
    }
}

/// `<title>` often ends with the site's name ("Headline | Site"); drop it when it matches.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(separator)
            && site.is_none_or(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
            && head.len() > tail.len()
        {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}
fn fold_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
/// What the text being built belongs to, from the elements open around it. Headings are
/// subheadings until the page's headline is chosen.
fn kind_here(open: &OpenElements) -> BlockKind {
    if open.count("figcaption") > 0 || open.count("caption") > 0 {
        BlockKind::Caption
    } else if ["h1", "h2", "h3", "h4", "h5", "h6"]
        .iter()
        .any(|h| open.count(h) > 0)
    {
        BlockKind::Subheading
    } else {
        BlockKind::Body
    }
}

/// Character references decoded on their own, remembered (pages repeat the same few).
#[derive(Default)]
struct References {
    expansions: HashMap<String, String>,
}

impl References {
    /// Bounds the memory a page full of distinct numeric references can take.
    const MAX_REMEMBERED: usize = 4096;

    fn expand(&mut self, reference: &str) -> &str {
        if self.expansions.len() >= Self::MAX_REMEMBERED && !self.expansions.contains_key(reference)
        {
            self.expansions.clear();
        }
        self.expansions
            .entry(reference.to_owned())
            .or_insert_with(|| {
                tokens(reference)
                    .filter_map(|token| match token {
                        Token::String(s) => Some(String::from_utf8_lossy(&s.value).into_owned()),
                        _ => None,
                    })
                    .collect()
            })
    }
}

/// Adds a text token to the builder: `text[start..end]` is its source, `decoded` what html5gum
/// made of it (entities decoded, line endings normalised). Equal stretches are copies; each
/// character reference or line ending is a replacement for its own source bytes.
fn push_decoded(
    builder: &mut TextBuilder,
    references: &mut References,
    (text, start, end): (&str, usize, usize),
    decoded: &str,
) {
    let Some(source) = text.get(start..end) else {
        return;
    };
    if source == decoded {
        builder.push_copy(source, start);
        return;
    }
    let (src, dec) = (source.as_bytes(), decoded.as_bytes());
    let (mut i, mut j) = (0, 0);
    let mut copied_from = 0;
    while i < src.len() && j < dec.len() {
        if src[i] == dec[j] && src[i] != b'&' {
            i += 1;
            j += 1;
            continue;
        }
        // Back off to a character boundary (both sides agree up to here byte for byte).
        while !source.is_char_boundary(i) && i > copied_from {
            i -= 1;
            j -= 1;
        }
        builder.push_copy(&source[copied_from..i], start + copied_from);
        copied_from = i;
        match replacement_at(references, source, i, decoded, j) {
            Some((source_len, decoded_len)) => {
                builder.push_replacement(
                    &decoded[j..j + decoded_len],
                    start + i,
                    start + i + source_len,
                );
                i += source_len;
                j += decoded_len;
                copied_from = i;
            }
            // An ampersand that starts no reference is text, copied with what follows.
            None if src[i] == b'&' && dec[j] == b'&' => {
                i += 1;
                j += 1;
            }
            None => {
                builder.push_replacement(decoded.get(j..).unwrap_or(""), start + i, end);
                return;
            }
        }
    }
    builder.push_copy(&source[copied_from..i], start + copied_from);
    if j < dec.len() {
        builder.push_replacement(decoded.get(j..).unwrap_or(""), start + i, end);
    } else if i < src.len() {
        builder.push_space(start + i, end);
    }
}

/// At a point where source and decoded text differ, how many source bytes were replaced by how
/// many decoded bytes: a line ending, or a character reference. A reference is decoded on its
/// own by the same tokenizer, so the answer is exact rather than guessed.
fn replacement_at(
    references: &mut References,
    source: &str,
    i: usize,
    decoded: &str,
    j: usize,
) -> Option<(usize, usize)> {
    const MAX_REFERENCE: usize = 32;
    let src = source.as_bytes();
    match src[i] {
        b'\r' => {
            let len = if src.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            (decoded.as_bytes().get(j) == Some(&b'\n')).then_some((len, 1))
        }
        b'&' => {
            let name_len = src[i + 1..]
                .iter()
                .take(MAX_REFERENCE)
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
                .count();
            let mut end = i + 1 + name_len;
            if src.get(end) == Some(&b';') {
                end += 1;
            }
            let reference = &source[i..end];
            let expansion = references.expand(reference);
            if expansion == reference || !decoded[j..].starts_with(expansion) {
                return None;
            }
            // What the reference and its expansion both end with ("&notit;" gives "¬it;") is
            // copied text, not part of the reference.
            let common: usize = reference
                .chars()
                .rev()
                .zip(expansion.chars().rev())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a.len_utf8())
                .sum();
            let source_len = reference.len() - common;
            (source_len > 0).then_some((source_len, expansion.len() - common))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(piece: &str) -> crate::load::Piece {
        let decoded: String = tokens(piece)
            .filter_map(|t| match t {
                Token::String(s) => Some(String::from_utf8_lossy(&s.value).into_owned()),
                _ => None,
            })
            .collect();
        let mut builder = TextBuilder::default();
        let source = (piece, 0, piece.len());
        push_decoded(&mut builder, &mut References::default(), source, &decoded);
        builder.finish(BlockKind::Body).unwrap()
    }

    #[test]
    fn entities_map_to_their_source_bytes() {
        let source = "Caf&eacute; &amp; bar&nbsp;x &#x41;&#66 &notit; &bogus; end";
        let block = build(source);
        assert_eq!(block.text, "Café & bar x AB ¬it; &bogus; end");
        let amp = block.text.find('&').unwrap();
        assert_eq!(block.file_span(amp, amp + 1), (12, 17));
        let b = block.text.find('B').unwrap();
        assert_eq!(
            &source[block.file_span(b, b + 1).0..block.file_span(b, b + 1).1],
            "&#66"
        );
        let end = block.text.find("end").unwrap();
        let (s, e) = block.file_span(end, end + 3);
        assert_eq!(&source[s..e], "end");
    }

    #[test]
    fn crlf_inside_text_folds_to_a_space() {
        let block = build("one\r\ntwo\rthree");
        assert_eq!(block.text, "one two three");
        let at = block.text.find("three").unwrap();
        assert_eq!(block.file_span(at, at + 5), (9, 14));
    }

    #[test]
    fn site_name_is_cut_from_the_page_title() {
        assert_eq!(
            strip_site_name("Big storm hits coast | The Daily", Some("The Daily")),
            "Big storm hits coast"
        );
        assert_eq!(
            strip_site_name("Big storm hits coast - Other", Some("The Daily")),
            "Big storm hits coast - Other"
        );
    }
}
