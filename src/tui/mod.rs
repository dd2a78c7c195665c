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
use keymap::Context;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::{cursor, execute};
use state::{State, update};
use std::io;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use theme::Theme;

/// What the work behind the loading screen gives: a report to open the UI on (with the inputs
/// that had problems loading), or something else for the caller, with the UI closed.
pub enum Ready<T> {
    Open(Report, Vec<Problem>),
    Stop(T),
}

/// How a UI session ended.
pub enum Ended<T> {
    /// The user quit; these inputs had problems loading.
    Quit(Vec<Problem>),
    /// The user quit before the work was done.
    QuitWhileLoading,
    /// The work gave no report.
    Stopped(T),
}

/// Opens the TUI at once on a loading screen while `work` (loading and analysing) runs on its
/// own thread, then on the report it gives, coloured as `theme` says, until the user quits.
/// The terminal is restored on quit, on error, on panic, and on a terminating signal (see
/// [`watch`]).
pub fn run_after<T: Send + 'static>(
    work: impl FnOnce() -> Ready<T> + Send + 'static,
    theme: Theme,
) -> io::Result<Ended<T>> {
    let started = Instant::now();
    let (done, ready) = mpsc::channel();
    // Not joined: a user who quits while it runs leaves it to end with the process.
    std::thread::Builder::new()
        .name("analysis".to_owned())
        .spawn(move || done.send(work()))?;
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
    let (report, problems) = loop {
        {
            let _terminal = watch::lock_terminal();
            terminal.draw(|frame| {
                let loading = widgets::Loading {
                    elapsed: started.elapsed(),
                };
                frame.render_widget(loading, frame.area());
            })?;
        }
        match ready.recv_timeout(LOADING_REDRAW) {
            Ok(Ready::Open(report, problems)) => break (report, problems),
            Ok(Ready::Stop(value)) => return Ok(Ended::Stopped(value)),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("the analysis ended without a result"));
            }
        }
        while event::poll(Duration::ZERO)? {
            if let Event::Key(key) = event::read()?
                && keymap::action_for(Context::Loading, &key) == Some(Action::Quit)
            {
                return Ok(Ended::QuitWhileLoading);
            }
        }
    };
    let mut state = State::new(report, theme).with_problems(problems);
    let size = terminal.size()?;
    update(
        &mut state,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    event_loop(&mut terminal, &mut state)?;
    Ok(Ended::Quit(std::mem::take(&mut state.problems)))
}

/// How often the loading screen is redrawn (its clock) and the keyboard looked at.
const LOADING_REDRAW: Duration = Duration::from_millis(100);

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
