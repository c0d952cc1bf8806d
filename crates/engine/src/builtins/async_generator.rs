//! AsyncGenerator objects (ECMA-262 §27.6, shared/spec/08-async-generator-objects.txt).
//!
//! Requests (next/return/throw) queue up in [[AsyncGeneratorQueue]]; each holds the promise
//! its call returned. The generator's context is parked in [`AsyncGeneratorData::context`]
//! while it is suspended at its start, at a `yield`, or in an Await.

use super::promise::{self, ReactionHandler};
use super::{define_method, BuiltinFrame};
use crate::abstract_ops::operations_on_iterator_objects::create_iterator_result_object;
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::runtime_semantics::frames::Frame;
use crate::runtime_semantics::machine::{return_from_context, ContextKind, ExecutionContext};
use crate::value::Value;
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast;
use std::collections::VecDeque;

/// [[AsyncGeneratorState]]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncGeneratorState {
    SuspendedStart,
    SuspendedYield,
    Executing,
    DrainingQueue,
    Completed,
}

/// AsyncGeneratorRequest Record (§27.6.3.1). [[Capability]] is a promise made by
/// NewPromiseCapability(%Promise%); only the spec's steps resolve it, so the promise alone
/// is kept.
pub struct AsyncGeneratorRequest {
    /// [[Completion]]: Ok (normal), Err(Return) or Err(Throw).
    pub completion: JsResult<Value>,
    /// [[Capability]].[[Promise]]
    pub promise: ObjectId,
}

/// The internal slots of an AsyncGenerator instance (§27.6.2).
pub struct AsyncGeneratorData<'a> {
    /// [[AsyncGeneratorState]]
    pub state: AsyncGeneratorState,
    /// [[AsyncGeneratorContext]]: present while suspended (at the start, a yield or an await).
    pub context: Option<Box<ExecutionContext<'a>>>,
    /// [[AsyncGeneratorQueue]]
    pub queue: VecDeque<AsyncGeneratorRequest>,
}

/// The steps of AsyncGeneratorYield and AsyncGeneratorUnwrapYieldResumption that wait in a
/// frame for an Await or a resumption.
pub enum AsyncGeneratorStep {
    /// Yield step 2: `AsyncGeneratorYield(? Await(value))` — the awaited value arrived.
    YieldAwaited,
    /// AsyncGeneratorYield step 12.d/f: the generator was resumed with this completion.
    Resumed,
    /// AsyncGeneratorUnwrapYieldResumption steps 2-5: the awaited return value arrived.
    ReturnAwaited,
}

/// Installs next/return/throw on %AsyncGeneratorPrototype% (§27.6.1).
pub fn init_prototype(agent: &mut Agent, proto: ObjectId) {
    define_method(agent, proto, "next", async_generator_prototype_next, 1);
    define_method(agent, proto, "return", async_generator_prototype_return, 1);
    define_method(agent, proto, "throw", async_generator_prototype_throw, 1);
}

fn data_mut<'b, 'a>(agent: &'b mut Agent<'a>, g: ObjectId) -> &'b mut AsyncGeneratorData<'a> {
    match &mut agent.heap.get_mut(g).kind {
        ObjectKind::AsyncGenerator(d) => d,
        _ => unreachable!("an async generator object"),
    }
}

fn state_of(agent: &Agent, g: ObjectId) -> AsyncGeneratorState {
    match &agent.heap.get(g).kind {
        ObjectKind::AsyncGenerator(d) => d.state,
        _ => unreachable!("an async generator object"),
    }
}

fn set_state(agent: &mut Agent, g: ObjectId, state: AsyncGeneratorState) {
    data_mut(agent, g).state = state;
}

