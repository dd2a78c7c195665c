//! Headless output: one [`Exporter`] per [`Format`] (markdown, JSON, JSON Lines, CSV), which
//! the commands and the TUI's export both call; which comparisons to export ([`select`]); and
//! safe file writing ([`file`]).

pub mod file;
mod json;
pub mod markdown;
pub mod select;
mod table;

use crate::model::{Article, Claim, ClaimId, Comparison, ComparisonId, Mention, Report};
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};

/// The output formats of `extract`, `compare` and `export` (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable and citable: a sources section, then per comparison a table whose rows carry
    /// references (`k1.2`) that the provenance lines repeat.
    Markdown,
    /// One JSON document (the README's contract).
    Json,
    /// JSON Lines: one comparison per line (`extract`: one article, claim, story or comparison
    /// per line, tagged with its `type`).
    Jsonl,
    /// CSV with a header: one row per claim of each comparison (`extract`: per claim).
    Csv,
}

impl Format {
    /// The exporter that writes this format.
    pub fn exporter(self) -> &'static dyn Exporter {
        match self {
            Self::Markdown => &markdown::Markdown,
            Self::Json => &json::Json,
            Self::Jsonl => &json::JsonLines,
            Self::Csv => &table::Csv,
        }
    }
}

/// Writes a report, or some of its comparisons, in one format. Every format escapes what came
/// from an article for where it goes ([`crate::escape`]); JSON is exact, as serde escapes it.
pub trait Exporter {
    /// Everything a run found: articles, claims, stories, comparisons (`extract`).
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;

    /// The `selected` comparisons of `report`, in the given order (`compare`, `export` and the
    /// TUI's export).
    fn comparisons(
        &self,
        report: &Report,
        selected: &[&Comparison],
        out: &mut dyn Write,
    ) -> io::Result<()>;
}

/// The ending a count's noun takes in English output: "1 article", "2 articles". The one
/// helper for every view and export.
pub fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// Writes a JSON document (and a final line break) as it is serialised: a large report is
/// never held twice in memory, once as the model and once as text. Through a buffer of its
/// own, whose type the serialiser knows: it writes a few bytes at a time, and each write to
/// a `dyn Write` is a call that cannot be inlined.
pub fn write_json<T: serde::Serialize + ?Sized>(value: &T, out: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Indented::default());
    value.serialize(&mut serializer)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// serde_json's pretty layout (two spaces a level), written with one write a line: its
/// `PrettyFormatter` writes the indentation a level at a time, each a copy of a length the
/// compiler does not know (2.4 million calls to `memcpy` for an `extract --json` of 3 MB).
#[derive(Default)]
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    /// A comma (unless `first`), a line break and the current depth's indentation.
    fn new_line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        const LINE: &[u8] = b",\n                                                  ";
        let wanted = 2 + 2 * self.depth;
        let from = usize::from(first);
        if wanted <= LINE.len() {
            return out.write_all(&LINE[from..wanted]);
        }
        // deeper than any document of ours: the rest a level at a time
        out.write_all(&LINE[from..])?;
        (LINE.len()..wanted)
            .step_by(2)
            .try_for_each(|_| out.write_all(b"  "))
    }

    fn begin<W: ?Sized + Write>(&mut self, out: &mut W, opening: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(opening)
    }

    fn end<W: ?Sized + Write>(&mut self, out: &mut W, closing: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(out, true)?;
        }
        out.write_all(closing)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.begin(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.end(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.begin(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.end(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

use crate::marks::row_ref;

/// Where each claim of some comparisons is a row, to cite a claim by its row's reference.
struct RowIndex {
    rows: HashMap<ClaimId, (ComparisonId, usize)>,
}

impl RowIndex {
    fn of<'a>(comparisons: impl IntoIterator<Item = &'a Comparison>) -> Self {
        let rows = comparisons
            .into_iter()
            .flat_map(|c| {
                c.claims
                    .iter()
                    .enumerate()
                    .map(|(row, &id)| (id, (c.id, row)))
            })
            .collect();
        Self { rows }
    }

    /// The comparison and row of a claim, if it is a row of one of the comparisons.
    fn row(&self, claim: ClaimId) -> Option<(ComparisonId, usize)> {
        self.rows.get(&claim).copied()
    }

    /// How to cite a claim: its row's reference (`k1.2`), or its claim id when it is no row.
    fn cite(&self, claim: ClaimId) -> String {
        self.row(claim).map_or_else(
            || claim.to_string(),
            |(comparison, row)| row_ref(comparison, row),
        )
    }
}

/// What a row's value needs said beside it ([`crate::marks`], as the TUI shows it), a
/// superseded figure citing the row of the newer one. Markdown and CSV show the same.
fn mark_words(comparison: Option<&Comparison>, claim: &Claim, index: &RowIndex) -> Vec<String> {
    crate::marks::marks(comparison, claim)
        .into_iter()
        .map(|mark| mark.words_citing(|newer| index.cite(newer)))
        .collect()
}

/// What a reader of the article saw at a mention: the text with its markup gone (`<a href=…>`,
/// `**`, entities decoded), on one line. The mention's offsets and `quote` keep pointing at the
/// file's bytes; this is only for showing it. Falls back to the raw quote when the block text
/// is unavailable, and to nothing without the article.
pub fn readable_quote<'a>(article: Option<&'a Article>, mention: &Mention) -> Cow<'a, str> {
    let Some(article) = article else {
        return Cow::Borrowed("");
    };
    let text = (article.blocks.get(mention.block()))
        .and_then(|block| article.text(block).get(mention.text_range()))
        .map_or_else(|| mention.quote(article), Cow::Borrowed);
    // A mention can run over a line break; shown on one line, each run of spaces is one.
    if text.contains(|c: char| c.is_whitespace() && c != ' ') || text.contains("  ") {
        Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        text
    }
}

/// The readable text of a claim's primary mention (see [`readable_quote`]), if it has one.
pub fn claim_quote<'a>(report: &'a Report, claim: &'a Claim) -> Option<Cow<'a, str>> {
    let mention = claim.primary_mention()?;
    Some(readable_quote(report.article(claim.article), mention))
}

/// Where the bundled sample's articles say they are (`load::load_sample`): a folder of this
/// repository, which does not exist where the binary runs. Exports name them as the sample.
const SAMPLE_FOLDER: &str = "assets/articles/";

/// An article's path as an export cites it: as given, except the bundled sample's, which are
/// shown as `sample/NAME` (they are embedded in the binary, not files on the reader's disk).
pub fn cited_path(path: &str) -> Cow<'_, str> {
    match path.strip_prefix(SAMPLE_FOLDER) {
        Some(name) if !name.contains('/') => Cow::Owned(format!("sample/{name}")),
        _ => Cow::Borrowed(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bundled_samples_paths_are_cited_as_the_sample() {
        assert_eq!(cited_path("assets/articles/000_a.txt"), "sample/000_a.txt");
        for path in [
            "my/assets/articles/000_a.txt",
            "assets/articles/more/000_a.txt",
            "reports/a.txt",
            "-",
        ] {
            assert_eq!(cited_path(path), path);
        }
    }

    #[test]
    fn json_is_laid_out_as_serde_json_pretty_prints_it() {
        let mut deep = serde_json::json!([]);
        for level in 0..40 {
            deep =
                serde_json::json!({ "level": level, "empty": [], "none": {}, "in": [deep, "x"] });
        }
        let mut written = Vec::new();
        write_json(&deep, &mut written).unwrap();
        let expected = serde_json::to_string_pretty(&deep).unwrap() + "\n";
        assert_eq!(String::from_utf8(written).unwrap(), expected);
    }
}
