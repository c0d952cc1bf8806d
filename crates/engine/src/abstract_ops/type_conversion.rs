//! Type conversion (ECMA-262 §7.1).

use crate::abstract_ops::operations_on_objects::{call, get_method};
use crate::builtins::ErrorKind;
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreferredType {
    Default,
    String,
    Number,
}

/// ToPrimitive ( input [ , preferredType ] ) (§7.1.1)
#[doc(alias = "ToPrimitive")]
pub fn to_primitive(agent: &mut Agent, input: &Value, preferred: PreferredType) -> JsResult<Value> {
    // 1. If input is an Object, then
    let Value::Object(obj) = input else {
        // 2. Return input.
        return Ok(input.clone());
    };
    // a. Let exoticToPrim be ? GetMethod(input, %Symbol.toPrimitive%).
    let key = PropertyKey::Symbol(agent.symbols.to_primitive.clone());
    let exotic = get_method(agent, input, &key)?;
    // b. If exoticToPrim is not undefined, then
    if !exotic.is_undefined() {
        // i-iii. Let hint be "default", "string" or "number".
        let hint = match preferred {
            PreferredType::Default => "default",
            PreferredType::String => "string",
            PreferredType::Number => "number",
        };
        // iv. Let result be ? Call(exoticToPrim, input, « hint »).
        let result = call(agent, &exotic, input.clone(), &[Value::str(hint)])?;
        // v. If result is not an Object, return result.
        if !matches!(result, Value::Object(_)) {
            return Ok(result);
        }
        // vi. Throw a TypeError exception.
        return Err(agent.type_error("Cannot convert object to primitive value"));
    }
    // c. If preferredType is not present, let preferredType be number.
    let preferred = if preferred == PreferredType::Default {
        PreferredType::Number
    } else {
        preferred
    };
    // d. Return ? OrdinaryToPrimitive(input, preferredType).
    ordinary_to_primitive(agent, *obj, preferred)
}

/// OrdinaryToPrimitive ( O, hint ) (§7.1.1.1)
#[doc(alias = "OrdinaryToPrimitive")]
pub fn ordinary_to_primitive(
    agent: &mut Agent,
    o: ObjectId,
    hint: PreferredType,
) -> JsResult<Value> {
    // 1-2. Let methodNames be « "toString", "valueOf" » for string, else « "valueOf", "toString" ».
    let names = if hint == PreferredType::String {
        ["toString", "valueOf"]
    } else {
        ["valueOf", "toString"]
    };
    // 3. For each element name of methodNames, do
    for name in names {
        // a. Let method be ? Get(O, name).
        let method = crate::abstract_ops::get(agent, o, &PropertyKey::from(name))?;
        // b. If IsCallable(method) is true, then
        if crate::abstract_ops::is_callable(agent, &method) {
            // i. Let result be ? Call(method, O).
            let result = call(agent, &method, Value::Object(o), &[])?;
            // ii. If result is not an Object, return result.
            if !matches!(result, Value::Object(_)) {
                return Ok(result);
            }
        }
    }
    // 4. Throw a TypeError exception.
    Err(agent.type_error("Cannot convert object to primitive value"))
}

/// ToBoolean ( argument ) (§7.1.2)
#[doc(alias = "ToBoolean")]
pub fn to_boolean(v: &Value) -> bool {
    match v {
        Value::Undefined | Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => !(*n == 0.0 || n.is_nan()),
        Value::BigInt(b) => !num_traits::Zero::is_zero(&**b),
        Value::String(s) => !s.is_empty(),
        Value::Symbol(_) | Value::Object(_) => true,
    }
}

/// ToNumeric ( value ) (§7.1.3): a Number or a BigInt.
#[doc(alias = "ToNumeric")]
pub fn to_numeric(agent: &mut Agent, v: &Value) -> JsResult<super::bigint::Numeric> {
    super::bigint::to_numeric_value(agent, v)
}