/// AsyncGeneratorValidate ( generator, generatorBrand ) (§27.6.3.3)
#[doc(alias = "AsyncGeneratorValidate")]
fn async_generator_validate(
    agent: &mut Agent,
    generator: &Value,
    method: &str,
) -> JsResult<ObjectId> {
    // 1-3. Perform ? RequireInternalSlot(generator, [[AsyncGeneratorContext]]),
    //      [[AsyncGeneratorState]] and [[AsyncGeneratorQueue]].
    // 4. (The brand of async generators of source text is always empty.)
    if let Value::Object(g) = generator {
        if matches!(agent.heap.get(*g).kind, ObjectKind::AsyncGenerator(_)) {
            return Ok(*g);
        }
    }
    let shown = crate::describe::brief_value(agent, generator);
    Err(agent.type_error(format!(
        "{method} method called on incompatible receiver {shown}"
    )))
}

/// Steps 1-4 shared by next/return/throw: a new promise capability, and the validation
/// whose failure rejects it (IfAbruptRejectPromise).
fn request_prelude(
    agent: &mut Agent,
    this: &Value,
    method: &str,
) -> Result<(ObjectId, ObjectId), ObjectId> {
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    let p = promise::create_intrinsic_promise(agent);
    // 3. Let result be Completion(AsyncGeneratorValidate(generator, empty)).
    match async_generator_validate(agent, this, method) {
        Ok(g) => Ok((g, p)),
        // 4. IfAbruptRejectPromise(result, promiseCapability).
        Err(Abrupt::Throw(e)) => {
            promise::reject_promise(agent, p, e);
            Err(p)
        }
        Err(_) => Err(p),
    }
}

/// %AsyncGeneratorPrototype%.next ( value ) (§27.6.1.2)
fn async_generator_prototype_next(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-4.
    let (generator, p) = match request_prelude(agent, &this, "AsyncGenerator.prototype.next") {
        Ok(x) => x,
        Err(p) => return Ok(Value::Object(p)),
    };
    // 5. Let state be generator.[[AsyncGeneratorState]].
    let state = state_of(agent, generator);
    // 6. If state is completed, then
    if state == AsyncGeneratorState::Completed {
        // a. Let iteratorResult be CreateIteratorResultObject(undefined, true).
        let r = create_iterator_result_object(agent, Value::Undefined, true);
        // b. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
        promise::resolve_promise(agent, p, Value::Object(r));
        // c. Return promiseCapability.[[Promise]].
        return Ok(Value::Object(p));
    }
    // 7. Let completion be NormalCompletion(value).
    let completion = Ok(args.first().cloned().unwrap_or_default());
    // 8. Perform AsyncGeneratorEnqueue(generator, completion, promiseCapability).
    async_generator_enqueue(agent, generator, completion.clone(), p);
    // 9. If state is either suspended-start or suspended-yield, then
    if matches!(
        state,
        AsyncGeneratorState::SuspendedStart | AsyncGeneratorState::SuspendedYield
    ) {
        // a. Perform AsyncGeneratorResume(generator, completion).
        async_generator_resume(agent, generator, completion)?;
    }
    // 10. Else, Assert: state is either executing or draining-queue.
    // 11. Return promiseCapability.[[Promise]].
    Ok(Value::Object(p))
}

/// %AsyncGeneratorPrototype%.return ( value ) (§27.6.1.3)
fn async_generator_prototype_return(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-4.
    let (generator, p) = match request_prelude(agent, &this, "AsyncGenerator.prototype.return") {
        Ok(x) => x,
        Err(p) => return Ok(Value::Object(p)),
    };
    // 5. Let completion be ReturnCompletion(value).
    let completion = Err(Abrupt::Return(args.first().cloned().unwrap_or_default()));
    // 6. Perform AsyncGeneratorEnqueue(generator, completion, promiseCapability).
    async_generator_enqueue(agent, generator, completion.clone(), p);
    // 7. Let state be generator.[[AsyncGeneratorState]].
    match state_of(agent, generator) {
        // 8. If state is either suspended-start or completed, then
        AsyncGeneratorState::SuspendedStart | AsyncGeneratorState::Completed => {
            // a. Set generator.[[AsyncGeneratorState]] to draining-queue.
            set_state(agent, generator, AsyncGeneratorState::DrainingQueue);
            // b. Perform AsyncGeneratorAwaitReturn(generator).
            async_generator_await_return(agent, generator);
        }
        // 9. Else if state is suspended-yield, then
        AsyncGeneratorState::SuspendedYield => {
            // a. Perform AsyncGeneratorResume(generator, completion).
            async_generator_resume(agent, generator, completion)?;
        }
        // 10. Else, Assert: state is either executing or draining-queue.
        _ => {}
    }
    // 11. Return promiseCapability.[[Promise]].
    Ok(Value::Object(p))
}

