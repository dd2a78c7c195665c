//! Markdown export of comparisons (filled in by the comparisons work).

use crate::model::{Comparison, Report};

/// Markdown for the given comparisons of a report.
pub fn comparisons(report: &Report, selected: &[&Comparison]) -> String {
    let _ = report;
    selected
        .iter()
        .map(|c| format!("## {}\n", c.label))
        .collect()
}

/// A readable overview of what was loaded and found (`extract` without `--json`).
pub fn summary(report: &Report) -> String {
    format!(
        "{} articles, {} claims, {} comparisons\n",
        report.articles.len(),
        report.claims.len(),
        report.comparisons.len()
    )
}
