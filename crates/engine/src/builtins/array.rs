//! Array objects (ECMA-262 §23.1): the Array constructor and %Array.prototype%.

use super::iterator::{create_array_iterator, IterationKind};
use super::{create_constructor, define_method};
use crate::abstract_ops::operations_on_iterator_objects::{
    get_iterator_from_method, iterator_close, iterator_step_value,
};
use crate::abstract_ops::{
    arg, call, construct, create_array_from_list, create_data_property_or_throw,
    delete_property_or_throw, get, get_method, get_prototype_from_constructor, get_str,
    has_property, is_array, is_callable, is_constructor, is_strictly_equal, length_of_array_like,
    relative_index, same_value_zero, set, to_boolean, to_integer_or_infinity, to_number, to_object,
    to_string,
};
use crate::heap::ObjectId;
use crate::object::{ArrayStorage, Object, ObjectKind};
use crate::value::{number_to_string, JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

type Native = fn(&mut Agent, Value, &[Value], Option<ObjectId>) -> JsResult<Value>;

const MAX_SAFE: f64 = 9007199254740991.0;

pub fn init(agent: &mut Agent) {
    // %Array.prototype% is itself an Array exotic object (§23.1.3).
    let op = agent.intrinsics.object_prototype;
    let proto = agent.heap.alloc(Object::new(
        Some(op),
        ObjectKind::Array(ArrayStorage::from_elems(Vec::new())),
    ));
    agent.intrinsics.array_prototype = proto;
    let array = create_constructor(agent, "Array", 1, array_constructor, proto);
    agent.intrinsics.array = array;
    define_method(agent, array, "isArray", array_is_array, 1);
    define_method(agent, array, "from", array_from, 1);
    define_method(
        agent,
        array,
        "fromAsync",
        super::array_from_async::array_from_async,
        1,
    );
    define_method(agent, array, "of", array_of, 0);
    // get Array [ %Symbol.species% ] (§23.1.2.5)
    let species = PropertyKey::Symbol(agent.symbols.species.clone());
    agent.intrinsics.array_species_getter =
        super::define_getter(agent, array, species, array_species);

    let methods: &[(&str, Native, u32)] = &[
        ("at", array_prototype_at, 1),
        ("concat", array_prototype_concat, 1),
        ("copyWithin", array_prototype_copy_within, 2),
        ("entries", array_prototype_entries, 0),
        ("every", array_prototype_every, 1),
        ("fill", array_prototype_fill, 1),
        ("filter", array_prototype_filter, 1),
        ("find", array_prototype_find, 1),
        ("findIndex", array_prototype_find_index, 1),
        ("findLast", array_prototype_find_last, 1),
        ("findLastIndex", array_prototype_find_last_index, 1),
        ("flat", array_prototype_flat, 0),
        ("flatMap", array_prototype_flat_map, 1),
        ("forEach", array_prototype_for_each, 1),
        ("includes", array_prototype_includes, 1),
        ("indexOf", array_prototype_index_of, 1),
        ("join", array_prototype_join, 1),
        ("keys", array_prototype_keys, 0),
        ("lastIndexOf", array_prototype_last_index_of, 1),
        ("map", array_prototype_map, 1),
        ("pop", array_prototype_pop, 0),
        ("push", array_prototype_push, 1),
        ("reduce", array_prototype_reduce, 1),
        ("reduceRight", array_prototype_reduce_right, 1),
        ("reverse", array_prototype_reverse, 0),
        ("shift", array_prototype_shift, 0),
        ("slice", array_prototype_slice, 2),
        ("some", array_prototype_some, 1),
        ("sort", array_prototype_sort, 1),
        ("splice", array_prototype_splice, 2),
        ("toReversed", array_prototype_to_reversed, 0),
        ("toSorted", array_prototype_to_sorted, 1),
        ("toSpliced", array_prototype_to_spliced, 2),
        ("toLocaleString", array_prototype_to_locale_string, 0),
        ("toString", array_prototype_to_string, 0),
        ("unshift", array_prototype_unshift, 1),
        ("with", array_prototype_with, 2),
    ];
    for (name, f, len) in methods {
        define_method(agent, proto, name, *f, *len);
    }
    let values = define_method(agent, proto, "values", array_prototype_values, 0);
    agent.intrinsics.array_prototype_values = values;
    // Array.prototype [ %Symbol.unscopables% ] (§23.1.3.41)
    let unscopables = crate::abstract_ops::ordinary_object_create(agent, None);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "toReversed",
        "toSorted",
        "toSpliced",
        "values",
    ] {
        super::define_value(
            agent,
            unscopables,
            name,
            Value::Bool(true),
            true,
            true,
            true,
        );
    }
    let unscopables_key = PropertyKey::Symbol(agent.symbols.unscopables.clone());
    super::define_value(
        agent,
        proto,
        unscopables_key,
        Value::Object(unscopables),
        false,
        false,
        true,
    );
    let sym = agent.symbols.iterator.clone();
    agent.heap.get_mut(proto).props.insert(
        PropertyKey::Symbol(sym),
        crate::object::Property::hidden(Value::Object(values)),
    );
}

/// The property key of an integer index (which may be beyond the array-index range).
pub(crate) fn key(i: f64) -> PropertyKey {
    if (0.0..4294967295.0).contains(&i) {
        PropertyKey::from_index(i as u32)
    } else {
        PropertyKey::String(JsString::from(number_to_string(i)))
    }
}

fn get_i(agent: &mut Agent, o: ObjectId, i: f64) -> JsResult<Value> {
    get(agent, o, &key(i))
}

fn has_i(agent: &mut Agent, o: ObjectId, i: f64) -> JsResult<bool> {
    has_property(agent, o, &key(i))
}

fn set_i(agent: &mut Agent, o: ObjectId, i: f64, v: Value) -> JsResult<()> {
    set(agent, o, key(i), v, true)
}

/// Whether HasProperty(O, k) can only be true for O's own present indices: O is an Array
/// and no object on its prototype chain has an index property. Then a loop over
/// `0..len` that skips absent indices may jump over a run of holes (see
/// [`next_present_index`]) with the same result as the spec's index-by-index loop.
fn holes_are_absent(agent: &Agent, o: ObjectId) -> bool {
    let obj = agent.heap.get(o);
    if obj.array().is_none() {
        return false;
    }
    let mut p = obj.proto;
    while let Some(id) = p {
        let po = agent.heap.get(id);
        let has_index = match &po.kind {
            ObjectKind::Ordinary | ObjectKind::Builtin(_) | ObjectKind::Function(_) => false,
            ObjectKind::Array(a) => a.elems.iter().any(Option::is_some),
            _ => true,
        } || po.props.keys().any(|k| k.as_array_index().is_some());
        if has_index {
            return false;
        }
        p = po.proto;
    }
    true
}

/// The next index at or after `k` (below `len`) for which HasProperty(O, k) may be true: `k`
/// itself inside the dense prefix or when [`holes_are_absent`] does not hold, else the
/// smallest own index property at or after `k` (or `len`). NOTE(mini-js): V8 also visits
/// only the present keys of a sparse array; the result is the spec's.
pub(crate) fn next_present_index(agent: &Agent, o: ObjectId, k: f64, len: f64) -> f64 {
    let obj = agent.heap.get(o);
    match obj.array() {
        Some(a) if k < a.elems.len() as f64 => return k,
        Some(_) => {}
        None => return k,
    }
    if k >= len || !holes_are_absent(agent, o) {
        return k;
    }
    obj.props
        .keys()
        .filter_map(PropertyKey::as_array_index)
        .map(f64::from)
        .filter(|&i| i >= k)
        .fold(len, f64::min)
}