/// %AsyncGeneratorPrototype%.throw ( exception ) (§27.6.1.4)
fn async_generator_prototype_throw(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-4.
    let (generator, p) = match request_prelude(agent, &this, "AsyncGenerator.prototype.throw") {
        Ok(x) => x,
        Err(p) => return Ok(Value::Object(p)),
    };
    let exception = args.first().cloned().unwrap_or_default();
    // 5. Let state be generator.[[AsyncGeneratorState]].
    let mut state = state_of(agent, generator);
    // 6. If state is suspended-start, then
    if state == AsyncGeneratorState::SuspendedStart {
        // a. Set generator.[[AsyncGeneratorState]] to completed.
        set_state(agent, generator, AsyncGeneratorState::Completed);
        data_mut(agent, generator).context = None;
        // b. Set state to completed.
        state = AsyncGeneratorState::Completed;
    }
    // 7. If state is completed, then
    if state == AsyncGeneratorState::Completed {
        // a. Perform ! Call(promiseCapability.[[Reject]], undefined, « exception »).
        promise::reject_promise(agent, p, exception);
        // b. Return promiseCapability.[[Promise]].
        return Ok(Value::Object(p));
    }
    // 8. Let completion be ThrowCompletion(exception).
    let completion = Err(Abrupt::Throw(exception));
    // 9. Perform AsyncGeneratorEnqueue(generator, completion, promiseCapability).
    async_generator_enqueue(agent, generator, completion.clone(), p);
    // 10. If state is suspended-yield, then
    if state == AsyncGeneratorState::SuspendedYield {
        // a. Perform AsyncGeneratorResume(generator, completion).
        async_generator_resume(agent, generator, completion)?;
    }
    // 11. Else, Assert: state is either executing or draining-queue.
    // 12. Return promiseCapability.[[Promise]].
    Ok(Value::Object(p))
}

/// EvaluateAsyncGeneratorBody (§15.6.2) steps 2-5, after FunctionDeclarationInstantiation.
#[doc(alias = "EvaluateAsyncGeneratorBody")]
pub fn evaluate_async_generator_body<'a>(agent: &mut Agent<'a>, body: &'a [ast::Stmt]) {
    let f = agent
        .machine
        .ctx()
        .function
        .expect("an async generator function's context");
    // 2. Let generator be ? OrdinaryCreateFromConstructor(functionObject,
    //    "%AsyncGeneratorFunction.prototype.prototype%", « … »).
    // 3. Set generator.[[GeneratorBrand]] to empty.
    let default = agent.intrinsics.async_generator_prototype;
    let g = crate::abstract_ops::ordinary_create_from_constructor(
        agent,
        Some(f),
        default,
        ObjectKind::AsyncGenerator(Box::new(AsyncGeneratorData {
            state: AsyncGeneratorState::SuspendedStart,
            context: None,
            queue: VecDeque::new(),
        })),
    );
    let g = match g {
        Ok(g) => g,
        Err(e) => return agent.machine.deliver(Err(e)),
    };
    // 4. Perform AsyncGeneratorStart(generator, FunctionBody).
    async_generator_start(agent, g, body);
    // 5. Return ReturnCompletion(generator).
}

