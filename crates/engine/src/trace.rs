//! Trace events: data emitted at the spec-significant points, behind one check
//! (`agent.tracer.is_some()`), rendered by the host.
//!
//! Every helper returns at once when no tracer is installed, and builds its text in a closure
//! that only runs when it is, so a run without `trace` pays a branch per event site.

use crate::heap::ObjectId;
use crate::Agent;
use mini_js_syntax::ast::{self, Span};

/// One event of the trace.
#[derive(Clone, Debug)]
pub struct TraceEvent {
    /// The spec clause (and step) the event implements.
    pub clause: &'static str,
    pub what: String,
    pub span: Option<Span>,
    /// The objects the event is about (promises, handlers, timers' callbacks), by heap id.
    pub objects: Vec<ObjectId>,
}

#[derive(Default)]
pub struct Tracer {
    pub events: Vec<TraceEvent>,
}

#[inline]
fn emit(
    agent: &mut Agent,
    clause: &'static str,
    span: Option<Span>,
    what: impl FnOnce() -> String,
) {
    emit_with(agent, clause, span, Vec::new, what);
}

/// Emits an event naming `objects`; both closures run only when tracing.
#[inline]
fn emit_with(
    agent: &mut Agent,
    clause: &'static str,
    span: Option<Span>,
    objects: impl FnOnce() -> Vec<ObjectId>,
    what: impl FnOnce() -> String,
) {
    if let Some(t) = agent.tracer.as_mut() {
        t.events.push(TraceEvent {
            clause,
            what: what(),
            span,
            objects: objects(),
        });
    }
}

/// The span of the code running now, if any JavaScript code is running.
fn running_span(agent: &Agent) -> Option<Span> {
    if agent.machine.contexts.is_empty() {
        None
    } else {
        Some(agent.machine.span)
    }
}

pub fn console_output(agent: &mut Agent, text: &str) {
    emit(agent, "host console", None, || format!("console: {text}"));
}

pub fn function_entered(agent: &mut Agent, f: ObjectId, code: &ast::Function) {
    if agent.tracer.is_some() {
        let name = crate::host::inspect::function_name(agent, f).unwrap_or_default();
        emit(agent, "§10.2.1 [[Call]]", Some(code.span), || {
            let name = if name.is_empty() {
                "(anonymous)".to_string()
            } else {
                name
            };
            format!("enter function {name} {f:?}")
        });
    }
}

pub fn call(agent: &mut Agent, _f: ObjectId, _span: Span) {
    let _ = agent;
}

pub fn for_of_step(agent: &mut Agent, stmt: &ast::Stmt, step: &'static str, what: &str) {
    emit(
        agent,
        "§14.7.5.7 ForIn/OfBodyEvaluation",
        Some(stmt.span),
        || format!("step {step}: {what}"),
    );
}

/// A generator or async generator changed state (§27.5.3, §27.6.3).
pub fn generator_event(agent: &mut Agent, clause: &'static str, g: ObjectId, what: &str) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(
            agent,
            clause,
            span,
            || vec![g],
            || format!("generator {g:?} {what}"),
        );
    }
}

/// An Await's closure resumed the context held by `holder` (§27.7.5.3 steps 3.c, 5.c).
pub fn await_resumed(agent: &mut Agent, clause: &'static str, holder: ObjectId, how: &str) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(
            agent,
            clause,
            span,
            || vec![holder],
            || format!("await {how} (context {holder:?})"),
        );
    }
}

/// An Await suspended its context (§27.7.5.3).
pub fn await_event(
    agent: &mut Agent,
    clause: &'static str,
    holder: ObjectId,
    promise: ObjectId,
    what: &str,
) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(
            agent,
            clause,
            span,
            || vec![holder, promise],
            || format!("await {what} (context {holder:?}, promise {promise:?})"),
        );
    }
}

// ───────────────────────────── promises and jobs ─────────────────────────────

/// A promise object was created (the Promise constructor, or an intrinsic promise).
#[inline]
pub fn promise_created(agent: &mut Agent, clause: &'static str, p: ObjectId) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(
            agent,
            clause,
            span,
            || vec![p],
            || format!("promise {p:?} created"),
        );
    }
}

/// A promise was resolved with a thenable (it is now locked in, still pending).
#[inline]
pub fn promise_resolved_with_thenable(agent: &mut Agent, p: ObjectId, thenable: ObjectId) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(
            agent,
            "§27.2.1.3.2 Promise Resolve Functions step 14",
            span,
            || vec![p, thenable],
            || format!("promise {p:?} resolved with thenable {thenable:?}"),
        );
    }
}

