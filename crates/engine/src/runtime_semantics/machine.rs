//! The evaluator machine: an explicit continuation machine over the AST.
//!
//! Each execution context (§9.4) owns a stack of [`Frame`]s — "the rest of this algorithm".
//! The loop takes the machine's pending [`Step`] (evaluate a node, or deliver a completion to
//! the top frame), does one step and sets the next. JavaScript calls push a context instead of
//! recursing on the Rust stack, so JS recursion depth is limited only by `MAX_CONTEXTS` (a
//! catchable RangeError). Await and yield detach a context's frames into a heap object and
//! resume them later; a suspension never crosses a Rust frame.
//!
//! Built-ins that call back into JavaScript (`Call` from Rust) run a nested loop
//! ([`call_function`]) until the called context returns; their nesting is limited by
//! `MAX_NATIVE_DEPTH`.

use crate::environment::{Env, EnvKind, PrivateEnvId, ThisBinding};
use crate::heap::{EnvId, ObjectId};
use crate::object::{ClassFieldDefinition, ObjectKind};
use crate::runtime_semantics::frames::Frame;
use crate::value::Value;
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast::{self, Span};

/// Execution contexts on the stack before "Maximum call stack size exceeded". Node's default
/// stack allows a little over ten thousand frames of a simple recursive function.
pub const MAX_CONTEXTS: usize = 10_800;
/// Nested machine loops (built-ins calling back into JavaScript) before the same RangeError.
/// One level costs 4-8 KB of Rust stack in the dev profile (measured: getter, sort, map,
/// replace and ToPrimitive callbacks overflow the evaluator's 256 MB between 32,000 and
/// 64,000 levels), so 6,000 levels use under 48 MB — a 5x margin — while allowing the few
/// thousand levels Node allows.
pub const MAX_NATIVE_DEPTH: usize = 6_000;

/// What the machine does next.
pub enum Step<'a> {
    /// Evaluate an expression; its value is delivered to the top frame.
    Eval(&'a ast::Expr),
    /// Evaluate a statement; its completion is delivered to the top frame.
    Exec(&'a ast::Stmt),
    /// Deliver a completion to the top frame of the running context.
    Deliver(JsResult<Value>),
    /// Nothing pending (between runs).
    Idle,
}

/// How a context ends: what its completion becomes and where it goes.
pub enum ContextKind<'a> {
    /// The script (ScriptEvaluation, §16.1.6).
    Script,
    /// An ordinary [[Call]]: a return completion becomes the value.
    Call,
    /// [[Construct]] (§10.2.2): the result is decided from the body's completion and `this`.
    Construct {
        derived: bool,
        this_argument: Option<ObjectId>,
        env: EnvId,
    },
    /// A class field initializer or static block run for `receiver`.
    FieldInit,
    /// An async function body (AsyncFunctionStart, §27.7.5.1).
    AsyncFunction {
        /// The promise of the call (promiseCapability.[[Promise]]).
        promise: ObjectId,
        /// The Continuation object that holds this context while it waits in Await.
        holder: Option<ObjectId>,
    },
    /// A generator body (GeneratorStart, §27.5.3.1). The Generator component is `None`
    /// while FunctionDeclarationInstantiation runs, before the generator object exists.
    Generator { generator: Option<ObjectId> },
    /// An async generator body (AsyncGeneratorStart, §27.6.3.2), likewise.
    AsyncGenerator { generator: Option<ObjectId> },
    /// Marker so the enum keeps its lifetime when no variant needs it.
    #[doc(hidden)]
    _Phantom(std::marker::PhantomData<&'a ()>),
}

/// An execution context (§9.4) with its frame stack.
pub struct ExecutionContext<'a> {
    /// The context's frames while it is off the execution context stack (suspended in a
    /// generator or an Await continuation, or not yet pushed). On the stack its frames are
    /// in [`Machine::frames`], from `frame_base` up, and this is empty.
    pub frames: Vec<Frame<'a>>,
    /// Where this context's frames start in [`Machine::frames`] while it is on the stack.
    pub frame_base: usize,
    /// The Function component: the function object, or `None` for the script.
    pub function: Option<ObjectId>,
    /// The LexicalEnvironment component.
    pub lex_env: EnvId,
    /// The VariableEnvironment component.
    pub var_env: EnvId,
    /// The PrivateEnvironment component.
    pub private_env: Option<PrivateEnvId>,
    pub kind: ContextKind<'a>,
    /// Whether the code is strict mode code.
    pub strict: bool,
    /// When this context completes (or suspends), its result goes to a nested Rust loop
    /// rather than to the frame below.
    pub return_to_native: bool,
    /// Host-defined, for the call stack of errors (`crate::stack`): where the code below
    /// called this context (the call expression's position, as V8 reports it), set each
    /// time the context is pushed, so a resumed generator records its `next()` call; while
    /// the context is suspended in Await, the position of that `await`.
    pub call_site: Span,
}

