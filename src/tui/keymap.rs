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
    /// The inputs that could not be loaded cleanly.
    Problems,
    Help,
    /// Typing a filter, a file name or a source number.
    Input,
    /// The overwrite question.
    Confirm,
    /// The loading screen, before there is a report.
    Loading,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Self::Stories => "Story list",
            Self::Browse => "Browsing",
            Self::Detail => "Detail view",
            Self::Problems => "Load problems",
            Self::Help => "Help",
            Self::Input => "Typing text or a number",
            Self::Confirm => "Overwrite question",
            Self::Loading => "Loading",
        }
    }
}

/// A key, or a family of keys, a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
    /// `1`–`9`, and `0` for the tenth.
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
            (Self::Digit, KeyCode::Char('0'..='9')) | (Self::Printable, KeyCode::Char(_)) => {
                !ctrl_or_alt
            }
            _ => false,
        }
    }
}

/// What a matching key produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Produces {
    Action(Action),
    /// [`Action::ToggleSource`] for the digit pressed.
    SourceForDigit,
    /// [`Action::Type`] for the character typed.
    TypedChar,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Keys],
    /// The keys as the help shows them.
    pub label: &'static str,
    pub description: &'static str,
    pub produces: Produces,
    /// The keys and word the footer shows in each of `contexts`, for the main bindings.
    pub footer: Option<(&'static str, &'static str)>,
}

use Context::{Browse, Confirm, Detail, Help, Input, Loading, Problems, Stories};

const VIEWING: &[Context] = &[Browse, Detail];
const MOVING: &[Context] = &[Browse, Detail, Problems, Help, Stories];
const ANYWHERE: &[Context] = &[
    Browse, Detail, Problems, Help, Input, Confirm, Stories, Loading,
];

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
        footer: None,
    }
}

/// A binding the footer shows, with these keys and word.
const fn shown(
    contexts: &'static [Context],
    keys: &'static [Keys],
    label: &'static str,
    description: &'static str,
    action: Action,
    footer: (&'static str, &'static str),
) -> Binding {
    Binding {
        contexts,
        keys,
        label,
        description,
        produces: Produces::Action(action),
        footer: Some(footer),
    }
}

/// Every binding, in the order the help lists them and the footer shows them. The first match
/// wins, so the text-entry catch-all comes after the specific keys of its context.
pub static BINDINGS: &[Binding] = &[
    shown(
        MOVING,
        &[Keys::Char('j'), Keys::Code(KeyCode::Down)],
        "j ↓",
        "down (list, or panes)",
        Action::Down,
        ("j/k", "move"),
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
        "page up / scroll detail",
        Action::PageUp,
    ),
    bind(
        MOVING,
        &[Keys::Code(KeyCode::PageDown)],
        "PgDn",
        "page down / scroll detail",
        Action::PageDown,
    ),
    shown(
        &[Detail],
        &[Keys::Char('d')],
        "d",
        "scroll the detail down",
        Action::PageDown,
        ("d/u", "scroll"),
    ),
    bind(
        &[Detail],
        &[Keys::Char('u')],
        "u",
        "scroll the detail up",
        Action::PageUp,
    ),
    shown(
        &[Browse],
        &[Keys::Code(KeyCode::Enter)],
        "Enter",
        "open the detail view",
        Action::OpenDetail,
        ("Enter", "detail"),
    ),
    shown(
        &[Browse],
        &[Keys::Code(KeyCode::Tab)],
        "Tab",
        "focus: list, each pane",
        Action::FocusNext,
        ("Tab", "focus"),
    ),
    bind(
        &[Browse],
        &[Keys::Code(KeyCode::BackTab)],
        "Shift-Tab",
        "focus back",
        Action::FocusPrevious,
    ),
    shown(
        &[Browse],
        &[Keys::Char('n')],
        "n",
        "next mention, any source",
        Action::NextMention,
        ("n/N", "mention"),
    ),
    bind(
        &[Browse],
        &[Keys::Char('N')],
        "N",
        "previous mention",
        Action::PreviousMention,
    ),
    shown(
        &[Browse],
        &[Keys::Char('u')],
        "u",
        "unlock / lock pane scroll",
        Action::ToggleScrollSync,
        ("u", "unlock"),
    ),
    shown(
        &[Browse, Stories],
        &[Keys::Char('/')],
        "/",
        "filter as you type",
        Action::StartFilter,
        ("/", "filter"),
    ),
    shown(
        &[Browse],
        &[Keys::Char('c')],
        "c",
        "conflicts only",
        Action::ToggleConflictsOnly,
        ("c", "conflicts"),
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
        label: "1-9 0",
        description: "show/hide source 1-10",
        produces: Produces::SourceForDigit,
        footer: Some(("1-9 #", "sources")),
    },
    bind(
        &[Browse],
        &[Keys::Char('#')],
        "#",
        "show/hide by number",
        Action::StartSourceNumber,
    ),
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
    shown(
        VIEWING,
        &[Keys::Char(' ')],
        "space",
        "mark / unmark",
        Action::ToggleMark,
        ("space", "mark"),
    ),
    shown(
        VIEWING,
        &[Keys::Char('e')],
        "e",
        "export to markdown",
        Action::StartExport,
        ("e", "export"),
    ),
    shown(
        VIEWING,
        &[Keys::Char('y')],
        "y",
        "copy via OSC 52",
        Action::CopyToClipboard,
        ("y", "copy"),
    ),
    shown(
        &[Browse, Detail, Problems, Stories],
        &[Keys::Char('p')],
        "p",
        "load problems",
        Action::ToggleProblems,
        ("p", "problems"),
    ),
    shown(
        &[Stories],
        &[Keys::Code(KeyCode::Enter)],
        "Enter",
        "open the story",
        Action::OpenStory,
        ("Enter", "open"),
    ),
    bind(
        &[Browse],
        &[Keys::Code(KeyCode::Esc)],
        "Esc",
        "back to the story list",
        Action::Back,
    ),
    shown(
        &[Detail, Problems, Help],
        &[Keys::Code(KeyCode::Esc)],
        "Esc",
        "back",
        Action::Back,
        ("Esc", "back"),
    ),
    shown(
        &[Browse, Detail, Problems, Help, Stories],
        &[Keys::Char('?')],
        "?",
        "help",
        Action::ToggleHelp,
        ("?", "help"),
    ),
    shown(
        &[Browse, Detail, Problems, Help, Stories, Loading],
        &[Keys::Char('q')],
        "q",
        "quit",
        Action::Quit,
        ("q", "quit"),
    ),
    bind(ANYWHERE, &[Keys::Ctrl('c')], "Ctrl-c", "quit", Action::Quit),
    shown(
        &[Input],
        &[Keys::Code(KeyCode::Enter)],
        "Enter",
        "accept",
        Action::Submit,
        ("Enter", "accept"),
    ),
    shown(
        &[Input],
        &[Keys::Code(KeyCode::Esc)],
        "Esc",
        "cancel, clear filter",
        Action::Cancel,
        ("Esc", "cancel"),
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
        footer: None,
    },
    shown(
        &[Confirm],
        &[Keys::Char('y'), Keys::Char('Y')],
        "y",
        "overwrite",
        Action::Yes,
        ("y", "overwrite"),
    ),
    shown(
        &[Confirm],
        &[Keys::Char('n'), Keys::Char('N'), Keys::Code(KeyCode::Esc)],
        "n Esc",
        "keep the file",
        Action::No,
        ("n", "keep the file"),
    ),
];

