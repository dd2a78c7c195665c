//! Writing exports without ever clobbering a user's file (filled in by the TUI work).
