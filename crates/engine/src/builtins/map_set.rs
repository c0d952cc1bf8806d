//! Map and Set objects (ECMA-262 §24.1, §24.2).
//!
//! [[MapData]] / [[SetData]] is a list of entries in insertion order where deleted entries
//! become empty, exactly as the spec models it, so that live iterators see later additions
//! and skip deletions. An index by key makes lookups O(1).

use super::iterator::IterationKind;
use super::{
    create_constructor, define_getter, define_hidden, define_method, define_value, new_prototype,
    InternalSlots,
};
use crate::abstract_ops::operations_on_iterator_objects::{
    create_iterator_result_object, get_iterator, get_iterator_direct, iterator_close,
    iterator_step_value, IteratorKind,
};
use crate::abstract_ops::{
    arg, call, create_array_from_list, get, get_str, integer_or_infinity, is_callable,
    ordinary_create_from_constructor, to_boolean, to_number,
};
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};
use rustc_hash::FxHashMap;

/// A key normalised for hashing with SameValueZero semantics.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MapKey {
    Undefined,
    Null,
    Bool(bool),
    /// The bits of the number, with -0 folded into +0 and every NaN into one NaN.
    Number(u64),
    String(crate::value::JsString),
    Symbol(crate::value::Symbol),
    Object(crate::heap::ObjectId),
    /// A BigInt, by its mathematical value (SameValueZero compares BigInts by value).
    BigInt(std::rc::Rc<num_bigint::BigInt>),
}

impl MapKey {
    pub fn of(v: &Value) -> MapKey {
        match v {
            Value::Undefined => MapKey::Undefined,
            Value::Null => MapKey::Null,
            Value::Bool(b) => MapKey::Bool(*b),
            Value::Number(n) => MapKey::Number(if *n == 0.0 {
                0
            } else if n.is_nan() {
                f64::NAN.to_bits()
            } else {
                n.to_bits()
            }),
            Value::String(s) => MapKey::String(s.clone()),
            Value::Symbol(s) => MapKey::Symbol(s.clone()),
            Value::Object(o) => MapKey::Object(*o),
            Value::BigInt(b) => MapKey::BigInt(b.clone()),
        }
    }
}

/// The bytes of a hash index with room for `capacity` keys (hashbrown: about 8/7 buckets a
/// slot, each a (key, index) pair and a control byte).
fn index_bytes(capacity: usize) -> usize {
    capacity * 8 / 7 * (std::mem::size_of::<(MapKey, usize)>() + 1)
}

/// [[MapData]] (and [[SetData]], whose values are unused).
#[derive(Default)]
pub struct MapData {
    /// Entries in insertion order; `None` marks a deleted entry.
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: FxHashMap<MapKey, usize>,
    /// Live entries.
    pub size: usize,
}

impl MapData {
    pub fn get(&self, key: &Value) -> Option<&Value> {
        let i = *self.index.get(&MapKey::of(key))?;
        self.entries[i].as_ref().map(|(_, v)| v)
    }
    pub fn has(&self, key: &Value) -> bool {
        self.index.contains_key(&MapKey::of(key))
    }
    /// The bytes of the new storage that adding one entry would reallocate (the entries'
    /// list and the index double when full; 0 when neither does). Map.prototype.set and
    /// Set.prototype.add ask the heap limit for them first: a reallocation holds the old
    /// storage and the new at once.
    pub fn growth_needed(&self) -> usize {
        let mut bytes = 0;
        if self.entries.len() == self.entries.capacity() {
            let wanted = (2 * self.entries.capacity()).max(4);
            bytes += wanted * std::mem::size_of::<Option<(Value, Value)>>();
        }
        if self.index.len() == self.index.capacity() {
            bytes += index_bytes((2 * self.index.capacity()).max(4));
        }
        bytes
    }

    /// [`MapData::growth_needed`] checked against the heap limit: the stop at the limit when
    /// the storage cannot grow under it.
    fn check_growth(&self, agent: &Agent) -> JsResult<()> {
        match self.growth_needed() {
            0 => Ok(()),
            bytes if crate::heap::may_grow(bytes) => Ok(()),
            _ => Err(crate::limits::heap_limit_stop(agent)),
        }
    }