#[derive(Default)]
pub struct Machine<'a> {
    /// The execution context stack (§9.4); the last is the running execution context.
    /// Push and pop through [`Machine::push_context`] and [`Machine::pop_context`], which
    /// move a context's frames onto and off the shared frame stack.
    pub contexts: Vec<ExecutionContext<'a>>,
    /// The frames of every context on the stack, each context's from its `frame_base` up:
    /// one vector for all, so a call allocates no frame storage of its own.
    pub frames: Vec<Frame<'a>>,
    pub step: Option<Step<'a>>,
    /// The completion a context delivered to the nested Rust loop that waits for it.
    pub(crate) native_result: Option<JsResult<Value>>,
    /// Nested Rust loops running (built-ins waiting for JavaScript they called), for the
    /// stack limit; the collector keeps their Rust locals alive (`gc::NativeRoots`).
    pub(crate) native_depth: usize,
    /// Built-in functions being called (innermost last), for the "active function object".
    pub(crate) active_builtins: Vec<ObjectId>,
    /// Steps taken so far (for `--max-steps`).
    pub steps: u64,
    /// How many [`eval_now`]/[`exec_now`] calls are running inside each other (bounded by
    /// [`NOW_DEPTH`], so the Rust stack stays bounded whatever calls them).
    pub(crate) now_depth: u8,
    /// The source span of the node being evaluated, for error snippets.
    pub span: Span,
    /// The span where the most recent exception was thrown.
    pub throw_span: Option<Span>,
    /// The value thrown at `throw_span`: an uncaught exception is underlined there only if it
    /// is this value (an exception caught by an async function or a built-in leaves no
    /// stale span behind).
    pub thrown: Option<Value>,
    /// A built-in pushed a context (a generator resumption) that will deliver its own result.
    pub context_pushed: bool,
    /// The first step of that pushed context.
    pub resume_step: Option<Step<'a>>,
    /// The name for NamedEvaluation of the anonymous function evaluated next.
    pub pending_name: Option<crate::value::PropertyKey>,
    /// A label set waiting for the loop statement evaluated next.
    pub pending_labels: crate::runtime_semantics::frames::Labels,
    /// A destructuring target's evaluated reference, on its way to the pattern.
    pub pending_ref: Option<crate::runtime_semantics::expressions::PropRef>,
    /// A generator that a for-of loop resumed delivered the value it yielded or returned
    /// rather than an iterator result object; this is whether it was done
    /// (`builtins::generator::generator_resume_for_of`). The loop takes it with the value.
    pub iteration_done: Option<bool>,
    /// Values the running job still needs after its callback returns (a reaction's
    /// capability, a thenable job's reject function): roots while the callback runs at
    /// native depth 0 (see [`host_call_job_callback`]).
    pub job_roots: Vec<Value>,
}

impl<'a> Machine<'a> {
    /// The built-in function currently running, if any (the active function object).
    pub fn active_builtin(&self) -> Option<ObjectId> {
        self.active_builtins.last().copied()
    }

    pub fn ctx(&self) -> &ExecutionContext<'a> {
        self.contexts.last().expect("a running execution context")
    }

    pub fn ctx_mut(&mut self) -> &mut ExecutionContext<'a> {
        self.contexts
            .last_mut()
            .expect("a running execution context")
    }

    pub fn push_frame(&mut self, f: Frame<'a>) {
        self.frames.push(f);
    }

    /// Takes the running context's top frame (`None` when it has none left).
    pub fn pop_frame(&mut self) -> Option<Frame<'a>> {
        let base = self.ctx().frame_base;
        if self.frames.len() > base {
            self.frames.pop()
        } else {
            None
        }
    }

    /// Pushes `ctx` on the execution context stack as the running context; its frames
    /// move onto the shared frame stack.
    pub fn push_context_frames(&mut self, mut ctx: ExecutionContext<'a>) {
        ctx.frame_base = self.frames.len();
        self.frames.append(&mut ctx.frames);
        self.contexts.push(ctx);
    }

    /// Removes the running context from the execution context stack, with the frames it
    /// still has (a suspended context keeps them; a finished one has none).
    pub fn pop_context(&mut self) -> ExecutionContext<'a> {
        let mut ctx = self.contexts.pop().expect("a running execution context");
        if self.frames.len() > ctx.frame_base {
            // Into the storage the context had before it was pushed, if it had any.
            ctx.frames.extend(self.frames.drain(ctx.frame_base..));
        }
        ctx
    }

    pub fn eval(&mut self, e: &'a ast::Expr) {
        self.step = Some(Step::Eval(e));
    }

    pub fn exec(&mut self, s: &'a ast::Stmt) {
        self.step = Some(Step::Exec(s));
    }

    pub fn deliver(&mut self, c: JsResult<Value>) {
        self.step = Some(Step::Deliver(c));
    }

    /// Pushes an Await frame for the code at `span`.
    pub fn push_await_at(&mut self, span: Span) {
        self.push_frame(Frame::Await { span });
    }

    /// Pushes an Await frame for the node being evaluated (library steps that await).
    pub fn push_await(&mut self) {
        let span = self.span;
        self.push_await_at(span);
    }

    pub fn ok(&mut self, v: Value) {
        self.step = Some(Step::Deliver(Ok(v)));
    }
}

/// The most [`eval_now`]/[`exec_now`]/[`deliver_now`] evaluations nested in one turn of the
/// loop. Measured in CPU time against the build before them (best of 7): 4 and 8 run calls
/// and generators 7-15 % faster; 32 saves more instructions but was slower than none on
/// generators (334 against 287 ms) — the deeper Rust stack leaves the cache.
const NOW_DEPTH: u8 = 8;

/// Whether the step that comes next may run at once, inside the current one: the loop would
/// do nothing between the two but count the step (no limit check is due, and the nesting is
/// within [`NOW_DEPTH`]). Not when running step by step (`AgentOptions::step_by_step`), so
/// that `spec-tests/tests/pure_expressions.rs` compares the shortcut with a turn per step.
#[inline]
pub(crate) fn may_run_now(agent: &Agent) -> bool {
    agent.machine.now_depth < NOW_DEPTH
        && agent.machine.steps + 1 < agent.host.limits.next_check
        && !agent.options.step_by_step
}

