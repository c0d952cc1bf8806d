//! Proxy exotic objects (ECMA-262 §10.5) and the Proxy constructor (§28.2).
//!
//! A proxy's essential internal methods look up a trap on its handler and check the trap's
//! result against the target's invariants. `abstract_ops::operations_on_objects` dispatches
//! to the functions here when an object is a proxy (one discriminant test on the ordinary
//! path). The TypeError messages are V8's.

use crate::abstract_ops::operations_on_objects as ops;
use crate::abstract_ops::{
    arg, call, construct, create_array_from_list, is_callable, same_value, to_boolean,
};
use crate::builtins::object::to_property_descriptor;
use crate::builtins::Captures;
use crate::heap::ObjectId;
use crate::object::{validate_and_apply, Object, ObjectKind, Property, PropertyDescriptor};
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};

/// [[ProxyTarget]] and [[ProxyHandler]] (both `None` once revoked), and whether the proxy
/// has [[Call]] and [[Construct]] (fixed at creation, ProxyCreate steps 6-7).
#[derive(Clone, Copy, Debug)]
pub struct ProxyData {
    pub target: Option<ObjectId>,
    pub handler: Option<ObjectId>,
    pub callable: bool,
    pub constructor: bool,
}

/// The proxy's slots, if `o` is a proxy.
pub fn proxy_data(agent: &Agent, o: ObjectId) -> Option<ProxyData> {
    match &agent.heap.get(o).kind {
        ObjectKind::Proxy(p) => Some(*p),
        _ => None,
    }
}

/// Whether `o` is a Proxy exotic object.
#[inline]
pub fn is_proxy(agent: &Agent, o: ObjectId) -> bool {
    matches!(agent.heap.get(o).kind, ObjectKind::Proxy(_))
}

pub fn init(agent: &mut Agent) {
    // §28.2.1: the Proxy constructor has no "prototype" property.
    let proxy =
        crate::builtins::create_builtin_function(agent, proxy_constructor, 2, "Proxy", true, None);
    crate::builtins::define_method(agent, proxy, "revocable", proxy_revocable, 2);
    let global = agent.global_object;
    crate::builtins::define_hidden(agent, global, "Proxy", Value::Object(proxy));
}

/// ValidateNonRevokedProxy ( proxy ) (§10.5.14), returning the target and the handler.
#[doc(alias = "ValidateNonRevokedProxy")]
fn validate_non_revoked_proxy(
    agent: &mut Agent,
    proxy: ObjectId,
    trap: &str,
) -> JsResult<(ObjectId, ObjectId)> {
    let data = proxy_data(agent, proxy).expect("a proxy");
    match (data.target, data.handler) {
        (Some(t), Some(h)) => Ok((t, h)),
        // 1. If proxy.[[ProxyTarget]] is null, throw a TypeError exception.
        _ => Err(agent.type_error(format!(
            "Cannot perform '{trap}' on a proxy that has been revoked"
        ))),
    }
}

/// GetMethod(handler, trapName): `None` when the handler has no such trap.
fn get_trap(agent: &mut Agent, handler: ObjectId, name: &str) -> JsResult<Option<Value>> {
    let key = PropertyKey::from(name);
    let func = ops::get_v(agent, &Value::Object(handler), &key)?;
    if func.is_nullish() {
        return Ok(None);
    }
    if !is_callable(agent, &func) {
        let shown = crate::describe::no_side_effects_to_string(agent, &func);
        let holder = crate::describe::brief_object(agent, handler);
        return Err(agent.type_error(format!(
            "'{shown}' returned for property '{name}' of object '{holder}' is not a function"
        )));
    }
    Ok(Some(func))
}

/// A property key as V8 shows it in the proxy messages.
fn key_text(p: &PropertyKey) -> String {
    ops::key_display(p)
}

/// A property key as a value (the trap's argument).
fn key_value(p: &PropertyKey) -> Value {
    match p {
        PropertyKey::String(s) => Value::String(s.clone()),
        PropertyKey::Symbol(s) => Value::Symbol(s.clone()),
    }
}

/// [[GetPrototypeOf]] ( ) (§10.5.1)
fn proxy_get_prototype_of_steps(agent: &mut Agent, o: ObjectId) -> JsResult<Option<ObjectId>> {
    // 1. Perform ? ValidateNonRevokedProxy(O).
    // 2. Let target be O.[[ProxyTarget]]. 3. Let handler be O.[[ProxyHandler]].
    let (target, handler) = validate_non_revoked_proxy(agent, o, "getPrototypeOf")?;
    // 4. Let trap be ? GetMethod(handler, "getPrototypeOf").
    let Some(trap) = get_trap(agent, handler, "getPrototypeOf")? else {
        // 5. If trap is undefined, return ? target.[[GetPrototypeOf]]().
        return ops::get_prototype_of(agent, target);
    };
    // 6. Let handlerProto be ? Call(trap, handler, « target »).
    let handler_proto = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target)],
    )?;
    // 7. If handlerProto is not an Object and handlerProto is not null, throw a TypeError.
    let handler_proto = match handler_proto {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => {
            return Err(agent
                .type_error("'getPrototypeOf' on proxy: trap returned neither object nor null"))
        }
    };
    // 8. Let extensibleTarget be ? IsExtensible(target).
    // 9. If extensibleTarget is true, return handlerProto.
    if ops::is_extensible(agent, target)? {
        return Ok(handler_proto);
    }
    // 10. Let targetProto be ? target.[[GetPrototypeOf]]().
    let target_proto = ops::get_prototype_of(agent, target)?;
    // 11. If SameValue(handlerProto, targetProto) is false, throw a TypeError exception.
    if handler_proto != target_proto {
        return Err(agent.type_error(
            "'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype",
        ));
    }
    // 12. Return handlerProto.
    Ok(handler_proto)
}

