//! %AsyncFromSyncIteratorPrototype% (ECMA-262 §27.1.6, shared/spec/05-iteration-builtins.txt):
//! the adapter `for await` and `yield*` in async generators use over a sync iterable.
//!
//! This is the current spec text, which Node 26 follows: a rejected promise yielded by the
//! sync iterator closes it (closeOnRejection), and a missing `throw` closes it before the
//! TypeError. (Node 20 does neither.)

use super::promise::{self, PromiseCapability, ReactionHandler};
use super::{define_method, new_prototype, InternalSlots};
use crate::abstract_ops::operations_on_iterator_objects::{
    create_iterator_result_object, iterator_close, iterator_complete, iterator_next,
    iterator_value, IteratorRecord,
};
use crate::abstract_ops::{call, get, get_method};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};

pub fn init(agent: &mut Agent) {
    // %AsyncFromSyncIteratorPrototype% (§27.1.6.2): [[Prototype]] is %AsyncIteratorPrototype%.
    let parent = agent.intrinsics.async_iterator_prototype;
    let proto = new_prototype(agent, parent);
    agent.intrinsics.async_from_sync_iterator_prototype = proto;
    define_method(
        agent,
        proto,
        "next",
        async_from_sync_iterator_prototype_next,
        1,
    );
    define_method(
        agent,
        proto,
        "return",
        async_from_sync_iterator_prototype_return,
        1,
    );
    define_method(
        agent,
        proto,
        "throw",
        async_from_sync_iterator_prototype_throw,
        1,
    );
}

/// CreateAsyncFromSyncIterator ( syncIteratorRecord ) (§27.1.6.1)
#[doc(alias = "CreateAsyncFromSyncIterator")]
pub fn create_async_from_sync_iterator(
    agent: &mut Agent,
    sync: IteratorRecord,
) -> JsResult<IteratorRecord> {
    // 1. Let asyncIterator be OrdinaryObjectCreate(%AsyncFromSyncIteratorPrototype%, « [[SyncIteratorRecord]] »).
    // 2. Set asyncIterator.[[SyncIteratorRecord]] to syncIteratorRecord.
    let proto = agent.intrinsics.async_from_sync_iterator_prototype;
    let it = agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Internal(Box::new(InternalSlots::AsyncFromSyncIterator(sync))),
    ));
    // 3. Let nextMethod be ! Get(asyncIterator, "next").
    let next_method = get(agent, it, &PropertyKey::from("next"))?;
    // 4-5. Return the Iterator Record { [[Iterator]]: asyncIterator, [[NextMethod]]: nextMethod, [[Done]]: false }.
    Ok(IteratorRecord {
        iterator: it,
        next_method,
        done: false,
    })
}

/// O.[[SyncIteratorRecord]] (step 2's assertion holds: these objects never reach user code).
fn sync_iterator_record(agent: &mut Agent, this: &Value) -> JsResult<IteratorRecord> {
    if let Value::Object(o) = this {
        if let ObjectKind::Internal(slots) = &agent.heap.get(*o).kind {
            if let InternalSlots::AsyncFromSyncIterator(r) = &**slots {
                return Ok(r.clone());
            }
        }
    }
    Err(agent.type_error("not an Async-from-Sync Iterator"))
}

/// NewPromiseCapability(%Promise%) — cannot throw for the intrinsic.
fn intrinsic_capability(agent: &mut Agent) -> JsResult<PromiseCapability> {
    let c = Value::Object(agent.intrinsics.promise);
    promise::new_promise_capability(agent, c)
}

/// IfAbruptRejectPromise ( value, capability ) (§27.2.1.1.1): a throw completion rejects
/// the capability's promise, which is then returned.
#[doc(alias = "IfAbruptRejectPromise")]
fn if_abrupt_reject_promise<T>(
    agent: &mut Agent,
    r: JsResult<T>,
    cap: &PromiseCapability,
) -> Result<T, JsResult<Value>> {
    match r {
        Ok(v) => Ok(v),
        Err(Abrupt::Throw(e)) => {
            // a. Perform ? Call(capability.[[Reject]], undefined, « value.[[Value]] »).
            if let Err(e) = cap.call_reject(agent, e) {
                return Err(Err(e));
            }
            // b. Return capability.[[Promise]].
            Err(Ok(cap.promise.clone()))
        }
        Err(e) => Err(Err(e)),
    }
}

/// Rejects the capability with a new TypeError and returns its promise.
fn reject_with_type_error(
    agent: &mut Agent,
    cap: &PromiseCapability,
    msg: &str,
) -> JsResult<Value> {
    let e = agent.type_error(msg);
    let Abrupt::Throw(e) = e else { unreachable!() };
    cap.call_reject(agent, e)?;
    Ok(cap.promise.clone())
}

