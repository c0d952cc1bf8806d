//! Operations on objects (ECMA-262 §7.3) and the ordinary objects' essential internal
//! methods (§10.1) that may call into JavaScript (getters and setters).

use crate::abstract_ops::testing_comparison::{is_callable, is_constructor, same_value};
use crate::abstract_ops::type_conversion::{to_length, to_object, to_property_key};
use crate::environment::PrivateName;
use crate::heap::{EnvId, ObjectId};
use crate::object::{ArrayStorage, Object, ObjectKind, Property, PropertyDescriptor};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast::Atom;

// ───────────────────────── essential internal methods (§10.1) ─────────────────────────

// Each internal method below dispatches on the object kind: a Proxy exotic object
// (§10.5, builtins/proxy.rs) runs its handler's trap, which may run code and throw; every
// other object takes the ordinary path, which tests one discriminant and allocates nothing.

/// O.[[GetPrototypeOf]]() (§10.1.1 OrdinaryGetPrototypeOf; §10.5.1 for proxies)
#[doc(alias = "OrdinaryGetPrototypeOf")]
pub fn get_prototype_of(agent: &mut Agent, o: ObjectId) -> JsResult<Option<ObjectId>> {
    let obj = agent.heap.get(o);
    if let ObjectKind::Proxy(_) = obj.kind {
        return crate::builtins::proxy::proxy_get_prototype_of(agent, o);
    }
    // 1. Return O.[[Prototype]].
    Ok(obj.proto)
}

/// O.[[SetPrototypeOf]](V) (§10.1.2.1 OrdinarySetPrototypeOf; §10.5.2 for proxies)
#[doc(alias = "OrdinarySetPrototypeOf")]
pub fn set_prototype_of(agent: &mut Agent, o: ObjectId, v: Option<ObjectId>) -> JsResult<bool> {
    if let ObjectKind::Proxy(_) = agent.heap.get(o).kind {
        return crate::builtins::proxy::proxy_set_prototype_of(agent, o, v);
    }
    if o == agent.intrinsics.object_prototype {
        // %Object.prototype% is an immutable prototype exotic object (§10.4.7.1):
        // SetImmutablePrototype (§10.4.7.2) 1-3. Return SameValue(V, current).
        return Ok(agent.heap.get(o).proto == v);
    }
    // 1. Let current be O.[[Prototype]].
    let current = agent.heap.get(o).proto;
    // 2. If SameValue(V, current) is true, return true.
    if current == v {
        return Ok(true);
    }
    // 3. Let extensible be O.[[Extensible]]. 4. If extensible is false, return false.
    if !agent.heap.get(o).extensible {
        return Ok(false);
    }
    // 5-7. Walk V's chain: a cycle back to O is refused; the walk stops at an object whose
    //      [[GetPrototypeOf]] is not the ordinary one (7.b.i: a proxy).
    let mut p = v;
    while let Some(pid) = p {
        if pid == o {
            return Ok(false);
        }
        let po = agent.heap.get(pid);
        if let ObjectKind::Proxy(_) = po.kind {
            break;
        }
        p = po.proto;
    }
    // 8. Set O.[[Prototype]] to V. 9. Return true.
    agent.heap.get_mut(o).proto = v;
    Ok(true)
}

/// O.[[IsExtensible]]() (§10.1.3 OrdinaryIsExtensible; §10.5.3 for proxies); also
/// IsExtensible ( O ) (§7.2.5).
#[doc(alias = "OrdinaryIsExtensible")]
#[doc(alias = "IsExtensible")]
pub fn is_extensible(agent: &mut Agent, o: ObjectId) -> JsResult<bool> {
    let obj = agent.heap.get(o);
    if let ObjectKind::Proxy(_) = obj.kind {
        return crate::builtins::proxy::proxy_is_extensible(agent, o);
    }
    // 1. Return O.[[Extensible]].
    Ok(obj.extensible)
}

/// O.[[PreventExtensions]]() (§10.1.4 OrdinaryPreventExtensions; §10.5.4 for proxies)
#[doc(alias = "OrdinaryPreventExtensions")]
pub fn prevent_extensions(agent: &mut Agent, o: ObjectId) -> JsResult<bool> {
    let obj = agent.heap.get_mut(o);
    if let ObjectKind::Proxy(_) = obj.kind {
        return crate::builtins::proxy::proxy_prevent_extensions(agent, o);
    }
    // 1. Set O.[[Extensible]] to false. 2. Return true.
    obj.extensible = false;
    Ok(true)
}

/// O.[[GetOwnProperty]](P) (§10.1.5; §10.5.5 for proxies)
pub fn get_own_property(
    agent: &mut Agent,
    o: ObjectId,
    p: &PropertyKey,
) -> JsResult<Option<Property>> {
    let obj = agent.heap.get(o);
    if let ObjectKind::Proxy(_) = obj.kind {
        return crate::builtins::proxy::proxy_get_own_property(agent, o, p);
    }
    Ok(obj.get_own_property(p))
}

/// O.[[OwnPropertyKeys]]() (§10.1.11 OrdinaryOwnPropertyKeys; §10.5.11 for proxies)
#[doc(alias = "OrdinaryOwnPropertyKeys")]
pub fn own_property_keys(agent: &mut Agent, o: ObjectId) -> JsResult<Vec<PropertyKey>> {
    let obj = agent.heap.get(o);
    if let ObjectKind::Proxy(_) = obj.kind {
        return crate::builtins::proxy::proxy_own_property_keys(agent, o);
    }
    Ok(obj.own_property_keys())
}

