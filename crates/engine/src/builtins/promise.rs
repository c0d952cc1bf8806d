//! Promise objects (ECMA-262 §27.2, shared/spec/06-promise.txt).
//!
//! The records of §27.2.1 as Rust types. Every abstract operation of §27.2.1–§27.2.2 is one
//! function below, named after it, with the spec's steps as comments; then the constructor
//! (§27.2.3), its properties (§27.2.4) and the prototype's (§27.2.5).
//!
//! The public entry points other spec code uses (Await, async functions and generators):
//! [`promise_resolve`], [`perform_promise_then`], [`new_promise_capability`],
//! [`create_intrinsic_promise`], [`resolve_promise`], [`reject_promise`], [`promise_state`].

use super::{
    create_builtin_function, define_getter, define_method, define_value, new_prototype, Captures,
    ErrorKind,
};
use crate::abstract_ops::operations_on_iterator_objects::{
    iterator_close, iterator_step_value, IteratorRecord,
};
use crate::abstract_ops::{
    arg, call, construct, create_array_from_list, create_data_property_or_throw, get_str, invoke,
    is_callable, is_constructor, new_object, ordinary_create_from_constructor, same_value,
    species_constructor,
};
use crate::execution::jobs::{host_enqueue_promise_job, Job};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind, Property};
use crate::runtime_semantics::machine::active_captures;
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// [[PromiseState]]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromiseState {
    Pending,
    Fulfilled,
    Rejected,
}

/// The internal slots of a Promise instance (§27.2.6, Table 89).
pub struct PromiseData {
    /// [[PromiseState]]
    pub state: PromiseState,
    /// [[PromiseResult]] (undefined while pending).
    pub result: Value,
    /// [[PromiseFulfillReactions]]
    pub fulfill_reactions: Vec<PromiseReaction>,
    /// [[PromiseRejectReactions]]
    pub reject_reactions: Vec<PromiseReaction>,
    /// [[PromiseIsHandled]]
    pub is_handled: bool,
}

impl PromiseData {
    /// The slots of a new promise: Promise ( executor ) steps 4-8.
    pub fn pending() -> PromiseData {
        PromiseData {
            // 4. Set promise.[[PromiseState]] to pending.
            state: PromiseState::Pending,
            // 5. Set promise.[[PromiseResult]] to empty.
            result: Value::Undefined,
            // 6. Set promise.[[PromiseFulfillReactions]] to a new empty List.
            fulfill_reactions: Vec::new(),
            // 7. Set promise.[[PromiseRejectReactions]] to a new empty List.
            reject_reactions: Vec::new(),
            // 8. Set promise.[[PromiseIsHandled]] to false.
            is_handled: false,
        }
    }
}

/// PromiseCapability Record (§27.2.1.1).
///
/// NOTE(mini-js): the capability NewPromiseCapability makes for %Promise% itself (every
/// `then`, every async function call) keeps its resolving functions unmade until JavaScript
/// could reach them ([`PromiseCapability::resolve`] / [`PromiseCapability::reject`] make both,
/// once, so identity holds); until then calling them runs their steps directly. No program can
/// tell: the functions have no other observable effect. Two function objects (and their
/// property maps) less per promise.
#[derive(Clone, Debug)]
pub struct PromiseCapability {
    /// [[Promise]]
    pub promise: Value,
    /// [[Resolve]] and [[Reject]]
    functions: CapabilityFunctions,
}

#[derive(Clone, Debug)]
enum CapabilityFunctions {
    /// Function objects, as the spec has them.
    Made { resolve: Value, reject: Value },
    /// The resolving functions of an intrinsic promise not made yet (shared by every copy of
    /// the record).
    Unmade(Rc<UnmadeResolvingFunctions>),
}

/// What CreateResolvingFunctions would put in the two functions' slots, and the functions once
/// made.
#[derive(Debug)]
pub struct UnmadeResolvingFunctions {
    /// [[Promise]]
    promise: ObjectId,
    /// [[AlreadyResolved]]
    already_resolved: Rc<Cell<bool>>,
    /// (resolve, reject), once something needed them as objects.
    made: Cell<Option<(ObjectId, ObjectId)>>,
}

impl PromiseCapability {
    /// The record { [[Promise]]: promise, [[Resolve]]: resolve, [[Reject]]: reject }.
    pub fn new(promise: Value, resolve: Value, reject: Value) -> PromiseCapability {
        PromiseCapability {
            promise,
            functions: CapabilityFunctions::Made { resolve, reject },
        }
    }

    /// The function objects, made now if they were not yet.
    fn made(&self, agent: &mut Agent) -> (Value, Value) {
        match &self.functions {
            CapabilityFunctions::Made { resolve, reject } => (resolve.clone(), reject.clone()),
            CapabilityFunctions::Unmade(u) => {
                let (resolve, reject) = match u.made.get() {
                    Some(pair) => pair,
                    None => {
                        let pair = create_resolving_functions_with(
                            agent,
                            u.promise,
                            u.already_resolved.clone(),
                        );
                        u.made.set(Some(pair));
                        pair
                    }
                };
                (Value::Object(resolve), Value::Object(reject))
            }
        }
    }

    /// [[Resolve]], as a function object.
    pub fn resolve(&self, agent: &mut Agent) -> Value {
        self.made(agent).0
    }

    /// [[Reject]], as a function object.
    pub fn reject(&self, agent: &mut Agent) -> Value {
        self.made(agent).1
    }

    /// Call(capability.[[Resolve]], undefined, « value »).
    pub fn call_resolve(&self, agent: &mut Agent, value: Value) -> JsResult<Value> {
        match &self.functions {
            CapabilityFunctions::Made { resolve, .. } => {
                call(agent, resolve, Value::Undefined, &[value])
            }
            CapabilityFunctions::Unmade(u) => {
                promise_resolve_function_steps(agent, u.promise, &u.already_resolved, value)
            }
        }
    }

    /// Call(capability.[[Reject]], undefined, « reason »).
    pub fn call_reject(&self, agent: &mut Agent, reason: Value) -> JsResult<Value> {
        match &self.functions {
            CapabilityFunctions::Made { reject, .. } => {
                call(agent, reject, Value::Undefined, &[reason])
            }
            CapabilityFunctions::Unmade(u) => {
                promise_reject_function_steps(agent, u.promise, &u.already_resolved, reason)
            }
        }
    }

    /// Every value the record holds (for the collector and for rooting).
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.promise);
        match &self.functions {
            CapabilityFunctions::Made { resolve, reject } => {
                f(resolve);
                f(reject);
            }
            // u.promise is self.promise.
            CapabilityFunctions::Unmade(u) => {
                if let Some((resolve, reject)) = u.made.get() {
                    f(&Value::Object(resolve));
                    f(&Value::Object(reject));
                }
            }
        }
    }

    /// The values of [`PromiseCapability::for_each_value`], collected.
    pub fn values(&self) -> Vec<Value> {
        let mut v = Vec::with_capacity(3);
        self.for_each_value(&mut |x| v.push(x.clone()));
        v
    }
}

/// [[Type]] of a PromiseReaction Record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReactionType {
    Fulfill,
    Reject,
}

/// [[Handler]] of a PromiseReaction Record: a JobCallback, empty, or one of the abstract
/// closures the spec creates with CreateBuiltinFunction where the function object itself can
/// never be observed (so no object is allocated for it).
#[derive(Clone, Debug)]
pub enum ReactionHandler {
    /// empty: the value passes through (fulfill) or is rethrown (reject).
    Empty,
    /// A callable JavaScript value (HostMakeJobCallback).
    Callable(ObjectId),
    /// Await's onFulfilled / onRejected closures (§27.7.5.3 steps 3-5): resume the execution
    /// context suspended in `holder` (an async function's continuation or an async generator)
    /// with a normal completion (fulfill) or a throw completion (reject).
    Resume(ObjectId),
    /// AsyncGeneratorAwaitReturn's fulfilledClosure / rejectedClosure (§27.6.3.9 steps
    /// 11-14) for the async generator `generator`.
    AsyncGeneratorAwaitReturn(ObjectId),
    /// AsyncFromSyncIteratorContinuation's `unwrap` closure (§27.1.6.4 step 9): the value
    /// becomes CreateIteratorResultObject(v, done).
    AsyncFromSyncUnwrap { done: bool },
    /// AsyncFromSyncIteratorContinuation's `closeIterator` closure (§27.1.6.4 step 13.a):
    /// IteratorClose(syncIteratorRecord, ThrowCompletion(error)).
    AsyncFromSyncClose { iterator: ObjectId },
}

impl ReactionHandler {
    /// PerformPromiseThen steps 3-6: a callable value becomes HostMakeJobCallback(value),
    /// anything else ~empty~.
    #[doc(alias = "HostMakeJobCallback")]
    pub fn from_value(agent: &Agent, v: &Value) -> ReactionHandler {
        match v {
            Value::Object(o) if agent.heap.get(*o).is_callable() => ReactionHandler::Callable(*o),
            _ => ReactionHandler::Empty,
        }
    }

