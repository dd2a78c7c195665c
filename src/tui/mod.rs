//! The terminal UI: a comparisons list beside one pane per source, with each claim mention
//! highlighted in its source's colour.
//!
//! Keys become [`action::Action`]s through the [`keymap`] table, [`state::update`] applies them
//! to the [`state::State`] and returns the [`action::Effect`]s (a file to write, text for the
//! clipboard) that the event loop carries out ([`effects`]); the screen is drawn from `&State`
//! alone (see [`widgets`]).

pub mod action;
pub mod effects;
pub mod keymap;
pub mod layout;
pub mod state;
pub mod text;
pub mod theme;
pub mod view;
mod watch;
mod widgets;

use crate::load::Problem;
use crate::model::Report;
use action::Action;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::{cursor, execute};
use state::{State, update};
use std::io;
use theme::Theme;

/// Opens the TUI on a report (and the inputs that had problems loading), coloured as `theme`
/// says, and runs it until the user quits. The terminal is restored on quit, on error, on
/// panic, and on a terminating signal (see [`watch`]).
pub fn run(report: Report, problems: Vec<Problem>, theme: Theme) -> io::Result<()> {
    let mut state = State::new(report, theme).with_problems(problems);
    watch::start(restore_terminal)?;
    let set_up = {
        let _terminal = watch::lock_terminal();
        watch::set_active(true);
        ratatui::try_init().and_then(|terminal| {
            execute!(io::stdout(), EnableMouseCapture)?;
            Ok(terminal)
        })
    };
    let _restore = RestoreOnDrop;
    let mut terminal = set_up?;
    release_mouse_on_panic();
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
        {
            let _terminal = watch::lock_terminal();
            terminal.draw(|frame| frame.render_widget(&*state, frame.area()))?;
        }
        let mut next = action_for_event(state, event::read()?);
        while let Some(action) = next.take() {
            let Some(effect) = update(state, action) else {
                break;
            };
            let _terminal = watch::lock_terminal();
            next = effects::perform(effect, terminal.backend_mut())?;
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

/// Leaves mouse mode, raw mode and the alternate screen and shows the cursor: whatever the UI
/// switched on, even where it only got part of the way.
fn restore_terminal() {
    let _ = execute!(io::stdout(), DisableMouseCapture, cursor::Show);
    ratatui::restore();
}

/// Restores the terminal on every way out of [`run`], an early return included.
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        let _terminal = watch::lock_terminal();
        watch::set_active(false);
        restore_terminal();
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