/// AsyncGeneratorStart ( generator, generatorBody ) (§27.6.3.2)
#[doc(alias = "AsyncGeneratorStart")]
fn async_generator_start<'a>(agent: &mut Agent<'a>, generator: ObjectId, body: &'a [ast::Stmt]) {
    // 1. Assert: generator.[[AsyncGeneratorState]] is suspended-start.
    // 2. Let genContext be the running execution context.
    // 3. Set the Generator component of genContext to generator.
    agent.machine.ctx_mut().kind = ContextKind::AsyncGenerator {
        generator: Some(generator),
    };
    // 4-5. When resumed, genContext evaluates generatorBody (the closure's remaining steps
    //      are async_generator_body_completed).
    agent
        .machine
        .push_frame(Frame::Builtin(BuiltinFrame::GeneratorBody(body)));
    // 6. Set generator.[[AsyncGeneratorContext]] to genContext.
    // 7. Set generator.[[AsyncGeneratorQueue]] to a new empty List (done at creation).
    let ctx = agent.machine.pop_context();
    let return_to_native = ctx.return_to_native;
    data_mut(agent, generator).context = Some(Box::new(ctx));
    crate::trace::generator_event(agent, "§27.6.3.2 AsyncGeneratorStart", generator, "created");
    // 8. Return unused — and the call returns the generator.
    return_from_context(agent, return_to_native, Ok(Value::Object(generator)));
}

/// AsyncGeneratorStart's closure, steps 4.e-l: the body finished with `result`.
pub fn async_generator_body_completed(
    agent: &mut Agent,
    generator: ObjectId,
    result: JsResult<Value>,
) -> JsResult<Value> {
    // 4.f. Remove acGenContext from the execution context stack (done by the machine).
    // 4.g. Set acGenerator.[[AsyncGeneratorState]] to draining-queue.
    set_state(agent, generator, AsyncGeneratorState::DrainingQueue);
    let result = match result {
        // 4.h. If result is a normal completion, set result to NormalCompletion(undefined).
        Ok(_) => Ok(Value::Undefined),
        // 4.i. If result is a return completion, set result to NormalCompletion(result.[[Value]]).
        Err(Abrupt::Return(v)) => Ok(v),
        Err(Abrupt::Terminate(t)) => return Err(Abrupt::Terminate(t)),
        other => other,
    };
    crate::trace::generator_event(
        agent,
        "§27.6.3.2 AsyncGeneratorStart step 4.g",
        generator,
        "body completed",
    );
    // 4.j. Perform AsyncGeneratorCompleteStep(acGenerator, result, true).
    async_generator_complete_step(agent, generator, result, true);
    // 4.k. Perform AsyncGeneratorDrainQueue(acGenerator).
    async_generator_drain_queue(agent, generator);
    // 4.l. Return undefined.
    Ok(Value::Undefined)
}

/// AsyncGeneratorEnqueue ( generator, completion, promiseCapability ) (§27.6.3.4)
#[doc(alias = "AsyncGeneratorEnqueue")]
fn async_generator_enqueue(
    agent: &mut Agent,
    generator: ObjectId,
    completion: JsResult<Value>,
    promise: ObjectId,
) {
    crate::trace::generator_event(
        agent,
        "§27.6.3.4 AsyncGeneratorEnqueue",
        generator,
        match &completion {
            Ok(_) => "request enqueued: next",
            Err(Abrupt::Return(_)) => "request enqueued: return",
            _ => "request enqueued: throw",
        },
    );
    // 1. Let request be AsyncGeneratorRequest { [[Completion]]: completion, [[Capability]]: promiseCapability }.
    // 2. Append request to generator.[[AsyncGeneratorQueue]].
    data_mut(agent, generator)
        .queue
        .push_back(AsyncGeneratorRequest {
            completion,
            promise,
        });
    // 3. Return unused.
}