/// [[DefineOwnProperty]] (§10.1.6); for Arrays the exotic version (§10.4.2.1) with
/// ArraySetLength's conversion of the new length.
pub fn define_own_property(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    mut desc: PropertyDescriptor,
) -> JsResult<bool> {
    match agent.heap.get(o).kind {
        ObjectKind::Proxy(_) => {
            return crate::builtins::proxy::proxy_define_own_property(agent, o, p, desc)
        }
        ObjectKind::Array(_) if crate::object::is_length(&p) => {
            if let Some(v) = desc.value.take() {
                // ArraySetLength steps 3-5: ToUint32 and ToNumber must agree.
                let number_len = crate::abstract_ops::to_number(agent, &v)?;
                let new_len = crate::abstract_ops::to_uint32_f64(number_len);
                if new_len as f64 != number_len {
                    return Err(agent.range_error("Invalid array length"));
                }
                check_array_length(agent, new_len as f64)?;
                desc.value = Some(Value::Number(new_len as f64));
            }
        }
        _ => {}
    }
    if let Some((env, name)) = mapped_parameter(agent, o, &p) {
        return Ok(arguments_define_own_property(agent, o, p, desc, env, &name));
    }
    Ok(agent.heap.get_mut(o).define_own_property(p, desc))
}

/// The parameter binding (environment and name) that index `p` of a mapped arguments object
/// aliases, if any (HasOwnProperty(map, P) of §10.4.4).
fn mapped_parameter(agent: &Agent, o: ObjectId, p: &PropertyKey) -> Option<(EnvId, Atom)> {
    let ObjectKind::Arguments(Some(map)) = &agent.heap.get(o).kind else {
        return None;
    };
    let i = p.as_array_index()? as usize;
    let name = map.names.get(i)?.clone()?;
    Some((map.env, name))
}

/// The current value of an aliased parameter binding (the map's getter, MakeArgGetter).
fn parameter_value(agent: &Agent, env: EnvId, name: &Atom) -> Value {
    let e = agent.heap.env(env);
    e.find(name)
        .and_then(|i| e.bindings[i].value.clone())
        .unwrap_or_default()
}

/// Writes an aliased parameter binding (the map's setter, MakeArgSetter).
fn set_parameter(agent: &mut Agent, env: EnvId, name: &Atom, v: Value) {
    let e = agent.heap.env_mut(env);
    if let Some(i) = e.find(name) {
        e.bindings[i].value = Some(v);
    }
}

/// Removes index `p` from a mapped arguments object's [[ParameterMap]] (map.[[Delete]](P)).
fn unmap_argument(agent: &mut Agent, o: ObjectId, p: &PropertyKey) {
    if let (ObjectKind::Arguments(Some(map)), Some(i)) =
        (&mut agent.heap.get_mut(o).kind, p.as_array_index())
    {
        if let Some(n) = map.names.get_mut(i as usize) {
            *n = None;
        }
    }
}

/// [[DefineOwnProperty]] of an arguments exotic object (§10.4.4.2) for a mapped index.
fn arguments_define_own_property(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    desc: PropertyDescriptor,
    env: EnvId,
    name: &Atom,
) -> bool {
    // 3. Let newArgDesc be Desc.
    let mut new_arg_desc = desc.clone();
    // 4. If isMapped and IsDataDescriptor(Desc) are true, then
    //    a. If Desc does not have a [[Value]] field, Desc has a [[Writable]] field, and
    //       Desc.[[Writable]] is false, then set newArgDesc.[[Value]] to ! Get(map, P).
    if desc.is_data() && desc.value.is_none() && desc.writable == Some(false) {
        new_arg_desc.value = Some(parameter_value(agent, env, name));
    }
    // 5. Let allowed be ! OrdinaryDefineOwnProperty(args, P, newArgDesc).
    // 6. If allowed is false, return false.
    if !agent
        .heap
        .get_mut(o)
        .define_own_property(p.clone(), new_arg_desc)
    {
        return false;
    }
    // 7. If isMapped is true, then
    if desc.is_accessor() {
        // a. If IsAccessorDescriptor(Desc) is true, perform ! map.[[Delete]](P).
        unmap_argument(agent, o, &p);
    } else {
        // b.i. If Desc has a [[Value]] field, perform ! Set(map, P, Desc.[[Value]], false).
        if let Some(v) = desc.value {
            set_parameter(agent, env, name, v);
        }
        // b.ii. If Desc has a [[Writable]] field and it is false, perform ! map.[[Delete]](P).
        if desc.writable == Some(false) {
            unmap_argument(agent, o, &p);
        }
    }
    // 8. Return true.
    true
}