/// [[SetPrototypeOf]] ( V ) (§10.5.2)
fn proxy_set_prototype_of_steps(
    agent: &mut Agent,
    o: ObjectId,
    v: Option<ObjectId>,
) -> JsResult<bool> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "setPrototypeOf")?;
    // 4. Let trap be ? GetMethod(handler, "setPrototypeOf").
    let Some(trap) = get_trap(agent, handler, "setPrototypeOf")? else {
        // 5. If trap is undefined, return ? target.[[SetPrototypeOf]](V).
        return ops::set_prototype_of(agent, target, v);
    };
    // 6. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, V »)).
    let vv = v.map_or(Value::Null, Value::Object);
    let r = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), vv],
    )?;
    // 7. If booleanTrapResult is false, return false.
    if !to_boolean(&r) {
        return Ok(false);
    }
    // 8. Let extensibleTarget be ? IsExtensible(target).
    // 9. If extensibleTarget is true, return true.
    if ops::is_extensible(agent, target)? {
        return Ok(true);
    }
    // 10. Let targetProto be ? target.[[GetPrototypeOf]]().
    let target_proto = ops::get_prototype_of(agent, target)?;
    // 11. If SameValue(V, targetProto) is false, throw a TypeError exception.
    if v != target_proto {
        return Err(agent.type_error(
            "'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target",
        ));
    }
    // 12. Return true.
    Ok(true)
}

/// [[IsExtensible]] ( ) (§10.5.3)
fn proxy_is_extensible_steps(agent: &mut Agent, o: ObjectId) -> JsResult<bool> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "isExtensible")?;
    // 4. Let trap be ? GetMethod(handler, "isExtensible").
    let Some(trap) = get_trap(agent, handler, "isExtensible")? else {
        // 5. If trap is undefined, return ? IsExtensible(target).
        return ops::is_extensible(agent, target);
    };
    // 6. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target »)).
    let r = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target)],
    )?;
    let boolean_trap_result = to_boolean(&r);
    // 7. Let targetResult be ? IsExtensible(target).
    let target_result = ops::is_extensible(agent, target)?;
    // 8. If booleanTrapResult is not targetResult, throw a TypeError exception.
    if boolean_trap_result != target_result {
        return Err(agent.type_error(format!(
            "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '{target_result}')"
        )));
    }
    // 9. Return booleanTrapResult.
    Ok(boolean_trap_result)
}

/// [[PreventExtensions]] ( ) (§10.5.4)
fn proxy_prevent_extensions_steps(agent: &mut Agent, o: ObjectId) -> JsResult<bool> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "preventExtensions")?;
    // 4. Let trap be ? GetMethod(handler, "preventExtensions").
    let Some(trap) = get_trap(agent, handler, "preventExtensions")? else {
        // 5. If trap is undefined, return ? target.[[PreventExtensions]]().
        return ops::prevent_extensions(agent, target);
    };
    // 6. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target »)).
    let r = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target)],
    )?;
    let boolean_trap_result = to_boolean(&r);
    // 7. If booleanTrapResult is true, then
    if boolean_trap_result {
        // a. Let extensibleTarget be ? IsExtensible(target).
        // b. If extensibleTarget is true, throw a TypeError exception.
        if ops::is_extensible(agent, target)? {
            return Err(agent.type_error(
                "'preventExtensions' on proxy: trap returned truish but the proxy target is extensible",
            ));
        }
    }
    // 8. Return booleanTrapResult.
    Ok(boolean_trap_result)
}

/// CompletePropertyDescriptor ( Desc ) (§6.2.6.6), as a fully populated property.
#[doc(alias = "CompletePropertyDescriptor")]
fn complete_property_descriptor(desc: PropertyDescriptor) -> Property {
    // 1-2. Like: a generic or data descriptor becomes a data property, else an accessor;
    // 3-5. missing fields get their defaults.
    let enumerable = desc.enumerable.unwrap_or(false);
    let configurable = desc.configurable.unwrap_or(false);
    if desc.is_accessor() {
        Property::Accessor {
            get: desc.get.as_ref().and_then(crate::object::accessor_function),
            set: desc.set.as_ref().and_then(crate::object::accessor_function),
            enumerable,
            configurable,
        }
    } else {
        Property::Data {
            value: desc.value.unwrap_or_default(),
            writable: desc.writable.unwrap_or(false),
            enumerable,
            configurable,
        }
    }
}

