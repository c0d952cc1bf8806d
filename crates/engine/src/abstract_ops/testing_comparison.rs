//! Testing and comparison operations (ECMA-262 §7.2).

use crate::abstract_ops::bigint::{
    bigint_equal, bigint_less_than, compare_bigint_number, string_to_bigint, Numeric,
};
use crate::abstract_ops::type_conversion::{
    string_to_number, to_numeric, to_primitive, PreferredType,
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
pub fn is_array(agent: &mut Agent, v: &Value) -> JsResult<bool> {
    // 1. If argument is not an Object, return false.
    let Value::Object(mut o) = v else {
        return Ok(false);
    };
    loop {
        match &agent.heap.get(o).kind {
            // 2. If argument is an Array exotic object, return true.
            ObjectKind::Array(_) => return Ok(true),
            // 3. If argument is a Proxy exotic object, then
            ObjectKind::Proxy(p) => match p.target {
                // b. Let proxyTarget be argument.[[ProxyTarget]].
                // c. Return ? IsArray(proxyTarget).
                Some(t) => o = t,
                // a. Perform ? ValidateNonRevokedProxy(argument).
                None => {
                    return Err(agent
                        .type_error("Cannot perform 'IsArray' on a proxy that has been revoked"))
                }
            },
            // 4. Return false.
            _ => return Ok(false),
        }
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
        // 2. If x is a BigInt, return BigInt::equal(x, y).
        (Value::BigInt(a), Value::BigInt(b)) => bigint_equal(a, b),
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
        | (BigInt(_), BigInt(_))
        | (Object(_), Object(_)) => is_strictly_equal(x, y),
        // 2-3. null == undefined.
        (Undefined, Null) | (Null, Undefined) => true,
        // 5-6. Number and String: compare as numbers.
        (Number(a), String(b)) => *a == string_to_number(b),
        (String(a), Number(b)) => string_to_number(a) == *b,
        // 7. If x is a BigInt and y is a String, then
        (BigInt(a), String(b)) => match string_to_bigint(b) {
            // a. Let n be StringToBigInt(y). b. If n is undefined, return false.
            None => false,
            // c. Return ! IsLooselyEqual(x, n).
            Some(n) => bigint_equal(a, &n),
        },
        // 8. If x is a String and y is a BigInt, return ! IsLooselyEqual(y, x).
        (String(a), BigInt(b)) => match string_to_bigint(a) {
            None => false,
            Some(n) => bigint_equal(b, &n),
        },
        // 9-10. Booleans convert to Number.
        (Bool(b), _) => {
            let n = Value::Number(if *b { 1.0 } else { 0.0 });
            return is_loosely_equal(agent, &n, y);
        }
        (_, Bool(b)) => {
            let n = Value::Number(if *b { 1.0 } else { 0.0 });
            return is_loosely_equal(agent, x, &n);
        }
        // 11. x is String, Number, BigInt or Symbol and y is an Object.
        (Number(_) | String(_) | BigInt(_) | Symbol(_), Object(_)) => {
            let py = to_primitive(agent, y, PreferredType::Default)?;
            return is_loosely_equal(agent, x, &py);
        }
        // 12. x is an Object and y is String, Number, BigInt or Symbol.
        (Object(_), Number(_) | String(_) | BigInt(_) | Symbol(_)) => {
            let px = to_primitive(agent, x, PreferredType::Default)?;
            return is_loosely_equal(agent, &px, y);
        }
        // 13. If x is a BigInt and y is a Number, or if x is a Number and y is a BigInt:
        // a. If x or y is NaN, +∞ or -∞, return false. b. If ℝ(x) = ℝ(y), return true.
        (BigInt(a), Number(b)) | (Number(b), BigInt(a)) => {
            b.is_finite() && compare_bigint_number(a, *b) == Some(std::cmp::Ordering::Equal)
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
    // Two Numbers: steps 1-2 return them as they are, and 4.e is Number::lessThan.
    if let (Value::Number(nx), Value::Number(ny)) = (x, y) {
        return Ok(if nx.is_nan() || ny.is_nan() {
            None
        } else {
            Some(nx < ny)
        });
    }
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
    match (&px, &py) {
        // 3. If px is a String and py is a String, compare code units.
        (Value::String(a), Value::String(b)) => return Ok(Some(a.units() < b.units())),
        // 4.a. If px is a BigInt and py is a String, then
        (Value::BigInt(a), Value::String(b)) => {
            // i. Let ny be StringToBigInt(py). ii. If ny is undefined, return undefined.
            // iii. Return BigInt::lessThan(px, ny).
            return Ok(string_to_bigint(b).map(|ny| bigint_less_than(a, &ny)));
        }
        // 4.b. If px is a String and py is a BigInt, then
        (Value::String(a), Value::BigInt(b)) => {
            return Ok(string_to_bigint(a).map(|nx| bigint_less_than(&nx, b)));
        }
        _ => {}
    }
    // 4.c. Let nx be ? ToNumeric(px). d. Let ny be ? ToNumeric(py).
    let nx = to_numeric(agent, &px)?;
    let ny = to_numeric(agent, &py)?;
    Ok(match (nx, ny) {
        // e. If Type(nx) is Type(ny), return Number::lessThan or BigInt::lessThan.
        (Numeric::Number(nx), Numeric::Number(ny)) => {
            if nx.is_nan() || ny.is_nan() {
                None
            } else {
                Some(nx < ny)
            }
        }
        (Numeric::BigInt(a), Numeric::BigInt(b)) => Some(bigint_less_than(&a, &b)),
        // f-l. A BigInt and a Number: NaN → undefined, then ±∞, then the mathematical values.
        (Numeric::BigInt(a), Numeric::Number(b)) => {
            compare_bigint_number(&a, b).map(|o| o == std::cmp::Ordering::Less)
        }
        (Numeric::Number(a), Numeric::BigInt(b)) => {
            compare_bigint_number(&b, a).map(|o| o == std::cmp::Ordering::Greater)
        }
    })
}
