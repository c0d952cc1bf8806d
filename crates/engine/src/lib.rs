//! mini-js engine: values, the heap, the realm and its built-ins, the explicit evaluator
//! machine, the job queue and the host (console, timers, virtual clock), and the trace.
//!
//! Layout follows ECMA-262's clauses: `abstract_ops/` (§7), `execution/` (§9),
//! `runtime_semantics/` (§13–15), `builtins/` (§19–28); host-defined behaviour lives in `host/`.

pub mod abstract_ops;
pub mod builtins;
pub mod environment;
pub mod execution;
pub mod gc;
pub mod heap;
pub mod host;
pub mod object;
pub mod realm;
pub mod runtime_semantics;
pub mod trace;
pub mod value;

pub use execution::agent::Agent;
pub use heap::ObjectId;
pub use host::node::{HostKind, UnhandledRejections};
pub use trace::{TraceEvent, TraceHandle, TraceSink};
pub use value::{JsString, PropertyKey, Value};

use mini_js_syntax::ast::Atom;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// An abrupt completion (ECMA-262 §6.2.4): `Err` of every fallible operation.
/// `Result<T, Abrupt>` is the spec's Completion Record; `?` is the spec's `?`.
#[derive(Clone, Debug)]
pub enum Abrupt {
    /// A throw completion carrying the thrown value.
    Throw(Value),
    /// A return completion.
    Return(Value),
    /// A break completion with its target label.
    Break(Option<Atom>),
    /// A continue completion with its target label.
    Continue(Option<Atom>),
    /// Not a spec completion: the host stops the run because a [`Limit`] was reached (or the
    /// embedder cancelled it). It passes through every catch and finally untouched.
    Terminate(Limit),
}

pub type JsResult<T> = Result<T, Abrupt>;

pub use host::limits::{Limit, OutputSink, Stream};

/// Options for one run of a script.
///
/// `RunOptions::default()` is safe for strangers' code: at most 10 s of wall time, 256 MiB
/// of heap, 1 MiB of output, 10⁹ steps and 16 MiB of source. [`RunOptions::node_like`] is
/// what `mini-js run` uses: no step, time or output limit, but still a 1 GiB heap limit so
/// that no program can abort the process. A run stopped by a limit ends with
/// [`RunOutput::stopped`] set and exit status [`EXIT_STOPPED`].
#[derive(Clone)]
pub struct RunOptions {
    /// Stop after this many evaluator steps (jobs and timers count as steps too).
    pub max_steps: Option<u64>,
    /// Stop when the engine's own count of heap bytes (objects with their property storage,
    /// array elements, strings, environments, suspended frames; see `gc`) exceeds this after
    /// a collection.
    pub max_heap_bytes: Option<u64>,
    /// Stop when the program has written this many bytes to stdout and stderr together
    /// (counted in UTF-8; the write that crosses the limit is cut at the limit).
    pub max_output_bytes: Option<u64>,
    /// Stop after this much wall-clock time (checked every few thousand steps).
    pub timeout: Option<std::time::Duration>,
    /// Refuse a source text longer than this many bytes, before parsing it.
    pub max_source_bytes: Option<u64>,
    /// The deepest nesting of statements, expressions and patterns the parser accepts
    /// (`None`: the parser's default, `mini_js_syntax::parser::DEFAULT_MAX_NESTING_DEPTH`).
    /// Deeper source stops the run with [`Limit::NestingDepth`] before it starts.
    pub max_nesting_depth: Option<usize>,
    /// Set to `true` from any thread to stop the run (checked with the step counter). The run
    /// then reports [`Limit::Cancelled`].
    pub cancel: Option<Arc<AtomicBool>>,
    /// Where output goes as the program writes it, in the order it writes it. When set,
    /// stdout and stderr are handed to the sink (uncaught errors, syntax errors and the
    /// stop message included) and are *not* collected in [`RunOutput`]; when `None` (the
    /// default) they are collected.
    pub output: Option<OutputSink>,
    /// Where trace events go, as they happen (none: no tracing, and no cost). See
    /// [`trace::TraceHandle`]; `TraceHandle::collect()` keeps them in a list.
    pub trace: Option<trace::TraceHandle>,
    /// Collect after exactly this many allocations, instead of the adaptive byte-based
    /// default (see `gc::GC_MIN_BYTES`). Tiny values make the collector run at nearly every
    /// safe point, to catch missing roots in tests.
    pub gc_threshold: Option<usize>,
    /// The host: Node's (default) or the bare ECMA-262 one (`--host spec`).
    pub host: HostKind,
    /// Virtual nanoseconds one evaluator step costs (default
    /// `host::timers::DEFAULT_STEP_NS`; 0 stops the clock during synchronous code).
    pub step_ns: Option<u64>,
    /// The arguments after the file name (`process.argv.slice(2)`).
    pub argv: Vec<String>,
    /// Node's `--unhandled-rejections` mode (Node host only).
    pub unhandled_rejections: UnhandledRejections,
    /// Colour diagnostics (uncaught errors, syntax errors) with ANSI escapes, for a terminal.
    pub color: bool,
    /// Keep the script's completion value, inspected, in [`RunOutput::completion`] (what
    /// `node -p` prints).
    pub completion_value: bool,
    /// Installs the test262 host (INTERPRETING.md): a global `print` that writes its
    /// argument to stdout, and `$262` with the cheap host functions. Off for normal programs.
    pub test262_host: bool,
}

/// The exit status of a run stopped by a limit (nothing else uses it).
pub const EXIT_STOPPED: i32 = 3;