/// A promise settled: `clause` is FulfillPromise or RejectPromise.
#[inline]
pub fn promise_settled(
    agent: &mut Agent,
    clause: &'static str,
    p: ObjectId,
    fulfilled: bool,
    value: &crate::Value,
    reactions: usize,
) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        let shown = crate::host::inspect::brief_value(agent, value);
        let state = if fulfilled { "fulfilled" } else { "rejected" };
        emit_with(
            agent,
            clause,
            span,
            || vec![p],
            || format!("promise {p:?} {state} with {shown} ({reactions} reaction(s) triggered)"),
        );
    }
}

/// PerformPromiseThen registered (or, on a settled promise, immediately queued) a reaction.
#[inline]
pub fn reaction_registered(
    agent: &mut Agent,
    p: ObjectId,
    state: crate::builtins::promise::PromiseState,
    handlers: [Option<ObjectId>; 2],
    result: Option<ObjectId>,
) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        let clause = match state {
            crate::builtins::promise::PromiseState::Pending => {
                "§27.2.5.4.1 PerformPromiseThen step 9"
            }
            crate::builtins::promise::PromiseState::Fulfilled => {
                "§27.2.5.4.1 PerformPromiseThen step 10"
            }
            crate::builtins::promise::PromiseState::Rejected => {
                "§27.2.5.4.1 PerformPromiseThen step 11"
            }
        };
        emit_with(
            agent,
            clause,
            span,
            || {
                let mut v = vec![p];
                v.extend(handlers.iter().flatten().copied());
                v.extend(result);
                v
            },
            || {
                let h = |x: &Option<ObjectId>| match x {
                    Some(o) => format!("{o:?}"),
                    None => "empty".to_string(),
                };
                let r = match result {
                    Some(o) => format!(" -> {o:?}"),
                    None => String::new(),
                };
                format!(
                    "then on {p:?} ({state:?}): onFulfilled {}, onRejected {}{r}",
                    h(&handlers[0]),
                    h(&handlers[1])
                )
            },
        );
    }
}

/// HostEnqueuePromiseJob (or queueMicrotask) appended job number `seq`.
#[inline]
pub fn job_enqueued(
    agent: &mut Agent,
    cause: &'static str,
    seq: u64,
    job: &crate::execution::jobs::Job,
) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(
            agent,
            cause,
            span,
            || job.objects(),
            || format!("enqueue job {seq}: {}", job.describe()),
        );
    }
}

/// The run loop took job number `seq` from the microtask queue.
#[inline]
pub fn job_run(agent: &mut Agent, seq: u64, job: &crate::execution::jobs::Job) {
    if agent.tracer.is_some() {
        emit_with(
            agent,
            job.clause(),
            None,
            || job.objects(),
            || format!("run job {seq}: {}", job.describe()),
        );
    }
}

/// HostPromiseRejectionTracker was called.
#[inline]
pub fn rejection_tracked(agent: &mut Agent, p: ObjectId, operation: &'static str) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(
            agent,
            "§27.2.1.9 HostPromiseRejectionTracker",
            span,
            || vec![p],
            || format!("rejection tracker: {operation} {p:?}"),
        );
    }
}

/// A host job of the host's own kind (nextTick, setImmediate) was enqueued or run, or the
/// host made a note about the order.
#[inline]
pub fn host_event(
    agent: &mut Agent,
    clause: &'static str,
    objects: Vec<ObjectId>,
    what: impl FnOnce() -> String,
) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit_with(agent, clause, span, || objects, what);
    }
}

/// A timer was scheduled on the virtual clock.
#[inline]
pub fn timer_scheduled(
    agent: &mut Agent,
    id: u32,
    callback: ObjectId,
    now: f64,
    due: f64,
    repeat: bool,
) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        let kind = if repeat { "setInterval" } else { "setTimeout" };
        emit_with(
            agent,
            "host timers",
            span,
            || vec![callback],
            || format!("{kind} timer {id} scheduled at {now}ms, due at {due}ms"),
        );
    }
}

/// The run loop advanced the clock to a timer and runs it.
#[inline]
pub fn timer_fired(agent: &mut Agent, id: u32, callback: ObjectId, now: f64) {
    emit_with(
        agent,
        "host timers",
        None,
        || vec![callback],
        || format!("timer {id} fires at {now}ms"),
    );
}

/// A timer was cleared.
#[inline]
pub fn timer_cleared(agent: &mut Agent, id: u32) {
    if agent.tracer.is_some() {
        let span = running_span(agent);
        emit(agent, "host timers", span, || format!("timer {id} cleared"));
    }
}