    /// Sets a key, normalising -0 to +0 as Map.prototype.set does.
    pub fn set(&mut self, key: Value, value: Value) {
        let key = match key {
            Value::Number(n) => Value::Number(n + 0.0), // -0 becomes +0
            k => k,
        };
        let mk = MapKey::of(&key);
        if let Some(&i) = self.index.get(&mk) {
            if let Some(e) = &mut self.entries[i] {
                e.1 = value;
                return;
            }
        }
        let before = self.storage_bytes();
        self.entries.push(Some((key, value)));
        self.index.insert(mk, self.entries.len() - 1);
        self.size += 1;
        // The heap's byte accounting counts the storage as it grows (by doubling): counting
        // entries instead lagged the real storage by up to half, and the heap limit with it.
        crate::heap::note_allocation(self.storage_bytes() - before);
    }

    /// The bytes of the entries' list and the index as allocated (capacity, not length).
    pub fn storage_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<(Value, Value)>>()
            + index_bytes(self.index.capacity())
    }
    pub fn delete(&mut self, key: &Value) -> bool {
        match self.index.remove(&MapKey::of(key)) {
            Some(i) => {
                self.entries[i] = None;
                self.size -= 1;
                true
            }
            None => false,
        }
    }
    pub fn clear(&mut self) {
        for e in &mut self.entries {
            *e = None;
        }
        self.index.clear();
        self.size = 0;
    }
}

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let ip = agent.intrinsics.iterator_prototype;
    let tag_key = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    let iterator_sym = agent.symbols.iterator.clone();

    // Map (§24.1)
    let map_proto = new_prototype(agent, op);
    agent.intrinsics.map_prototype = map_proto;
    let map = create_constructor(agent, "Map", 0, map_constructor, map_proto);
    agent.intrinsics.map = map;
    define_method(agent, map, "groupBy", map_group_by, 2);
    define_species(agent, map);
    define_method(agent, map_proto, "clear", map_prototype_clear, 0);
    define_method(agent, map_proto, "delete", map_prototype_delete, 1);
    let entries = define_method(agent, map_proto, "entries", map_prototype_entries, 0);
    define_method(agent, map_proto, "forEach", map_prototype_for_each, 1);
    define_method(agent, map_proto, "get", map_prototype_get, 1);
    define_method(agent, map_proto, "has", map_prototype_has, 1);
    define_method(agent, map_proto, "keys", map_prototype_keys, 0);
    define_method(agent, map_proto, "set", map_prototype_set, 2);
    define_getter(
        agent,
        map_proto,
        PropertyKey::from("size"),
        map_prototype_size,
    );
    define_method(agent, map_proto, "values", map_prototype_values, 0);
    // Map.prototype [ %Symbol.iterator% ] is the same function object as entries (§24.1.3.12).
    define_hidden(
        agent,
        map_proto,
        iterator_sym.clone(),
        Value::Object(entries),
    );
    define_value(
        agent,
        map_proto,
        tag_key.clone(),
        Value::str("Map"),
        false,
        false,
        true,
    );

    // Set (§24.2)
    let set_proto = new_prototype(agent, op);
    agent.intrinsics.set_prototype = set_proto;
    let set = create_constructor(agent, "Set", 0, set_constructor, set_proto);
    agent.intrinsics.set = set;
    define_species(agent, set);
    define_method(agent, set_proto, "add", set_prototype_add, 1);
    define_method(agent, set_proto, "clear", set_prototype_clear, 0);
    define_method(agent, set_proto, "delete", set_prototype_delete, 1);
    define_method(agent, set_proto, "entries", set_prototype_entries, 0);
    define_method(agent, set_proto, "forEach", set_prototype_for_each, 1);
    define_method(agent, set_proto, "has", set_prototype_has, 1);
    define_getter(
        agent,
        set_proto,
        PropertyKey::from("size"),
        set_prototype_size,
    );
    let values = define_method(agent, set_proto, "values", set_prototype_values, 0);
    // Set.prototype.keys and [ %Symbol.iterator% ] are the same function object as values.
    define_hidden(agent, set_proto, "keys", Value::Object(values));
    define_hidden(agent, set_proto, iterator_sym, Value::Object(values));
    define_value(
        agent,
        set_proto,
        tag_key.clone(),
        Value::str("Set"),
        false,
        false,
        true,
    );
    define_method(agent, set_proto, "union", set_prototype_union, 1);
    define_method(
        agent,
        set_proto,
        "intersection",
        set_prototype_intersection,
        1,
    );
    define_method(agent, set_proto, "difference", set_prototype_difference, 1);
    define_method(
        agent,
        set_proto,
        "symmetricDifference",
        set_prototype_symmetric_difference,
        1,
    );
    define_method(
        agent,
        set_proto,
        "isSubsetOf",
        set_prototype_is_subset_of,
        1,
    );
    define_method(
        agent,
        set_proto,
        "isSupersetOf",
        set_prototype_is_superset_of,
        1,
    );
    define_method(
        agent,
        set_proto,
        "isDisjointFrom",
        set_prototype_is_disjoint_from,
        1,
    );

    // %MapIteratorPrototype% (§24.1.5.2) and %SetIteratorPrototype% (§24.2.6.2)
    let mip = new_prototype(agent, ip);
    agent.intrinsics.map_iterator_prototype = mip;
    define_method(agent, mip, "next", map_iterator_next, 0);
    define_value(
        agent,
        mip,
        tag_key.clone(),
        Value::str("Map Iterator"),
        false,
        false,
        true,
    );
    let sip = new_prototype(agent, ip);
    agent.intrinsics.set_iterator_prototype = sip;
    define_method(agent, sip, "next", set_iterator_next, 0);
    define_value(
        agent,
        sip,
        tag_key,
        Value::str("Set Iterator"),
        false,
        false,
        true,
    );
}