    fn object(&self) -> Option<ObjectId> {
        match self {
            ReactionHandler::Empty | ReactionHandler::AsyncFromSyncUnwrap { .. } => None,
            ReactionHandler::Callable(o)
            | ReactionHandler::Resume(o)
            | ReactionHandler::AsyncGeneratorAwaitReturn(o)
            | ReactionHandler::AsyncFromSyncClose { iterator: o } => Some(*o),
        }
    }
}

/// PromiseReaction Record (§27.2.1.2).
#[derive(Clone, Debug)]
pub struct PromiseReaction {
    /// [[Capability]]
    pub capability: Option<PromiseCapability>,
    /// [[Type]]
    pub kind: ReactionType,
    /// [[Handler]]
    pub handler: ReactionHandler,
}

/// The operation argument of HostPromiseRejectionTracker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RejectionOperation {
    Reject,
    Handle,
}

/// Which element function of a combinator a closure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementKind {
    /// `Promise.all` Resolve Element Functions (§27.2.4.1.3).
    AllResolve,
    /// `Promise.allSettled` Resolve Element Functions (§27.2.4.2.2).
    AllSettledResolve,
    /// `Promise.allSettled` Reject Element Functions (§27.2.4.2.3).
    AllSettledReject,
    /// `Promise.any` Reject Element Functions (§27.2.4.3.2).
    AnyReject,
}

/// The internal slots of a combinator's element function: [[AlreadyCalled]], [[Index]],
/// [[Values]] (or [[Errors]]), [[Capability]] and [[RemainingElements]]. The records the
/// spec shares between functions are shared here too (`Rc`).
pub struct ElementFunction {
    pub kind: ElementKind,
    /// [[AlreadyCalled]]: a Boolean for all/any, a Record shared by the pair for allSettled.
    pub already_called: Rc<Cell<bool>>,
    /// [[Index]]
    pub index: usize,
    /// [[Values]] / [[Errors]]
    pub values: Rc<RefCell<Vec<Value>>>,
    /// [[Capability]]
    pub capability: PromiseCapability,
    /// [[RemainingElements]]
    pub remaining: Rc<Cell<u64>>,
}

impl ElementFunction {
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for v in self.values.borrow().iter() {
            f(v);
        }
        self.capability.for_each_value(f);
    }
}

// ───────────────────────────── §27.2.1 abstract operations ─────────────────────────────

/// IfAbruptRejectPromise ( value, capability ) (§27.2.1.1.1): on a throw completion, calls
/// capability.[[Reject]] with the thrown value and returns capability.[[Promise]] from the
/// enclosing function. A host termination passes through untouched.
macro_rules! if_abrupt_reject_promise {
    ($agent:expr, $value:expr, $capability:expr) => {
        match $value {
            // 3.a. Set value to ! value.
            Ok(v) => v,
            // 2. If value is an abrupt completion, then
            Err(Abrupt::Throw(e)) => {
                // a. Perform ? Call(capability.[[Reject]], undefined, « value.[[Value]] »).
                $capability.call_reject($agent, e)?;
                // b. Return capability.[[Promise]].
                return Ok($capability.promise.clone());
            }
            Err(other) => return Err(other),
        }
    };
}

/// The [[PromiseState]] and [[PromiseResult]] of `p`, or None when `p` is not a promise.
pub fn promise_state(agent: &Agent, p: ObjectId) -> Option<(PromiseState, Value)> {
    match &agent.heap.get(p).kind {
        ObjectKind::Promise(d) => Some((d.state, d.result.clone())),
        _ => None,
    }
}

fn promise_data_mut<'b>(agent: &'b mut Agent, p: ObjectId) -> &'b mut PromiseData {
    match &mut agent.heap.get_mut(p).kind {
        ObjectKind::Promise(d) => d,
        _ => unreachable!("the caller checked IsPromise"),
    }
}

/// A new pending promise with %Promise.prototype% and no resolving functions: what
/// NewPromiseCapability(%Promise%) makes when only spec-internal code settles the promise
/// (async functions, Await), through [`resolve_promise`] and [`reject_promise`].
pub fn create_intrinsic_promise(agent: &mut Agent) -> ObjectId {
    let proto = agent.intrinsics.promise_prototype;
    let p = agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Promise(Box::new(PromiseData::pending())),
    ));
    crate::trace::promise_created(agent, "§27.2.1.5 NewPromiseCapability(%Promise%)", p);
    p
}

/// CreateResolvingFunctions ( promise ) (§27.2.1.3): returns (resolve, reject).
#[doc(alias = "CreateResolvingFunctions")]
pub fn create_resolving_functions(agent: &mut Agent, promise: ObjectId) -> (ObjectId, ObjectId) {
    // 1. Let alreadyResolved be the Record { [[Value]]: false }.
    let already_resolved = Rc::new(Cell::new(false));
    create_resolving_functions_with(agent, promise, already_resolved)
}

/// CreateResolvingFunctions steps 2-12, with the [[AlreadyResolved]] record of step 1 given
/// (an unmade capability's functions share the record its direct calls already used).
fn create_resolving_functions_with(
    agent: &mut Agent,
    promise: ObjectId,
    already_resolved: Rc<Cell<bool>>,
) -> (ObjectId, ObjectId) {
    // 2-6. Let resolve be CreateBuiltinFunction(stepsResolve, 1, "", « [[Promise]],
    //      [[AlreadyResolved]] ») with those slots set.
    let resolve = create_builtin_function(
        agent,
        promise_resolve_functions,
        1,
        "",
        false,
        Some(Box::new(Captures::PromiseResolving {
            promise,
            already_resolved: already_resolved.clone(),
            reject: false,
        })),
    );
    // 7-11. Let reject be CreateBuiltinFunction(stepsReject, 1, "", …) likewise.
    let reject = create_builtin_function(
        agent,
        promise_reject_functions,
        1,
        "",
        false,
        Some(Box::new(Captures::PromiseResolving {
            promise,
            already_resolved,
            reject: true,
        })),
    );
    // 12. Return the Record { [[Resolve]]: resolve, [[Reject]]: reject }.
    (resolve, reject)
}

/// The [[Promise]] and [[AlreadyResolved]] slots of the running resolving function.
fn resolving_slots(agent: &Agent) -> (ObjectId, Rc<Cell<bool>>) {
    match active_captures(agent) {
        Some(Captures::PromiseResolving {
            promise,
            already_resolved,
            ..
        }) => (*promise, already_resolved.clone()),
        _ => unreachable!("a promise resolving function has its slots"),
    }
}

/// Promise Reject Functions (§27.2.1.3.1)
fn promise_reject_functions(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-4. Let F be the active function object; promise be F.[[Promise]]; alreadyResolved be
    //      F.[[AlreadyResolved]].
    let (promise, already_resolved) = resolving_slots(agent);
    promise_reject_function_steps(agent, promise, &already_resolved, arg(args, 0))
}

/// Promise Reject Functions steps 5-8, given F's slots.
fn promise_reject_function_steps(
    agent: &mut Agent,
    promise: ObjectId,
    already_resolved: &Cell<bool>,
    reason: Value,
) -> JsResult<Value> {
    // 5. If alreadyResolved.[[Value]] is true, return undefined.
    if already_resolved.get() {
        return Ok(Value::Undefined);
    }
    // 6. Set alreadyResolved.[[Value]] to true.
    already_resolved.set(true);
    // 7. Perform RejectPromise(promise, reason).
    reject_promise(agent, promise, reason);
    // 8. Return undefined.
    Ok(Value::Undefined)
}

/// Promise Resolve Functions (§27.2.1.3.2)
fn promise_resolve_functions(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-4. Let F be the active function object; promise be F.[[Promise]]; alreadyResolved be
    //      F.[[AlreadyResolved]].
    let (promise, already_resolved) = resolving_slots(agent);
    promise_resolve_function_steps(agent, promise, &already_resolved, arg(args, 0))
}

/// Promise Resolve Functions steps 5-16, given F's slots.
fn promise_resolve_function_steps(
    agent: &mut Agent,
    promise: ObjectId,
    already_resolved: &Cell<bool>,
    resolution: Value,
) -> JsResult<Value> {
    // 5. If alreadyResolved.[[Value]] is true, return undefined.
    if already_resolved.get() {
        return Ok(Value::Undefined);
    }
    // 6. Set alreadyResolved.[[Value]] to true.
    already_resolved.set(true);
    // 7-16.
    resolve_promise(agent, promise, resolution);
    Ok(Value::Undefined)
}