/// IsCompatiblePropertyDescriptor ( Extensible, Desc, Current ) (§10.1.6.2)
#[doc(alias = "IsCompatiblePropertyDescriptor")]
fn is_compatible_property_descriptor(
    extensible: bool,
    desc: PropertyDescriptor,
    current: Option<Property>,
) -> bool {
    // 1. Return ValidateAndApplyPropertyDescriptor(undefined, "", Extensible, Desc, Current).
    validate_and_apply(current, extensible, desc).is_some()
}

/// [[GetOwnProperty]] ( P ) (§10.5.5)
fn proxy_get_own_property_steps(
    agent: &mut Agent,
    o: ObjectId,
    p: &PropertyKey,
) -> JsResult<Option<Property>> {
    const T: &str = "'getOwnPropertyDescriptor' on proxy";
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "getOwnPropertyDescriptor")?;
    // 4. Let trap be ? GetMethod(handler, "getOwnPropertyDescriptor").
    let Some(trap) = get_trap(agent, handler, "getOwnPropertyDescriptor")? else {
        // 5. If trap is undefined, return ? target.[[GetOwnProperty]](P).
        return ops::get_own_property(agent, target, p);
    };
    // 6. Let trapResultObj be ? Call(trap, handler, « target, P »).
    let trap_result_obj = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), key_value(p)],
    )?;
    // 7. If trapResultObj is not an Object and not undefined, throw a TypeError exception.
    if !matches!(trap_result_obj, Value::Object(_) | Value::Undefined) {
        return Err(agent.type_error(format!(
            "{T}: trap returned neither object nor undefined for property '{}'",
            key_text(p)
        )));
    }
    // 8. Let targetDesc be ? target.[[GetOwnProperty]](P).
    let target_desc = ops::get_own_property(agent, target, p)?;
    // 9. If trapResultObj is undefined, then
    if trap_result_obj.is_undefined() {
        // a. If targetDesc is undefined, return undefined.
        let Some(target_desc) = target_desc else {
            return Ok(None);
        };
        // b. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
        if !target_desc.configurable() {
            return Err(agent.type_error(format!(
                "{T}: trap returned undefined for property '{}' which is non-configurable in the proxy target",
                key_text(p)
            )));
        }
        // c. Let extensibleTarget be ? IsExtensible(target).
        // d. If extensibleTarget is false, throw a TypeError exception.
        if !ops::is_extensible(agent, target)? {
            return Err(agent.type_error(format!(
                "{T}: trap returned undefined for property '{}' which exists in the non-extensible proxy target",
                key_text(p)
            )));
        }
        // e. Return undefined.
        return Ok(None);
    }
    // 10. Let extensibleTarget be ? IsExtensible(target).
    let extensible_target = ops::is_extensible(agent, target)?;
    // 11. Let resultDesc be ? ToPropertyDescriptor(trapResultObj).
    let result_desc = to_property_descriptor(agent, &trap_result_obj)?;
    // 12. Perform CompletePropertyDescriptor(resultDesc).
    let result = complete_property_descriptor(result_desc);
    let result_desc = PropertyDescriptor::from_property(&result);
    // 13. Let valid be IsCompatiblePropertyDescriptor(extensibleTarget, resultDesc, targetDesc).
    // 14. If valid is false, throw a TypeError exception.
    if !is_compatible_property_descriptor(
        extensible_target,
        result_desc.clone(),
        target_desc.clone(),
    ) {
        return Err(agent.type_error(format!(
            "{T}: trap returned descriptor for property '{}' that is incompatible with the existing property in the proxy target",
            key_text(p)
        )));
    }
    // 15. If resultDesc.[[Configurable]] is false, then
    if !result.configurable() {
        // a. If targetDesc is undefined or targetDesc.[[Configurable]] is true, throw.
        if target_desc.as_ref().is_none_or(Property::configurable) {
            return Err(agent.type_error(format!(
                "{T}: trap reported non-configurability for property '{}' which is either non-existent or configurable in the proxy target",
                key_text(p)
            )));
        }
        // b. If resultDesc has a [[Writable]] field and resultDesc.[[Writable]] is false, then
        if let Property::Data {
            writable: false, ..
        } = result
        {
            // i. Assert: targetDesc has a [[Writable]] field.
            // ii. If targetDesc.[[Writable]] is true, throw a TypeError exception.
            if matches!(target_desc, Some(Property::Data { writable: true, .. })) {
                return Err(agent.type_error(format!(
                    "{T}: trap reported non-configurable and writable for property '{}' which is non-configurable, non-writable in the proxy target",
                    key_text(p)
                )));
            }
        }
    }
    // 16. Return resultDesc.
    Ok(Some(result))
}

