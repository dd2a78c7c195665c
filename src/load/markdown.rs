//! Front matter and markdown bodies.

use super::furniture::Furniture;
use super::meta::normalise_date;
use super::text::{self, Line, TextBuilder};
use super::{Draft, Piece, Stated};
use crate::model::BlockKind;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Whether the text opens with a `---` front-matter fence.
pub fn has_front_matter(text: &str) -> bool {
    text.trim_start().lines().next().map(str::trim_end) == Some("---")
}

/// Whether text without an extension reads as markdown: ATX headings or inline links.
pub fn looks_like_markdown(text: &str) -> bool {
    text.lines().take(200).any(|line| {
        let line = line.trim_start();
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        ((1..=6).contains(&hashes) && line[hashes..].starts_with(' '))
            || (line.contains("](") && line.contains('['))
    })
}

/// Parses front matter (if any) and the body: as markdown when `markdown_body`, else as plain
/// text.
pub fn parse(text: &str, markdown_body: bool, v: &Furniture) -> (Vec<Draft>, Stated) {
    let (mut drafts, stated, body_start) = match front_matter(text, v) {
        Some(front) => (front.drafts, front.stated, front.end),
        None => (Vec::new(), Stated::default(), 0),
    };
    if markdown_body {
        let has_title = stated.title.is_some();
        drafts.extend(body(text, body_start, has_title));
    } else {
        drafts.extend(text::drafts(text, body_start));
    }
    (drafts, stated)
}

/// Front matter runs to a few hundred bytes; a fence not closed within this is no front matter.
const MAX_FRONT_MATTER_BYTES: usize = 64 * 1024;

struct FrontMatter {
    drafts: Vec<Draft>,
    stated: Stated,
    /// File offset just after the closing fence.
    end: usize,
}

/// A front-matter value: its text (unquoted, unescaped) and the block it makes.
struct Value {
    text: String,
    block: Option<Piece>,
}

fn front_matter(text: &str, v: &Furniture) -> Option<FrontMatter> {
    if !has_front_matter(text) {
        return None;
    }
    // Only the head is looked through for the closing fence, so an unclosed fence over a long
    // file costs nothing (its lines were once all listed: 490 MB for 20 MB).
    let mut head_end = text.len().min(MAX_FRONT_MATTER_BYTES);
    if head_end < text.len() {
        head_end = text[..head_end].rfind(['\n', '\r'])?;
    }
    let lines = text::lines(&text[..head_end], 0);
    let open = lines.first()?;
    let close_index = lines
        .iter()
        .skip(1)
        .position(|l| matches!(&text[l.start..l.end], "---" | "..."))?
        + 1;
    let close = lines[close_index];
    let inner = &lines[1..close_index];
    // Real front matter is all `key: value` lines (and their indented or listed values);
    // text that merely sits between two `---` rules is not.
    let is_field = |line: &Line| {
        let content = &text[line.start..line.end];
        let key_len = content
            .find(':')
            .filter(|&colon| colon > 0 && !content[..colon].contains(char::is_whitespace));
        key_len.is_some() || line_indent(text, *line) > 0 || content.starts_with(['-', '#'])
    };
    if !inner.iter().all(is_field) {
        return None;
    }
    let mut stated = Stated::default();
    let mut excerpt: Option<Piece> = None;
    let mut i = 0;
    while i < inner.len() {
        let line = inner[i];
        i += 1;
        let Some((key, value)) = key_value(text, line, &inner[i..]) else {
            continue;
        };
        let slot = match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => &mut stated.title,
            "date" | "published" | "pubdate" | "published_at" | "date_published" => {
                &mut stated.published
            }
            "author" | "authors" | "byline" => &mut stated.author,
            "source" | "outlet" | "publisher" | "site" | "site_name" | "publication" => {
                &mut stated.outlet
            }
            "url" | "link" | "canonical_url" | "permalink" | "source_url" => &mut stated.url,
            "excerpt" | "description" | "summary" | "subtitle" | "standfirst" | "dek" => {
                if excerpt.is_none() {
                    excerpt = value.block;
                }
                continue;
            }
            _ => continue,
        };
        if slot.is_none() && !value.text.is_empty() {
            *slot = Some(value.text);
        }
    }
    stated.published = stated.published.map(|date| normalise_date(&date, v));
    stated.author = stated.author.map(|a| a.trim_matches(['[', ']']).to_owned());
    Some(FrontMatter {
        drafts: front_matter_drafts(text, open.start, close.end, excerpt),
        stated,
        end: close.end,
    })
}

