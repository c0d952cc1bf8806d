//! Array.fromAsync ( asyncItems [ , mapper [ , thisArg ] ] ) (ECMA-262 §23.1.2.2).
//!
//! The spec runs `fromAsyncClosure` with AsyncFunctionStart, so it awaits like an async
//! function. Here the closure is a state machine in a [`BuiltinFrame::FromAsync`] frame of
//! its own execution context (kind AsyncFunction): each Await parks that context exactly as
//! an `await` in JavaScript does, and its completion settles the returned promise.

use super::array::key;
use super::BuiltinFrame;
use crate::abstract_ops::operations_on_iterator_objects::{
    get_iterator_from_method, iterator_complete, iterator_value, IteratorRecord,
};
use crate::abstract_ops::{
    call, construct, create_data_property_or_throw, get, get_method, is_callable, is_constructor,
    length_of_array_like, set, to_object,
};
use crate::heap::ObjectId;
use crate::runtime_semantics::frames::Frame;
use crate::runtime_semantics::machine::{ContextKind, ExecutionContext};
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};

/// Where fromAsyncClosure stands.
pub enum FromAsyncStage {
    /// Not started: step 3.a onwards.
    Start,
    /// 3.h.iv.6: Await(nextResult) arrived.
    NextResult,
    /// 3.h.iv.9.d: Await(mappedValue) arrived.
    Mapped,
    /// 3.j.iv.4: Await(kValue) arrived (array-likes).
    KValue,
    /// 3.j.iv.5: Await(mappedValue) arrived (array-likes).
    KMapped,
    /// AsyncIteratorClose (§7.4.13): the awaited return() result arrived; the completion
    /// that closed the iterator waits here.
    Closing(Box<JsResult<Value>>),
}

pub struct FromAsyncState {
    c: Value,
    async_items: Value,
    mapper: Value,
    this_arg: Value,
    mapping: bool,
    iterator: Option<IteratorRecord>,
    array_like: Option<(ObjectId, f64)>,
    a: Option<ObjectId>,
    k: f64,
    stage: FromAsyncStage,
    /// Whether an abrupt completion now closes the iterator (IfAbruptCloseAsyncIterator).
    close_on_error: bool,
}

/// Array.fromAsync ( asyncItems [ , mapper [ , thisArg ] ] ) (§23.1.2.2)
pub fn array_from_async(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    // 1. Let C be the this value.
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    let promise = super::promise::create_intrinsic_promise(agent);
    // 3. Let fromAsyncClosure be a new Abstract Closure … (FromAsyncState below).
    let state = Box::new(FromAsyncState {
        c: this,
        async_items: arg(0),
        mapper: arg(1),
        this_arg: arg(2),
        mapping: false,
        iterator: None,
        array_like: None,
        a: None,
        k: 0.0,
        stage: FromAsyncStage::Start,
        close_on_error: false,
    });
    // 4. Perform AsyncFunctionStart(promiseCapability, fromAsyncClosure).
    crate::runtime_semantics::machine::check_stack(agent)?;
    let global_env = agent.global_env;
    agent.machine.push_context(ExecutionContext {
        frames: vec![Frame::Builtin(BuiltinFrame::FromAsync(state))],
        frame_base: 0,
        function: agent.machine.active_builtin(),
        lex_env: global_env,
        var_env: global_env,
        private_env: None,
        kind: ContextKind::AsyncFunction {
            promise,
            holder: None,
        },
        strict: true,
        return_to_native: true,
        call_site: Default::default(),
    });
    let r = crate::runtime_semantics::machine::run_pushed(agent, Ok(Value::Undefined));
    if let Err(Abrupt::Terminate(t)) = r {
        return Err(Abrupt::Terminate(t));
    }
    // 5. Return promiseCapability.[[Promise]].
    Ok(Value::Object(promise))
}

