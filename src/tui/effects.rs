//! Carrying out the [`Effect`]s `update` asks for: the only place the UI writes files or
//! sends anything but frames to the terminal.

use super::action::{Action, Effect, ExportOutcome};
use crate::export::file::{ExportError, write_new};
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::queue;
use std::io::{self, Write};

/// Does `effect`, writing terminal output to `terminal`; returns the action that reports how
/// it went, for `update`.
pub fn perform(effect: Effect, terminal: &mut impl Write) -> io::Result<Option<Action>> {
    match effect {
        Effect::CopyToClipboard(text) => {
            // The terminal gives no answer to OSC 52: whether the text arrived is unknown here.
            queue!(terminal, CopyToClipboard::to_clipboard_from(text))?;
            terminal.flush()?;
            Ok(None)
        }
        Effect::Export {
            path,
            markdown,
            comparisons,
            overwrite,
        } => {
            let outcome = match write_new(&path, &markdown, overwrite) {
                Ok(written) => ExportOutcome::Written {
                    path: written,
                    comparisons,
                },
                Err(ExportError::Exists { .. }) => ExportOutcome::Exists(path),
                Err(error) => ExportOutcome::Failed(error.to_string()),
            };
            Ok(Some(Action::Exported(outcome)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clipboard_gets_an_osc_52_sequence() {
        let mut out = Vec::new();
        let follow_up = perform(Effect::CopyToClipboard("hi".to_owned()), &mut out).unwrap();
        assert_eq!(follow_up, None);
        assert_eq!(String::from_utf8(out).unwrap(), "\x1b]52;c;aGk=\x1b\\");
    }
}
