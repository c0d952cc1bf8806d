//! Iteration (ECMA-262 §27.1): %Iterator.prototype%, and the iterator prototypes of Arrays
//! (§23.1.5) and Strings (§22.1.5).

use super::{define_method, define_symbol_method, define_value, new_prototype, InternalSlots};
use crate::abstract_ops::operations_on_iterator_objects::create_iterator_result_object;
use crate::abstract_ops::{create_array_from_list, get, length_of_array_like};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

/// The kind of an Array Iterator: keys, values or [key, value] entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterationKind {
    Key,
    Value,
    KeyValue,
}

pub fn init(agent: &mut Agent) {
    // %Iterator.prototype% (§27.1.4)
    let op = agent.intrinsics.object_prototype;
    let iterator_prototype = new_prototype(agent, op);
    agent.intrinsics.iterator_prototype = iterator_prototype;
    let sym = agent.symbols.iterator.clone();
    define_symbol_method(
        agent,
        iterator_prototype,
        sym,
        iterator_prototype_iterator,
        0,
    );

    // %ArrayIteratorPrototype% (§23.1.5.2)
    let aip = new_prototype(agent, iterator_prototype);
    agent.intrinsics.array_iterator_prototype = aip;
    agent.intrinsics.array_iterator_prototype_next =
        define_method(agent, aip, "next", array_iterator_prototype_next, 0);
    let tag = agent.symbols.to_string_tag.clone();
    define_value(
        agent,
        aip,
        PropertyKey::Symbol(tag.clone()),
        Value::str("Array Iterator"),
        false,
        false,
        true,
    );

    // %StringIteratorPrototype% (§22.1.5.1)
    let sip = new_prototype(agent, iterator_prototype);
    agent.intrinsics.string_iterator_prototype = sip;
    agent.intrinsics.string_iterator_prototype_next =
        define_method(agent, sip, "next", string_iterator_prototype_next, 0);
    define_value(
        agent,
        sip,
        PropertyKey::Symbol(tag),
        Value::str("String Iterator"),
        false,
        false,
        true,
    );
}

/// %Iterator.prototype% [ %Symbol.iterator% ] ( ) (§27.1.4.13)
fn iterator_prototype_iterator(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return the this value.
    Ok(this)
}

/// CreateArrayIterator ( array, kind ) (§23.1.5.1)
#[doc(alias = "CreateArrayIterator")]
pub fn create_array_iterator(agent: &mut Agent, array: ObjectId, kind: IterationKind) -> ObjectId {
    // 1-4. An iterator object whose prototype is %ArrayIteratorPrototype%, remembering the
    //      array, the next index and the kind.
    let proto = agent.intrinsics.array_iterator_prototype;
    agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Internal(Box::new(InternalSlots::ArrayIterator {
            object: Some(array),
            index: 0,
            kind,
        })),
    ))
}

