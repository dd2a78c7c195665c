//! Integration tests: load.
