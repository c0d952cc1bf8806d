//! The Iterator constructor and the sync iterator helpers (ECMA-262 §27.1.3, §27.1.4):
//! Iterator.from with %WrapForValidIteratorPrototype%, Iterator.concat, the lazy helpers
//! map/filter/take/drop/flatMap (Iterator Helper objects, §27.1.2) and the eager
//! reduce/toArray/forEach/some/every/find.
//!
//! Why a state machine instead of a generator body: each helper's closure (the spec's
//! Abstract Closure given to CreateIteratorFromClosure) only ever suspends at one Yield, so
//! its locals (counter, remaining, the inner iterator of flatMap) are the whole state. A
//! helper object keeps [[GeneratorState]] as the spec's generators do, so re-entering a
//! running helper throws like GeneratorValidate.

use super::{create_builtin_function, define_method, define_value, InternalSlots};
use crate::abstract_ops::operations_on_iterator_objects::{
    create_iterator_result_object, get_iterator_direct, iterator_close, iterator_step,
    iterator_step_value, IteratorRecord,
};
use crate::abstract_ops::{
    arg, call, create_array_from_list, create_data_property_or_throw, get_method, get_own_property,
    is_callable, ordinary_create_from_constructor, ordinary_has_instance, set, to_boolean,
    to_number,
};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind, Property};
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};

/// [[GeneratorState]] of an Iterator Helper (§27.5: the generator states).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    SuspendedStart,
    SuspendedYield,
    Executing,
    Completed,
}

/// An Iterator Helper object's slots: [[GeneratorState]], [[UnderlyingIterator]] (none for
/// Iterator.concat, whose [[UnderlyingIterators]] list is empty) and the closure's state.
pub struct IteratorHelper {
    pub state: GeneratorState,
    pub underlying: Option<IteratorRecord>,
    pub closure: HelperClosure,
}

/// The locals of each helper's Abstract Closure between two Yields.
pub enum HelperClosure {
    /// Iterator.prototype.map's closure (§27.1.4.8 step 6).
    Map { mapper: Value, counter: f64 },
    /// Iterator.prototype.filter's closure (§27.1.4.4 step 6).
    Filter { predicate: Value, counter: f64 },
    /// Iterator.prototype.take's closure (§27.1.4.11 step 10).
    Take { remaining: f64 },
    /// Iterator.prototype.drop's closure (§27.1.4.2 step 10): `remaining` of the skip.
    Drop { remaining: f64 },
    /// Iterator.prototype.flatMap's closure (§27.1.4.6 step 6): the inner iterator while
    /// it is alive.
    FlatMap {
        mapper: Value,
        counter: f64,
        inner: Option<IteratorRecord>,
    },
    /// Iterator.concat's closure: the iterables' [[OpenMethod]] and [[Iterable]], the next
    /// one to open, and the open one.
    Concat {
        iterables: Vec<(Value, Value)>,
        next: usize,
        inner: Option<IteratorRecord>,
    },
}

pub fn init(agent: &mut Agent) {
    let ip = agent.intrinsics.iterator_prototype;
    let fp = agent.intrinsics.function_prototype;
    let tag = agent.symbols.to_string_tag.clone();

    // The Iterator constructor (§27.1.3.1)
    let iterator = create_builtin_function(agent, iterator_constructor, 0, "Iterator", true, None);
    agent.heap.get_mut(iterator).proto = Some(fp);
    agent.intrinsics.iterator = iterator;
    define_value(
        agent,
        iterator,
        "prototype",
        Value::Object(ip),
        false,
        false,
        false,
    );
    define_method(agent, iterator, "from", iterator_from, 1);
    define_method(agent, iterator, "concat", iterator_concat, 0);
    let global = agent.global_object;
    super::define_hidden(agent, global, "Iterator", Value::Object(iterator));

    // Iterator.prototype (§27.1.4), in Node's key order.
    accessor(
        agent,
        ip,
        PropertyKey::from("constructor"),
        "constructor",
        iterator_prototype_get_constructor,
        iterator_prototype_set_constructor,
    );
    define_method(agent, ip, "reduce", iterator_prototype_reduce, 1);
    define_method(agent, ip, "toArray", iterator_prototype_to_array, 0);
    define_method(agent, ip, "forEach", iterator_prototype_for_each, 1);
    define_method(agent, ip, "some", iterator_prototype_some, 1);
    define_method(agent, ip, "every", iterator_prototype_every, 1);
    define_method(agent, ip, "find", iterator_prototype_find, 1);
    define_method(agent, ip, "map", iterator_prototype_map, 1);
    define_method(agent, ip, "filter", iterator_prototype_filter, 1);
    define_method(agent, ip, "take", iterator_prototype_take, 1);
    define_method(agent, ip, "drop", iterator_prototype_drop, 1);
    define_method(agent, ip, "flatMap", iterator_prototype_flat_map, 1);
    accessor(
        agent,
        ip,
        PropertyKey::Symbol(tag.clone()),
        "[Symbol.toStringTag]",
        iterator_prototype_get_to_string_tag,
        iterator_prototype_set_to_string_tag,
    );

    // %IteratorHelperPrototype% (§27.1.2.1)
    let hp = super::new_prototype(agent, ip);
    agent.intrinsics.iterator_helper_prototype = hp;
    define_method(agent, hp, "next", iterator_helper_prototype_next, 0);
    define_method(agent, hp, "return", iterator_helper_prototype_return, 0);
    define_value(
        agent,
        hp,
        PropertyKey::Symbol(tag),
        Value::str("Iterator Helper"),
        false,
        false,
        true,
    );

    // %WrapForValidIteratorPrototype% (§27.1.3.2.1.1)
    let wp = super::new_prototype(agent, ip);
    agent.intrinsics.wrap_for_valid_iterator_prototype = wp;
    define_method(agent, wp, "next", wrap_for_valid_iterator_prototype_next, 0);
    define_method(
        agent,
        wp,
        "return",
        wrap_for_valid_iterator_prototype_return,
        0,
    );
}