/// The previous index at or before `k` for which HasProperty(O, k) may be true (-1 if
/// none); the descending counterpart of [`next_present_index`].
fn prev_present_index(agent: &Agent, o: ObjectId, k: f64) -> f64 {
    let obj = agent.heap.get(o);
    let dense = match obj.array() {
        Some(a) if k < a.elems.len() as f64 => return k,
        Some(a) => a.elems.len() as f64 - 1.0,
        None => return k,
    };
    if !holes_are_absent(agent, o) {
        return k;
    }
    obj.props
        .keys()
        .filter_map(PropertyKey::as_array_index)
        .map(f64::from)
        .filter(|&i| i <= k)
        .fold(dense, f64::max)
}

fn set_length(agent: &mut Agent, o: ObjectId, len: f64) -> JsResult<()> {
    set(
        agent,
        o,
        PropertyKey::from("length"),
        Value::Number(len),
        true,
    )
}

/// The list for the `len` values of a result a built-in builds in Rust (toSorted's,
/// toReversed's, with's, toSpliced's): checked against the heap limit before anything is
/// allocated (a 4e9-long result stops the run at once), then allocated in one piece, so
/// no doubling holds the old and the new storage at once. Without a heap limit it starts
/// small and grows as it fills.
fn result_list(agent: &mut Agent, len: f64) -> JsResult<Vec<Value>> {
    const UNCHECKED: usize = 1 << 16;
    let bytes = len * std::mem::size_of::<Value>() as f64;
    if agent.options.max_heap_bytes.is_none() || bytes >= isize::MAX as f64 {
        return Ok(Vec::with_capacity((len as usize).min(UNCHECKED)));
    }
    agent.reserve_bytes(bytes as usize)?;
    let list = Vec::with_capacity(len as usize);
    crate::heap::note_reserved(list.capacity() * std::mem::size_of::<Value>());
    Ok(list)
}

/// Appends to a list a built-in builds in Rust (toSorted's, toReversed's, …), counting its
/// growth as heap: the next property access of the loop (`limits::poll`) stops the run at
/// the heap limit before the list outgrows it.
fn push_counted(agent: &Agent, list: &mut Vec<Value>, v: Value) -> JsResult<()> {
    crate::heap::push_counted(list, v).map_err(|()| heap_limit(agent))
}

/// The stop at the heap limit, for a list that cannot grow under it.
fn heap_limit(agent: &Agent) -> crate::Abrupt {
    let max = agent.options.max_heap_bytes.unwrap_or(u64::MAX);
    crate::Abrupt::Terminate(crate::Limit::HeapBytes(max))
}

/// The callback argument, or V8's TypeError (`number 3 is not a function`).
fn callback(agent: &mut Agent, v: &Value) -> JsResult<Value> {
    if is_callable(agent, v) {
        return Ok(v.clone());
    }
    let shown = match v {
        Value::Undefined => "undefined".to_string(),
        Value::Null => "object null".to_string(),
        Value::String(_) | Value::Number(_) | Value::Bool(_) => format!(
            "{} {}",
            v.type_name(),
            crate::describe::brief_value(agent, v)
        ),
        Value::Symbol(_) => "symbol".to_string(),
        Value::BigInt(_) => "bigint".to_string(),
        Value::Object(_) => "object".to_string(),
    };
    Err(agent.type_error(format!("{shown} is not a function")))
}

/// ArrayCreate ( length [ , proto ] ) (§10.4.2.2)
#[doc(alias = "ArrayCreate")]
pub fn array_create(agent: &mut Agent, length: f64, proto: Option<ObjectId>) -> JsResult<ObjectId> {
    // 1. If length > 2**32 - 1, throw a RangeError exception.
    if length > 4294967295.0 {
        return Err(agent.range_error("Invalid array length"));
    }
    // 2-3. A new Array exotic object with the given prototype and "length" (its holes are
    //      not materialised: see ArrayStorage).
    let proto = proto.unwrap_or(agent.intrinsics.array_prototype);
    Ok(agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Array(ArrayStorage::with_length(length as u32)),
    )))
}