/// AsyncGeneratorCompleteStep ( generator, completion, done [ , realm ] ) (§27.6.3.5)
#[doc(alias = "AsyncGeneratorCompleteStep")]
fn async_generator_complete_step(
    agent: &mut Agent,
    generator: ObjectId,
    completion: JsResult<Value>,
    done: bool,
) {
    // 1. Assert: generator.[[AsyncGeneratorQueue]] is not empty.
    // 2-3. Let next be the first element of the queue; remove it.
    let Some(next) = data_mut(agent, generator).queue.pop_front() else {
        return;
    };
    // 4. Let promiseCapability be next.[[Capability]].
    let p = next.promise;
    crate::trace::generator_event(
        agent,
        "§27.6.3.5 AsyncGeneratorCompleteStep",
        generator,
        "request completed",
    );
    match completion {
        // 6. If completion is a throw completion, then
        //    a. Perform ! Call(promiseCapability.[[Reject]], undefined, « value »).
        Err(Abrupt::Throw(value)) => promise::reject_promise(agent, p, value),
        // 7. Else,
        Ok(value) => {
            // c. Let iteratorResult be CreateIteratorResultObject(value, done).
            let r = create_iterator_result_object(agent, value, done);
            // d. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
            promise::resolve_promise(agent, p, Value::Object(r));
        }
        Err(_) => {}
    }
    // 8. Return unused.
}

/// AsyncGeneratorResume ( generator, completion ) (§27.6.3.6)
#[doc(alias = "AsyncGeneratorResume")]
fn async_generator_resume(
    agent: &mut Agent,
    generator: ObjectId,
    completion: JsResult<Value>,
) -> JsResult<()> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    // 1. Assert: generator.[[AsyncGeneratorState]] is either suspended-start or suspended-yield.
    // 2. Let genContext be generator.[[AsyncGeneratorContext]].
    // 3-4. Let callerContext be the running execution context; suspend it.
    // 5. Set generator.[[AsyncGeneratorState]] to executing.
    set_state(agent, generator, AsyncGeneratorState::Executing);
    crate::trace::generator_event(
        agent,
        "§27.6.3.6 AsyncGeneratorResume step 7",
        generator,
        "resumed",
    );
    // 6-7. Push genContext and resume it with completion; it runs until it yields, awaits
    //      or finishes (8. its result is never abrupt).
    let r = crate::runtime_semantics::machine::run_suspended_context(
        agent, generator, completion, true,
    );
    // 9-10. Return unused. (Only a --max-steps stop passes through.)
    match r {
        Err(Abrupt::Terminate(t)) => Err(Abrupt::Terminate(t)),
        _ => Ok(()),
    }
}

/// AsyncGeneratorUnwrapYieldResumption ( resumptionValue ) (§27.6.3.7)
#[doc(alias = "AsyncGeneratorUnwrapYieldResumption")]
fn async_generator_unwrap_yield_resumption(agent: &mut Agent, resumption: JsResult<Value>) {
    match resumption {
        // 2. Let awaited be Completion(Await(resumptionValue.[[Value]])).
        Err(Abrupt::Return(v)) => {
            agent
                .machine
                .push_frame(Frame::Builtin(BuiltinFrame::AsyncGenerator(
                    AsyncGeneratorStep::ReturnAwaited,
                )));
            agent.machine.push_await();
            agent.machine.ok(v);
        }
        // 1. If resumptionValue is not a return completion, return ? resumptionValue.
        other => agent.machine.deliver(other),
    }
}

/// Yield ( value ) step 2 for async generators: AsyncGeneratorYield(? Await(value)).
pub fn yield_awaited(agent: &mut Agent, value: Value) {
    agent
        .machine
        .push_frame(Frame::Builtin(BuiltinFrame::AsyncGenerator(
            AsyncGeneratorStep::YieldAwaited,
        )));
    agent.machine.push_await();
    agent.machine.ok(value);
}

/// Continues the async generator steps parked in a frame.
pub fn resume_step(agent: &mut Agent, step: AsyncGeneratorStep, c: JsResult<Value>) {
    match (step, c) {
        (AsyncGeneratorStep::YieldAwaited, Ok(v)) => async_generator_yield(agent, v),
        (AsyncGeneratorStep::Resumed, c) => async_generator_unwrap_yield_resumption(agent, c),
        // AsyncGeneratorUnwrapYieldResumption 4-5. Return ReturnCompletion(awaited.[[Value]]).
        (AsyncGeneratorStep::ReturnAwaited, Ok(v)) => agent.machine.deliver(Err(Abrupt::Return(v))),
        // (3. If awaited is a throw completion, return ? awaited.)
        (_, Err(e)) => agent.machine.deliver(Err(e)),
    }
}

