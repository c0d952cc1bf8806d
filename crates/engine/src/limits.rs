//! The limits of a run (steps, heap bytes, output bytes, wall time, source size, nesting
//! depth, cancellation) and the output path that counts what the program writes.
//!
//! A limit stops the run with `Abrupt::Terminate(limit)`, which no catch or finally can
//! intercept; the run ends with `agent.host.limits.stopped = Some(limit)` and exit status 3.
//!
//! The cheap checks run with the step counter in the machine loop: one comparison per step
//! (the next step at which anything must be looked at) plus the collector's allocation
//! check; the clock and the cancel flag are read every [`CHECK_INTERVAL`] steps.

use crate::{Abrupt, Agent, JsResult};
use std::fmt;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Steps between two readings of the clock and the cancel flag.
pub const CHECK_INTERVAL: u64 = 4096;

/// A limit that stopped a run, with its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// `max_steps`: evaluator steps (jobs and timers included).
    Steps(u64),
    /// `max_heap_bytes`: the engine's own count of heap bytes.
    HeapBytes(u64),
    /// `max_output_bytes`: bytes written to stdout and stderr.
    OutputBytes(u64),
    /// `timeout`: wall-clock time.
    WallTime(Duration),
    /// `max_source_bytes`: the size of the source text (checked before parsing).
    SourceBytes(u64),
    /// `max_nesting_depth`: the parser's nesting depth.
    NestingDepth(u64),
    /// The embedder set the cancel flag.
    Cancelled,
    /// Not a limit: `process.exit()` unwinds the run the same way (through every catch and
    /// finally), and the host ends it with the status the program chose. Never reported as
    /// a stop.
    ProcessExit,
}

impl Limit {
    /// The command-line flag that sets this limit.
    pub fn flag(&self) -> Option<&'static str> {
        Some(match self {
            Limit::Steps(_) => "--max-steps",
            Limit::HeapBytes(_) => "--max-heap-mb",
            Limit::OutputBytes(_) => "--max-output-kb",
            Limit::WallTime(_) => "--timeout-ms",
            Limit::SourceBytes(_) => "--max-source-kb",
            Limit::NestingDepth(_) => return None,
            Limit::Cancelled | Limit::ProcessExit => return None,
        })
    }
}

/// `1024 MiB`, `64 KiB` or `100 bytes`: the largest unit that divides the value.
fn bytes_text(n: u64) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} bytes")
    }
}

impl fmt::Display for Limit {
    /// `heap limit of 1024 MiB reached`: what `mini-js: stopped: …` prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::Steps(n) => write!(f, "step limit of {n} steps reached"),
            Limit::HeapBytes(n) => write!(f, "heap limit of {} reached", bytes_text(*n)),
            Limit::OutputBytes(n) => write!(f, "output limit of {} reached", bytes_text(*n)),
            Limit::WallTime(d) => write!(f, "time limit of {} ms reached", d.as_millis()),
            Limit::SourceBytes(n) => {
                write!(f, "source size limit of {} exceeded", bytes_text(*n))
            }
            Limit::NestingDepth(n) => write!(f, "nesting depth limit of {n} exceeded"),
            Limit::Cancelled => write!(f, "cancelled by the embedder"),
            Limit::ProcessExit => write!(f, "process.exit() was called"),
        }
    }
}

/// The line a stopped run ends with on stderr: `mini-js: stopped: heap limit of 1024 MiB
/// reached (--max-heap-mb)`.
pub fn stop_message(limit: &Limit) -> String {
    match limit.flag() {
        Some(flag) => format!("mini-js: stopped: {limit} ({flag})\n"),
        None => format!("mini-js: stopped: {limit}\n"),
    }
}

/// Which stream a piece of output goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// A receiver of output as the program produces it (`AgentOptions::output`). It is called
/// from the evaluator thread, in the order the program writes; each call carries whole
/// lines.
pub type OutputSink = Arc<dyn Fn(Stream, &str) + Send + Sync>;

/// The clock and counters of the run's limits.
pub struct LimitState {
    /// When the run started (for `timeout`).
    pub started: Instant,
    /// The step at which the machine loop next calls [`check_step_limits`]: the next clock /
    /// cancel reading or the step limit, whichever comes first.
    pub next_check: u64,
    /// Bytes the program wrote to stdout and stderr so far.
    pub output_bytes: u64,
    /// The limit that stopped the run, once one did.
    pub stopped: Option<Limit>,
    /// Property accesses made by built-ins' own loops, for [`poll`].
    pub polls: u64,
    /// The evaluator's step count at the last [`poll`], and how many polls in a row saw
    /// it unchanged: after [`NATIVE_POLLS`] of them, the built-in's loop runs no JavaScript,
    /// so no collection can free what it allocates.
    pub poll_steps: u64,
    pub polls_without_steps: u32,
}

/// Polls in a row without an evaluator step after which a built-in's loop is taken to run
/// no JavaScript (forEach alternates two accesses with a call of its callback).
const NATIVE_POLLS: u32 = 16;

impl LimitState {
    /// The exit status: `otherwise`, or 3 when a limit stopped the run.
    pub fn exit_code(&self, otherwise: i32) -> i32 {
        if self.stopped.is_some() {
            crate::EXIT_STOPPED
        } else {
            otherwise
        }
    }
}

impl Default for LimitState {
    fn default() -> LimitState {
        LimitState {
            started: Instant::now(),
            next_check: 0,
            output_bytes: 0,
            stopped: None,
            polls: 0,
            poll_steps: u64::MAX,
            polls_without_steps: 0,
        }
    }
}