/// ArraySpeciesCreate ( originalArray, length ) (§10.4.2.3)
#[doc(alias = "ArraySpeciesCreate")]
pub fn array_species_create(
    agent: &mut Agent,
    original: ObjectId,
    length: f64,
) -> JsResult<ObjectId> {
    // 1-2. If IsArray(originalArray) is false, return ? ArrayCreate(length).
    if !is_array(agent, &Value::Object(original))? {
        return array_create(agent, length, None);
    }
    // 3. Let C be ? Get(originalArray, "constructor").
    let mut c = get_str(agent, original, "constructor")?;
    // 5. If C is an Object, let C be ? Get(C, %Symbol.species%); null becomes undefined.
    if let Value::Object(cid) = c {
        c = crate::abstract_ops::get_species(agent, cid)?;
        if matches!(c, Value::Null) {
            c = Value::Undefined;
        }
    }
    // 6. If C is undefined, return ? ArrayCreate(length).
    if c.is_undefined() {
        return array_create(agent, length, None);
    }
    // 7. If IsConstructor(C) is false, throw a TypeError exception.
    if !is_constructor(agent, &c) {
        return Err(agent.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    let Value::Object(cid) = c else {
        return Err(agent.type_error("object.constructor[Symbol.species] is not a constructor"));
    };
    // 8. Return ? Construct(C, « 𝔽(length) »).
    match construct(agent, cid, &[Value::Number(length)], None)? {
        Value::Object(o) => Ok(o),
        _ => Err(agent.type_error("species constructor returned a non-object")),
    }
}

/// Array ( ...values ) (§23.1.1.1)
fn array_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let newTarget be NewTarget, or the active function; proto from it.
    let array = agent.intrinsics.array;
    let ap = agent.intrinsics.array_prototype;
    let proto = get_prototype_from_constructor(agent, nt.unwrap_or(array), ap)?;
    match args.len() {
        // 4. If numberOfArgs = 0, return ! ArrayCreate(0, proto).
        0 => Ok(Value::Object(array_create(agent, 0.0, Some(proto))?)),
        // 5. Else if numberOfArgs = 1:
        1 => {
            let len = &args[0];
            if let Value::Number(n) = len {
                // c-e. Let intLen be ! ToUint32(len); if SameValueZero(intLen, len) is false,
                //      throw a RangeError exception.
                let int_len = crate::abstract_ops::to_uint32_f64(*n);
                if int_len as f64 != *n {
                    return Err(agent.range_error("Invalid array length"));
                }
                Ok(Value::Object(array_create(
                    agent,
                    int_len as f64,
                    Some(proto),
                )?))
            } else {
                // b. CreateDataPropertyOrThrow(array, "0", len); length 1.
                let a = array_create(agent, 0.0, Some(proto))?;
                if let Some(s) = agent.heap.get_mut(a).array_mut() {
                    s.push_dense(len.clone());
                }
                Ok(Value::Object(a))
            }
        }
        // 6. Else: an array of the values.
        _ => {
            let a = array_create(agent, 0.0, Some(proto))?;
            if let Some(s) = agent.heap.get_mut(a).array_mut() {
                *s = ArrayStorage::from_elems(args.iter().cloned().map(Some).collect());
            }
            Ok(Value::Object(a))
        }
    }
}

/// get Array [ %Symbol.species% ] (§23.1.2.5)
fn array_species(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return the this value.
    Ok(this)
}

/// Array.isArray ( arg ) (§23.1.2.2)
fn array_is_array(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? IsArray(arg).
    Ok(Value::Bool(is_array(agent, &arg(args, 0))?))
}

/// Array.from ( items [ , mapper [ , thisArg ] ] ) (§23.1.2.1)
fn array_from(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let items = arg(args, 0);
    let mapper = arg(args, 1);
    let this_arg = arg(args, 2);
    // 1. Let C be the this value.
    let c = this.as_object().filter(|_| is_constructor(agent, &this));
    // 2-3. If mapper is undefined, mapping is false; else it must be callable.
    let mapping = !mapper.is_undefined();
    if mapping {
        callback(agent, &mapper)?;
    }
    // 4. Let usingIterator be ? GetMethod(items, %Symbol.iterator%).
    let iter_key = PropertyKey::Symbol(agent.symbols.iterator.clone());
    let using_iterator = if items.is_nullish() {
        Value::Undefined
    } else {
        get_method(agent, &items, &iter_key)?
    };
    // 5. If usingIterator is not undefined:
    if !using_iterator.is_undefined() {
        // a-b. Let A be ? Construct(C) or ! ArrayCreate(0).
        let a = match c {
            Some(c) if c != agent.intrinsics.array => match construct(agent, c, &[], None)? {
                Value::Object(o) => o,
                _ => return Err(agent.type_error("Array.from: constructor returned non-object")),
            },
            _ => array_create(agent, 0.0, None)?,
        };
        // c. Let iteratorRecord be ? GetIteratorFromMethod(items, usingIterator).
        let mut record = get_iterator_from_method(agent, &items, &using_iterator)?;
        // d-e. Repeat:
        let mut k = 0.0;
        loop {
            // iii. Let next be ? IteratorStepValue(iteratorRecord).
            let Some(next) = iterator_step_value(agent, &mut record)? else {
                // iv. If next is done, set A.length to k and return A.
                set_length(agent, a, k)?;
                return Ok(Value::Object(a));
            };
            // v-vi. If mapping, let mappedValue be Completion(Call(mapper, thisArg, « next, k »)).
            let mapped = if mapping {
                match call(agent, &mapper, this_arg.clone(), &[next, Value::Number(k)]) {
                    Ok(v) => v,
                    Err(e) => return iterator_close(agent, record.iterator, Err(e)),
                }
            } else {
                next
            };
            // vii. Let defineStatus be Completion(CreateDataPropertyOrThrow(A, Pk, mappedValue)).
            if let Err(e) = create_data_property_or_throw(agent, a, key(k), mapped) {
                return iterator_close(agent, record.iterator, Err(e));
            }
            k += 1.0;
        }
    }
    // 7. Let arrayLike be ! ToObject(items).
    let array_like = to_object(agent, &items)?;
    // 8. Let len be ? LengthOfArrayLike(arrayLike).
    let len = length_of_array_like(agent, array_like)?;
    // 9-10. Let A be ? Construct(C, « len ») or ? ArrayCreate(len).
    let a = match c {
        Some(c) if c != agent.intrinsics.array => {
            match construct(agent, c, &[Value::Number(len)], None)? {
                Value::Object(o) => o,
                _ => return Err(agent.type_error("Array.from: constructor returned non-object")),
            }
        }
        _ => array_create(agent, len, None)?,
    };
    // 11-12. Copy (and map) each element.
    let mut k = 0.0;
    while k < len {
        let v = get_i(agent, array_like, k)?;
        let v = if mapping {
            call(agent, &mapper, this_arg.clone(), &[v, Value::Number(k)])?
        } else {
            v
        };
        create_data_property_or_throw(agent, a, key(k), v)?;
        k += 1.0;
    }
    // 13. Perform ? Set(A, "length", 𝔽(len), true).
    set_length(agent, a, len)?;
    Ok(Value::Object(a))
}

/// Array.of ( ...items ) (§23.1.2.3)
fn array_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let len = args.len() as f64;
    // 3-5. Let A be ? Construct(C, « len ») if C is a constructor, else ? ArrayCreate(len).
    let a = match this {
        Value::Object(c) if c != agent.intrinsics.array && is_constructor(agent, &this) => {
            match construct(agent, c, &[Value::Number(len)], None)? {
                Value::Object(o) => o,
                _ => return Err(agent.type_error("Array.of: constructor returned non-object")),
            }
        }
        _ => array_create(agent, 0.0, None)?,
    };
    // 6-7. CreateDataPropertyOrThrow each item.
    for (k, v) in args.iter().enumerate() {
        create_data_property_or_throw(agent, a, key(k as f64), v.clone())?;
    }
    // 8. Perform ? Set(A, "length", lenNumber, true).
    set_length(agent, a, len)?;
    Ok(Value::Object(a))
}

/// `this` as an object and its length (steps 1-2 of most generic methods).
fn this_and_len(agent: &mut Agent, this: &Value) -> JsResult<(ObjectId, f64)> {
    // 1. Let O be ? ToObject(this value).
    let o = to_object(agent, this)?;
    // 2. Let len be ? LengthOfArrayLike(O).
    let len = length_of_array_like(agent, o)?;
    Ok((o, len))
}

/// Array.prototype.at ( index ) (§23.1.3.1)
fn array_prototype_at(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3. Let relativeIndex be ? ToIntegerOrInfinity(index).
    let rel = to_integer_or_infinity(agent, &arg(args, 0))?;
    // 4-5. Let k be relativeIndex, counting from the end when negative.
    let k = if rel >= 0.0 { rel } else { len + rel };
    // 6. If k < 0 or k ≥ len, return undefined.
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    // 7. Return ? Get(O, ! ToString(𝔽(k))).
    get_i(agent, o, k)
}

/// IsConcatSpreadable ( O ) (§23.1.3.2.1)
#[doc(alias = "IsConcatSpreadable")]
fn is_concat_spreadable(agent: &mut Agent, o: &Value) -> JsResult<bool> {
    // 1. If O is not an Object, return false.
    let Value::Object(oid) = o else {
        return Ok(false);
    };
    // 2. Let spreadable be ? Get(O, %Symbol.isConcatSpreadable%).
    let k = PropertyKey::Symbol(agent.symbols.is_concat_spreadable.clone());
    let spreadable = get(agent, *oid, &k)?;
    // 3. If spreadable is not undefined, return ToBoolean(spreadable).
    if !spreadable.is_undefined() {
        return Ok(to_boolean(&spreadable));
    }
    // 4. Return ? IsArray(O).
    is_array(agent, o)
}

