//! Running the [[RegExpMatcher]] under the run's limits (issue 11). `regress` is a
//! backtracking matcher: a catastrophic pattern such as `/(a+)+$/` on a long run of `a`s
//! followed by a `!` takes exponential time inside one call, and `/^(?:a|b)*$/` keeps a
//! backtrack entry per character. The vendored regress (vendor/regress/PATCHES.md) counts
//! its work (backtracks, loop iterations, characters scanned) and calls a hook on its thread
//! every `regress::interrupt::CHECK_INTERVAL` units and whenever its backtrack stack grew;
//! the hook installed here counts that work as evaluator steps and stops the match when the
//! step limit, the wall-time limit, the cancel flag or the heap limit says so, or when the
//! backtrack stack outgrows [`MAX_STACK_BYTES`] (V8's "Maximum call stack size exceeded"
//! RangeError). The match runs on the engine's own thread and nothing outlives a stopped run.

use crate::limits::Limit;
use crate::value::JsString;
use crate::{Abrupt, Agent, JsResult};
use regress::interrupt::Progress;
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

/// Units of the matcher's work that count as one evaluator step: a unit (one backtrack,
/// one character scanned) costs a few nanoseconds, an evaluator step a few tens.
pub const WORK_PER_STEP: u64 = 8;

/// The largest backtrack stack a match may hold. V8 allows its irregexp 64 MiB of
/// backtrack stack, four bytes a slot; regress's entries are eight times larger, so this
/// lets a match go as deep as V8's does before the same RangeError.
pub const MAX_STACK_BYTES: usize = 512 << 20;

/// Why the hook stopped a match.
#[derive(Clone, Copy, Debug)]
enum Stop {
    /// A limit of the run: the run stops.
    Limit(Limit),
    /// The backtrack stack passed [`MAX_STACK_BYTES`]: a RangeError.
    StackOverflow,
}

/// What the hook knows of the run's limits, copied from the agent before the match.
struct Bounds {
    /// Steps left before `max_steps`, with the limit itself.
    steps: Option<(u64, u64)>,
    /// Bytes the backtrack stack may take before `max_heap_bytes`, with the limit itself.
    heap: Option<(u64, u64)>,
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
            // Nothing is freed while the match runs: what was allocated since the last
            // collection (the input string among it) is resident next to the stack.
            heap: options
                .max_heap_bytes
                .map(|max| (max.saturating_sub(agent.heap.heap_bytes() as u64), max)),
            deadline: options.timeout.map(|t| (agent.host.limits.started + t, t)),
            cancel: options.cancel.clone(),
        }
    }

    /// What stops the match once it did `work` units and holds `stack_bytes`.
    fn reached(&self, work: u64, stack_bytes: usize) -> Option<Stop> {
        if let Some((room, max)) = self.heap {
            if stack_bytes as u64 > room {
                return Some(Stop::Limit(Limit::HeapBytes(max)));
            }
        }
        if stack_bytes > MAX_STACK_BYTES {
            return Some(Stop::StackOverflow);
        }
        if let Some((left, max)) = self.steps {
            if work / WORK_PER_STEP > left {
                return Some(Stop::Limit(Limit::Steps(max)));
            }
        }
        if let Some(cancel) = &self.cancel {
            if cancel.load(Ordering::Relaxed) {
                return Some(Stop::Limit(Limit::Cancelled));
            }
        }
        if let Some((deadline, timeout)) = self.deadline {
            if Instant::now() >= deadline {
                return Some(Stop::Limit(Limit::WallTime(timeout)));
            }
        }
        None
    }
}

/// The hook's findings: the work it was told of, and what stopped the match.
#[derive(Default)]
struct Report {
    work: Cell<u64>,
    stopped: Cell<Option<Stop>>,
}

/// Runs the matcher on `s` from `start`, bounded by the run's steps, wall time, cancel flag
/// and heap; its work counts as evaluator steps ([`WORK_PER_STEP`] units a step).
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
    let previous = regress::interrupt::set_hook(Some(Box::new(move |progress: Progress| {
        let total = seen.work.get().saturating_add(progress.work);
        seen.work.set(total);
        let stop = bounds.reached(total, progress.stack_bytes);
        seen.stopped.set(stop);
        stop.is_some()
    })));
    let found = search(matcher, unicode, s.units(), start);
    regress::interrupt::set_hook(previous);
    let interrupted = regress::interrupt::take_interrupted();
    agent.machine.steps = agent
        .machine
        .steps
        .saturating_add(report.work.get() / WORK_PER_STEP);
    match report.stopped.get() {
        Some(Stop::Limit(limit)) => Err(Abrupt::Terminate(limit)),
        Some(Stop::StackOverflow) => Err(agent.range_error("Maximum call stack size exceeded")),
        None => {
            debug_assert!(!interrupted, "only the hook interrupts a match");
            Ok(found)
        }
    }
}