/// Called by the machine loop when `steps` reached `limits.next_check`: the step limit, the
/// wall-clock limit and the cancel flag.
#[cold]
pub fn check_step_limits(agent: &mut Agent) -> JsResult<()> {
    let steps = agent.machine.steps;
    let options = &agent.options;
    if let Some(max) = options.max_steps {
        if steps > max {
            return Err(Abrupt::Terminate(Limit::Steps(max)));
        }
    }
    check_cancel_and_time(agent)?;
    let options = &agent.options;
    let mut next = steps + CHECK_INTERVAL;
    if let Some(max) = options.max_steps {
        next = next.min(max + 1);
    }
    agent.host.limits.next_check = next;
    Ok(())
}

/// The cancel flag and the wall-clock limit.
pub(crate) fn check_cancel_and_time(agent: &Agent) -> JsResult<()> {
    let options = &agent.options;
    if let Some(cancel) = &options.cancel {
        if cancel.load(Ordering::Relaxed) {
            return Err(Abrupt::Terminate(Limit::Cancelled));
        }
    }
    if let Some(timeout) = options.timeout {
        if agent.host.limits.started.elapsed() > timeout {
            return Err(Abrupt::Terminate(Limit::WallTime(timeout)));
        }
    }
    Ok(())
}

/// A built-in that loops in Rust (`includes` over an array whose length is 4e9) takes no
/// machine step for billions of iterations. The property accesses such loops make poll the
/// cancel flag and the wall-clock limit, every [`CHECK_INTERVAL`] accesses, so no built-in
/// outlives them. Steps are not counted: `--max-steps` and the step-cost clock see only
/// the evaluator's steps.
#[inline]
pub fn poll(agent: &mut Agent) -> JsResult<()> {
    let limits = &mut agent.host.limits;
    limits.polls = limits.polls.wrapping_add(1);
    if limits.polls.is_multiple_of(CHECK_INTERVAL) {
        check_cancel_and_time(agent)?;
    }
    // No collection can run inside a built-in's own loop: the storage it grows (the array
    // that `fill` fills over four billion indices) stays, and stops the run at the heap
    // limit here. When the loop runs no JavaScript between its accesses (no step: the
    // array iterator's `next`, not a callback), the objects it made, garbage included, stay
    // too and are counted (`heap::retained_bytes`); when it calls JavaScript, the collector
    // runs at that code's safe points and frees them. The room left is recorded for the
    // lists such loops build (`heap::push_counted` checks a doubling before allocating).
    if let Some(max) = agent.options.max_heap_bytes {
        let steps = agent.machine.steps;
        let limits = &mut agent.host.limits;
        if std::mem::replace(&mut limits.poll_steps, steps) == steps {
            limits.polls_without_steps = limits.polls_without_steps.saturating_add(1);
        } else {
            limits.polls_without_steps = 0;
        }
        // A growth of storage the limit refused (`heap::may_grow`) stops the run here when
        // no JavaScript runs in the loop; otherwise that code's next safe point decides.
        let retained = if limits.polls_without_steps >= NATIVE_POLLS {
            crate::heap::retained_bytes().saturating_add(crate::heap::denied())
        } else {
            crate::heap::growth_bytes()
        };
        let live = agent.heap.live_bytes as u64;
        crate::heap::set_room(max.saturating_sub(live).try_into().unwrap_or(usize::MAX));
        let grown = live.saturating_add(retained as u64);
        if grown > max {
            return Err(Abrupt::Terminate(Limit::HeapBytes(max)));
        }
    }
    Ok(())
}

/// The stop at the heap limit, for storage that cannot grow under it (the limit is set:
/// only then is growth ever refused).
pub fn heap_limit_stop(agent: &Agent) -> Abrupt {
    Abrupt::Terminate(Limit::HeapBytes(
        agent.options.max_heap_bytes.unwrap_or(u64::MAX),
    ))
}

/// Counts one step (the machine's, or a job's or timer's in the run loop) and checks the
/// limits when due.
#[inline]
pub fn count_step(agent: &mut Agent) -> JsResult<()> {
    agent.machine.steps += 1;
    if agent.machine.steps >= agent.host.limits.next_check {
        check_step_limits(agent)?;
    }
    Ok(())
}

/// Writes program output (or a report about it: an uncaught error, a syntax error) to the
/// sink or the collected strings, counting it against `max_output_bytes`. A write that
/// crosses the limit is cut at the limit (on a character boundary) and stops the run.
pub fn write_output(agent: &mut Agent, stream: Stream, text: &str) -> JsResult<()> {
    let (written, result) = match agent.options.max_output_bytes {
        Some(max) => {
            let room = max.saturating_sub(agent.host.limits.output_bytes);
            if (text.len() as u64) <= room {
                (text, Ok(()))
            } else {
                let mut cut = room as usize;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                (
                    &text[..cut],
                    Err(Abrupt::Terminate(Limit::OutputBytes(max))),
                )
            }
        }
        None => (text, Ok(())),
    };
    agent.host.limits.output_bytes += written.len() as u64;
    emit(&agent.options.output, &mut agent.host, stream, written);
    result
}

/// Hands text to the sink, or appends it to the collected stream. Not counted (the stop
/// message itself goes through here).
pub fn emit(
    sink: &Option<OutputSink>,
    host: &mut crate::execution::host_state::HostState,
    stream: Stream,
    text: &str,
) {
    if text.is_empty() {
        return;
    }
    match sink {
        Some(sink) => sink(stream, text),
        None => match stream {
            Stream::Stdout => host.stdout.push_str(text),
            Stream::Stderr => host.stderr.push_str(text),
        },
    }
}
