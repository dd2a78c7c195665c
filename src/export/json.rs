//! JSON and JSON Lines. Exact: serde escapes every string, and quotes and offsets are the
//! file's bytes (the README's contract).

use super::{Exporter, write_json};
use crate::model::{Article, Comparison, QuotedClaim, Report, Story};
use serde::Serialize;
use std::io::{self, Write};

/// One JSON document: `extract` the whole report, `compare`/`export` an array of comparisons.
pub struct Json;

impl Exporter for Json {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        write_json(report, out)
    }

    fn comparisons(
        &self,
        _report: &Report,
        selected: &[&Comparison],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        write_json(selected, out)
    }
}

/// JSON Lines: one object per line, so a pipe or a cluster can take the output a line at a
/// time. `compare`/`export` write one comparison per line (each line is an element of
/// `compare --format json`); `extract` writes every article, claim, story and comparison, each
/// tagged with its `type`.
pub struct JsonLines;

/// One line of `extract --format jsonl`: the item's own fields after `"type"`.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Record<'a> {
    Article(&'a Article),
    Claim(QuotedClaim<'a>),
    Story(&'a Story),
    Comparison(&'a Comparison),
}

impl JsonLines {
    fn line(out: &mut dyn Write, item: &impl Serialize) -> io::Result<()> {
        serde_json::to_writer(&mut *out, item)?;
        out.write_all(b"\n")
    }
}

impl Exporter for JsonLines {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let records = (report.articles.iter().map(Record::Article))
            .chain(
                (report.claims.iter())
                    .map(|claim| Record::Claim(claim.quoted(report.article(claim.article)))),
            )
            .chain(report.stories.iter().map(Record::Story))
            .chain(report.comparisons.iter().map(Record::Comparison));
        for record in records {
            Self::line(out, &record)?;
        }
        Ok(())
    }

    fn comparisons(
        &self,
        _report: &Report,
        selected: &[&Comparison],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        for comparison in selected {
            Self::line(out, comparison)?;
        }
        Ok(())
    }
}
