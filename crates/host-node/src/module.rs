//! A file whose top level awaits runs as a module, as Node 26 runs it.
//!
//! Node first reads a `.js` file as CommonJS; when that parse fails on syntax only a module
//! allows (here: a top-level `await`), it runs the file as an ES module instead. mini-js
//! does the same: [`crate::run`] parses the file as a Script, and if that fails but
//! the Module goal accepts it, evaluates it here. `import` and `export` are not part of the
//! subset (they would need a file system); they stay syntax errors.
//!
//! The spec's part: a module with no imports is evaluated by ExecuteAsyncModule (§16.2.1.5.3.2
//! InnerModuleEvaluation, §16.2.1.5.3.4 ExecuteAsyncModule), i.e. its body runs like an async
//! function's body (AsyncBlockStart) — strict, `this` undefined, declarations in the module's
//! own environment rather than on the global object. mini-js represents the body as an async
//! function of kind [`FunctionKind::Module`] whose environment is the global one, and calls it.
//!
//! Node's part: the ESM loader evaluates the entry module from a promise job, so the body
//! runs inside a microtask checkpoint — `process.nextTick` callbacks it queues wait until the
//! microtask queue is empty. A rejected module promise is an uncaught exception at once
//! (status 1); a module still suspended when the loop runs out of work ends with Node's
//! "Detected unsettled top-level await" warning and status 13.

use crate::builtins::promise::{PromiseState, ReactionHandler};
use crate::execution::jobs::Job;
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::Value;
use crate::HostData;
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast::{Function, FunctionBody, FunctionKind, Program, SourceText};
use std::rc::Rc;

/// The exit status of a run whose top-level await never settled (Node's status 13).
pub const EXIT_UNSETTLED_TOP_LEVEL_AWAIT: i32 = 13;

/// The module being evaluated: its body as a function, its promise once the body started,
/// and the object that holds its context while it waits (for the warning's position).
#[derive(Clone, Debug, Default)]
pub struct ModuleRun {
    pub function: Option<ObjectId>,
    pub promise: Option<ObjectId>,
    pub holder: Option<ObjectId>,
}

impl ModuleRun {
    /// The objects the collector must keep.
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for o in [self.function, self.promise, self.holder]
            .into_iter()
            .flatten()
        {
            f(&Value::Object(o));
        }
    }
}

/// The module's body as the code of an async function (see the module comment).
pub fn module_body_function(program: &mut Program, source: &str) -> Rc<Function> {
    Rc::new(Function {
        name: None,
        kind: FunctionKind::Module,
        is_async: true,
        is_generator: false,
        params: Vec::new(),
        rest: None,
        body: FunctionBody::Block(std::mem::take(&mut program.body)),
        // Module code is always strict mode code (§11.2.2).
        strict: true,
        span: program.span,
        source: SourceText::new(Rc::from(source), program.span),
        scope: Default::default(),
        // A module's body has no arguments object.
        may_use_arguments: false,
    })
}

/// The file name a module reports in its stack frames and errors: Node shows a module's
/// location as a `file://` URL.
pub fn module_url(filename: &str) -> String {
    if filename.starts_with('/') {
        format!("file://{filename}")
    } else {
        filename.to_string()
    }
}

/// Starts the module's evaluation the way Node's loader does: the body is created now and
/// called from a job on the microtask queue.
pub fn start_module_evaluation<'a>(
    agent: &mut Agent<'a>,
    code: &'a Rc<Function>,
) -> Result<Value, Abrupt> {
    crate::trace::script_started(agent);
    let proto = agent.intrinsics.async_function_prototype;
    let env = agent.global_env;
    let body = crate::runtime_semantics::functions::ordinary_function_create(
        agent, proto, code, env, None,
    );
    agent.host.data_mut().node.module.function = Some(body);
    let job =
        crate::builtins::create_builtin_function(agent, evaluate_module_job, 0, "", false, None);
    crate::execution::host_hooks::host_enqueue_promise_job(
        agent,
        Job::Microtask { callback: job },
        "Node's ESM loader evaluates the module",
    );
    Ok(Value::Undefined)
}

/// The loader's job: ExecuteAsyncModule — call the body (it runs to its first await and
/// hands back its promise), then watch the promise for a rejection.
fn evaluate_module_job(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let Some(body) = agent.host.data().node.module.function else {
        return Ok(Value::Undefined);
    };
    let result = crate::abstract_ops::call(agent, &Value::Object(body), Value::Undefined, &[])?;
    let Value::Object(promise) = result else {
        return Ok(Value::Undefined);
    };
    let holder = crate::builtins::async_function::suspended_holder(agent, promise);
    let module = &mut agent.host.data_mut().node.module;
    module.promise = Some(promise);
    module.holder = holder;
    let on_rejected =
        crate::builtins::create_builtin_function(agent, module_rejected, 1, "", false, None);
    crate::builtins::promise::perform_promise_then(
        agent,
        promise,
        ReactionHandler::Empty,
        ReactionHandler::Callable(on_rejected),
        None,
    );
    Ok(Value::Undefined)
}

/// The module's promise was rejected: Node reports the reason as an uncaught exception and
/// the process exits with status 1 at once.
fn module_rejected(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let reason = crate::abstract_ops::arg(args, 0);
    crate::run::report_abrupt(agent, Abrupt::Throw(reason));
    agent.host.data_mut().node.exiting.get_or_insert(1);
    Err(Abrupt::Terminate(crate::Limit::ProcessExit))
}

/// After the loop ran out of work: a module still waiting in a top-level await gets Node's
/// warning, and the run's status becomes 13.
pub fn check_unsettled(agent: &mut Agent, exit_code: i32) -> i32 {
    let module = agent.host.data().node.module.clone();
    let Some(promise) = module.promise else {
        return exit_code;
    };
    let pending = matches!(
        crate::builtins::promise::promise_state(agent, promise),
        Some((PromiseState::Pending, _))
    );
    if !pending || exit_code != 0 || agent.host.limits.stopped.is_some() {
        return exit_code;
    }
    let site = module.holder.and_then(|h| match &agent.heap.get(h).kind {
        ObjectKind::Continuation(Some(ctx)) => Some(ctx.call_site),
        _ => None,
    });
    let mut text = String::from("Warning: Detected unsettled top-level await");
    if let Some(span) = site {
        let source = agent.source;
        let (line, col) = mini_js_syntax::diagnostic::line_col(source, span.start as usize);
        let line_text = source.lines().nth(line.saturating_sub(1)).unwrap_or("");
        text.push_str(&format!(
            " at {}:{line}\n{line_text}\n{}^\n\n",
            agent.filename,
            " ".repeat(col.saturating_sub(1))
        ));
    }
    text.push('\n');
    let _ = crate::limits::write_output(agent, crate::limits::Stream::Stderr, &text);
    EXIT_UNSETTLED_TOP_LEVEL_AWAIT
}