/// Steps 7-16 of Promise Resolve Functions (§27.2.1.3.2), without the [[AlreadyResolved]]
/// check: the resolve function calls this after its check, and spec-internal code that owns
/// a promise outright (async functions) calls it directly.
pub fn resolve_promise(agent: &mut Agent, promise: ObjectId, resolution: Value) {
    // 7. If SameValue(resolution, promise) is true, then
    if matches!(resolution, Value::Object(o) if o == promise) {
        // a. Let selfResolutionError be a newly created TypeError object.
        let e = agent.new_error(
            ErrorKind::TypeError,
            "Chaining cycle detected for promise #<Promise>",
        );
        // b. Perform RejectPromise(promise, selfResolutionError).
        reject_promise(agent, promise, Value::Object(e));
        // c. Return undefined.
        return;
    }
    // 8. If resolution is not an Object, then
    let Value::Object(thenable) = resolution else {
        // a. Perform FulfillPromise(promise, resolution).
        fulfill_promise(agent, promise, resolution);
        // b. Return undefined.
        return;
    };
    // 9. Let then be Completion(Get(resolution, "then")).
    let then = get_str(agent, thenable, "then");
    let then_action = match then {
        // 10. If then is an abrupt completion, then
        Err(Abrupt::Throw(e)) => {
            // a. Perform RejectPromise(promise, then.[[Value]]).
            reject_promise(agent, promise, e);
            // b. Return undefined.
            return;
        }
        // NOTE(mini-js): a host termination (--max-steps) leaves the promise alone; the
        // machine stops at its next step, since the step budget stays exhausted.
        Err(_) => return,
        // 11. Let thenAction be then.[[Value]].
        Ok(v) => v,
    };
    // 12. If IsCallable(thenAction) is false, then
    let Value::Object(then_fn) = then_action else {
        // a. Perform FulfillPromise(promise, resolution).
        fulfill_promise(agent, promise, resolution);
        // b. Return undefined.
        return;
    };
    if !agent.heap.get(then_fn).is_callable() {
        fulfill_promise(agent, promise, resolution);
        return;
    }
    // 13. Let thenJobCallback be HostMakeJobCallback(thenAction).
    // 14. Let job be NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
    crate::trace::promise_resolved_with_thenable(agent, promise, thenable);
    let job = new_promise_resolve_thenable_job(promise, thenable, then_fn);
    // 15. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
    host_enqueue_promise_job(agent, job, "§27.2.1.3.2 Promise Resolve Functions step 15");
    // 16. Return undefined.
}

/// FulfillPromise ( promise, value ) (§27.2.1.4)
#[doc(alias = "FulfillPromise")]
pub fn fulfill_promise(agent: &mut Agent, promise: ObjectId, value: Value) {
    let data = promise_data_mut(agent, promise);
    // 1. Assert: The value of promise.[[PromiseState]] is pending.
    debug_assert_eq!(data.state, PromiseState::Pending, "FulfillPromise step 1");
    // 2. Let reactions be promise.[[PromiseFulfillReactions]].
    // 4. Set promise.[[PromiseFulfillReactions]] to undefined.
    let reactions = std::mem::take(&mut data.fulfill_reactions);
    // 3. Set promise.[[PromiseResult]] to value.
    data.result = value.clone();
    // 5. Set promise.[[PromiseRejectReactions]] to undefined.
    data.reject_reactions = Vec::new();
    // 6. Set promise.[[PromiseState]] to fulfilled.
    data.state = PromiseState::Fulfilled;
    crate::trace::promise_settled(
        agent,
        "§27.2.1.4 FulfillPromise",
        promise,
        true,
        &value,
        reactions.len(),
    );
    // 7. Perform TriggerPromiseReactions(reactions, value).
    trigger_promise_reactions(agent, reactions, value);
    // 8. Return unused.
}

/// NewPromiseCapability ( C ) (§27.2.1.5)
#[doc(alias = "NewPromiseCapability")]
pub fn new_promise_capability(agent: &mut Agent, c: Value) -> JsResult<PromiseCapability> {
    new_promise_capability_for(agent, c, None)
}

/// NewPromiseCapability with V8's wording for a non-object C ("Promise.all called on
/// non-object") when `method` names the built-in that asked.
fn new_promise_capability_for(
    agent: &mut Agent,
    c: Value,
    method: Option<&str>,
) -> JsResult<PromiseCapability> {
    // 1. If IsConstructor(C) is false, throw a TypeError exception.
    if !is_constructor(agent, &c) {
        return Err(match (&c, method) {
            (Value::Object(_), _) | (_, None) => {
                let shown = crate::describe::brief_value(agent, &c);
                agent.type_error(format!("{shown} is not a constructor"))
            }
            (_, Some(m)) => agent.type_error(format!("{m} called on non-object")),
        });
    }
    let Value::Object(cid) = c else {
        unreachable!("constructors are objects")
    };
    // 2. NOTE: C is assumed to be a constructor function that supports the parameter
    //    conventions of the Promise constructor (see 27.2.3.1).
    if cid == agent.intrinsics.promise {
        // NOTE(mini-js): for C = %Promise% steps 3-9 cannot be observed (the executor is a
        // built-in and %Promise%.prototype is non-writable), so the promise and its resolving
        // functions are made directly, as Promise ( executor ) would make them.
        let promise = create_intrinsic_promise(agent);
        return Ok(PromiseCapability {
            promise: Value::Object(promise),
            functions: CapabilityFunctions::Unmade(Rc::new(UnmadeResolvingFunctions {
                promise,
                already_resolved: Rc::new(Cell::new(false)),
                made: Cell::new(None),
            })),
        });
    }
    // 3. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
    let resolving = Rc::new(RefCell::new((Value::Undefined, Value::Undefined)));
    // 4-5. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
    let executor = create_builtin_function(
        agent,
        get_capabilities_executor,
        2,
        "",
        false,
        Some(Box::new(Captures::CapabilitiesExecutor(resolving.clone()))),
    );
    // 6. Let promise be ? Construct(C, « executor »).
    let promise = construct(agent, cid, &[Value::Object(executor)], None)?;
    let (resolve, reject) = resolving.borrow().clone();
    // 7. If IsCallable(resolvingFunctions.[[Resolve]]) is false, throw a TypeError exception.
    // 8. If IsCallable(resolvingFunctions.[[Reject]]) is false, throw a TypeError exception.
    if !is_callable(agent, &resolve) || !is_callable(agent, &reject) {
        return Err(agent.type_error("Promise resolve or reject function is not callable"));
    }
    // 9. Return the PromiseCapability Record { [[Promise]]: promise, [[Resolve]]: …, [[Reject]]: … }.
    Ok(PromiseCapability::new(promise, resolve, reject))
}

/// GetCapabilitiesExecutor: the executorClosure of NewPromiseCapability step 4.
#[doc(alias = "GetCapabilitiesExecutor")]
fn get_capabilities_executor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let resolving = match active_captures(agent) {
        Some(Captures::CapabilitiesExecutor(r)) => r.clone(),
        _ => unreachable!("GetCapabilitiesExecutor has its record"),
    };
    let mut r = resolving.borrow_mut();
    // a. If resolvingFunctions.[[Resolve]] is not undefined, throw a TypeError exception.
    // b. If resolvingFunctions.[[Reject]] is not undefined, throw a TypeError exception.
    if !r.0.is_undefined() || !r.1.is_undefined() {
        drop(r);
        return Err(agent
            .type_error("Promise executor has already been invoked with non-undefined arguments"));
    }
    // c. Set resolvingFunctions.[[Resolve]] to resolve.
    r.0 = arg(args, 0);
    // d. Set resolvingFunctions.[[Reject]] to reject.
    r.1 = arg(args, 1);
    // e. Return undefined.
    Ok(Value::Undefined)
}

/// IsPromise ( x ) (§27.2.1.6)
#[doc(alias = "IsPromise")]
pub fn is_promise(agent: &Agent, x: &Value) -> bool {
    // 1. If x is not an Object, return false.
    // 2. If x does not have a [[PromiseState]] internal slot, return false.
    // 3. Return true.
    matches!(x, Value::Object(o) if matches!(agent.heap.get(*o).kind, ObjectKind::Promise(_)))
}

/// RejectPromise ( promise, reason ) (§27.2.1.7)
#[doc(alias = "RejectPromise")]
pub fn reject_promise(agent: &mut Agent, promise: ObjectId, reason: Value) {
    let data = promise_data_mut(agent, promise);
    // 1. Assert: The value of promise.[[PromiseState]] is pending.
    debug_assert_eq!(data.state, PromiseState::Pending, "RejectPromise step 1");
    // 2. Let reactions be promise.[[PromiseRejectReactions]].
    // 5. Set promise.[[PromiseRejectReactions]] to undefined.
    let reactions = std::mem::take(&mut data.reject_reactions);
    // 3. Set promise.[[PromiseResult]] to reason.
    data.result = reason.clone();
    // 4. Set promise.[[PromiseFulfillReactions]] to undefined.
    data.fulfill_reactions = Vec::new();
    // 6. Set promise.[[PromiseState]] to rejected.
    data.state = PromiseState::Rejected;
    let handled = data.is_handled;
    crate::trace::promise_settled(
        agent,
        "§27.2.1.7 RejectPromise",
        promise,
        false,
        &reason,
        reactions.len(),
    );
    // 7. If promise.[[PromiseIsHandled]] is false, perform
    //    HostPromiseRejectionTracker(promise, "reject").
    if !handled {
        host_promise_rejection_tracker(agent, promise, RejectionOperation::Reject);
    }
    // 8. Perform TriggerPromiseReactions(reactions, reason).
    trigger_promise_reactions(agent, reactions, reason);
    // 9. Return unused.
}