/// get Map [ %Symbol.species% ] / get Set [ %Symbol.species% ]: returns the this value.
fn define_species(agent: &mut Agent, c: ObjectId) {
    let species = PropertyKey::Symbol(agent.symbols.species.clone());
    define_getter(agent, c, species, species_getter);
}

fn species_getter(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(this)
}

/// The [[MapData]] of `this`, or V8's TypeError naming the method.
fn this_map(agent: &mut Agent, this: &Value, method: &str, set: bool) -> JsResult<ObjectId> {
    if let Value::Object(o) = this {
        let ok = match &agent.heap.get(*o).kind {
            ObjectKind::Map(_) => !set,
            ObjectKind::Set(_) => set,
            _ => false,
        };
        if ok {
            return Ok(*o);
        }
    }
    let shown = crate::describe::brief_value(agent, this);
    Err(agent.type_error(format!(
        "Method {method} called on incompatible receiver {shown}"
    )))
}

fn data_mut<'b>(agent: &'b mut Agent, o: ObjectId) -> Option<&'b mut MapData> {
    match &mut agent.heap.get_mut(o).kind {
        ObjectKind::Map(d) | ObjectKind::Set(d) => Some(d),
        _ => None,
    }
}

fn data<'b>(agent: &'b Agent, o: ObjectId) -> Option<&'b MapData> {
    match &agent.heap.get(o).kind {
        ObjectKind::Map(d) | ObjectKind::Set(d) => Some(d),
        _ => None,
    }
}

/// Map ( [ iterable ] ) (§24.1.1.1)
fn map_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(nt) = nt else {
        return Err(agent.type_error("Constructor Map requires 'new'"));
    };
    // 2. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »).
    let proto = agent.intrinsics.map_prototype;
    let map =
        ordinary_create_from_constructor(agent, Some(nt), proto, ObjectKind::Map(Box::default()))?;
    // 4. If iterable is either undefined or null, return map.
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(Value::Object(map));
    }
    // 5. Let adder be ? Get(map, "set").
    let adder = get_str(agent, map, "set")?;
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    if !is_callable(agent, &adder) {
        let shown = crate::describe::brief_value(agent, &adder);
        return Err(agent.type_error(format!(
            "'{shown}' returned for property 'set' of object '#<Map>' is not a function"
        )));
    }
    // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    add_entries_from_iterable(agent, map, &iterable, &adder)?;
    Ok(Value::Object(map))
}

