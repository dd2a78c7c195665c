//! The one table of key bindings: the event loop looks keys up in it and the help overlay is
//! generated from it, so the two cannot drift apart.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the user is, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The story list, in front when the articles report more than one event.
    Stories,
    /// The comparisons list and source panes.
    Browse,
    Detail,
    Help,
    /// Typing a filter or a file name.
    Input,
    /// The overwrite question.
    Confirm,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Self::Stories => "Story list",
            Self::Browse => "Browsing",
            Self::Detail => "Detail view",
            Self::Help => "Help",
            Self::Input => "Typing a filter or file name",
            Self::Confirm => "Overwrite question",
        }
    }
}

/// A key, or a family of keys, a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
    /// `1`–`9`.
    Digit,
    /// Any character typed without Ctrl or Alt.
    Printable,
}

impl Keys {
    fn matches(self, key: &KeyEvent) -> bool {
        let ctrl_or_alt = key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match (self, key.code) {
            (Self::Char(want), KeyCode::Char(got)) => want == got && !ctrl_or_alt,
            (Self::Ctrl(want), KeyCode::Char(got)) => {
                want == got && key.modifiers.contains(KeyModifiers::CONTROL)
            }
            (Self::Code(want), got) => want == got,
            (Self::Digit, KeyCode::Char('1'..='9')) | (Self::Printable, KeyCode::Char(_)) => {
                !ctrl_or_alt
            }
            _ => false,
        }
    }
}

/// What a matching key produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Produces {
    Action(Action),
    /// [`Action::ToggleSource`] for the digit pressed.
    SourceForDigit,
    /// [`Action::Type`] for the character typed.
    TypedChar,
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Keys],
    /// The keys as the help shows them.
    pub label: &'static str,
    pub description: &'static str,
    pub produces: Produces,
}

use Context::{Browse, Confirm, Detail, Help, Input, Stories};

const VIEWING: &[Context] = &[Browse, Detail];
const MOVING: &[Context] = &[Browse, Detail, Help, Stories];
const ANYWHERE: &[Context] = &[Browse, Detail, Help, Input, Confirm, Stories];

const fn bind(
    contexts: &'static [Context],
    keys: &'static [Keys],
    label: &'static str,
    description: &'static str,
    action: Action,
) -> Binding {
    Binding {
        contexts,
        keys,
        label,
        description,
        produces: Produces::Action(action),
    }
}

/// Every binding, in the order the help lists them. The first match wins, so the text-entry
/// catch-all comes after the specific keys of its context.
pub static BINDINGS: &[Binding] = &[
    bind(
        &[Browse, Detail, Help, Stories],
        &[Keys::Char('q')],
        "q",
        "quit",
        Action::Quit,
    ),
    bind(ANYWHERE, &[Keys::Ctrl('c')], "Ctrl-c", "quit", Action::Quit),
    bind(
        MOVING,
        &[Keys::Char('j'), Keys::Code(KeyCode::Down)],
        "j ↓",
        "down (list, or panes)",
        Action::Down,
    ),
    bind(
        MOVING,
        &[Keys::Char('k'), Keys::Code(KeyCode::Up)],
        "k ↑",
        "up (list, or panes)",
        Action::Up,
    ),
    bind(
        MOVING,
        &[Keys::Char('g'), Keys::Code(KeyCode::Home)],
        "g Home",
        "first",
        Action::Top,
    ),
    bind(
        MOVING,
        &[Keys::Char('G'), Keys::Code(KeyCode::End)],
        "G End",
        "last",
        Action::Bottom,
    ),
    bind(
        MOVING,
        &[Keys::Code(KeyCode::PageUp)],
        "PgUp",
        "page up",
        Action::PageUp,
    ),
    bind(
        MOVING,
        &[Keys::Code(KeyCode::PageDown)],
        "PgDn",
        "page down",
        Action::PageDown,
    ),
    bind(
        &[Browse],
        &[Keys::Code(KeyCode::Tab)],
        "Tab",
        "focus list ↔ panes",
        Action::FocusNext,
    ),
    bind(
        &[Browse],
        &[Keys::Code(KeyCode::BackTab)],
        "Shift-Tab",
        "focus back",
        Action::FocusPrevious,
    ),
    bind(
        &[Browse],
        &[Keys::Code(KeyCode::Enter)],
        "Enter",
        "open the detail view",
        Action::OpenDetail,
    ),
    bind(
        &[Browse],
        &[Keys::Code(KeyCode::Esc)],
        "Esc",
        "back to the story list",
        Action::Back,
    ),
    bind(
        &[Browse, Stories],
        &[Keys::Char('/')],
        "/",
        "filter as you type",
        Action::StartFilter,
    ),
    bind(
        &[Browse],
        &[Keys::Char('c')],
        "c",
        "conflicts only",
        Action::ToggleConflictsOnly,
    ),
    bind(
        &[Browse],
        &[Keys::Char('m')],
        "m",
        "cycle metric facet",
        Action::CycleMetric,
    ),
    bind(
        &[Browse],
        &[Keys::Char('s')],
        "s",
        "cycle subject facet",
        Action::CycleSubject,
    ),
    Binding {
        contexts: &[Browse],
        keys: &[Keys::Digit],
        label: "1-9",
        description: "show/hide a source",
        produces: Produces::SourceForDigit,
    },
    bind(
        &[Browse],
        &[Keys::Char('['), Keys::Char('h'), Keys::Code(KeyCode::Left)],
        "[ h ←",
        "earlier sources",
        Action::PanesLeft,
    ),
    bind(
        &[Browse],
        &[Keys::Char(']'), Keys::Char('l'), Keys::Code(KeyCode::Right)],
        "] l →",
        "later sources",
        Action::PanesRight,
    ),
    bind(
        VIEWING,
        &[Keys::Char(' ')],
        "space",
        "mark / unmark",
        Action::ToggleMark,
    ),
    bind(
        VIEWING,
        &[Keys::Char('e')],
        "e",
        "export to markdown",
        Action::StartExport,
    ),
    bind(
        VIEWING,
        &[Keys::Char('y')],
        "y",
        "copy it (clipboard)",
        Action::CopyToClipboard,
    ),
    bind(
        &[Browse, Detail, Help, Stories],
        &[Keys::Char('?')],
        "?",
        "help",
        Action::ToggleHelp,
    ),
    bind(
        &[Stories],
        &[Keys::Code(KeyCode::Enter)],
        "Enter",
        "open the story",
        Action::OpenStory,
    ),
    bind(
        &[Detail, Help],
        &[Keys::Code(KeyCode::Esc)],
        "Esc",
        "back",
        Action::Back,
    ),
    bind(
        &[Input],
        &[Keys::Code(KeyCode::Enter)],
        "Enter",
        "accept",
        Action::Submit,
    ),
    bind(
        &[Input],
        &[Keys::Code(KeyCode::Esc)],
        "Esc",
        "cancel, clear filter",
        Action::Cancel,
    ),
    bind(
        &[Input],
        &[Keys::Code(KeyCode::Backspace)],
        "Backspace",
        "delete a character",
        Action::Erase,
    ),
    Binding {
        contexts: &[Input],
        keys: &[Keys::Printable],
        label: "any text",
        description: "type",
        produces: Produces::TypedChar,
    },
    bind(
        &[Confirm],
        &[Keys::Char('y'), Keys::Char('Y')],
        "y",
        "overwrite",
        Action::Yes,
    ),
    bind(
        &[Confirm],
        &[Keys::Char('n'), Keys::Char('N'), Keys::Code(KeyCode::Esc)],
        "n Esc",
        "keep the file",
        Action::No,
    ),
];