/// TriggerPromiseReactions ( reactions, argument ) (§27.2.1.8)
#[doc(alias = "TriggerPromiseReactions")]
pub fn trigger_promise_reactions(
    agent: &mut Agent,
    reactions: Vec<PromiseReaction>,
    argument: Value,
) {
    // 1. For each element reaction of reactions, do
    for reaction in reactions {
        // a. Let job be NewPromiseReactionJob(reaction, argument).
        let job = new_promise_reaction_job(reaction, argument.clone());
        // b. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
        host_enqueue_promise_job(agent, job, "§27.2.1.8 TriggerPromiseReactions step 1.b");
    }
    // 2. Return unused.
}

/// HostPromiseRejectionTracker ( promise, operation ) (§27.2.1.9): the host keeps the
/// promises rejected without a handler, and reports those still unhandled after a microtask
/// drain (the host crate's run loop), as Node does.
#[doc(alias = "HostPromiseRejectionTracker")]
pub fn host_promise_rejection_tracker(
    agent: &mut Agent,
    promise: ObjectId,
    operation: RejectionOperation,
) {
    crate::execution::host_hooks::host_promise_rejection_tracker(agent, promise, operation);
}

// ───────────────────────────── §27.2.2 promise jobs ─────────────────────────────

/// NewPromiseReactionJob ( reaction, argument ) (§27.2.2.1): the job as data; its closure's
/// steps are [`promise_reaction_job`].
#[doc(alias = "NewPromiseReactionJob")]
pub fn new_promise_reaction_job(reaction: PromiseReaction, argument: Value) -> Job {
    // 1. Let job be a new Job Abstract Closure … that captures reaction and argument.
    // 2-4. handlerRealm: there is one realm.
    Job::PromiseReaction { reaction, argument }
}

/// The Job Abstract Closure of NewPromiseReactionJob (§27.2.2.1 step 1).
pub fn promise_reaction_job(
    agent: &mut Agent,
    reaction: PromiseReaction,
    argument: Value,
) -> JsResult<Value> {
    // a. Let promiseCapability be reaction.[[Capability]].
    // b. Let type be reaction.[[Type]].
    // c. Let handler be reaction.[[Handler]].
    let PromiseReaction {
        capability,
        kind,
        handler,
    } = reaction;
    let handler_result = match handler {
        // d. If handler is empty, then
        ReactionHandler::Empty => match kind {
            // i. If type is fulfill, let handlerResult be NormalCompletion(argument).
            ReactionType::Fulfill => Ok(argument),
            // ii. Else, let handlerResult be ThrowCompletion(argument).
            ReactionType::Reject => Err(Abrupt::Throw(argument)),
        },
        // e. Else, let handlerResult be Completion(HostCallJobCallback(handler, undefined,
        //    « argument »)).
        ReactionHandler::Callable(f) => {
            let roots: Vec<Value> = capability.iter().flat_map(|c| c.values()).collect();
            crate::execution::host_hooks::host_call_job_callback(
                agent,
                &Value::Object(f),
                Value::Undefined,
                &[argument],
                &roots,
            )
        }
        // Await's closures (§27.7.5.3 steps 3 and 5): resume the suspended context with a
        // normal or throw completion; they return undefined and have no capability.
        ReactionHandler::Resume(holder) => {
            let completion = match kind {
                ReactionType::Fulfill => Ok(argument),
                ReactionType::Reject => Err(Abrupt::Throw(argument)),
            };
            let r = crate::runtime_semantics::machine::resume_suspended_context(
                agent, holder, completion,
            );
            if let Err(Abrupt::Terminate(m)) = r {
                return Err(Abrupt::Terminate(m));
            }
            Ok(Value::Undefined)
        }
        // AsyncGeneratorAwaitReturn's closures (§27.6.3.9 steps 11 and 13).
        ReactionHandler::AsyncGeneratorAwaitReturn(generator) => {
            let result = match kind {
                ReactionType::Fulfill => Ok(argument),
                ReactionType::Reject => Err(Abrupt::Throw(argument)),
            };
            crate::builtins::async_generator::await_return_settled(agent, generator, result);
            Ok(Value::Undefined)
        }
        // AsyncFromSyncIteratorContinuation's closures (§27.1.6.4 steps 9 and 13).
        h @ (ReactionHandler::AsyncFromSyncUnwrap { .. }
        | ReactionHandler::AsyncFromSyncClose { .. }) => {
            crate::builtins::async_from_sync_iterator::call_continuation_closure(
                agent, &h, argument,
            )
        }
    };
    // f. If promiseCapability is undefined, then
    let Some(capability) = capability else {
        // i. Assert: handlerResult is not an abrupt completion.
        // ii. Return empty.
        // NOTE(mini-js): only a host termination can make it abrupt here; it passes on.
        if let Err(Abrupt::Terminate(m)) = handler_result {
            return Err(Abrupt::Terminate(m));
        }
        return Ok(Value::Undefined);
    };
    // g. Assert: promiseCapability is a PromiseCapability Record.
    match handler_result {
        // h. If handlerResult is an abrupt completion, then
        //    i. Return ? Call(promiseCapability.[[Reject]], undefined, « handlerResult.[[Value]] »).
        Err(Abrupt::Throw(e)) => capability.call_reject(agent, e),
        Err(other) => Err(other),
        // i. Else,
        //    i. Return ? Call(promiseCapability.[[Resolve]], undefined, « handlerResult.[[Value]] »).
        Ok(v) => capability.call_resolve(agent, v),
    }
}

/// NewPromiseResolveThenableJob ( promiseToResolve, thenable, then ) (§27.2.2.2): the job as
/// data; its closure's steps are [`promise_resolve_thenable_job`].
#[doc(alias = "NewPromiseResolveThenableJob")]
pub fn new_promise_resolve_thenable_job(
    promise_to_resolve: ObjectId,
    thenable: ObjectId,
    then: ObjectId,
) -> Job {
    // 1. Let job be a new Job Abstract Closure … that captures promiseToResolve, thenable,
    //    and then.
    // 2-6. thenRealm: there is one realm.
    Job::PromiseResolveThenable {
        promise: promise_to_resolve,
        thenable,
        then,
    }
}

/// The Job Abstract Closure of NewPromiseResolveThenableJob (§27.2.2.2 step 1).
pub fn promise_resolve_thenable_job(
    agent: &mut Agent,
    promise_to_resolve: ObjectId,
    thenable: ObjectId,
    then: ObjectId,
) -> JsResult<Value> {
    // a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
    let (resolve, reject) = create_resolving_functions(agent, promise_to_resolve);
    // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable,
    //    « resolvingFunctions.[[Resolve]], resolvingFunctions.[[Reject]] »)).
    let then_call_result = crate::execution::host_hooks::host_call_job_callback(
        agent,
        &Value::Object(then),
        Value::Object(thenable),
        &[Value::Object(resolve), Value::Object(reject)],
        &[Value::Object(reject)],
    );
    match then_call_result {
        // c. If thenCallResult is an abrupt completion, then
        //    i. Return ? Call(resolvingFunctions.[[Reject]], undefined, « thenCallResult.[[Value]] »).
        Err(Abrupt::Throw(e)) => call(agent, &Value::Object(reject), Value::Undefined, &[e]),
        Err(other) => Err(other),
        // d. Return ! thenCallResult.
        Ok(v) => Ok(v),
    }
}

// ───────────────────────────── §27.2.3 the Promise constructor ─────────────────────────────

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let proto = new_prototype(agent, op);
    agent.intrinsics.promise_prototype = proto;
    let promise = super::create_constructor(agent, "Promise", 1, promise_constructor, proto);
    agent.intrinsics.promise = promise;
    // §27.2.4 Properties of the Promise Constructor
    define_method(agent, promise, "all", promise_all, 1);
    define_method(agent, promise, "allSettled", promise_all_settled, 1);
    define_method(agent, promise, "any", promise_any, 1);
    define_method(agent, promise, "race", promise_race, 1);
    define_method(agent, promise, "reject", promise_reject, 1);
    define_method(agent, promise, "resolve", promise_resolve_function, 1);
    define_method(agent, promise, "try", promise_try, 1);
    define_method(agent, promise, "withResolvers", promise_with_resolvers, 0);
    let species = PropertyKey::Symbol(agent.symbols.species.clone());
    agent.intrinsics.promise_species_getter =
        define_getter(agent, promise, species, promise_species);
    // §27.2.5 Properties of the Promise Prototype Object
    define_method(agent, proto, "catch", promise_prototype_catch, 1);
    define_method(agent, proto, "finally", promise_prototype_finally, 1);
    let then = define_method(agent, proto, "then", promise_prototype_then, 2);
    agent.intrinsics.promise_prototype_then = then;
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    define_value(agent, proto, tag, Value::str("Promise"), false, false, true);
}

