//! The options of a run and what it printed: what `mini-js run`, the test262 runner, the
//! spec-tests and embedders pass to [`crate::run_script`]. The engine gets its part
//! ([`RunOptions::agent_options`]: limits, output, trace); the rest is the host's.

use crate::{gc, trace, AgentOptions, HostKind, Limit, OutputSink, UnhandledRejections};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

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
    /// Virtual nanoseconds one evaluator step costs (default: the host's, 10 ns in
    /// `mini-js-host-node`; 0 stops the clock during synchronous code).
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
    /// Evaluate every expression node by node, without the engine's one-step evaluation of
    /// pure expressions (`AgentOptions::step_by_step`): for tests that check the shortcut
    /// changes nothing.
    pub step_by_step: bool,
}

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
            step_by_step: false,
        }
    }
}

impl RunOptions {
    /// The engine's part: the limits, where output and trace events go, the collector's pace.
    pub fn agent_options(&self) -> AgentOptions {
        AgentOptions {
            max_steps: self.max_steps,
            max_heap_bytes: self.max_heap_bytes,
            max_output_bytes: self.max_output_bytes,
            timeout: self.timeout,
            cancel: self.cancel.clone(),
            output: self.output.clone(),
            trace: self.trace.clone(),
            gc_threshold: self.gc_threshold,
            step_by_step: self.step_by_step,
        }
    }

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
            .field("step_by_step", &self.step_by_step)
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