/// FromPropertyDescriptor ( Desc ) (§6.2.6.4) for a descriptor whose fields may be absent.
fn from_partial_descriptor(agent: &mut Agent, desc: &PropertyDescriptor) -> Value {
    let obj = ops::new_object(agent);
    let o = agent.heap.get_mut(obj);
    // 3-9. Each present field becomes a data property, in the spec's order.
    let mut put = |name: &str, v: Value| {
        o.props.insert(name.into(), Property::data(v));
    };
    if let Some(v) = &desc.value {
        put("value", v.clone());
    }
    if let Some(w) = desc.writable {
        put("writable", Value::Bool(w));
    }
    if let Some(g) = &desc.get {
        put("get", g.clone());
    }
    if let Some(s) = &desc.set {
        put("set", s.clone());
    }
    if let Some(e) = desc.enumerable {
        put("enumerable", Value::Bool(e));
    }
    if let Some(c) = desc.configurable {
        put("configurable", Value::Bool(c));
    }
    Value::Object(obj)
}

/// [[DefineOwnProperty]] ( P, Desc ) (§10.5.6)
fn proxy_define_own_property_steps(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    desc: PropertyDescriptor,
) -> JsResult<bool> {
    const T: &str = "'defineProperty' on proxy";
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "defineProperty")?;
    // 4. Let trap be ? GetMethod(handler, "defineProperty").
    let Some(trap) = get_trap(agent, handler, "defineProperty")? else {
        // 5. If trap is undefined, return ? target.[[DefineOwnProperty]](P, Desc).
        return ops::define_own_property(agent, target, p, desc);
    };
    // 6. Let descObj be FromPropertyDescriptor(Desc).
    let desc_obj = from_partial_descriptor(agent, &desc);
    // 7. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P, descObj »)).
    let r = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), key_value(&p), desc_obj],
    )?;
    // 8. If booleanTrapResult is false, return false.
    if !to_boolean(&r) {
        return Ok(false);
    }
    // 9. Let targetDesc be ? target.[[GetOwnProperty]](P).
    let target_desc = ops::get_own_property(agent, target, &p)?;
    // 10. Let extensibleTarget be ? IsExtensible(target).
    let extensible_target = ops::is_extensible(agent, target)?;
    // 11-12. settingConfigFalse: Desc has [[Configurable]] false.
    let setting_config_false = desc.configurable == Some(false);
    match &target_desc {
        // 13. If targetDesc is undefined, then
        None => {
            // a. If extensibleTarget is false, throw a TypeError exception.
            if !extensible_target {
                return Err(agent.type_error(format!(
                    "{T}: trap returned truish for adding property '{}'  to the non-extensible proxy target",
                    key_text(&p)
                )));
            }
            // b. If settingConfigFalse is true, throw a TypeError exception.
            if setting_config_false {
                return Err(agent.type_error(format!(
                    "{T}: trap returned truish for defining non-configurable property '{}' which is either non-existent or configurable in the proxy target",
                    key_text(&p)
                )));
            }
        }
        // 14. Else,
        Some(td) => {
            // a. If IsCompatiblePropertyDescriptor(extensibleTarget, Desc, targetDesc) is
            //    false, throw a TypeError exception.
            if !is_compatible_property_descriptor(extensible_target, desc.clone(), Some(td.clone()))
            {
                return Err(agent.type_error(format!(
                    "{T}: trap returned truish for adding property '{}'  that is incompatible with the existing property in the proxy target",
                    key_text(&p)
                )));
            }
            // b. If settingConfigFalse is true and targetDesc.[[Configurable]] is true, throw.
            if setting_config_false && td.configurable() {
                return Err(agent.type_error(format!(
                    "{T}: trap returned truish for defining non-configurable property '{}' which is either non-existent or configurable in the proxy target",
                    key_text(&p)
                )));
            }
            // c. If IsDataDescriptor(targetDesc) is true, targetDesc.[[Configurable]] is
            //    false, and targetDesc.[[Writable]] is true, then
            if let Property::Data {
                configurable: false,
                writable: true,
                ..
            } = td
            {
                // i. If Desc has a [[Writable]] field and Desc.[[Writable]] is false, throw.
                if desc.writable == Some(false) {
                    return Err(agent.type_error(format!(
                        "{T}: trap returned truish for defining non-configurable property '{}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.",
                        key_text(&p)
                    )));
                }
            }
        }
    }
    // 15. Return true.
    Ok(true)
}