/// Defines an accessor property { [[Get]], [[Set]], [[Enumerable]]: false,
/// [[Configurable]]: true } with built-in functions named `get name` and `set name`.
fn accessor(
    agent: &mut Agent,
    target: ObjectId,
    key: PropertyKey,
    name: &str,
    getter: crate::object::NativeFn,
    setter: crate::object::NativeFn,
) {
    let g = create_builtin_function(agent, getter, 0, &format!("get {name}"), false, None);
    let s = create_builtin_function(agent, setter, 1, &format!("set {name}"), false, None);
    agent.heap.get_mut(target).props.insert(
        key,
        Property::Accessor {
            get: Some(g),
            set: Some(s),
            enumerable: false,
            configurable: true,
        },
    );
}

// ───────────────────────────── the constructor ─────────────────────────────

/// Iterator ( ) (§27.1.3.1)
fn iterator_constructor(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is either undefined or the active function object, throw a TypeError
    //    exception.
    let active = agent.intrinsics.iterator;
    let nt = match nt {
        Some(nt) if nt != active => nt,
        Some(_) => {
            return Err(agent.type_error("Abstract class Iterator not directly constructable"))
        }
        None => return Err(agent.type_error("Constructor Iterator requires 'new'")),
    };
    // 2. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Iterator.prototype%").
    let ip = agent.intrinsics.iterator_prototype;
    let o = ordinary_create_from_constructor(agent, Some(nt), ip, ObjectKind::Ordinary)?;
    Ok(Value::Object(o))
}

/// GetIteratorFlattenable ( obj, primitiveHandling ) (§7.4.5)
#[doc(alias = "GetIteratorFlattenable")]
fn get_iterator_flattenable(
    agent: &mut Agent,
    obj: &Value,
    iterate_strings: bool,
    method_name: &str,
) -> JsResult<IteratorRecord> {
    // 1. If obj is not an Object, then
    if !matches!(obj, Value::Object(_)) {
        // a. If primitiveHandling is reject-primitives, throw a TypeError exception.
        // c. If obj is not a String, throw a TypeError exception.
        if !iterate_strings || !matches!(obj, Value::String(_)) {
            return Err(agent.type_error(format!("{method_name} called on non-object")));
        }
    }
    // 2. Let method be ? GetMethod(obj, %Symbol.iterator%).
    let key = PropertyKey::Symbol(agent.symbols.iterator.clone());
    let method = crate::abstract_ops::get_v(agent, obj, &key)?;
    let method = if method.is_nullish() {
        Value::Undefined
    } else if !is_callable(agent, &method) {
        let shown = crate::describe::no_side_effects_to_string(agent, &method);
        let base = crate::describe::brief_value(agent, obj);
        return Err(agent.type_error(format!(
            "'{shown}' returned for property 'Symbol(Symbol.iterator)' of object '{base}' is \
             not a function"
        )));
    } else {
        method
    };
    // 3. If method is undefined, let iterator be obj.
    // 4. Else, let iterator be ? Call(method, obj).
    let iterator = if method.is_undefined() {
        obj.clone()
    } else {
        call(agent, &method, obj.clone(), &[])?
    };
    // 5. If iterator is not an Object, throw a TypeError exception.
    let Value::Object(iterator) = iterator else {
        let shown = crate::describe::brief_value(agent, obj);
        return Err(agent.type_error(format!("{shown} is not iterable")));
    };
    // 6. Return ? GetIteratorDirect(iterator).
    get_iterator_direct(agent, iterator)
}

/// Iterator.from ( O ) (§27.1.3.2.1)
fn iterator_from(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let iteratorRecord be ? GetIteratorFlattenable(O, iterate-string-primitives).
    let record = get_iterator_flattenable(agent, &arg(args, 0), true, "Iterator.from")?;
    // 2. Let hasInstance be ? OrdinaryHasInstance(%Iterator%, iteratorRecord.[[Iterator]]).
    let iterator = Value::Object(agent.intrinsics.iterator);
    let has_instance = ordinary_has_instance(agent, &iterator, &Value::Object(record.iterator))?;
    // 3. If hasInstance is true, return iteratorRecord.[[Iterator]].
    if has_instance {
        return Ok(Value::Object(record.iterator));
    }
    // 4-5. Let wrapper be OrdinaryObjectCreate(%WrapForValidIteratorPrototype%, « [[Iterated]] »)
    //      with [[Iterated]] set to iteratorRecord.
    let wp = agent.intrinsics.wrap_for_valid_iterator_prototype;
    let wrapper = agent.heap.alloc(Object::new(
        Some(wp),
        ObjectKind::Internal(Box::new(InternalSlots::WrapForValidIterator(record))),
    ));
    // 6. Return wrapper.
    Ok(Value::Object(wrapper))
}

/// [[Iterated]] of a %WrapForValidIteratorPrototype% object, or the TypeError of
/// RequireInternalSlot.
fn iterated_of(agent: &mut Agent, this: &Value, method: &str) -> JsResult<IteratorRecord> {
    if let Value::Object(o) = this {
        if let ObjectKind::Internal(b) = &agent.heap.get(*o).kind {
            if let InternalSlots::WrapForValidIterator(r) = &**b {
                return Ok(r.clone());
            }
        }
    }
    let shown = crate::describe::brief_value(agent, this);
    Err(agent.type_error(format!(
        "Method {method} called on incompatible receiver {shown}"
    )))
}

/// %WrapForValidIteratorPrototype%.next ( ) (§27.1.3.2.1.1.1)
fn wrap_for_valid_iterator_prototype_next(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let O be the this value; ? RequireInternalSlot(O, [[Iterated]]).
    // 3. Let iteratorRecord be O.[[Iterated]].
    let record = iterated_of(agent, &this, "%WrapForValidIteratorPrototype%.next")?;
    // 4. Return ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
    call(
        agent,
        &record.next_method,
        Value::Object(record.iterator),
        &[],
    )
}