/// Evaluates `e` now rather than as the machine's next step: the same evaluation, counted
/// as the step it would have been, without a turn of the loop (each turn costs about as
/// much as a small step). The collector's safe point is only deferred to the next turn.
#[inline]
pub fn eval_now<'a>(agent: &mut Agent<'a>, e: &'a ast::Expr) {
    if !may_run_now(agent) {
        return agent.machine.eval(e);
    }
    run_now(agent, Some(e.span), |agent| {
        crate::runtime_semantics::expressions::evaluate_expression(agent, e)
    });
}

/// Runs one step at once, nested in the running one: counted as a step, with `span` (an
/// evaluation's node) as the machine's position, within [`NOW_DEPTH`].
#[inline]
fn run_now<'a>(agent: &mut Agent<'a>, span: Option<Span>, step: impl FnOnce(&mut Agent<'a>)) {
    agent.machine.now_depth += 1;
    agent.machine.steps += 1;
    if let Some(span) = span {
        agent.machine.span = span;
    }
    step(agent);
    agent.machine.now_depth -= 1;
}

/// Delivers completion `c` now to the frame waiting for it rather than as the machine's next
/// step (see [`eval_now`]). Abrupt completions, and a completion that ends its context, take
/// the loop's turn (it records thrown values' positions and finishes contexts).
#[inline]
pub fn deliver_now(agent: &mut Agent, c: JsResult<Value>) {
    if c.is_ok() && may_run_now(agent) {
        if let Some(frame) = agent.machine.pop_frame() {
            return run_now(agent, None, |agent| {
                crate::runtime_semantics::frames::resume(agent, frame, c)
            });
        }
    }
    agent.machine.deliver(c);
}

/// Evaluates statement `s` now rather than as the machine's next step (see [`eval_now`]).
#[inline]
pub fn exec_now<'a>(agent: &mut Agent<'a>, s: &'a ast::Stmt) {
    if !may_run_now(agent) {
        return agent.machine.exec(s);
    }
    run_now(agent, Some(s.span), |agent| {
        crate::runtime_semantics::statements::evaluate_statement(agent, s)
    });
}

/// Runs the machine until the innermost nested loop's context delivers its result.
///
/// Each loop is a level of the collector's native roots (`gc::NativeRoots`): the Rust code
/// that started it waits in a step of the enclosing level, and gets the result rooted.
pub fn run<'a>(agent: &mut Agent<'a>) -> JsResult<Value> {
    let native = agent.machine.native_depth > 0;
    agent.heap.native_roots.enter(native);
    let r = run_steps(agent);
    agent.heap.native_roots.leave();
    agent.heap.native_roots.keep_completion(&r);
    r
}

fn run_steps<'a>(agent: &mut Agent<'a>) -> JsResult<Value> {
    loop {
        if let Some(r) = agent.machine.native_result.take() {
            return r;
        }
        agent.heap.native_roots.step_started();
        // The limits (steps, wall time, cancellation), checked with the step counter.
        crate::limits::count_step(agent)?;
        // The collector's safe point: between two steps, every id the program can still use
        // is in the machine (contexts, frames, the pending step) or the realm, or held by
        // the Rust code of a step waiting for this loop (a built-in that called back into
        // JavaScript), which `gc::NativeRoots` keeps. The heap limit is checked here too.
        if crate::gc::needs_attention(agent) {
            crate::gc::safe_point(agent)?;
        }
        let step = agent.machine.step.take().unwrap_or(Step::Idle);
        match step {
            Step::Eval(e) => {
                agent.machine.span = e.span;
                crate::runtime_semantics::expressions::evaluate_expression(agent, e);
            }
            Step::Exec(s) => {
                agent.machine.span = s.span;
                crate::runtime_semantics::statements::evaluate_statement(agent, s);
            }
            Step::Deliver(c) => {
                if let Err(Abrupt::Terminate(_)) = c {
                    // Unwind everything to the nearest nested loop without running any frame.
                    let ctx = agent.machine.pop_context();
                    if ctx.return_to_native {
                        return c;
                    }
                    agent.machine.deliver(c);
                    continue;
                }
                if let Err(Abrupt::Throw(v)) = &c {
                    let same = agent.machine.throw_span.is_some()
                        && agent
                            .machine
                            .thrown
                            .as_ref()
                            .is_some_and(|t| same_thrown(t, v));
                    if !same {
                        agent.machine.throw_span = Some(agent.machine.span);
                        agent.machine.thrown = Some(v.clone());
                    }
                }
                let frame = agent.machine.pop_frame();
                match frame {
                    Some(frame) => crate::runtime_semantics::frames::resume(agent, frame, c),
                    None => finish_context(agent, c),
                }
            }
            Step::Idle => unreachable!("the machine ran with nothing pending"),
        }
    }
}

/// Whether two thrown values are the same (identity for objects), to tell a rethrow of the
/// exception in flight from a new one.
pub fn same_thrown(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x == y,
        (Value::Object(_), _) | (_, Value::Object(_)) => false,
        _ => crate::abstract_ops::same_value(a, b),
    }
}