/// [[HasProperty]] ( P ) (§10.5.7)
fn proxy_has_property_steps(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<bool> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "has")?;
    // 4. Let trap be ? GetMethod(handler, "has").
    let Some(trap) = get_trap(agent, handler, "has")? else {
        // 5. If trap is undefined, return ? target.[[HasProperty]](P).
        return ops::has_property(agent, target, p);
    };
    // 6. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P »)).
    let r = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), key_value(p)],
    )?;
    let boolean_trap_result = to_boolean(&r);
    // 7. If booleanTrapResult is false, then
    if !boolean_trap_result {
        // a. Let targetDesc be ? target.[[GetOwnProperty]](P).
        // b. If targetDesc is not undefined, then
        if let Some(target_desc) = ops::get_own_property(agent, target, p)? {
            // i. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
            if !target_desc.configurable() {
                return Err(agent.type_error(format!(
                    "'has' on proxy: trap returned falsish for property '{}' which exists in the proxy target as non-configurable",
                    key_text(p)
                )));
            }
            // ii. Let extensibleTarget be ? IsExtensible(target).
            // iii. If extensibleTarget is false, throw a TypeError exception.
            if !ops::is_extensible(agent, target)? {
                return Err(agent.type_error(format!(
                    "'has' on proxy: trap returned falsish for property '{}' but the proxy target is not extensible",
                    key_text(p)
                )));
            }
        }
    }
    // 8. Return booleanTrapResult.
    Ok(boolean_trap_result)
}

/// [[Get]] ( P, Receiver ) (§10.5.8)
fn proxy_get_steps(
    agent: &mut Agent,
    o: ObjectId,
    p: &PropertyKey,
    receiver: Value,
) -> JsResult<Value> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "get")?;
    // 4. Let trap be ? GetMethod(handler, "get").
    let Some(trap) = get_trap(agent, handler, "get")? else {
        // 5. If trap is undefined, return ? target.[[Get]](P, Receiver).
        return ops::get_with_receiver(agent, target, p, receiver);
    };
    // 6. Let trapResult be ? Call(trap, handler, « target, P, Receiver »).
    let trap_result = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), key_value(p), receiver],
    )?;
    agent.heap.native_roots.keep(&trap_result);
    // 7. Let targetDesc be ? target.[[GetOwnProperty]](P).
    let target_desc = ops::get_own_property(agent, target, p)?;
    // 8. If targetDesc is not undefined and targetDesc.[[Configurable]] is false, then
    match target_desc {
        // a. If IsDataDescriptor(targetDesc) is true and targetDesc.[[Writable]] is false,
        //    then if SameValue(trapResult, targetDesc.[[Value]]) is false, throw.
        Some(Property::Data {
            value,
            writable: false,
            configurable: false,
            ..
        }) if !same_value(&trap_result, &value) => {
            let expected = crate::describe::no_side_effects_to_string(agent, &value);
            let got = crate::describe::no_side_effects_to_string(agent, &trap_result);
            Err(agent.type_error(format!(
                "'get' on proxy: property '{}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '{expected}' but got '{got}')",
                key_text(p)
            )))
        }
        // b. If IsAccessorDescriptor(targetDesc) is true and targetDesc.[[Get]] is
        //    undefined, then if trapResult is not undefined, throw a TypeError exception.
        Some(Property::Accessor {
            get: None,
            configurable: false,
            ..
        }) if !trap_result.is_undefined() => {
            let got = crate::describe::no_side_effects_to_string(agent, &trap_result);
            Err(agent.type_error(format!(
                "'get' on proxy: property '{}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '{got}')",
                key_text(p)
            )))
        }
        // 9. Return trapResult.
        _ => Ok(trap_result),
    }
}

/// [[Set]] ( P, V, Receiver ) (§10.5.9)
fn proxy_set_steps(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    v: Value,
    receiver: Value,
) -> JsResult<bool> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "set")?;
    // 4. Let trap be ? GetMethod(handler, "set").
    let Some(trap) = get_trap(agent, handler, "set")? else {
        // 5. If trap is undefined, return ? target.[[Set]](P, V, Receiver).
        return ops::set_with_receiver(agent, target, p, v, receiver);
    };
    // 6. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P, V, Receiver »)).
    let r = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), key_value(&p), v.clone(), receiver],
    )?;
    // 7. If booleanTrapResult is false, return false.
    if !to_boolean(&r) {
        return Ok(false);
    }
    // 8. Let targetDesc be ? target.[[GetOwnProperty]](P).
    let target_desc = ops::get_own_property(agent, target, &p)?;
    // 9. If targetDesc is not undefined and targetDesc.[[Configurable]] is false, then
    match target_desc {
        // a. If IsDataDescriptor(targetDesc) is true and targetDesc.[[Writable]] is false,
        //    then if SameValue(V, targetDesc.[[Value]]) is false, throw a TypeError.
        Some(Property::Data {
            value,
            writable: false,
            configurable: false,
            ..
        }) if !same_value(&v, &value) => Err(agent.type_error(format!(
            "'set' on proxy: trap returned truish for property '{}' which exists in the proxy target as a non-configurable and non-writable data property with a different value",
            key_text(&p)
        ))),
        // b. If IsAccessorDescriptor(targetDesc) is true, then if targetDesc.[[Set]] is
        //    undefined, throw a TypeError exception.
        Some(Property::Accessor {
            set: None,
            configurable: false,
            ..
        }) => Err(agent.type_error(format!(
            "'set' on proxy: trap returned truish for property '{}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter",
            key_text(&p)
        ))),
        // 10. Return true.
        _ => Ok(true),
    }
}

