//! Host-defined: the call stack an error captures when it is created, printed as V8 prints
//! it (`    at f (file.js:3:17)`, `    at async g (file.js:7:3)`), for the `stack` own
//! property of errors and for uncaught exceptions.
//!
//! The walk reads the execution context stack (§9.4): the running context is at the position
//! being evaluated, every context below it at the position where it called the context above
//! (`ExecutionContext::call_site`, recorded when that context was pushed). When the bottom
//! context is an async function resumed from a job, the walk continues, as V8's "async stack
//! traces" do, through the async functions awaiting its promise: each one's suspended
//! context is parked in the Await continuation that reacts to the promise, at its `await`
//! (`call_site` of a suspended context).
//!
//! What is approximated (`NOTE(mini-js)`):
//! - built-in functions have no frame (V8 prints `at Array.map (<anonymous>)`);
//! - a method's receiver is named by its constructor (`Foo.m`, `Object.m`), without V8's
//!   `[as alias]` when the property name differs from the function's name;
//! - the script's frame is Node's CommonJS wrapper, `Object.<anonymous>`, for a file, and
//!   nameless for `[eval]` and `[stdin]` (`at [eval]:1:7`), as Node prints them; Node's own
//!   frames below it (`node:internal/...`) are not invented;
//! - async frames follow `await` of async functions only (not `Promise.all` elements or
//!   async generators);
//! - columns count Unicode scalar values, not UTF-16 code units.

use crate::builtins::promise::ReactionHandler;
use crate::environment::{EnvKind, ThisBinding};
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::runtime_semantics::machine::{ContextKind, ExecutionContext};
use crate::value::Value;
use crate::Agent;
use mini_js_syntax::ast::Span;

/// V8's default `Error.stackTraceLimit`.
pub const STACK_TRACE_LIMIT: usize = 10;

/// One line of a stack trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackFrame {
    /// `f`, `new Foo`, `Foo.m`, `Object.<anonymous>`; `None` for an anonymous function.
    pub function: Option<String>,
    /// A frame of an async function resumed after `await` (`at async f (...)`).
    pub is_async: bool,
    /// 1-based line and column of the position.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl StackFrame {
    /// The frame as V8 prints it: `    at f (file.js:3:17)`, `    at file.js:3:17`.
    pub fn render(&self, filename: &str) -> String {
        let place = format!("{filename}:{}:{}", self.line, self.column);
        let asyncp = if self.is_async { "async " } else { "" };
        match &self.function {
            Some(name) => format!("    at {asyncp}{name} ({place})"),
            None => format!("    at {asyncp}{place}"),
        }
    }
}

/// The call stack at this moment, innermost first, at most [`STACK_TRACE_LIMIT`] frames.
pub fn capture_stack(agent: &Agent) -> Vec<StackFrame> {
    capture_stack_below(agent, None)
}

/// The call stack below the innermost call of `constructor` when it is running (V8 starts
/// an error's stack at the caller of `new.target`: `new MyError()` does not show the
/// `MyError` constructor), else the whole stack.
pub fn capture_stack_below(agent: &Agent, constructor: Option<ObjectId>) -> Vec<StackFrame> {
    let contexts = &agent.machine.contexts;
    let skip = constructor
        .and_then(|f| contexts.iter().rposition(|c| c.function == Some(f)))
        .map_or(contexts.len(), |i| i);
    let mut frames = Vec::new();
    for (i, ctx) in contexts.iter().enumerate().take(skip).rev() {
        let at = match contexts.get(i + 1) {
            Some(above) => above.call_site,
            None => agent.machine.span,
        };
        if let Some(f) = frame_of(agent, ctx, at, false) {
            frames.push(f);
        }
        if frames.len() == STACK_TRACE_LIMIT {
            // Only the innermost frames are kept: a deep recursion costs no more.
            return frames;
        }
    }
    // After an await resumption the async function is the bottom context: continue with
    // the async functions that await its promise.
    if let Some(ContextKind::AsyncFunction { promise, .. }) = contexts.first().map(|c| &c.kind) {
        let mut promise = *promise;
        // Bounded by the limit even if async functions await each other in a cycle.
        for _ in 0..STACK_TRACE_LIMIT {
            if frames.len() >= STACK_TRACE_LIMIT {
                break;
            }
            let Some(ctx) = awaiting_context(agent, promise) else {
                break;
            };
            if let Some(f) = frame_of(agent, ctx, ctx.call_site, true) {
                frames.push(f);
            }
            match ctx.kind {
                ContextKind::AsyncFunction { promise: p, .. } if p != promise => promise = p,
                _ => break,
            }
        }
    }
    frames.truncate(STACK_TRACE_LIMIT);
    frames
}

