//! The terminal UI (issue 5).

use crate::model::Report;

/// Opens the TUI on a report and runs it until the user quits.
pub fn run(report: Report) -> std::io::Result<()> {
    let _ = report;
    Ok(())
}
