//! The Reflect object (ECMA-262 §28.1): the essential internal methods as functions.

use crate::abstract_ops::operations_on_objects as ops;
use crate::abstract_ops::{
    arg, call, construct, create_array_from_list, create_list_from_array_like, is_callable,
    is_constructor, to_property_key,
};
use crate::builtins::object::{from_property_descriptor, to_property_descriptor};
use crate::heap::ObjectId;
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    // §28.1: an ordinary object whose [[Prototype]] is %Object.prototype%.
    let reflect = ops::new_object(agent);
    let methods: [(&str, crate::object::NativeFn, u32); 13] = [
        ("defineProperty", reflect_define_property, 3),
        ("deleteProperty", reflect_delete_property, 2),
        ("apply", reflect_apply, 3),
        ("construct", reflect_construct, 2),
        ("get", reflect_get, 2),
        (
            "getOwnPropertyDescriptor",
            reflect_get_own_property_descriptor,
            2,
        ),
        ("getPrototypeOf", reflect_get_prototype_of, 1),
        ("has", reflect_has, 2),
        ("isExtensible", reflect_is_extensible, 1),
        ("ownKeys", reflect_own_keys, 1),
        ("preventExtensions", reflect_prevent_extensions, 1),
        ("set", reflect_set, 3),
        ("setPrototypeOf", reflect_set_prototype_of, 2),
    ];
    for (name, f, len) in methods {
        crate::builtins::define_method(agent, reflect, name, f, len);
    }
    // §28.1.14 Reflect [ %Symbol.toStringTag% ]
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    crate::builtins::define_value(
        agent,
        reflect,
        tag,
        Value::str("Reflect"),
        false,
        false,
        true,
    );
    let global = agent.global_object;
    crate::builtins::define_hidden(agent, global, "Reflect", Value::Object(reflect));
}

/// Step 1 of most Reflect functions: "If target is not an Object, throw a TypeError".
fn target_object(agent: &mut Agent, v: &Value, method: &str) -> JsResult<ObjectId> {
    match v {
        Value::Object(o) => Ok(*o),
        _ => Err(agent.type_error(format!("Reflect.{method} called on non-object"))),
    }
}

/// Reflect.apply ( target, thisArgument, argumentsList ) (§28.1.1)
fn reflect_apply(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let target = arg(args, 0);
    // 1. If IsCallable(target) is false, throw a TypeError exception.
    if !is_callable(agent, &target) {
        let shown = crate::describe::no_side_effects_to_string(agent, &target);
        let kind = type_word(&target);
        return Err(agent.type_error(format!(
            "Function.prototype.apply was called on {shown}, which is {kind} and not a function"
        )));
    }
    // 2. Let args be ? CreateListFromArrayLike(argumentsList).
    let list = arg(args, 2);
    if !matches!(list, Value::Object(_)) {
        return Err(agent.type_error("CreateListFromArrayLike called on non-object"));
    }
    let list = create_list_from_array_like(agent, &list)?;
    // 3. Perform PrepareForTailCall().
    // 4. Return ? Call(target, thisArgument, args).
    call(agent, &target, arg(args, 1), &list)
}

/// Reflect.construct ( target, argumentsList [ , newTarget ] ) (§28.1.2)
fn reflect_construct(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let target = arg(args, 0);
    // 1. If IsConstructor(target) is false, throw a TypeError exception.
    if !is_constructor(agent, &target) {
        let shown = crate::describe::no_side_effects_to_string(agent, &target);
        return Err(agent.type_error(format!("{shown} is not a constructor")));
    }
    // 2. If newTarget is not present, set newTarget to target.
    let new_target = if args.len() < 3 {
        target.clone()
    } else {
        arg(args, 2)
    };
    // 3. Else if IsConstructor(newTarget) is false, throw a TypeError exception.
    if !is_constructor(agent, &new_target) {
        let shown = crate::describe::no_side_effects_to_string(agent, &new_target);
        return Err(agent.type_error(format!("{shown} is not a constructor")));
    }
    // 4. Let args be ? CreateListFromArrayLike(argumentsList).
    let list = arg(args, 1);
    if !matches!(list, Value::Object(_)) {
        return Err(agent.type_error("CreateListFromArrayLike called on non-object"));
    }
    let list = create_list_from_array_like(agent, &list)?;
    // 5. Return ? Construct(target, args, newTarget).
    let (Value::Object(t), Value::Object(nt)) = (target, new_target) else {
        unreachable!("constructors are objects")
    };
    construct(agent, t, &list, Some(nt))
}

/// Reflect.defineProperty ( target, propertyKey, attributes ) (§28.1.3)
fn reflect_define_property(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "defineProperty")?;
    // 2. Let key be ? ToPropertyKey(propertyKey).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. Let desc be ? ToPropertyDescriptor(attributes).
    let desc = to_property_descriptor(agent, &arg(args, 2))?;
    // 4. Return ? target.[[DefineOwnProperty]](key, desc).
    Ok(Value::Bool(ops::define_own_property(
        agent, target, key, desc,
    )?))
}

