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
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")?;
    out.flush()
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
}