/// A line of the help: a context's heading, or a binding under it.
#[derive(Debug, Clone, Copy)]
pub enum HelpEntry {
    Heading(Context),
    Key(&'static Binding),
}

/// The help's lines: each binding once, under a heading for the first context it belongs to.
pub fn help_entries() -> Vec<HelpEntry> {
    let mut entries = Vec::new();
    let mut section = None;
    for binding in BINDINGS {
        let context = binding.contexts[0];
        if section != Some(context) {
            section = Some(context);
            entries.push(HelpEntry::Heading(context));
        }
        entries.push(HelpEntry::Key(binding));
    }
    entries
}

/// The action a key stands for in a context, if any.
pub fn action_for(context: Context, key: &KeyEvent) -> Option<Action> {
    let binding = BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .find(|b| b.keys.iter().any(|k| k.matches(key)))?;
    let typed = match key.code {
        KeyCode::Char(c) => Some(c),
        _ => None,
    };
    match binding.produces {
        Produces::Action(action) => Some(action),
        Produces::SourceForDigit => typed
            .and_then(|c| c.to_digit(10))
            .map(|d| Action::ToggleSource(d as usize - 1)),
        Produces::TypedChar => typed.map(Action::Type),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn keys_mean_different_things_in_different_contexts() {
        let q = key(KeyCode::Char('q'));
        assert_eq!(action_for(Context::Browse, &q), Some(Action::Quit));
        assert_eq!(action_for(Context::Input, &q), Some(Action::Type('q')));
        let esc = key(KeyCode::Esc);
        assert_eq!(action_for(Context::Detail, &esc), Some(Action::Back));
        assert_eq!(action_for(Context::Input, &esc), Some(Action::Cancel));
        assert_eq!(action_for(Context::Confirm, &esc), Some(Action::No));
    }

    #[test]
    fn digits_toggle_sources_counting_from_one() {
        let three = key(KeyCode::Char('3'));
        assert_eq!(
            action_for(Context::Browse, &three),
            Some(Action::ToggleSource(2))
        );
    }

    #[test]
    fn shifted_capitals_and_ctrl_are_told_apart() {
        let big_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Context::Browse, &big_g), Some(Action::Bottom));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Context::Browse, &ctrl_c), Some(Action::Quit));
        assert_eq!(action_for(Context::Input, &ctrl_c), Some(Action::Quit));
        assert_eq!(
            action_for(Context::Browse, &key(KeyCode::Char('c'))),
            Some(Action::ToggleConflictsOnly)
        );
    }
}