/// AsyncGeneratorYield ( value ) (§27.6.3.8)
#[doc(alias = "AsyncGeneratorYield")]
pub fn async_generator_yield(agent: &mut Agent, value: Value) {
    // 1-3. Let generator be the Generator component of the running execution context.
    let ContextKind::AsyncGenerator {
        generator: Some(generator),
    } = agent.machine.ctx().kind
    else {
        unreachable!("AsyncGeneratorYield in an async generator's context")
    };
    // 5. Let completion be NormalCompletion(value).
    // 9. Perform AsyncGeneratorCompleteStep(generator, completion, false, previousRealm).
    async_generator_complete_step(agent, generator, Ok(value), false);
    // 10. Let queue be generator.[[AsyncGeneratorQueue]].
    // 11. If queue is not empty, then
    let first = data_mut(agent, generator)
        .queue
        .front()
        .map(|r| r.completion.clone());
    if let Some(resumption) = first {
        // a. NOTE: Execution continues without suspending the generator.
        // b-c. Let resumptionValue be Completion(toYield.[[Completion]]).
        // d. Return ? AsyncGeneratorUnwrapYieldResumption(resumptionValue).
        return async_generator_unwrap_yield_resumption(agent, resumption);
    }
    // 12. Else,
    // a. Set generator.[[AsyncGeneratorState]] to suspended-yield.
    set_state(agent, generator, AsyncGeneratorState::SuspendedYield);
    crate::trace::generator_event(
        agent,
        "§27.6.3.8 AsyncGeneratorYield step 12.a",
        generator,
        "suspended",
    );
    // d-f. When resumed, the completion goes through AsyncGeneratorUnwrapYieldResumption.
    agent
        .machine
        .push_frame(Frame::Builtin(BuiltinFrame::AsyncGenerator(
            AsyncGeneratorStep::Resumed,
        )));
    // b. Remove genContext from the execution context stack.
    let ctx = agent.machine.pop_context();
    let return_to_native = ctx.return_to_native;
    data_mut(agent, generator).context = Some(Box::new(ctx));
    // c-d. Resume callerContext passing undefined.
    return_from_context(agent, return_to_native, Ok(Value::Undefined));
}

/// AsyncGeneratorAwaitReturn ( generator ) (§27.6.3.9)
#[doc(alias = "AsyncGeneratorAwaitReturn")]
fn async_generator_await_return(agent: &mut Agent, generator: ObjectId) {
    // 1. Assert: generator.[[AsyncGeneratorState]] is draining-queue.
    // 2-5. Let completion be the first request's [[Completion]].
    let completion = data_mut(agent, generator)
        .queue
        .front()
        .map(|r| r.completion.clone());
    // 6. Assert: completion is a return completion.
    let Some(Err(Abrupt::Return(value))) = completion else {
        return;
    };
    // 7. Let promiseCompletion be Completion(PromiseResolve(%Promise%, completion.[[Value]])).
    let c = agent.intrinsics.promise;
    let p = match promise::promise_resolve(agent, c, value) {
        Ok(p) => p,
        // 8. If promiseCompletion is an abrupt completion, then
        Err(e) => {
            // a. Perform AsyncGeneratorCompleteStep(generator, promiseCompletion, true).
            async_generator_complete_step(agent, generator, Err(e), true);
            // b. Perform AsyncGeneratorDrainQueue(generator).
            async_generator_drain_queue(agent, generator);
            // c. Return unused.
            return;
        }
    };
    // 10-15. PerformPromiseThen(promise, onFulfilled, onRejected), whose closures finish
    //        the request (await_return_settled).
    promise::perform_promise_then(
        agent,
        p,
        ReactionHandler::AsyncGeneratorAwaitReturn(generator),
        ReactionHandler::AsyncGeneratorAwaitReturn(generator),
        None,
    );
    // 16. Return unused.
}

