//! Host-defined behaviour (ECMA-262 §9.5 host hooks, and everything the spec leaves to the
//! host): console, the run loop, output formatting and error wording. Spec code never prints;
//! it calls into here.

pub mod console;
pub mod format;
pub mod inspect;
pub mod limits;
pub mod node;
pub mod run;
pub mod stack;
pub mod test262;
pub mod timers;

use crate::builtins::promise::RejectionOperation;
use crate::heap::ObjectId;
use crate::value::Value;
use crate::{Agent, JsResult};

/// The host's state for one run: what was printed, and console bookkeeping.
#[derive(Default)]
pub struct Host {
    pub stdout: String,
    pub stderr: String,
    /// console.group nesting, in units of two spaces.
    pub group_indent: usize,
    /// console.count labels.
    pub counts: rustc_hash::FxHashMap<String, u64>,
    /// Promises rejected while they had no handler and not handled since, in rejection
    /// order (HostPromiseRejectionTracker's "reject" adds, "handle" removes).
    pub pending_rejections: Vec<ObjectId>,
    /// The timers and the virtual clock.
    pub timers: timers::Timers,
    /// The clock and counters of the run's limits.
    pub limits: limits::LimitState,
    /// Node's own queues (nextTick, immediates) and `process` (empty under `--host spec`).
    pub node: node::NodeState,
    /// Where each error object was created (the position of its first stack frame), to
    /// show an unhandled rejection's reason at its origin. Every error creation writes its
    /// id, so an id reused after collection never shows another object's site.
    pub error_sites: rustc_hash::FxHashMap<ObjectId, mini_js_syntax::ast::Span>,
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
    agent.host.timers.step_ns = agent.options.step_ns.unwrap_or(timers::DEFAULT_STEP_NS);
    console::init(agent);
    timers::init(agent);
    let global = agent.global_object;
    crate::builtins::define_method(agent, global, "queueMicrotask", queue_microtask, 1);
    if agent.options.test262_host {
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
            agent.host.pending_rejections.push(promise);
        }
        RejectionOperation::Handle => {
            crate::trace::rejection_tracked(agent, promise, "handle");
            agent.host.pending_rejections.retain(|p| *p != promise);
        }
    }
}