/// [[Delete]] ( P ) (§10.5.10)
fn proxy_delete_steps(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<bool> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "deleteProperty")?;
    // 4. Let trap be ? GetMethod(handler, "deleteProperty").
    let Some(trap) = get_trap(agent, handler, "deleteProperty")? else {
        // 5. If trap is undefined, return ? target.[[Delete]](P).
        return ops::delete_own_property(agent, target, p);
    };
    // 6. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P »)).
    let r = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), key_value(p)],
    )?;
    // 7. If booleanTrapResult is false, return false.
    if !to_boolean(&r) {
        return Ok(false);
    }
    // 8. Let targetDesc be ? target.[[GetOwnProperty]](P).
    // 9. If targetDesc is undefined, return true.
    let Some(target_desc) = ops::get_own_property(agent, target, p)? else {
        return Ok(true);
    };
    // 10. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
    if !target_desc.configurable() {
        return Err(agent.type_error(format!(
            "'deleteProperty' on proxy: trap returned truish for property '{}' which is non-configurable in the proxy target",
            key_text(p)
        )));
    }
    // 11. Let extensibleTarget be ? IsExtensible(target).
    // 12. If extensibleTarget is false, throw a TypeError exception.
    if !ops::is_extensible(agent, target)? {
        return Err(agent.type_error(format!(
            "'deleteProperty' on proxy: trap returned truish for property '{}' but the proxy target is non-extensible",
            key_text(p)
        )));
    }
    // 13. Return true.
    Ok(true)
}

/// [[OwnPropertyKeys]] ( ) (§10.5.11)
fn proxy_own_property_keys_steps(agent: &mut Agent, o: ObjectId) -> JsResult<Vec<PropertyKey>> {
    const T: &str = "'ownKeys' on proxy";
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "ownKeys")?;
    // 4. Let trap be ? GetMethod(handler, "ownKeys").
    let Some(trap) = get_trap(agent, handler, "ownKeys")? else {
        // 5. If trap is undefined, return ? target.[[OwnPropertyKeys]]().
        return ops::own_property_keys(agent, target);
    };
    // 6. Let trapResultArray be ? Call(trap, handler, « target »).
    let trap_result_array = call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target)],
    )?;
    // 7. Let trapResult be ? CreateListFromArrayLike(trapResultArray, property-key):
    //    each element is checked as it is read.
    let Value::Object(array) = trap_result_array else {
        return Err(agent.type_error("CreateListFromArrayLike called on non-object"));
    };
    let len = ops::length_of_array_like(agent, array)?;
    if len > 134_217_725.0 {
        return Err(agent.range_error("Invalid array length"));
    }
    let mut trap_result: Vec<PropertyKey> = Vec::new();
    for i in 0..len as u32 {
        match ops::get(agent, array, &PropertyKey::from_index(i))? {
            Value::String(s) => trap_result.push(PropertyKey::String(s)),
            Value::Symbol(s) => trap_result.push(PropertyKey::Symbol(s)),
            other => {
                let shown = crate::describe::no_side_effects_to_string(agent, &other);
                return Err(agent.type_error(format!("{shown} is not a valid property name")));
            }
        }
    }
    // 8. If trapResult contains any duplicate entries, throw a TypeError exception.
    {
        let mut seen = rustc_hash::FxHashSet::default();
        for k in &trap_result {
            if !seen.insert(k.clone()) {
                return Err(agent.type_error(format!("{T}: trap returned duplicate entries")));
            }
        }
    }
    // 9. Let extensibleTarget be ? IsExtensible(target).
    let extensible_target = ops::is_extensible(agent, target)?;
    // 10. Let targetKeys be ? target.[[OwnPropertyKeys]]().
    let target_keys = ops::own_property_keys(agent, target)?;
    // 11-14. Split targetKeys into the configurable and the non-configurable ones.
    let mut target_configurable_keys = Vec::new();
    let mut target_nonconfigurable_keys = Vec::new();
    for key in target_keys {
        // 14.a. Let desc be ? target.[[GetOwnProperty]](key).
        match ops::get_own_property(agent, target, &key)? {
            // b. If desc is not undefined and desc.[[Configurable]] is false, then
            Some(d) if !d.configurable() => target_nonconfigurable_keys.push(key),
            // c. Else, append key to targetConfigurableKeys.
            _ => target_configurable_keys.push(key),
        }
    }
    // 15. If extensibleTarget is true and targetNonconfigurableKeys is empty, then
    if extensible_target && target_nonconfigurable_keys.is_empty() {
        // a. Return trapResult.
        return Ok(trap_result);
    }
    // 16. Let uncheckedResultKeys be a List whose elements are the elements of trapResult.
    let mut unchecked: Vec<Option<PropertyKey>> = trap_result.iter().cloned().map(Some).collect();
    let mut remove = |key: &PropertyKey| -> bool {
        match unchecked.iter_mut().find(|k| k.as_ref() == Some(key)) {
            Some(slot) => {
                *slot = None;
                true
            }
            None => false,
        }
    };
    // 17. For each element key of targetNonconfigurableKeys, do
    for key in &target_nonconfigurable_keys {
        // a. If uncheckedResultKeys does not contain key, throw a TypeError exception.
        // b. Remove key from uncheckedResultKeys.
        if !remove(key) {
            return Err(agent.type_error(format!(
                "{T}: trap result did not include '{}'",
                key_text(key)
            )));
        }
    }
    // 18. If extensibleTarget is true, return trapResult.
    if extensible_target {
        return Ok(trap_result);
    }
    // 19. For each element key of targetConfigurableKeys, do
    for key in &target_configurable_keys {
        // a-b. If uncheckedResultKeys does not contain key, throw; remove it.
        if !remove(key) {
            return Err(agent.type_error(format!(
                "{T}: trap result did not include '{}'",
                key_text(key)
            )));
        }
    }
    // 20. If uncheckedResultKeys is not empty, throw a TypeError exception.
    if unchecked.iter().any(Option::is_some) {
        return Err(agent.type_error(format!(
            "{T}: trap returned extra keys but proxy target is non-extensible"
        )));
    }
    // 21. Return trapResult.
    Ok(trap_result)
}