/// Reflect.deleteProperty ( target, propertyKey ) (§28.1.4)
fn reflect_delete_property(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "deleteProperty")?;
    // 2. Let key be ? ToPropertyKey(propertyKey).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. Return ? target.[[Delete]](key).
    Ok(Value::Bool(ops::delete_own_property(agent, target, &key)?))
}

/// Reflect.get ( target, propertyKey [ , receiver ] ) (§28.1.5)
fn reflect_get(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "get")?;
    // 2. Let key be ? ToPropertyKey(propertyKey).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. If receiver is not present, set receiver to target.
    let receiver = if args.len() < 3 {
        Value::Object(target)
    } else {
        arg(args, 2)
    };
    // 4. Return ? target.[[Get]](key, receiver).
    ops::get_with_receiver(agent, target, &key, receiver)
}

/// Reflect.getOwnPropertyDescriptor ( target, propertyKey ) (§28.1.6)
fn reflect_get_own_property_descriptor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "getOwnPropertyDescriptor")?;
    // 2. Let key be ? ToPropertyKey(propertyKey).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. Let desc be ? target.[[GetOwnProperty]](key).
    let desc = ops::get_own_property(agent, target, &key)?;
    // 4. Return FromPropertyDescriptor(desc).
    Ok(from_property_descriptor(agent, desc.as_ref()))
}

/// Reflect.getPrototypeOf ( target ) (§28.1.7)
fn reflect_get_prototype_of(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "getPrototypeOf")?;
    // 2. Return ? target.[[GetPrototypeOf]]().
    Ok(ops::get_prototype_of(agent, target)?.map_or(Value::Null, Value::Object))
}

/// Reflect.has ( target, propertyKey ) (§28.1.8)
fn reflect_has(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "has")?;
    // 2. Let key be ? ToPropertyKey(propertyKey).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. Return ? target.[[HasProperty]](key).
    Ok(Value::Bool(ops::has_property(agent, target, &key)?))
}

/// Reflect.isExtensible ( target ) (§28.1.9)
fn reflect_is_extensible(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "isExtensible")?;
    // 2. Return ? target.[[IsExtensible]]().
    Ok(Value::Bool(ops::is_extensible(agent, target)?))
}

/// Reflect.ownKeys ( target ) (§28.1.10)
fn reflect_own_keys(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "ownKeys")?;
    // 2. Let keys be ? target.[[OwnPropertyKeys]]().
    let keys = ops::own_property_keys(agent, target)?;
    // 3. Return CreateArrayFromList(keys).
    let values = keys
        .into_iter()
        .map(|k| match k {
            PropertyKey::String(s) => Value::String(s),
            PropertyKey::Symbol(s) => Value::Symbol(s),
        })
        .collect();
    Ok(Value::Object(create_array_from_list(agent, values)))
}

/// Reflect.preventExtensions ( target ) (§28.1.11)
fn reflect_prevent_extensions(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "preventExtensions")?;
    // 2. Return ? target.[[PreventExtensions]]().
    Ok(Value::Bool(ops::prevent_extensions(agent, target)?))
}

/// Reflect.set ( target, propertyKey, V [ , receiver ] ) (§28.1.12)
fn reflect_set(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "set")?;
    // 2. Let key be ? ToPropertyKey(propertyKey).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. If receiver is not present, set receiver to target.
    let receiver = if args.len() < 4 {
        Value::Object(target)
    } else {
        arg(args, 3)
    };
    // 4. Return ? target.[[Set]](key, V, receiver).
    Ok(Value::Bool(ops::set_with_receiver(
        agent,
        target,
        key,
        arg(args, 2),
        receiver,
    )?))
}

/// Reflect.setPrototypeOf ( target, proto ) (§28.1.13)
fn reflect_set_prototype_of(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If target is not an Object, throw a TypeError exception.
    let target = target_object(agent, &arg(args, 0), "setPrototypeOf")?;
    // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        other => {
            let shown = crate::describe::no_side_effects_to_string(agent, &other);
            return Err(agent.type_error(format!(
                "Object prototype may only be an Object or null: {shown}"
            )));
        }
    };
    // 3. Return ? target.[[SetPrototypeOf]](proto).
    Ok(Value::Bool(ops::set_prototype_of(agent, target, proto)?))
}

/// The typeof of a non-callable value with its article, as V8's apply message words it.
fn type_word(v: &Value) -> &'static str {
    match v {
        Value::Undefined => "undefined",
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Symbol(_) => "a symbol",
        Value::BigInt(_) => "a bigint",
        Value::Object(_) => "an object",
    }
}