/// Array.prototype.concat ( ...items ) (§23.1.3.2)
fn array_prototype_concat(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let O be ? ToObject(this value).
    let o = to_object(agent, &this)?;
    // 2. Let A be ? ArraySpeciesCreate(O, 0).
    let a = array_species_create(agent, o, 0.0)?;
    // 3. Let n be 0.
    let mut n = 0.0;
    // 4-5. For each element E of « O » followed by items:
    let mut items = vec![Value::Object(o)];
    items.extend(args.iter().cloned());
    for e in items {
        // a. Let spreadable be ? IsConcatSpreadable(E).
        if is_concat_spreadable(agent, &e)? {
            let Value::Object(eo) = e else { continue };
            // ii. Let len be ? LengthOfArrayLike(E).
            let len = length_of_array_like(agent, eo)?;
            // iii. If n + len > 2**53 - 1, throw a TypeError exception.
            if n + len > MAX_SAFE {
                return Err(agent.type_error("Invalid array length"));
            }
            // iv-v. Copy each present element.
            let mut k = next_present_index(agent, eo, 0.0, len);
            n += k;
            while k < len {
                if has_i(agent, eo, k)? {
                    let v = get_i(agent, eo, k)?;
                    create_data_property_or_throw(agent, a, key(n), v)?;
                }
                let next = next_present_index(agent, eo, k + 1.0, len);
                n += next - k;
                k = next;
            }
        } else {
            // c. Else: append E.
            if n >= MAX_SAFE {
                return Err(agent.type_error("Invalid array length"));
            }
            create_data_property_or_throw(agent, a, key(n), e)?;
            n += 1.0;
        }
    }
    // 6. Perform ? Set(A, "length", 𝔽(n), true).
    set_length(agent, a, n)?;
    Ok(Value::Object(a))
}

/// Array.prototype.copyWithin ( target, start [ , end ] ) (§23.1.3.4)
fn array_prototype_copy_within(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3-11. Resolve target, start and end relative to len.
    let mut to = relative_index(agent, &arg(args, 0), len, 0.0)?;
    let mut from = relative_index(agent, &arg(args, 1), len, 0.0)?;
    let fin = relative_index(agent, &arg(args, 2), len, len)?;
    // 12. Let count be min(final - from, len - to).
    let mut count = (fin - from).min(len - to);
    // 13-14. Copy backwards when the ranges overlap that way.
    let dir = if from < to && to < from + count {
        from += count - 1.0;
        to += count - 1.0;
        -1.0
    } else {
        1.0
    };
    // 15. Repeat, while count > 0:
    while count > 0.0 {
        if has_i(agent, o, from)? {
            let v = get_i(agent, o, from)?;
            set_i(agent, o, to, v)?;
        } else {
            delete_property_or_throw(agent, o, &key(to))?;
        }
        from += dir;
        to += dir;
        count -= 1.0;
    }
    // 16. Return O.
    Ok(Value::Object(o))
}

/// Array.prototype.entries ( ) (§23.1.3.5)
fn array_prototype_entries(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = to_object(agent, &this)?;
    Ok(Value::Object(create_array_iterator(
        agent,
        o,
        IterationKind::KeyValue,
    )))
}

/// Array.prototype.keys ( ) (§23.1.3.19)
fn array_prototype_keys(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = to_object(agent, &this)?;
    Ok(Value::Object(create_array_iterator(
        agent,
        o,
        IterationKind::Key,
    )))
}

/// Array.prototype.values ( ) (§23.1.3.38)
fn array_prototype_values(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = to_object(agent, &this)?;
    Ok(Value::Object(create_array_iterator(
        agent,
        o,
        IterationKind::Value,
    )))
}

/// What a callback-driven iteration method does with each result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Each {
    Every,
    Some,
    All,
}

/// Array.prototype.every / some / forEach (§23.1.3.6, §23.1.3.29, §23.1.3.15)
fn iterate(agent: &mut Agent, this: &Value, args: &[Value], what: Each) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, this)?;
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    let f = callback(agent, &arg(args, 0))?;
    let this_arg = arg(args, 1);
    // 4-5. For each present index k:
    let mut k = next_present_index(agent, o, 0.0, len);
    while k < len {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            let r = call(
                agent,
                &f,
                this_arg.clone(),
                &[v, Value::Number(k), Value::Object(o)],
            )?;
            match what {
                Each::Every if !to_boolean(&r) => return Ok(Value::Bool(false)),
                Each::Some if to_boolean(&r) => return Ok(Value::Bool(true)),
                _ => {}
            }
        }
        k = next_present_index(agent, o, k + 1.0, len);
    }
    Ok(match what {
        Each::Every => Value::Bool(true),
        Each::Some => Value::Bool(false),
        Each::All => Value::Undefined,
    })
}

fn array_prototype_every(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    iterate(agent, &this, args, Each::Every)
}

fn array_prototype_some(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    iterate(agent, &this, args, Each::Some)
}

fn array_prototype_for_each(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    iterate(agent, &this, args, Each::All)
}

/// Array.prototype.fill ( value [ , start [ , end ] ] ) (§23.1.3.7)
fn array_prototype_fill(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    let value = arg(args, 0);
    // 3-10. Resolve start and end relative to len.
    let mut k = relative_index(agent, &arg(args, 1), len, 0.0)?;
    let fin = relative_index(agent, &arg(args, 2), len, len)?;
    // 11. Repeat, while k < final: Set(O, Pk, value, true).
    while k < fin {
        set_i(agent, o, k, value.clone())?;
        k += 1.0;
    }
    Ok(Value::Object(o))
}

/// Array.prototype.filter ( callbackfn [ , thisArg ] ) (§23.1.3.8)
fn array_prototype_filter(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    let f = callback(agent, &arg(args, 0))?;
    let this_arg = arg(args, 1);
    // 4. Let A be ? ArraySpeciesCreate(O, 0).
    let a = array_species_create(agent, o, 0.0)?;
    // 5-7. Keep the elements the callback selects.
    let mut k = next_present_index(agent, o, 0.0, len);
    let mut to = 0.0;
    while k < len {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            let selected = call(
                agent,
                &f,
                this_arg.clone(),
                &[v.clone(), Value::Number(k), Value::Object(o)],
            )?;
            if to_boolean(&selected) {
                create_data_property_or_throw(agent, a, key(to), v)?;
                to += 1.0;
            }
        }
        k = next_present_index(agent, o, k + 1.0, len);
    }
    Ok(Value::Object(a))
}

/// FindViaPredicate ( O, len, direction, predicate, thisArg ) (§23.1.3.12.1): the index and
/// value found, or (-1, undefined).
#[doc(alias = "FindViaPredicate")]
fn find_via_predicate(
    agent: &mut Agent,
    this: &Value,
    args: &[Value],
    ascending: bool,
) -> JsResult<(f64, Value)> {
    let (o, len) = this_and_len(agent, this)?;
    // 1. If IsCallable(predicate) is false, throw a TypeError exception.
    let f = callback(agent, &arg(args, 0))?;
    let this_arg = arg(args, 1);
    // 2-4. Visit every index (holes included) in the given direction.
    let mut k = if ascending { 0.0 } else { len - 1.0 };
    while (ascending && k < len) || (!ascending && k >= 0.0) {
        let v = get_i(agent, o, k)?;
        let r = call(
            agent,
            &f,
            this_arg.clone(),
            &[v.clone(), Value::Number(k), Value::Object(o)],
        )?;
        if to_boolean(&r) {
            return Ok((k, v));
        }
        k += if ascending { 1.0 } else { -1.0 };
    }
    // 5. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
    Ok((-1.0, Value::Undefined))
}

fn array_prototype_find(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(find_via_predicate(agent, &this, args, true)?.1)
}

fn array_prototype_find_index(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Number(
        find_via_predicate(agent, &this, args, true)?.0,
    ))
}