/// The footer of a context: the keys and words of its main bindings, in table order.
pub fn footer(context: Context) -> impl Iterator<Item = (&'static str, &'static str)> {
    BINDINGS
        .iter()
        .filter(move |b| b.contexts.contains(&context))
        .filter_map(|b| b.footer)
}

/// A line of the help: a context's heading, or a binding under it.
#[derive(Debug, Clone, Copy)]
pub enum HelpEntry {
    Heading(Context),
    Key(&'static Binding),
}

/// The help's lines: each binding once, under a heading for the first context it belongs to,
/// the headings in the order their contexts first appear in the table.
pub fn help_entries() -> Vec<HelpEntry> {
    let mut sections: Vec<Context> = Vec::new();
    for binding in BINDINGS {
        if !sections.contains(&binding.contexts[0]) {
            sections.push(binding.contexts[0]);
        }
    }
    let mut entries = Vec::new();
    for context in sections {
        entries.push(HelpEntry::Heading(context));
        entries.extend(
            BINDINGS
                .iter()
                .filter(|b| b.contexts[0] == context)
                .map(HelpEntry::Key),
        );
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
    match &binding.produces {
        Produces::Action(action) => Some(action.clone()),
        // `0` is the tenth source, as on a keyboard's number row.
        Produces::SourceForDigit => typed
            .and_then(|c| c.to_digit(10))
            .map(|d| Action::ToggleSource((d as usize + 9) % 10)),
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
    fn descriptions_fit_a_help_column() {
        // the key column and a space before the next column
        let room = usize::from(crate::tui::layout::HELP_COLUMN_WIDTH) - 13;
        for binding in BINDINGS {
            assert!(
                binding.description.chars().count() <= room,
                "{}",
                binding.description
            );
        }
    }

    #[test]
    fn keys_mean_different_things_in_different_contexts() {
        let q = key(KeyCode::Char('q'));
        assert_eq!(action_for(Context::Browse, &q), Some(Action::Quit));
        // the loading screen knows only how to leave
        assert_eq!(action_for(Context::Loading, &q), Some(Action::Quit));
        assert_eq!(action_for(Context::Loading, &key(KeyCode::Char('j'))), None);
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
        let zero = key(KeyCode::Char('0'));
        assert_eq!(
            action_for(Context::Browse, &zero),
            Some(Action::ToggleSource(9))
        );
    }

    #[test]
    fn every_context_has_a_footer_that_ends_with_a_way_out() {
        let contexts = [
            Context::Stories,
            Context::Browse,
            Context::Detail,
            Context::Problems,
            Context::Help,
            Context::Input,
            Context::Confirm,
        ];
        for context in contexts {
            let keys: Vec<_> = footer(context).map(|(keys, _)| keys).collect();
            assert!(
                keys.iter().any(|k| ["q", "Esc", "n"].contains(k)),
                "{context:?}: {keys:?}"
            );
        }
        let detail: Vec<_> = footer(Context::Detail).collect();
        assert!(detail.contains(&("d/u", "scroll")), "{detail:?}");
        assert!(!detail.iter().any(|(k, _)| *k == "Tab"), "{detail:?}");
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
