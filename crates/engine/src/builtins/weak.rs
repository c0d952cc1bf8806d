//! Weak collections and weak references: WeakMap (§24.3), WeakSet (§24.4), WeakRef (§26.1)
//! and FinalizationRegistry (§26.2), plus the `upsert` methods getOrInsert /
//! getOrInsertComputed of Map and WeakMap.
//!
//! Why the slots hold keys and targets without tracing them: the collector (`gc.rs`, "weak
//! references") treats a WeakMap entry as an ephemeron (its value is live only while its key
//! is), clears dead entries, WeakRef targets and FinalizationRegistry cells at the end of
//! marking, and queues each registry that lost a target for a cleanup job
//! ([`WeakState::cleanup_queue`]), which the host runs from its loop.

use super::map_set::{add_entries_from_iterable, add_values_from_iterable, MapKey};
use super::{create_constructor, define_method, define_value, new_prototype, InternalSlots};
use crate::abstract_ops::{
    arg, call, get_str, is_callable, ordinary_create_from_constructor, same_value,
};
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};
use rustc_hash::FxHashMap;
use std::collections::VecDeque;

/// The internal slots of the weak objects.
pub enum WeakSlots {
    /// [[WeakMapData]]: key → (key, value).
    WeakMap(FxHashMap<MapKey, (Value, Value)>),
    /// [[WeakSetData]]: key → value.
    WeakSet(FxHashMap<MapKey, Value>),
    /// [[WeakRefTarget]]: `None` is ~empty~.
    WeakRef(Option<Value>),
    /// [[CleanupCallback]] and [[Cells]].
    FinalizationRegistry {
        cleanup_callback: Value,
        cells: Vec<Cell>,
    },
}

/// A FinalizationRegistry cell (§26.2.3.2 step 6): [[WeakRefTarget]] (`None` once the
/// target was collected), [[HeldValue]], [[UnregisterToken]] (`None` is ~empty~).
pub struct Cell {
    pub target: Option<Value>,
    pub held_value: Value,
    pub unregister_token: Option<Value>,
}

/// The agent-wide state of weak references, kept by the heap.
#[derive(Default)]
pub struct WeakState {
    /// [[KeptAlive]] of the surrounding agent (§9.7, AddToKeptObjects): strong until the host
    /// calls ClearKeptObjects at the end of a job. A set: keeping a value twice changes
    /// nothing, and `deref()` in a long loop must not grow it.
    pub kept_objects: FxHashMap<MapKey, Value>,
    /// Registries whose cells lost their targets in a collection, waiting for the host to run
    /// CleanupFinalizationRegistry (HostEnqueueFinalizationRegistryCleanupJob, §9.13).
    pub cleanup_queue: VecDeque<ObjectId>,
}

/// CanBeHeldWeakly ( v ) (§9.13)
#[doc(alias = "CanBeHeldWeakly")]
pub fn can_be_held_weakly(agent: &Agent, v: &Value) -> bool {
    match v {
        // 1. If v is an Object, return true.
        Value::Object(_) => true,
        // 2. If v is a Symbol and KeyForSymbol(v) is undefined, return true.
        Value::Symbol(s) => !agent.symbol_registry.values().any(|r| r == s),
        // 3. Return false.
        _ => false,
    }
}

/// AddToKeptObjects ( value ) (§9.10.3)
#[doc(alias = "AddToKeptObjects")]
pub fn add_to_kept_objects(agent: &mut Agent, value: Value) {
    // 1. Let agentRecord be the surrounding agent's Agent Record.
    // 2. Append value to agentRecord.[[KeptAlive]].
    agent
        .heap
        .weak
        .kept_objects
        .entry(MapKey::of(&value))
        .or_insert(value);
}