/// A context has no frames left: its completion becomes its result (the end of
/// [[Call]]/[[Construct]], ScriptEvaluation, AsyncBlockStart, GeneratorStart, …), and the
/// result goes to the caller.
fn finish_context<'a>(agent: &mut Agent<'a>, c: JsResult<Value>) {
    let ctx = agent.machine.pop_context();
    let lex_env = ctx.lex_env;
    let is_function =
        ctx.function.is_some() && !matches!(ctx.kind, ContextKind::Script | ContextKind::FieldInit);
    let result = match ctx.kind {
        ContextKind::Script | ContextKind::FieldInit => c,
        // OrdinaryCallEvaluateBody / [[Call]] step 9-11: a return completion gives its value.
        ContextKind::Call => match c {
            Ok(_) => Ok(Value::Undefined),
            Err(Abrupt::Return(v)) => Ok(v),
            Err(e) => Err(e),
        },
        ContextKind::Construct {
            derived,
            this_argument,
            env,
        } => construct_result(agent, c, derived, this_argument, env),
        ContextKind::AsyncFunction { promise, .. } => {
            crate::builtins::async_function_completed(agent, promise, c)
        }
        ContextKind::Generator {
            generator: Some(generator),
        } => crate::builtins::generator_completed(agent, generator, c),
        ContextKind::AsyncGenerator {
            generator: Some(generator),
        } => crate::builtins::async_generator_completed(agent, generator, c),
        // FunctionDeclarationInstantiation (or making the generator object) threw before
        // there was a generator: the call throws.
        ContextKind::Generator { generator: None }
        | ContextKind::AsyncGenerator { generator: None } => c,
        ContextKind::_Phantom(_) => unreachable!(),
    };
    if is_function {
        free_call_environments(agent, lex_env);
    }
    return_from_context(agent, ctx.return_to_native, result);
}

/// NOTE(mini-js): the records a finished call made (its function Environment Record and the
/// declarative ones inside it) are unreachable unless a closure captured them
/// (`Env::captured`, which marks every record outward) or a mapped arguments object aliases
/// the parameters. Those that are not are freed now, not at the next collection.
fn free_call_environments(agent: &mut Agent, lex_env: EnvId) {
    let mut next = Some(lex_env);
    while let Some(id) = next {
        let env = agent.heap.env(id);
        if env.captured {
            return;
        }
        let (outer, last) = match &env.kind {
            EnvKind::Function {
                mapped_arguments: Some(_),
                ..
            } => return,
            EnvKind::Function { .. } => (None, true),
            EnvKind::Declarative => (env.outer, false),
            EnvKind::Global { .. } => return,
        };
        agent.heap.free_env(id);
        if last {
            return;
        }
        next = outer;
    }
}

/// Gives a finished (or suspended) context's result to whoever is waiting for it.
pub fn return_from_context(agent: &mut Agent, return_to_native: bool, result: JsResult<Value>) {
    if return_to_native {
        agent.machine.native_result = Some(result);
        agent.machine.step = None;
    } else {
        deliver_now(agent, result);
    }
}

/// [[Construct]] steps 10-12 (§10.2.2): the value of `new F()`.
fn construct_result(
    agent: &mut Agent,
    c: JsResult<Value>,
    derived: bool,
    this_argument: Option<ObjectId>,
    env: EnvId,
) -> JsResult<Value> {
    // 10. If result is a return completion, then
    let value = match c {
        Err(Abrupt::Return(v)) => v,
        // 11. Else, ReturnIfAbrupt(result).
        Err(e) => return Err(e),
        Ok(_) => Value::Undefined,
    };
    // 10.a. If result.[[Value]] is an Object, return result.[[Value]].
    if let Value::Object(_) = value {
        return Ok(value);
    }
    // 10.b. If kind is base, return thisArgument.
    if !derived {
        return Ok(Value::Object(
            this_argument.expect("base constructors have thisArgument"),
        ));
    }
    // 10.c. If result.[[Value]] is not undefined, throw a TypeError exception.
    if !value.is_undefined() {
        return Err(agent.type_error("Derived constructors may only return object or undefined"));
    }
    // 12. Let thisBinding be ? constructorEnv.GetThisBinding().
    match &agent.heap.env(env).kind {
        EnvKind::Function {
            this: ThisBinding::Initialized(v),
            ..
        } => Ok(v.clone()),
        _ => Err(agent.reference_error(
            "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
        )),
    }
}

// ───────────────────────────── calls ─────────────────────────────

/// Checks the execution context stack before pushing another context.
pub fn check_stack(agent: &mut Agent) -> JsResult<()> {
    if agent.machine.contexts.len() >= MAX_CONTEXTS
        || agent.machine.native_depth >= MAX_NATIVE_DEPTH
    {
        return Err(agent.range_error("Maximum call stack size exceeded"));
    }
    Ok(())
}

/// The most arguments a call may receive (spread, apply, bound arguments): V8 throws
/// `RangeError: Maximum call stack size exceeded` past about 125,400 (its limit follows
/// the stack size). NOTE(mini-js): a fixed bound close to V8's, so no argument list can
/// grow without limit.
pub const MAX_ARGUMENTS: usize = 125_000;

/// Throws V8's RangeError for an argument list longer than [`MAX_ARGUMENTS`].
pub fn check_argument_count(agent: &mut Agent, n: usize) -> JsResult<()> {
    if n > MAX_ARGUMENTS {
        return Err(agent.range_error("Maximum call stack size exceeded"));
    }
    Ok(())
}