/// %WrapForValidIteratorPrototype%.return ( ) (§27.1.3.2.1.1.2)
fn wrap_for_valid_iterator_prototype_return(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(O, [[Iterated]]).
    // 3. Let iterator be O.[[Iterated]].[[Iterator]].
    let record = iterated_of(agent, &this, "%WrapForValidIteratorPrototype%.return")?;
    let iterator = Value::Object(record.iterator);
    // 4-5. Let returnMethod be ? GetMethod(iterator, "return").
    let return_method = get_method(agent, &iterator, &PropertyKey::from("return"))?;
    // 6. If returnMethod is undefined, return CreateIteratorResultObject(undefined, true).
    if return_method.is_undefined() {
        return Ok(Value::Object(create_iterator_result_object(
            agent,
            Value::Undefined,
            true,
        )));
    }
    // 7. Return ? Call(returnMethod, iterator).
    call(agent, &return_method, iterator, &[])
}

/// Iterator.concat ( ...items ) (iterator-sequencing)
fn iterator_concat(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let iterables be a new empty List.
    let mut iterables = Vec::new();
    // 2. For each element item of items, do
    for item in args {
        // a. If item is not an Object, throw a TypeError exception.
        if !matches!(item, Value::Object(_)) {
            return Err(agent.type_error("Iterator.concat called on non-object"));
        }
        // b. Let method be ? GetMethod(item, %Symbol.iterator%).
        let key = PropertyKey::Symbol(agent.symbols.iterator.clone());
        let method = get_method(agent, item, &key)?;
        // c. If method is undefined, throw a TypeError exception.
        if method.is_undefined() {
            let shown = crate::describe::brief_value(agent, item);
            return Err(agent.type_error(format!("{shown} is not iterable")));
        }
        // d. Append the Record { [[OpenMethod]]: method, [[Iterable]]: item } to iterables.
        iterables.push((method, item.clone()));
    }
    // 3-6. CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
    //      « [[UnderlyingIterators]] ») with an empty [[UnderlyingIterators]].
    Ok(Value::Object(create_helper(
        agent,
        None,
        HelperClosure::Concat {
            iterables,
            next: 0,
            inner: None,
        },
    )))
}

// ───────────────────────────── Iterator.prototype's accessors ─────────────────────────────

/// get Iterator.prototype.constructor (§27.1.4.1.1)
fn iterator_prototype_get_constructor(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return %Iterator%.
    Ok(Value::Object(agent.intrinsics.iterator))
}

