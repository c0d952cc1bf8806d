//! Running the [[RegExpMatcher]] under the run's limits (issue 11). `regress` is a
//! backtracking matcher: a catastrophic pattern such as `/(a+)+$/` on a long run of `a`s
//! followed by a `!` takes exponential time inside one call. The vendored regress
//! (vendor/regress/PATCHES.md) counts its work (backtracks, loop iterations, characters
//! scanned) and calls a hook on its thread every `regress::interrupt::CHECK_INTERVAL` units;
//! the hook installed here counts that work as evaluator steps and stops the match when the
//! step limit, the wall-time limit or the cancel flag says so. The match runs on the engine's
//! own thread and nothing outlives a stopped run.

use crate::limits::Limit;
use crate::value::JsString;
use crate::{Abrupt, Agent, JsResult};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The first match at or after `start` (code unit indices).
pub fn search(
    matcher: &regress::Regex,
    unicode: bool,
    text: &[u16],
    start: usize,
) -> Option<regress::Match> {
    if unicode {
        matcher.find_from_utf16(text, start).next()
    } else {
        matcher.find_from_ucs2(text, start).next()
    }
}

/// What the hook knows of the run's limits, copied from the agent before the match.
struct Bounds {
    /// Steps left before `max_steps`, with the limit itself.
    steps: Option<(u64, u64)>,
    /// The instant the run's time limit falls, with the limit itself.
    deadline: Option<(Instant, Duration)>,
    cancel: Option<Arc<AtomicBool>>,
}

impl Bounds {
    fn of(agent: &Agent) -> Bounds {
        let options = &agent.options;
        Bounds {
            steps: options
                .max_steps
                .map(|max| (max.saturating_sub(agent.machine.steps), max)),
            deadline: options.timeout.map(|t| (agent.host.limits.started + t, t)),
            cancel: options.cancel.clone(),
        }
    }

    /// The limit that stops the match once it did `work` units (as many steps).
    fn reached(&self, work: u64) -> Option<Limit> {
        if let Some((left, max)) = self.steps {
            if work > left {
                return Some(Limit::Steps(max));
            }
        }
        if let Some(cancel) = &self.cancel {
            if cancel.load(Ordering::Relaxed) {
                return Some(Limit::Cancelled);
            }
        }
        if let Some((deadline, timeout)) = self.deadline {
            if Instant::now() >= deadline {
                return Some(Limit::WallTime(timeout));
            }
        }
        None
    }
}

/// The hook's findings: the work it was told of, and the limit that stopped the match.
#[derive(Default)]
struct Report {
    work: Cell<u64>,
    stopped: Cell<Option<Limit>>,
}

/// Runs the matcher on `s` from `start`, bounded by the run's steps, wall time and cancel
/// flag; its work counts as evaluator steps.
pub fn run_matcher(
    agent: &mut Agent,
    matcher: &Arc<regress::Regex>,
    unicode: bool,
    s: &JsString,
    start: usize,
) -> JsResult<Option<regress::Match>> {
    crate::limits::poll(agent)?;
    let bounds = Bounds::of(agent);
    let report = Rc::new(Report::default());
    let seen = report.clone();
    let previous = regress::interrupt::set_hook(Some(Box::new(move |work| {
        let total = seen.work.get().saturating_add(work);
        seen.work.set(total);
        let stop = bounds.reached(total);
        seen.stopped.set(stop);
        stop.is_some()
    })));
    let found = search(matcher, unicode, s.units(), start);
    regress::interrupt::set_hook(previous);
    let interrupted = regress::interrupt::take_interrupted();
    agent.machine.steps = agent.machine.steps.saturating_add(report.work.get());
    match report.stopped.get() {
        Some(limit) => Err(Abrupt::Terminate(limit)),
        None => {
            debug_assert!(!interrupted, "only the hook interrupts a match");
            Ok(found)
        }
    }
}
