//! mini-js's host: everything ECMA-262 leaves to the host (§9.5 host hooks and the rest),
//! as Node 26 does it — console and `util.inspect`/`util.format`, timers on the virtual
//! clock, Node's event loop with its nextTick and immediate queues, `process`, the
//! unhandled-rejection policy — plus the bare spec host (`--host spec`) and the test262
//! host (`print`, `$262`). The engine (`mini-js-engine`) keeps only the spec; it calls this
//! crate through the host hooks ([`execution::host_hooks::Host`]), implemented by
//! [`node::NodeHost`] and [`node::SpecHost`]. The arrows point one way:
//! cli → host-node → engine → syntax.
//!
//! The engine is re-exported at the root (`pub use mini_js_engine::*`), so this crate's
//! modules name the engine's items as `crate::builtins::…`, `crate::Agent`, as when they
//! lived in the engine, and users of this crate reach the engine through it.
//!
//! [`run_script`] runs a program the way `mini-js run` does; [`check`] compares its output.

pub use mini_js_engine::*;

pub mod console;
pub mod format;
pub mod inspect;
pub mod node;
pub mod options;
pub mod run;
pub mod test262;
pub mod timers;

use crate::builtins::promise::RejectionOperation;

pub use node::{HostKind, UnhandledRejections};
pub use options::{RunOptions, RunOutput};

/// The host's own state for one run ([[HostDefined]], kept by the engine in
/// `agent.host.defined`): the run's options, console bookkeeping, rejections, timers,
/// Node's queues.
#[derive(Default)]
pub struct Host {
    /// The run's options (`argv`, `step_ns`, `--unhandled-rejections`, ...).
    pub options: RunOptions,
    /// console.group nesting, in units of two spaces.
    pub group_indent: usize,
    /// console.count labels.
    pub counts: rustc_hash::FxHashMap<String, u64>,
    /// Promises rejected while they had no handler and not handled since, in rejection
    /// order (HostPromiseRejectionTracker's "reject" adds, "handle" removes).
    pub pending_rejections: Vec<ObjectId>,
    /// The timers and the virtual clock.
    pub timers: timers::Timers,
    /// Node's own queues (nextTick, immediates) and `process` (empty under `--host spec`).
    pub node: node::NodeState,
}

impl Host {
    /// The state of a new run with these options.
    pub fn new(options: RunOptions) -> Host {
        Host {
            options,
            ..Host::default()
        }
    }
}

impl execution::host_state::HostDefined for Host {
    /// The queues, `process`, the remembered rejections and the timers hold heap values.
    fn trace_roots(&self, m: &mut gc::Marker) {
        use crate::gc::Trace;
        self.node.for_each_value(&mut |v| v.trace(m));
        for p in &self.pending_rejections {
            m.object(*p);
        }
        self.timers.for_each_value(&mut |v| v.trace(m));
    }
}

/// The host's own state in the agent (`agent.host.data()`): the engine keeps it as
/// [[HostDefined]]; both hosts of this crate use [`Host`].
pub trait HostData {
    fn data(&self) -> &Host;
    fn data_mut(&mut self) -> &mut Host;
}

impl HostData for execution::host_state::HostState {
    fn data(&self) -> &Host {
        self.get::<Host>()
            .expect("the agent runs a host of mini-js-host-node")
    }
    fn data_mut(&mut self) -> &mut Host {
        self.get_mut::<Host>()
            .expect("the agent runs a host of mini-js-host-node")
    }
}

impl Host {
    /// A message as console prints it: every line with the current group indentation and
    /// a newline.
    pub fn indented_lines(&self, text: &str) -> String {
        let indent = " ".repeat(self.group_indent * 2);
        let mut out = String::with_capacity(text.len() + indent.len() + 1);
        for line in text.split('\n') {
            out.push_str(&indent);
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// Installs the host's globals: console and friends.
pub fn install_host_globals(agent: &mut Agent) {
    agent.host.data_mut().timers.step_ns = agent
        .host
        .data()
        .options
        .step_ns
        .unwrap_or(timers::DEFAULT_STEP_NS);
    console::init(agent);
    timers::init(agent);
    let global = agent.global_object;
    crate::builtins::define_method(agent, global, "queueMicrotask", queue_microtask, 1);
    if agent.host.data().options.test262_host {
        test262::init(agent);
    }
}

/// queueMicrotask ( callback ): appends a job that calls `callback` to the microtask queue.
fn queue_microtask(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let callback = match crate::abstract_ops::arg(args, 0) {
        Value::Object(o) if agent.heap.get(o).is_callable() => o,
        other => return Err(timers::invalid_callback(agent, &other)),
    };
    crate::execution::host_hooks::host_enqueue_promise_job(
        agent,
        crate::execution::jobs::Job::Microtask { callback },
        "host queueMicrotask",
    );
    Ok(Value::Undefined)
}

/// HostPromiseRejectionTracker ( promise, operation ) (§27.2.1.9) as Node implements it:
/// a promise rejected without a handler is remembered; a handler added later forgets it. The
/// run loop reports whatever is still remembered after a microtask drain.
pub fn promise_rejection_tracker(
    agent: &mut Agent,
    promise: ObjectId,
    operation: RejectionOperation,
) {
    match operation {
        RejectionOperation::Reject => {
            crate::trace::rejection_tracked(agent, promise, "reject");
            agent.host.data_mut().pending_rejections.push(promise);
            node::rejection_tracked(agent, promise);
        }
        RejectionOperation::Handle => {
            crate::trace::rejection_tracked(agent, promise, "handle");
            agent
                .host
                .data_mut()
                .pending_rejections
                .retain(|p| *p != promise);
            node::rejection_handled(agent, promise);
        }
    }
}

/// Parses and runs a script the way `mini-js run` does, returning what it printed.
/// Safe to call with any input: it never panics on bad programs.
pub fn run_script(filename: &str, source: &str, options: &RunOptions) -> RunOutput {
    run::run_script(filename, source, options)
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
