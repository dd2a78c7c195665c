//! Headless output: the JSON document, markdown, and safe file writing.

pub mod file;
pub mod markdown;

use crate::model::Report;

/// The `extract --json` document.
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).expect("the model serialises")
}