/// [[Delete]] ( P ): OrdinaryDelete (§10.1.10), and for an arguments exotic object
/// (§10.4.4.5) the removal of a deleted index from its [[ParameterMap]].
#[doc(alias = "OrdinaryDelete")]
pub fn delete_own_property(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<bool> {
    if let ObjectKind::Proxy(_) = agent.heap.get(o).kind {
        return crate::builtins::proxy::proxy_delete(agent, o, p);
    }
    // 3. Let result be ? OrdinaryDelete(args, P).
    let result = agent.heap.get_mut(o).delete(p);
    // 4. If result is true and isMapped is true, perform ! map.[[Delete]](P).
    if result {
        unmap_argument(agent, o, p);
    }
    Ok(result)
}

/// ArraySetLength step 5: a length must be a uint32. NOTE(mini-js): every uint32 is
/// stored as in V8 (holes are never materialised: see ArrayStorage).
pub fn check_array_length(agent: &mut Agent, len: f64) -> JsResult<()> {
    if len > 4294967295.0 {
        return Err(agent.range_error("Invalid array length"));
    }
    Ok(())
}

/// [[HasProperty]] (§10.1.7.1 OrdinaryHasProperty)
#[doc(alias = "OrdinaryHasProperty")]
pub fn has_property(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<bool> {
    // NOTE(mini-js): built-ins' Rust loops are bounded by the run's limits through here.
    crate::limits::poll(agent)?;
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let ObjectKind::Proxy(_) = obj.kind {
            // 3.a. Return ? parent.[[HasProperty]](P) — a proxy's own (§10.5.7).
            return crate::builtins::proxy::proxy_has_property(agent, id, p);
        }
        if obj.get_own_property(p).is_some() {
            return Ok(true);
        }
        cur = obj.proto;
    }
    Ok(false)
}

/// [[Get]] (§10.1.8.1 OrdinaryGet) with an explicit receiver.
#[doc(alias = "OrdinaryGet")]
pub fn get_with_receiver(
    agent: &mut Agent,
    o: ObjectId,
    p: &PropertyKey,
    receiver: Value,
) -> JsResult<Value> {
    let mut cur = o;
    loop {
        let obj = agent.heap.get(cur);
        if let ObjectKind::Proxy(_) = obj.kind {
            // 2.c. Return ? parent.[[Get]](P, Receiver) — a proxy's own (§10.5.8).
            return crate::builtins::proxy::proxy_get(agent, cur, p, receiver);
        }
        // 1. Let desc be ? O.[[GetOwnProperty]](P).
        match obj.get_own_property(p) {
            // 2. If desc is undefined, then
            None => match obj.proto {
                // a-b. If parent is null, return undefined.
                None => return Ok(Value::Undefined),
                // c. Return ? parent.[[Get]](P, Receiver).
                Some(parent) => cur = parent,
            },
            // 3. If IsDataDescriptor(desc) is true, return desc.[[Value]].
            Some(Property::Data { value, .. }) => return Ok(value),
            // 4-7. Accessor: call the getter with Receiver, or return undefined.
            Some(Property::Accessor { get, .. }) => {
                let Some(get) = get else {
                    return Ok(Value::Undefined);
                };
                return call(agent, &Value::Object(get), receiver, &[]);
            }
        }
    }
}

/// Get ( O, P ) (§7.3.2)
#[doc(alias = "Get")]
pub fn get(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<Value> {
    // NOTE(mini-js): built-ins' Rust loops are bounded by the run's limits through here.
    crate::limits::poll(agent)?;
    let v = get_with_receiver(agent, o, p, Value::Object(o))?;
    // Rust code may hold the value across a later call into JavaScript that unlinks it.
    agent.heap.native_roots.keep(&v);
    Ok(v)
}

/// Get with a property name given as text.
pub fn get_str(agent: &mut Agent, o: ObjectId, name: &str) -> JsResult<Value> {
    get(agent, o, &PropertyKey::from(name))
}

/// GetV ( V, P ) (§7.3.3)
#[doc(alias = "GetV")]
pub fn get_v(agent: &mut Agent, v: &Value, p: &PropertyKey) -> JsResult<Value> {
    match v {
        Value::Object(o) => get(agent, *o, p),
        _ => {
            // 1. Let O be ? ToObject(V) — without allocating: start at the prototype.
            let proto = match v {
                Value::String(s) => {
                    if let Some(i) = p.as_array_index() {
                        if (i as usize) < s.len() {
                            return Ok(Value::String(s.slice(i as usize, i as usize + 1)));
                        }
                    } else if crate::object::is_length(p) {
                        return Ok(Value::Number(s.len() as f64));
                    }
                    agent.intrinsics.string_prototype
                }
                Value::Number(_) => agent.intrinsics.number_prototype,
                Value::Bool(_) => agent.intrinsics.boolean_prototype,
                Value::Symbol(_) => agent.intrinsics.symbol_prototype,
                Value::BigInt(_) => agent.intrinsics.bigint_prototype,
                _ => {
                    to_object(agent, v)?;
                    unreachable!("ToObject throws for undefined and null")
                }
            };
            // 2. Return ? O.[[Get]](P, V).
            get_with_receiver(agent, proto, p, v.clone())
        }
    }
}

/// [[Set]] (§10.1.9.1 OrdinarySet / §10.1.9.2 OrdinarySetWithOwnDescriptor)
#[doc(alias = "OrdinarySet")]
#[doc(alias = "OrdinarySetWithOwnDescriptor")]
pub fn set_with_receiver(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    v: Value,
    receiver: Value,
) -> JsResult<bool> {
    // Arguments exotic [[Set]] (§10.4.4.4) 1-2: with args as the receiver, a mapped index
    // also writes its parameter (then OrdinarySet writes the own property).
    if matches!(&receiver, Value::Object(r) if *r == o) {
        if let Some((env, name)) = mapped_parameter(agent, o, &p) {
            set_parameter(agent, env, &name, v.clone());
        }
    }
    // Fast path: an own writable data property on the receiver itself.
    if let Value::Object(r) = &receiver {
        if *r == o {
            let obj = agent.heap.get_mut(o);
            if let ObjectKind::Array(a) = &mut obj.kind {
                if let Some(i) = p.as_array_index() {
                    if let Some(Some(slot)) = a.elems.get_mut(i as usize) {
                        *slot = v;
                        return Ok(true);
                    }
                }
            } else if let Some(Property::Data {
                value,
                writable: true,
                ..
            }) = obj.props.get_mut(&p)
            {
                *value = v;
                return Ok(true);
            }
        }
    }
    // OrdinarySet 1. Let ownDesc be ? O.[[GetOwnProperty]](P).
    // OrdinarySetWithOwnDescriptor 1. If ownDesc is undefined, walk to the parent.
    let mut cur = o;
    let own_desc = loop {
        let obj = agent.heap.get(cur);
        if let ObjectKind::Proxy(_) = obj.kind {
            // 1.b.i. Return ? parent.[[Set]](P, V, Receiver) — a proxy's own (§10.5.9).
            return crate::builtins::proxy::proxy_set(agent, cur, p, v, receiver);
        }
        match obj.get_own_property(&p) {
            Some(d) => break d,
            None => match obj.proto {
                Some(parent) => cur = parent,
                // c.i. Set ownDesc to PropertyDescriptor { [[Value]]: undefined, [[Writable]]: true, … }.
                None => break Property::data(Value::Undefined),
            },
        }
    };
    match own_desc {
        // 2. If IsDataDescriptor(ownDesc) is true, then
        Property::Data { writable, .. } => {
            // a. If ownDesc.[[Writable]] is false, return false.
            if !writable {
                return Ok(false);
            }
            // b. If Receiver is not an Object, return false.
            let Value::Object(r) = receiver else {
                return Ok(false);
            };
            // c. Let existingDescriptor be ? Receiver.[[GetOwnProperty]](P).
            match get_own_property(agent, r, &p)? {
                // d. If existingDescriptor is not undefined, then
                Some(existing) => {
                    // i. If IsAccessorDescriptor(existingDescriptor) is true, return false.
                    // ii. If existingDescriptor.[[Writable]] is false, return false.
                    if !matches!(existing, Property::Data { writable: true, .. }) {
                        return Ok(false);
                    }
                    // iii-iv. Return ? Receiver.[[DefineOwnProperty]](P, { [[Value]]: V }).
                    define_own_property(
                        agent,
                        r,
                        p,
                        PropertyDescriptor {
                            value: Some(v),
                            ..Default::default()
                        },
                    )
                }
                // e. Else, return ? CreateDataProperty(Receiver, P, V).
                None => create_data_property(agent, r, p, v),
            }
        }
        // 3-7. An accessor: call the setter, or return false without one.
        Property::Accessor { set, .. } => {
            let Some(set) = set else {
                return Ok(false);
            };
            call(agent, &Value::Object(set), receiver, &[v])?;
            Ok(true)
        }
    }
}

/// Set ( O, P, V, Throw ) (§7.3.4)
#[doc(alias = "Set")]
pub fn set(agent: &mut Agent, o: ObjectId, p: PropertyKey, v: Value, throw: bool) -> JsResult<()> {
    // NOTE(mini-js): built-ins' Rust loops (`fill`) are bounded by the run's limits here.
    crate::limits::poll(agent)?;
    // 1. Let success be ? O.[[Set]](P, V, O).
    let success = set_with_receiver(agent, o, p.clone(), v, Value::Object(o))?;
    // 2. If success is false and Throw is true, throw a TypeError exception.
    if !success && throw {
        return Err(cannot_assign_error(agent, o, &p));
    }
    Ok(())
}

/// The TypeError V8 throws for a failed strict-mode assignment.
pub fn cannot_assign_error(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> Abrupt {
    let key = key_display(p);
    let mut o = o;
    let mut through_proxy = false;
    while let ObjectKind::Proxy(data) = agent.heap.get(o).kind {
        // A proxy without a "set" trap forwarded the write to its target: V8 words the
        // refusal for the target (the write defined the property on the receiver).
        match (data.target, data.handler) {
            (Some(t), Some(h)) if !has_plain_property(agent, h, "set") => {
                o = t;
                through_proxy = true;
            }
            _ => {
                return agent.type_error(format!(
                    "'set' on proxy: trap returned falsish for property '{key}'"
                ))
            }
        }
    }
    let obj = agent.heap.get(o);
    // The property that refused the write may be inherited (a getter on a prototype).
    let mut exists = obj.get_own_property(p);
    let mut proto = obj.proto;
    while exists.is_none() {
        let Some(pr) = proto else { break };
        let po = agent.heap.get(pr);
        exists = po.get_own_property(p);
        proto = po.proto;
    }
    let msg = match exists {
        Some(Property::Accessor { .. }) => {
            format!(
                "Cannot set property {key} of {} which has only a getter",
                crate::describe::brief_object(agent, o)
            )
        }
        Some(_) => format!(
            "Cannot assign to read only property '{key}' of object '{}'",
            crate::describe::brief_object(agent, o)
        ),
        None if !obj.extensible && through_proxy => {
            format!("Cannot define property {key}, object is not extensible")
        }
        None if !obj.extensible => format!("Cannot add property {key}, object is not extensible"),
        None => format!(
            "Cannot assign to read only property '{key}' of object '{}'",
            crate::describe::brief_object(agent, o)
        ),
    };
    agent.type_error(msg)
}

/// Whether `o` or an object on its prototype chain has a property `name`, read without
/// running code (a proxy on the chain counts as having it).
fn has_plain_property(agent: &Agent, o: ObjectId, name: &str) -> bool {
    let key = PropertyKey::from(name);
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if matches!(obj.kind, ObjectKind::Proxy(_)) || obj.get_own_property(&key).is_some() {
            return true;
        }
        cur = obj.proto;
    }
    false
}

/// A property key as V8 shows it in messages.
pub fn key_display(p: &PropertyKey) -> String {
    match p {
        PropertyKey::String(s) => s.to_rust_string(),
        PropertyKey::Symbol(s) => s.descriptive_string(),
    }
}

/// CreateDataProperty ( O, P, V ) (§7.3.5)
#[doc(alias = "CreateDataProperty")]
pub fn create_data_property(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    v: Value,
) -> JsResult<bool> {
    // 1. Let newDesc be the PropertyDescriptor { [[Value]]: V, [[Writable]]: true, [[Enumerable]]: true, [[Configurable]]: true }.
    // 2. Return ? O.[[DefineOwnProperty]](P, newDesc).
    define_own_property(agent, o, p, PropertyDescriptor::data(v, true, true, true))
}

/// CreateDataPropertyOrThrow ( O, P, V ) (§7.3.7)
#[doc(alias = "CreateDataPropertyOrThrow")]
pub fn create_data_property_or_throw(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    v: Value,
) -> JsResult<()> {
    if !create_data_property(agent, o, p.clone(), v)? {
        return Err(agent.type_error(format!("Cannot define property {}", key_display(&p))));
    }
    Ok(())
}

/// DefinePropertyOrThrow ( O, P, desc ) (§7.3.9)
#[doc(alias = "DefinePropertyOrThrow")]
pub fn define_property_or_throw(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    desc: PropertyDescriptor,
) -> JsResult<()> {
    if !define_own_property(agent, o, p.clone(), desc)? {
        if let ObjectKind::Proxy(_) = agent.heap.get(o).kind {
            return Err(agent.type_error(format!(
                "'defineProperty' on proxy: trap returned falsish for property '{}'",
                key_display(&p)
            )));
        }
        return Err(agent.type_error(format!("Cannot redefine property: {}", key_display(&p))));
    }
    Ok(())
}

/// DeletePropertyOrThrow ( O, P ) (§7.3.10)
#[doc(alias = "DeletePropertyOrThrow")]
pub fn delete_property_or_throw(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<()> {
    if !delete_own_property(agent, o, p)? {
        if let ObjectKind::Proxy(_) = agent.heap.get(o).kind {
            return Err(agent.type_error(format!(
                "'deleteProperty' on proxy: trap returned falsish for property '{}'",
                key_display(p)
            )));
        }
        let msg = format!(
            "Cannot delete property '{}' of {}",
            key_display(p),
            crate::describe::brief_object(agent, o)
        );
        return Err(agent.type_error(msg));
    }
    Ok(())
}

/// GetMethod ( V, P ) (§7.3.11)
#[doc(alias = "GetMethod")]
pub fn get_method(agent: &mut Agent, v: &Value, p: &PropertyKey) -> JsResult<Value> {
    // 1. Let func be ? GetV(V, P).
    let func = get_v(agent, v, p)?;
    // 2. If func is either undefined or null, return undefined.
    if func.is_nullish() {
        return Ok(Value::Undefined);
    }
    // 3. If IsCallable(func) is false, throw a TypeError exception.
    if !is_callable(agent, &func) {
        let msg = format!(
            "{} is not a function",
            crate::describe::brief_value(agent, &func)
        );
        return Err(agent.type_error(msg));
    }
    // 4. Return func.
    Ok(func)
}

/// HasOwnProperty ( O, P ) (§7.3.13)
#[doc(alias = "HasOwnProperty")]
pub fn has_own_property(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<bool> {
    // 1. Let desc be ? O.[[GetOwnProperty]](P).
    // 2. If desc is undefined, return false. 3. Return true.
    Ok(get_own_property(agent, o, p)?.is_some())
}

/// Call ( F, V [ , argumentsList ] ) (§7.3.14). Runs a nested machine loop for ECMAScript
/// functions; see `runtime_semantics::machine`.
#[doc(alias = "Call")]
pub fn call(agent: &mut Agent, f: &Value, this: Value, args: &[Value]) -> JsResult<Value> {
    // 1. If argumentsList is not present, set argumentsList to a new empty List.
    // 2. If IsCallable(F) is false, throw a TypeError exception.
    let Value::Object(fid) = f else {
        let msg = format!(
            "{} is not a function",
            crate::describe::brief_value(agent, f)
        );
        return Err(agent.type_error(msg));
    };
    if !agent.heap.get(*fid).is_callable() {
        let msg = format!(
            "{} is not a function",
            crate::describe::brief_value(agent, f)
        );
        return Err(agent.type_error(msg));
    }
    // 3. Return ? F.[[Call]](V, argumentsList).
    // NOTE(mini-js): what the call allocated before its nested loop started (its
    // environment, its arguments object) is garbage once it returns: only the completion
    // stays rooted, so a built-in that calls back a million times stays small.
    let mark = agent.heap.native_roots.mark();
    let r = crate::runtime_semantics::machine::call_function(agent, *fid, this, args.to_vec());
    agent.heap.native_roots.release(mark);
    agent.heap.native_roots.keep_completion(&r);
    r
}

/// Construct ( F [ , argumentsList [ , newTarget ] ] ) (§7.3.15)
#[doc(alias = "Construct")]
pub fn construct(
    agent: &mut Agent,
    f: ObjectId,
    args: &[Value],
    new_target: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If newTarget is not present, set newTarget to F.
    let new_target = new_target.unwrap_or(f);
    // 2-3. Return ? F.[[Construct]](argumentsList, newTarget). Only the completion stays
    //      rooted (as in Call).
    let mark = agent.heap.native_roots.mark();
    let r =
        crate::runtime_semantics::machine::construct_function(agent, f, args.to_vec(), new_target);
    agent.heap.native_roots.release(mark);
    agent.heap.native_roots.keep_completion(&r);
    r
}

/// SetIntegrityLevel ( O, level ) (§7.3.16): `frozen` true for "frozen", false for "sealed".
#[doc(alias = "SetIntegrityLevel")]
pub fn set_integrity_level(agent: &mut Agent, o: ObjectId, frozen: bool) -> JsResult<bool> {
    // 1-3. Let status be ? O.[[PreventExtensions]](). If status is false, return false.
    if !prevent_extensions(agent, o)? {
        return Ok(false);
    }
    // 4. Let keys be ? O.[[OwnPropertyKeys]]().
    let keys = own_property_keys(agent, o)?;
    for k in keys {
        let desc = if !frozen {
            // 5. If level is sealed: { [[Configurable]]: false }.
            PropertyDescriptor {
                configurable: Some(false),
                ..Default::default()
            }
        } else {
            // 6. Else: accessors get { [[Configurable]]: false }, data properties also
            //    { [[Writable]]: false }.
            match get_own_property(agent, o, &k)? {
                Some(Property::Accessor { .. }) => PropertyDescriptor {
                    configurable: Some(false),
                    ..Default::default()
                },
                Some(Property::Data { .. }) => PropertyDescriptor {
                    configurable: Some(false),
                    writable: Some(false),
                    ..Default::default()
                },
                None => continue,
            }
        };
        define_property_or_throw(agent, o, k, desc)?;
    }
    // 7. Return true.
    Ok(true)
}

/// TestIntegrityLevel ( O, level ) (§7.3.17)
#[doc(alias = "TestIntegrityLevel")]
pub fn test_integrity_level(agent: &mut Agent, o: ObjectId, frozen: bool) -> JsResult<bool> {
    // 1. Let extensible be ? IsExtensible(O).
    // 2. If extensible is true, return false.
    if is_extensible(agent, o)? {
        return Ok(false);
    }
    // 3. NOTE: If the object is extensible, none of its properties are examined.
    // 4. Let keys be ? O.[[OwnPropertyKeys]]().
    let keys = own_property_keys(agent, o)?;
    // 5. For each element k of keys, do
    for k in keys {
        // a. Let currentDesc be ? O.[[GetOwnProperty]](k).
        // b. If currentDesc is not undefined, then
        //    i. If currentDesc.[[Configurable]] is true, return false.
        //    ii. If level is frozen and IsDataDescriptor(currentDesc) is true, then if
        //        currentDesc.[[Writable]] is true, return false.
        let ok = match get_own_property(agent, o, &k)? {
            Some(Property::Data {
                configurable,
                writable,
                ..
            }) => !configurable && (!frozen || !writable),
            Some(Property::Accessor { configurable, .. }) => !configurable,
            None => true,
        };
        if !ok {
            return Ok(false);
        }
    }
    // 6. Return true.
    Ok(true)
}

/// CreateArrayFromList ( elements ) (§7.3.18)
#[doc(alias = "CreateArrayFromList")]
pub fn create_array_from_list(agent: &mut Agent, elements: Vec<Value>) -> ObjectId {
    let proto = agent.intrinsics.array_prototype;
    agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Array(ArrayStorage::from_elems(
            elements.into_iter().map(Some).collect(),
        )),
    ))
}

/// LengthOfArrayLike ( obj ) (§7.3.19)
#[doc(alias = "LengthOfArrayLike")]
pub fn length_of_array_like(agent: &mut Agent, o: ObjectId) -> JsResult<f64> {
    if let ObjectKind::Array(a) = &agent.heap.get(o).kind {
        return Ok(a.length as f64);
    }
    let len = get_str(agent, o, "length")?;
    to_length(agent, &len)
}

/// CreateListFromArrayLike ( obj ) (§7.3.20)
#[doc(alias = "CreateListFromArrayLike")]
pub fn create_list_from_array_like(agent: &mut Agent, v: &Value) -> JsResult<Vec<Value>> {
    // 1-2. If obj is not an Object, throw a TypeError exception.
    let Value::Object(o) = v else {
        return Err(agent.type_error("CreateListFromArrayLike called on non-object"));
    };
    // 3. Let len be ? LengthOfArrayLike(obj).
    let len = length_of_array_like(agent, *o)?;
    // NOTE(mini-js): the list becomes an argument list; past V8's bounds it throws before
    // allocating: "Invalid array length" past V8's largest FixedArray, else the stack
    // overflow of MAX_ARGUMENTS.
    if len > 134_217_725.0 {
        return Err(agent.range_error("Invalid array length"));
    }
    crate::runtime_semantics::machine::check_argument_count(agent, len as usize)?;
    // 4-6. Get each index in order.
    let mut list = Vec::with_capacity(len as usize);
    for i in 0..len as u64 {
        list.push(get(agent, *o, &PropertyKey::from_index(i as u32))?);
    }
    Ok(list)
}

/// Invoke ( V, P [ , argumentsList ] ) (§7.3.21)
#[doc(alias = "Invoke")]
pub fn invoke(agent: &mut Agent, v: &Value, p: &PropertyKey, args: &[Value]) -> JsResult<Value> {
    let func = get_v(agent, v, p)?;
    call(agent, &func, v.clone(), args)
}

/// OrdinaryHasInstance ( C, O ) (§7.3.22)
#[doc(alias = "OrdinaryHasInstance")]
pub fn ordinary_has_instance(agent: &mut Agent, c: &Value, o: &Value) -> JsResult<bool> {
    // 1. If IsCallable(C) is false, return false.
    if !is_callable(agent, c) {
        return Ok(false);
    }
    let cid = c.as_object().expect("callable is an object");
    // 2. If C has a [[BoundTargetFunction]] internal slot, use InstanceofOperator(O, BC).
    if let ObjectKind::Bound(b) = &agent.heap.get(cid).kind {
        let target = Value::Object(b.target);
        return crate::runtime_semantics::operators::instanceof_operator(agent, o, &target);
    }
    // 3. If O is not an Object, return false.
    let Value::Object(mut oid) = o else {
        return Ok(false);
    };
    // 4. Let P be ? Get(C, "prototype").
    let p = get_str(agent, cid, "prototype")?;
    // 5. If P is not an Object, throw a TypeError exception.
    let Value::Object(pid) = p else {
        return Err(
            agent.type_error("Function has non-object prototype 'undefined' in instanceof check")
        );
    };
    // 6. Repeat, walking O's prototype chain.
    loop {
        // a. Set O to ? O.[[GetPrototypeOf]]().
        match get_prototype_of(agent, oid)? {
            None => return Ok(false),
            Some(next) if next == pid => return Ok(true),
            Some(next) => oid = next,
        }
    }
}

/// SpeciesConstructor ( O, defaultConstructor ) (§7.3.23)
#[doc(alias = "SpeciesConstructor")]
pub fn species_constructor(
    agent: &mut Agent,
    o: ObjectId,
    default: ObjectId,
) -> JsResult<ObjectId> {
    // 1. Let C be ? Get(O, "constructor").
    let c = get_str(agent, o, "constructor")?;
    // 2. If C is undefined, return defaultConstructor.
    if c.is_undefined() {
        return Ok(default);
    }
    // 3. If C is not an Object, throw a TypeError exception.
    let Value::Object(cid) = c else {
        return Err(agent.type_error("The .constructor property is not an object"));
    };
    // 4. Let S be ? Get(C, %Symbol.species%).
    let s = get_species(agent, cid)?;
    // 5. If S is either undefined or null, return defaultConstructor.
    if s.is_nullish() {
        return Ok(default);
    }
    // 6. If IsConstructor(S) is true, return S.
    if is_constructor(agent, &s) {
        return Ok(s.as_object().expect("constructor is an object"));
    }
    // 7. Throw a TypeError exception.
    Err(agent.type_error("object.constructor[Symbol.species] is not a constructor"))
}

/// Get(C, %Symbol.species%), for SpeciesConstructor and ArraySpeciesCreate.
///
/// NOTE(mini-js): when C's own %Symbol.species% property is still the accessor the realm
/// gave %Promise% or %Array% — `get [Symbol.species]`, which returns its this value and
/// does nothing else (§27.2.4.10, §23.1.2.5) — the result is C without calling it: the
/// call could not be observed. Every `then` asks.
pub fn get_species(agent: &mut Agent, c: ObjectId) -> JsResult<Value> {
    let key = PropertyKey::Symbol(agent.symbols.species.clone());
    if let Some(Property::Accessor { get: Some(g), .. }) = agent.heap.get(c).props.get(&key) {
        if *g == agent.intrinsics.promise_species_getter
            || *g == agent.intrinsics.array_species_getter
        {
            return Ok(Value::Object(c));
        }
    }
    get(agent, c, &key)
}

/// Which part of each property EnumerableOwnProperties returns.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum EnumerableKind {
    Key,
    Value,
    KeyValue,
}

/// EnumerableOwnProperties ( O, kind ) (§7.3.24)
#[doc(alias = "EnumerableOwnProperties")]
pub fn enumerable_own_properties(
    agent: &mut Agent,
    o: ObjectId,
    kind: EnumerableKind,
) -> JsResult<Vec<Value>> {
    // 1. Let ownKeys be ? O.[[OwnPropertyKeys]]().
    let keys = own_property_keys(agent, o)?;
    // 2. Let results be a new empty List.
    let mut results = Vec::new();
    // 3. For each element key of ownKeys, do
    for key in keys {
        // a. If key is a String, then
        let PropertyKey::String(ks) = &key else {
            continue;
        };
        // i. Let desc be ? O.[[GetOwnProperty]](key).
        // ii. If desc is not undefined and desc.[[Enumerable]] is true, then
        let Some(desc) = get_own_property(agent, o, &key)? else {
            continue;
        };
        if !desc.enumerable() {
            continue;
        }
        match kind {
            // 1. If kind is key, append key to results.
            EnumerableKind::Key => results.push(Value::String(ks.clone())),
            _ => {
                // 2.a. Let value be ? Get(O, key).
                let value = get(agent, o, &key)?;
                if kind == EnumerableKind::Value {
                    results.push(value);
                } else {
                    // c.ii. Let entry be CreateArrayFromList(« key, value »).
                    let entry =
                        create_array_from_list(agent, vec![Value::String(ks.clone()), value]);
                    results.push(Value::Object(entry));
                }
            }
        }
    }
    // 4. Return results.
    Ok(results)
}

/// CopyDataProperties ( target, source, excludedItems ) (§7.3.25)
#[doc(alias = "CopyDataProperties")]
pub fn copy_data_properties(
    agent: &mut Agent,
    target: ObjectId,
    source: &Value,
    excluded: &[PropertyKey],
) -> JsResult<()> {
    // 1. If source is either undefined or null, return unused.
    if source.is_nullish() {
        return Ok(());
    }
    // 2. Let from be ! ToObject(source).
    let from = to_object(agent, source)?;
    // 3. Let keys be ? from.[[OwnPropertyKeys]]().
    let keys = own_property_keys(agent, from)?;
    // 4. For each element nextKey of keys, do
    for key in keys {
        // a-b. Skip excluded keys.
        if excluded.contains(&key) {
            continue;
        }
        // c.i. Let desc be ? from.[[GetOwnProperty]](nextKey).
        let Some(desc) = get_own_property(agent, from, &key)? else {
            continue;
        };
        // c.ii. If desc is not undefined and desc.[[Enumerable]] is true, then
        if desc.enumerable() {
            // 1. Let propValue be ? Get(from, nextKey).
            let v = get(agent, from, &key)?;
            // 2. Perform ! CreateDataPropertyOrThrow(target, nextKey, propValue).
            create_data_property_or_throw(agent, target, key, v)?;
        }
    }
    // 5. Return unused.
    Ok(())
}

/// GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto ) (§10.1.14)
#[doc(alias = "GetPrototypeFromConstructor")]
pub fn get_prototype_from_constructor(
    agent: &mut Agent,
    constructor: ObjectId,
    default: ObjectId,
) -> JsResult<ObjectId> {
    // 1. Assert: intrinsicDefaultProto is this specification's name of an intrinsic object.
    // 2. Let proto be ? Get(constructor, "prototype").
    let proto = get_str(agent, constructor, "prototype")?;
    // 3. If proto is not an Object, then
    //    a. Let realm be ? GetFunctionRealm(constructor).
    //    b. Set proto to realm's intrinsic object named intrinsicDefaultProto.
    if !matches!(proto, Value::Object(_)) {
        get_function_realm(agent, constructor)?;
    }
    // 4. Return proto.
    Ok(proto.as_object().unwrap_or(default))
}

/// GetFunctionRealm ( obj ) (§7.3.24). mini-js has one realm, so only the abrupt
/// completion is observable: a revoked proxy on the way to the function.
#[doc(alias = "GetFunctionRealm")]
pub fn get_function_realm(agent: &mut Agent, obj: ObjectId) -> JsResult<()> {
    let mut o = obj;
    loop {
        match &agent.heap.get(o).kind {
            // 2. If obj is a bound function exotic object, then return
            //    ? GetFunctionRealm(obj.[[BoundTargetFunction]]).
            ObjectKind::Bound(b) => o = b.target,
            // 3. If obj is a Proxy exotic object, then
            ObjectKind::Proxy(p) => match p.target {
                // b. Let proxyTarget be obj.[[ProxyTarget]].
                // c. Return ? GetFunctionRealm(proxyTarget).
                Some(t) => o = t,
                // a. Perform ? ValidateNonRevokedProxy(obj).
                None => {
                    return Err(agent.type_error(
                        // V8 names no operation here.
                        "Cannot perform 'undefined' on a proxy that has been revoked",
                    ));
                }
            },
            // 1. If obj has a [[Realm]] internal slot, return obj.[[Realm]].
            // 4. Return the current Realm Record.
            _ => return Ok(()),
        }
    }
}

/// OrdinaryCreateFromConstructor ( constructor, intrinsicDefaultProto ) (§10.1.13)
#[doc(alias = "OrdinaryCreateFromConstructor")]
pub fn ordinary_create_from_constructor<'a>(
    agent: &mut Agent<'a>,
    constructor: Option<ObjectId>,
    default: ObjectId,
    kind: ObjectKind<'a>,
) -> JsResult<ObjectId> {
    let proto = match constructor {
        Some(c) => get_prototype_from_constructor(agent, c, default)?,
        None => default,
    };
    Ok(agent.heap.alloc(Object::new(Some(proto), kind)))
}