/// set Iterator.prototype.constructor (§27.1.4.1.2)
fn iterator_prototype_set_constructor(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Perform ? SetterThatIgnoresPrototypeProperties(this value, %Iterator.prototype%,
    //    "constructor", v).
    let home = agent.intrinsics.iterator_prototype;
    setter_that_ignores_prototype_properties(
        agent,
        &this,
        home,
        PropertyKey::from("constructor"),
        arg(args, 0),
    )?;
    // 2. Return undefined.
    Ok(Value::Undefined)
}

/// get Iterator.prototype [ %Symbol.toStringTag% ] (§27.1.4.14.1)
fn iterator_prototype_get_to_string_tag(
    _agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return "Iterator".
    Ok(Value::str("Iterator"))
}

/// set Iterator.prototype [ %Symbol.toStringTag% ] (§27.1.4.14.2)
fn iterator_prototype_set_to_string_tag(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Perform ? SetterThatIgnoresPrototypeProperties(this value, %Iterator.prototype%,
    //    %Symbol.toStringTag%, v).
    let home = agent.intrinsics.iterator_prototype;
    let key = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    setter_that_ignores_prototype_properties(agent, &this, home, key, arg(args, 0))?;
    // 2. Return undefined.
    Ok(Value::Undefined)
}

/// SetterThatIgnoresPrototypeProperties ( thisValue, home, p, v ) (§10.4.7.x)
#[doc(alias = "SetterThatIgnoresPrototypeProperties")]
fn setter_that_ignores_prototype_properties(
    agent: &mut Agent,
    this: &Value,
    home: ObjectId,
    p: PropertyKey,
    v: Value,
) -> JsResult<()> {
    // 1. If thisValue is not an Object, throw a TypeError exception.
    let Value::Object(o) = this else {
        return Err(agent.type_error("Iterator.prototype setter called on non-object"));
    };
    // 2. If SameValue(thisValue, home) is true, throw a TypeError exception.
    if *o == home {
        return Err(agent.type_error(format!(
            "Cannot assign to read only property '{}' of object '[object Iterator]'",
            match &p {
                PropertyKey::String(s) => s.to_rust_string(),
                PropertyKey::Symbol(s) => s.descriptive_string(),
            }
        )));
    }
    // 3. Let desc be ? thisValue.[[GetOwnProperty]](p).
    // 4. If desc is undefined, perform ? CreateDataPropertyOrThrow(thisValue, p, v).
    // 5. Else, perform ? Set(thisValue, p, v, true).
    if get_own_property(agent, *o, &p)?.is_none() {
        create_data_property_or_throw(agent, *o, p, v)
    } else {
        set(agent, *o, p, v, true)
    }
}

// ───────────────────────────── the lazy helpers ─────────────────────────────

/// Steps 1-3 of every Iterator.prototype method: O must be an Object; iterated is the
/// Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
fn this_iterator(agent: &mut Agent, this: &Value, method: &str) -> JsResult<ObjectId> {
    match this {
        Value::Object(o) => Ok(*o),
        _ => Err(agent.type_error(format!("{method} called on non-object"))),
    }
}

/// "Let error be ThrowCompletion(a newly created TypeError object). Return ?
/// IteratorClose(iterated, error)." for a callback argument that is not callable.
fn require_callable(agent: &mut Agent, o: ObjectId, f: &Value) -> JsResult<()> {
    if is_callable(agent, f) {
        return Ok(());
    }
    // V8's message names the type, and the value of a printable primitive.
    let shown = match f {
        Value::Object(_) => "object".to_string(),
        Value::Undefined => "undefined".to_string(),
        Value::Null => "object null".to_string(),
        Value::Symbol(_) => "symbol".to_string(),
        Value::BigInt(_) => "bigint".to_string(),
        Value::String(s) => format!("string \"{}\"", s.to_rust_string()),
        Value::Number(_) => format!(
            "number {}",
            crate::describe::no_side_effects_to_string(agent, f)
        ),
        Value::Bool(b) => format!("boolean {b}"),
    };
    let error = Err(agent.type_error(format!("{shown} is not a function")));
    iterator_close(agent, o, error)
}

/// Steps 4-8 of take and drop: the limit as an integer, closing O when it is not a valid
/// one.
fn validate_limit(agent: &mut Agent, o: ObjectId, limit: &Value) -> JsResult<f64> {
    // 4. Let numLimit be Completion(ToNumber(limit)).
    // 5. IfAbruptCloseIterator(numLimit, iterated).
    let num_limit = match to_number(agent, limit) {
        Ok(n) => n,
        Err(e) => return iterator_close(agent, o, Err(e)),
    };
    // 6. If numLimit is NaN, throw a RangeError (after closing iterated).
    // 7. If numLimit is finite and numLimit > 𝔽(2**53 - 1), throw a RangeError (after
    //    closing iterated). NOTE(mini-js): Node 26 does not have this step yet.
    if num_limit.is_nan() || (num_limit.is_finite() && num_limit > 9007199254740991.0) {
        let error = Err(agent.range_error(format!(
            "{} must be positive",
            crate::describe::no_side_effects_to_string(agent, limit)
        )));
        return iterator_close(agent, o, error);
    }
    // 8. Let integerLimit be ! ToIntegerOrInfinity(numLimit).
    let integer_limit = crate::abstract_ops::integer_or_infinity(num_limit);
    // 9. If integerLimit < 0, throw a RangeError (after closing iterated).
    if integer_limit < 0.0 {
        let error = Err(agent.range_error(format!(
            "{} must be positive",
            crate::describe::no_side_effects_to_string(agent, limit)
        )));
        return iterator_close(agent, o, error);
    }
    Ok(integer_limit)
}

/// CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
/// « [[UnderlyingIterator]] ») with [[UnderlyingIterator]] set (§27.1.2).
fn create_helper(
    agent: &mut Agent,
    underlying: Option<IteratorRecord>,
    closure: HelperClosure,
) -> ObjectId {
    let hp = agent.intrinsics.iterator_helper_prototype;
    agent.heap.alloc(Object::new(
        Some(hp),
        ObjectKind::Internal(Box::new(InternalSlots::IteratorHelper(Box::new(
            IteratorHelper {
                state: GeneratorState::SuspendedStart,
                underlying,
                closure,
            },
        )))),
    ))
}

/// Iterator.prototype.map ( mapper ) (§27.1.4.8)
fn iterator_prototype_map(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, "Iterator.prototype.map")?;
    // 4. If IsCallable(mapper) is false, close iterated and throw a TypeError.
    let mapper = arg(args, 0);
    require_callable(agent, o, &mapper)?;
    // 5. Set iterated to ? GetIteratorDirect(O).
    let iterated = get_iterator_direct(agent, o)?;
    // 6-9. The helper with the closure and [[UnderlyingIterator]] iterated.
    let closure = HelperClosure::Map {
        mapper,
        counter: 0.0,
    };
    Ok(Value::Object(create_helper(agent, Some(iterated), closure)))
}

/// Iterator.prototype.filter ( predicate ) (§27.1.4.4)
fn iterator_prototype_filter(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, "Iterator.prototype.filter")?;
    // 4. If IsCallable(predicate) is false, close iterated and throw a TypeError.
    let predicate = arg(args, 0);
    require_callable(agent, o, &predicate)?;
    // 5. Set iterated to ? GetIteratorDirect(O).
    let iterated = get_iterator_direct(agent, o)?;
    // 6-9. The helper with the closure.
    let closure = HelperClosure::Filter {
        predicate,
        counter: 0.0,
    };
    Ok(Value::Object(create_helper(agent, Some(iterated), closure)))
}

/// Iterator.prototype.take ( limit ) (§27.1.4.11)
fn iterator_prototype_take(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, "Iterator.prototype.take")?;
    // 4-8. Let integerLimit be the validated limit.
    let remaining = validate_limit(agent, o, &arg(args, 0))?;
    // 9. Set iterated to ? GetIteratorDirect(O).
    let iterated = get_iterator_direct(agent, o)?;
    // 10-13. The helper with the closure.
    let closure = HelperClosure::Take { remaining };
    Ok(Value::Object(create_helper(agent, Some(iterated), closure)))
}

/// Iterator.prototype.drop ( limit ) (§27.1.4.2)
fn iterator_prototype_drop(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, "Iterator.prototype.drop")?;
    // 4-8. Let integerLimit be the validated limit.
    let remaining = validate_limit(agent, o, &arg(args, 0))?;
    // 9. Set iterated to ? GetIteratorDirect(O).
    let iterated = get_iterator_direct(agent, o)?;
    // 10-13. The helper with the closure.
    let closure = HelperClosure::Drop { remaining };
    Ok(Value::Object(create_helper(agent, Some(iterated), closure)))
}

/// Iterator.prototype.flatMap ( mapper ) (§27.1.4.6)
fn iterator_prototype_flat_map(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, "Iterator.prototype.flatMap")?;
    // 4. If IsCallable(mapper) is false, close iterated and throw a TypeError.
    let mapper = arg(args, 0);
    require_callable(agent, o, &mapper)?;
    // 5. Set iterated to ? GetIteratorDirect(O).
    let iterated = get_iterator_direct(agent, o)?;
    // 6-9. The helper with the closure.
    let closure = HelperClosure::FlatMap {
        mapper,
        counter: 0.0,
        inner: None,
    };
    Ok(Value::Object(create_helper(agent, Some(iterated), closure)))
}