/// %AsyncFromSyncIteratorPrototype%.next ( [ value ] ) (§27.1.6.2.1)
fn async_from_sync_iterator_prototype_next(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let O be the this value (an Async-from-Sync Iterator, never seen by user code).
    // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    let cap = intrinsic_capability(agent)?;
    // 4. Let syncIteratorRecord be O.[[SyncIteratorRecord]].
    let mut sync = sync_iterator_record(agent, &this)?;
    // 5-6. Let result be Completion(IteratorNext(syncIteratorRecord [ , value ])).
    let result = iterator_next(agent, &mut sync, args.first().cloned());
    // 7. IfAbruptRejectPromise(result, promiseCapability).
    let result = match if_abrupt_reject_promise(agent, result, &cap) {
        Ok(r) => r,
        Err(r) => return r,
    };
    // 8. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
    async_from_sync_iterator_continuation(agent, result, cap, &sync, true)
}

/// %AsyncFromSyncIteratorPrototype%.return ( [ value ] ) (§27.1.6.2.2)
fn async_from_sync_iterator_prototype_return(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let O be the this value (an Async-from-Sync Iterator, never seen by user code).
    // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    let cap = intrinsic_capability(agent)?;
    // 4. Let syncIteratorRecord be O.[[SyncIteratorRecord]].
    let sync = sync_iterator_record(agent, &this)?;
    // 5. Let syncIterator be syncIteratorRecord.[[Iterator]].
    let sync_iterator = Value::Object(sync.iterator);
    // 6. Let return be Completion(GetMethod(syncIterator, "return")).
    let ret = get_method(agent, &sync_iterator, &PropertyKey::from("return"));
    // 7. IfAbruptRejectPromise(return, promiseCapability).
    let ret = match if_abrupt_reject_promise(agent, ret, &cap) {
        Ok(r) => r,
        Err(r) => return r,
    };
    // 8. If return is undefined, then
    if ret.is_undefined() {
        // a. Let iteratorResult be CreateIteratorResultObject(value, true).
        let value = args.first().cloned().unwrap_or_default();
        let r = create_iterator_result_object(agent, value, true);
        // b. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
        cap.call_resolve(agent, Value::Object(r))?;
        // c. Return promiseCapability.[[Promise]].
        return Ok(cap.promise);
    }
    // 9-10. Let result be Completion(Call(return, syncIterator [ , « value » ])).
    let result = call(agent, &ret, sync_iterator, args.get(..1).unwrap_or(&[]));
    // 11. IfAbruptRejectPromise(result, promiseCapability).
    let result = match if_abrupt_reject_promise(agent, result, &cap) {
        Ok(r) => r,
        Err(r) => return r,
    };
    // 12. If result is not an Object, then
    let Value::Object(result) = result else {
        // a. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »).
        // b. Return promiseCapability.[[Promise]].
        let shown = crate::describe::brief_value(agent, &result);
        return reject_with_type_error(
            agent,
            &cap,
            &format!("Iterator result {shown} is not an object"),
        );
    };
    // 13. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, false).
    async_from_sync_iterator_continuation(agent, result, cap, &sync, false)
}

/// %AsyncFromSyncIteratorPrototype%.throw ( [ value ] ) (§27.1.6.2.3)
fn async_from_sync_iterator_prototype_throw(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let O be the this value (an Async-from-Sync Iterator, never seen by user code).
    // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    let cap = intrinsic_capability(agent)?;
    // 4. Let syncIteratorRecord be O.[[SyncIteratorRecord]].
    let sync = sync_iterator_record(agent, &this)?;
    // 5. Let syncIterator be syncIteratorRecord.[[Iterator]].
    let sync_iterator = Value::Object(sync.iterator);
    // 6. Let throw be Completion(GetMethod(syncIterator, "throw")).
    let throw = get_method(agent, &sync_iterator, &PropertyKey::from("throw"));
    // 7. IfAbruptRejectPromise(throw, promiseCapability).
    let throw = match if_abrupt_reject_promise(agent, throw, &cap) {
        Ok(t) => t,
        Err(r) => return r,
    };
    // 8. If throw is undefined, then
    if throw.is_undefined() {
        // a-b. Let closeCompletion be NormalCompletion(empty).
        // c. Let result be Completion(IteratorClose(syncIteratorRecord, closeCompletion)).
        let result = iterator_close(agent, sync.iterator, Ok(Value::Undefined));
        // d. IfAbruptRejectPromise(result, promiseCapability).
        if let Err(r) = if_abrupt_reject_promise(agent, result, &cap) {
            return r;
        }
        // e-g. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »).
        // h. Return promiseCapability.[[Promise]].
        return reject_with_type_error(
            agent,
            &cap,
            "The iterator does not provide a 'throw' method.",
        );
    }
    // 9-10. Let result be Completion(Call(throw, syncIterator [ , « value » ])).
    let result = call(agent, &throw, sync_iterator, args.get(..1).unwrap_or(&[]));
    // 11. IfAbruptRejectPromise(result, promiseCapability).
    let result = match if_abrupt_reject_promise(agent, result, &cap) {
        Ok(r) => r,
        Err(r) => return r,
    };
    // 12. If result is not an Object, then reject with a TypeError.
    let Value::Object(result) = result else {
        let shown = crate::describe::brief_value(agent, &result);
        return reject_with_type_error(
            agent,
            &cap,
            &format!("Iterator result {shown} is not an object"),
        );
    };
    // 13. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
    async_from_sync_iterator_continuation(agent, result, cap, &sync, true)
}