/// BoundFunctionExoticObject [[Call]] / [[Construct]] (§10.4.1.1-2) through a whole chain
/// of bound functions at once, without recursion: the innermost target, its bound `this`,
/// every level's [[BoundArguments]] (innermost first) followed by `args`, and the new
/// target (a level that is the new target hands it to its target, step 5 of [[Construct]]).
#[doc(alias = "BoundFunctionExoticObject")]
fn unwrap_bound(
    agent: &mut Agent,
    f: ObjectId,
    args: Vec<Value>,
    mut new_target: Option<ObjectId>,
) -> JsResult<(ObjectId, Value, Vec<Value>, Option<ObjectId>)> {
    let mut chunks: Vec<Vec<Value>> = Vec::new();
    let mut total = args.len();
    let mut cur = f;
    let mut this = Value::Undefined;
    while let ObjectKind::Bound(b) = &agent.heap.get(cur).kind {
        total += b.args.len();
        if !b.args.is_empty() {
            chunks.push(b.args.clone());
        }
        this = b.this.clone();
        if new_target == Some(cur) {
            new_target = Some(b.target);
        }
        cur = b.target;
    }
    check_argument_count(agent, total)?;
    let mut all = Vec::with_capacity(total);
    for c in chunks.into_iter().rev() {
        all.extend(c);
    }
    all.extend(args);
    Ok((cur, this, all, new_target))
}

/// Calls a built-in function's behaviour, tracking the active function object.
fn call_builtin(
    agent: &mut Agent,
    f: ObjectId,
    this: Value,
    args: &[Value],
    new_target: Option<ObjectId>,
) -> JsResult<Value> {
    let ObjectKind::Builtin(b) = &agent.heap.get(f).kind else {
        unreachable!("call_builtin on a built-in")
    };
    let func = b.func;
    agent.machine.active_builtins.push(f);
    let r = func(agent, this, args, new_target);
    agent.machine.active_builtins.pop();
    r
}

/// The captures of the running built-in closure (CreateBuiltinFunction's abstract closure).
pub fn active_captures<'b>(agent: &'b Agent) -> Option<&'b crate::builtins::Captures> {
    let f = agent.machine.active_builtin()?;
    match &agent.heap.get(f).kind {
        ObjectKind::Builtin(b) => b.captures.as_deref(),
        _ => None,
    }
}

/// [[Call]] from Rust (Call(F, V, args) in a built-in): runs a nested machine loop until the
/// function returns.
pub fn call_function(
    agent: &mut Agent,
    f: ObjectId,
    this: Value,
    args: Vec<Value>,
) -> JsResult<Value> {
    match &agent.heap.get(f).kind {
        ObjectKind::Builtin(_) => {
            check_stack(agent)?;
            agent.machine.native_depth += 1;
            let r = call_builtin(agent, f, this, &args, None);
            agent.machine.native_depth -= 1;
            if std::mem::take(&mut agent.machine.context_pushed) {
                // The built-in resumed a generator: wait for it to yield or finish.
                return run_pushed_context(agent);
            }
            r
        }
        ObjectKind::Bound(_) => {
            // BoundFunctionExoticObject [[Call]] (§10.4.1.1)
            let (target, bound_this, all, _) = unwrap_bound(agent, f, args, None)?;
            call_function(agent, target, bound_this, all)
        }
        ObjectKind::Function(_) => {
            check_stack(agent)?;
            let step = agent.machine.step.take();
            keep_step(agent, &step);
            agent.machine.native_depth += 1;
            let r = match prepare_call(agent, f, this, args, true) {
                Ok(()) => run(agent),
                Err(e) => Err(e),
            };
            agent.machine.native_depth -= 1;
            agent.machine.step = step;
            r
        }
        // Proxy exotic [[Call]] (§10.5.12)
        ObjectKind::Proxy(p) if p.callable => {
            check_stack(agent)?;
            crate::builtins::proxy::proxy_call(agent, f, this, args)
        }
        _ => Err(agent.type_error("not a function")),
    }
}

/// Roots the value of a pending step that Rust code keeps in a local while a nested loop
/// runs (see `gc::NativeRoots`).
fn keep_step(agent: &mut Agent, step: &Option<Step>) {
    if let Some(Step::Deliver(c)) = step {
        agent.heap.native_roots.keep_completion(c);
    }
}

/// Runs a context a built-in pushed (a resumed generator) to its next result.
fn run_pushed_context(agent: &mut Agent) -> JsResult<Value> {
    agent.machine.ctx_mut().return_to_native = true;
    // The pushed context's pending step was set by the built-in.
    let first = agent.machine.resume_step.take();
    run_top_context(agent, first, true)
}

/// Runs the context on top of the stack (one that returns to native) from `first` until it
/// finishes or suspends, keeping the pending step of the code below it. `nested` says a
/// built-in's Rust code waits for the result (a nested loop, counted in the native depth);
/// otherwise the loop runs at the caller's depth (the job loop's top level).
fn run_top_context<'a>(
    agent: &mut Agent<'a>,
    first: Option<Step<'a>>,
    nested: bool,
) -> JsResult<Value> {
    let step = agent.machine.step.take();
    keep_step(agent, &step);
    agent.machine.step = first;
    let depth = usize::from(nested);
    agent.machine.native_depth += depth;
    let r = run(agent);
    agent.machine.native_depth -= depth;
    agent.machine.step = step;
    r
}

