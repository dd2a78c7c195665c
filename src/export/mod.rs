//! Headless output: the JSON document, markdown, and safe file writing.

pub mod file;
pub mod markdown;

use crate::model::Report;
use std::io::{self, Write};

/// The ending a count's noun takes in English output: "1 article", "2 articles". The one
/// helper for every view and export.
pub fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// Writes the `extract --json` document (and a final line break) as it is serialised: a
/// large report is never held twice in memory, once as the model and once as text.
pub fn write_json(report: &Report, out: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, report)?;
    out.write_all(b"\n")?;
    out.flush()
}
