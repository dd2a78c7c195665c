//! Integration tests, one module per area.

mod cli;
mod compare;
mod extract;
mod fuzz;
mod hostile;
mod load;
mod scale;
mod stories;
mod tui;
