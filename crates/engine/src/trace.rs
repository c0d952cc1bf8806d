//! Trace events: data emitted at the spec-significant points, behind one check
//! (`agent.tracer.is_some()`), rendered by the host.

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
    if let Some(t) = agent.tracer.as_mut() {
        t.events.push(TraceEvent {
            clause,
            what: what(),
            span,
        });
    }
}

pub fn console_output(agent: &mut Agent, text: &str) {
    emit(agent, "host console", None, || format!("console: {text}"));
}

pub fn function_entered(agent: &mut Agent, f: ObjectId, code: &ast::Function) {
    if agent.tracer.is_some() {
        let name = crate::host::inspect::function_name(agent, f).unwrap_or_default();
        emit(agent, "§10.2.1 [[Call]]", Some(code.span), || {
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
    let span = agent.machine.span;
    emit(agent, clause, Some(span), || {
        format!("generator {g:?} {what}")
    });
}

/// An Await suspended or resumed its context (§27.7.5.3).
pub fn await_event(
    agent: &mut Agent,
    clause: &'static str,
    holder: ObjectId,
    promise: ObjectId,
    what: &str,
) {
    let span = agent.machine.span;
    emit(agent, clause, Some(span), || {
        format!("await {what} (context {holder:?}, promise {promise:?})")
    });
}
