//! Object objects (ECMA-262 §20.1): the Object constructor and %Object.prototype%.

use super::{create_constructor, define_method};
use crate::abstract_ops::{arg, ordinary_create_from_constructor, to_object, to_property_key};
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::Value;
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let object = create_constructor(agent, "Object", 1, object_constructor, op);
    agent.intrinsics.object = object;
    define_method(
        agent,
        op,
        "hasOwnProperty",
        object_prototype_has_own_property,
        1,
    );
    define_method(agent, op, "toString", object_prototype_to_string, 0);
    define_method(agent, op, "valueOf", object_prototype_value_of, 0);
}

/// Object ( [ value ] ) (§20.1.1.1)
fn object_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    let object = agent.intrinsics.object;
    let op = agent.intrinsics.object_prototype;
    // 1. If NewTarget is neither undefined nor the active function object, then
    if let Some(nt) = nt {
        if nt != object {
            // a. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Object.prototype%").
            return Ok(Value::Object(ordinary_create_from_constructor(
                agent,
                Some(nt),
                op,
                ObjectKind::Ordinary,
            )?));
        }
    }
    let value = arg(args, 0);
    // 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
    if value.is_nullish() {
        return Ok(Value::Object(crate::abstract_ops::new_object(agent)));
    }
    // 3. Return ! ToObject(value).
    Ok(Value::Object(to_object(agent, &value)?))
}

/// Object.prototype.hasOwnProperty ( V ) (§20.1.3.2)
fn object_prototype_has_own_property(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let P be ? ToPropertyKey(V).
    let p = to_property_key(agent, &arg(args, 0))?;
    // 2. Let O be ? ToObject(this value).
    let o = to_object(agent, &this)?;
    // 3. Return ? HasOwnProperty(O, P).
    Ok(Value::Bool(crate::abstract_ops::has_own_property(
        agent, o, &p,
    )))
}

/// Object.prototype.toString ( ) (§20.1.3.6)
pub fn object_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Undefined and null have fixed tags.
    match this {
        Value::Undefined => return Ok(Value::str("[object Undefined]")),
        Value::Null => return Ok(Value::str("[object Null]")),
        _ => {}
    }
    // 3. Let O be ! ToObject(this value).
    let o = to_object(agent, &this)?;
    // 4-14. Let builtinTag be decided by the object's internal slots.
    let builtin_tag = match &agent.heap.get(o).kind {
        ObjectKind::Array(_) => "Array",
        ObjectKind::Arguments => "Arguments",
        ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => "Function",
        ObjectKind::Error => "Error",
        ObjectKind::BooleanObject(_) => "Boolean",
        ObjectKind::NumberObject(_) => "Number",
        ObjectKind::StringObject(_) => "String",
        _ => "Object",
    };
    // 15. Let tag be ? Get(O, %Symbol.toStringTag%).
    let key = crate::value::PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    let tag = crate::abstract_ops::get(agent, o, &key)?;
    // 16. If tag is not a String, set tag to builtinTag.
    let tag = match tag {
        Value::String(s) => s.to_rust_string(),
        _ => builtin_tag.to_string(),
    };
    // 17. Return the string-concatenation of "[object ", tag, and "]".
    Ok(Value::str(&format!("[object {tag}]")))
}

/// Object.prototype.valueOf ( ) (§20.1.3.7)
fn object_prototype_value_of(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? ToObject(this value).
    Ok(Value::Object(to_object(agent, &this)?))
}