/// Promise ( executor ) (§27.2.3.1)
fn promise_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(nt) = nt else {
        return Err(agent.type_error("Promise constructor cannot be invoked without 'new'"));
    };
    // 2. If IsCallable(executor) is false, throw a TypeError exception.
    let executor = arg(args, 0);
    if !is_callable(agent, &executor) {
        let shown = match &executor {
            Value::String(s) => s.to_rust_string(),
            other => crate::describe::brief_value(agent, other),
        };
        return Err(agent.type_error(format!("Promise resolver {shown} is not a function")));
    }
    // 3. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%",
    //    « [[PromiseState]], [[PromiseResult]], [[PromiseFulfillReactions]],
    //    [[PromiseRejectReactions]], [[PromiseIsHandled]] »).
    // 4-8. (PromiseData::pending)
    let default = agent.intrinsics.promise_prototype;
    let promise = ordinary_create_from_constructor(
        agent,
        Some(nt),
        default,
        ObjectKind::Promise(Box::new(PromiseData::pending())),
    )?;
    crate::trace::promise_created(agent, "§27.2.3.1 Promise ( executor )", promise);
    // 9. Let resolvingFunctions be CreateResolvingFunctions(promise).
    let (resolve, reject) = create_resolving_functions(agent, promise);
    // 10. Let completion be Completion(Call(executor, undefined, « resolvingFunctions.[[Resolve]],
    //     resolvingFunctions.[[Reject]] »)).
    let completion = call(
        agent,
        &executor,
        Value::Undefined,
        &[Value::Object(resolve), Value::Object(reject)],
    );
    // 11. If completion is an abrupt completion, then
    match completion {
        // a. Perform ? Call(resolvingFunctions.[[Reject]], undefined, « completion.[[Value]] »).
        Err(Abrupt::Throw(e)) => {
            call(agent, &Value::Object(reject), Value::Undefined, &[e])?;
        }
        Err(other) => return Err(other),
        Ok(_) => {}
    }
    // 12. Return promise.
    Ok(Value::Object(promise))
}

// ───────────────────────────── §27.2.4 the constructor's properties ─────────────────────────────

/// Which combinator a shared driver runs (the spec writes the four out in full; their
/// outer steps 1-9 are identical).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

impl Combinator {
    fn name(self) -> &'static str {
        match self {
            Combinator::All => "Promise.all",
            Combinator::AllSettled => "Promise.allSettled",
            Combinator::Any => "Promise.any",
            Combinator::Race => "Promise.race",
        }
    }
}

/// Steps 1-9 shared by Promise.all (§27.2.4.1), allSettled (§27.2.4.2), any (§27.2.4.3) and
/// race (§27.2.4.5).
fn promise_combinator(
    agent: &mut Agent,
    this: Value,
    iterable: Value,
    which: Combinator,
) -> JsResult<Value> {
    // 1. Let C be the this value.
    let c = this;
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    let capability = new_promise_capability_for(agent, c.clone(), Some(which.name()))?;
    let Value::Object(cid) = c else {
        unreachable!("NewPromiseCapability checked IsConstructor")
    };
    // 3. Let promiseResolve be Completion(GetPromiseResolve(C)).
    let promise_resolve = get_promise_resolve(agent, cid);
    // 4. IfAbruptRejectPromise(promiseResolve, promiseCapability).
    let promise_resolve = if_abrupt_reject_promise!(agent, promise_resolve, capability);
    // 5. Let iteratorRecord be Completion(GetIterator(iterable, sync)).
    let iterator_record = get_iterator_of_iterable(agent, &iterable);
    // 6. IfAbruptRejectPromise(iteratorRecord, promiseCapability).
    let mut iterator_record = if_abrupt_reject_promise!(agent, iterator_record, capability);
    // 7. Let result be Completion(PerformPromiseAll(iteratorRecord, C, promiseCapability,
    //    promiseResolve)) (or PerformPromiseAllSettled / Any / Race).
    let mut result = match which {
        Combinator::All => perform_promise_all(
            agent,
            &mut iterator_record,
            cid,
            &capability,
            &promise_resolve,
        ),
        Combinator::AllSettled => perform_promise_all_settled(
            agent,
            &mut iterator_record,
            cid,
            &capability,
            &promise_resolve,
        ),
        Combinator::Any => perform_promise_any(
            agent,
            &mut iterator_record,
            cid,
            &capability,
            &promise_resolve,
        ),
        Combinator::Race => perform_promise_race(
            agent,
            &mut iterator_record,
            cid,
            &capability,
            &promise_resolve,
        ),
    };
    // 8. If result is an abrupt completion, then
    if result.is_err() {
        // a. If iteratorRecord.[[Done]] is false, set result to
        //    Completion(IteratorClose(iteratorRecord, result)).
        if !iterator_record.done {
            result = iterator_close(agent, iterator_record.iterator, result);
        }
        // b. IfAbruptRejectPromise(result, promiseCapability).
        let value = if_abrupt_reject_promise!(agent, result, capability);
        return Ok(value);
    }
    // 9. Return ! result.
    result
}

/// GetIterator ( iterable, sync ) (§7.4.4) with V8's message for a value that is not
/// iterable in the Promise combinators ("number 5 is not iterable (cannot read property
/// Symbol(Symbol.iterator))").
fn get_iterator_of_iterable(agent: &mut Agent, iterable: &Value) -> JsResult<IteratorRecord> {
    let not_iterable = |agent: &mut Agent| {
        let what = match iterable {
            Value::Undefined => "undefined".to_string(),
            Value::Null => "object null".to_string(),
            Value::Number(_) | Value::Bool(_) => format!(
                "{} {}",
                crate::runtime_semantics::operators::typeof_value(agent, iterable),
                crate::describe::brief_value(agent, iterable)
            ),
            other => crate::runtime_semantics::operators::typeof_value(agent, other).to_string(),
        };
        agent.type_error(format!(
            "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
        ))
    };
    if iterable.is_nullish() {
        return Err(not_iterable(agent));
    }
    // 2.a. Let method be ? GetMethod(obj, %Symbol.iterator%).
    let key = PropertyKey::Symbol(agent.symbols.iterator.clone());
    let method = crate::abstract_ops::get_method(agent, iterable, &key)?;
    // 3. If method is undefined, throw a TypeError exception.
    if method.is_undefined() {
        return Err(not_iterable(agent));
    }
    // 4. Return ? GetIteratorFromMethod(obj, method).
    crate::abstract_ops::operations_on_iterator_objects::get_iterator_from_method(
        agent, iterable, &method,
    )
}

/// Promise.all ( iterable ) (§27.2.4.1)
fn promise_all(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    promise_combinator(agent, this, arg(args, 0), Combinator::All)
}

/// GetPromiseResolve ( promiseConstructor ) (§27.2.4.1.1)
#[doc(alias = "GetPromiseResolve")]
fn get_promise_resolve(agent: &mut Agent, promise_constructor: ObjectId) -> JsResult<Value> {
    // 1. Let promiseResolve be ? Get(promiseConstructor, "resolve").
    let promise_resolve = get_str(agent, promise_constructor, "resolve")?;
    // 2. If IsCallable(promiseResolve) is false, throw a TypeError exception.
    if !is_callable(agent, &promise_resolve) {
        return Err(agent.type_error("resolve is not a function"));
    }
    // 3. Return promiseResolve.
    Ok(promise_resolve)
}

/// Makes a combinator's element function (CreateBuiltinFunction(steps, 1, "", « slots »)).
fn make_element_function(agent: &mut Agent, data: ElementFunction) -> Value {
    let behaviour: crate::object::NativeFn = match data.kind {
        ElementKind::AllResolve => promise_all_resolve_element,
        ElementKind::AllSettledResolve => promise_all_settled_resolve_element,
        ElementKind::AllSettledReject => promise_all_settled_reject_element,
        ElementKind::AnyReject => promise_any_reject_element,
    };
    Value::Object(create_builtin_function(
        agent,
        behaviour,
        1,
        "",
        false,
        Some(Box::new(Captures::PromiseElement(Box::new(data)))),
    ))
}

/// PerformPromiseAll ( iteratorRecord, constructor, resultCapability, promiseResolve )
/// (§27.2.4.1.2)
#[doc(alias = "PerformPromiseAll")]
fn perform_promise_all(
    agent: &mut Agent,
    iterator_record: &mut IteratorRecord,
    constructor: ObjectId,
    result_capability: &PromiseCapability,
    promise_resolve: &Value,
) -> JsResult<Value> {
    // 1. Let values be a new empty List.
    let values = Rc::new(RefCell::new(Vec::new()));
    // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }.
    let remaining = Rc::new(Cell::new(1u64));
    // 3. Let index be 0.
    let mut index = 0;
    // 4. Repeat,
    loop {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        let Some(next) = iterator_step_value(agent, iterator_record)? else {
            // b. If next is done, then
            // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
            remaining.set(remaining.get() - 1);
            // ii. If remainingElementsCount.[[Value]] = 0, then
            if remaining.get() == 0 {
                // 1. Let valuesArray be CreateArrayFromList(values).
                let list = values.borrow().clone();
                let values_array = create_array_from_list(agent, list);
                // 2. Perform ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
                result_capability.call_resolve(agent, Value::Object(values_array))?;
            }
            // iii. Return resultCapability.[[Promise]].
            return Ok(result_capability.promise.clone());
        };
        // c. Append undefined to values.
        values.borrow_mut().push(Value::Undefined);
        // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
        let next_promise = call(agent, promise_resolve, Value::Object(constructor), &[next])?;
        // e-l. Let onFulfilled be CreateBuiltinFunction(steps, 1, "", « [[AlreadyCalled]],
        //      [[Index]], [[Values]], [[Capability]], [[RemainingElements]] ») with
        //      [[AlreadyCalled]] false, [[Index]] index, [[Values]] values, [[Capability]]
        //      resultCapability, [[RemainingElements]] remainingElementsCount.
        let on_fulfilled = make_element_function(
            agent,
            ElementFunction {
                kind: ElementKind::AllResolve,
                already_called: Rc::new(Cell::new(false)),
                index,
                values: values.clone(),
                capability: result_capability.clone(),
                remaining: remaining.clone(),
            },
        );
        // m. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
        remaining.set(remaining.get() + 1);
        // n. Perform ? Invoke(nextPromise, "then", « onFulfilled, resultCapability.[[Reject]] »).
        let reject = result_capability.reject(agent);
        invoke(
            agent,
            &next_promise,
            &PropertyKey::from("then"),
            &[on_fulfilled, reject],
        )?;
        // o. Set index to index + 1.
        index += 1;
    }
}

