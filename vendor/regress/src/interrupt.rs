//! Interrupting a running match (a mini-js patch, see PATCHES.md).
//!
//! The classical backtracker can take exponential time (`/(a+)+$/` on a long run of `a`s
//! followed by a `!`) and a backtrack stack as long as its input (`/^(?:a|b)*$/`). It
//! counts the work it does: one unit per backtrack, per loop iteration, per lookaround and
//! per start position, and one per character that a single-character loop or a
//! backreference scans. Every [`CHECK_INTERVAL`] units, and whenever its backtrack stack
//! grew by 64 Ki entries, it calls the hook installed on its thread with a [`Progress`];
//! when the hook returns `true`, the match is abandoned: it fails as if nothing matched,
//! and [`take_interrupted`] returns `true` afterwards. Without a hook, nothing is
//! interrupted.

use core::cell::{Cell, RefCell};
use std::boxed::Box;

/// Units of work between two calls of the hook.
pub const CHECK_INTERVAL: u64 = 16 * 1024;

/// What a running match tells the hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Units of work done since the hook's previous call.
    pub work: u64,
    /// The memory the match's backtrack stacks hold now, in bytes.
    pub stack_bytes: usize,
}

/// The hook: called with the match's [`Progress`]; returns whether the match must stop.
pub type Hook = Box<dyn FnMut(Progress) -> bool>;

std::thread_local! {
    static HOOK: RefCell<Option<Hook>> = const { RefCell::new(None) };
    static INTERRUPTED: Cell<bool> = const { Cell::new(false) };
    /// Units counted by finished matches and not reported yet (carried to the next match,
    /// so many short matches are counted too).
    static PENDING: Cell<u64> = const { Cell::new(0) };
}

/// Installs `hook` on this thread (or removes it with `None`), returning the previous one.
pub fn set_hook(hook: Option<Hook>) -> Option<Hook> {
    HOOK.with(|h| core::mem::replace(&mut *h.borrow_mut(), hook))
}

/// Whether a match was interrupted since the last call; clears the flag.
pub fn take_interrupted() -> bool {
    INTERRUPTED.with(|i| i.replace(false))
}

/// Reports progress to the hook; `true` when the match must stop.
pub(crate) fn check(progress: Progress) -> bool {
    // The hook is taken out while it runs, so a hook that matches a regex does not find
    // its own cell borrowed (that inner match runs unhooked).
    let Some(mut hook) = HOOK.with(|h| h.borrow_mut().take()) else {
        return false;
    };
    let stop = hook(progress);
    HOOK.with(|h| {
        let mut slot = h.borrow_mut();
        if slot.is_none() {
            *slot = Some(hook);
        }
    });
    if stop {
        INTERRUPTED.with(|i| i.set(true));
    }
    stop
}

/// Units counted by earlier matches and not reported yet (a new match starts from them).
pub(crate) fn resume() -> u64 {
    PENDING.with(|p| p.replace(0))
}

/// Stores what a finished match counted without reporting it.
pub(crate) fn leave(work: u64) {
    PENDING.with(|p| p.set(p.get().saturating_add(work)));
}
