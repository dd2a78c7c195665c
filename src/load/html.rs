//! HTML pages as saved from a browser: metadata from `<meta>` tags, body text from the main
//! container, with every text byte mapped back to the file.
//!
//! Two linear passes over html5gum's tokens: the first reads metadata and picks the container
//! (the `<article>` with the most text, else `<main>`, else `<body>`), the second builds blocks.

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

pub fn parse(text: &str) -> (Vec<Draft>, Stated) {
    let scan = scan(text);
    let drafts = build_blocks(text, &scan);
    let stated = Stated {
        title: scan.headline().or(scan.meta_title.clone()),
        outlet: scan.outlet,
        published: scan.published.map(|d| normalise_date(&d)),
        author: scan.author,
        url: scan.url,
    };
    (drafts, stated)
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

/// Open elements, with a count per name so an end tag without a matching start is ignored in
/// constant time (deep or broken nesting stays linear).
#[derive(Default)]
struct OpenElements {
    stack: Vec<String>,
    counts: HashMap<String, usize>,
}

impl OpenElements {
    fn open(&mut self, name: &str) {
        self.stack.push(name.to_owned());
        *self.counts.entry(name.to_owned()).or_default() += 1;
    }

    fn count(&self, name: &str) -> usize {
        self.counts.get(name).copied().unwrap_or(0)
    }

    /// Closes `name` and every element opened inside it, innermost first.
    fn close(&mut self, name: &str, mut on_close: impl FnMut(&str)) {
        if self.count(name) == 0 {
            return;
        }
        while let Some(top) = self.stack.pop() {
            if let Some(count) = self.counts.get_mut(&top) {
                *count -= 1;
            }
            on_close(&top);
            if top == name {
                break;
            }
        }
    }

    fn dropped(&self) -> bool {
        DROPPED.iter().any(|name| self.count(name) > 0)
    }
}

#[derive(Debug, Default)]
struct Scan {
    meta_title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    author: Option<String>,
    url: Option<String>,
    /// Every `<h1>` outside dropped elements: its ordinal among h1 tags, the article it is in,
    /// and its text.
    headings: Vec<(usize, Option<usize>, String)>,
    container: Container,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Container {
    /// The n-th `<article>` start tag.
    Article(usize),
    Main,
    Body,
    #[default]
    Document,
}

impl Scan {
    /// The h1 that is the page's headline: the first in the chosen article, else the first.
    fn title_heading(&self) -> Option<usize> {
        let in_container = |article: &Option<usize>| match self.container {
            Container::Article(n) => *article == Some(n),
            _ => true,
        };
        self.headings
            .iter()
            .find(|(_, article, text)| in_container(article) && !text.is_empty())
            .or_else(|| self.headings.iter().find(|(_, _, text)| !text.is_empty()))
            .map(|(ordinal, _, _)| *ordinal)
    }

    fn headline(&self) -> Option<String> {
        let ordinal = self.title_heading()?;
        self.headings
            .iter()
            .find(|(o, _, _)| *o == ordinal)
            .map(|(_, _, text)| text.clone())
    }
}

/// First pass: metadata, headings, and which container holds the article.
fn scan(text: &str) -> Scan {
    let mut scan = Scan::default();
    let mut open = OpenElements::default();
    let mut page_title = String::new();
    let mut time_datetime = None;
    let mut has_main = false;
    let mut has_body = false;
    let mut articles_seen = 0usize;
    // The outermost open article, and text bytes per article.
    let mut current_article: Option<usize> = None;
    let mut article_text: HashMap<usize, usize> = HashMap::new();
    let mut h1_seen = 0usize;
    let mut current_h1: Option<usize> = None;
    let mut metas: Vec<(String, String)> = Vec::new();
    let mut linked_data: Vec<String> = Vec::new();
    let mut in_linked_data = false;
    for token in tokens(text) {
        match token {
            Token::StartTag(tag) => {
                let name = name_of(&tag.name);
                match name.as_str() {
                    "meta" => metas.extend(meta_pair(&tag)),
                    "script" => {
                        in_linked_data = attr(&tag, "type").is_some_and(|t| t.contains("ld+json"));
                        if in_linked_data {
                            linked_data.push(String::new());
                        }
                    }
                    "link"
                        if attr(&tag, "rel")
                            .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
                    {
                        scan.url = scan.url.take().or(attr(&tag, "href"));
                    }
                    "time" if time_datetime.is_none() => time_datetime = attr(&tag, "datetime"),
                    "main" => has_main = true,
                    "body" => has_body = true,
                    "article" => {
                        if current_article.is_none() {
                            current_article = Some(articles_seen);
                        }
                        articles_seen += 1;
                    }
                    "h1" => {
                        if !open.dropped() {
                            current_h1 = Some(h1_seen);
                            scan.headings
                                .push((h1_seen, current_article, String::new()));
                        }
                        h1_seen += 1;
                    }
                    _ => {}
                }
                if !tag.self_closing && !VOID.contains(&name.as_str()) {
                    open.open(&name);
                }
            }
            Token::EndTag(tag) => {
                let name = name_of(&tag.name);
                open.close(&name, |closed| {
                    if closed == "h1" {
                        current_h1 = None;
                    }
                });
                in_linked_data &= name != "script";
                if name == "article" && open.count("article") == 0 {
                    current_article = None;
                }
            }
            Token::String(s) => {
                let piece = String::from_utf8_lossy(&s.value);
                if in_linked_data {
                    if let Some(json) = linked_data.last_mut() {
                        json.push_str(&piece);
                    }
                } else if open.count("title") > 0 && open.count("svg") == 0 {
                    page_title.push_str(&piece);
                } else if !open.dropped() {
                    if let Some(n) = current_article {
                        *article_text.entry(n).or_default() +=
                            piece.bytes().filter(|b| !b.is_ascii_whitespace()).count();
                    }
                    if let (Some(ordinal), Some(last)) = (current_h1, scan.headings.last_mut())
                        && last.0 == ordinal
                    {
                        last.2.push_str(&piece);
                    }
                }
            }
            _ => {}
        }
    }
    for heading in &mut scan.headings {
        heading.2 = fold_whitespace(&heading.2);
    }
    apply_metas(&mut scan, &metas);
    let facts = linked_data_facts(&linked_data);
    scan.meta_title = scan.meta_title.take().or(facts.title);
    scan.outlet = scan.outlet.take().or(facts.outlet);
    scan.published = scan.published.take().or(facts.published);
    scan.author = scan.author.take().or(facts.author);
    scan.url = scan.url.take().or(facts.url);
    let page_title = fold_whitespace(&page_title);
    if scan.meta_title.is_none() && !page_title.is_empty() {
        scan.meta_title = Some(strip_site_name(&page_title, scan.outlet.as_deref()));
    }
    scan.published = scan.published.take().or(time_datetime);
    scan.container = article_text
        .iter()
        .max_by_key(|(n, len)| (**len, std::cmp::Reverse(**n)))
        .map(|(n, _)| Container::Article(*n))
        .unwrap_or(if has_main {
            Container::Main
        } else if has_body {
            Container::Body
        } else {
            Container::Document
        });
    scan
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

/// Fills metadata from meta tags, in order of preference per field.
fn apply_metas(scan: &mut Scan, metas: &[(String, String)]) {
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
    scan.meta_title = first(&["og:title", "twitter:title", "headline"], &any);
    scan.outlet = first(
        &[
            "og:site_name",
            "application-name",
            "publisher",
            "article:publisher",
            "dc.publisher",
        ],
        &not_url,
    );
    scan.published = first(
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
    );
    scan.author = first(
        &[
            "author",
            "article:author",
            "dc.creator",
            "byl",
            "sailthru.author",
        ],
        &not_url,
    )
    .map(|a| {
        let lower = a.to_ascii_lowercase();
        if lower.starts_with("by ") {
            a[3..].trim().to_owned()
        } else {
            a
        }
    });
    if scan.url.is_none() {
        scan.url = first(&["og:url"], &any);
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

/// What the text being built belongs to, from the elements open around it. Only the title
/// `<h1>` is the headline; any other heading is a subheading.
fn kind_here(open: &OpenElements, in_title_h1: bool) -> BlockKind {
    if open.count("figcaption") > 0 || open.count("caption") > 0 {
        BlockKind::Caption
    } else if in_title_h1 {
        BlockKind::Headline
    } else if ["h1", "h2", "h3", "h4", "h5", "h6"]
        .iter()
        .any(|h| open.count(h) > 0)
    {
        BlockKind::Subheading
    } else {
        BlockKind::Body
    }
}

/// Second pass: blocks from the container's text (and the headline h1, wherever it is).
fn build_blocks(text: &str, scan: &Scan) -> Vec<Draft> {
    let title_h1 = scan.title_heading();
    let mut open = OpenElements::default();
    let mut builder = TextBuilder::default();
    let mut drafts = Vec::new();
    let mut articles_seen = 0usize;
    let mut h1_seen = 0usize;
    let mut container_depth: Option<usize> =
        matches!(scan.container, Container::Document).then_some(0);
    let mut in_title_h1 = false;
    let mut line_broken = false;
    let flush = |builder: &mut TextBuilder,
                 drafts: &mut Vec<Draft>,
                 open: &OpenElements,
                 in_title_h1: bool| {
        let kind = kind_here(open, in_title_h1);
        if let Some(mut draft) = builder.finish_draft(kind, true) {
            draft.fixed = kind != BlockKind::Body;
            draft.list_item = open.count("li") > 0;
            drafts.push(draft);
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
                    flush(&mut builder, &mut drafts, &open, in_title_h1);
                } else if !INLINE.contains(&name.as_str()) {
                    builder.push_break(tag.span.start);
                }
                let is_container = match (scan.container, name.as_str()) {
                    (Container::Article(n), "article") => n == articles_seen,
                    (Container::Main, "main") | (Container::Body, "body") => true,
                    _ => false,
                };
                if name == "article" {
                    articles_seen += 1;
                }
                if name == "h1" {
                    in_title_h1 = title_h1 == Some(h1_seen);
                    h1_seen += 1;
                }
                if !tag.self_closing && !VOID.contains(&name.as_str()) {
                    open.open(&name);
                    if is_container && container_depth.is_none() {
                        container_depth = Some(open.stack.len());
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = name_of(&tag.name);
                if BLOCK_BOUNDARIES.contains(&name.as_str()) {
                    flush(&mut builder, &mut drafts, &open, in_title_h1);
                } else if !INLINE.contains(&name.as_str()) {
                    builder.push_break(tag.span.start);
                }
                open.close(&name, |_| {});
                if container_depth.is_some_and(|depth| open.stack.len() < depth) {
                    container_depth = None;
                }
                if open.count("h1") == 0 {
                    in_title_h1 = false;
                }
            }
            Token::String(s) => {
                let headline_here = in_title_h1 && !open.dropped();
                let in_container =
                    container_depth.is_some() && !open.dropped() && open.count(HEADER) == 0;
                if headline_here || in_container {
                    let (start, end) = (s.span.start, s.span.end);
                    let decoded = String::from_utf8_lossy(&s.value);
                    line_broken &= decoded.trim().is_empty();
                    push_decoded(&mut builder, text, start, end, &decoded);
                }
            }
            _ => {}
        }
    }
    flush(&mut builder, &mut drafts, &open, in_title_h1);
    drafts
}

/// Adds a text token to the builder: `text[start..end]` is its source, `decoded` what html5gum
/// made of it (entities decoded, line endings normalised). Equal stretches are copies; each
/// character reference or line ending is a replacement for its own source bytes.
fn push_decoded(builder: &mut TextBuilder, text: &str, start: usize, end: usize, decoded: &str) {
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
        match replacement_at(source, i, decoded, j) {
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
/// many decoded bytes: a line ending, or a character reference (with or without `;`).
fn replacement_at(source: &str, i: usize, decoded: &str, j: usize) -> Option<(usize, usize)> {
    let (src, dec) = (source.as_bytes(), decoded.as_bytes());
    if src[i] == b'\r' {
        let len = if src.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
        return (dec[j] == b'\n').then_some((len, 1));
    }
    if src[i] != b'&' {
        return None;
    }
    // Candidate ends of the reference: after a `;`, else any point in its name (legacy
    // references without `;` match a prefix), longest first.
    const MAX_REFERENCE: usize = 40;
    let name_end = src[i + 1..]
        .iter()
        .take(MAX_REFERENCE)
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'#'))
        .map_or((i + 1 + MAX_REFERENCE).min(src.len()), |p| i + 1 + p);
    let mut ends: Vec<usize> = Vec::new();
    if src.get(name_end) == Some(&b';') {
        ends.push(name_end + 1);
    }
    ends.extend((i + 2..=name_end).rev());
    let decoded_lens: Vec<usize> = decoded[j..]
        .char_indices()
        .skip(1)
        .take(2)
        .map(|(k, _)| k)
        .chain(std::iter::once(decoded.len() - j))
        .take(2)
        .collect();
    ends.into_iter().find_map(|source_end| {
        decoded_lens
            .iter()
            .find(|&&len| continues_alike(&src[source_end..], &dec[j + len..]))
            .map(|&len| (source_end - i, len))
    })
}

/// Whether two remainders agree up to the next point where they may legitimately differ.
fn continues_alike(source: &[u8], decoded: &[u8]) -> bool {
    const LOOKAHEAD: usize = 16;
    let stop = source
        .iter()
        .take(LOOKAHEAD)
        .position(|b| *b == b'&' || *b == b'\r')
        .unwrap_or(source.len().min(LOOKAHEAD));
    if stop == source.len() {
        return source == decoded;
    }
    decoded.len() >= stop && source[..stop] == decoded[..stop]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(piece: &str) -> crate::model::Block {
        let decoded: String = tokens(piece)
            .filter_map(|t| match t {
                Token::String(s) => Some(String::from_utf8_lossy(&s.value).into_owned()),
                _ => None,
            })
            .collect();
        let mut builder = TextBuilder::default();
        push_decoded(&mut builder, piece, 0, piece.len(), &decoded);
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