/// [[Call]] ( thisArgument, argumentsList ) (§10.5.12)
fn proxy_call_steps(
    agent: &mut Agent,
    o: ObjectId,
    this: Value,
    args: Vec<Value>,
) -> JsResult<Value> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "apply")?;
    // 4. Let trap be ? GetMethod(handler, "apply").
    let Some(trap) = get_trap(agent, handler, "apply")? else {
        // 5. If trap is undefined, return ? Call(target, thisArgument, argumentsList).
        return call(agent, &Value::Object(target), this, &args);
    };
    // 6. Let argArray be CreateArrayFromList(argumentsList).
    let arg_array = create_array_from_list(agent, args);
    // 7. Return ? Call(trap, handler, « target, thisArgument, argArray »).
    call(
        agent,
        &trap,
        Value::Object(handler),
        &[Value::Object(target), this, Value::Object(arg_array)],
    )
}

/// [[Construct]] ( argumentsList, newTarget ) (§10.5.13)
fn proxy_construct_steps(
    agent: &mut Agent,
    o: ObjectId,
    args: Vec<Value>,
    new_target: ObjectId,
) -> JsResult<Value> {
    // 1-3. Perform ? ValidateNonRevokedProxy(O); target and handler.
    let (target, handler) = validate_non_revoked_proxy(agent, o, "construct")?;
    // 4. Assert: IsConstructor(target) is true.
    // 5. Let trap be ? GetMethod(handler, "construct").
    let Some(trap) = get_trap(agent, handler, "construct")? else {
        // 6. If trap is undefined, return ? Construct(target, argumentsList, newTarget).
        return construct(agent, target, &args, Some(new_target));
    };
    // 7. Let argArray be CreateArrayFromList(argumentsList).
    let arg_array = create_array_from_list(agent, args);
    // 8. Let newObj be ? Call(trap, handler, « target, argArray, newTarget »).
    let new_obj = call(
        agent,
        &trap,
        Value::Object(handler),
        &[
            Value::Object(target),
            Value::Object(arg_array),
            Value::Object(new_target),
        ],
    )?;
    // 9. If newObj is not an Object, throw a TypeError exception.
    if !matches!(new_obj, Value::Object(_)) {
        let shown = crate::describe::no_side_effects_to_string(agent, &new_obj);
        return Err(agent.type_error(format!(
            "'construct' on proxy: trap returned non-object ('{shown}')"
        )));
    }
    // 10. Return newObj.
    Ok(new_obj)
}

/// ProxyCreate ( target, handler ) (§10.5.15)
#[doc(alias = "ProxyCreate")]
pub fn proxy_create(agent: &mut Agent, target: &Value, handler: &Value) -> JsResult<ObjectId> {
    // 1. If target is not an Object, throw a TypeError exception.
    // 2. If handler is not an Object, throw a TypeError exception.
    let (Value::Object(t), Value::Object(h)) = (target, handler) else {
        return Err(agent.type_error("Cannot create proxy with a non-object as target or handler"));
    };
    // 3. Let P be MakeBasicObject(« [[ProxyHandler]], [[ProxyTarget]] »).
    // 4. Set P's essential internal methods to the definitions in §10.5.
    // 5. If IsCallable(target) is true, then
    //    a. Set P.[[Call]] as specified in §10.5.12.
    //    b. If IsConstructor(target) is true, set P.[[Construct]] as in §10.5.13.
    let callable = is_callable(agent, target);
    let constructor = callable && crate::abstract_ops::is_constructor(agent, target);
    // 6. Set P.[[ProxyTarget]] to target. 7. Set P.[[ProxyHandler]] to handler.
    let p = agent.heap.alloc(Object::new(
        None,
        ObjectKind::Proxy(ProxyData {
            target: Some(*t),
            handler: Some(*h),
            callable,
            constructor,
        }),
    ));
    // 8. Return P.
    Ok(p)
}