/// Continues fromAsyncClosure with the completion `c` of its last step.
pub fn resume_from_async(agent: &mut Agent, mut s: Box<FromAsyncState>, c: JsResult<Value>) {
    let r = step(agent, &mut s, c);
    match r {
        // The closure awaits: park the state under an Await frame.
        Ok(Some(v)) => {
            agent
                .machine
                .push_frame(Frame::Builtin(BuiltinFrame::FromAsync(s)));
            agent.machine.push_await();
            agent.machine.ok(v);
        }
        // The closure returned A: a return completion resolves the promise.
        Ok(None) => {
            let a = s.a.map(Value::Object).unwrap_or_default();
            agent.machine.deliver(Err(Abrupt::Return(a)));
        }
        Err(e) => close_then(agent, s, Err(e)),
    }
}

/// IfAbruptCloseAsyncIterator ( value, iteratorRecord ) (§7.4.16): an abrupt completion of
/// the mapper or of defining the element closes the iterator (awaiting return()) before it
/// propagates; other abrupt completions propagate at once.
#[doc(alias = "IfAbruptCloseAsyncIterator")]
fn close_then(agent: &mut Agent, mut s: Box<FromAsyncState>, completion: JsResult<Value>) {
    let record = match (&s.iterator, s.close_on_error, &completion) {
        (_, _, Err(Abrupt::Terminate(_))) => None,
        (Some(r), true, _) => Some(r.clone()),
        _ => None,
    };
    let Some(record) = record else {
        return agent.machine.deliver(completion);
    };
    // AsyncIteratorClose ( iteratorRecord, completion ) (§7.4.13)
    // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
    match get_method(
        agent,
        &Value::Object(record.iterator),
        &PropertyKey::from("return"),
    ) {
        // 4.b. If return is undefined, return ? completion.
        Ok(Value::Undefined) => agent.machine.deliver(completion),
        Ok(f) => {
            // 4.c-d. Call(return, iterator) and Await it.
            s.stage = FromAsyncStage::Closing(Box::new(completion));
            s.close_on_error = false;
            agent
                .machine
                .push_frame(Frame::Builtin(BuiltinFrame::FromAsync(s)));
            agent.machine.push_await();
            let f = f.as_object().expect("GetMethod returns callables");
            crate::runtime_semantics::machine::call_from_machine(
                agent,
                f,
                Value::Object(record.iterator),
                Vec::new(),
            );
        }
        // 5. If completion is a throw completion, return ? completion.
        Err(e) => agent.machine.deliver(if completion.is_err() {
            completion
        } else {
            Err(e)
        }),
    }
}

/// One run of fromAsyncClosure up to its next Await: Ok(Some(v)) awaits v, Ok(None) returns A.
fn step(agent: &mut Agent, s: &mut FromAsyncState, c: JsResult<Value>) -> JsResult<Option<Value>> {
    match std::mem::replace(&mut s.stage, FromAsyncStage::Start) {
        FromAsyncStage::Start => start(agent, s),
        FromAsyncStage::NextResult => {
            // 3.h.iv.6. Set nextResult to ? Await(nextResult).
            let next_result = c?;
            // 7. If nextResult is not an Object, throw a TypeError exception.
            let Value::Object(r) = next_result else {
                let shown = crate::describe::brief_value(agent, &next_result);
                return Err(agent.type_error(format!("Iterator result {shown} is not an object")));
            };
            // 8. Let done be ? IteratorComplete(nextResult).
            // 9. If done is true, then
            if iterator_complete(agent, r)? {
                // a. Perform ? Set(A, "length", 𝔽(k), true).
                let a = s.a.expect("A was made");
                set(
                    agent,
                    a,
                    PropertyKey::from("length"),
                    Value::Number(s.k),
                    true,
                )?;
                // b. Return Completion Record { [[Type]]: return, [[Value]]: A }.
                return Ok(None);
            }
            // 10. Let nextValue be ? IteratorValue(nextResult).
            let next_value = iterator_value(agent, r)?;
            // 11. If mapping is true, then
            if s.mapping {
                s.close_on_error = true;
                // a. Let mappedValue be Call(mapper, thisArg, « nextValue, 𝔽(k) »).
                // b. IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
                // c. Set mappedValue to Await(mappedValue).
                s.stage = FromAsyncStage::Mapped;
                let mapped = call(
                    agent,
                    &s.mapper,
                    s.this_arg.clone(),
                    &[next_value, Value::Number(s.k)],
                )?;
                return Ok(Some(mapped));
            }
            // 12. Else, let mappedValue be nextValue.
            define_and_next(agent, s, next_value)
        }
        FromAsyncStage::Mapped => {
            // 11.d. IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
            let mapped = c?;
            define_and_next(agent, s, mapped)
        }
        FromAsyncStage::KValue => {
            // 3.j.iv.4. Set kValue to ? Await(kValue).
            let k_value = c?;
            // 5. If mapping is true, then
            if s.mapping {
                // a. Let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »).
                // b. Set mappedValue to ? Await(mappedValue).
                s.stage = FromAsyncStage::KMapped;
                let mapped = call(
                    agent,
                    &s.mapper,
                    s.this_arg.clone(),
                    &[k_value, Value::Number(s.k)],
                )?;
                return Ok(Some(mapped));
            }
            define_array_like_and_next(agent, s, k_value)
        }
        FromAsyncStage::KMapped => {
            let mapped = c?;
            define_array_like_and_next(agent, s, mapped)
        }
        FromAsyncStage::Closing(completion) => {
            // AsyncIteratorClose 5-8: the original throw wins; then a throw from return();
            // then a non-object result is a TypeError.
            match (*completion, c) {
                (Err(e), _) => Err(e),
                (_, Err(e)) => Err(e),
                (done, Ok(Value::Object(_))) => done.map(|_| None),
                (_, Ok(v)) => {
                    let shown = crate::describe::brief_value(agent, &v);
                    Err(agent.type_error(format!("Iterator result {shown} is not an object")))
                }
            }
        }
    }
}

