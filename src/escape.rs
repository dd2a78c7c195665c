//! Text that came from an article, a file name or metadata, made safe for where it is shown.
//! Every output goes through here: the terminal UI and the terminal lines of the commands
//! ([`terminal`]), and markdown, whether printed or written to a file ([`markdown`],
//! [`code_span`]). JSON needs nothing from here: serde escapes it exactly.

use std::borrow::Cow;
use std::fmt::Write;

/// How a character a terminal would act on, or hide, is shown instead; `None`: as itself.
/// C0 controls become their Control Pictures (`␛` for ESC, `␇` for BEL), DEL `␡`; tabs and
/// line breaks a space (every use is one line); C1 controls (a lone 0x9b is a CSI on some
/// terminals), the bidirectional overrides and isolates (which reorder what is shown) and the
/// zero-width characters (which hide text) are spelled out as `\u{…}`.
fn stand_in(c: char) -> Option<StandIn> {
    match c {
        '\t' | '\n' | '\r' => Some(StandIn::Char(' ')),
        '\0'..='\x1f' => char::from_u32(0x2400 + u32::from(c)).map(StandIn::Char),
        '\x7f' => Some(StandIn::Char('␡')),
        '\u{80}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200b}'
        | '\u{2060}'
        | '\u{feff}' => Some(StandIn::Code(c)),
        _ => None,
    }
}

enum StandIn {
    Char(char),
    Code(char),
}

impl StandIn {
    fn push_to(&self, out: &mut String) {
        match self {
            Self::Char(c) => out.push(*c),
            Self::Code(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(*c));
            }
        }
    }
}

/// Text safe to print on a terminal, on one line: nothing in it can move the cursor, change
/// the title or the clipboard, reorder or hide what is shown.
pub fn terminal(text: &str) -> Cow<'_, str> {
    escape_with(text, |_, _, _| false)
}

/// Text safe inline in markdown (a table cell, a list line, a heading), whether rendered or
/// printed on a terminal: terminal-safe, on one line, and every character that could start
/// markup backslash-escaped, so no link, image, raw HTML, entity, emphasis, code span or table
/// cell boundary comes from the text. Characters that cannot (`]` with every `[` escaped, `_`
/// inside a word, `&` not starting an entity) stay as written, so text reads as it was.
pub fn markdown(text: &str) -> Cow<'_, str> {
    escape_with(text, |previous, c, next| match c {
        '\\' | '`' | '*' | '[' | '<' | '|' | '~' => true,
        '_' => {
            !(previous.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric))
        }
        '&' => next.is_some_and(|n| n.is_alphanumeric() || n == '#'),
        _ => false,
    })
}

/// `text` as a markdown code span that it cannot break out of: the fence is one backtick longer
/// than the longest run inside, with spaces where the text starts or ends with one, and the
/// text terminal-safe on one line.
pub fn code_span(text: &str) -> String {
    let text = terminal(text);
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// `text` as a code span inside a markdown table cell: [`code_span`], with each `|` escaped,
/// since a table splits its cells before it reads code spans (the renderer shows `|`).
pub fn code_cell(text: &str) -> String {
    code_span(text).replace('|', "\\|")
}

/// Text safe in a CSV cell, for a spreadsheet that opens the file and a terminal it is printed
/// on: terminal-safe on one line, and a cell a spreadsheet would run as a formula (one starting
/// with `=`, `+`, `-` or `@`) starts with `'` instead, which spreadsheets show as text (OWASP's
/// advice against CSV injection). Quoting the cell is the CSV writer's job.
pub fn spreadsheet(text: &str) -> Cow<'_, str> {
    let text = terminal(text);
    if text.starts_with(['=', '+', '-', '@']) {
        Cow::Owned(format!("'{text}"))
    } else {
        text
    }
}