/// [[Construct]] from Rust (Construct(F, args, newTarget)): a nested loop for ECMAScript
/// constructors.
pub fn construct_function(
    agent: &mut Agent,
    f: ObjectId,
    args: Vec<Value>,
    new_target: ObjectId,
) -> JsResult<Value> {
    match &agent.heap.get(f).kind {
        ObjectKind::Builtin(_) => {
            check_stack(agent)?;
            agent.machine.native_depth += 1;
            let r = call_builtin(agent, f, Value::Undefined, &args, Some(new_target));
            agent.machine.native_depth -= 1;
            r
        }
        ObjectKind::Bound(_) => {
            // BoundFunctionExoticObject [[Construct]] (§10.4.1.2)
            let (target, _, all, nt) = unwrap_bound(agent, f, args, Some(new_target))?;
            construct_function(agent, target, all, nt.unwrap_or(target))
        }
        ObjectKind::Function(_) => {
            check_stack(agent)?;
            let step = agent.machine.step.take();
            keep_step(agent, &step);
            agent.machine.native_depth += 1;
            let r = match prepare_construct(agent, f, args, new_target, true) {
                Ok(()) => run(agent),
                Err(e) => Err(e),
            };
            agent.machine.native_depth -= 1;
            agent.machine.step = step;
            r
        }
        // Proxy exotic [[Construct]] (§10.5.13)
        ObjectKind::Proxy(p) if p.constructor => {
            check_stack(agent)?;
            crate::builtins::proxy::proxy_construct(agent, f, args, new_target)
        }
        _ => Err(agent.type_error("not a constructor")),
    }
}

/// [[Call]] from a machine frame: ECMAScript functions push a context whose result is
/// delivered to the caller's top frame; built-ins run at once.
pub fn call_from_machine<'a>(agent: &mut Agent<'a>, f: ObjectId, this: Value, args: Vec<Value>) {
    match &agent.heap.get(f).kind {
        ObjectKind::Function(_) => {
            if let Err(e) =
                check_stack(agent).and_then(|_| prepare_call(agent, f, this, args, false))
            {
                agent.machine.deliver(Err(e));
            }
        }
        ObjectKind::Builtin(_) => {
            let r = call_builtin(agent, f, this, &args, None);
            if std::mem::take(&mut agent.machine.context_pushed) {
                // A resumed generator's context delivers its own result to our frame.
                agent.machine.step = agent.machine.resume_step.take();
                return;
            }
            agent.machine.deliver(r);
        }
        ObjectKind::Bound(_) => match unwrap_bound(agent, f, args, None) {
            Ok((target, bound_this, all, _)) => call_from_machine(agent, target, bound_this, all),
            Err(e) => agent.machine.deliver(Err(e)),
        },
        ObjectKind::Proxy(p) if p.callable => {
            let r = call_function(agent, f, this, args);
            agent.machine.deliver(r);
        }
        _ => {
            let e = agent.type_error("not a function");
            agent.machine.deliver(Err(e));
        }
    }
}

/// [[Construct]] from a machine frame.
pub fn construct_from_machine<'a>(
    agent: &mut Agent<'a>,
    f: ObjectId,
    args: Vec<Value>,
    new_target: ObjectId,
) {
    match &agent.heap.get(f).kind {
        ObjectKind::Function(_) => {
            if let Err(e) = check_stack(agent)
                .and_then(|_| prepare_construct(agent, f, args, new_target, false))
            {
                agent.machine.deliver(Err(e));
            }
        }
        ObjectKind::Builtin(_) => {
            let r = call_builtin(agent, f, Value::Undefined, &args, Some(new_target));
            agent.machine.deliver(r);
        }
        ObjectKind::Bound(_) => match unwrap_bound(agent, f, args, Some(new_target)) {
            Ok((target, _, all, nt)) => {
                construct_from_machine(agent, target, all, nt.unwrap_or(target))
            }
            Err(e) => agent.machine.deliver(Err(e)),
        },
        ObjectKind::Proxy(p) if p.constructor => {
            let r = construct_function(agent, f, args, new_target);
            agent.machine.deliver(r);
        }
        _ => {
            let e = agent.type_error("not a constructor");
            agent.machine.deliver(Err(e));
        }
    }
}

/// [[Call]] ( thisArgument, argumentsList ) (§10.2.1) up to evaluating the body: pushes the
/// callee context (PrepareForOrdinaryCall), binds `this` (OrdinaryCallBindThis) and starts
/// FunctionDeclarationInstantiation and the body (OrdinaryCallEvaluateBody) as frames.
#[doc(alias = "PrepareForOrdinaryCall")]
#[doc(alias = "OrdinaryCallBindThis")]
pub fn prepare_call<'a>(
    agent: &mut Agent<'a>,
    f: ObjectId,
    this: Value,
    args: Vec<Value>,
    return_to_native: bool,
) -> JsResult<()> {
    let ObjectKind::Function(data) = &agent.heap.get(f).kind else {
        unreachable!("prepare_call on an ECMAScript function")
    };
    // 2. If F.[[IsClassConstructor]] is true, throw a TypeError exception.
    if data.is_class_constructor {
        let name = crate::describe::function_name(agent, f).unwrap_or_default();
        return Err(agent.type_error(format!(
            "Class constructor {name} cannot be invoked without 'new'"
        )));
    }
    let code = data.code;
    let this_mode = data.this_mode;
    let outer = data.env;
    let private_env = data.private_env.clone();
    let home = data.home_object;
    // PrepareForOrdinaryCall 4-7: a new Function Environment Record.
    let env = new_function_environment(
        agent,
        f,
        code,
        outer,
        Value::Undefined,
        home,
        args.is_empty(),
    );
    // OrdinaryCallBindThis (§10.2.1.2)
    if this_mode != crate::environment::ThisMode::Lexical {
        // 5-6. strict: thisValue is thisArgument; else undefined/null become the global
        //      object and primitives are boxed.
        let this_value = if this_mode == crate::environment::ThisMode::Strict {
            this
        } else if this.is_nullish() {
            Value::Object(agent.global_object)
        } else {
            Value::Object(crate::abstract_ops::to_object(agent, &this)?)
        };
        if let EnvKind::Function { this, .. } = &mut agent.heap.env_mut(env).kind {
            *this = ThisBinding::Initialized(this_value);
        }
    }
    let kind = if code.is_async && code.is_generator {
        ContextKind::AsyncGenerator { generator: None }
    } else if code.is_async {
        ContextKind::AsyncFunction {
            promise: crate::builtins::async_function::new_async_function_promise(agent),
            holder: None,
        }
    } else if code.is_generator {
        ContextKind::Generator { generator: None }
    } else {
        ContextKind::Call
    };
    push_function_context(
        agent,
        f,
        code,
        env,
        private_env,
        kind,
        args,
        return_to_native,
    );
    Ok(())
}