/// %ArrayIteratorPrototype%.next ( ) (§23.1.5.2.1)
fn array_iterator_prototype_next(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let state = match &this {
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::Internal(b) => match &**b {
                InternalSlots::ArrayIterator {
                    object,
                    index,
                    kind,
                } => Some((*o, *object, *index, *kind)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((it, object, index, kind)) = state else {
        let msg = format!(
            "Method Array Iterator.prototype.next called on incompatible receiver {}",
            crate::describe::brief_value(agent, &this)
        );
        return Err(agent.type_error(msg));
    };
    let (value, done) = match array_iterator_step(agent, it, object, index, kind)? {
        Some(v) => (v, false),
        None => (Value::Undefined, true),
    };
    // CreateIterResultObject(result, done).
    Ok(Value::Object(create_iterator_result_object(
        agent, value, done,
    )))
}

/// Steps 1-5 of %ArrayIteratorPrototype%.next for the iterator `it` over `object` at `index`:
/// the next key, value or entry (advancing the iterator), or `None` when it is done.
fn array_iterator_step(
    agent: &mut Agent,
    it: ObjectId,
    object: Option<ObjectId>,
    index: usize,
    kind: IterationKind,
) -> JsResult<Option<Value>> {
    // 1. If the iterator is exhausted, it is done.
    let Some(array) = object else {
        return Ok(None);
    };
    // 2. Let len be ? LengthOfArrayLike(array).
    let len = length_of_array_like(agent, array)?;
    // 3. If index ≥ len, the iterator is done: forget the array.
    if index as f64 >= len {
        set_array_iterator_state(agent, it, None, index);
        return Ok(None);
    }
    // 4. Set index to index + 1 for the next step.
    set_array_iterator_state(agent, it, Some(array), index + 1);
    let key = Value::Number(index as f64);
    // 5. Produce the key, the value, or the entry.
    Ok(Some(match kind {
        IterationKind::Key => key,
        IterationKind::Value | IterationKind::KeyValue => {
            let pk = match u32::try_from(index) {
                Ok(i) if i < u32::MAX => PropertyKey::from_index(i),
                _ => PropertyKey::String(JsString::from(index.to_string())),
            };
            let v = get(agent, array, &pk)?;
            if kind == IterationKind::Value {
                v
            } else {
                Value::Object(create_array_from_list(agent, vec![key, v]))
            }
        }
    }))
}

/// IteratorStepValue on an unmodified array iterator, without the result object
/// %ArrayIteratorPrototype%.next would make (see `iterator_step_value`): the steps of next
/// that a program can observe (the array's "length" and element reads, through getters or
/// a proxy) are taken as they are. `None` when `iterator` and `next` are not one.
pub fn array_iterator_step_value(
    agent: &mut Agent,
    iterator: ObjectId,
    next: &Value,
) -> Option<JsResult<Option<Value>>> {
    if !matches!(next, Value::Object(f) if *f == agent.intrinsics.array_iterator_prototype_next) {
        return None;
    }
    let (object, index, kind) = match &agent.heap.get(iterator).kind {
        ObjectKind::Internal(b) => match &**b {
            InternalSlots::ArrayIterator {
                object,
                index,
                kind,
            } => (*object, *index, *kind),
            _ => return None,
        },
        _ => return None,
    };
    Some(array_iterator_step(agent, iterator, object, index, kind))
}

fn set_array_iterator_state(agent: &mut Agent, it: ObjectId, array: Option<ObjectId>, i: usize) {
    if let ObjectKind::Internal(b) = &mut agent.heap.get_mut(it).kind {
        if let InternalSlots::ArrayIterator { object, index, .. } = &mut **b {
            *object = array;
            *index = i;
        }
    }
}

/// CreateStringIterator: the iterator String.prototype[%Symbol.iterator%] returns
/// (§22.1.3.36).
#[doc(alias = "CreateStringIterator")]
pub fn create_string_iterator(agent: &mut Agent, s: JsString) -> ObjectId {
    let proto = agent.intrinsics.string_iterator_prototype;
    agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Internal(Box::new(InternalSlots::StringIterator { s, position: 0 })),
    ))
}

/// CodePointAt ( string, position ) (§11.1.4): the code point at `position` and the number of
/// code units it takes.
#[doc(alias = "CodePointAt")]
pub fn code_point_at(units: &[u16], position: usize) -> (u32, usize) {
    // 1-3. Let first be the code unit at position.
    let first = units[position];
    // 4-5. A lone or non-surrogate code unit is its own code point.
    if !(0xD800..=0xDFFF).contains(&first) {
        return (first as u32, 1);
    }
    // 6-7. A trailing surrogate, or a leading surrogate at the end, is unpaired.
    if first >= 0xDC00 || position + 1 == units.len() {
        return (first as u32, 1);
    }
    // 8-9. Let second be the code unit at position + 1.
    let second = units[position + 1];
    if !(0xDC00..=0xDFFF).contains(&second) {
        return (first as u32, 1);
    }
    // 10. Return UTF16SurrogatePairToCodePoint(first, second) with length 2.
    let cp = (first as u32 - 0xD800) * 0x400 + (second as u32 - 0xDC00) + 0x10000;
    (cp, 2)
}

/// %StringIteratorPrototype%.next ( ) (§22.1.5.1.1)
fn string_iterator_prototype_next(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let state = match &this {
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::Internal(b) => match &**b {
                InternalSlots::StringIterator { s, position } => Some((*o, s.clone(), *position)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((it, s, position)) = state else {
        let msg = format!(
            "Method String Iterator.prototype.next called on incompatible receiver {}",
            crate::describe::brief_value(agent, &this)
        );
        return Err(agent.type_error(msg));
    };
    // 1. If position ≥ len, return CreateIterResultObject(undefined, true).
    // 2-5. Otherwise CreateIterResultObject(resultString, false).
    let (value, done) = match string_iterator_step(agent, it, &s, position) {
        Some(v) => (v, false),
        None => (Value::Undefined, true),
    };
    Ok(Value::Object(create_iterator_result_object(
        agent, value, done,
    )))
}

/// Steps 1-4 of %StringIteratorPrototype%.next for the iterator `it` over `s` at
/// `position`: the next code point's string (advancing the iterator), or `None` at the end.
fn string_iterator_step(
    agent: &mut Agent,
    it: ObjectId,
    s: &JsString,
    position: usize,
) -> Option<Value> {
    let units = s.units();
    if position >= units.len() {
        return None;
    }
    // 2. Let cp be CodePointAt(s, position).
    let (_, count) = code_point_at(units, position);
    // 3. Let nextIndex be position + cp.[[CodeUnitCount]].
    let next = position + count;
    // 4. Let resultString be the substring of s from position to nextIndex.
    let result = s.slice(position, next);
    if let ObjectKind::Internal(b) = &mut agent.heap.get_mut(it).kind {
        if let InternalSlots::StringIterator { position: p, .. } = &mut **b {
            *p = next;
        }
    }
    Some(Value::String(result))
}

/// IteratorStepValue on an unmodified string iterator, without the result object
/// %StringIteratorPrototype%.next would make (see `iterator_step_value`): `None` when
/// `record` is not one.
pub fn string_iterator_step_value(
    agent: &mut Agent,
    iterator: ObjectId,
    next: &Value,
) -> Option<Option<Value>> {
    if !matches!(next, Value::Object(f) if *f == agent.intrinsics.string_iterator_prototype_next) {
        return None;
    }
    let (s, position) = match &agent.heap.get(iterator).kind {
        ObjectKind::Internal(b) => match &**b {
            InternalSlots::StringIterator { s, position } => (s.clone(), *position),
            _ => return None,
        },
        _ => return None,
    };
    Some(string_iterator_step(agent, iterator, &s, position))
}