/// The slots of the running element function.
fn element_slots(
    agent: &Agent,
) -> (
    Rc<Cell<bool>>,
    usize,
    Rc<RefCell<Vec<Value>>>,
    PromiseCapability,
    Rc<Cell<u64>>,
) {
    match active_captures(agent) {
        Some(Captures::PromiseElement(e)) => (
            e.already_called.clone(),
            e.index,
            e.values.clone(),
            e.capability.clone(),
            e.remaining.clone(),
        ),
        _ => unreachable!("an element function has its slots"),
    }
}

/// `Promise.all` Resolve Element Functions (§27.2.4.1.3)
fn promise_all_resolve_element(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let F be the active function object.
    let (already_called, index, values, promise_capability, remaining) = element_slots(agent);
    // 2. If F.[[AlreadyCalled]] is true, return undefined.
    if already_called.get() {
        return Ok(Value::Undefined);
    }
    // 3. Set F.[[AlreadyCalled]] to true.
    already_called.set(true);
    // 4-7. Let index, values, promiseCapability, remainingElementsCount be F's slots.
    // 8. Set values[index] to x.
    values.borrow_mut()[index] = arg(args, 0);
    // 9. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
    remaining.set(remaining.get() - 1);
    // 10. If remainingElementsCount.[[Value]] = 0, then
    if remaining.get() == 0 {
        // a. Let valuesArray be CreateArrayFromList(values).
        let list = values.borrow().clone();
        let values_array = create_array_from_list(agent, list);
        // b. Return ? Call(promiseCapability.[[Resolve]], undefined, « valuesArray »).
        return promise_capability.call_resolve(agent, Value::Object(values_array));
    }
    // 11. Return undefined.
    Ok(Value::Undefined)
}

/// Promise.allSettled ( iterable ) (§27.2.4.2)
fn promise_all_settled(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    promise_combinator(agent, this, arg(args, 0), Combinator::AllSettled)
}

/// PerformPromiseAllSettled ( iteratorRecord, constructor, resultCapability, promiseResolve )
/// (§27.2.4.2.1)
#[doc(alias = "PerformPromiseAllSettled")]
fn perform_promise_all_settled(
    agent: &mut Agent,
    iterator_record: &mut IteratorRecord,
    constructor: ObjectId,
    result_capability: &PromiseCapability,
    promise_resolve: &Value,
) -> JsResult<Value> {
    // 1. Let values be a new empty List.
    let values = Rc::new(RefCell::new(Vec::new()));
    // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }.
    let remaining = Rc::new(Cell::new(1u64));
    // 3. Let index be 0.
    let mut index = 0;
    // 4. Repeat,
    loop {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        let Some(next) = iterator_step_value(agent, iterator_record)? else {
            // b. If next is done, then
            // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
            remaining.set(remaining.get() - 1);
            // ii. If remainingElementsCount.[[Value]] = 0, then
            if remaining.get() == 0 {
                // 1. Let valuesArray be CreateArrayFromList(values).
                let list = values.borrow().clone();
                let values_array = create_array_from_list(agent, list);
                // 2. Perform ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
                result_capability.call_resolve(agent, Value::Object(values_array))?;
            }
            // iii. Return resultCapability.[[Promise]].
            return Ok(result_capability.promise.clone());
        };
        // c. Append undefined to values.
        values.borrow_mut().push(Value::Undefined);
        // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
        let next_promise = call(agent, promise_resolve, Value::Object(constructor), &[next])?;
        // h. Let alreadyCalled be the Record { [[Value]]: false }.
        let already_called = Rc::new(Cell::new(false));
        // e-g, i-m. Let onFulfilled be CreateBuiltinFunction(stepsFulfilled, 1, "", …) with
        //      its slots set.
        let on_fulfilled = make_element_function(
            agent,
            ElementFunction {
                kind: ElementKind::AllSettledResolve,
                already_called: already_called.clone(),
                index,
                values: values.clone(),
                capability: result_capability.clone(),
                remaining: remaining.clone(),
            },
        );
        // n-u. Let onRejected be CreateBuiltinFunction(stepsRejected, 1, "", …) with its
        //      slots set (sharing alreadyCalled).
        let on_rejected = make_element_function(
            agent,
            ElementFunction {
                kind: ElementKind::AllSettledReject,
                already_called,
                index,
                values: values.clone(),
                capability: result_capability.clone(),
                remaining: remaining.clone(),
            },
        );
        // v. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
        remaining.set(remaining.get() + 1);
        // w. Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
        invoke(
            agent,
            &next_promise,
            &PropertyKey::from("then"),
            &[on_fulfilled, on_rejected],
        )?;
        // x. Set index to index + 1.
        index += 1;
    }
}

/// The shared body of the two allSettled element functions (§27.2.4.2.2 and §27.2.4.2.3,
/// identical but for the "status" and the key of x).
fn all_settled_element(agent: &mut Agent, x: Value, fulfilled: bool) -> JsResult<Value> {
    // 1. Let F be the active function object.
    let (already_called, index, values, promise_capability, remaining) = element_slots(agent);
    // 2. Let alreadyCalled be F.[[AlreadyCalled]].
    // 3. If alreadyCalled.[[Value]] is true, return undefined.
    if already_called.get() {
        return Ok(Value::Undefined);
    }
    // 4. Set alreadyCalled.[[Value]] to true.
    already_called.set(true);
    // 5-8. Let index, values, promiseCapability, remainingElementsCount be F's slots.
    // 9. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    let obj = new_object(agent);
    let (status, key) = if fulfilled {
        ("fulfilled", "value")
    } else {
        ("rejected", "reason")
    };
    // 10. Perform ! CreateDataPropertyOrThrow(obj, "status", "fulfilled" / "rejected").
    create_data_property_or_throw(agent, obj, PropertyKey::from("status"), Value::str(status))
        .expect("a fresh ordinary object accepts data properties");
    // 11. Perform ! CreateDataPropertyOrThrow(obj, "value" / "reason", x).
    create_data_property_or_throw(agent, obj, PropertyKey::from(key), x)
        .expect("a fresh ordinary object accepts data properties");
    // 12. Set values[index] to obj.
    values.borrow_mut()[index] = Value::Object(obj);
    // 13. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
    remaining.set(remaining.get() - 1);
    // 14. If remainingElementsCount.[[Value]] = 0, then
    if remaining.get() == 0 {
        // a. Let valuesArray be CreateArrayFromList(values).
        let list = values.borrow().clone();
        let values_array = create_array_from_list(agent, list);
        // b. Return ? Call(promiseCapability.[[Resolve]], undefined, « valuesArray »).
        return promise_capability.call_resolve(agent, Value::Object(values_array));
    }
    // 15. Return undefined.
    Ok(Value::Undefined)
}

/// `Promise.allSettled` Resolve Element Functions (§27.2.4.2.2)
fn promise_all_settled_resolve_element(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    all_settled_element(agent, arg(args, 0), true)
}

/// `Promise.allSettled` Reject Element Functions (§27.2.4.2.3)
fn promise_all_settled_reject_element(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    all_settled_element(agent, arg(args, 0), false)
}

/// Promise.any ( iterable ) (§27.2.4.3)
fn promise_any(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    promise_combinator(agent, this, arg(args, 0), Combinator::Any)
}

/// A newly created AggregateError whose "errors" is an array of `errors` (PerformPromiseAny
/// step 4.b.ii.1-2, `Promise.any` Reject Element Functions step 10.a-b).
fn new_aggregate_error(agent: &mut Agent, errors: Vec<Value>) -> ObjectId {
    // 1. Let error be a newly created AggregateError object.
    let error = agent.new_error(ErrorKind::AggregateError, "All promises were rejected");
    // 2. Perform ! DefinePropertyOrThrow(error, "errors", PropertyDescriptor { [[Configurable]]:
    //    true, [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errors) }).
    let array = create_array_from_list(agent, errors);
    agent.heap.get_mut(error).props.insert(
        PropertyKey::from("errors"),
        Property::hidden(Value::Object(array)),
    );
    error
}