/// Proxy ( target, handler ) (§28.2.1.1)
fn proxy_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    new_target: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if new_target.is_none() {
        return Err(agent.type_error("Constructor Proxy requires 'new'"));
    }
    // 2. Return ? ProxyCreate(target, handler).
    Ok(Value::Object(proxy_create(
        agent,
        &arg(args, 0),
        &arg(args, 1),
    )?))
}

/// Proxy.revocable ( target, handler ) (§28.2.2.1)
fn proxy_revocable(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let proxy be ? ProxyCreate(target, handler).
    let proxy = proxy_create(agent, &arg(args, 0), &arg(args, 1))?;
    // 2-3. Let revoker be CreateBuiltinFunction(revokerClosure, 0, "", « [[RevocableProxy]] »).
    // 4. Set revoker.[[RevocableProxy]] to proxy.
    let revoker = crate::builtins::create_builtin_function(
        agent,
        proxy_revoker,
        0,
        "",
        false,
        Some(Box::new(Captures::ProxyRevoker(std::cell::Cell::new(
            Some(proxy),
        )))),
    );
    // 5. Let result be OrdinaryObjectCreate(%Object.prototype%).
    let result = ops::new_object(agent);
    // 6. Perform ! CreateDataPropertyOrThrow(result, "proxy", proxy).
    // 7. Perform ! CreateDataPropertyOrThrow(result, "revoke", revoker).
    let r = agent.heap.get_mut(result);
    r.props
        .insert("proxy".into(), Property::data(Value::Object(proxy)));
    r.props
        .insert("revoke".into(), Property::data(Value::Object(revoker)));
    // 8. Return result.
    Ok(Value::Object(result))
}

/// The revokerClosure of Proxy.revocable (§28.2.2.1 step 1).
fn proxy_revoker(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // a. Let F be the active function object.
    // b. Let p be F.[[RevocableProxy]].
    // c. If p is null, return undefined.
    // d. Set F.[[RevocableProxy]] to null.
    let p = match crate::runtime_semantics::machine::active_captures(agent) {
        Some(Captures::ProxyRevoker(cell)) => cell.take(),
        _ => None,
    };
    let Some(p) = p else {
        return Ok(Value::Undefined);
    };
    // e. Assert: p is a Proxy exotic object.
    // f. Set p.[[ProxyTarget]] to null. g. Set p.[[ProxyHandler]] to null.
    if let ObjectKind::Proxy(data) = &mut agent.heap.get_mut(p).kind {
        data.target = None;
        data.handler = None;
    }
    // h. Return undefined.
    Ok(Value::Undefined)
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_get_prototype_of(agent: &mut Agent, o: ObjectId) -> JsResult<Option<ObjectId>> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_get_prototype_of_steps(agent, o);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_set_prototype_of(
    agent: &mut Agent,
    o: ObjectId,
    v: Option<ObjectId>,
) -> JsResult<bool> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_set_prototype_of_steps(agent, o, v);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_is_extensible(agent: &mut Agent, o: ObjectId) -> JsResult<bool> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_is_extensible_steps(agent, o);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_prevent_extensions(agent: &mut Agent, o: ObjectId) -> JsResult<bool> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_prevent_extensions_steps(agent, o);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_get_own_property(
    agent: &mut Agent,
    o: ObjectId,
    p: &PropertyKey,
) -> JsResult<Option<Property>> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_get_own_property_steps(agent, o, p);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_define_own_property(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    desc: PropertyDescriptor,
) -> JsResult<bool> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_define_own_property_steps(agent, o, p, desc);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_has_property(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<bool> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_has_property_steps(agent, o, p);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_get(
    agent: &mut Agent,
    o: ObjectId,
    p: &PropertyKey,
    receiver: Value,
) -> JsResult<Value> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_get_steps(agent, o, p, receiver);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_set(
    agent: &mut Agent,
    o: ObjectId,
    p: PropertyKey,
    v: Value,
    receiver: Value,
) -> JsResult<bool> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_set_steps(agent, o, p, v, receiver);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_delete(agent: &mut Agent, o: ObjectId, p: &PropertyKey) -> JsResult<bool> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_delete_steps(agent, o, p);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_own_property_keys(agent: &mut Agent, o: ObjectId) -> JsResult<Vec<PropertyKey>> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_own_property_keys_steps(agent, o);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_call(
    agent: &mut Agent,
    o: ObjectId,
    this: Value,
    args: Vec<Value>,
) -> JsResult<Value> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_call_steps(agent, o, this, args);
    agent.machine.native_depth -= 1;
    r
}

/// The proxy's internal method, one level deeper on the native stack (a chain of proxies
/// recurses in Rust and is bounded like nested calls).
pub fn proxy_construct(
    agent: &mut Agent,
    o: ObjectId,
    args: Vec<Value>,
    new_target: ObjectId,
) -> JsResult<Value> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    agent.machine.native_depth += 1;
    let r = proxy_construct_steps(agent, o, args, new_target);
    agent.machine.native_depth -= 1;
    r
}