/// The async function context suspended in an Await on `promise`, if one is.
fn awaiting_context<'b, 'a>(
    agent: &'b Agent<'a>,
    promise: ObjectId,
) -> Option<&'b ExecutionContext<'a>> {
    let ObjectKind::Promise(data) = &agent.heap.get(promise).kind else {
        return None;
    };
    data.fulfill_reactions.iter().find_map(|r| match r.handler {
        ReactionHandler::Resume(holder) => match &agent.heap.get(holder).kind {
            ObjectKind::Continuation(Some(ctx))
                if matches!(ctx.kind, ContextKind::AsyncFunction { .. }) =>
            {
                Some(&**ctx)
            }
            _ => None,
        },
        _ => None,
    })
}

/// The frame of one execution context at position `at`.
fn frame_of(agent: &Agent, ctx: &ExecutionContext, at: Span, is_async: bool) -> Option<StackFrame> {
    let (line, column) = mini_js_syntax::diagnostic::line_col(agent.source, at.start as usize);
    let function = match (&ctx.kind, ctx.function) {
        (ContextKind::Script, _) => {
            if agent.filename.starts_with('[') {
                None
            } else {
                Some("Object.<anonymous>".to_string())
            }
        }
        // Class field initializers and static blocks: V8 names them after the class; the
        // frame is left out here (see the module docs).
        (ContextKind::FieldInit, _) | (_, None) => return None,
        (ContextKind::Construct { .. }, Some(f)) => {
            let name = crate::describe::function_name(agent, f).unwrap_or_default();
            Some(format!(
                "new {}",
                if name.is_empty() {
                    "<anonymous>"
                } else {
                    &name
                }
            ))
        }
        (_, Some(f)) => {
            let name = crate::describe::function_name(agent, f).filter(|n| !n.is_empty());
            match (receiver_type(agent, ctx), name) {
                (Some(t), Some(n)) => Some(format!("{t}.{n}")),
                (Some(t), None) => Some(format!("{t}.<anonymous>")),
                (None, n) => n,
            }
        }
    };
    Some(StackFrame {
        function,
        is_async,
        line,
        column,
    })
}

/// The constructor name of a method call's receiver (`this`), as V8 prefixes method frames;
/// `None` for plain calls (`this` undefined or the global object) and arrow functions.
fn receiver_type(agent: &Agent, ctx: &ExecutionContext) -> Option<String> {
    let mut env = Some(ctx.var_env);
    while let Some(id) = env {
        let e = agent.heap.env(id);
        if !matches!(e.kind, EnvKind::Function { .. }) {
            env = e.outer;
            continue;
        }
        if let EnvKind::Function { this, .. } = &e.kind {
            // An arrow function has no `this` of its own, and V8 names no receiver for it.
            if !e.has_this_binding() {
                return None;
            }
            return match this {
                ThisBinding::Initialized(Value::Object(o)) if *o != agent.global_object => {
                    crate::describe::constructor_name(agent, *o)
                }
                _ => None,
            };
        }
        return None;
    }
    None
}

/// The `stack` string of an error: its `Name: message` header, then the frames.
pub fn stack_string(agent: &Agent, header: &str, frames: &[StackFrame]) -> String {
    let mut s = header.to_string();
    for f in frames {
        s.push('\n');
        s.push_str(&f.render(&agent.filename));
    }
    s
}

/// The frame lines (`    at …`) of a `stack` string, without its header.
pub fn frame_lines(stack: &str) -> Vec<&str> {
    stack
        .lines()
        .filter(|l| l.trim_start().starts_with("at "))
        .collect()
}
