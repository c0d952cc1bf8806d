//! Operations on Iterator Objects (ECMA-262 §7.4).

use crate::abstract_ops::operations_on_objects::{call, get, get_method, new_object};
use crate::abstract_ops::type_conversion::to_boolean;
use crate::heap::ObjectId;
use crate::object::Property;
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};

/// An Iterator Record (§7.4.1).
#[derive(Clone, Debug)]
pub struct IteratorRecord {
    /// [[Iterator]]
    pub iterator: ObjectId,
    /// [[NextMethod]]
    pub next_method: Value,
    /// [[Done]]
    pub done: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IteratorKind {
    Sync,
    Async,
}

/// GetIteratorDirect ( obj ) (§7.4.2)
#[doc(alias = "GetIteratorDirect")]
pub fn get_iterator_direct(agent: &mut Agent, obj: ObjectId) -> JsResult<IteratorRecord> {
    // 1. Let nextMethod be ? Get(obj, "next").
    let next_method = get(agent, obj, &PropertyKey::from("next"))?;
    // 2. Let iteratorRecord be the Iterator Record { [[Iterator]]: obj, [[NextMethod]]: nextMethod, [[Done]]: false }.
    // 3. Return iteratorRecord.
    Ok(IteratorRecord {
        iterator: obj,
        next_method,
        done: false,
    })
}

/// GetIteratorFromMethod ( obj, method ) (§7.4.3)
#[doc(alias = "GetIteratorFromMethod")]
pub fn get_iterator_from_method(
    agent: &mut Agent,
    obj: &Value,
    method: &Value,
) -> JsResult<IteratorRecord> {
    // 1. Let iterator be ? Call(method, obj).
    let iterator = call(agent, method, obj.clone(), &[])?;
    // 2. If iterator is not an Object, throw a TypeError exception.
    let Value::Object(it) = iterator else {
        return Err(agent.type_error("Result of the Symbol.iterator method is not an object"));
    };
    // 3. Return ? GetIteratorDirect(iterator).
    get_iterator_direct(agent, it)
}

/// GetIterator ( obj, kind ) (§7.4.4)
#[doc(alias = "GetIterator")]
pub fn get_iterator(
    agent: &mut Agent,
    obj: &Value,
    kind: IteratorKind,
) -> JsResult<IteratorRecord> {
    // 1. If kind is async, then
    let method = if kind == IteratorKind::Async {
        // a. Let method be ? GetMethod(obj, %Symbol.asyncIterator%).
        let key = PropertyKey::Symbol(agent.symbols.async_iterator.clone());
        let async_method = get_method(agent, obj, &key)?;
        // b. If method is undefined, then
        if async_method.is_undefined() {
            // i. Let syncMethod be ? GetMethod(obj, %Symbol.iterator%).
            let key = PropertyKey::Symbol(agent.symbols.iterator.clone());
            let sync_method = get_method(agent, obj, &key)?;
            // ii. If syncMethod is undefined, throw a TypeError exception.
            if sync_method.is_undefined() {
                return Err(not_iterable(agent, obj, true));
            }
            // iii. Let syncIteratorRecord be ? GetIteratorFromMethod(obj, syncMethod).
            let sync_record = get_iterator_from_method(agent, obj, &sync_method)?;
            // iv. Return CreateAsyncFromSyncIterator(syncIteratorRecord).
            return crate::builtins::async_from_sync_iterator::create_async_from_sync_iterator(
                agent,
                sync_record,
            );
        }
        async_method
    } else {
        // 2.a. Let method be ? GetMethod(obj, %Symbol.iterator%) (V8: "not iterable" for
        //      undefined and null rather than ToObject's message).
        if obj.is_nullish() {
            return Err(not_iterable(agent, obj, false));
        }
        let key = PropertyKey::Symbol(agent.symbols.iterator.clone());
        get_method(agent, obj, &key)?
    };
    // 3. If method is undefined, throw a TypeError exception.
    if method.is_undefined() {
        return Err(not_iterable(agent, obj, kind == IteratorKind::Async));
    }
    // 4. Return ? GetIteratorFromMethod(obj, method).
    get_iterator_from_method(agent, obj, &method)
}

/// V8's message for a value that is not iterable. Without a call site to name (a built-in
/// iterating its argument), V8 describes the value by its type.
pub fn not_iterable(agent: &mut Agent, obj: &Value, is_async: bool) -> Abrupt {
    if is_async {
        let shown = crate::describe::brief_value(agent, obj);
        return agent.type_error(format!("{shown} is not async iterable"));
    }
    let shown = default_call_site(agent, obj);
    agent.type_error(format!(
        "{shown} is not iterable (cannot read property Symbol(Symbol.iterator))"
    ))
}

/// V8's rendering of a value with no call site: its typeof, then primitive values.
fn default_call_site(agent: &Agent, v: &Value) -> String {
    let ty = crate::runtime_semantics::operators::typeof_value(agent, v);
    match v {
        Value::Undefined => ty.to_string(),
        Value::Null => format!("{ty} null"),
        Value::Bool(b) => format!("{ty} {b}"),
        Value::Number(n) => format!("{ty} {}", crate::value::number_to_string(*n)),
        Value::String(s) => format!("{ty} \"{}\"", s.to_rust_string()),
        Value::Symbol(_) | Value::BigInt(_) | Value::Object(_) => ty.to_string(),
    }
}

/// IteratorNext ( iteratorRecord [ , value ] ) (§7.4.6)
#[doc(alias = "IteratorNext")]
pub fn iterator_next(
    agent: &mut Agent,
    record: &mut IteratorRecord,
    value: Option<Value>,
) -> JsResult<ObjectId> {
    // 1-2. Let result be Completion(Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]], « value »)).
    let args: Vec<Value> = value.into_iter().collect();
    let result = call(
        agent,
        &record.next_method,
        Value::Object(record.iterator),
        &args,
    );
    // 3. If result is a throw completion, set [[Done]] to true and return ? result.
    let result = match result {
        Ok(v) => v,
        Err(e) => {
            record.done = true;
            return Err(e);
        }
    };
    // 4-5. If result is not an Object, set [[Done]] to true and throw a TypeError exception.
    let Value::Object(o) = result else {
        record.done = true;
        let shown = crate::describe::brief_value(agent, &result);
        return Err(agent.type_error(format!("Iterator result {shown} is not an object")));
    };
    // 6. Return result.
    Ok(o)
}

/// IteratorComplete ( iteratorResult ) (§7.4.7)
#[doc(alias = "IteratorComplete")]
pub fn iterator_complete(agent: &mut Agent, result: ObjectId) -> JsResult<bool> {
    // 1. Return ToBoolean(? Get(iteratorResult, "done")).
    Ok(to_boolean(&get(agent, result, &PropertyKey::from("done"))?))
}

/// IteratorValue ( iteratorResult ) (§7.4.8)
#[doc(alias = "IteratorValue")]
pub fn iterator_value(agent: &mut Agent, result: ObjectId) -> JsResult<Value> {
    // 1. Return ? Get(iteratorResult, "value").
    get(agent, result, &PropertyKey::from("value"))
}

/// IteratorStep ( iteratorRecord ) (§7.4.9): `None` is ~done~.
#[doc(alias = "IteratorStep")]
pub fn iterator_step(agent: &mut Agent, record: &mut IteratorRecord) -> JsResult<Option<ObjectId>> {
    // 1. Let result be ? IteratorNext(iteratorRecord).
    let result = iterator_next(agent, record, None)?;
    // 2. Let done be Completion(IteratorComplete(result)).
    // 3. If done is a throw completion, set [[Done]] to true and return ? done.
    let done = match iterator_complete(agent, result) {
        Ok(d) => d,
        Err(e) => {
            record.done = true;
            return Err(e);
        }
    };
    // 5. If done is true, set [[Done]] to true and return ~done~.
    if done {
        record.done = true;
        return Ok(None);
    }
    // 6. Return result.
    Ok(Some(result))
}

/// IteratorStepValue ( iteratorRecord ) (§7.4.10): `None` is ~done~.
#[doc(alias = "IteratorStepValue")]
pub fn iterator_step_value(
    agent: &mut Agent,
    record: &mut IteratorRecord,
) -> JsResult<Option<Value>> {
    // NOTE(mini-js): when [[NextMethod]] is %StringIteratorPrototype%.next or
    // %ArrayIteratorPrototype%.next itself, the result object it would make is seen by
    // nothing but steps 1-3 here (its own data properties "done" and "value" shadow anything
    // inherited), so the step is taken without making it: spreading a ten-million-character
    // string or a ten-million-element array makes no garbage.
    let mark = agent.heap.native_roots.mark();
    if let Some(step) = crate::builtins::iterator::array_iterator_step_value(
        agent,
        record.iterator,
        &record.next_method,
    ) {
        // (IteratorNext step 3: a throw completion of next marks the record done.)
        return match step {
            Ok(Some(v)) => {
                agent.heap.native_roots.release(mark);
                agent.heap.native_roots.keep(&v);
                Ok(Some(v))
            }
            Ok(None) => {
                record.done = true;
                Ok(None)
            }
            Err(e) => {
                record.done = true;
                Err(e)
            }
        };
    }
    if let Some(step) = crate::builtins::iterator::string_iterator_step_value(
        agent,
        record.iterator,
        &record.next_method,
    ) {
        if step.is_none() {
            record.done = true;
        }
        return Ok(step);
    }
    // The result object and whatever next() allocated are garbage once the value is out:
    // a built-in draining an iterator does not keep them rooted (see gc::NativeRoots).
    // 1. Let result be ? IteratorStep(iteratorRecord).
    // 2. If result is ~done~, return ~done~.
    let Some(result) = iterator_step(agent, record)? else {
        return Ok(None);
    };
    // 3. Let value be Completion(IteratorValue(result)).
    // 4. If value is a throw completion, set iteratorRecord.[[Done]] to true.
    // 5. Return ? value.
    match iterator_value(agent, result) {
        Ok(v) => {
            agent.heap.native_roots.release(mark);
            agent.heap.native_roots.keep(&v);
            Ok(Some(v))
        }
        Err(e) => {
            record.done = true;
            Err(e)
        }
    }
}

/// IteratorClose ( iteratorRecord, completion ) (§7.4.11)
#[doc(alias = "IteratorClose")]
pub fn iterator_close<T>(
    agent: &mut Agent,
    iterator: ObjectId,
    completion: JsResult<T>,
) -> JsResult<T> {
    // 1. Assert: iteratorRecord.[[Iterator]] is an Object.
    // 2. Let iterator be iteratorRecord.[[Iterator]].
    // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
    let mut inner = get_method(
        agent,
        &Value::Object(iterator),
        &PropertyKey::from("return"),
    );
    // 4. If innerResult is a normal completion, then
    if let Ok(ret) = &inner {
        // a. Let return be innerResult.[[Value]].
        // b. If return is undefined, return ? completion.
        if ret.is_undefined() {
            return completion;
        }
        // c. Set innerResult to Completion(Call(return, iterator)).
        let ret = ret.clone();
        inner = call(agent, &ret, Value::Object(iterator), &[]);
    }
    // 5. If completion is a throw completion, return ? completion.
    if matches!(
        completion,
        Err(Abrupt::Throw(_)) | Err(Abrupt::Terminate(_))
    ) {
        return completion;
    }
    // 6. If innerResult is a throw completion, return ? innerResult.
    let inner = inner?;
    // 7. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
    if !matches!(inner, Value::Object(_)) {
        let shown = crate::describe::brief_value(agent, &inner);
        return Err(agent.type_error(format!("Iterator result {shown} is not an object")));
    }
    // 8. Return ? completion.
    completion
}

/// CreateIteratorResultObject ( value, done ) (§7.4.14)
#[doc(alias = "CreateIteratorResultObject")]
pub fn create_iterator_result_object(agent: &mut Agent, value: Value, done: bool) -> ObjectId {
    // 1. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    let obj = new_object(agent);
    // 2-3. Perform ! CreateDataPropertyOrThrow(obj, "value", value) and (obj, "done",
    //      done): a fresh, extensible ordinary object without properties takes both as
    //      they are (ValidateAndApplyPropertyDescriptor step 2), so they go in directly.
    let props = &mut agent.heap.get_mut(obj).props;
    let before = props.capacity();
    props.reserve(2);
    props.insert(PropertyKey::from("value"), Property::data(value));
    props.insert(PropertyKey::from("done"), Property::data(Value::Bool(done)));
    // The heap's byte accounting counts the storage, as CreateDataProperty's insert would.
    crate::gc::note_properties_growth(before, props.capacity());
    // 4. Return obj.
    obj
}

/// IteratorToList ( iteratorRecord ) (§7.4.16)
#[doc(alias = "IteratorToList")]
pub fn iterator_to_list(agent: &mut Agent, record: &mut IteratorRecord) -> JsResult<Vec<Value>> {
    // 1. Let values be a new empty List.
    let mut values = Vec::new();
    // 2. Repeat,
    loop {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        match iterator_step_value(agent, record)? {
            // b. If next is ~done~, return values.
            None => return Ok(values),
            // c. Append next to values (counted: a spread of a 4e9-long array stops at the
            //    heap limit).
            Some(v) => crate::heap::push_counted(&mut values, v).map_err(|()| {
                let max = agent.options.max_heap_bytes.unwrap_or(u64::MAX);
                crate::Abrupt::Terminate(crate::Limit::HeapBytes(max))
            })?,
        }
    }
}

/// GetIterator(obj, sync) followed by IteratorToList: what spread and Array.from do.
pub fn iterable_to_list(agent: &mut Agent, obj: &Value) -> JsResult<Vec<Value>> {
    let mut record = get_iterator(agent, obj, IteratorKind::Sync)?;
    iterator_to_list(agent, &mut record)
}