/// PerformPromiseAny ( iteratorRecord, constructor, resultCapability, promiseResolve )
/// (§27.2.4.3.1)
#[doc(alias = "PerformPromiseAny")]
fn perform_promise_any(
    agent: &mut Agent,
    iterator_record: &mut IteratorRecord,
    constructor: ObjectId,
    result_capability: &PromiseCapability,
    promise_resolve: &Value,
) -> JsResult<Value> {
    // 1. Let errors be a new empty List.
    let errors = Rc::new(RefCell::new(Vec::new()));
    // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }.
    let remaining = Rc::new(Cell::new(1u64));
    // 3. Let index be 0.
    let mut index = 0;
    // 4. Repeat,
    loop {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        let Some(next) = iterator_step_value(agent, iterator_record)? else {
            // b. If next is done, then
            // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
            remaining.set(remaining.get() - 1);
            // ii. If remainingElementsCount.[[Value]] = 0, then
            if remaining.get() == 0 {
                // 1-2. Let error be a newly created AggregateError object with "errors".
                let list = errors.borrow().clone();
                let error = new_aggregate_error(agent, list);
                // 3. Return ThrowCompletion(error).
                return Err(Abrupt::Throw(Value::Object(error)));
            }
            // iii. Return resultCapability.[[Promise]].
            return Ok(result_capability.promise.clone());
        };
        // c. Append undefined to errors.
        errors.borrow_mut().push(Value::Undefined);
        // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
        let next_promise = call(agent, promise_resolve, Value::Object(constructor), &[next])?;
        // e-l. Let onRejected be CreateBuiltinFunction(stepsRejected, 1, "", …) with its
        //      slots set.
        let on_rejected = make_element_function(
            agent,
            ElementFunction {
                kind: ElementKind::AnyReject,
                already_called: Rc::new(Cell::new(false)),
                index,
                values: errors.clone(),
                capability: result_capability.clone(),
                remaining: remaining.clone(),
            },
        );
        // m. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
        remaining.set(remaining.get() + 1);
        // n. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]], onRejected »).
        let resolve = result_capability.resolve(agent);
        invoke(
            agent,
            &next_promise,
            &PropertyKey::from("then"),
            &[resolve, on_rejected],
        )?;
        // o. Set index to index + 1.
        index += 1;
    }
}

/// `Promise.any` Reject Element Functions (§27.2.4.3.2)
fn promise_any_reject_element(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let F be the active function object.
    let (already_called, index, errors, promise_capability, remaining) = element_slots(agent);
    // 2. If F.[[AlreadyCalled]] is true, return undefined.
    if already_called.get() {
        return Ok(Value::Undefined);
    }
    // 3. Set F.[[AlreadyCalled]] to true.
    already_called.set(true);
    // 4-7. Let index, errors, promiseCapability, remainingElementsCount be F's slots.
    // 8. Set errors[index] to x.
    errors.borrow_mut()[index] = arg(args, 0);
    // 9. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
    remaining.set(remaining.get() - 1);
    // 10. If remainingElementsCount.[[Value]] = 0, then
    if remaining.get() == 0 {
        // a-b. Let error be a newly created AggregateError object with "errors".
        let list = errors.borrow().clone();
        let error = new_aggregate_error(agent, list);
        // c. Return ? Call(promiseCapability.[[Reject]], undefined, « error »).
        return promise_capability.call_reject(agent, Value::Object(error));
    }
    // 11. Return undefined.
    Ok(Value::Undefined)
}

/// Promise.race ( iterable ) (§27.2.4.5)
fn promise_race(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    promise_combinator(agent, this, arg(args, 0), Combinator::Race)
}

/// PerformPromiseRace ( iteratorRecord, constructor, resultCapability, promiseResolve )
/// (§27.2.4.5.1)
#[doc(alias = "PerformPromiseRace")]
fn perform_promise_race(
    agent: &mut Agent,
    iterator_record: &mut IteratorRecord,
    constructor: ObjectId,
    result_capability: &PromiseCapability,
    promise_resolve: &Value,
) -> JsResult<Value> {
    // 1. Repeat,
    loop {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        let Some(next) = iterator_step_value(agent, iterator_record)? else {
            // b. If next is done, then
            //    i. Return resultCapability.[[Promise]].
            return Ok(result_capability.promise.clone());
        };
        // c. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
        let next_promise = call(agent, promise_resolve, Value::Object(constructor), &[next])?;
        // d. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]],
        //    resultCapability.[[Reject]] »).
        let (resolve, reject) = (
            result_capability.resolve(agent),
            result_capability.reject(agent),
        );
        invoke(
            agent,
            &next_promise,
            &PropertyKey::from("then"),
            &[resolve, reject],
        )?;
    }
}

/// Promise.reject ( r ) (§27.2.4.6)
fn promise_reject(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let C be the this value.
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    let capability = new_promise_capability_for(agent, this, Some("PromiseReject"))?;
    // 3. Perform ? Call(promiseCapability.[[Reject]], undefined, « r »).
    capability.call_reject(agent, arg(args, 0))?;
    // 4. Return promiseCapability.[[Promise]].
    Ok(capability.promise)
}

/// Promise.resolve ( x ) (§27.2.4.7)
fn promise_resolve_function(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let C be the this value.
    // 2. If C is not an Object, throw a TypeError exception.
    let Value::Object(c) = this else {
        return Err(agent.type_error("PromiseResolve called on non-object"));
    };
    // 3. Return ? PromiseResolve(C, x).
    Ok(Value::Object(promise_resolve(agent, c, arg(args, 0))?))
}

/// PromiseResolve ( C, x ) (§27.2.4.7.1)
#[doc(alias = "PromiseResolve")]
pub fn promise_resolve(agent: &mut Agent, c: ObjectId, x: Value) -> JsResult<ObjectId> {
    // 1. If IsPromise(x) is true, then
    if let (true, Value::Object(xo)) = (is_promise(agent, &x), &x) {
        // a. Let xConstructor be ? Get(x, "constructor").
        let x_constructor = get_str(agent, *xo, "constructor")?;
        // b. If SameValue(xConstructor, C) is true, return x.
        if same_value(&x_constructor, &Value::Object(c)) {
            return Ok(*xo);
        }
    }
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    let capability = new_promise_capability(agent, Value::Object(c))?;
    // 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
    capability.call_resolve(agent, x)?;
    // 4. Return promiseCapability.[[Promise]].
    match capability.promise {
        Value::Object(p) => Ok(p),
        _ => unreachable!("Construct returns an object"),
    }
}

/// Promise.try ( callback, ...args ) (§27.2.4.8)
fn promise_try(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let C be the this value.
    // 2. If C is not an Object, throw a TypeError exception.
    if !matches!(this, Value::Object(_)) {
        return Err(agent.type_error("Promise.try called on non-object"));
    }
    // 3. Let promiseCapability be ? NewPromiseCapability(C).
    let capability = new_promise_capability(agent, this)?;
    // 4. Let status be Completion(Call(callback, undefined, args)).
    let rest = args.get(1..).unwrap_or(&[]);
    let callback = arg(args, 0);
    let status = if is_callable(agent, &callback) {
        call(agent, &callback, Value::Undefined, rest)
    } else {
        // Call step 2, with V8's wording ("number 5 is not a function").
        let shown = match &callback {
            Value::Number(_) | Value::Bool(_) => format!(
                "{} {}",
                crate::runtime_semantics::operators::typeof_value(agent, &callback),
                crate::describe::brief_value(agent, &callback)
            ),
            other => crate::describe::brief_value(agent, other),
        };
        Err(agent.type_error(format!("{shown} is not a function")))
    };
    match status {
        // 5. If status is an abrupt completion, then
        //    a. Perform ? Call(promiseCapability.[[Reject]], undefined, « status.[[Value]] »).
        Err(Abrupt::Throw(e)) => {
            capability.call_reject(agent, e)?;
        }
        Err(other) => return Err(other),
        // 6. Else,
        //    a. Perform ? Call(promiseCapability.[[Resolve]], undefined, « status.[[Value]] »).
        Ok(v) => {
            capability.call_resolve(agent, v)?;
        }
    }
    // 7. Return promiseCapability.[[Promise]].
    Ok(capability.promise)
}

/// Promise.withResolvers ( ) (§27.2.4.9)
fn promise_with_resolvers(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let C be the this value.
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    let capability = new_promise_capability_for(agent, this, Some("Promise.withResolvers"))?;
    // 3. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    let obj = new_object(agent);
    // 4-6. Perform ! CreateDataPropertyOrThrow(obj, "promise" / "resolve" / "reject", …).
    let (resolve, reject) = (capability.resolve(agent), capability.reject(agent));
    for (key, v) in [
        ("promise", capability.promise),
        ("resolve", resolve),
        ("reject", reject),
    ] {
        create_data_property_or_throw(agent, obj, PropertyKey::from(key), v)
            .expect("a fresh ordinary object accepts data properties");
    }
    // 7. Return obj.
    Ok(Value::Object(obj))
}

/// get Promise [ %Symbol.species% ] (§27.2.4.10)
fn promise_species(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return the this value.
    Ok(this)
}

// ───────────────────────────── §27.2.5 the prototype's properties ─────────────────────────────

/// Promise.prototype.catch ( onRejected ) (§27.2.5.1)
fn promise_prototype_catch(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let promise be the this value.
    // 2. Return ? Invoke(promise, "then", « undefined, onRejected »).
    invoke(
        agent,
        &this,
        &PropertyKey::from("then"),
        &[Value::Undefined, arg(args, 0)],
    )
}

