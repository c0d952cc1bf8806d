//! # mini_js — what does this JavaScript print, and in what order?
//!
//! mini-js runs a script the way ECMA-262 specifies, with Node 26's event loop on a virtual
//! clock, and tells you exactly what it prints. This crate is the embedding surface: a
//! quiz site, a course platform or a test runner needs three calls and two types.
//!
//! | call | answers |
//! |------|---------|
//! | [`run`] | "what does it print?" — stdout, stderr, exit status ([`Outcome`]) |
//! | [`order`] | "in what order?" — the printed lines, e.g. `["5", "1", "3"]` |
//! | [`check`] | "is this answer right?" — a [`Verdict`] with the first difference |
//!
//! ## Quick start
//!
//! ```
//! use mini_js::{run, Options};
//!
//! let outcome = run("Promise.resolve().then(() => console.log('b')); console.log('a');",
//!                   &Options::new());
//! assert_eq!(outcome.stdout, "a\nb\n");
//! assert_eq!(outcome.status, 0);
//! ```
//!
//! Checking a quiz answer written the way people write them (`5,1,3`):
//!
//! ```
//! use mini_js::{check, Expected, Options};
//!
//! let submission = "setTimeout(() => console.log(3)); queueMicrotask(() => console.log(2)); console.log(1);";
//! let verdict = check(submission, &Expected::order("1,2,3"), &Options::new());
//! assert!(verdict.matched);
//! ```
//!
//! Runs are deterministic (timers use a virtual clock: nothing sleeps), never panic on bad
//! input and can be bounded with [`Options::max_steps`]; each call is independent, so batches
//! run in parallel threads (see `examples/embed.rs`).
//!
//! The engine itself (values, heap, the evaluator machine, the trace) and its host (console,
//! the event loop) are reachable through [`internals`], with no stability promise.

#![deny(missing_docs)]

pub mod expect;

use serde::Serialize;

pub use expect::{expectations_from_comments, update_expectations};

/// The engine, its host and the parser, for tools that need more than the facade (the trace,
/// the syntax tree, the heap statistics): `mini_js_host_node`, which re-exports the engine
/// (`mini_js_engine`) at its root. Not a stable API: names and shapes follow the spec work
/// inside mini-js and change with it.
pub mod internals {
    pub use mini_js_host_node::*;
    /// The lexer, the parser and the syntax tree.
    pub use mini_js_syntax as syntax;
}

pub use mini_js_host_node::{HostKind, Limit, OutputSink, Stream, UnhandledRejections};

/// How to run a script. Build one with [`Options::new`] and the chained setters.
///
/// The defaults are safe for strangers' code: at most 10 s of wall time, 256 MiB of heap,
/// 1 MiB of output and 10⁹ steps ([`Options::node_like`] lifts all but a 1 GiB heap limit).
///
/// ```
/// let options = mini_js::Options::new().filename("puzzle.js").max_steps(1_000_000);
/// assert_eq!(options.filename, "puzzle.js");
/// assert_eq!(options.max_steps, Some(1_000_000));
/// assert_eq!(options.max_heap_bytes, Some(256 << 20));
/// ```
#[derive(Clone)]
pub struct Options {
    /// The name errors and stack traces show for the script (default `main.js`).
    pub filename: String,
    /// Stop a runaway program after this many evaluator steps.
    pub max_steps: Option<u64>,
    /// Stop when the engine's own count of heap bytes exceeds this.
    pub max_heap_bytes: Option<u64>,
    /// Stop when stdout and stderr together exceed this many bytes.
    pub max_output_bytes: Option<u64>,
    /// Stop after this much wall-clock time.
    pub timeout: Option<std::time::Duration>,
    /// Refuse a source text longer than this many bytes.
    pub max_source_bytes: Option<u64>,
    /// Set it to `true` from another thread to stop the run ([`Limit::Cancelled`]).
    pub cancel: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// Receives stdout and stderr as they are written (then not collected in the outcome).
    pub output: Option<OutputSink>,
    /// Node's host (default) or the bare ECMA-262 one.
    pub host: HostKind,
    /// Virtual nanoseconds one evaluator step costs (`None`: the default).
    pub step_ns: Option<u64>,
    /// The script's arguments (`process.argv.slice(2)`).
    pub argv: Vec<String>,
    /// Node's `--unhandled-rejections` mode.
    pub unhandled_rejections: UnhandledRejections,
    /// Collect after exactly this many allocations (a stress mode for tests).
    pub gc_threshold: Option<usize>,
    /// Colour diagnostics with ANSI escapes (for a terminal).
    pub color: bool,
    /// Where the trace of every job, promise and await goes, as it happens (none: no trace).
    pub trace: Option<mini_js_host_node::TraceHandle>,
    /// Keep the script's completion value ([`Outcome::completion`]), as `node -p` prints it.
    pub completion_value: bool,
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The engine's options print every field; the sink prints as `<sink>`.
        std::fmt::Debug::fmt(&self.to_engine(), f)
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::from_engine(mini_js_host_node::RunOptions::default())
    }
}