/// AddEntriesFromIterable ( target, iterable, adder ) (§24.1.1.2)
#[doc(alias = "AddEntriesFromIterable")]
pub(crate) fn add_entries_from_iterable(
    agent: &mut Agent,
    target: ObjectId,
    iterable: &Value,
    adder: &Value,
) -> JsResult<()> {
    // 1. Let iteratorRecord be ? GetIterator(iterable, sync).
    let mut record = get_iterator(agent, iterable, IteratorKind::Sync)?;
    // 2. Repeat,
    while let Some(next) = iterator_step_value(agent, &mut record)? {
        let r = (|| -> JsResult<()> {
            // d. If next is not an Object, throw a TypeError exception.
            let Value::Object(item) = next else {
                let shown = crate::describe::brief_value(agent, &next);
                return Err(
                    agent.type_error(format!("Iterator value {shown} is not an entry object"))
                );
            };
            // e-h. Let k be Get(next, "0"), v be Get(next, "1"); Call(adder, target, « k, v »).
            let k = get(agent, item, &PropertyKey::from("0"))?;
            let v = get(agent, item, &PropertyKey::from("1"))?;
            call(agent, adder, Value::Object(target), &[k, v])?;
            Ok(())
        })();
        // i. IfAbruptCloseIterator(status, iteratorRecord).
        if let Err(e) = r {
            return iterator_close(agent, record.iterator, Err(e));
        }
    }
    Ok(())
}

/// Map.groupBy ( items, callback ) (§24.1.2.1)
fn map_group_by(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let groups be ? GroupBy(items, callback, collection).
    let groups = super::object::group_by(agent, &arg(args, 0), &arg(args, 1), false)?;
    // 2. Let map be ! Construct(%Map%).
    let proto = agent.intrinsics.map_prototype;
    let mut d = MapData::default();
    // 3. For each Record g of groups, append { [[Key]]: g.[[Key]], [[Value]]: CreateArrayFromList(g.[[Elements]]) }.
    for (k, els) in groups {
        let arr = create_array_from_list(agent, els);
        d.set(k, Value::Object(arr));
    }
    let map = agent.heap.alloc(crate::object::Object::new(
        Some(proto),
        ObjectKind::Map(Box::new(d)),
    ));
    Ok(Value::Object(map))
}

/// Map.prototype.clear ( ) (§24.1.3.1)
fn map_prototype_clear(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.clear", false)?;
    if let Some(d) = data_mut(agent, m) {
        d.clear();
    }
    Ok(Value::Undefined)
}

/// Map.prototype.delete ( key ) (§24.1.3.3)
fn map_prototype_delete(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.delete", false)?;
    Ok(Value::Bool(
        data_mut(agent, m).is_some_and(|d| d.delete(&arg(args, 0))),
    ))
}

/// Map.prototype.entries ( ) (§24.1.3.4)
fn map_prototype_entries(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.entries", false)?;
    Ok(create_map_iterator(
        agent,
        m,
        IterationKind::KeyValue,
        false,
    ))
}

/// Map.prototype.keys ( ) (§24.1.3.8)
fn map_prototype_keys(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.keys", false)?;
    Ok(create_map_iterator(agent, m, IterationKind::Key, false))
}

/// Map.prototype.values ( ) (§24.1.3.11)
fn map_prototype_values(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.values", false)?;
    Ok(create_map_iterator(agent, m, IterationKind::Value, false))
}

/// Map.prototype.forEach ( callbackfn [ , thisArg ] ) (§24.1.3.5) and Set.prototype.forEach.
fn for_each(agent: &mut Agent, m: ObjectId, args: &[Value], is_set: bool) -> JsResult<Value> {
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    let f = arg(args, 0);
    if !is_callable(agent, &f) {
        let shown = crate::describe::brief_value(agent, &f);
        return Err(agent.type_error(format!("{shown} is not a function")));
    }
    let this_arg = arg(args, 1);
    // 4-5. For each entry (live: entries appended during iteration are visited).
    let mut i = 0;
    loop {
        let entry = match data(agent, m) {
            Some(d) if i < d.entries.len() => d.entries[i].clone(),
            _ => break,
        };
        i += 1;
        // a. If e.[[Key]] is not empty, call callbackfn.
        if let Some((k, v)) = entry {
            let v = if is_set { k.clone() } else { v };
            call(agent, &f, this_arg.clone(), &[v, k, Value::Object(m)])?;
        }
    }
    Ok(Value::Undefined)
}

fn map_prototype_for_each(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.forEach", false)?;
    for_each(agent, m, args, false)
}

/// Map.prototype.get ( key ) (§24.1.3.6)
fn map_prototype_get(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.get", false)?;
    Ok(data(agent, m)
        .and_then(|d| d.get(&arg(args, 0)).cloned())
        .unwrap_or_default())
}

/// Map.prototype.has ( key ) (§24.1.3.7)
fn map_prototype_has(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.has", false)?;
    Ok(Value::Bool(
        data(agent, m).is_some_and(|d| d.has(&arg(args, 0))),
    ))
}

