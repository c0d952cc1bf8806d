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

pub mod check;
pub mod console;
pub mod format;
pub mod inspect;
pub mod module;
pub mod node;
pub mod options;
pub mod run;
pub mod state;
pub mod test262;
pub mod timers;

use crate::builtins::promise::RejectionOperation;

pub use check::{check, run_script, Check};
pub use node::{HostKind, UnhandledRejections};
pub use options::{RunOptions, RunOutput};
pub use state::HostData;

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