// ───────────────────────────── %IteratorHelperPrototype% ─────────────────────────────

fn helper_mut<'b>(agent: &'b mut Agent, o: ObjectId) -> &'b mut IteratorHelper {
    match &mut agent.heap.get_mut(o).kind {
        ObjectKind::Internal(b) => match &mut **b {
            InternalSlots::IteratorHelper(h) => h,
            _ => unreachable!("checked by generator_validate"),
        },
        _ => unreachable!("checked by generator_validate"),
    }
}

/// GeneratorValidate ( generator, "Iterator Helper" ) (§27.5.3.2): the helper and its
/// state; a TypeError for another object or a running helper.
fn generator_validate(
    agent: &mut Agent,
    this: &Value,
    method: &str,
) -> JsResult<(ObjectId, GeneratorState)> {
    // 1-2. Perform ? RequireInternalSlot(generator, [[GeneratorState]]) and
    //      [[GeneratorBrand]]; 3. the brand must be "Iterator Helper".
    let state = match this {
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::Internal(b) => match &**b {
                InternalSlots::IteratorHelper(h) => Some((*o, h.state)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((o, state)) = state else {
        let shown = crate::describe::brief_value(agent, this);
        return Err(agent.type_error(format!(
            "Method Iterator Helper.prototype.{method} called on incompatible receiver {shown}"
        )));
    };
    // 4-5. If state is executing, throw a TypeError exception.
    if state == GeneratorState::Executing {
        return Err(agent.type_error("Generator is already running"));
    }
    // 6. Return state.
    Ok((o, state))
}

/// %IteratorHelperPrototype%.next ( ) (§27.1.2.1.1): GeneratorResume(this value,
/// undefined, "Iterator Helper").
fn iterator_helper_prototype_next(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // GeneratorResume 1. Let state be ? GeneratorValidate(generator, generatorBrand).
    let (o, state) = generator_validate(agent, &this, "next")?;
    // 2. If state is completed, return CreateIteratorResultObject(undefined, true).
    if state == GeneratorState::Completed {
        return Ok(done_result(agent));
    }
    // 3-9. Set the state to executing and resume the closure until it yields or returns.
    helper_mut(agent, o).state = GeneratorState::Executing;
    let result = run_closure(agent, o);
    finish(agent, o, result)
}

/// %IteratorHelperPrototype%.return ( ) (§27.1.2.1.2)
fn iterator_helper_prototype_return(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; ? RequireInternalSlot(O, [[UnderlyingIterator]]).
    let (o, state) = generator_validate_for_return(agent, &this)?;
    // 4. If O.[[GeneratorState]] is suspended-start, then
    if state == GeneratorState::SuspendedStart {
        // a. Set O.[[GeneratorState]] to completed.
        let h = helper_mut(agent, o);
        h.state = GeneratorState::Completed;
        let underlying = h.underlying.clone();
        // c. Perform ? IteratorCloseAll(O.[[UnderlyingIterators]], NormalCompletion(unused)).
        if let Some(u) = underlying {
            iterator_close(agent, u.iterator, Ok(()))?;
        }
        // d. Return CreateIteratorResultObject(undefined, true).
        return Ok(done_result(agent));
    }
    // 5. Let C be ReturnCompletion(undefined).
    // 6. Return ? GeneratorResumeAbrupt(O, C, "Iterator Helper").
    //    GeneratorResumeAbrupt 1. Let state be ? GeneratorValidate(generator, brand).
    if state == GeneratorState::Executing {
        return Err(agent.type_error("Generator is already running"));
    }
    //    3. If state is completed, return CreateIteratorResultObject(undefined, true).
    if state == GeneratorState::Completed {
        return Ok(done_result(agent));
    }
    //    4-10. Resume the suspended closure with C at its Yield.
    helper_mut(agent, o).state = GeneratorState::Executing;
    let result = resume_with_return(agent, o);
    finish(agent, o, result)
}

/// RequireInternalSlot(O, [[UnderlyingIterator]]) for return(): the state, without
/// rejecting a running helper (GeneratorResumeAbrupt does that).
fn generator_validate_for_return(
    agent: &mut Agent,
    this: &Value,
) -> JsResult<(ObjectId, GeneratorState)> {
    if let Value::Object(o) = this {
        if let ObjectKind::Internal(b) = &agent.heap.get(*o).kind {
            if let InternalSlots::IteratorHelper(h) = &**b {
                return Ok((*o, h.state));
            }
        }
    }
    let shown = crate::describe::brief_value(agent, this);
    Err(agent.type_error(format!(
        "Method Iterator Helper.prototype.return called on incompatible receiver {shown}"
    )))
}

fn done_result(agent: &mut Agent) -> Value {
    Value::Object(create_iterator_result_object(agent, Value::Undefined, true))
}

/// The closure stopped: at a Yield (`Ok(Some(value))`, state suspended-yield), by
/// returning (`Ok(None)`) or by throwing (both leave it completed).
fn finish(agent: &mut Agent, o: ObjectId, result: JsResult<Option<Value>>) -> JsResult<Value> {
    match result {
        Ok(Some(v)) => {
            helper_mut(agent, o).state = GeneratorState::SuspendedYield;
            Ok(Value::Object(create_iterator_result_object(
                agent, v, false,
            )))
        }
        Ok(None) | Err(Abrupt::Return(_)) => {
            helper_mut(agent, o).state = GeneratorState::Completed;
            Ok(done_result(agent))
        }
        Err(e) => {
            helper_mut(agent, o).state = GeneratorState::Completed;
            Err(e)
        }
    }
}

/// IfAbruptCloseIterator ( value, iteratorRecord ) (§7.4.13)
fn if_abrupt_close_iterator<T>(
    agent: &mut Agent,
    value: JsResult<T>,
    iterated: &IteratorRecord,
) -> JsResult<T> {
    match value {
        Ok(v) => Ok(v),
        Err(e) => iterator_close(agent, iterated.iterator, Err(e)),
    }
}

/// Runs the helper's closure from where it stopped until its next Yield (`Some(value)`)
/// or its end (`None`).
fn run_closure(agent: &mut Agent, o: ObjectId) -> JsResult<Option<Value>> {
    let h = helper_mut(agent, o);
    let iterated = h.underlying.clone();
    // The closure's locals, written back before each Yield.
    match &mut h.closure {
        HelperClosure::Map { mapper, counter } => {
            let (mapper, c) = (mapper.clone(), *counter);
            let mut iterated = iterated.expect("map has an underlying iterator");
            // b. Repeat,
            //    i. Let value be ? IteratorStepValue(iterated).
            let value = step_value(agent, o, &mut iterated)?;
            //    ii. If value is done, return ReturnCompletion(undefined).
            let Some(value) = value else {
                return Ok(None);
            };
            //    iii. Let mapped be Completion(Call(mapper, undefined, « value, 𝔽(counter) »)).
            let mapped = call(agent, &mapper, Value::Undefined, &[value, Value::Number(c)]);
            //    iv. IfAbruptCloseIterator(mapped, iterated).
            let mapped = if_abrupt_close_iterator(agent, mapped, &iterated)?;
            //    vii. Set counter to counter + 1 (after the Yield: kept for the next resume).
            set_counter(agent, o, c + 1.0);
            //    v. Let completion be Completion(Yield(mapped)).
            Ok(Some(mapped))
        }
        HelperClosure::Filter { predicate, counter } => {
            let (predicate, mut c) = (predicate.clone(), *counter);
            let mut iterated = iterated.expect("filter has an underlying iterator");
            // b. Repeat,
            loop {
                //    i-ii. Let value be ? IteratorStepValue(iterated); done returns.
                let Some(value) = step_value(agent, o, &mut iterated)? else {
                    return Ok(None);
                };
                //    iii. Let selected be Completion(Call(predicate, undefined, « value,
                //         𝔽(counter) »)).
                let selected = call(
                    agent,
                    &predicate,
                    Value::Undefined,
                    &[value.clone(), Value::Number(c)],
                );
                //    iv. IfAbruptCloseIterator(selected, iterated).
                let selected = if_abrupt_close_iterator(agent, selected, &iterated)?;
                //    vi. Set counter to counter + 1.
                c += 1.0;
                set_counter(agent, o, c);
                // A long run of rejected values is a loop of its own: it counts as steps.
                crate::limits::count_step(agent)?;
                //    v. If ToBoolean(selected) is true, Yield(value).
                if to_boolean(&selected) {
                    return Ok(Some(value));
                }
            }
        }
        HelperClosure::Take { remaining } => {
            let r = *remaining;
            let mut iterated = iterated.expect("take has an underlying iterator");
            // b. Repeat,
            //    i. If remaining = 0, return ? IteratorClose(iterated, ReturnCompletion(undefined)).
            if r == 0.0 {
                return iterator_close(agent, iterated.iterator, Ok(None));
            }
            //    ii. If remaining ≠ +∞, set remaining to remaining - 1.
            if r != f64::INFINITY {
                if let HelperClosure::Take { remaining } = &mut helper_mut(agent, o).closure {
                    *remaining = r - 1.0;
                }
            }
            //    iii-iv. Let value be ? IteratorStepValue(iterated); done returns.
            let Some(value) = step_value(agent, o, &mut iterated)? else {
                return Ok(None);
            };
            //    v. Let completion be Completion(Yield(value)).
            Ok(Some(value))
        }
        HelperClosure::Drop { remaining } => {
            let mut r = *remaining;
            let mut iterated = iterated.expect("drop has an underlying iterator");
            // b. Repeat, while remaining > 0,
            while r > 0.0 {
                //    i. If remaining ≠ +∞, set remaining to remaining - 1.
                if r != f64::INFINITY {
                    r -= 1.0;
                }
                if let HelperClosure::Drop { remaining } = &mut helper_mut(agent, o).closure {
                    *remaining = r;
                }
                //    ii. Let next be ? IteratorStep(iterated).
                let next = iterator_step(agent, &mut iterated);
                write_back(agent, o, &iterated);
                //    iii. If next is done, return ReturnCompletion(undefined).
                if next?.is_none() {
                    return Ok(None);
                }
                crate::limits::count_step(agent)?;
            }
            // c. Repeat,
            //    i-ii. Let value be ? IteratorStepValue(iterated); done returns.
            let Some(value) = step_value(agent, o, &mut iterated)? else {
                return Ok(None);
            };
            //    iii. Let completion be Completion(Yield(value)).
            Ok(Some(value))
        }
        HelperClosure::FlatMap {
            mapper,
            counter,
            inner,
        } => {
            let (mapper, mut c, mut inner) = (mapper.clone(), *counter, inner.clone());
            let mut iterated = iterated.expect("flatMap has an underlying iterator");
            // b. Repeat,
            loop {
                let mut inner_iterator = match inner.take() {
                    Some(i) => i,
                    None => {
                        //    i-ii. Let value be ? IteratorStepValue(iterated); done returns.
                        let Some(value) = step_value(agent, o, &mut iterated)? else {
                            return Ok(None);
                        };
                        //    iii. Let mapped be Completion(Call(mapper, undefined, « value,
                        //         𝔽(counter) »)).
                        let mapped =
                            call(agent, &mapper, Value::Undefined, &[value, Value::Number(c)]);
                        //    iv. IfAbruptCloseIterator(mapped, iterated).
                        let mapped = if_abrupt_close_iterator(agent, mapped, &iterated)?;
                        //    v. Let innerIterator be Completion(GetIteratorFlattenable(mapped,
                        //       reject-primitives)).
                        let i = get_iterator_flattenable(
                            agent,
                            &mapped,
                            false,
                            "Iterator.prototype.flatMap",
                        );
                        //    vi. IfAbruptCloseIterator(innerIterator, iterated).
                        let i = if_abrupt_close_iterator(agent, i, &iterated)?;
                        //    xi (after the inner loop). Set counter to counter + 1.
                        c += 1.0;
                        if let HelperClosure::FlatMap { counter, .. } =
                            &mut helper_mut(agent, o).closure
                        {
                            *counter = c;
                        }
                        i
                    }
                };
                //    vii-viii. Let innerAlive be true; repeat, while innerAlive is true,
                //       1. Let innerValue be Completion(IteratorStepValue(innerIterator)).
                let inner_value = iterator_step_value(agent, &mut inner_iterator);
                //       2. IfAbruptCloseIterator(innerValue, iterated).
                let inner_value = if_abrupt_close_iterator(agent, inner_value, &iterated)?;
                match inner_value {
                    //   3. If innerValue is done, set innerAlive to false.
                    None => {
                        set_inner(agent, o, None);
                        crate::limits::count_step(agent)?;
                    }
                    //   4. Else, Let completion be Completion(Yield(innerValue)).
                    Some(v) => {
                        set_inner(agent, o, Some(inner_iterator));
                        return Ok(Some(v));
                    }
                }
            }
        }
        HelperClosure::Concat {
            iterables,
            next,
            inner,
        } => {
            let inner = inner.clone();
            let mut next_index = *next;
            let iterables_len = iterables.len();
            let mut current = inner;
            // a. For each Record iterable of iterables, do
            loop {
                let mut record = match current.take() {
                    Some(r) => r,
                    None => {
                        if next_index >= iterables_len {
                            // b. Return ReturnCompletion(undefined).
                            return Ok(None);
                        }
                        let (open, iterable) = match &helper_mut(agent, o).closure {
                            HelperClosure::Concat { iterables, .. } => {
                                iterables[next_index].clone()
                            }
                            _ => unreachable!("a concat helper"),
                        };
                        next_index += 1;
                        if let HelperClosure::Concat { next, .. } =
                            &mut helper_mut(agent, o).closure
                        {
                            *next = next_index;
                        }
                        // i. Let iter be ? Call(iterable.[[OpenMethod]], iterable.[[Iterable]]).
                        let iter = call(agent, &open, iterable, &[])?;
                        // ii. If iter is not an Object, throw a TypeError exception.
                        let Value::Object(iter) = iter else {
                            let shown = crate::describe::brief_value(agent, &iter);
                            return Err(agent.type_error(format!("{shown} is not iterable")));
                        };
                        // iii. Let iteratorRecord be ? GetIteratorDirect(iter).
                        get_iterator_direct(agent, iter)?
                    }
                };
                // iv-v. Repeat, while innerAlive is true,
                //    1. Let innerValue be ? IteratorStepValue(iteratorRecord).
                match iterator_step_value(agent, &mut record)? {
                    //    2. If innerValue is done, set innerAlive to false.
                    None => {
                        set_inner(agent, o, None);
                        crate::limits::count_step(agent)?;
                    }
                    //    3. Else, Let completion be Completion(Yield(innerValue)).
                    Some(v) => {
                        set_inner(agent, o, Some(record));
                        return Ok(Some(v));
                    }
                }
            }
        }
    }
}

/// IteratorStepValue on the helper's [[UnderlyingIterator]], keeping its [[Done]].
fn step_value(
    agent: &mut Agent,
    o: ObjectId,
    iterated: &mut IteratorRecord,
) -> JsResult<Option<Value>> {
    let r = iterator_step_value(agent, iterated);
    write_back(agent, o, iterated);
    r
}

fn write_back(agent: &mut Agent, o: ObjectId, iterated: &IteratorRecord) {
    helper_mut(agent, o).underlying = Some(iterated.clone());
}

fn set_counter(agent: &mut Agent, o: ObjectId, c: f64) {
    match &mut helper_mut(agent, o).closure {
        HelperClosure::Map { counter, .. } | HelperClosure::Filter { counter, .. } => *counter = c,
        _ => {}
    }
}

fn set_inner(agent: &mut Agent, o: ObjectId, record: Option<IteratorRecord>) {
    match &mut helper_mut(agent, o).closure {
        HelperClosure::FlatMap { inner, .. } | HelperClosure::Concat { inner, .. } => {
            *inner = record
        }
        _ => {}
    }
}

/// The closure resumed with ReturnCompletion(undefined) at its Yield: each closure's
/// "IfAbruptCloseIterator(completion, iterated)" (flatMap first closes its inner iterator;
/// concat closes only the open one).
fn resume_with_return(agent: &mut Agent, o: ObjectId) -> JsResult<Option<Value>> {
    let h = helper_mut(agent, o);
    let completion: JsResult<Option<Value>> = Err(Abrupt::Return(Value::Undefined));
    let underlying = h.underlying.clone();
    match &h.closure {
        HelperClosure::FlatMap { inner, .. } => {
            let inner = inner.clone();
            let iterated = underlying.expect("flatMap has an underlying iterator");
            // 1. If completion is an abrupt completion, then
            let Some(inner) = inner else {
                return iterator_close(agent, iterated.iterator, completion);
            };
            //    a. Let backupCompletion be Completion(IteratorClose(innerIterator, completion)).
            let backup = iterator_close(agent, inner.iterator, completion);
            //    b. IfAbruptCloseIterator(backupCompletion, iterated).
            //    c. Return ? IteratorClose(iterated, completion).
            iterator_close(agent, iterated.iterator, backup)
        }
        HelperClosure::Concat { inner, .. } => match inner.clone() {
            // 2. If completion is an abrupt completion, return ? IteratorClose(iteratorRecord,
            //    completion).
            Some(inner) => iterator_close(agent, inner.iterator, completion),
            None => completion,
        },
        HelperClosure::Map { .. }
        | HelperClosure::Filter { .. }
        | HelperClosure::Take { .. }
        | HelperClosure::Drop { .. } => {
            // IfAbruptCloseIterator(completion, iterated).
            let iterated = underlying.expect("a helper with an underlying iterator");
            iterator_close(agent, iterated.iterator, completion)
        }
    }
}

// ───────────────────────────── the eager methods ─────────────────────────────

/// Iterator.prototype.reduce ( reducer [ , initialValue ] ) (§27.1.4.9)
fn iterator_prototype_reduce(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, "Iterator.prototype.reduce")?;
    // 4. If IsCallable(reducer) is false, close iterated and throw a TypeError.
    let reducer = arg(args, 0);
    require_callable(agent, o, &reducer)?;
    // 5. Set iterated to ? GetIteratorDirect(O).
    let mut iterated = get_iterator_direct(agent, o)?;
    // 6-7. The accumulator starts at initialValue, or at the first value (counter 1).
    let (mut accumulator, mut counter) = if args.len() < 2 {
        // 6.a. Let accumulator be ? IteratorStepValue(iterated).
        // 6.b. If accumulator is done, throw a TypeError exception.
        match iterator_step_value(agent, &mut iterated)? {
            Some(v) => (v, 1.0),
            None => return Err(agent.type_error("Reduce of a done iterator with no initial value")),
        }
    } else {
        (args[1].clone(), 0.0)
    };
    // 8. Repeat,
    loop {
        // a-b. Let value be ? IteratorStepValue(iterated); if done, return accumulator.
        let Some(value) = iterator_step_value(agent, &mut iterated)? else {
            return Ok(accumulator);
        };
        // c. Let result be Completion(Call(reducer, undefined, « accumulator, value,
        //    𝔽(counter) »)).
        let result = call(
            agent,
            &reducer,
            Value::Undefined,
            &[accumulator, value, Value::Number(counter)],
        );
        // d. IfAbruptCloseIterator(result, iterated).
        // e. Set accumulator to result.
        accumulator = if_abrupt_close_iterator(agent, result, &iterated)?;
        // f. Set counter to counter + 1.
        counter += 1.0;
    }
}

/// Iterator.prototype.toArray ( ) (§27.1.4.12)
fn iterator_prototype_to_array(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, "Iterator.prototype.toArray")?;
    // 3. Let iterated be ? GetIteratorDirect(O).
    let mut iterated = get_iterator_direct(agent, o)?;
    // 4. Let items be a new empty List.
    let mut items = Vec::new();
    // 5. Repeat,
    loop {
        // a. Let value be ? IteratorStepValue(iterated).
        // b. If value is done, return CreateArrayFromList(items).
        let Some(value) = iterator_step_value(agent, &mut iterated)? else {
            return Ok(Value::Object(create_array_from_list(agent, items)));
        };
        // c. Append value to items.
        agent.reserve_bytes(std::mem::size_of::<Value>() * (items.len() + 1))?;
        items.push(value);
    }
}

/// What some/every/find/forEach do with each callback result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Each {
    Procedure,
    Some,
    Every,
    Find,
}