/// OrdinaryObjectCreate ( proto ) (§10.1.12)
#[doc(alias = "OrdinaryObjectCreate")]
pub fn ordinary_object_create(agent: &mut Agent, proto: Option<ObjectId>) -> ObjectId {
    agent.heap.alloc(Object::new(proto, ObjectKind::Ordinary))
}

/// A new ordinary object whose prototype is %Object.prototype%.
pub fn new_object(agent: &mut Agent) -> ObjectId {
    let proto = agent.intrinsics.object_prototype;
    ordinary_object_create(agent, Some(proto))
}

/// ToPropertyKey followed by Get: `o[v]`.
pub fn get_computed(agent: &mut Agent, o: &Value, key: &Value) -> JsResult<Value> {
    let k = to_property_key(agent, key)?;
    get_v(agent, o, &k)
}

// ───────────────────────── private elements (§7.3.26-32) ─────────────────────────

/// PrivateElementFind ( O, P ) (§7.3.26)
#[doc(alias = "PrivateElementFind")]
pub fn private_element_find(agent: &Agent, o: ObjectId, p: &PrivateName) -> Option<Property> {
    agent
        .heap
        .get(o)
        .private
        .iter()
        .find(|(n, _)| n == p)
        .map(|(_, e)| e.clone())
}

