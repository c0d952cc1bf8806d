//! Function objects (ECMA-262 §20.2): %Function.prototype% and its methods.

use super::{
    create_builtin_function, define_hidden, define_method, define_symbol_method, define_value,
};
use crate::abstract_ops::{
    arg, call, create_list_from_array_like, get_str, has_own_property, is_callable,
    ordinary_has_instance, to_integer_or_infinity,
};
use crate::heap::ObjectId;
use crate::object::{BoundFunction, Object, ObjectKind};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

/// The behaviour of %Function.prototype% itself: accepts any arguments, returns undefined (§20.2.3).
pub fn function_prototype_call_behaviour(
    _agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Undefined)
}

pub fn init(agent: &mut Agent) {
    let fp = agent.intrinsics.function_prototype;
    super::set_function_length(agent, fp, 0.0);
    super::set_function_name_str(agent, fp, "");
    // The Function constructor (§20.2.1) builds functions from source text: out of the subset.
    let function = create_builtin_function(agent, function_constructor, 1, "Function", true, None);
    define_value(
        agent,
        function,
        "prototype",
        Value::Object(fp),
        false,
        false,
        false,
    );
    define_hidden(agent, fp, "constructor", Value::Object(function));
    let global = agent.global_object;
    define_hidden(agent, global, "Function", Value::Object(function));
    agent.intrinsics.function = function;
    // %ThrowTypeError% (§10.2.4.1) and AddRestrictedFunctionProperties (§10.2.4) on
    // %Function.prototype%.
    let thrower = create_throw_type_error(agent);
    agent.intrinsics.throw_type_error = thrower;
    add_restricted_function_properties(agent, fp);
    define_method(agent, fp, "apply", function_prototype_apply, 2);
    define_method(agent, fp, "bind", function_prototype_bind, 1);
    define_method(agent, fp, "call", function_prototype_call, 1);
    define_method(agent, fp, "toString", function_prototype_to_string, 0);
    let has_instance = agent.symbols.has_instance.clone();
    let f = define_symbol_method(
        agent,
        fp,
        has_instance.clone(),
        function_prototype_has_instance,
        1,
    );
    // Function.prototype[%Symbol.hasInstance%] is non-writable, non-configurable.
    define_value(
        agent,
        fp,
        PropertyKey::Symbol(has_instance),
        Value::Object(f),
        false,
        false,
        false,
    );
}

fn function_constructor(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Err(agent
        .type_error("the Function constructor (code from strings) is not supported by mini-js"))
}

/// Function.prototype.apply ( thisArg, argArray ) (§20.2.3.1)
fn function_prototype_apply(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. If IsCallable(func) is false, throw a TypeError exception.
    if !is_callable(agent, &this) {
        return Err(agent
            .type_error("Function.prototype.apply was called on a value that is not a function"));
    }
    let arg_array = arg(args, 1);
    // 3. If argArray is either undefined or null, then return ? Call(func, thisArg).
    if arg_array.is_nullish() {
        return call(agent, &this, arg(args, 0), &[]);
    }
    // 4. Let argList be ? CreateListFromArrayLike(argArray).
    let list = create_list_from_array_like(agent, &arg_array)?;
    // 5-6. Return ? Call(func, thisArg, argList).
    call(agent, &this, arg(args, 0), &list)
}

/// V8's limit on the arguments one bind may capture.
const MAX_BOUND_ARGUMENTS: usize = 65525;

/// Function.prototype.bind ( thisArg, ...args ) (§20.2.3.2)
fn function_prototype_bind(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. If IsCallable(Target) is false, throw a TypeError exception.
    let Some(target) = this.as_object().filter(|_| is_callable(agent, &this)) else {
        return Err(agent.type_error("Bind must be called on a function"));
    };
    // 3. Let F be ? BoundFunctionCreate(Target, thisArg, args).
    // NOTE(mini-js): V8 refuses more bound arguments than a call may pass.
    if args.len() > MAX_BOUND_ARGUMENTS + 1 {
        return Err(agent.range_error(format!(
            "Too many arguments in function call (only {MAX_BOUND_ARGUMENTS} allowed)"
        )));
    }
    // BoundFunctionCreate 1. Let proto be ? targetFunction.[[GetPrototypeOf]]().
    let proto = crate::abstract_ops::get_prototype_of(agent, target)?;
    let f = agent.heap.alloc(Object::new(
        proto,
        ObjectKind::Bound(Box::new(BoundFunction {
            target,
            this: arg(args, 0),
            args: args.iter().skip(1).cloned().collect(),
            lazy_name: None,
        })),
    ));
    // 4-6. Let L be max(0, targetLen - argCount) when Target has a numeric "length".
    let mut len = 0.0;
    if has_own_property(agent, target, &PropertyKey::from("length"))? {
        let target_len = get_str(agent, target, "length")?;
        if let Value::Number(n) = target_len {
            if n == f64::INFINITY {
                len = f64::INFINITY;
            } else if n.is_finite() {
                let n = to_integer_or_infinity(agent, &Value::Number(n))?;
                len = (n - (args.len().saturating_sub(1)) as f64).max(0.0);
            }
        }
    }
    // 7. Perform ! SetFunctionLength(F, L).
    super::set_function_length(agent, f, len);
    // 8-10. Let targetName be ? Get(Target, "name"); SetFunctionName(F, targetName, "bound").
    //      NOTE(mini-js): the name is kept as (count of "bound " prefixes, base) and spelled
    //      out when read (see BoundFunction::lazy_name); when Target is a bound function
    //      whose own "name" is still bind's, Get(Target, "name") is that data property
    //      and is read without spelling it out, so a chain of binds stays linear.
    let (count, base) = match &agent.heap.get(target).kind {
        ObjectKind::Bound(b) if b.lazy_name.is_some() => b.lazy_name.clone().expect("checked"),
        _ => {
            let target_name = get_str(agent, target, "name")?;
            let name = match target_name {
                Value::String(s) => s,
                _ => JsString::from(""),
            };
            (0, name)
        }
    };
    // The name's length as V8 counts it: past the string cap, bind throws.
    if 6 * (count as usize + 1) + base.len() > crate::value::MAX_STRING_LENGTH {
        return Err(agent.range_error(crate::value::INVALID_STRING_LENGTH));
    }
    super::set_function_name(agent, f, &PropertyKey::from(""), Some("bound"));
    if let ObjectKind::Bound(b) = &mut agent.heap.get_mut(f).kind {
        b.lazy_name = Some((count + 1, base));
    }
    // 11. Return F.
    Ok(Value::Object(f))
}