fn array_prototype_find_last(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(find_via_predicate(agent, &this, args, false)?.1)
}

fn array_prototype_find_last_index(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Number(
        find_via_predicate(agent, &this, args, false)?.0,
    ))
}

/// FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction [ , thisArg ] ] )
/// (§23.1.3.13.1)
#[doc(alias = "FlattenIntoArray")]
#[allow(clippy::too_many_arguments)]
fn flatten_into_array(
    agent: &mut Agent,
    target: ObjectId,
    source: ObjectId,
    source_len: f64,
    start: f64,
    depth: f64,
    mapper: Option<(&Value, &Value)>,
    level: usize,
) -> JsResult<f64> {
    // 2. Let targetIndex be start.
    let mut target_index = start;
    // 3-4. For each present source index (runs of holes skipped: see
    //      [`next_present_index`]):
    let mut source_index = next_present_index(agent, source, 0.0, source_len);
    while source_index < source_len {
        if has_i(agent, source, source_index)? {
            let mut element = get_i(agent, source, source_index)?;
            // ii. If mapperFunction is present, call it.
            if let Some((f, this_arg)) = mapper {
                element = call(
                    agent,
                    f,
                    this_arg.clone(),
                    &[element, Value::Number(source_index), Value::Object(source)],
                )?;
            }
            // iii-iv. Flatten arrays while depth > 0.
            let should_flatten = depth > 0.0 && is_array(agent, &element)?;
            if let (true, Value::Object(e)) = (should_flatten, &element) {
                let e = *e;
                let new_depth = if depth == f64::INFINITY {
                    depth
                } else {
                    depth - 1.0
                };
                let element_len = length_of_array_like(agent, e)?;
                if level > 2000 {
                    return Err(agent.range_error("Maximum call stack size exceeded"));
                }
                target_index = flatten_into_array(
                    agent,
                    target,
                    e,
                    element_len,
                    target_index,
                    new_depth,
                    None,
                    level + 1,
                )?;
            } else {
                if target_index >= MAX_SAFE {
                    return Err(agent.type_error("Invalid array length"));
                }
                create_data_property_or_throw(agent, target, key(target_index), element)?;
                target_index += 1.0;
            }
        }
        source_index = next_present_index(agent, source, source_index + 1.0, source_len);
    }
    Ok(target_index)
}

/// Array.prototype.flat ( [ depth ] ) (§23.1.3.13)
fn array_prototype_flat(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3-4. Let depthNum be ? ToIntegerOrInfinity(depth), at least 0 (default 1).
    let depth = arg(args, 0);
    let depth_num = if depth.is_undefined() {
        1.0
    } else {
        to_integer_or_infinity(agent, &depth)?.max(0.0)
    };
    // 5. Let A be ? ArraySpeciesCreate(O, 0).
    let a = array_species_create(agent, o, 0.0)?;
    // 6. Perform ? FlattenIntoArray(A, O, sourceLen, 0, depthNum).
    flatten_into_array(agent, a, o, len, 0.0, depth_num, None, 0)?;
    Ok(Value::Object(a))
}

/// Array.prototype.flatMap ( mapperFunction [ , thisArg ] ) (§23.1.3.14)
fn array_prototype_flat_map(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    let f = callback(agent, &arg(args, 0))?;
    let this_arg = arg(args, 1);
    let a = array_species_create(agent, o, 0.0)?;
    flatten_into_array(agent, a, o, len, 0.0, 1.0, Some((&f, &this_arg)), 0)?;
    Ok(Value::Object(a))
}

/// Array.prototype.includes ( searchElement [ , fromIndex ] ) (§23.1.3.16)
fn array_prototype_includes(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3. If len = 0, return false.
    if len == 0.0 {
        return Ok(Value::Bool(false));
    }
    // 4-10. Let k be the start index.
    let mut k = relative_index(agent, &arg(args, 1), len, 0.0)?;
    let target = arg(args, 0);
    // 11. Compare every index (holes read as undefined) with SameValueZero.
    while k < len {
        // A run of holes reads as undefined without side effects (see
        // [`next_present_index`]): it matches only undefined.
        let next = next_present_index(agent, o, k, len);
        if next > k {
            if target.is_undefined() {
                return Ok(Value::Bool(true));
            }
            k = next;
            continue;
        }
        let v = get_i(agent, o, k)?;
        if same_value_zero(&target, &v) {
            return Ok(Value::Bool(true));
        }
        k += 1.0;
    }
    Ok(Value::Bool(false))
}

/// Array.prototype.indexOf ( searchElement [ , fromIndex ] ) (§23.1.3.17)
fn array_prototype_index_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    if len == 0.0 {
        return Ok(Value::Number(-1.0));
    }
    let mut k = relative_index(agent, &arg(args, 1), len, 0.0)?;
    let target = arg(args, 0);
    // 10. Compare present elements with IsStrictlyEqual.
    k = next_present_index(agent, o, k, len);
    while k < len {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            if is_strictly_equal(&target, &v) {
                return Ok(Value::Number(k));
            }
        }
        k = next_present_index(agent, o, k + 1.0, len);
    }
    Ok(Value::Number(-1.0))
}

/// Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) (§23.1.3.20)
fn array_prototype_last_index_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    if len == 0.0 {
        return Ok(Value::Number(-1.0));
    }
    // 4-6. Let n be fromIndex (default len - 1); k counts from the end when negative.
    let n = if args.len() > 1 {
        to_integer_or_infinity(agent, &args[1])?
    } else {
        len - 1.0
    };
    let mut k = if n == f64::NEG_INFINITY {
        return Ok(Value::Number(-1.0));
    } else if n >= 0.0 {
        n.min(len - 1.0)
    } else {
        len + n
    };
    let target = arg(args, 0);
    k = prev_present_index(agent, o, k);
    while k >= 0.0 {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            if is_strictly_equal(&target, &v) {
                return Ok(Value::Number(k));
            }
        }
        k = prev_present_index(agent, o, k - 1.0);
    }
    Ok(Value::Number(-1.0))
}

