//! Headless output: JSON and markdown.

use crate::model::Report;

/// The `extract --json` document.
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).expect("the model serialises")
}
