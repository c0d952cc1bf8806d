//! mini-js engine: values, the heap, the realm and its built-ins, the explicit evaluator
//! machine, the job queue, the run's limits, and the trace: ECMA-262 and nothing else.
//!
//! Layout follows ECMA-262's clauses: `abstract_ops/` (§7), `execution/` (§9),
//! `runtime_semantics/` (§13–16), `builtins/` (§19–28). What the spec leaves to the host
//! (console and `util.inspect`, timers and the virtual clock, Node's event loop, `process`,
//! the unhandled-rejection policy) lives in the crate `mini-js-host-node`, which implements
//! the host hooks ([`execution::host_hooks::Host`]) and runs scripts (`run_script`). The
//! engine names no host: the agent is created with one (`Agent::new`).

pub mod abstract_ops;
pub mod builtins;
pub mod describe;
pub mod environment;
pub mod execution;
pub mod gc;
pub mod heap;
pub mod limits;
pub mod object;
pub mod property_map;
pub mod realm;
pub mod runtime_semantics;
pub mod stack;
pub mod trace;
pub mod value;

pub use execution::agent::Agent;
pub use heap::ObjectId;
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

pub use limits::{Limit, OutputSink, Stream};

/// What the engine needs to know of a run: its limits, where output and trace events go,
/// and the collector's pace. The host builds it from its own options (`mini-js-host-node`'s
/// `RunOptions`); the default is no limit at all.
#[derive(Clone, Default)]
pub struct AgentOptions {
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
    /// Set to `true` from any thread to stop the run (checked with the step counter). The run
    /// then reports [`Limit::Cancelled`].
    pub cancel: Option<Arc<AtomicBool>>,
    /// Where output goes as the program writes it, in the order it writes it; `None`: it is
    /// collected in `agent.host.stdout` / `stderr`.
    pub output: Option<OutputSink>,
    /// Where trace events go, as they happen (none: no tracing, and no cost).
    pub trace: Option<trace::TraceHandle>,
    /// Collect after exactly this many allocations, instead of the adaptive byte-based
    /// default (see `gc::GC_MIN_BYTES`).
    pub gc_threshold: Option<usize>,
    /// Evaluate every expression node by node, without the one-step evaluation of pure
    /// expressions (`runtime_semantics::pure`). Outputs, step counts and virtual times are
    /// the same either way; tests compare the two.
    pub step_by_step: bool,
}

/// The exit status of a run stopped by a limit (nothing else uses it).
pub const EXIT_STOPPED: i32 = 3;