/// ClearKeptObjects ( ) (§9.10.2): the host calls it when a synchronous sequence of
/// ECMAScript execution completes (after each job and microtask checkpoint).
#[doc(alias = "ClearKeptObjects")]
pub fn clear_kept_objects(agent: &mut Agent) {
    // 1-2. Set agentRecord.[[KeptAlive]] to a new empty List.
    agent.heap.weak.kept_objects.clear();
}

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());

    // WeakMap (§24.3)
    let wm_proto = new_prototype(agent, op);
    agent.intrinsics.weak_map_prototype = wm_proto;
    create_constructor(agent, "WeakMap", 0, weak_map_constructor, wm_proto);
    define_method(agent, wm_proto, "delete", weak_map_prototype_delete, 1);
    define_method(agent, wm_proto, "get", weak_map_prototype_get, 1);
    define_method(
        agent,
        wm_proto,
        "getOrInsert",
        weak_map_prototype_get_or_insert,
        2,
    );
    define_method(
        agent,
        wm_proto,
        "getOrInsertComputed",
        weak_map_prototype_get_or_insert_computed,
        2,
    );
    define_method(agent, wm_proto, "has", weak_map_prototype_has, 1);
    define_method(agent, wm_proto, "set", weak_map_prototype_set, 2);
    define_value(
        agent,
        wm_proto,
        tag.clone(),
        Value::str("WeakMap"),
        false,
        false,
        true,
    );

    // WeakSet (§24.4)
    let ws_proto = new_prototype(agent, op);
    agent.intrinsics.weak_set_prototype = ws_proto;
    create_constructor(agent, "WeakSet", 0, weak_set_constructor, ws_proto);
    define_method(agent, ws_proto, "add", weak_set_prototype_add, 1);
    define_method(agent, ws_proto, "delete", weak_set_prototype_delete, 1);
    define_method(agent, ws_proto, "has", weak_set_prototype_has, 1);
    define_value(
        agent,
        ws_proto,
        tag.clone(),
        Value::str("WeakSet"),
        false,
        false,
        true,
    );

    // WeakRef (§26.1)
    let wr_proto = new_prototype(agent, op);
    agent.intrinsics.weak_ref_prototype = wr_proto;
    create_constructor(agent, "WeakRef", 1, weak_ref_constructor, wr_proto);
    define_method(agent, wr_proto, "deref", weak_ref_prototype_deref, 0);
    define_value(
        agent,
        wr_proto,
        tag.clone(),
        Value::str("WeakRef"),
        false,
        false,
        true,
    );

    // FinalizationRegistry (§26.2)
    let fr_proto = new_prototype(agent, op);
    agent.intrinsics.finalization_registry_prototype = fr_proto;
    create_constructor(
        agent,
        "FinalizationRegistry",
        1,
        finalization_registry_constructor,
        fr_proto,
    );
    define_method(
        agent,
        fr_proto,
        "register",
        finalization_registry_prototype_register,
        2,
    );
    define_method(
        agent,
        fr_proto,
        "unregister",
        finalization_registry_prototype_unregister,
        1,
    );
    define_value(
        agent,
        fr_proto,
        tag,
        Value::str("FinalizationRegistry"),
        false,
        false,
        true,
    );

    // Map.prototype.getOrInsert / getOrInsertComputed (upsert)
    let map_proto = agent.intrinsics.map_prototype;
    define_method(
        agent,
        map_proto,
        "getOrInsert",
        map_prototype_get_or_insert,
        2,
    );
    define_method(
        agent,
        map_proto,
        "getOrInsertComputed",
        map_prototype_get_or_insert_computed,
        2,
    );
}

/// OrdinaryCreateFromConstructor(NewTarget, default, « slots ») for the weak objects.
fn new_weak<'a>(
    agent: &mut Agent<'a>,
    nt: ObjectId,
    default: ObjectId,
    slots: WeakSlots,
) -> JsResult<ObjectId> {
    ordinary_create_from_constructor(
        agent,
        Some(nt),
        default,
        ObjectKind::Internal(Box::new(InternalSlots::Weak(Box::new(slots)))),
    )
}

/// The weak slots of `this`, or the "incompatible receiver" TypeError.
fn require_slots<'b>(
    agent: &'b mut Agent,
    this: &Value,
    method: &str,
    want: fn(&WeakSlots) -> bool,
) -> JsResult<ObjectId> {
    if let Value::Object(o) = this {
        if let ObjectKind::Internal(b) = &agent.heap.get(*o).kind {
            if let InternalSlots::Weak(w) = &**b {
                if want(w) {
                    return Ok(*o);
                }
            }
        }
    }
    let shown = crate::describe::brief_value(agent, this);
    Err(agent.type_error(format!(
        "Method {method} called on incompatible receiver {shown}"
    )))
}

fn slots_mut<'b>(agent: &'b mut Agent, o: ObjectId) -> &'b mut WeakSlots {
    match &mut agent.heap.get_mut(o).kind {
        ObjectKind::Internal(b) => match &mut **b {
            InternalSlots::Weak(w) => w,
            _ => unreachable!("checked by require_slots"),
        },
        _ => unreachable!("checked by require_slots"),
    }
}

