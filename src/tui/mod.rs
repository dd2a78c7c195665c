//! The terminal UI (issue 5).