/// PrivateFieldAdd ( O, P, value ) (§7.3.27)
#[doc(alias = "PrivateFieldAdd")]
pub fn private_field_add(
    agent: &mut Agent,
    o: ObjectId,
    p: PrivateName,
    value: Value,
) -> JsResult<()> {
    // 2-3. If entry is not empty, throw a TypeError exception.
    if private_element_find(agent, o, &p).is_some() {
        return Err(agent.type_error(format!(
            "Cannot initialize #{} twice on the same object",
            p.description()
        )));
    }
    // 4. Append PrivateElement { [[Key]]: P, [[Kind]]: field, [[Value]]: value } to O.[[PrivateElements]].
    agent.heap.get_mut(o).private.push((
        p,
        Property::Data {
            value,
            writable: true,
            enumerable: false,
            configurable: false,
        },
    ));
    Ok(())
}

/// PrivateMethodOrAccessorAdd ( O, method ) (§7.3.28)
#[doc(alias = "PrivateMethodOrAccessorAdd")]
pub fn private_method_or_accessor_add(
    agent: &mut Agent,
    o: ObjectId,
    p: PrivateName,
    element: Property,
) -> JsResult<()> {
    if private_element_find(agent, o, &p).is_some() {
        return Err(agent.type_error(format!(
            "Cannot initialize private methods of class {} twice on the same object",
            p.description()
        )));
    }
    agent.heap.get_mut(o).private.push((p, element));
    Ok(())
}