thread_local! {
    /// The objects being joined, to print cycles as '' like V8.
    static JOIN_STACK: std::cell::RefCell<Vec<ObjectId>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Array.prototype.join ( separator ) (§23.1.3.18)
fn array_prototype_join(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3-4. If separator is undefined, let sep be ",".
    let separator = arg(args, 0);
    let sep = if separator.is_undefined() {
        JsString::from(",")
    } else {
        to_string(agent, &separator)?
    };
    // A cyclic join yields the empty string (as V8 does).
    if JOIN_STACK.with(|s| s.borrow().contains(&o)) {
        return Ok(Value::str(""));
    }
    JOIN_STACK.with(|s| s.borrow_mut().push(o));
    let result = join_elements(agent, o, len, &sep);
    JOIN_STACK.with(|s| {
        s.borrow_mut().pop();
    });
    Ok(Value::String(result?))
}

fn join_elements(agent: &mut Agent, o: ObjectId, len: f64, sep: &JsString) -> JsResult<JsString> {
    // 5-7. Concatenate the elements with sep, undefined and null as the empty String.
    // The separators alone make a string longer than the cap: V8 throws before joining.
    if len > 1.0 && (len - 1.0) * sep.len() as f64 > crate::value::MAX_STRING_LENGTH as f64 {
        return Err(agent.range_error(crate::value::INVALID_STRING_LENGTH));
    }
    // The heap limit is checked before the separators' code units are allocated.
    if len > 1.0 {
        agent.reserve_bytes(2 * ((len - 1.0) as usize).saturating_mul(sep.len()))?;
    }
    // The text is built under the length cap and the heap limit (super::string::StringBuilder).
    let mut r = super::string::StringBuilder::new();
    let mut k = 0.0;
    while k < len {
        if k > 0.0 {
            r.push_str(agent, sep)?;
        }
        // A run of holes of an Array joins as separators alone (Get gives undefined).
        let next = next_present_index(agent, o, k, len);
        if next > k {
            let gap = (next - k) as usize - usize::from(next >= len);
            if !sep.is_empty() {
                for _ in 0..gap {
                    r.push_str(agent, sep)?;
                }
            }
            k = next;
            if k >= len {
                break;
            }
        }
        let element = get_i(agent, o, k)?;
        if !element.is_nullish() {
            let s = to_string(agent, &element)?;
            r.push_str(agent, &s)?;
        }
        k += 1.0;
    }
    r.finish(agent)
}

/// Array.prototype.toString ( ) (§23.1.3.36)
fn array_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let array be ? ToObject(this value).
    let array = to_object(agent, &this)?;
    // 2. Let func be ? Get(array, "join").
    let func = get_str(agent, array, "join")?;
    // 3. If IsCallable(func) is false, use %Object.prototype.toString%.
    if !is_callable(agent, &func) {
        return super::object::object_prototype_to_string(agent, Value::Object(array), &[], None);
    }
    // 4. Return ? Call(func, array).
    call(agent, &func, Value::Object(array), &[])
}

/// Array.prototype.toLocaleString ( ) (§23.1.3.32)
fn array_prototype_to_locale_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    if JOIN_STACK.with(|s| s.borrow().contains(&o)) {
        return Ok(Value::str(""));
    }
    JOIN_STACK.with(|s| s.borrow_mut().push(o));
    let result = locale_join(agent, o, len);
    JOIN_STACK.with(|s| {
        s.borrow_mut().pop();
    });
    Ok(Value::String(result?))
}

fn locale_join(agent: &mut Agent, o: ObjectId, len: f64) -> JsResult<JsString> {
    // 4-6. Join Invoke(element, "toLocaleString") of each element with ",".
    let mut r = super::string::StringBuilder::new();
    let mut k = 0.0;
    while k < len {
        if k > 0.0 {
            r.push_units(agent, &[b',' as u16])?;
        }
        let element = get_i(agent, o, k)?;
        if !element.is_nullish() {
            let v = crate::abstract_ops::invoke(
                agent,
                &element,
                &PropertyKey::from("toLocaleString"),
                &[],
            )?;
            let s = to_string(agent, &v)?;
            r.push_str(agent, &s)?;
        }
        k += 1.0;
    }
    r.finish(agent)
}

/// Array.prototype.map ( callbackfn [ , thisArg ] ) (§23.1.3.21)
fn array_prototype_map(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    let f = callback(agent, &arg(args, 0))?;
    let this_arg = arg(args, 1);
    // 4. Let A be ? ArraySpeciesCreate(O, len).
    let a = array_species_create(agent, o, len)?;
    // 5-6. Map each present element.
    let mut k = next_present_index(agent, o, 0.0, len);
    while k < len {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            let mapped = call(
                agent,
                &f,
                this_arg.clone(),
                &[v, Value::Number(k), Value::Object(o)],
            )?;
            create_data_property_or_throw(agent, a, key(k), mapped)?;
        }
        k = next_present_index(agent, o, k + 1.0, len);
    }
    Ok(Value::Object(a))
}

/// Array.prototype.pop ( ) (§23.1.3.22)
fn array_prototype_pop(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3. If len = 0, set length to +0 and return undefined.
    if len == 0.0 {
        set_length(agent, o, 0.0)?;
        return Ok(Value::Undefined);
    }
    // 4. Else: take the last element, delete it, shrink the length.
    let new_len = len - 1.0;
    let element = get_i(agent, o, new_len)?;
    delete_property_or_throw(agent, o, &key(new_len))?;
    set_length(agent, o, new_len)?;
    Ok(element)
}

/// Array.prototype.push ( ...items ) (§23.1.3.23)
fn array_prototype_push(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, mut len) = this_and_len(agent, &this)?;
    // 4. If len + argCount > 2**53 - 1, throw a TypeError exception.
    if len + args.len() as f64 > MAX_SAFE {
        return Err(agent.type_error(format!(
            "Pushing {} elements on an array-like of length {} is disallowed, as the total surpasses 2**53-1",
            args.len(),
            number_to_string(len)
        )));
    }
    // 5. For each element E of items: Set(O, len, E, true).
    for e in args {
        set_i(agent, o, len, e.clone())?;
        len += 1.0;
    }
    // 6. Perform ? Set(O, "length", 𝔽(len), true).
    set_length(agent, o, len)?;
    Ok(Value::Number(len))
}

/// Array.prototype.reduce / reduceRight (§23.1.3.24, §23.1.3.25)
fn reduce(agent: &mut Agent, this: &Value, args: &[Value], ascending: bool) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, this)?;
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    let f = callback(agent, &arg(args, 0))?;
    // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
    if len == 0.0 && args.len() < 2 {
        return Err(agent.type_error("Reduce of empty array with no initial value"));
    }
    // The next index to visit after `k` (skipping runs of holes, see next_present_index).
    let advance = |agent: &Agent, k: f64| {
        if ascending {
            next_present_index(agent, o, k + 1.0, len)
        } else {
            prev_present_index(agent, o, k - 1.0)
        }
    };
    let mut k = if ascending {
        next_present_index(agent, o, 0.0, len)
    } else {
        prev_present_index(agent, o, len - 1.0)
    };
    let in_range = |k: f64| if ascending { k < len } else { k >= 0.0 };
    // 6-8. The accumulator starts at initialValue or the first present element.
    let mut acc = if args.len() >= 2 {
        args[1].clone()
    } else {
        let mut found = None;
        while in_range(k) {
            if has_i(agent, o, k)? {
                found = Some(get_i(agent, o, k)?);
                k = advance(agent, k);
                break;
            }
            k = advance(agent, k);
        }
        match found {
            Some(v) => v,
            None => return Err(agent.type_error("Reduce of empty array with no initial value")),
        }
    };
    // 9. Fold the remaining present elements.
    while in_range(k) {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            acc = call(
                agent,
                &f,
                Value::Undefined,
                &[acc, v, Value::Number(k), Value::Object(o)],
            )?;
        }
        k = advance(agent, k);
    }
    Ok(acc)
}

fn array_prototype_reduce(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    reduce(agent, &this, args, true)
}

fn array_prototype_reduce_right(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    reduce(agent, &this, args, false)
}

