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
pub use value::{JsString, PropertyKey, Value};

use mini_js_syntax::ast::Atom;

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
    /// Not a spec completion: the host stops the run (step limit). It passes through every
    /// catch and finally untouched.
    Terminate(String),
}

pub type JsResult<T> = Result<T, Abrupt>;

/// Options for one run of a script.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Stop after this many evaluator steps with an error (a runaway-program guard).
    pub max_steps: Option<u64>,
    /// Record trace events.
    pub trace: bool,
    /// Collect after exactly this many allocations, instead of the adaptive default
    /// (`gc::GC_THRESHOLD` or the live heap size, whichever is larger). Tiny values make the
    /// collector run at nearly every safe point, to catch missing roots in tests.
    pub gc_threshold: Option<usize>,
    /// What an unhandled rejection does (Node's `--unhandled-rejections=MODE`).
    pub unhandled_rejections: UnhandledRejections,
    /// Installs the test262 host (INTERPRETING.md): a global `print` that writes its
    /// argument to stdout, and `$262` with the cheap host functions. Off for normal programs.
    pub test262_host: bool,
}

/// Node's `--unhandled-rejections=MODE`, reduced to the modes mini-js distinguishes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UnhandledRejections {
    /// Node's default: the first unhandled rejection is reported as an uncaught exception
    /// and ends the run with status 1.
    #[default]
    Throw,
    /// Unhandled rejections are ignored: the run goes on (test262 runs use this).
    None,
}

/// What a run printed, and how it ended.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    /// 0, or 1 for a syntax error, an uncaught exception or an unhandled rejection.
    pub exit_code: i32,
    /// The trace, one event per line (empty unless `RunOptions::trace`).
    pub trace: String,
    /// What the garbage collector did (collections, live counts, arena high-water marks).
    pub heap: gc::HeapStats,
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
        matches: first_difference.is_none() && status_ok,
        output,
        first_difference,
    }
}