/// The front matter as boilerplate, with the excerpt cut out as a standfirst so no byte is in
/// two blocks.
fn front_matter_drafts(text: &str, start: usize, end: usize, excerpt: Option<Piece>) -> Vec<Draft> {
    let boilerplate = |from: usize, to: usize| {
        let slice = &text[from..to];
        let trimmed = slice.trim_start();
        let at = from + slice.len() - trimmed.len();
        let trimmed = trimmed.trim_end();
        (!trimmed.is_empty()).then(|| Piece::verbatim(BlockKind::Boilerplate, at, trimmed))
    };
    let blocks: Vec<Piece> = match excerpt {
        Some(excerpt) => {
            let (before, after) = (excerpt.start, excerpt.end);
            [
                boilerplate(start, before),
                Some(excerpt),
                boilerplate(after, end),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        None => boilerplate(start, end).into_iter().collect(),
    };
    blocks
        .into_iter()
        .map(|block| {
            let mut draft = Draft::new(block, true);
            draft.fixed = true;
            draft
        })
        .collect()
}

/// Splits `key: value` (a quoted scalar, a plain scalar, or a folded `>`/`|` block over the
/// following more-indented lines).
fn key_value<'t>(text: &'t str, line: Line, following: &[Line]) -> Option<(&'t str, Value)> {
    let content = &text[line.start..line.end];
    let colon = content.find(':')?;
    let key = content[..colon].trim();
    if key.is_empty() || key.contains(char::is_whitespace) {
        return None;
    }
    let after = &content[colon + 1..];
    let value_start = line.start + colon + 1 + (after.len() - after.trim_start().len());
    let raw = text[value_start..line.end].trim_end();
    let mut builder = TextBuilder::default();
    match raw.chars().next() {
        Some(quote @ ('"' | '\'')) if raw.len() >= 2 && raw.ends_with(quote) => {
            unquote(&raw[1..raw.len() - 1], value_start + 1, quote, &mut builder);
        }
        Some('>' | '|') if raw.len() <= 3 => {
            let indent = line_indent(text, line);
            for next in following
                .iter()
                .take_while(|l| line_indent(text, **l) > indent)
            {
                builder.push_space(next.start, next.start);
                builder.push_copy(&text[next.start..next.end], next.start);
            }
        }
        _ => builder.push_copy(raw, value_start),
    }
    let block = builder.finish(BlockKind::Standfirst);
    let value = Value {
        text: block.as_ref().map(|b| b.text.clone()).unwrap_or_default(),
        block,
    };
    Some((key, value))
}

/// A quoted YAML scalar's inside: `\"` and `\\` (double quotes) or `''` (single) unescaped.
fn unquote(inside: &str, file_start: usize, quote: char, builder: &mut TextBuilder) {
    let escape = if quote == '"' { "\\" } else { "''" };
    let mut rest_start = 0;
    while let Some(found) = inside[rest_start..].find(escape) {
        let at = rest_start + found;
        builder.push_copy(&inside[rest_start..at], file_start + rest_start);
        let escaped_end = at + escape.len();
        let Some(next) = inside[escaped_end..].chars().next() else {
            rest_start = at;
            break;
        };
        let (piece, len) = if quote == '"' {
            (next.to_string(), escape.len() + next.len_utf8())
        } else {
            ("'".to_owned(), escape.len())
        };
        builder.push_replacement(&piece, file_start + at, file_start + at + len);
        rest_start = at + len;
    }
    builder.push_copy(&inside[rest_start..], file_start + rest_start);
}

fn line_indent(text: &str, line: Line) -> usize {
    let line_start = text[..line.start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    line.start - line_start
}

/// The markdown body: headings, paragraphs, list items, quotes and table cells become blocks;
/// link targets, images, emphasis markers and raw HTML are left out of the text.
fn body(text: &str, start: usize, has_title: bool) -> Vec<Draft> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut builder = TextBuilder::default();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut kind = BlockKind::Body;
    let mut list_depth = 0usize;
    let mut image_depth = 0usize;
    let mut link_depth = 0usize;
    let flush = |builder: &mut TextBuilder, drafts: &mut Vec<Draft>, kind, list_depth| {
        if let Some(mut draft) = builder.finish_draft(kind, true) {
            draft.list_item = list_depth > 0;
            draft.fixed = kind != BlockKind::Body;
            drafts.push(draft);
        }
    };
    let parts = segments(&text[start..]).into_iter().map(|(from, to)| {
        let part_start = start + from;
        Parser::new_ext(&text[part_start..start + to], options)
            .into_offset_iter()
            .map(move |(event, range)| {
                Some((event, part_start + range.start, part_start + range.end))
            })
            // The end of a part ends every open block: nothing spans the cut.
            .chain([None])
    });
    for item in parts.flatten() {
        let Some((event, from, to)) = item else {
            flush(&mut builder, &mut drafts, kind, list_depth);
            (kind, list_depth, image_depth, link_depth) = (BlockKind::Body, 0, 0, 0);
            builder.set_in_link(false);
            continue;
        };
        match event {
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut builder, &mut drafts, kind, list_depth);
                // A heading that opens an untitled document is its headline.
                kind = if !has_title && drafts.is_empty() && builder.is_empty() {
                    BlockKind::Headline
                } else {
                    BlockKind::Subheading
                };
            }
            Event::Start(Tag::Item) => {
                flush(&mut builder, &mut drafts, kind, list_depth);
                list_depth += 1;
            }
            Event::End(TagEnd::Item) => {
                flush(&mut builder, &mut drafts, kind, list_depth);
                list_depth = list_depth.saturating_sub(1);
            }
            Event::Start(Tag::Link { .. }) => {
                link_depth += 1;
                builder.set_in_link(true);
            }
            Event::End(TagEnd::Link) => {
                link_depth = link_depth.saturating_sub(1);
                builder.set_in_link(link_depth > 0);
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Start(
                Tag::Paragraph | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::TableCell,
            )
            | Event::Rule => flush(&mut builder, &mut drafts, kind, list_depth),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableCell,
            ) => {
                flush(&mut builder, &mut drafts, kind, list_depth);
                kind = BlockKind::Body;
            }
            Event::Text(piece) if image_depth == 0 => {
                if text.get(from..to) == Some(&*piece) {
                    builder.push_copy(&piece, from);
                } else {
                    builder.push_replacement(&piece, from, to);
                }
            }
            // A code span's range includes its backticks: its text is what is inside them.
            Event::Code(_) if image_depth == 0 => {
                let span = text.get(from..to).unwrap_or("");
                let inner = span.trim_start_matches('`');
                let inner_start = from + span.len() - inner.len();
                builder.push_copy(inner.trim_end_matches('`'), inner_start);
            }
            Event::SoftBreak | Event::HardBreak => builder.push_space(from, to),
            _ => {}
        }
    }
    flush(&mut builder, &mut drafts, kind, list_depth);
    mark_gaps(text, &mut drafts);
    drafts
}