/// Array.prototype.reverse ( ) (§23.1.3.26)
fn array_prototype_reverse(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3. Let middle be floor(len / 2).
    let middle = (len / 2.0).floor();
    // 4-5. Swap lower and upper, minding holes.
    let mut lower = 0.0;
    while lower != middle {
        let upper = len - lower - 1.0;
        let lower_exists = has_i(agent, o, lower)?;
        let lower_value = if lower_exists {
            get_i(agent, o, lower)?
        } else {
            Value::Undefined
        };
        let upper_exists = has_i(agent, o, upper)?;
        let upper_value = if upper_exists {
            get_i(agent, o, upper)?
        } else {
            Value::Undefined
        };
        match (lower_exists, upper_exists) {
            (true, true) => {
                set_i(agent, o, lower, upper_value)?;
                set_i(agent, o, upper, lower_value)?;
            }
            (false, true) => {
                set_i(agent, o, lower, upper_value)?;
                delete_property_or_throw(agent, o, &key(upper))?;
            }
            (true, false) => {
                delete_property_or_throw(agent, o, &key(lower))?;
                set_i(agent, o, upper, lower_value)?;
            }
            (false, false) => {}
        }
        lower += 1.0;
    }
    Ok(Value::Object(o))
}

/// Array.prototype.shift ( ) (§23.1.3.27)
fn array_prototype_shift(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3. If len = 0, set length to +0 and return undefined.
    if len == 0.0 {
        set_length(agent, o, 0.0)?;
        return Ok(Value::Undefined);
    }
    // 4. Let first be ? Get(O, "0").
    let first = get_i(agent, o, 0.0)?;
    // 5-6. Move every element down by one.
    let mut k = 1.0;
    while k < len {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            set_i(agent, o, k - 1.0, v)?;
        } else {
            delete_property_or_throw(agent, o, &key(k - 1.0))?;
        }
        k += 1.0;
    }
    // 7-8. Delete the last index and shrink the length.
    delete_property_or_throw(agent, o, &key(len - 1.0))?;
    set_length(agent, o, len - 1.0)?;
    Ok(first)
}

/// Array.prototype.unshift ( ...items ) (§23.1.3.37)
fn array_prototype_unshift(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    let count = args.len() as f64;
    // 4. If argCount > 0:
    if count > 0.0 {
        // a. If len + argCount > 2**53 - 1, throw a TypeError exception.
        if len + count > MAX_SAFE {
            return Err(agent.type_error("Invalid array length"));
        }
        // b-c. Move the elements up by argCount, from the end.
        let mut k = len;
        while k > 0.0 {
            let from = k - 1.0;
            let to = k + count - 1.0;
            if has_i(agent, o, from)? {
                let v = get_i(agent, o, from)?;
                set_i(agent, o, to, v)?;
            } else {
                delete_property_or_throw(agent, o, &key(to))?;
            }
            k -= 1.0;
        }
        // d-f. Put the items at the front.
        for (j, e) in args.iter().enumerate() {
            set_i(agent, o, j as f64, e.clone())?;
        }
    }
    // 5. Perform ? Set(O, "length", 𝔽(len + argCount), true).
    set_length(agent, o, len + count)?;
    Ok(Value::Number(len + count))
}

/// Array.prototype.slice ( start, end ) (§23.1.3.28)
fn array_prototype_slice(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3-10. Resolve start and end relative to len.
    let mut k = relative_index(agent, &arg(args, 0), len, 0.0)?;
    let fin = relative_index(agent, &arg(args, 1), len, len)?;
    // 11. Let count be max(final - k, 0).
    let count = (fin - k).max(0.0);
    // 12. Let A be ? ArraySpeciesCreate(O, count).
    let a = array_species_create(agent, o, count)?;
    // 13-15. Copy present elements.
    let mut n = 0.0;
    let first = next_present_index(agent, o, k, fin);
    n += first - k;
    k = first;
    while k < fin {
        if has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            create_data_property_or_throw(agent, a, key(n), v)?;
        }
        let next = next_present_index(agent, o, k + 1.0, fin);
        n += next - k;
        k = next;
    }
    // 16. Perform ? Set(A, "length", 𝔽(n), true).
    set_length(agent, a, n)?;
    Ok(Value::Object(a))
}

/// SortCompare ( comparator ) (§23.1.3.30.2) for two values neither of which is undefined.
#[doc(alias = "SortCompare")]
fn sort_compare(agent: &mut Agent, comparator: &Value, x: &Value, y: &Value) -> JsResult<bool> {
    // Returns whether y must come strictly before x (x > y).
    // 1-3. Undefined sorts last.
    match (x.is_undefined(), y.is_undefined()) {
        (true, true) => return Ok(false),
        (true, false) => return Ok(true),
        (false, true) => return Ok(false),
        _ => {}
    }
    // 4. If comparator is not undefined, v = ToNumber(Call(comparator, undefined, « x, y »)).
    if !comparator.is_undefined() {
        let r = call(agent, comparator, Value::Undefined, &[x.clone(), y.clone()])?;
        let v = to_number(agent, &r)?;
        // NaN is treated as +0.
        return Ok(v > 0.0);
    }
    // 5-10. Compare ToString(x) and ToString(y) by code units.
    let xs = to_string(agent, x)?;
    let ys = to_string(agent, y)?;
    Ok(xs.units() > ys.units())
}

/// A stable merge sort whose comparison may throw.
fn merge_sort(agent: &mut Agent, items: Vec<Value>, comparator: &Value) -> JsResult<Vec<Value>> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut items = items;
    let right = items.split_off(items.len() / 2);
    let left = merge_sort(agent, items, comparator)?;
    let right = merge_sort(agent, right, comparator)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut li = left.into_iter().peekable();
    let mut ri = right.into_iter().peekable();
    loop {
        match (li.peek(), ri.peek()) {
            (Some(l), Some(r)) => {
                if sort_compare(agent, comparator, l, r)? {
                    out.extend(ri.next());
                } else {
                    out.extend(li.next());
                }
            }
            (Some(_), None) => out.extend(li.by_ref()),
            (None, Some(_)) => out.extend(ri.by_ref()),
            (None, None) => break,
        }
    }
    Ok(out)
}

/// SortIndexedProperties ( obj, len, SortCompare, holes ) (§23.1.3.30.1): the sorted values of
/// the present (or all, when `skip_holes` is false) indices.
#[doc(alias = "SortIndexedProperties")]
fn sort_indexed_properties(
    agent: &mut Agent,
    o: ObjectId,
    len: f64,
    comparator: &Value,
    skip_holes: bool,
) -> JsResult<Vec<Value>> {
    // 1-3. Collect the values (every index's, when holes are read: as many as len).
    let mut items = if skip_holes {
        Vec::new()
    } else {
        result_list(agent, len)?
    };
    let mut k = if skip_holes {
        next_present_index(agent, o, 0.0, len)
    } else {
        0.0
    };
    while k < len {
        if !skip_holes || has_i(agent, o, k)? {
            let v = get_i(agent, o, k)?;
            push_counted(agent, &mut items, v)?;
        }
        k = if skip_holes {
            next_present_index(agent, o, k + 1.0, len)
        } else {
            k + 1.0
        };
    }
    // 4. Sort items using an implementation-defined sequence of calls to SortCompare.
    merge_sort(agent, items, comparator)
}

fn comparator_arg(agent: &mut Agent, args: &[Value]) -> JsResult<Value> {
    // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError.
    let c = arg(args, 0);
    if !c.is_undefined() && !is_callable(agent, &c) {
        let shown = match &c {
            Value::String(s) => s.to_rust_string(),
            other => crate::describe::brief_value(agent, other),
        };
        return Err(agent.type_error(format!(
            "The comparison function must be either a function or undefined: {shown}"
        )));
    }
    Ok(c)
}