/// fromAsyncClosure steps 3.a-3.j up to the first Await.
fn start(agent: &mut Agent, s: &mut FromAsyncState) -> JsResult<Option<Value>> {
    // a. If mapper is undefined, let mapping be false.
    // b. Else, if IsCallable(mapper) is false, throw a TypeError; let mapping be true.
    if !s.mapper.is_undefined() {
        if !is_callable(agent, &s.mapper) {
            let shown = crate::describe::brief_value(agent, &s.mapper);
            return Err(agent.type_error(format!("{shown} is not a function")));
        }
        s.mapping = true;
    }
    let items = s.async_items.clone();
    // c. Let usingAsyncIterator be ? GetMethod(asyncItems, %Symbol.asyncIterator%).
    // d. If usingAsyncIterator is undefined, let usingSyncIterator be ? GetMethod(asyncItems, %Symbol.iterator%).
    let (using_async, using_sync) = if items.is_nullish() {
        (Value::Undefined, Value::Undefined)
    } else {
        let ak = PropertyKey::Symbol(agent.symbols.async_iterator.clone());
        let a = get_method(agent, &items, &ak)?;
        let sync = if a.is_undefined() {
            let sk = PropertyKey::Symbol(agent.symbols.iterator.clone());
            get_method(agent, &items, &sk)?
        } else {
            Value::Undefined
        };
        (a, sync)
    };
    // e-g. Let iteratorRecord be the async iterator, or the sync one made async.
    if !using_async.is_undefined() {
        s.iterator = Some(get_iterator_from_method(agent, &items, &using_async)?);
    } else if !using_sync.is_undefined() {
        let sync = get_iterator_from_method(agent, &items, &using_sync)?;
        s.iterator =
            Some(super::async_from_sync_iterator::create_async_from_sync_iterator(agent, sync)?);
    }
    // h. If iteratorRecord is not undefined, then
    if s.iterator.is_some() {
        // i-ii. If IsConstructor(C), let A be ? Construct(C); else let A be ! ArrayCreate(0).
        s.a = Some(make_array(agent, &s.c, None)?);
        // iii. Let k be 0.
        s.k = 0.0;
        // iv. Repeat (first round).
        return call_next(agent, s);
    }
    // j. Else (asyncItems is array-like),
    // ii. Let arrayLike be ! ToObject(asyncItems).
    let array_like = to_object(agent, &items)?;
    // iii. Let len be ? LengthOfArrayLike(arrayLike).
    let len = length_of_array_like(agent, array_like)?;
    // iv-v. If IsConstructor(C), let A be ? Construct(C, « 𝔽(len) »); else ? ArrayCreate(len).
    s.a = Some(make_array(agent, &s.c, Some(len))?);
    s.array_like = Some((array_like, len));
    // vi. Let k be 0.
    s.k = 0.0;
    next_array_like(agent, s)
}