/// The most markdown given to pulldown-cmark at once. It holds a tree of all the text it is
/// given, about sixty bytes per inline item (20 MB of `[` took 650 MB), so a long body is parsed
/// in parts; no real article comes near this, so only hostile or machine-made text is cut.
const SEGMENT_BYTES: usize = 256 * 1024;

/// `source` cut into parts of at most [`SEGMENT_BYTES`]: at the last blank line, else the last
/// line break, else the last space, else a character boundary. Offsets are `source`'s.
fn segments(source: &str) -> Vec<(usize, usize)> {
    text::cut_ranges(source, SEGMENT_BYTES, |window| {
        let blank_line = ["\n\n", "\n\r\n", "\r\r"]
            .iter()
            .filter_map(|gap| window.rfind(gap).map(|at| at + gap.len()))
            .max();
        blank_line
            .or_else(|| window.rfind(['\n', '\r']).map(|at| at + 1))
            .or_else(|| window.rfind(' ').map(|at| at + 1))
    })
}

/// Layout gaps from the source: a blank line between one block and the next.
fn mark_gaps(text: &str, drafts: &mut [Draft]) {
    let mut previous_end = None;
    for draft in drafts.iter_mut() {
        draft.gap_before = previous_end.is_none_or(|end: usize| {
            let between = text.get(end..draft.block.start).unwrap_or("");
            between.lines().skip(1).any(|l| l.trim().is_empty())
        });
        previous_end = Some(draft.block.end);
    }
    text::mark_gaps_after(drafts);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_fields_and_excerpt_span() {
        let text = "---\ntitle: \"A \\\"quoted\\\" title\"\ndate: 2022-03-04T05:06:07\nauthor: 'Jo'\nexcerpt: \"Short summary.\"\n---\n\nBody text here.\n";
        let (drafts, stated) = parse(text, true, &Furniture::bundled());
        assert_eq!(stated.title.as_deref(), Some("A \"quoted\" title"));
        assert_eq!(stated.published.as_deref(), Some("2022-03-04T05:06:07"));
        assert_eq!(stated.author.as_deref(), Some("Jo"));
        let standfirst = drafts
            .iter()
            .find(|d| d.block.kind == BlockKind::Standfirst)
            .unwrap();
        assert_eq!(
            &text[standfirst.block.start..standfirst.block.end],
            "Short summary."
        );
        let kinds: Vec<BlockKind> = drafts.iter().map(|d| d.block.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Boilerplate,
                BlockKind::Standfirst,
                BlockKind::Boilerplate,
                BlockKind::Body
            ]
        );
    }

    #[test]
    fn text_between_rules_is_not_front_matter() {
        let text = "---\nA line of prose, not a field.\n---\nMore prose.\n";
        let (drafts, stated) = parse(text, false, &Furniture::bundled());
        assert!(stated.title.is_none());
        assert!(drafts.iter().all(|d| d.block.kind == BlockKind::Body));
    }

    #[test]
    fn markdown_inline_markup_is_stripped_but_mapped() {
        let text = "## A heading\n\nSee [the report](http://x.test/r) for **more** \\*detail\\*.\n\n- first item\n- second *item*\n";
        let (drafts, _) = parse(text, true, &Furniture::bundled());
        let texts: Vec<&str> = drafts.iter().map(|d| d.block.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "A heading",
                "See the report for more *detail*.",
                "first item",
                "second item"
            ]
        );
        assert_eq!(drafts[0].block.kind, BlockKind::Headline);
        let para = &drafts[1].block;
        let at = para.text.find("more").unwrap();
        let (s, e) = para.file_span(at, at + 4);
        assert_eq!(&text[s..e], "more");
        let at = para.text.find("*detail*").unwrap();
        let (s, e) = para.file_span(at, at + "*detail*".len());
        // The escaping backslash before the first `*` is not part of the text.
        assert_eq!(&text[s..e], "*detail\\*");
        assert!(drafts[2].list_item && drafts[3].list_item);
    }

    #[test]
    fn long_markdown_is_parsed_in_bounded_parts_with_true_offsets() {
        let paragraph = "A [linked](http://x.test) paragraph with `code` in it.\n\n";
        let text = format!(
            "# Title\n\n{}",
            paragraph.repeat(3 * SEGMENT_BYTES / paragraph.len())
        );
        let parts = segments(&text);
        assert!(parts.len() >= 3);
        assert!(parts.iter().all(|(s, e)| e - s <= SEGMENT_BYTES));
        assert!(
            parts
                .windows(2)
                .all(|w| w[0].1 == w[1].0 && text[..w[0].1].ends_with("\n\n"))
        );
        let (drafts, _) = parse(&text, true, &Furniture::bundled());
        assert_eq!(drafts.len(), 1 + 3 * SEGMENT_BYTES / paragraph.len());
        for draft in &drafts[1..] {
            assert_eq!(draft.block.text, "A linked paragraph with code in it.");
            let at = draft.block.text.find("code").unwrap();
            let (s, e) = draft.block.file_span(at, at + 4);
            assert_eq!(&text[s..e], "code");
        }
        let unbroken = "[".repeat(SEGMENT_BYTES + 1);
        assert_eq!(
            segments(&unbroken),
            [(0, SEGMENT_BYTES), (SEGMENT_BYTES, SEGMENT_BYTES + 1)]
        );
    }

    #[test]
    fn a_fence_left_open_is_not_looked_for_past_the_head() {
        let text = format!("---\n{}", "key: value\n".repeat(MAX_FRONT_MATTER_BYTES / 8));
        assert!(front_matter(&text, &Furniture::bundled()).is_none());
        let closed = format!(
            "---\ntitle: T\n---\n{}",
            "Body.\n".repeat(MAX_FRONT_MATTER_BYTES)
        );
        assert_eq!(
            front_matter(&closed, &Furniture::bundled())
                .unwrap()
                .stated
                .title
                .as_deref(),
            Some("T")
        );
    }
}