/// AsyncFromSyncIteratorContinuation ( result, promiseCapability, syncIteratorRecord,
/// closeOnRejection ) (§27.1.6.4)
#[doc(alias = "AsyncFromSyncIteratorContinuation")]
fn async_from_sync_iterator_continuation(
    agent: &mut Agent,
    result: ObjectId,
    cap: PromiseCapability,
    sync: &IteratorRecord,
    close_on_rejection: bool,
) -> JsResult<Value> {
    // 1. NOTE: promiseCapability is derived from %Promise%, so rejecting cannot throw.
    // 2. Let done be Completion(IteratorComplete(result)).
    let done = iterator_complete(agent, result);
    // 3. IfAbruptRejectPromise(done, promiseCapability).
    let done = match if_abrupt_reject_promise(agent, done, &cap) {
        Ok(d) => d,
        Err(r) => return r,
    };
    // 4. Let value be Completion(IteratorValue(result)).
    let value = iterator_value(agent, result);
    // 5. IfAbruptRejectPromise(value, promiseCapability).
    let value = match if_abrupt_reject_promise(agent, value, &cap) {
        Ok(v) => v,
        Err(r) => return r,
    };
    // 6. Let valueWrapper be Completion(PromiseResolve(%Promise%, value)).
    let c = agent.intrinsics.promise;
    let mut value_wrapper = promise::promise_resolve(agent, c, value);
    // 7. If valueWrapper is an abrupt completion, done is false, and closeOnRejection is
    //    true, then set valueWrapper to Completion(IteratorClose(syncIteratorRecord, valueWrapper)).
    if value_wrapper.is_err() && !done && close_on_rejection {
        value_wrapper = iterator_close(agent, sync.iterator, value_wrapper);
    }
    // 8. IfAbruptRejectPromise(valueWrapper, promiseCapability).
    let value_wrapper = match if_abrupt_reject_promise(agent, value_wrapper, &cap) {
        Ok(w) => w,
        Err(r) => return r,
    };
    // 9-11. Let onFulfilled be the `unwrap` closure: v ↦ CreateIteratorResultObject(v, done).
    let on_fulfilled = ReactionHandler::AsyncFromSyncUnwrap { done };
    // 12. If done is true, or if closeOnRejection is false, let onRejected be undefined.
    let on_rejected = if done || !close_on_rejection {
        ReactionHandler::Empty
    } else {
        // 13. Else, onRejected is the `closeIterator` closure.
        ReactionHandler::AsyncFromSyncClose {
            iterator: sync.iterator,
        }
    };
    // 14. Perform PerformPromiseThen(valueWrapper, onFulfilled, onRejected, promiseCapability).
    let p = cap.promise.clone();
    promise::perform_promise_then(agent, value_wrapper, on_fulfilled, on_rejected, Some(cap));
    // 15. Return promiseCapability.[[Promise]].
    Ok(p)
}

/// The closures of AsyncFromSyncIteratorContinuation, run by a promise reaction job with
/// the settled value: their result is the handler result of NewPromiseReactionJob.
pub fn call_continuation_closure(
    agent: &mut Agent,
    handler: &ReactionHandler,
    argument: Value,
) -> JsResult<Value> {
    match handler {
        // 9.a. Return CreateIteratorResultObject(v, done).
        ReactionHandler::AsyncFromSyncUnwrap { done } => Ok(Value::Object(
            create_iterator_result_object(agent, argument, *done),
        )),
        // 13.a.i. Return ? IteratorClose(syncIteratorRecord, ThrowCompletion(error)).
        ReactionHandler::AsyncFromSyncClose { iterator } => {
            iterator_close(agent, *iterator, Err(Abrupt::Throw(argument)))
        }
        _ => unreachable!("an Async-from-Sync continuation closure"),
    }
}