impl Options {
    /// The defaults: file name `main.js`, the safe limits, no colour, no trace.
    pub fn new() -> Self {
        Self::default()
    }

    /// What `mini-js run` uses: like Node, no step, time or output limit, but a 1 GiB heap
    /// limit so no program can exhaust the process.
    ///
    /// ```
    /// let o = mini_js::Options::node_like();
    /// assert_eq!((o.max_steps, o.timeout), (None, None));
    /// assert_eq!(o.max_heap_bytes, Some(1 << 30));
    /// ```
    pub fn node_like() -> Self {
        Options::from_engine(mini_js_host_node::RunOptions::node_like())
    }

    fn from_engine(e: mini_js_host_node::RunOptions) -> Self {
        Options {
            filename: "main.js".to_string(),
            max_steps: e.max_steps,
            max_heap_bytes: e.max_heap_bytes,
            max_output_bytes: e.max_output_bytes,
            timeout: e.timeout,
            max_source_bytes: e.max_source_bytes,
            cancel: e.cancel,
            output: e.output,
            host: e.host,
            step_ns: e.step_ns,
            argv: e.argv,
            unhandled_rejections: e.unhandled_rejections,
            gc_threshold: mini_js_host_node::gc::gc_threshold_from_env(),
            color: false,
            trace: None,
            completion_value: false,
        }
    }

    /// Stops the run when the engine's heap exceeds `bytes`.
    pub fn max_heap_bytes(mut self, bytes: u64) -> Self {
        self.max_heap_bytes = Some(bytes);
        self
    }