/// Array.prototype.sort ( comparator ) (§23.1.3.30)
fn array_prototype_sort(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let comparator = comparator_arg(agent, args)?;
    // 2-3. Let obj be ? ToObject(this value); len its length.
    let (o, len) = this_and_len(agent, &this)?;
    // 5. Let sortedList be ? SortIndexedProperties(obj, len, SortCompare, skip-holes).
    let sorted = sort_indexed_properties(agent, o, len, &comparator, true)?;
    // 6-8. Write the sorted values back, then delete the remaining indices (the holes).
    let item_count = sorted.len() as f64;
    for (j, v) in sorted.into_iter().enumerate() {
        set_i(agent, o, j as f64, v)?;
    }
    let mut j = next_present_index(agent, o, item_count, len);
    while j < len {
        delete_property_or_throw(agent, o, &key(j))?;
        j = next_present_index(agent, o, j + 1.0, len);
    }
    Ok(Value::Object(o))
}

/// Array.prototype.toSorted ( comparator ) (§23.1.3.34)
fn array_prototype_to_sorted(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let comparator = comparator_arg(agent, args)?;
    let (o, len) = this_and_len(agent, &this)?;
    // 4. Let A be ? ArrayCreate(len).
    array_create(agent, len, None)?;
    // 6. Let sortedList be ? SortIndexedProperties(O, len, SortCompare, read-through-holes).
    let sorted = sort_indexed_properties(agent, o, len, &comparator, false)?;
    Ok(Value::Object(create_array_from_list(agent, sorted)))
}

/// Array.prototype.toReversed ( ) (§23.1.3.33)
fn array_prototype_to_reversed(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3. Let A be ? ArrayCreate(len).
    array_create(agent, len, None)?;
    // 4-5. A[k] = O[len - k - 1].
    let mut items = result_list(agent, len)?;
    let mut k = 0.0;
    while k < len {
        let v = get_i(agent, o, len - k - 1.0)?;
        push_counted(agent, &mut items, v)?;
        k += 1.0;
    }
    Ok(Value::Object(create_array_from_list(agent, items)))
}

/// The start and delete count of splice / toSpliced (steps 3-8).
fn splice_bounds(agent: &mut Agent, args: &[Value], len: f64) -> JsResult<(f64, f64)> {
    let actual_start = relative_index(agent, &arg(args, 0), len, 0.0)?;
    let skip = if args.is_empty() {
        0.0
    } else if args.len() == 1 {
        len - actual_start
    } else {
        let dc = to_integer_or_infinity(agent, &args[1])?;
        dc.max(0.0).min(len - actual_start)
    };
    Ok((actual_start, skip))
}

/// Array.prototype.splice ( start, deleteCount, ...items ) (§23.1.3.31)
fn array_prototype_splice(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3-8. Let actualStart and actualDeleteCount be the bounds.
    let (start, delete_count) = splice_bounds(agent, args, len)?;
    let items: &[Value] = if args.len() > 2 { &args[2..] } else { &[] };
    let item_count = items.len() as f64;
    // 9. If len + itemCount - actualDeleteCount > 2**53 - 1, throw a TypeError exception.
    if len + item_count - delete_count > MAX_SAFE {
        return Err(agent.type_error("Invalid array length"));
    }
    // 10. Let A be ? ArraySpeciesCreate(O, actualDeleteCount).
    let a = array_species_create(agent, o, delete_count)?;
    // 11-12. Copy the deleted elements into A.
    let mut k = 0.0;
    while k < delete_count {
        let from = start + k;
        if has_i(agent, o, from)? {
            let v = get_i(agent, o, from)?;
            create_data_property_or_throw(agent, a, key(k), v)?;
        }
        k += 1.0;
    }
    // 13. Perform ? Set(A, "length", 𝔽(actualDeleteCount), true).
    set_length(agent, a, delete_count)?;
    // 15-16. Shift the remaining elements.
    if item_count < delete_count {
        let mut k = start;
        while k < len - delete_count {
            let from = k + delete_count;
            let to = k + item_count;
            if has_i(agent, o, from)? {
                let v = get_i(agent, o, from)?;
                set_i(agent, o, to, v)?;
            } else {
                delete_property_or_throw(agent, o, &key(to))?;
            }
            k += 1.0;
        }
        let mut k = len;
        while k > len - delete_count + item_count {
            delete_property_or_throw(agent, o, &key(k - 1.0))?;
            k -= 1.0;
        }
    } else if item_count > delete_count {
        let mut k = len - delete_count;
        while k > start {
            let from = k + delete_count - 1.0;
            let to = k + item_count - 1.0;
            if has_i(agent, o, from)? {
                let v = get_i(agent, o, from)?;
                set_i(agent, o, to, v)?;
            } else {
                delete_property_or_throw(agent, o, &key(to))?;
            }
            k -= 1.0;
        }
    }
    // 17-18. Insert the items.
    for (j, e) in items.iter().enumerate() {
        set_i(agent, o, start + j as f64, e.clone())?;
    }
    // 19. Perform ? Set(O, "length", 𝔽(len - actualDeleteCount + itemCount), true).
    set_length(agent, o, len - delete_count + item_count)?;
    Ok(Value::Object(a))
}

/// Array.prototype.toSpliced ( start, skipCount, ...items ) (§23.1.3.35)
fn array_prototype_to_spliced(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    let (start, skip) = splice_bounds(agent, args, len)?;
    let items: &[Value] = if args.len() > 2 { &args[2..] } else { &[] };
    // 10. Let newLen be len + insertCount - actualSkipCount.
    let new_len = len + items.len() as f64 - skip;
    // 11. If newLen > 2**53 - 1, throw a TypeError exception.
    if new_len > MAX_SAFE {
        return Err(agent.type_error("Invalid array length"));
    }
    // 12. Let A be ? ArrayCreate(newLen).
    array_create(agent, new_len, None)?;
    // 13-17. Before start, the items, then after the skipped ones.
    let mut out = result_list(agent, new_len)?;
    let mut i = 0.0;
    while i < start {
        let v = get_i(agent, o, i)?;
        push_counted(agent, &mut out, v)?;
        i += 1.0;
    }
    out.extend(items.iter().cloned());
    let mut r = start + skip;
    while r < len {
        let v = get_i(agent, o, r)?;
        push_counted(agent, &mut out, v)?;
        r += 1.0;
    }
    Ok(Value::Object(create_array_from_list(agent, out)))
}

/// Array.prototype.with ( index, value ) (§23.1.3.39)
fn array_prototype_with(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let (o, len) = this_and_len(agent, &this)?;
    // 3-5. Let actualIndex be the relative index.
    let rel = to_integer_or_infinity(agent, &arg(args, 0))?;
    let actual = if rel >= 0.0 { rel } else { len + rel };
    // 6. If actualIndex ≥ len or actualIndex < 0, throw a RangeError exception.
    if actual >= len || actual < 0.0 {
        return Err(agent.range_error("Invalid index : ".to_string() + &number_to_string(rel)));
    }
    // 7. Let A be ? ArrayCreate(len).
    array_create(agent, len, None)?;
    // 8-9. Copy, replacing the element at actualIndex.
    let mut out = result_list(agent, len)?;
    let mut k = 0.0;
    while k < len {
        let v = if k == actual {
            arg(args, 1)
        } else {
            get_i(agent, o, k)?
        };
        push_counted(agent, &mut out, v)?;
        k += 1.0;
    }
    Ok(Value::Object(create_array_from_list(agent, out)))
}