fn is_weak_map(w: &WeakSlots) -> bool {
    matches!(w, WeakSlots::WeakMap(_))
}
fn is_weak_set(w: &WeakSlots) -> bool {
    matches!(w, WeakSlots::WeakSet(_))
}

fn map_of<'b>(agent: &'b mut Agent, o: ObjectId) -> &'b mut FxHashMap<MapKey, (Value, Value)> {
    match slots_mut(agent, o) {
        WeakSlots::WeakMap(m) => m,
        _ => unreachable!("checked by require_slots"),
    }
}

fn set_of<'b>(agent: &'b mut Agent, o: ObjectId) -> &'b mut FxHashMap<MapKey, Value> {
    match slots_mut(agent, o) {
        WeakSlots::WeakSet(m) => m,
        _ => unreachable!("checked by require_slots"),
    }
}

// ───────────────────────────── WeakMap ─────────────────────────────

/// WeakMap ( [ iterable ] ) (§24.3.1.1)
fn weak_map_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(nt) = nt else {
        return Err(agent.type_error("Constructor WeakMap requires 'new'"));
    };
    // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakMap.prototype%",
    //      « [[WeakMapData]] ») with an empty [[WeakMapData]].
    let map = new_weak(
        agent,
        nt,
        agent.intrinsics.weak_map_prototype,
        WeakSlots::WeakMap(FxHashMap::default()),
    )?;
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
            "'{shown}' returned for property 'set' of object '#<WeakMap>' is not a function"
        )));
    }
    // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    add_entries_from_iterable(agent, map, &iterable, &adder)?;
    Ok(Value::Object(map))
}

/// WeakMap.prototype.delete ( key ) (§24.3.3.2)
fn weak_map_prototype_delete(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let M be the this value; ? RequireInternalSlot(M, [[WeakMapData]]).
    let m = require_slots(agent, &this, "WeakMap.prototype.delete", is_weak_map)?;
    let key = arg(args, 0);
    // 3. If CanBeHeldWeakly(key) is false, return false.
    if !can_be_held_weakly(agent, &key) {
        return Ok(Value::Bool(false));
    }
    // 4-5. Remove the entry whose key is key; return whether there was one.
    Ok(Value::Bool(
        map_of(agent, m).remove(&MapKey::of(&key)).is_some(),
    ))
}

/// WeakMap.prototype.get ( key ) (§24.3.3.3)
fn weak_map_prototype_get(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(M, [[WeakMapData]]).
    let m = require_slots(agent, &this, "WeakMap.prototype.get", is_weak_map)?;
    let key = arg(args, 0);
    // 3. If CanBeHeldWeakly(key) is false, return undefined.
    if !can_be_held_weakly(agent, &key) {
        return Ok(Value::Undefined);
    }
    // 4-5. Return the value of the entry whose key is key, or undefined.
    Ok(map_of(agent, m)
        .get(&MapKey::of(&key))
        .map(|(_, v)| v.clone())
        .unwrap_or_default())
}

/// WeakMap.prototype.has ( key ) (§24.3.3.4)
fn weak_map_prototype_has(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(M, [[WeakMapData]]).
    let m = require_slots(agent, &this, "WeakMap.prototype.has", is_weak_map)?;
    let key = arg(args, 0);
    // 3. If CanBeHeldWeakly(key) is false, return false.
    if !can_be_held_weakly(agent, &key) {
        return Ok(Value::Bool(false));
    }
    // 4-5. Return whether an entry's key is key.
    Ok(Value::Bool(
        map_of(agent, m).contains_key(&MapKey::of(&key)),
    ))
}

/// WeakMap.prototype.set ( key, value ) (§24.3.3.5)
fn weak_map_prototype_set(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(M, [[WeakMapData]]).
    let m = require_slots(agent, &this, "WeakMap.prototype.set", is_weak_map)?;
    let key = arg(args, 0);
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    if !can_be_held_weakly(agent, &key) {
        return Err(agent.type_error("Invalid value used as weak map key"));
    }
    // 4-6. Set the value of the entry for key, or append a new entry.
    if map_of(agent, m)
        .insert(MapKey::of(&key), (key, arg(args, 1)))
        .is_none()
    {
        crate::heap::note_allocation(crate::gc::MAP_ENTRY_BYTES);
    }
    // 7. Return M.
    Ok(this)
}