    /// Stops the run after `limit` of wall-clock time.
    ///
    /// ```
    /// let o = mini_js::run(
    ///     "while (true) {}",
    ///     &mini_js::Options::new().timeout(std::time::Duration::from_millis(50)),
    /// );
    /// assert_eq!(o.status, 3);
    /// assert_eq!(o.stopped, Some(mini_js::Limit::WallTime(std::time::Duration::from_millis(50))));
    /// ```
    pub fn timeout(mut self, limit: std::time::Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// Stops the run when stdout and stderr together exceed `bytes`.
    pub fn max_output_bytes(mut self, bytes: u64) -> Self {
        self.max_output_bytes = Some(bytes);
        self
    }

    /// A flag another thread sets to stop the run.
    pub fn cancel(mut self, flag: std::sync::Arc<std::sync::atomic::AtomicBool>) -> Self {
        self.cancel = Some(flag);
        self
    }

    /// Streams stdout and stderr to `sink` as they are written.
    pub fn output(mut self, sink: OutputSink) -> Self {
        self.output = Some(sink);
        self
    }

    /// Collects after every N allocations when `MINI_JS_GC_THRESHOLD=N` is set (a stress
    /// mode for the collector's tests).
    pub fn gc_threshold_from_env(&mut self) {
        self.gc_threshold = mini_js_host_node::gc::gc_threshold_from_env();
    }

    /// Chooses the host: Node's (default) or the bare ECMA-262 one.
    pub fn host(mut self, host: HostKind) -> Self {
        self.host = host;
        self
    }

    /// Sets the file name shown in errors and stack frames.
    pub fn filename(mut self, name: impl Into<String>) -> Self {
        self.filename = name.into();
        self
    }

    /// Stops the run after `steps` evaluator steps (the outcome's status is then non-zero
    /// and its stderr says why).
    ///
    /// ```
    /// let outcome = mini_js::run("while (true) {}", &mini_js::Options::new().max_steps(10_000));
    /// assert_ne!(outcome.status, 0);
    /// assert!(outcome.stderr.contains("10000 steps"));
    /// ```
    pub fn max_steps(mut self, steps: u64) -> Self {
        self.max_steps = Some(steps);
        self
    }

    /// Colours diagnostics with ANSI escapes.
    pub fn color(mut self, on: bool) -> Self {
        self.color = on;
        self
    }

    /// Sends the trace's events to `sink` as they happen.
    ///
    /// ```
    /// let (sink, events) = mini_js::internals::TraceHandle::collect();
    /// mini_js::run("Promise.resolve().then(() => console.log(1))", &mini_js::Options::new().trace(sink));
    /// let events = events.lock().unwrap();
    /// assert!(events.iter().any(|e| e.data.as_deref() == Some("1")));
    /// ```
    pub fn trace(mut self, sink: mini_js_host_node::TraceHandle) -> Self {
        self.trace = Some(sink);
        self
    }

    /// Keeps the script's completion value.
    ///
    /// ```
    /// let o = mini_js::run("1 + 1; var x;", &mini_js::Options::new().completion_value(true));
    /// assert_eq!(o.completion.as_deref(), Some("2"));
    /// ```
    pub fn completion_value(mut self, on: bool) -> Self {
        self.completion_value = on;
        self
    }

    /// The engine's options for these.
    fn to_engine(&self) -> mini_js_host_node::RunOptions {
        mini_js_host_node::RunOptions {
            max_steps: self.max_steps,
            max_heap_bytes: self.max_heap_bytes,
            max_output_bytes: self.max_output_bytes,
            timeout: self.timeout,
            max_source_bytes: self.max_source_bytes,
            cancel: self.cancel.clone(),
            output: self.output.clone(),
            host: self.host,
            step_ns: self.step_ns,
            argv: self.argv.clone(),
            unhandled_rejections: self.unhandled_rejections,
            trace: self.trace.clone(),
            color: self.color,
            completion_value: self.completion_value,
            gc_threshold: self.gc_threshold,
            ..mini_js_host_node::RunOptions::default()
        }
    }
}

fn serialize_stopped<S: serde::Serializer>(v: &Option<Limit>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(limit) => s.serialize_some(&limit.to_string()),
        None => s.serialize_none(),
    }
}

/// What a run printed and how it ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// Everything written to standard output (`console.log`, …), exactly as Node writes it.
    pub stdout: String,
    /// Standard error: `console.error`, uncaught errors and their stacks.
    pub stderr: String,
    /// The exit status Node would give: 0, or 1 after a syntax error, an uncaught exception
    /// or an unhandled rejection.
    pub status: i32,
    /// The limit that stopped the run, if one did (`null` in JSON otherwise; the limit's
    /// message, such as `"heap limit of 256 MiB reached"`, when one did).
    #[serde(serialize_with = "serialize_stopped")]
    pub stopped: Option<Limit>,
    /// The virtual clock when the run ended, in ms: how long the program "took" with its
    /// timers, deterministically.
    pub virtual_ms: u64,
    /// Evaluator steps taken.
    pub steps: u64,
    /// The script's completion value, inspected (with [`Options::completion_value`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion: Option<String>,
}

