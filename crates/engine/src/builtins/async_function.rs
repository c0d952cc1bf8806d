//! Async functions (ECMA-262 §27.7, shared/spec/09-async-function-objects.txt): AsyncBlockStart
//! and Await.
//!
//! An async function runs in its own execution context like any function. Await parks that
//! context — frames and all — in a [`ObjectKind::Continuation`] object and registers the
//! promise reactions that will resume it (`ReactionHandler::Resume`); the job that runs a
//! reaction pushes the context back onto the machine's stack. Nothing is re-executed and no
//! Rust stack is held across an `await`.

use super::promise::{self, ReactionHandler};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::runtime_semantics::machine::{return_from_context, ContextKind};
use crate::value::Value;
use crate::{Abrupt, Agent, JsResult};

/// EvaluateAsyncFunctionBody / EvaluateAsyncConciseBody (§15.8.4, §15.9.4) step 1: the
/// promise the call returns. (NewPromiseCapability(%Promise%) — only the spec's own steps
/// ever resolve it, so no resolving functions are allocated.)
pub fn new_async_function_promise(agent: &mut Agent) -> ObjectId {
    promise::create_intrinsic_promise(agent)
}

/// AsyncBlockStart ( promiseCapability, asyncBody, asyncContext ) (§27.7.5.2), step 2's
/// closure, steps 2.d-h: the body of the async function finished with `result`. (Steps 1-5
/// — AsyncFunctionStart pushing the context and evaluating the body — are the machine
/// running the function's context; an abrupt FunctionDeclarationInstantiation reaches here
/// too, as EvaluateAsyncFunctionBody step 3 rejects with it.)
#[doc(alias = "AsyncBlockStart")]
pub fn async_block_completed(
    agent: &mut Agent,
    promise: ObjectId,
    result: JsResult<Value>,
) -> JsResult<Value> {
    // 2.d. Remove acAsyncContext from the execution context stack (done by the machine).
    match result {
        // 2.e. If result is a normal completion, then
        //      i. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
        Ok(_) => promise::resolve_promise(agent, promise, Value::Undefined),
        // 2.f. Else if result is a return completion, then
        //      i. Perform ! Call(promiseCapability.[[Resolve]], undefined, « result.[[Value]] »).
        Err(Abrupt::Return(v)) => promise::resolve_promise(agent, promise, v),
        // 2.g. Else, i. Assert: result is a throw completion.
        //      ii. Perform ! Call(promiseCapability.[[Reject]], undefined, « result.[[Value]] »).
        Err(Abrupt::Throw(e)) => promise::reject_promise(agent, promise, e),
        Err(e) => return Err(e),
    }
    // 2.h. Return unused — and EvaluateAsyncFunctionBody step 5 returns the promise.
    Ok(Value::Object(promise))
}

/// The object that holds the running context while it waits in Await: the async function's
/// continuation (made on its first await and reused), or the async generator itself.
fn await_holder(agent: &mut Agent) -> Option<ObjectId> {
    match agent.machine.ctx().kind {
        ContextKind::AsyncFunction {
            holder: Some(h), ..
        } => Some(h),
        ContextKind::AsyncFunction { holder: None, .. } => {
            let h = agent
                .heap
                .alloc(Object::new(None, ObjectKind::Continuation(None)));
            if let ContextKind::AsyncFunction { holder, .. } = &mut agent.machine.ctx_mut().kind {
                *holder = Some(h);
            }
            Some(h)
        }
        ContextKind::AsyncGenerator { generator } => generator,
        _ => None,
    }
}

/// The Continuation object holding the async function whose promise is `promise` while it
/// waits in Await (made on its first await and reused for every later one), if it waits.
/// The host finds a module body's this way, for Node's "unsettled top-level await" warning.
pub fn suspended_holder(agent: &Agent, promise: ObjectId) -> Option<ObjectId> {
    agent
        .heap
        .objects
        .iter()
        .enumerate()
        .find_map(|(i, o)| match &o.as_ref()?.kind {
            ObjectKind::Continuation(Some(ctx)) => match ctx.kind {
                ContextKind::AsyncFunction { promise: p, .. } if p == promise => {
                    Some(ObjectId(i as u32))
                }
                _ => None,
            },
            _ => None,
        })
}

/// Await ( value ) (§27.7.5.3)
#[doc(alias = "Await")]
pub fn await_(agent: &mut Agent, value: Value) {
    // 1. Let asyncContext be the running execution context.
    let Some(holder) = await_holder(agent) else {
        let e = agent.syntax_error("await is only valid in async functions");
        return agent.machine.deliver(Err(e));
    };
    // 2. Let promise be ? PromiseResolve(%Promise%, value).
    let c = agent.intrinsics.promise;
    let promise = match promise::promise_resolve(agent, c, value) {
        Ok(p) => p,
        Err(e) => return agent.machine.deliver(Err(e)),
    };
    // 3-5. Let onFulfilled and onRejected be closures that resume asyncContext with a
    //      normal completion / a throw completion of their argument.
    // 7. Perform PerformPromiseThen(promise, onFulfilled, onRejected).
    crate::trace::await_started(agent, holder);
    promise::perform_promise_then(
        agent,
        promise,
        ReactionHandler::Resume(holder),
        ReactionHandler::Resume(holder),
        None,
    );
    // 8. Remove asyncContext from the execution context stack and restore the execution
    //    context that is at the top of the execution context stack as the running one.
    crate::trace::await_event(agent, "§27.7.5.3 Await step 8", holder, promise, "suspends");
    let ctx = agent.machine.pop_context();
    let return_to_native = ctx.return_to_native;
    // 9-10. Resume callerContext passing empty: the first await of an async function hands
    //      the caller its promise (EvaluateAsyncFunctionBody step 5); a context resumed by a
    //      job returns to the job.
    let to_caller = match ctx.kind {
        ContextKind::AsyncFunction { promise, .. } => Value::Object(promise),
        _ => Value::Undefined,
    };
    // Host-defined: a suspended context keeps where it waits, for async stack frames.
    let mut ctx = ctx;
    ctx.call_site = agent.machine.span;
    // The parked context (its record and frames) counts toward the collection trigger: what a
    // suspended step holds is otherwise invisible to the byte count, and an await loop's
    // garbage outgrew the trigger by a factor of ten.
    crate::heap::note_allocation(crate::gc::context_bytes(&ctx));
    match &mut agent.heap.get_mut(holder).kind {
        ObjectKind::Continuation(slot) => *slot = Some(Box::new(ctx)),
        ObjectKind::AsyncGenerator(g) => g.context = Some(Box::new(ctx)),
        _ => unreachable!("an await holder"),
    }
    // 11-12. When resumed, the completion is delivered to the frame below the await.
    return_from_context(agent, return_to_native, Ok(to_caller));
}
