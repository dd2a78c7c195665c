//! The terminal UI: a comparisons list beside one pane per source, with each claim mention
//! highlighted in its source's colour.
//!
//! Keys become [`action::Action`]s through the [`keymap`] table, [`state::update`] applies them
//! to the [`state::State`], and the screen is drawn from `&State` alone (see [`widgets`]).

pub mod action;
pub mod clipboard;
pub mod keymap;
pub mod layout;
pub mod state;
pub mod text;
pub mod theme;
pub mod view;
mod widgets;

use crate::model::Report;
use action::{Action, Effect};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::{cursor, execute};
use state::{State, update};
use std::io::{self, Write};
use theme::Theme;

/// Opens the TUI on a report and runs it until the user quits. The terminal is restored on
/// quit, on error and on panic.
pub fn run(report: Report) -> io::Result<()> {
    let mut state = State::new(report, Theme::from_env());
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(error) => {
            ratatui::restore();
            return Err(error);
        }
    };
    let _restore = RestoreOnDrop;
    release_mouse_on_panic();
    execute!(io::stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    update(
        &mut state,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    event_loop(&mut terminal, &mut state)
}

fn event_loop(terminal: &mut DefaultTerminal, state: &mut State) -> io::Result<()> {
    while !state.should_quit {
        terminal.draw(|frame| frame.render_widget(&*state, frame.area()))?;
        let Some(action) = action_for_event(state, event::read()?) else {
            continue;
        };
        if let Some(Effect::CopyToClipboard(text)) = update(state, action) {
            let out = terminal.backend_mut();
            out.write_all(clipboard::osc52(&text).as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

fn action_for_event(state: &State, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            keymap::action_for(state.context(), &key)
        }
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollDown => Some(Action::Scroll {
                    column,
                    row,
                    down: true,
                }),
                MouseEventKind::ScrollUp => Some(Action::Scroll {
                    column,
                    row,
                    down: false,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                _ => None,
            }
        }
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}

/// Leaves mouse mode and the alternate screen, shows the cursor, even on an early return.
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableMouseCapture, cursor::Show);
        ratatui::restore();
    }
}

/// `ratatui::try_init`'s panic hook restores raw mode and the screen but knows nothing of the
/// mouse; this one runs first and releases it.
fn release_mouse_on_panic() {
    let restore_screen = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, cursor::Show);
        restore_screen(info);
    }));
}