impl Outcome {
    /// The lines printed on stdout.
    ///
    /// ```
    /// let o = mini_js::run("console.log('a'); console.log('b')", &Default::default());
    /// assert_eq!(o.lines(), ["a", "b"]);
    /// ```
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    /// The printed lines joined with commas: the form ordering puzzles are answered in.
    ///
    /// ```
    /// let o = mini_js::run("[3, 1, 2].forEach(n => console.log(n))", &Default::default());
    /// assert_eq!(o.order(), "3,1,2");
    /// ```
    pub fn order(&self) -> String {
        self.lines().join(",")
    }

    /// Whether the program ended normally (status 0).
    pub fn success(&self) -> bool {
        self.status == 0
    }
}

/// Runs `source` and returns what it printed. Never panics on bad input: a syntax error is
/// an outcome too.
///
/// ```
/// let o = mini_js::run("let x = ;", &mini_js::Options::new().filename("bad.js"));
/// assert_eq!(o.status, 1);
/// assert!(o.stderr.starts_with("SyntaxError"));
/// ```
pub fn run(source: &str, options: &Options) -> Outcome {
    let out = mini_js_host_node::run_script(&options.filename, source, &options.to_engine());
    Outcome {
        stdout: out.stdout,
        stderr: out.stderr,
        status: out.exit_code,
        stopped: out.stopped,
        virtual_ms: out.virtual_ms,
        steps: out.steps,
        completion: out.completion,
    }
}

/// The lines `source` prints, in order: compare them with an answer such as
/// `"5,1,3,6,4,2".split(',')`.
///
/// ```
/// let lines = mini_js::order(
///     "setTimeout(() => console.log('timeout'));
///      Promise.resolve().then(() => console.log('then'));
///      console.log('sync');",
///     &Default::default(),
/// );
/// assert_eq!(lines, ["sync", "then", "timeout"]);
/// ```
pub fn order(source: &str, options: &Options) -> Vec<String> {
    run(source, options)
        .lines()
        .into_iter()
        .map(String::from)
        .collect()
}

/// The expected result of a run: its stdout (line by line), or its lines joined by commas,
/// and optionally its exit status.
///
/// ```
/// use mini_js::Expected;
/// let e = Expected::lines(["a", "b"]).status(0);
/// assert_eq!(e, Expected::stdout("a\nb\n").status(0));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Expected {
    /// The expected output.
    pub output: ExpectedOutput,
    /// The expected exit status; not checked when `None`.
    pub status: Option<i32>,
}

/// The expected output of a run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpectedOutput {
    /// These stdout lines, exactly (a missing final newline is forgiven).
    Lines(Vec<String>),
    /// The stdout lines joined by commas equal this (spaces around commas ignored).
    Order(String),
}

impl Expected {
    /// Expects exactly this stdout.
    pub fn stdout(text: &str) -> Self {
        Self::lines(text.lines())
    }

    /// Expects these stdout lines.
    pub fn lines<S: Into<String>>(lines: impl IntoIterator<Item = S>) -> Self {
        Expected {
            output: ExpectedOutput::Lines(lines.into_iter().map(Into::into).collect()),
            status: None,
        }
    }

    /// Expects the printed lines, joined by commas, to read `answer` (`"5,1,3,6,4,2"`).
    pub fn order(answer: &str) -> Self {
        Expected {
            output: ExpectedOutput::Order(answer.to_string()),
            status: None,
        }
    }

    /// Also expects this exit status.
    pub fn status(mut self, status: i32) -> Self {
        self.status = Some(status);
        self
    }
}

