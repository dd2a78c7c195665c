//! Everything that can happen to the UI, whether a key, the mouse, the terminal or the outcome
//! of an [`Effect`] caused it.

use std::path::PathBuf;

/// One step for [`crate::tui::state::update`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Esc: close the help, the problems or the detail view, else go back to the story list.
    Back,
    /// Show the comparisons of the story selected in the story list.
    OpenStory,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Tab: the list, then each source pane in turn.
    FocusNext,
    FocusPrevious,
    OpenDetail,
    ToggleHelp,
    /// Show or hide the list of inputs that could not be loaded cleanly.
    ToggleProblems,
    StartFilter,
    ToggleConflictsOnly,
    CycleMetric,
    CycleSubject,
    /// Show or hide the source at this position among the articles (0-based).
    ToggleSource(usize),
    /// Ask for a source's number (for sources past the digit keys).
    StartSourceNumber,
    PanesLeft,
    PanesRight,
    /// Jump to the selected comparison's next / previous mention, across the sources.
    NextMention,
    PreviousMention,
    /// Let the focused pane scroll on its own, or bind it to the others again.
    ToggleScrollSync,
    ToggleMark,
    StartExport,
    CopyToClipboard,
    /// Text entry (filter, export file name, source number).
    Type(char),
    Erase,
    Submit,
    Cancel,
    /// Answers to the overwrite question.
    Yes,
    No,
    /// What became of an [`Effect::Export`].
    Exported(ExportOutcome),
    Resize {
        width: u16,
        height: u16,
    },
    Scroll {
        column: u16,
        row: u16,
        down: bool,
    },
    Click {
        column: u16,
        row: u16,
    },
}

/// Work `update` leaves to the event loop: it touches the file system or the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Send this text to the terminal's clipboard (OSC 52).
    CopyToClipboard(String),
    /// Write the export markdown to `path`, replacing a file there only when `overwrite`.
    Export {
        path: PathBuf,
        markdown: String,
        comparisons: usize,
        overwrite: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportOutcome {
    Written {
        path: PathBuf,
        comparisons: usize,
    },
    /// The file exists and overwriting was not confirmed.
    Exists(PathBuf),
    Failed(String),
}