/// WeakMap.prototype.getOrInsert ( key, value ) (upsert proposal, §24.3.3.x)
fn weak_map_prototype_get_or_insert(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(M, [[WeakMapData]]).
    let m = require_slots(agent, &this, "WeakMap.prototype.getOrInsert", is_weak_map)?;
    let key = arg(args, 0);
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    if !can_be_held_weakly(agent, &key) {
        return Err(agent.type_error("Invalid value used as weak map key"));
    }
    // 4. For each entry p, if SameValue(p.[[Key]], key) is true, return p.[[Value]].
    let mk = MapKey::of(&key);
    if let Some((_, v)) = map_of(agent, m).get(&mk) {
        return Ok(v.clone());
    }
    // 5-6. Append { key, value }; return value.
    let value = arg(args, 1);
    map_of(agent, m).insert(mk, (key, value.clone()));
    crate::heap::note_allocation(crate::gc::MAP_ENTRY_BYTES);
    Ok(value)
}

/// WeakMap.prototype.getOrInsertComputed ( key, callbackfn ) (upsert proposal)
fn weak_map_prototype_get_or_insert_computed(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(M, [[WeakMapData]]).
    let m = require_slots(
        agent,
        &this,
        "WeakMap.prototype.getOrInsertComputed",
        is_weak_map,
    )?;
    let key = arg(args, 0);
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    if !can_be_held_weakly(agent, &key) {
        return Err(agent.type_error("Invalid value used as weak map key"));
    }
    // 4. If IsCallable(callbackfn) is false, throw a TypeError exception.
    let callback = arg(args, 1);
    if !is_callable(agent, &callback) {
        return Err(agent.type_error("WeakMap.prototype.getOrInsertComputed is not a function"));
    }
    // 5. For each entry p, if SameValue(p.[[Key]], key) is true, return p.[[Value]].
    let mk = MapKey::of(&key);
    if let Some((_, v)) = map_of(agent, m).get(&mk) {
        return Ok(v.clone());
    }
    // 6. Let value be ? Call(callbackfn, undefined, « key »).
    let value = call(
        agent,
        &callback,
        Value::Undefined,
        std::slice::from_ref(&key),
    )?;
    // 7-9. Overwrite an entry the callback added for key, or append one; return value.
    if map_of(agent, m).insert(mk, (key, value.clone())).is_none() {
        crate::heap::note_allocation(crate::gc::MAP_ENTRY_BYTES);
    }
    Ok(value)
}

// ───────────────────────────── WeakSet ─────────────────────────────

/// WeakSet ( [ iterable ] ) (§24.4.1.1)
fn weak_set_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(nt) = nt else {
        return Err(agent.type_error("Constructor WeakSet requires 'new'"));
    };
    // 2-3. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakSet.prototype%",
    //      « [[WeakSetData]] ») with an empty [[WeakSetData]].
    let set = new_weak(
        agent,
        nt,
        agent.intrinsics.weak_set_prototype,
        WeakSlots::WeakSet(FxHashMap::default()),
    )?;
    // 4-8.
    add_values_from_iterable(agent, set, &arg(args, 0), "WeakSet")
}

/// WeakSet.prototype.add ( value ) (§24.4.3.1)
fn weak_set_prototype_add(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(S, [[WeakSetData]]).
    let s = require_slots(agent, &this, "WeakSet.prototype.add", is_weak_set)?;
    let value = arg(args, 0);
    // 3. If CanBeHeldWeakly(value) is false, throw a TypeError exception.
    if !can_be_held_weakly(agent, &value) {
        return Err(agent.type_error("Invalid value used in weak set"));
    }
    // 4-6. Append value unless it is there; return S.
    if set_of(agent, s).insert(MapKey::of(&value), value).is_none() {
        crate::heap::note_allocation(crate::gc::MAP_ENTRY_BYTES);
    }
    Ok(this)
}

/// WeakSet.prototype.delete ( value ) (§24.4.3.3)
fn weak_set_prototype_delete(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(S, [[WeakSetData]]).
    let s = require_slots(agent, &this, "WeakSet.prototype.delete", is_weak_set)?;
    let value = arg(args, 0);
    // 3. If CanBeHeldWeakly(value) is false, return false.
    if !can_be_held_weakly(agent, &value) {
        return Ok(Value::Bool(false));
    }
    // 4-5. Remove value; return whether it was there.
    Ok(Value::Bool(
        set_of(agent, s).remove(&MapKey::of(&value)).is_some(),
    ))
}