/// Map.prototype.set ( key, value ) (§24.1.3.9)
fn map_prototype_set(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "Map.prototype.set", false)?;
    if let Some(d) = data(agent, m) {
        if !d.has(&arg(args, 0)) {
            d.check_growth(agent)?;
        }
    }
    if let Some(d) = data_mut(agent, m) {
        d.set(arg(args, 0), arg(args, 1));
    }
    Ok(this)
}

/// get Map.prototype.size (§24.1.3.10)
fn map_prototype_size(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let m = this_map(agent, &this, "get Map.prototype.size", false)?;
    Ok(Value::Number(data(agent, m).map_or(0, |d| d.size) as f64))
}

/// Set ( [ iterable ] ) (§24.2.2.1)
fn set_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(nt) = nt else {
        return Err(agent.type_error("Constructor Set requires 'new'"));
    };
    // 2. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%Set.prototype%", « [[SetData]] »).
    let proto = agent.intrinsics.set_prototype;
    let set =
        ordinary_create_from_constructor(agent, Some(nt), proto, ObjectKind::Set(Box::default()))?;
    // 4-8.
    add_values_from_iterable(agent, set, &arg(args, 0), "Set")
}

/// Steps 4-8 of the Set and WeakSet constructors (§24.2.2.1, §24.4.1.1): Call set.add on every
/// value of iterable, closing the iterator on an abrupt completion. `class` names the set in
/// V8's message for a non-callable adder.
pub(crate) fn add_values_from_iterable(
    agent: &mut Agent,
    set: ObjectId,
    iterable: &Value,
    class: &str,
) -> JsResult<Value> {
    // 4. If iterable is either undefined or null, return set.
    if iterable.is_nullish() {
        return Ok(Value::Object(set));
    }
    // 5. Let adder be ? Get(set, "add").
    let adder = get_str(agent, set, "add")?;
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    if !is_callable(agent, &adder) {
        let shown = crate::describe::brief_value(agent, &adder);
        return Err(agent.type_error(format!(
            "'{shown}' returned for property 'add' of object '#<{class}>' is not a function"
        )));
    }
    // 7. Let iteratorRecord be ? GetIterator(iterable, sync).
    let mut record = get_iterator(agent, iterable, IteratorKind::Sync)?;
    // 8. Repeat,
    //    a. Let next be ? IteratorStepValue(iteratorRecord).
    //    b. If next is done, return set.
    while let Some(next) = iterator_step_value(agent, &mut record)? {
        // c. Let status be Completion(Call(adder, set, « next »)).
        let status = call(agent, &adder, Value::Object(set), &[next]);
        // d. IfAbruptCloseIterator(status, iteratorRecord).
        if let Err(e) = status {
            return iterator_close(agent, record.iterator, Err(e));
        }
    }
    Ok(Value::Object(set))
}

/// Set.prototype.add ( value ) (§24.2.4.1)
fn set_prototype_add(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.add", true)?;
    let v = arg(args, 0);
    if let Some(d) = data(agent, s) {
        if !d.has(&v) {
            d.check_growth(agent)?;
        }
    }
    if let Some(d) = data_mut(agent, s) {
        if !d.has(&v) {
            d.set(v, Value::Undefined);
        }
    }
    Ok(this)
}

/// Set.prototype.clear ( ) (§24.2.4.2)
fn set_prototype_clear(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.clear", true)?;
    if let Some(d) = data_mut(agent, s) {
        d.clear();
    }
    Ok(Value::Undefined)
}

/// Set.prototype.delete ( value ) (§24.2.4.4)
fn set_prototype_delete(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.delete", true)?;
    Ok(Value::Bool(
        data_mut(agent, s).is_some_and(|d| d.delete(&arg(args, 0))),
    ))
}

/// Set.prototype.entries ( ) (§24.2.4.6)
fn set_prototype_entries(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.entries", true)?;
    Ok(create_map_iterator(agent, s, IterationKind::KeyValue, true))
}

/// Set.prototype.forEach ( callbackfn [ , thisArg ] ) (§24.2.4.7)
fn set_prototype_for_each(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.forEach", true)?;
    for_each(agent, s, args, true)
}

/// Set.prototype.has ( value ) (§24.2.4.8)
fn set_prototype_has(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.has", true)?;
    Ok(Value::Bool(
        data(agent, s).is_some_and(|d| d.has(&arg(args, 0))),
    ))
}