/// Function.prototype.call ( thisArg, ...args ) (§20.2.3.3)
fn function_prototype_call(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. If IsCallable(func) is false, throw a TypeError exception.
    if !is_callable(agent, &this) {
        return Err(agent
            .type_error("Function.prototype.call was called on a value that is not a function"));
    }
    // 3-4. Return ? Call(func, thisArg, args).
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    call(agent, &this, arg(args, 0), rest)
}

/// Function.prototype.toString ( ) (§20.2.3.5): the source text for ECMAScript functions,
/// NativeFunction syntax for built-ins.
fn function_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let Some(o) = this.as_object().filter(|_| is_callable(agent, &this)) else {
        return Err(
            agent.type_error("Function.prototype.toString requires that 'this' be a Function")
        );
    };
    Ok(Value::str(&function_source_text(agent, o)))
}

/// The text Function.prototype.toString returns for a callable object.
pub fn function_source_text(agent: &mut Agent, o: ObjectId) -> String {
    match &agent.heap.get(o).kind {
        ObjectKind::Function(f) => match f.class {
            Some(c) => c.source.to_string(),
            None => f.code.source.to_string(),
        },
        // V8 shows bound functions and callable proxies without a name.
        ObjectKind::Bound(_) | ObjectKind::Proxy(_) => "function () { [native code] }".to_string(),
        _ => {
            let name = match agent.heap.get(o).props.get(&PropertyKey::from("name")) {
                Some(crate::object::Property::Data {
                    value: Value::String(s),
                    ..
                }) => s.to_rust_string(),
                _ => String::new(),
            };
            format!("function {name}() {{ [native code] }}")
        }
    }
}

/// Function.prototype [ %Symbol.hasInstance% ] ( V ) (§20.2.3.6)
fn function_prototype_has_instance(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Return ? OrdinaryHasInstance(F, V).
    Ok(Value::Bool(ordinary_has_instance(
        agent,
        &this,
        &arg(args, 0),
    )?))
}

/// Creates %ThrowTypeError% (§10.2.4.1): an anonymous built-in function that throws a
/// TypeError, not extensible, whose "length" and "name" are neither writable nor configurable.
#[doc(alias = "%ThrowTypeError%")]
fn create_throw_type_error(agent: &mut Agent) -> ObjectId {
    let f = create_builtin_function(agent, throw_type_error, 0, "", false, None);
    define_value(agent, f, "length", Value::Number(0.0), false, false, false);
    define_value(agent, f, "name", Value::str(""), false, false, false);
    agent.heap.get_mut(f).extensible = false;
    f
}

/// %ThrowTypeError% ( ): 1. Throw a TypeError exception.
fn throw_type_error(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Err(agent.type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode \
         functions or the arguments objects for calls to them",
    ))
}

/// AddRestrictedFunctionProperties ( F, realm ) (§10.2.4)
#[doc(alias = "AddRestrictedFunctionProperties")]
fn add_restricted_function_properties(agent: &mut Agent, f: ObjectId) {
    // 1. Assert: realm.[[Intrinsics]].[[%ThrowTypeError%]] exists and has been initialized.
    // 2. Let thrower be realm.[[Intrinsics]].[[%ThrowTypeError%]].
    let thrower = Value::Object(agent.intrinsics.throw_type_error);
    // 3. Perform ! DefinePropertyOrThrow(F, "caller", PropertyDescriptor { [[Get]]: thrower,
    //    [[Set]]: thrower, [[Enumerable]]: false, [[Configurable]]: true }).
    // 4. Perform ! DefinePropertyOrThrow(F, "arguments", …the same…).
    for name in ["caller", "arguments"] {
        agent.heap.get_mut(f).props.insert(
            crate::value::PropertyKey::from(name),
            crate::object::Property::Accessor {
                get: crate::object::accessor_function(&thrower),
                set: crate::object::accessor_function(&thrower),
                enumerable: false,
                configurable: true,
            },
        );
    }
    // 5. Return unused.
}
