//! Everything that can happen to the UI, whether a key, the mouse or the terminal caused it.

/// One step for [`crate::tui::state::update`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Esc: close the help or the detail view, else go back to the story list.
    Back,
    /// Show the comparisons of the story selected in the story list.
    OpenStory,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrevious,
    OpenDetail,
    ToggleHelp,
    StartFilter,
    ToggleConflictsOnly,
    CycleMetric,
    CycleSubject,
    /// Show or hide the source at this position among the articles (0-based).
    ToggleSource(usize),
    PanesLeft,
    PanesRight,
    ToggleMark,
    StartExport,
    CopyToClipboard,
    /// Text entry (filter, export file name).
    Type(char),
    Erase,
    Submit,
    Cancel,
    /// Answers to the overwrite question.
    Yes,
    No,
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

/// Work `update` leaves to the event loop because it needs the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard (OSC 52).
    CopyToClipboard(String),
}