/// PrivateGet ( O, P ) (§7.3.31)
#[doc(alias = "PrivateGet")]
pub fn private_get(agent: &mut Agent, o: &Value, p: &PrivateName) -> JsResult<Value> {
    // 1. Let entry be PrivateElementFind(O, P).
    let entry = o
        .as_object()
        .and_then(|oid| private_element_find(agent, oid, p));
    match entry {
        // 2. If entry is empty, throw a TypeError exception.
        None => Err(agent.type_error(format!(
            "Cannot read private member #{} from an object whose class did not declare it",
            p.description()
        ))),
        // 3. If entry.[[Kind]] is either field or method, return entry.[[Value]].
        Some(Property::Data { value, .. }) => Ok(value),
        // 4-7. An accessor: call its getter.
        Some(Property::Accessor { get, .. }) => {
            let Some(get) = get else {
                return Err(agent.type_error(format!(
                    "'#{}' was defined without a getter",
                    p.description()
                )));
            };
            call(agent, &Value::Object(get), o.clone(), &[])
        }
    }
}

/// PrivateSet ( O, P, value ) (§7.3.32)
#[doc(alias = "PrivateSet")]
pub fn private_set(agent: &mut Agent, o: &Value, p: &PrivateName, value: Value) -> JsResult<()> {
    let oid = o.as_object();
    let entry = oid.and_then(|oid| private_element_find(agent, oid, p));
    match entry {
        None => Err(agent.type_error(format!(
            "Cannot write private member #{} to an object whose class did not declare it",
            p.description()
        ))),
        Some(Property::Data { writable: true, .. }) => {
            let obj = agent.heap.get_mut(oid.expect("found on an object"));
            if let Some((_, Property::Data { value: v, .. })) =
                obj.private.iter_mut().find(|(n, _)| n == p)
            {
                *v = value;
            }
            Ok(())
        }
        Some(Property::Data { .. }) => Err(agent.type_error(format!(
            "Private method '#{}' is not writable",
            p.description()
        ))),
        Some(Property::Accessor { set, .. }) => {
            let Some(set) = set else {
                return Err(agent.type_error(format!(
                    "'#{}' was defined without a setter",
                    p.description()
                )));
            };
            call(agent, &Value::Object(set), o.clone(), &[value])?;
            Ok(())
        }
    }
}

/// Whether two values are the same (used by Array.prototype.includes and Map keys).
pub fn values_same(x: &Value, y: &Value) -> bool {
    same_value(x, y)
}

/// A JsString from text.
pub fn js(s: &str) -> JsString {
    JsString::from(s)
}