/// AsyncGeneratorAwaitReturn's fulfilledClosure (step 11) and rejectedClosure (step 13),
/// run by the promise reaction job with Ok(value) or Err(Throw(reason)).
pub fn await_return_settled(agent: &mut Agent, generator: ObjectId, result: JsResult<Value>) {
    // a. Assert: generator.[[AsyncGeneratorState]] is draining-queue.
    // b. Let result be NormalCompletion(value) / ThrowCompletion(reason).
    // c. Perform AsyncGeneratorCompleteStep(generator, result, true).
    async_generator_complete_step(agent, generator, result, true);
    // d. Perform AsyncGeneratorDrainQueue(generator).
    async_generator_drain_queue(agent, generator);
    // e. Return undefined.
}

/// AsyncGeneratorDrainQueue ( generator ) (§27.6.3.10)
#[doc(alias = "AsyncGeneratorDrainQueue")]
fn async_generator_drain_queue(agent: &mut Agent, generator: ObjectId) {
    // 1. Assert: generator.[[AsyncGeneratorState]] is draining-queue.
    // 2. Let queue be generator.[[AsyncGeneratorQueue]].
    // 3. Repeat, while queue is not empty,
    // a-b. Let next be the first element of queue; let completion be its [[Completion]].
    while let Some(completion) = data_mut(agent, generator)
        .queue
        .front()
        .map(|r| r.completion.clone())
    {
        match completion {
            // c. If completion is a return completion, then
            Err(Abrupt::Return(_)) => {
                // i. Perform AsyncGeneratorAwaitReturn(generator).
                async_generator_await_return(agent, generator);
                // ii. Return unused.
                return;
            }
            // d. Else,
            completion => {
                // i. If completion is a normal completion, set it to NormalCompletion(undefined).
                let completion = completion.map(|_| Value::Undefined);
                // ii. Perform AsyncGeneratorCompleteStep(generator, completion, true).
                async_generator_complete_step(agent, generator, completion, true);
            }
        }
    }
    // 4. Set generator.[[AsyncGeneratorState]] to completed.
    set_state(agent, generator, AsyncGeneratorState::Completed);
    // 5. Return unused.
}

/// `yield*` step 8.b.iii.3 in an async generator: the inner iterator has no throw(), so
/// AsyncIteratorClose(iteratorRecord, NormalCompletion(empty)) runs (§7.4.13), then step 6
/// throws the TypeError.
pub fn yield_star_async_close_then_throw(
    agent: &mut Agent,
    mut s: Box<super::generator::YieldStarState>,
) {
    let iterator = s.iterator.iterator;
    // AsyncIteratorClose 3. Let innerResult be Completion(GetMethod(iterator, "return")).
    let ret = crate::abstract_ops::get_method(
        agent,
        &Value::Object(iterator),
        &crate::value::PropertyKey::from("return"),
    );
    match ret {
        // 4.b. If return is undefined, return ? completion (then yield* throws).
        Ok(Value::Undefined) => {
            let e = agent.type_error("The iterator does not provide a 'throw' method.");
            agent.machine.deliver(Err(e));
        }
        // 4.c-d. Set innerResult to Completion(Call(return, iterator)); Await it.
        Ok(f) => {
            s.stage = super::generator::YieldStarStage::ClosedForThrow;
            agent
                .machine
                .push_frame(Frame::Builtin(BuiltinFrame::YieldStar(s)));
            agent.machine.push_await();
            let f = f.as_object().expect("GetMethod returns callables");
            crate::runtime_semantics::machine::call_from_machine(
                agent,
                f,
                Value::Object(iterator),
                Vec::new(),
            );
        }
        // 6. If innerResult is a throw completion, return ? innerResult.
        Err(e) => agent.machine.deliver(Err(e)),
    }
}