/// WeakSet.prototype.has ( value ) (§24.4.3.4)
fn weak_set_prototype_has(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(S, [[WeakSetData]]).
    let s = require_slots(agent, &this, "WeakSet.prototype.has", is_weak_set)?;
    let value = arg(args, 0);
    // 3. If CanBeHeldWeakly(value) is false, return false.
    if !can_be_held_weakly(agent, &value) {
        return Ok(Value::Bool(false));
    }
    // 4-5. Return whether value is in [[WeakSetData]].
    Ok(Value::Bool(
        set_of(agent, s).contains_key(&MapKey::of(&value)),
    ))
}

// ───────────────────────────── WeakRef ─────────────────────────────

/// WeakRef ( target ) (§26.1.1.1)
fn weak_ref_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(nt) = nt else {
        return Err(agent.type_error("Constructor WeakRef requires 'new'"));
    };
    // 2. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    let target = arg(args, 0);
    if !can_be_held_weakly(agent, &target) {
        return Err(agent.type_error("WeakRef: invalid target"));
    }
    // 3. Let weakRef be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakRef.prototype%",
    //    « [[WeakRefTarget]] »).
    let weak_ref = new_weak(
        agent,
        nt,
        agent.intrinsics.weak_ref_prototype,
        WeakSlots::WeakRef(None),
    )?;
    // 4. Perform AddToKeptObjects(target).
    add_to_kept_objects(agent, target.clone());
    // 5. Set weakRef.[[WeakRefTarget]] to target.
    *slots_mut(agent, weak_ref) = WeakSlots::WeakRef(Some(target));
    // 6. Return weakRef.
    Ok(Value::Object(weak_ref))
}

/// WeakRef.prototype.deref ( ) (§26.1.3.2)
fn weak_ref_prototype_deref(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(weakRef, [[WeakRefTarget]]).
    let w = require_slots(agent, &this, "WeakRef.prototype.deref", |w| {
        matches!(w, WeakSlots::WeakRef(_))
    })?;
    // 3. Return WeakRefDeref(weakRef).
    Ok(weak_ref_deref(agent, w))
}

/// WeakRefDeref ( weakRef ) (§26.1.4.1)
#[doc(alias = "WeakRefDeref")]
fn weak_ref_deref(agent: &mut Agent, weak_ref: ObjectId) -> Value {
    // 1. Let target be weakRef.[[WeakRefTarget]].
    let WeakSlots::WeakRef(target) = slots_mut(agent, weak_ref) else {
        unreachable!("checked by require_slots")
    };
    // 2. If target is not empty, then
    if let Some(target) = target.clone() {
        // a. Perform AddToKeptObjects(target).
        add_to_kept_objects(agent, target.clone());
        // b. Return target.
        return target;
    }
    // 3. Return undefined.
    Value::Undefined
}

// ───────────────────────────── FinalizationRegistry ─────────────────────────────

fn is_registry(w: &WeakSlots) -> bool {
    matches!(w, WeakSlots::FinalizationRegistry { .. })
}

/// FinalizationRegistry ( cleanupCallback ) (§26.2.1.1)
fn finalization_registry_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(nt) = nt else {
        return Err(agent.type_error("Constructor FinalizationRegistry requires 'new'"));
    };
    // 2. If IsCallable(cleanupCallback) is false, throw a TypeError exception.
    let cleanup_callback = arg(args, 0);
    if !is_callable(agent, &cleanup_callback) {
        return Err(agent.type_error("FinalizationRegistry: cleanup must be callable"));
    }
    // 3-8. A registry with [[CleanupCallback]] HostMakeJobCallback(cleanupCallback) and empty
    //      [[Cells]]; return it.
    let registry = new_weak(
        agent,
        nt,
        agent.intrinsics.finalization_registry_prototype,
        WeakSlots::FinalizationRegistry {
            cleanup_callback,
            cells: Vec::new(),
        },
    )?;
    Ok(Value::Object(registry))
}

/// FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
/// (§26.2.3.2)
fn finalization_registry_prototype_register(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(finalizationRegistry, [[Cells]]).
    let r = require_slots(
        agent,
        &this,
        "FinalizationRegistry.prototype.register",
        is_registry,
    )?;
    let target = arg(args, 0);
    let held_value = arg(args, 1);
    let token = arg(args, 2);
    // 3. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    if !can_be_held_weakly(agent, &target) {
        return Err(agent.type_error("FinalizationRegistry.prototype.register: invalid target"));
    }
    // 4. If SameValue(target, heldValue) is true, throw a TypeError exception.
    if same_value(&target, &held_value) {
        return Err(agent.type_error(
            "FinalizationRegistry.prototype.register: target and holdings must not be same",
        ));
    }
    // 5. If CanBeHeldWeakly(unregisterToken) is false, then
    let unregister_token = if can_be_held_weakly(agent, &token) {
        Some(token)
    } else {
        // a. If unregisterToken is not undefined, throw a TypeError exception.
        if !token.is_undefined() {
            return Err(invalid_token(agent, &token));
        }
        // b. Set unregisterToken to empty.
        None
    };
    // 6-7. Append the Record { [[WeakRefTarget]], [[HeldValue]], [[UnregisterToken]] }.
    if let WeakSlots::FinalizationRegistry { cells, .. } = slots_mut(agent, r) {
        cells.push(Cell {
            target: Some(target),
            held_value,
            unregister_token,
        });
    }
    crate::heap::note_allocation(std::mem::size_of::<Cell>());
    // 8. Return undefined.
    Ok(Value::Undefined)
}

/// V8's message for an unregister token that cannot be held weakly.
fn invalid_token(agent: &mut Agent, token: &Value) -> crate::Abrupt {
    let shown = crate::describe::no_side_effects_to_string(agent, token);
    agent.type_error(format!("Invalid unregisterToken ('{shown}')"))
}

/// FinalizationRegistry.prototype.unregister ( unregisterToken ) (§26.2.3.3)
fn finalization_registry_prototype_unregister(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(finalizationRegistry, [[Cells]]).
    let r = require_slots(
        agent,
        &this,
        "FinalizationRegistry.prototype.unregister",
        is_registry,
    )?;
    let token = arg(args, 0);
    // 3. If CanBeHeldWeakly(unregisterToken) is false, throw a TypeError exception.
    if !can_be_held_weakly(agent, &token) {
        return Err(invalid_token(agent, &token));
    }
    // 4-5. Remove every cell whose [[UnregisterToken]] is unregisterToken.
    let WeakSlots::FinalizationRegistry { cells, .. } = slots_mut(agent, r) else {
        unreachable!("checked by require_slots")
    };
    let before = cells.len();
    cells.retain(|c| {
        !c.unregister_token
            .as_ref()
            .is_some_and(|t| same_value(t, &token))
    });
    // 6. Return removed.
    Ok(Value::Bool(cells.len() != before))
}

/// CleanupFinalizationRegistry ( finalizationRegistry ) (§9.13): calls the cleanup callback
/// once for each cell whose target was collected. The host runs it as a job (see
/// [`WeakState::cleanup_queue`]).
#[doc(alias = "CleanupFinalizationRegistry")]
pub fn cleanup_finalization_registry(agent: &mut Agent, registry: ObjectId) -> JsResult<()> {
    // 1-2. Let callback be finalizationRegistry.[[CleanupCallback]].
    let callback = match slots_mut(agent, registry) {
        WeakSlots::FinalizationRegistry {
            cleanup_callback, ..
        } => cleanup_callback.clone(),
        _ => return Ok(()),
    };
    // 3. While finalizationRegistry.[[Cells]] contains a Record cell such that
    //    cell.[[WeakRefTarget]] is empty, an implementation may perform the following steps:
    loop {
        // a-b. Choose any such cell (the first); remove it.
        let held_value = {
            let WeakSlots::FinalizationRegistry { cells, .. } = slots_mut(agent, registry) else {
                unreachable!("a registry")
            };
            let Some(i) = cells.iter().position(|c| c.target.is_none()) else {
                break;
            };
            cells.remove(i).held_value
        };
        // c. Perform ? HostCallJobCallback(callback, undefined, « cell.[[HeldValue]] »).
        let roots = [
            callback.clone(),
            held_value.clone(),
            Value::Object(registry),
        ];
        crate::execution::host_hooks::host_call_job_callback(
            agent,
            &callback,
            Value::Undefined,
            &[held_value],
            &roots,
        )?;
    }
    // 4. Return unused.
    Ok(())
}