/// Where a run first differs from what was expected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Difference {
    /// Stdout line `line` (1-based) differs; `None` stands for the end of the output.
    Line {
        /// 1-based line number.
        line: usize,
        /// The expected line.
        expected: Option<String>,
        /// The printed line.
        actual: Option<String>,
    },
    /// Item `index` (1-based) of the comma-joined order differs.
    Order {
        /// 1-based position in the order.
        index: usize,
        /// The whole expected order.
        expected: String,
        /// The whole printed order.
        actual: String,
    },
    /// The output matched but the exit status did not.
    Status {
        /// The expected status.
        expected: i32,
        /// The actual status.
        actual: i32,
    },
    /// A limit stopped the run: its output was cut short, so it is never a match.
    Stopped {
        /// The limit, as `heap limit of 256 MiB reached`.
        limit: String,
    },
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |s: &Option<String>| s.clone().unwrap_or_else(|| "<end of output>".into());
        match self {
            Difference::Line {
                line,
                expected,
                actual,
            } => write!(
                f,
                "first difference at line {line}:\n  expected: {}\n  actual:   {}",
                shown(expected),
                shown(actual)
            ),
            Difference::Order {
                index,
                expected,
                actual,
            } => write!(
                f,
                "first difference at position {index} of the order:\n  expected: {expected}\n  actual:   {actual}"
            ),
            Difference::Status { expected, actual } => {
                write!(f, "exit status: expected {expected}, actual {actual}")
            }
            Difference::Stopped { limit } => write!(f, "the run was stopped: {limit}"),
        }
    }
}

/// The answer of [`check`]: whether the run matched, the run itself, and where it differs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// Whether stdout (and the status, when one was expected) matched.
    pub matched: bool,
    /// The first difference (output first, then status), when it did not match.
    pub difference: Option<Difference>,
    /// The run.
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// Runs `source` and compares it with `expected`.
///
/// ```
/// use mini_js::{check, Difference, Expected, Options};
///
/// let v = check("console.log(1); console.log(3)", &Expected::lines(["1", "2"]), &Options::new());
/// assert!(!v.matched);
/// assert_eq!(
///     v.difference,
///     Some(Difference::Line { line: 2, expected: Some("2".into()), actual: Some("3".into()) })
/// );
/// ```
pub fn check(source: &str, expected: &Expected, options: &Options) -> Verdict {
    let outcome = run(source, options);
    // A stopped run never matches, whatever it printed before the stop.
    let stopped = outcome.stopped.map(|limit| Difference::Stopped {
        limit: limit.to_string(),
    });
    let difference = stopped
        .or_else(|| output_difference(&outcome, &expected.output))
        .or_else(|| {
            expected
                .status
                .filter(|s| *s != outcome.status)
                .map(|s| Difference::Status {
                    expected: s,
                    actual: outcome.status,
                })
        });
    Verdict {
        matched: difference.is_none(),
        difference,
        outcome,
    }
}

/// The first difference between the printed output and the expected one.
fn output_difference(outcome: &Outcome, expected: &ExpectedOutput) -> Option<Difference> {
    let actual = outcome.lines();
    match expected {
        ExpectedOutput::Lines(want) => {
            let n = actual.len().max(want.len());
            (0..n)
                .find(|&i| actual.get(i).copied() != want.get(i).map(String::as_str))
                .map(|i| Difference::Line {
                    line: i + 1,
                    expected: want.get(i).cloned(),
                    actual: actual.get(i).map(|s| s.to_string()),
                })
        }
        ExpectedOutput::Order(answer) => {
            let want: Vec<&str> = if answer.trim().is_empty() {
                Vec::new()
            } else {
                answer.split(',').map(str::trim).collect()
            };
            let got: Vec<&str> = actual.iter().map(|s| s.trim()).collect();
            let n = got.len().max(want.len());
            (0..n)
                .find(|&i| got.get(i) != want.get(i))
                .map(|i| Difference::Order {
                    index: i + 1,
                    expected: want.join(","),
                    actual: got.join(","),
                })
        }
    }
}

/// The README's Rust examples, run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