/// Iterator.prototype.forEach / some / every / find (§27.1.4.7, .10, .3, .5): one loop,
/// differing in what a callback result does.
fn for_each_like(agent: &mut Agent, this: Value, args: &[Value], kind: Each) -> JsResult<Value> {
    let name = match kind {
        Each::Procedure => "Iterator.prototype.forEach",
        Each::Some => "Iterator.prototype.some",
        Each::Every => "Iterator.prototype.every",
        Each::Find => "Iterator.prototype.find",
    };
    // 1-3. Let O be the this value; it must be an Object.
    let o = this_iterator(agent, &this, name)?;
    // 4. If IsCallable(procedure / predicate) is false, close iterated and throw a TypeError.
    let f = arg(args, 0);
    require_callable(agent, o, &f)?;
    // 5. Set iterated to ? GetIteratorDirect(O).
    let mut iterated = get_iterator_direct(agent, o)?;
    // 6. Let counter be 0.
    let mut counter = 0.0;
    // 7. Repeat,
    loop {
        // a. Let value be ? IteratorStepValue(iterated).
        // b. If value is done, return undefined / false / true / undefined.
        let Some(value) = iterator_step_value(agent, &mut iterated)? else {
            return Ok(match kind {
                Each::Procedure | Each::Find => Value::Undefined,
                Each::Some => Value::Bool(false),
                Each::Every => Value::Bool(true),
            });
        };
        // c. Let result be Completion(Call(f, undefined, « value, 𝔽(counter) »)).
        let result = call(
            agent,
            &f,
            Value::Undefined,
            &[value.clone(), Value::Number(counter)],
        );
        // d. IfAbruptCloseIterator(result, iterated).
        let result = if_abrupt_close_iterator(agent, result, &iterated)?;
        // e. some: if ToBoolean(result) is true, return ? IteratorClose(iterated,
        //    NormalCompletion(true)); every: if false, … NormalCompletion(false); find: if
        //    true, … NormalCompletion(value).
        let stop = match kind {
            Each::Procedure => None,
            Each::Some => to_boolean(&result).then_some(Value::Bool(true)),
            Each::Every => (!to_boolean(&result)).then_some(Value::Bool(false)),
            Each::Find => to_boolean(&result).then_some(value),
        };
        if let Some(v) = stop {
            return iterator_close(agent, iterated.iterator, Ok(v));
        }
        // f. Set counter to counter + 1.
        counter += 1.0;
    }
}

/// Iterator.prototype.forEach ( procedure ) (§27.1.4.7)
fn iterator_prototype_for_each(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    for_each_like(agent, this, args, Each::Procedure)
}

/// Iterator.prototype.some ( predicate ) (§27.1.4.10)
fn iterator_prototype_some(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    for_each_like(agent, this, args, Each::Some)
}

/// Iterator.prototype.every ( predicate ) (§27.1.4.3)
fn iterator_prototype_every(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    for_each_like(agent, this, args, Each::Every)
}

/// Iterator.prototype.find ( predicate ) (§27.1.4.5)
fn iterator_prototype_find(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    for_each_like(agent, this, args, Each::Find)
}