/// Whether `o` is a WeakMap (`Some(true)`) or WeakSet (`Some(false)`), for the host's
/// inspection (`WeakMap { <items unknown> }`).
pub fn weak_collection_kind(agent: &Agent, o: ObjectId) -> Option<bool> {
    match &agent.heap.get(o).kind {
        ObjectKind::Internal(b) => match &**b {
            InternalSlots::Weak(w) => match &**w {
                WeakSlots::WeakMap(_) => Some(true),
                WeakSlots::WeakSet(_) => Some(false),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The entries of a WeakMap (key, Some(value)) or WeakSet (value, None), in no particular
/// order, for the host's inspection with showHidden.
pub fn weak_entries(agent: &Agent, o: ObjectId) -> Vec<(Value, Option<Value>)> {
    match &agent.heap.get(o).kind {
        ObjectKind::Internal(b) => match &**b {
            InternalSlots::Weak(w) => match &**w {
                WeakSlots::WeakMap(m) => m
                    .values()
                    .map(|(k, v)| (k.clone(), Some(v.clone())))
                    .collect(),
                WeakSlots::WeakSet(m) => m.values().map(|k| (k.clone(), None)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

// ───────────────────────────── upsert on Map ─────────────────────────────

fn require_map(agent: &mut Agent, this: &Value, method: &str) -> JsResult<ObjectId> {
    if let Value::Object(o) = this {
        if matches!(agent.heap.get(*o).kind, ObjectKind::Map(_)) {
            return Ok(*o);
        }
    }
    let shown = crate::describe::brief_value(agent, this);
    Err(agent.type_error(format!(
        "Method {method} called on incompatible receiver {shown}"
    )))
}

fn map_data<'b>(agent: &'b mut Agent, o: ObjectId) -> &'b mut super::map_set::MapData {
    match &mut agent.heap.get_mut(o).kind {
        ObjectKind::Map(m) => m,
        _ => unreachable!("checked by require_map"),
    }
}

/// CanonicalizeKeyedCollectionKey ( key ) (§24.5.1): -0 becomes +0.
#[doc(alias = "CanonicalizeKeyedCollectionKey")]
fn canonicalize_keyed_collection_key(key: Value) -> Value {
    match key {
        // 1. If key is -0𝔽, return +0𝔽.
        Value::Number(n) => Value::Number(n + 0.0),
        // 2. Return key.
        k => k,
    }
}

/// Map.prototype.getOrInsert ( key, value ) (upsert proposal)
fn map_prototype_get_or_insert(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(M, [[MapData]]).
    let m = require_map(agent, &this, "Map.prototype.getOrInsert")?;
    // 3. Set key to CanonicalizeKeyedCollectionKey(key).
    let key = canonicalize_keyed_collection_key(arg(args, 0));
    // 4. For each entry p, if SameValue(p.[[Key]], key) is true, return p.[[Value]].
    if let Some(v) = map_data(agent, m).get(&key) {
        return Ok(v.clone());
    }
    // 5-6. Append { key, value }; return value.
    let value = arg(args, 1);
    map_data(agent, m).set(key, value.clone());
    Ok(value)
}

/// Map.prototype.getOrInsertComputed ( key, callbackfn ) (upsert proposal)
fn map_prototype_get_or_insert_computed(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ? RequireInternalSlot(M, [[MapData]]).
    let m = require_map(agent, &this, "Map.prototype.getOrInsertComputed")?;
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    let callback = arg(args, 1);
    if !is_callable(agent, &callback) {
        return Err(agent.type_error("Map.prototype.getOrInsertComputed is not a function"));
    }
    // 4. Set key to CanonicalizeKeyedCollectionKey(key).
    let key = canonicalize_keyed_collection_key(arg(args, 0));
    // 5. For each entry p, if SameValue(p.[[Key]], key) is true, return p.[[Value]].
    if let Some(v) = map_data(agent, m).get(&key) {
        return Ok(v.clone());
    }
    // 6. Let value be ? Call(callbackfn, undefined, « key »).
    let value = call(
        agent,
        &callback,
        Value::Undefined,
        std::slice::from_ref(&key),
    )?;
    // 7-9. Overwrite an entry the callback added for key, or append one; return value.
    map_data(agent, m).set(key, value.clone());
    Ok(value)
}
