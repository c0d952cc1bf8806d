//! Host-defined behaviour (ECMA-262 §9.5 host hooks, and everything the spec leaves to the
//! host): console, the run loop, output formatting and error wording. Spec code never prints;
//! it calls into here.

pub mod console;
pub mod format;
pub mod inspect;
pub mod run;
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
}

impl Host {
    /// Writes a line to stdout or stderr with the current group indentation.
    pub fn write_line(&mut self, to_stderr: bool, text: &str) {
        let out = if to_stderr {
            &mut self.stderr
        } else {
            &mut self.stdout
        };
        let indent = " ".repeat(self.group_indent * 2);
        for line in text.split('\n') {
            out.push_str(&indent);
            out.push_str(line);
            out.push('\n');
        }
    }
}

/// Installs the host's globals: console and friends.
pub fn install_host_globals(agent: &mut Agent) {
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
    crate::execution::jobs::host_enqueue_promise_job(
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

/// Renders the trace, one event per line.
pub fn render_trace(agent: &Agent, t: &crate::trace::Tracer) -> String {
    let mut out = String::new();
    for e in &t.events {
        let loc = match e.span {
            Some(s) => {
                let (line, _) =
                    mini_js_syntax::diagnostic::line_col(agent.source, s.start as usize);
                format!(" (line {line})")
            }
            None => String::new(),
        };
        let objects = if e.objects.is_empty() {
            String::new()
        } else {
            let ids: Vec<String> = e.objects.iter().map(|o| format!("{o:?}")).collect();
            format!(" {{{}}}", ids.join(" "))
        };
        out.push_str(&format!("[{}] {}{}{}\n", e.clause, e.what, loc, objects));
    }
    out
}