/// ToNumber ( argument ) (§7.1.4)
#[doc(alias = "ToNumber")]
pub fn to_number(agent: &mut Agent, v: &Value) -> JsResult<f64> {
    match v {
        Value::Number(n) => Ok(*n),
        Value::Undefined => Ok(f64::NAN),
        Value::Null => Ok(0.0),
        Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
        Value::String(s) => Ok(string_to_number(s)),
        Value::Symbol(_) => Err(agent.type_error("Cannot convert a Symbol value to a number")),
        Value::BigInt(_) => Err(agent.type_error("Cannot convert a BigInt value to a number")),
        Value::Object(_) => {
            let prim = to_primitive(agent, v, PreferredType::Number)?;
            to_number(agent, &prim)
        }
    }
}

/// Whether a code unit is WhiteSpace or LineTerminator (§12.2, §12.3).
pub fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// Trims WhiteSpace and LineTerminators from both ends.
pub fn trim_js(units: &[u16]) -> &[u16] {
    let start = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    let end = units
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(start, |i| i + 1);
    &units[start..end]
}

/// StringToNumber ( str ) (§7.1.4.1.1): the StringNumericLiteral grammar.
#[doc(alias = "StringToNumber")]
pub fn string_to_number(s: &JsString) -> f64 {
    let t = trim_js(s.units());
    if t.is_empty() {
        return 0.0;
    }
    let Ok(text) = String::from_utf16(t) else {
        return f64::NAN;
    };
    let bytes = text.as_bytes();
    // NonDecimalIntegerLiteral: 0x, 0o, 0b (no sign, no separators).
    if bytes.len() > 2 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            let mut n = 0.0f64;
            for c in text[2..].chars() {
                match c.to_digit(radix) {
                    Some(d) => n = n * radix as f64 + d as f64,
                    None => return f64::NAN,
                }
            }
            return n;
        }
    }
    let (sign, rest) = match bytes[0] {
        b'+' => (1.0, &text[1..]),
        b'-' => (-1.0, &text[1..]),
        _ => (1.0, &text[..]),
    };
    if rest == "Infinity" {
        return sign * f64::INFINITY;
    }
    // StrUnsignedDecimalLiteral: digits [. digits] [e sign digits] | . digits [e …]
    let b = rest.as_bytes();
    let mut i = 0;
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let fs = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - fs;
    }
    if int_digits == 0 && frac_digits == 0 {
        return f64::NAN;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let es = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == es {
            return f64::NAN;
        }
    }
    if i != b.len() {
        return f64::NAN;
    }
    sign * rest.parse::<f64>().unwrap_or(f64::NAN)
}

/// ToIntegerOrInfinity ( argument ) (§7.1.5)
#[doc(alias = "ToIntegerOrInfinity")]
pub fn to_integer_or_infinity(agent: &mut Agent, v: &Value) -> JsResult<f64> {
    let n = to_number(agent, v)?;
    Ok(integer_or_infinity(n))
}

/// Steps 2-5 of ToIntegerOrInfinity on a Number.
pub fn integer_or_infinity(n: f64) -> f64 {
    if n.is_nan() || n == 0.0 {
        0.0
    } else if n.is_infinite() {
        n
    } else {
        n.trunc() + 0.0
    }
}

/// ToInt32 ( argument ) (§7.1.6) on a Number.
#[doc(alias = "ToInt32")]
pub fn to_int32_f64(n: f64) -> i32 {
    to_uint32_f64(n) as i32
}

/// ToUint32 ( argument ) (§7.1.7) on a Number.
#[doc(alias = "ToUint32")]
pub fn to_uint32_f64(n: f64) -> u32 {
    if !n.is_finite() || n == 0.0 {
        return 0;
    }
    let int = n.trunc();
    let m = int.rem_euclid(4294967296.0);
    m as u32
}

pub fn to_int32(agent: &mut Agent, v: &Value) -> JsResult<i32> {
    Ok(to_int32_f64(to_number(agent, v)?))
}

pub fn to_uint32(agent: &mut Agent, v: &Value) -> JsResult<u32> {
    Ok(to_uint32_f64(to_number(agent, v)?))
}