const MIB: u64 = 1 << 20;

impl Default for RunOptions {
    /// Safe for strangers' code: 10 s, 256 MiB of heap, 1 MiB of output, 10⁹ steps, 16 MiB
    /// of source.
    fn default() -> RunOptions {
        RunOptions {
            max_steps: Some(1_000_000_000),
            max_heap_bytes: Some(256 * MIB),
            max_output_bytes: Some(MIB),
            timeout: Some(std::time::Duration::from_secs(10)),
            max_source_bytes: Some(16 * MIB),
            max_nesting_depth: Some(mini_js_syntax::parser::DEFAULT_MAX_NESTING_DEPTH),
            cancel: None,
            output: None,
            trace: None,
            gc_threshold: None,
            host: HostKind::default(),
            step_ns: None,
            argv: Vec::new(),
            unhandled_rejections: UnhandledRejections::default(),
            color: false,
            completion_value: false,
            test262_host: false,
        }
    }
}

impl RunOptions {
    /// What `mini-js run` uses: like Node, no step, time, output or source limit, but a 1 GiB
    /// heap limit, so no program can exhaust the process.
    pub fn node_like() -> RunOptions {
        RunOptions {
            max_steps: None,
            max_heap_bytes: Some(1024 * MIB),
            max_output_bytes: None,
            timeout: None,
            max_source_bytes: None,
            ..RunOptions::default()
        }
    }

    /// No limit at all (for trusted code and tests that measure).
    pub fn unlimited() -> RunOptions {
        RunOptions {
            max_heap_bytes: None,
            ..RunOptions::node_like()
        }
    }
}

impl std::fmt::Debug for RunOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunOptions")
            .field("max_steps", &self.max_steps)
            .field("max_heap_bytes", &self.max_heap_bytes)
            .field("max_output_bytes", &self.max_output_bytes)
            .field("timeout", &self.timeout)
            .field("max_source_bytes", &self.max_source_bytes)
            .field("max_nesting_depth", &self.max_nesting_depth)
            .field("cancel", &self.cancel)
            .field("output", &self.output.as_ref().map(|_| "<sink>"))
            .field("trace", &self.trace.is_some())
            .field("gc_threshold", &self.gc_threshold)
            .field("host", &self.host)
            .field("step_ns", &self.step_ns)
            .field("argv", &self.argv)
            .field("unhandled_rejections", &self.unhandled_rejections)
            .field("color", &self.color)
            .field("completion_value", &self.completion_value)
            .field("test262_host", &self.test262_host)
            .finish()
    }
}

/// What a run printed, and how it ended.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunOutput {
    /// What the program wrote to stdout (empty when `RunOptions::output` took it).
    pub stdout: String,
    /// What the program wrote to stderr, with uncaught errors and the stop message (empty
    /// when `RunOptions::output` took it).
    pub stderr: String,
    /// 0; 1 for a syntax error, an uncaught exception or an unhandled rejection;
    /// [`EXIT_STOPPED`] (3) when a limit stopped the run.
    pub exit_code: i32,
    /// The limit that stopped the run, if one did.
    pub stopped: Option<Limit>,
    /// What the garbage collector did (collections, live counts, arena high-water marks,
    /// heap bytes).
    pub heap: gc::HeapStats,
    /// The script's completion value as `util.inspect` shows it, when
    /// [`RunOptions::completion_value`] asked for it and the script completed normally.
    pub completion: Option<String>,
    /// The virtual clock at the end of the run, in whole ms (timers advance it; nothing
    /// sleeps).
    pub virtual_ms: u64,
    /// Evaluator steps taken (statements, expressions, jobs and timers).
    pub steps: u64,
}

/// Parses and runs a script the way `mini-js run` does, returning what it printed.
/// Safe to call with any input: it never panics on bad programs.
pub fn run_script(filename: &str, source: &str, options: &RunOptions) -> RunOutput {
    host::run::run_script(filename, source, options)
}

/// The answer to "does this program print `expected`?" — what quiz sites and other tools
/// embed mini-js for. Lines are compared exactly, except that a missing final newline in
/// `expected` is forgiven.
#[derive(Clone, Debug)]
pub struct Check {
    /// Whether stdout (and the exit status, when one was expected) matched.
    pub matches: bool,
    /// The run itself: stdout, stderr, exit status.
    pub output: RunOutput,
    /// The first line (1-based) where stdout and `expected` differ, if they do.
    pub first_difference: Option<usize>,
}

/// Runs `source` and compares its stdout with `expected` (and its exit status with
/// `expected_status`, when given).
pub fn check(
    filename: &str,
    source: &str,
    expected: &str,
    expected_status: Option<i32>,
    options: &RunOptions,
) -> Check {
    let output = run_script(filename, source, options);
    let normalize = |s: &str| s.strip_suffix('\n').unwrap_or(s).to_string();
    let (got, want) = (normalize(&output.stdout), normalize(expected));
    let first_difference = if got == want {
        None
    } else {
        let mut g = got.lines();
        let mut w = want.lines();
        let mut line = 1;
        loop {
            match (g.next(), w.next()) {
                (Some(a), Some(b)) if a == b => line += 1,
                _ => break Some(line),
            }
        }
    };
    let status_ok = expected_status.is_none_or(|s| s == output.exit_code);
    Check {
        // A run stopped by a limit never matches: its output is cut short.
        matches: first_difference.is_none() && status_ok && output.stopped.is_none(),
        output,
        first_difference,
    }
}