/// [[Construct]] ( argumentsList, newTarget ) (§10.2.2) up to evaluating the body.
pub fn prepare_construct<'a>(
    agent: &mut Agent<'a>,
    f: ObjectId,
    args: Vec<Value>,
    new_target: ObjectId,
    return_to_native: bool,
) -> JsResult<()> {
    let ObjectKind::Function(data) = &agent.heap.get(f).kind else {
        unreachable!("prepare_construct on an ECMAScript function")
    };
    if !data.is_constructor {
        let name = crate::describe::function_name(agent, f).unwrap_or_default();
        return Err(agent.type_error(format!("{name} is not a constructor")));
    }
    let code = data.code;
    let outer = data.env;
    let private_env = data.private_env.clone();
    let home = data.home_object;
    // 1-2. Let callerContext be the running execution context; let kind be F.[[ConstructorKind]].
    let derived = data.constructor_kind == crate::object::ConstructorKind::Derived;
    // 3. If kind is base, then
    let this_argument = if !derived {
        // a. Let thisArgument be ? OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%").
        let op = agent.intrinsics.object_prototype;
        Some(crate::abstract_ops::ordinary_create_from_constructor(
            agent,
            Some(new_target),
            op,
            ObjectKind::Ordinary,
        )?)
    } else {
        None
    };
    // 4. Let calleeContext be PrepareForOrdinaryCall(F, newTarget).
    let env = new_function_environment(
        agent,
        f,
        code,
        outer,
        Value::Object(new_target),
        home,
        args.is_empty(),
    );
    // 6. If kind is base, then
    if let Some(t) = this_argument {
        // a. Perform OrdinaryCallBindThis(F, calleeContext, thisArgument).
        if let EnvKind::Function { this, .. } = &mut agent.heap.env_mut(env).kind {
            *this = ThisBinding::Initialized(Value::Object(t));
        }
    }
    // 6.b. Let initializeResult be Completion(InitializeInstanceElements(thisArgument, F)).
    //      It runs before OrdinaryCallEvaluateBody (step 8), so FunctionDeclarationInstantiation
    //      and the body wait in a frame below the field initializers.
    let fields = instance_fields(agent, f);
    let initialize = this_argument.filter(|_| !fields.is_empty() || has_private_methods(agent, f));
    agent.machine.push_context_frames(ExecutionContext {
        frames: Vec::new(),
        frame_base: 0,
        function: Some(f),
        lex_env: env,
        var_env: env,
        private_env,
        kind: ContextKind::Construct {
            derived,
            this_argument,
            env,
        },
        strict: code.strict,
        return_to_native,
        call_site: agent.machine.span,
    });
    crate::trace::function_entered(agent, f, code);
    match initialize {
        Some(t) => {
            agent
                .machine
                .push_frame(Frame::EvaluateBody { code, env, args });
            agent.machine.ok(Value::Undefined);
            crate::runtime_semantics::functions::start_initialize_instance_elements(
                agent, t, f, fields,
            );
        }
        // 8. Let result be Completion(OrdinaryCallEvaluateBody(F, argumentsList)).
        None => crate::runtime_semantics::functions::function_declaration_instantiation(
            agent, code, env, args,
        ),
    }
    Ok(())
}

fn instance_fields<'a>(agent: &Agent<'a>, f: ObjectId) -> Vec<ClassFieldDefinition<'a>> {
    match &agent.heap.get(f).kind {
        ObjectKind::Function(d) => d.fields.clone(),
        _ => Vec::new(),
    }
}

fn has_private_methods(agent: &Agent, f: ObjectId) -> bool {
    crate::runtime_semantics::functions::private_methods_of(agent, f).is_some()
}

/// NewFunctionEnvironment ( F, newTarget ) (§9.1.2.4)
#[doc(alias = "NewFunctionEnvironment")]
fn new_function_environment(
    agent: &mut Agent,
    f: ObjectId,
    code: &ast::Function,
    outer: EnvId,
    new_target: Value,
    home: Option<ObjectId>,
    _no_args: bool,
) -> EnvId {
    let this = if code.kind == ast::FunctionKind::Arrow {
        ThisBinding::Lexical
    } else {
        ThisBinding::Uninitialized
    };
    agent.heap.alloc_env(Env {
        outer: Some(outer),
        // FunctionDeclarationInstantiation fills it (usually from a template of exactly
        // the right size).
        bindings: Vec::new(),
        kind: EnvKind::Function {
            this,
            function: f,
            new_target,
            home,
            arguments: None,
            mapped_arguments: None,
        },
        captured: false,
    })
}

