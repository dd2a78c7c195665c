//! CSV for spreadsheets and data tools: a header, then one row per claim of each comparison
//! (`extract`: one row per claim, with its comparison where it has one). Quoting is the `csv`
//! crate's; every cell from an article goes through [`spreadsheet`] first, so no cell runs as
//! a formula or acts on a terminal.

use super::{Exporter, RowIndex, cited_path, claim_quote, mark_words, row_ref};
use crate::compare::value_text;
use crate::escape::spreadsheet;
use crate::model::{Claim, Comparison, Report};
use std::io::{self, Write};

/// The CSV [`Exporter`].
pub struct Csv;

const HEADER: [&str; 24] = [
    "comparison",
    "row",
    "label",
    "status",
    "story",
    "claim",
    "article",
    "source",
    "kind",
    "value",
    "shown",
    "qualifier",
    "low",
    "high",
    "metric",
    "subject",
    "attributed_to",
    "where",
    "when",
    "marks",
    "quote",
    "path",
    "start",
    "end",
];

impl Exporter for Csv {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let index = RowIndex::of(&report.comparisons);
        let mut writer = writer(out)?;
        for claim in &report.claims {
            let comparison = index
                .row(claim.id)
                .and_then(|(id, _)| report.comparisons.get(id.index()))
                .filter(|c| c.claims.contains(&claim.id));
            write_row(&mut writer, report, &index, comparison, claim)?;
        }
        writer.flush()
    }

    fn comparisons(
        &self,
        report: &Report,
        selected: &[&Comparison],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let index = RowIndex::of(selected.iter().copied());
        let mut writer = writer(out)?;
        for &comparison in selected {
            for claim in comparison.claims.iter().filter_map(|&id| report.claim(id)) {
                write_row(&mut writer, report, &index, Some(comparison), claim)?;
            }
        }
        writer.flush()
    }
}

fn writer(out: &mut dyn Write) -> io::Result<csv::Writer<&mut dyn Write>> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    Ok(writer)
}

/// One claim's row; the comparison columns are empty for a claim in no comparison.
fn write_row(
    writer: &mut csv::Writer<&mut dyn Write>,
    report: &Report,
    index: &RowIndex,
    comparison: Option<&Comparison>,
    claim: &Claim,
) -> io::Result<()> {
    let article = report.article(claim.article);
    let text = |value: Option<&str>| value.map_or(String::new(), |v| spreadsheet(v).into_owned());
    let number = |value: Option<u64>| value.map_or(String::new(), |v| v.to_string());
    let row = index
        .row(claim.id)
        .filter(|(id, _)| comparison.is_some_and(|c| c.id == *id));
    let mention = claim.primary_mention();
    let attributed = claim.attribution.as_ref().map(|a| a.phrase.as_str());
    let record = [
        comparison.map_or(String::new(), |c| c.id.to_string()),
        row.map_or(String::new(), |(id, row)| row_ref(id, row)),
        text(comparison.map(|c| c.label.as_str())),
        comparison.map_or(String::new(), |c| c.status.as_str().to_owned()),
        comparison.map_or(String::new(), |c| c.story.to_string()),
        claim.id.to_string(),
        claim.article.to_string(),
        text(article.map(|a| a.source_name()).as_deref()),
        claim.kind.as_str().to_owned(),
        number(claim.value),
        text(Some(&value_text(claim, article))),
        claim
            .qualifier
            .map_or(String::new(), |q| q.as_str().to_owned()),
        number(claim.range.map(|r| r.low)),
        number(claim.range.and_then(|r| r.high)),
        claim
            .metric
            .map_or(String::new(), |m| m.as_str().to_owned()),
        text(claim.subject.as_ref().map(ToString::to_string).as_deref()),
        text(attributed),
        text(claim.place.as_deref()),
        text(claim.when.as_deref()),
        mark_words(comparison, claim, index).join("; "),
        text(claim_quote(report, claim).as_deref()),
        text(article.map(|a| cited_path(&a.path)).as_deref()),
        number(mention.map(|m| m.start() as u64)),
        number(mention.map(|m| m.end() as u64)),
    ];
    writer.write_record(&record)?;
    Ok(())
}
