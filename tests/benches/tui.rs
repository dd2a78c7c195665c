//! Timing of the TUI: one frame, and one filter keystroke over 100,000 claims.
//! Run with `cargo bench --bench tui`.

#[allow(dead_code)] // shared with the tests, which use all of it
#[path = "../fixtures/tui/synthetic.rs"]
mod synthetic;

fn main() {}