fn make_array(agent: &mut Agent, c: &Value, len: Option<f64>) -> JsResult<ObjectId> {
    if let (Value::Object(ctor), true) = (c, is_constructor(agent, c)) {
        let args: Vec<Value> = len.map(Value::Number).into_iter().collect();
        return match construct(agent, *ctor, &args, None)? {
            Value::Object(o) => Ok(o),
            _ => Err(agent.type_error("Array.fromAsync: constructor returned non-object")),
        };
    }
    super::array::array_create(agent, len.unwrap_or(0.0), None)
}

/// 3.h.iv.1-6: Let nextResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]),
/// then Await it.
fn call_next(agent: &mut Agent, s: &mut FromAsyncState) -> JsResult<Option<Value>> {
    let record = s.iterator.clone().expect("an iterator");
    s.stage = FromAsyncStage::NextResult;
    s.close_on_error = false;
    let r = call(
        agent,
        &record.next_method,
        Value::Object(record.iterator),
        &[],
    )?;
    Ok(Some(r))
}

/// 3.h.iv.13-15: CreateDataPropertyOrThrow(A, Pk, mappedValue) (closing the iterator if it
/// fails), k + 1, and the next round.
fn define_and_next(agent: &mut Agent, s: &mut FromAsyncState, v: Value) -> JsResult<Option<Value>> {
    let a = s.a.expect("A was made");
    s.close_on_error = true;
    create_data_property_or_throw(agent, a, key(s.k), v)?;
    s.k += 1.0;
    call_next(agent, s)
}

/// 3.j.vii: the next element of the array-like, or the end.
fn next_array_like(agent: &mut Agent, s: &mut FromAsyncState) -> JsResult<Option<Value>> {
    let (array_like, len) = s.array_like.expect("an array-like");
    // vii. Repeat, while k < len,
    if s.k < len {
        // 1-3. Let kValue be ? Get(arrayLike, Pk).
        let k_value = get(agent, array_like, &key(s.k))?;
        // 4. Set kValue to ? Await(kValue).
        s.stage = FromAsyncStage::KValue;
        return Ok(Some(k_value));
    }
    // viii. Perform ? Set(A, "length", 𝔽(len), true).
    let a = s.a.expect("A was made");
    set(
        agent,
        a,
        PropertyKey::from("length"),
        Value::Number(len),
        true,
    )?;
    // ix. Return Completion Record { [[Type]]: return, [[Value]]: A }.
    Ok(None)
}

/// 3.j.vii.7-8: CreateDataPropertyOrThrow(A, Pk, mappedValue); k + 1.
fn define_array_like_and_next(
    agent: &mut Agent,
    s: &mut FromAsyncState,
    v: Value,
) -> JsResult<Option<Value>> {
    let a = s.a.expect("A was made");
    create_data_property_or_throw(agent, a, key(s.k), v)?;
    s.k += 1.0;
    next_array_like(agent, s)
}

impl crate::gc::Trace for FromAsyncState {
    fn trace(&self, m: &mut crate::gc::Marker) {
        let FromAsyncState {
            c,
            async_items,
            mapper,
            this_arg,
            mapping: _,
            iterator,
            array_like,
            a,
            k: _,
            stage,
            close_on_error: _,
        } = self;
        for v in [c, async_items, mapper, this_arg] {
            m.value(v);
        }
        if let Some(r) = iterator {
            r.trace(m);
        }
        if let Some((o, _)) = array_like {
            m.object(*o);
        }
        if let Some(a) = a {
            m.object(*a);
        }
        if let FromAsyncStage::Closing(c) = stage {
            match &**c {
                Ok(v) | Err(crate::Abrupt::Throw(v)) | Err(crate::Abrupt::Return(v)) => m.value(v),
                Err(_) => {}
            }
        }
    }
}