/// ToString ( argument ) (§7.1.17)
#[doc(alias = "ToString")]
pub fn to_string(agent: &mut Agent, v: &Value) -> JsResult<JsString> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Undefined => Ok(JsString::from("undefined")),
        Value::Null => Ok(JsString::from("null")),
        Value::Bool(b) => Ok(JsString::from(if *b { "true" } else { "false" })),
        Value::Number(n) => Ok(crate::value::number_to_js_string(*n)),
        Value::BigInt(b) => Ok(JsString::from(super::bigint::bigint_to_string(b, 10))),
        Value::Symbol(_) => Err(agent.type_error("Cannot convert a Symbol value to a string")),
        Value::Object(_) => {
            let prim = to_primitive(agent, v, PreferredType::String)?;
            to_string(agent, &prim)
        }
    }
}

/// ToObject ( argument ) (§7.1.18)
#[doc(alias = "ToObject")]
pub fn to_object(agent: &mut Agent, v: &Value) -> JsResult<ObjectId> {
    let (proto, kind) = match v {
        Value::Object(o) => return Ok(*o),
        Value::Undefined | Value::Null => {
            return Err(agent.type_error("Cannot convert undefined or null to object"))
        }
        Value::Bool(b) => (
            agent.intrinsics.boolean_prototype,
            ObjectKind::BooleanObject(*b),
        ),
        Value::Number(n) => (
            agent.intrinsics.number_prototype,
            ObjectKind::NumberObject(*n),
        ),
        Value::String(s) => (
            agent.intrinsics.string_prototype,
            ObjectKind::StringObject(s.clone()),
        ),
        Value::Symbol(s) => (
            agent.intrinsics.symbol_prototype,
            ObjectKind::SymbolObject(s.clone()),
        ),
        Value::BigInt(b) => (
            agent.intrinsics.bigint_prototype,
            ObjectKind::BigIntObject(b.clone()),
        ),
    };
    Ok(agent.heap.alloc(Object::new(Some(proto), kind)))
}

/// ToPropertyKey ( argument ) (§7.1.19)
#[doc(alias = "ToPropertyKey")]
pub fn to_property_key(agent: &mut Agent, v: &Value) -> JsResult<PropertyKey> {
    match v {
        Value::String(s) => {
            // A key is hashed and compared: a rope is flattened, under the heap limit only.
            agent.check_flatten(s)?;
            Ok(PropertyKey::String(s.clone()))
        }
        Value::Symbol(s) => Ok(PropertyKey::Symbol(s.clone())),
        Value::Number(n) if *n >= 0.0 && n.fract() == 0.0 && *n < 4294967295.0 => {
            Ok(PropertyKey::from_index(*n as u32))
        }
        _ => {
            // 1. Let key be ? ToPrimitive(argument, string).
            let key = to_primitive(agent, v, PreferredType::String)?;
            // 2. If key is a Symbol, return key.
            if let Value::Symbol(s) = key {
                return Ok(PropertyKey::Symbol(s));
            }
            // 3. Return ! ToString(key).
            Ok(PropertyKey::String(to_string(agent, &key)?))
        }
    }
}

/// ToLength ( argument ) (§7.1.20)
#[doc(alias = "ToLength")]
pub fn to_length(agent: &mut Agent, v: &Value) -> JsResult<f64> {
    let len = to_integer_or_infinity(agent, v)?;
    if len <= 0.0 {
        return Ok(0.0);
    }
    Ok(len.min(9007199254740991.0))
}

/// ToIndex ( value ) (§7.1.22)
#[doc(alias = "ToIndex")]
pub fn to_index(agent: &mut Agent, v: &Value) -> JsResult<f64> {
    let integer = to_integer_or_infinity(agent, v)?;
    if !(0.0..=9007199254740991.0).contains(&integer) {
        return Err(agent.throw(ErrorKind::RangeError, "Invalid index"));
    }
    Ok(integer)
}

/// A relative index argument (`at`, `slice`, …): ToIntegerOrInfinity then clamped to
/// `0..=len`, counting from the end when negative.
pub fn relative_index(agent: &mut Agent, v: &Value, len: f64, default: f64) -> JsResult<f64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let rel = to_integer_or_infinity(agent, v)?;
    Ok(if rel < 0.0 {
        (len + rel).max(0.0)
    } else {
        rel.min(len)
    })
}
