//! Promise objects (ECMA-262 §27.2, shared/spec/06-promise.txt).
//!
//! The records of §27.2.1 as Rust types. Every abstract operation of §27.2.1–§27.2.2 is one
//! function below, named after it, with the spec's steps as comments.

use crate::heap::ObjectId;
use crate::value::Value;

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

/// PromiseCapability Record (§27.2.1.1).
#[derive(Clone, Debug)]
pub struct PromiseCapability {
    /// [[Promise]]
    pub promise: Value,
    /// [[Resolve]]
    pub resolve: Value,
    /// [[Reject]]
    pub reject: Value,
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

// ─── TEMPORARY: replaced by the promise branch's implementation when it merges. ───

pub fn create_intrinsic_promise(agent: &mut crate::Agent) -> ObjectId {
    let proto = agent.intrinsics.promise_prototype;
    agent.heap.alloc(crate::object::Object::new(
        Some(proto),
        crate::object::ObjectKind::Promise(Box::new(PromiseData {
            state: PromiseState::Pending,
            result: Value::Undefined,
            fulfill_reactions: Vec::new(),
            reject_reactions: Vec::new(),
            is_handled: false,
        })),
    ))
}

pub fn promise_resolve(
    agent: &mut crate::Agent,
    _c: ObjectId,
    _x: Value,
) -> crate::JsResult<ObjectId> {
    Err(agent.type_error("promises are not merged yet"))
}

pub fn perform_promise_then(
    _agent: &mut crate::Agent,
    _promise: ObjectId,
    _on_fulfilled: ReactionHandler,
    _on_rejected: ReactionHandler,
    _result_capability: Option<PromiseCapability>,
) -> Value {
    Value::Undefined
}

pub fn resolve_promise(_agent: &mut crate::Agent, _promise: ObjectId, _resolution: Value) {}

pub fn reject_promise(_agent: &mut crate::Agent, _promise: ObjectId, _reason: Value) {}

pub fn new_promise_capability(
    agent: &mut crate::Agent,
    _c: Value,
) -> crate::JsResult<PromiseCapability> {
    Err(agent.type_error("promises are not merged yet"))
}