/// Promise.prototype.finally ( onFinally ) (§27.2.5.3)
fn promise_prototype_finally(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let promise be the this value.
    // 2. If promise is not an Object, throw a TypeError exception.
    let Value::Object(promise) = this else {
        return Err(agent.type_error("Promise.prototype.finally called on non-object"));
    };
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    let default = agent.intrinsics.promise;
    let c = species_constructor(agent, promise, default)?;
    // 4. Assert: IsConstructor(C) is true.
    let on_finally = arg(args, 0);
    // 5. If IsCallable(onFinally) is false, then
    let (then_finally, catch_finally) = if !is_callable(agent, &on_finally) {
        // a. Let thenFinally be onFinally.
        // b. Let catchFinally be onFinally.
        (on_finally.clone(), on_finally)
    } else {
        // 6. Else,
        // a-b. Let thenFinally be CreateBuiltinFunction(thenFinallyClosure, 1, "", « »).
        let then_finally = create_builtin_function(
            agent,
            finally_closure,
            1,
            "",
            false,
            Some(Box::new(Captures::PromiseFinally {
                on_finally: on_finally.clone(),
                constructor: c,
                catch: false,
            })),
        );
        // c-d. Let catchFinally be CreateBuiltinFunction(catchFinallyClosure, 1, "", « »).
        let catch_finally = create_builtin_function(
            agent,
            finally_closure,
            1,
            "",
            false,
            Some(Box::new(Captures::PromiseFinally {
                on_finally,
                constructor: c,
                catch: true,
            })),
        );
        (Value::Object(then_finally), Value::Object(catch_finally))
    };
    // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
    invoke(
        agent,
        &Value::Object(promise),
        &PropertyKey::from("then"),
        &[then_finally, catch_finally],
    )
}

/// thenFinallyClosure and catchFinallyClosure of Promise.prototype.finally (§27.2.5.3 steps
/// 6.a and 6.c): identical but for the thunk they chain (return value / throw reason).
fn finally_closure(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (on_finally, c, catch) = match active_captures(agent) {
        Some(Captures::PromiseFinally {
            on_finally,
            constructor,
            catch,
        }) => (on_finally.clone(), *constructor, *catch),
        _ => unreachable!("a finally closure has its captures"),
    };
    let value = arg(args, 0);
    // i. Let result be ? Call(onFinally, undefined).
    let result = call(agent, &on_finally, Value::Undefined, &[])?;
    // ii. Let p be ? PromiseResolve(C, result).
    let p = promise_resolve(agent, c, result)?;
    // iii-iv. Let valueThunk (thrower) be CreateBuiltinFunction(returnValue (throwReason), 0,
    //         "", « »), capturing value (reason).
    let thunk = create_builtin_function(
        agent,
        finally_thunk,
        0,
        "",
        false,
        Some(Box::new(Captures::PromiseThunk {
            value,
            throw: catch,
        })),
    );
    // v. Return ? Invoke(p, "then", « valueThunk » / « thrower »).
    invoke(
        agent,
        &Value::Object(p),
        &PropertyKey::from("then"),
        &[Value::Object(thunk)],
    )
}

/// returnValue / throwReason of Promise.prototype.finally (§27.2.5.3 steps 6.a.iii, 6.c.iii).
fn finally_thunk(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    match active_captures(agent) {
        // 1. Return value.
        Some(Captures::PromiseThunk {
            value,
            throw: false,
        }) => Ok(value.clone()),
        // 1. Return ThrowCompletion(reason).
        Some(Captures::PromiseThunk { value, throw: true }) => Err(Abrupt::Throw(value.clone())),
        _ => unreachable!("a finally thunk has its value"),
    }
}

/// Promise.prototype.then ( onFulfilled, onRejected ) (§27.2.5.4)
fn promise_prototype_then(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let promise be the this value.
    // 2. If IsPromise(promise) is false, throw a TypeError exception.
    let promise = match this {
        Value::Object(p) if is_promise(agent, &this) => p,
        _ => {
            let shown = crate::describe::brief_value(agent, &this);
            return Err(agent.type_error(format!(
                "Method Promise.prototype.then called on incompatible receiver {shown}"
            )));
        }
    };
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    let default = agent.intrinsics.promise;
    let c = species_constructor(agent, promise, default)?;
    // 4. Let resultCapability be ? NewPromiseCapability(C).
    let result_capability = new_promise_capability(agent, Value::Object(c))?;
    // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
    let on_fulfilled = ReactionHandler::from_value(agent, &arg(args, 0));
    let on_rejected = ReactionHandler::from_value(agent, &arg(args, 1));
    Ok(perform_promise_then(
        agent,
        promise,
        on_fulfilled,
        on_rejected,
        Some(result_capability),
    ))
}

/// PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
/// (§27.2.5.4.1). The handlers arrive already made into job callbacks (steps 3-6, see
/// [`ReactionHandler::from_value`]), so spec-internal callers can pass Await's closures.
#[doc(alias = "PerformPromiseThen")]
pub fn perform_promise_then(
    agent: &mut Agent,
    promise: ObjectId,
    on_fulfilled: ReactionHandler,
    on_rejected: ReactionHandler,
    result_capability: Option<PromiseCapability>,
) -> Value {
    // 1. Assert: IsPromise(promise) is true.
    debug_assert!(
        is_promise(agent, &Value::Object(promise)),
        "PerformPromiseThen step 1"
    );
    // 2. If resultCapability is not present, set resultCapability to undefined.
    // 3-6. onFulfilledJobCallback / onRejectedJobCallback (done by the caller).
    if agent.tracer.is_some() {
        let state = promise_state(agent, promise).map_or(PromiseState::Pending, |s| s.0);
        let derived = result_capability
            .as_ref()
            .and_then(|c| c.promise.as_object());
        crate::trace::reaction_registered(
            agent,
            promise,
            state,
            [on_fulfilled.object(), on_rejected.object()],
            derived,
        );
    }
    let result = result_capability.as_ref().map(|c| c.promise.clone());
    // 7. Let fulfillReaction be the PromiseReaction Record { [[Capability]]: resultCapability,
    //    [[Type]]: fulfill, [[Handler]]: onFulfilledJobCallback }.
    let fulfill_reaction = PromiseReaction {
        capability: result_capability.clone(),
        kind: ReactionType::Fulfill,
        handler: on_fulfilled,
    };
    // 8. Let rejectReaction be the PromiseReaction Record { [[Capability]]: resultCapability,
    //    [[Type]]: reject, [[Handler]]: onRejectedJobCallback }.
    let reject_reaction = PromiseReaction {
        capability: result_capability,
        kind: ReactionType::Reject,
        handler: on_rejected,
    };
    let data = promise_data_mut(agent, promise);
    match data.state {
        // 9. If promise.[[PromiseState]] is pending, then
        PromiseState::Pending => {
            // a. Append fulfillReaction to promise.[[PromiseFulfillReactions]].
            data.fulfill_reactions.push(fulfill_reaction);
            // b. Append rejectReaction to promise.[[PromiseRejectReactions]].
            data.reject_reactions.push(reject_reaction);
            // 12. Set promise.[[PromiseIsHandled]] to true.
            data.is_handled = true;
        }
        // 10. Else if promise.[[PromiseState]] is fulfilled, then
        PromiseState::Fulfilled => {
            // a. Let value be promise.[[PromiseResult]].
            let value = data.result.clone();
            // 12. Set promise.[[PromiseIsHandled]] to true.
            data.is_handled = true;
            // b. Let fulfillJob be NewPromiseReactionJob(fulfillReaction, value).
            let job = new_promise_reaction_job(fulfill_reaction, value);
            // c. Perform HostEnqueuePromiseJob(fulfillJob.[[Job]], fulfillJob.[[Realm]]).
            host_enqueue_promise_job(agent, job, "§27.2.5.4.1 PerformPromiseThen step 10.c");
        }
        // 11. Else,
        PromiseState::Rejected => {
            // a. Assert: The value of promise.[[PromiseState]] is rejected.
            // b. Let reason be promise.[[PromiseResult]].
            let reason = data.result.clone();
            let was_handled = data.is_handled;
            // 12. Set promise.[[PromiseIsHandled]] to true.
            // NOTE(mini-js): set before the tracker call (step 11.c), which reads no slot.
            data.is_handled = true;
            // c. If promise.[[PromiseIsHandled]] is false, perform
            //    HostPromiseRejectionTracker(promise, "handle").
            if !was_handled {
                host_promise_rejection_tracker(agent, promise, RejectionOperation::Handle);
            }
            // d. Let rejectJob be NewPromiseReactionJob(rejectReaction, reason).
            let job = new_promise_reaction_job(reject_reaction, reason);
            // e. Perform HostEnqueuePromiseJob(rejectJob.[[Job]], rejectJob.[[Realm]]).
            host_enqueue_promise_job(agent, job, "§27.2.5.4.1 PerformPromiseThen step 11.e");
        }
    }
    // 13. If resultCapability is undefined, then
    //     a. Return undefined.
    // 14. Else,
    //     a. Return resultCapability.[[Promise]].
    result.unwrap_or(Value::Undefined)
}