/// Replaces each character with its terminal stand-in, and puts a backslash before those that
/// `is_markup` picks (given the characters before and after); borrows when nothing changes.
fn escape_with(
    text: &str,
    is_markup: impl Fn(Option<char>, char, Option<char>) -> bool,
) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut previous = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let shown = stand_in(c);
        let markup = shown.is_none() && is_markup(previous, c, next);
        previous = Some(c);
        if shown.is_none() && !markup {
            if let Some(out) = &mut out {
                out.push(c);
            }
            continue;
        }
        let out = out.get_or_insert_with(|| {
            let mut out = String::with_capacity(text.len() + 8);
            out.push_str(&text[..at]);
            out
        });
        match shown {
            Some(shown) => shown.push_to(out),
            None => {
                out.push('\\');
                out.push(c);
            }
        }
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Options, Parser, Tag};

    #[test]
    fn terminal_text_shows_controls_instead_of_sending_them() {
        let title = "Blast \x1b]0;PWNED\x07\x1b]52;c;UFdOQ0xJUA==\x07";
        assert_eq!(terminal(title), "Blast ␛]0;PWNED␇␛]52;c;UFdOQ0xJUA==␇");
        assert_eq!(terminal("x\u{9b}2J\x7f"), "x\\u{9b}2J␡");
        assert_eq!(terminal("a\u{202e}b\u{2067}c"), "a\\u{202e}b\\u{2067}c");
        assert_eq!(
            terminal("zero\u{200b}width\u{2060}join\u{feff}"),
            "zero\\u{200b}width\\u{2060}join\\u{feff}"
        );
        assert_eq!(terminal("two\nlines\r\tend"), "two lines  end");
        assert!(matches!(terminal("plain ü 漢 👍🏽"), Cow::Borrowed(_)));
    }

    /// Everything markdown made of `text` placed in a table cell, a list line and a heading.
    fn markup_events(inline: &str) -> Vec<String> {
        let document = format!(
            "## {inline}\n\n| a | b |\n|---|---|\n| {inline} | x |\n\n- {inline}\n\ntext {inline} end\n"
        );
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        Parser::new_ext(&document, options)
            .filter_map(|event| match event {
                Event::Html(h) | Event::InlineHtml(h) => Some(format!("html {h}")),
                Event::Code(c) => Some(format!("code {c}")),
                Event::Start(
                    tag @ (Tag::Link { .. }
                    | Tag::Image { .. }
                    | Tag::Emphasis
                    | Tag::Strong
                    | Tag::Strikethrough),
                ) => Some(format!("{tag:?}")),
                Event::Start(Tag::TableCell) => Some("cell".to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn markdown_text_forms_no_markup() {
        let clean = markup_events("plain");
        assert_eq!(clean, ["cell", "cell", "cell", "cell"]);
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "![x](http://example.com/a.png)",
            "<javascript:alert(1)>",
            "[x]: javascript:alert(1)",
            "**bold** _em_ ~~gone~~ `code`",
            "a | b | c",
            "&lt;script&gt; &#106;avascript",
            "back\\slash \\[x\\](y)",
            "line\n\n<div>two</div>",
            "_lead and trail_ snake_case_ *x*",
            "a&amp;b &#60;img&#62;",
        ] {
            let escaped = markdown(hostile);
            assert_eq!(markup_events(&escaped), clean, "{hostile:?} → {escaped:?}");
        }
    }

    #[test]
    fn markdown_text_keeps_what_it_says() {
        // Rendered, the escaped text reads as the original (on one line).
        let original = "Outlet <b>|*_`[x](y)`_*|</b> & co";
        let escaped = markdown(original);
        let rendered: String = Parser::new(&escaped)
            .filter_map(|event| match event {
                Event::Text(t) => Some(t.into_string()),
                _ => None,
            })
            .collect();
        assert_eq!(rendered, original);
        for plain in ["Reuters, 12 May", "field_note", "AT & T, 3 > 2 (sic)]"] {
            assert!(matches!(markdown(plain), Cow::Borrowed(_)), "{plain}");
        }
    }

    #[test]
    fn code_cells_stay_in_their_table_cell() {
        let cell = code_cell("a|b`c.txt");
        let table = format!("| path | x |\n|---|---|\n| {cell} | y |\n");
        let events: Vec<String> = Parser::new_ext(&table, Options::ENABLE_TABLES)
            .filter_map(|event| match event {
                Event::Code(c) => Some(format!("code {c}")),
                Event::Start(Tag::TableCell) => Some("cell".to_owned()),
                _ => None,
            })
            .collect();
        assert_eq!(events, ["cell", "cell", "cell", "code a|b`c.txt", "cell"]);
    }

    #[test]
    fn spreadsheet_cells_never_start_a_formula() {
        for (text, cell) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", " =1"),
            ("at least 92 militants", "at least 92 militants"),
            ("a\x1b]0;x\x07", "a␛]0;x␇"),
        ] {
            assert_eq!(spreadsheet(text), cell, "{text:?}");
        }
    }

    #[test]
    fn code_spans_hold_backticks_and_line_breaks() {
        for path in ["dir/a.txt", "we`ird.md", "``x`", "two\nlines.md", "`edge`"] {
            let span = code_span(path);
            let events: Vec<Event<'_>> = Parser::new(&span).collect();
            let code: Vec<String> = events
                .iter()
                .filter_map(|e| match e {
                    Event::Code(c) => Some(c.to_string()),
                    _ => None,
                })
                .collect();
            assert_eq!(code, [terminal(path)], "{path:?} → {span:?}");
        }
    }
}
