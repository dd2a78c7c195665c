//! Leaving the terminal usable however the UI ends. On SIGTERM, SIGINT, SIGQUIT or SIGHUP the
//! screen is restored and the process ends by that signal; when the terminal goes away (closed
//! while SIGHUP is ignored) the process ends too, instead of spinning: crossterm's blocking read
//! loops on a hung-up terminal's EOF or EIO and never returns, and it cannot be interrupted.
//!
//! So a watcher thread does both: signal-hook (a well-kept crate, already in the tree under
//! crossterm) queues the signals for it, and it checks every [`WATCH_INTERVAL`] whether the
//! terminal is still there. A lock held while a frame is written keeps the restore from landing
//! in the middle of one.

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;
use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// How often the watcher looks for signals and for the terminal.
const WATCH_INTERVAL: Duration = Duration::from_millis(100);

/// The exit status when the terminal went away: as if ended by SIGHUP (128 + 1), which is what
/// closing a terminal normally does.
pub const EXIT_TERMINAL_GONE: i32 = 129;

/// Held while the terminal is set up, written to or restored.
static TERMINAL: Mutex<()> = Mutex::new(());
/// The terminal is in the UI's modes (raw, alternate screen, mouse) and needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Exclusive use of the terminal, for setting it up, drawing a frame or restoring it.
pub fn lock_terminal() -> MutexGuard<'static, ()> {
    TERMINAL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Marks whether the terminal is in the UI's modes; call with [`lock_terminal`] held.
pub fn set_active(active: bool) {
    ACTIVE.store(active, Ordering::SeqCst);
}

/// Starts the watcher. `restore` puts the terminal back; it runs (under the lock) before the
/// process ends, only while the terminal is marked active.
pub fn start(restore: fn()) -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGINT, SIGQUIT, SIGHUP])?;
    std::thread::Builder::new()
        .name("terminal-watch".to_owned())
        .spawn(move || {
            loop {
                let signal = signals.pending().next();
                let gone = ACTIVE.load(Ordering::SeqCst) && !io::stdout().is_terminal();
                if signal.is_some() || gone {
                    let _terminal = lock_terminal();
                    if ACTIVE.swap(false, Ordering::SeqCst) {
                        restore();
                    }
                    if let Some(signal) = signal {
                        // Ends the process the way the signal would have, for the parent's sake.
                        let _ = signal_hook::low_level::emulate_default_handler(signal);
                    }
                    std::process::exit(EXIT_TERMINAL_GONE);
                }
                std::thread::sleep(WATCH_INTERVAL);
            }
        })?;
    Ok(())
}
