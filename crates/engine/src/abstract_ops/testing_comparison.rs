//! Testing and comparison operations (ECMA-262 §7.2).

use crate::abstract_ops::type_conversion::{
    string_to_number, to_number, to_primitive, PreferredType,
};
use crate::object::ObjectKind;
use crate::value::Value;
use crate::{Agent, JsResult};

/// RequireObjectCoercible ( argument ) (§7.2.1)
#[doc(alias = "RequireObjectCoercible")]
pub fn require_object_coercible(agent: &mut Agent, v: &Value) -> JsResult<()> {
    if v.is_nullish() {
        return Err(agent.type_error("Cannot convert undefined or null to object"));
    }
    Ok(())
}

/// IsArray ( argument ) (§7.2.2)
#[doc(alias = "IsArray")]
pub fn is_array(agent: &Agent, v: &Value) -> bool {
    match v {
        Value::Object(o) => matches!(agent.heap.get(*o).kind, ObjectKind::Array(_)),
        _ => false,
    }
}

/// IsCallable ( argument ) (§7.2.3)
#[doc(alias = "IsCallable")]
pub fn is_callable(agent: &Agent, v: &Value) -> bool {
    match v {
        Value::Object(o) => agent.heap.get(*o).is_callable(),
        _ => false,
    }
}

/// IsConstructor ( argument ) (§7.2.4)
#[doc(alias = "IsConstructor")]
pub fn is_constructor(agent: &Agent, v: &Value) -> bool {
    let Value::Object(mut o) = v else {
        return false;
    };
    loop {
        let obj = agent.heap.get(o);
        match &obj.kind {
            ObjectKind::Bound(b) => o = b.target,
            _ => return obj.is_constructor(),
        }
    }
}

/// SameValue ( x, y ) (§7.2.9)
#[doc(alias = "SameValue")]
pub fn same_value(x: &Value, y: &Value) -> bool {
    crate::object::same_value_ref(x, y)
}

/// SameValueZero ( x, y ) (§7.2.10)
#[doc(alias = "SameValueZero")]
pub fn same_value_zero(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Number(a), Value::Number(b)) => (a.is_nan() && b.is_nan()) || a == b,
        _ => same_value_non_number(x, y),
    }
}

/// SameValueNonNumber ( x, y ) (§7.2.11)
#[doc(alias = "SameValueNonNumber")]
pub fn same_value_non_number(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::String(a), Value::String(b)) => a == b,
        (Value::Symbol(a), Value::Symbol(b)) => a == b,
        (Value::Object(a), Value::Object(b)) => a == b,
        (Value::Number(a), Value::Number(b)) => a == b,
        _ => false,
    }
}

/// IsStrictlyEqual ( x, y ) (§7.2.15)
#[doc(alias = "IsStrictlyEqual")]
pub fn is_strictly_equal(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Number(a), Value::Number(b)) => a == b,
        _ => same_value_non_number(x, y),
    }
}

/// IsLooselyEqual ( x, y ) (§7.2.14)
#[doc(alias = "IsLooselyEqual")]
pub fn is_loosely_equal(agent: &mut Agent, x: &Value, y: &Value) -> JsResult<bool> {
    use Value::*;
    Ok(match (x, y) {
        // 1. If Type(x) is Type(y), return IsStrictlyEqual(x, y).
        (Undefined, Undefined) | (Null, Null) => true,
        (Number(_), Number(_))
        | (String(_), String(_))
        | (Bool(_), Bool(_))
        | (Symbol(_), Symbol(_))
        | (Object(_), Object(_)) => is_strictly_equal(x, y),
        // 2-3. null == undefined.
        (Undefined, Null) | (Null, Undefined) => true,
        // 5-6. Number and String: compare as numbers.
        (Number(a), String(b)) => *a == string_to_number(b),
        (String(a), Number(b)) => string_to_number(a) == *b,
        // 9-10. Booleans convert to Number.
        (Bool(b), _) => {
            let n = Value::Number(if *b { 1.0 } else { 0.0 });
            return is_loosely_equal(agent, &n, y);
        }
        (_, Bool(b)) => {
            let n = Value::Number(if *b { 1.0 } else { 0.0 });
            return is_loosely_equal(agent, x, &n);
        }
        // 11. x is String, Number or Symbol and y is an Object.
        (Number(_) | String(_) | Symbol(_), Object(_)) => {
            let py = to_primitive(agent, y, PreferredType::Default)?;
            return is_loosely_equal(agent, x, &py);
        }
        // 12. x is an Object and y is String, Number or Symbol.
        (Object(_), Number(_) | String(_) | Symbol(_)) => {
            let px = to_primitive(agent, x, PreferredType::Default)?;
            return is_loosely_equal(agent, &px, y);
        }
        // 14. Return false.
        _ => false,
    })
}

/// IsLessThan ( x, y, LeftFirst ) (§7.2.13). `None` stands for the spec's undefined.
#[doc(alias = "IsLessThan")]
pub fn is_less_than(
    agent: &mut Agent,
    x: &Value,
    y: &Value,
    left_first: bool,
) -> JsResult<Option<bool>> {
    // 1-2. ToPrimitive in the order LeftFirst says.
    let (px, py) = if left_first {
        let px = to_primitive(agent, x, PreferredType::Number)?;
        let py = to_primitive(agent, y, PreferredType::Number)?;
        (px, py)
    } else {
        let py = to_primitive(agent, y, PreferredType::Number)?;
        let px = to_primitive(agent, x, PreferredType::Number)?;
        (px, py)
    };
    // 3. If px is a String and py is a String, compare code units.
    if let (Value::String(a), Value::String(b)) = (&px, &py) {
        return Ok(Some(a.units() < b.units()));
    }
    // 4. Else, compare as numbers.
    let nx = to_number(agent, &px)?;
    let ny = to_number(agent, &py)?;
    if nx.is_nan() || ny.is_nan() {
        return Ok(None);
    }
    Ok(Some(nx < ny))
}