/// get Set.prototype.size (§24.2.4.14)
fn set_prototype_size(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "get Set.prototype.size", true)?;
    Ok(Value::Number(data(agent, s).map_or(0, |d| d.size) as f64))
}

/// Set.prototype.values ( ) (§24.2.4.17)
fn set_prototype_values(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.values", true)?;
    Ok(create_map_iterator(agent, s, IterationKind::Value, true))
}

/// CreateMapIterator ( map, kind ) (§24.1.5.1) and CreateSetIterator ( set, kind ) (§24.2.6.1)
#[doc(alias = "CreateMapIterator")]
#[doc(alias = "CreateSetIterator")]
fn create_map_iterator(agent: &mut Agent, m: ObjectId, kind: IterationKind, is_set: bool) -> Value {
    let proto = if is_set {
        agent.intrinsics.set_iterator_prototype
    } else {
        agent.intrinsics.map_iterator_prototype
    };
    let it = agent.heap.alloc(crate::object::Object::new(
        Some(proto),
        ObjectKind::Internal(Box::new(InternalSlots::MapIterator {
            map: Some(m),
            index: 0,
            kind,
        })),
    ));
    Value::Object(it)
}

/// %MapIteratorPrototype%.next ( ) (§24.1.5.2.1) and %SetIteratorPrototype%.next ( ) (§24.2.6.2.1):
/// the generator closures of CreateMapIterator/CreateSetIterator, resumed by hand.
fn iterator_next(agent: &mut Agent, this: &Value, is_set: bool) -> JsResult<Value> {
    let name = if is_set {
        "Set Iterator"
    } else {
        "Map Iterator"
    };
    let state = match this {
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::Internal(b) => match &**b {
                InternalSlots::MapIterator { map, index, kind } => Some((*o, *map, *index, *kind)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((it, map, mut index, kind)) = state else {
        let shown = crate::describe::brief_value(agent, this);
        return Err(agent.type_error(format!(
            "Method {name}.prototype.next called on incompatible receiver {shown}"
        )));
    };
    let Some(m) = map else {
        return Ok(Value::Object(create_iterator_result_object(
            agent,
            Value::Undefined,
            true,
        )));
    };
    // Skip deleted entries; entries added after creation are visited (live iteration).
    let entry = loop {
        match data(agent, m) {
            Some(d) if index < d.entries.len() => {
                let e = d.entries[index].clone();
                index += 1;
                if let Some(e) = e {
                    break Some(e);
                }
            }
            _ => break None,
        }
    };
    let (new_map, result) = match entry {
        None => (None, None),
        Some((k, v)) => (Some(m), Some((k, v))),
    };
    if let ObjectKind::Internal(b) = &mut agent.heap.get_mut(it).kind {
        if let InternalSlots::MapIterator { map, index: i, .. } = &mut **b {
            *map = new_map;
            *i = index;
        }
    }
    let Some((k, v)) = result else {
        return Ok(Value::Object(create_iterator_result_object(
            agent,
            Value::Undefined,
            true,
        )));
    };
    let v = if is_set { k.clone() } else { v };
    let value = match kind {
        IterationKind::Key => k,
        IterationKind::Value => v,
        IterationKind::KeyValue => Value::Object(create_array_from_list(agent, vec![k, v])),
    };
    Ok(Value::Object(create_iterator_result_object(
        agent, value, false,
    )))
}

fn map_iterator_next(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    iterator_next(agent, &this, false)
}

fn set_iterator_next(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    iterator_next(agent, &this, true)
}

/// A Set Record (§24.2.1.2): [[SetObject]], [[Size]], [[Has]], [[Keys]].
struct SetRecord {
    set: Value,
    size: f64,
    has: Value,
    keys: Value,
}

/// GetSetRecord ( obj ) (§24.2.1.3)
#[doc(alias = "GetSetRecord")]
fn get_set_record(agent: &mut Agent, obj: &Value) -> JsResult<SetRecord> {
    // 1. If obj is not an Object, throw a TypeError exception.
    let Value::Object(o) = obj else {
        let shown = crate::describe::brief_value(agent, obj);
        return Err(agent.type_error(format!(
            "The 'other' argument must be set-like, got {shown}"
        )));
    };
    let o = *o;
    // 2. Let rawSize be ? Get(obj, "size").
    let raw_size = get_str(agent, o, "size")?;
    // 3-4. Let numSize be ? ToNumber(rawSize); NaN throws a TypeError.
    let num_size = to_number(agent, &raw_size)?;
    if num_size.is_nan() {
        return Err(agent.type_error("The 'size' property must be a number"));
    }
    // 5-6. Let intSize be ! ToIntegerOrInfinity(numSize); if intSize < 0, throw a RangeError.
    let int_size = integer_or_infinity(num_size);
    if int_size < 0.0 {
        return Err(agent.range_error("'size' must be a non-negative number"));
    }
    // 7-8. Let has be ? Get(obj, "has"); it must be callable.
    let has = get_str(agent, o, "has")?;
    if !is_callable(agent, &has) {
        return Err(agent.type_error("The 'has' property must be a function"));
    }
    // 9-10. Let keys be ? Get(obj, "keys"); it must be callable.
    let keys = get_str(agent, o, "keys")?;
    if !is_callable(agent, &keys) {
        return Err(agent.type_error("The 'keys' property must be a function"));
    }
    // 11. Return a new Set Record.
    Ok(SetRecord {
        set: obj.clone(),
        size: int_size,
        has,
        keys,
    })
}

/// GetIteratorFromMethod(other, keys) as a direct iterator record (GetKeysIterator, §24.2.1.5).
fn keys_iterator(
    agent: &mut Agent,
    rec: &SetRecord,
) -> JsResult<crate::abstract_ops::operations_on_iterator_objects::IteratorRecord> {
    let it = call(agent, &rec.keys, rec.set.clone(), &[])?;
    let Value::Object(it) = it else {
        return Err(agent.type_error("keys() result is not an object"));
    };
    get_iterator_direct(agent, it)
}

fn other_has(agent: &mut Agent, rec: &SetRecord, v: &Value) -> JsResult<bool> {
    let r = call(agent, &rec.has, rec.set.clone(), std::slice::from_ref(v))?;
    Ok(to_boolean(&r))
}

/// The live elements of a set at position `i` onwards (the spec's index-based walk).
fn set_element_at(agent: &Agent, s: ObjectId, i: &mut usize) -> Option<Value> {
    let d = data(agent, s)?;
    while *i < d.entries.len() {
        let e = d.entries[*i].clone();
        *i += 1;
        if let Some((k, _)) = e {
            return Some(k);
        }
    }
    None
}

fn copy_set(agent: &mut Agent, s: ObjectId) -> MapData {
    let mut out = MapData::default();
    if let Some(d) = data(agent, s) {
        for (k, _) in d.entries.iter().flatten() {
            out.set(k.clone(), Value::Undefined);
        }
    }
    out
}

fn new_set(agent: &mut Agent, d: MapData) -> Value {
    let proto = agent.intrinsics.set_prototype;
    Value::Object(agent.heap.alloc(crate::object::Object::new(
        Some(proto),
        ObjectKind::Set(Box::new(d)),
    )))
}

fn set_size(agent: &Agent, s: ObjectId) -> f64 {
    data(agent, s).map_or(0, |d| d.size) as f64
}

fn canonical(v: Value) -> Value {
    match v {
        Value::Number(n) => Value::Number(n + 0.0), // -0 becomes +0
        v => v,
    }
}

/// Set.prototype.union ( other ) (§24.2.4.18)
fn set_prototype_union(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let O be the this value; RequireInternalSlot(O, [[SetData]]).
    let s = this_map(agent, &this, "Set.prototype.union", true)?;
    // 3. Let otherRec be ? GetSetRecord(other).
    let rec = get_set_record(agent, &arg(args, 0))?;
    // 4. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
    let mut it = keys_iterator(agent, &rec)?;
    // 5. Let resultSetData be a copy of O.[[SetData]].
    let mut result = copy_set(agent, s);
    // 6. For each next value, append it if not already present (-0 becomes +0).
    while let Some(v) = iterator_step_value(agent, &mut it)? {
        let v = canonical(v);
        if !result.has(&v) {
            result.set(v, Value::Undefined);
        }
    }
    // 7-9. Return a new Set with resultSetData.
    Ok(new_set(agent, result))
}

/// Set.prototype.intersection ( other ) (§24.2.4.9)
fn set_prototype_intersection(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.intersection", true)?;
    let rec = get_set_record(agent, &arg(args, 0))?;
    let mut result = MapData::default();
    // 5. If SetDataSize(O.[[SetData]]) ≤ otherRec.[[Size]], walk O's elements.
    if set_size(agent, s) <= rec.size {
        let mut i = 0;
        while let Some(e) = set_element_at(agent, s, &mut i) {
            if other_has(agent, &rec, &e)? && !result.has(&e) {
                result.set(e, Value::Undefined);
            }
        }
    } else {
        // 6. Else, walk other's keys.
        let mut it = keys_iterator(agent, &rec)?;
        while let Some(v) = iterator_step_value(agent, &mut it)? {
            let v = canonical(v);
            let in_this = data(agent, s).is_some_and(|d| d.has(&v));
            if in_this && !result.has(&v) {
                result.set(v, Value::Undefined);
            }
        }
    }
    Ok(new_set(agent, result))
}

/// Set.prototype.difference ( other ) (§24.2.4.5)
fn set_prototype_difference(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.difference", true)?;
    let rec = get_set_record(agent, &arg(args, 0))?;
    let mut result = copy_set(agent, s);
    if set_size(agent, s) <= rec.size {
        let mut i = 0;
        while let Some(e) = set_element_at(agent, s, &mut i) {
            if other_has(agent, &rec, &e)? {
                result.delete(&e);
            }
        }
    } else {
        let mut it = keys_iterator(agent, &rec)?;
        while let Some(v) = iterator_step_value(agent, &mut it)? {
            result.delete(&canonical(v));
        }
    }
    Ok(new_set(agent, result))
}

/// Set.prototype.symmetricDifference ( other ) (§24.2.4.15)
fn set_prototype_symmetric_difference(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.symmetricDifference", true)?;
    let rec = get_set_record(agent, &arg(args, 0))?;
    let mut it = keys_iterator(agent, &rec)?;
    let mut result = copy_set(agent, s);
    while let Some(v) = iterator_step_value(agent, &mut it)? {
        let v = canonical(v);
        let in_this = data(agent, s).is_some_and(|d| d.has(&v));
        if in_this {
            result.delete(&v);
        } else if !result.has(&v) {
            result.set(v, Value::Undefined);
        }
    }
    Ok(new_set(agent, result))
}

/// Set.prototype.isSubsetOf ( other ) (§24.2.4.11)
fn set_prototype_is_subset_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.isSubsetOf", true)?;
    let rec = get_set_record(agent, &arg(args, 0))?;
    // 4. If SetDataSize(O.[[SetData]]) > otherRec.[[Size]], return false.
    if set_size(agent, s) > rec.size {
        return Ok(Value::Bool(false));
    }
    let mut i = 0;
    while let Some(e) = set_element_at(agent, s, &mut i) {
        if !other_has(agent, &rec, &e)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Set.prototype.isSupersetOf ( other ) (§24.2.4.12)
fn set_prototype_is_superset_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.isSupersetOf", true)?;
    let rec = get_set_record(agent, &arg(args, 0))?;
    // 4. If SetDataSize(O.[[SetData]]) < otherRec.[[Size]], return false.
    if set_size(agent, s) < rec.size {
        return Ok(Value::Bool(false));
    }
    let mut it = keys_iterator(agent, &rec)?;
    while let Some(v) = iterator_step_value(agent, &mut it)? {
        if !data(agent, s).is_some_and(|d| d.has(&v)) {
            // Close the iterator and return false.
            return iterator_close(agent, it.iterator, Ok(Value::Bool(false)));
        }
    }
    Ok(Value::Bool(true))
}

/// Set.prototype.isDisjointFrom ( other ) (§24.2.4.10)
fn set_prototype_is_disjoint_from(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_map(agent, &this, "Set.prototype.isDisjointFrom", true)?;
    let rec = get_set_record(agent, &arg(args, 0))?;
    if set_size(agent, s) <= rec.size {
        let mut i = 0;
        while let Some(e) = set_element_at(agent, s, &mut i) {
            if other_has(agent, &rec, &e)? {
                return Ok(Value::Bool(false));
            }
        }
    } else {
        let mut it = keys_iterator(agent, &rec)?;
        while let Some(v) = iterator_step_value(agent, &mut it)? {
            if data(agent, s).is_some_and(|d| d.has(&v)) {
                return iterator_close(agent, it.iterator, Ok(Value::Bool(false)));
            }
        }
    }
    Ok(Value::Bool(true))
}