/// Pushes the callee context and the frames of FunctionDeclarationInstantiation and the body.
fn push_function_context<'a>(
    agent: &mut Agent<'a>,
    f: ObjectId,
    code: &'a ast::Function,
    env: EnvId,
    private_env: Option<PrivateEnvId>,
    kind: ContextKind<'a>,
    args: Vec<Value>,
    return_to_native: bool,
) {
    agent.machine.push_context_frames(ExecutionContext {
        frames: Vec::new(),
        frame_base: 0,
        function: Some(f),
        lex_env: env,
        var_env: env,
        private_env,
        kind,
        strict: code.strict,
        return_to_native,
        call_site: agent.machine.span,
    });
    crate::trace::function_entered(agent, f, code);
    crate::runtime_semantics::functions::function_declaration_instantiation(agent, code, env, args);
}

impl<'a> Machine<'a> {
    /// Pushes a context that runs on its own (a script, a job, a resumed generator).
    pub fn push_context(&mut self, mut ctx: ExecutionContext<'a>) {
        ctx.call_site = self.span;
        self.push_context_frames(ctx);
    }

    /// The native nesting depth (for the collector's safe points).
    pub fn native_depth(&self) -> usize {
        self.native_depth
    }

    pub fn set_native_result(&mut self, r: JsResult<Value>) {
        self.native_result = Some(r);
    }
}

/// Resumes the execution context suspended in `holder` (an Await continuation, or an async
/// generator) with `completion` — the step "resume the suspended evaluation of asyncContext
/// using completion" of Await's closures (§27.7.5.3 steps 3.d, 5.d), and AsyncGeneratorResume
/// step 7 — and runs it until it suspends again or finishes.
///
/// `nested` is true when a built-in's Rust code waits for the result (AsyncGeneratorResume
/// from next()), false when the job loop resumes the context at top level.
pub fn run_suspended_context(
    agent: &mut Agent,
    holder: ObjectId,
    completion: JsResult<Value>,
    nested: bool,
) -> JsResult<Value> {
    let ctx = match &mut agent.heap.get_mut(holder).kind {
        ObjectKind::Continuation(c) => c.take(),
        ObjectKind::AsyncGenerator(g) => g.context.take(),
        _ => None,
    };
    let Some(mut ctx) = ctx else {
        unreachable!("resuming a context that is not suspended")
    };
    ctx.return_to_native = true;
    ctx.call_site = agent.machine.span;
    // NOTE(gc): with `nested` false the loop below runs at native depth 0, so the collector
    // may run in it while `step` and `holder` sit in Rust locals. That is sound only because
    // the job loop has no step pending and needs nothing after this returns; a caller that
    // does must keep its ids reachable from `gc::trace_roots` (the running job).
    agent.machine.push_context_frames(*ctx);
    run_top_context(agent, Some(Step::Deliver(completion)), nested)
}

/// The job side of Await's onFulfilled/onRejected closures: resume the context held by
/// `holder`. Called from the job loop.
pub fn resume_suspended_context(
    agent: &mut Agent,
    holder: ObjectId,
    completion: JsResult<Value>,
) -> JsResult<Value> {
    if agent.tracer.is_some() {
        let (clause, how) = match &completion {
            Ok(_) => (
                "§27.7.5.3 Await step 3.d",
                "resumes with a normal completion",
            ),
            Err(_) => (
                "§27.7.5.3 Await step 5.d",
                "resumes with a throw completion",
            ),
        };
        crate::trace::await_resumed(agent, clause, holder, how);
    }
    run_suspended_context(agent, holder, completion, false)
}

/// Runs a context a built-in just pushed (with `return_to_native` set), delivering `first`
/// to its top frame, until it suspends or finishes: the nested loop of built-ins that start
/// an async closure (Array.fromAsync's AsyncFunctionStart).
pub fn run_pushed(agent: &mut Agent, first: JsResult<Value>) -> JsResult<Value> {
    run_top_context(agent, Some(Step::Deliver(first)), true)
}

/// HostCallJobCallback ( jobCallback, V, argumentsList ) (§9.5.3), as the job loop uses it:
/// an ECMAScript callback runs in the machine's top-level loop (native depth 0) rather than
/// a nested one, so a long-running then-callback or timer callback is a safe point for the
/// collector like the script itself. `roots` are the job's values that Rust code still needs
/// after the call; they are traced while it runs.
#[doc(alias = "HostCallJobCallback")]
pub fn host_call_job_callback(
    agent: &mut Agent,
    f: &Value,
    this: Value,
    args: &[Value],
    roots: &[Value],
) -> JsResult<Value> {
    let function = match f {
        Value::Object(o) if matches!(agent.heap.get(*o).kind, ObjectKind::Function(_)) => *o,
        _ => return crate::abstract_ops::call(agent, f, this, args),
    };
    if agent.machine.native_depth != 0 {
        return crate::abstract_ops::call(agent, f, this, args);
    }
    check_stack(agent)?;
    let n = roots.len();
    agent.machine.job_roots.extend_from_slice(roots);
    let step = agent.machine.step.take();
    keep_step(agent, &step);
    let r = match prepare_call(agent, function, this, args.to_vec(), true) {
        Ok(()) => run(agent),
        Err(e) => Err(e),
    };
    agent.machine.step = step;
    let keep = agent.machine.job_roots.len() - n;
    agent.machine.job_roots.truncate(keep);
    r
}
