//! Number objects (ECMA-262 §21.1) and Boolean objects (§20.3).

use super::{create_constructor, define_method, define_value, new_prototype};
use crate::abstract_ops::{
    arg, ordinary_create_from_constructor, to_boolean, to_integer_or_infinity, to_numeric,
};
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::{number_to_string, number_to_string_radix, PropertyKey, Value};
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    // %Number.prototype% is itself a Number object whose [[NumberData]] is +0.
    let proto = agent.heap.alloc(crate::object::Object::new(
        Some(op),
        ObjectKind::NumberObject(0.0),
    ));
    agent.intrinsics.number_prototype = proto;
    let number = create_constructor(agent, "Number", 1, number_constructor, proto);
    agent.intrinsics.number = number;
    let constants = [
        ("EPSILON", f64::EPSILON),
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("NaN", f64::NAN),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("POSITIVE_INFINITY", f64::INFINITY),
    ];
    for (name, v) in constants {
        define_value(agent, number, name, Value::Number(v), false, false, false);
    }
    define_method(agent, number, "isFinite", number_is_finite, 1);
    define_method(agent, number, "isInteger", number_is_integer, 1);
    define_method(agent, number, "isNaN", number_is_nan, 1);
    define_method(agent, number, "isSafeInteger", number_is_safe_integer, 1);
    // Number.parseFloat and Number.parseInt are the same function objects as the globals.
    let global = agent.global_object;
    for name in ["parseFloat", "parseInt"] {
        let f = agent
            .heap
            .get(global)
            .get_own_data(&PropertyKey::from(name))
            .unwrap_or_default();
        super::define_hidden(agent, number, name, f);
    }
    define_method(
        agent,
        proto,
        "toExponential",
        number_prototype_to_exponential,
        1,
    );
    define_method(agent, proto, "toFixed", number_prototype_to_fixed, 1);
    define_method(
        agent,
        proto,
        "toLocaleString",
        number_prototype_to_locale_string,
        0,
    );
    define_method(
        agent,
        proto,
        "toPrecision",
        number_prototype_to_precision,
        1,
    );
    define_method(agent, proto, "toString", number_prototype_to_string, 1);
    define_method(agent, proto, "valueOf", number_prototype_value_of, 0);

    // %Boolean.prototype% (§20.3.3) is a Boolean object whose [[BooleanData]] is false.
    let bproto = agent.heap.alloc(crate::object::Object::new(
        Some(op),
        ObjectKind::BooleanObject(false),
    ));
    agent.intrinsics.boolean_prototype = bproto;
    let boolean = create_constructor(agent, "Boolean", 1, boolean_constructor, bproto);
    agent.intrinsics.boolean = boolean;
    define_method(agent, bproto, "toString", boolean_prototype_to_string, 0);
    define_method(agent, bproto, "valueOf", boolean_prototype_value_of, 0);
    let _ = new_prototype;
}

/// Number ( value ) (§21.1.1.1)
fn number_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If value is present, then a. Let prim be ? ToNumeric(value).
    //    b. If prim is a BigInt, let n be 𝔽(ℝ(prim)). c. Otherwise, let n be prim.
    // 2. Else, let n be +0𝔽.
    let n = if args.is_empty() {
        0.0
    } else {
        match to_numeric(agent, &args[0])? {
            crate::abstract_ops::bigint::Numeric::Number(n) => n,
            crate::abstract_ops::bigint::Numeric::BigInt(b) => {
                crate::abstract_ops::bigint::bigint_to_number(&b)
            }
        }
    };
    // 4. If NewTarget is undefined, return n.
    let Some(nt) = nt else {
        return Ok(Value::Number(n));
    };
    // 5. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »).
    let proto = agent.intrinsics.number_prototype;
    let o = ordinary_create_from_constructor(agent, Some(nt), proto, ObjectKind::NumberObject(n))?;
    // 7. Return O.
    Ok(Value::Object(o))
}

fn number_arg(args: &[Value]) -> Option<f64> {
    match arg(args, 0) {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

/// Number.isFinite ( number ) (§21.1.2.2)
fn number_is_finite(
    _agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Bool(number_arg(args).is_some_and(f64::is_finite)))
}

/// Number.isInteger ( number ) (§21.1.2.3): IsIntegralNumber.
fn number_is_integer(
    _agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Bool(
        number_arg(args).is_some_and(|n| n.is_finite() && n.trunc() == n),
    ))
}

/// Number.isNaN ( number ) (§21.1.2.4)
fn number_is_nan(
    _agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Bool(number_arg(args).is_some_and(f64::is_nan)))
}

/// Number.isSafeInteger ( number ) (§21.1.2.5)
fn number_is_safe_integer(
    _agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Bool(number_arg(args).is_some_and(|n| {
        n.is_finite() && n.trunc() == n && n.abs() <= 9007199254740991.0
    })))
}

/// ThisNumberValue ( value ) (§21.1.3.7.1)
#[doc(alias = "ThisNumberValue")]
fn this_number_value(agent: &mut Agent, value: &Value, method: &str) -> JsResult<f64> {
    match value {
        // 1. If value is a Number, return value.
        Value::Number(n) => Ok(*n),
        // 2. If value has a [[NumberData]] internal slot, return it.
        Value::Object(o) => match agent.heap.get(*o).kind {
            ObjectKind::NumberObject(n) => Ok(n),
            _ => Err(agent.type_error(format!("{method} requires that 'this' be a Number"))),
        },
        // 3. Throw a TypeError exception.
        _ => Err(agent.type_error(format!("{method} requires that 'this' be a Number"))),
    }
}

/// The exact decimal expansion of a finite, non-negative `x`: digits d1 d2 … (no leading
/// zeros) and `point` such that x = 0.d1d2… × 10^point. Zero gives no digits.
fn exact_digits(x: f64) -> (Vec<u8>, i32) {
    let s = format!("{:.1100}", x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let mut point = int.len() as i32;
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead);
    point -= lead as i32;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    if digits.is_empty() {
        point = 0;
    }
    (digits, point)
}

/// Rounds digits to `keep` significant digits, ties away from zero (the spec's "larger n").
fn round_digits(digits: &[u8], point: i32, keep: i32) -> (Vec<u8>, i32) {
    if keep < 0 {
        return (Vec::new(), point);
    }
    let keep = keep as usize;
    let mut out: Vec<u8> = digits.iter().take(keep).copied().collect();
    out.resize(keep, 0);
    let mut point = point;
    if digits.get(keep).is_some_and(|&d| d >= 5) {
        // Propagate the carry.
        let mut i = keep;
        loop {
            if i == 0 {
                out.insert(0, 1);
                out.truncate(keep.max(1));
                point += 1;
                break;
            }
            i -= 1;
            if out[i] == 9 {
                out[i] = 0;
            } else {
                out[i] += 1;
                break;
            }
        }
    }
    (out, point)
}

fn digits_str(d: &[u8]) -> String {
    d.iter().map(|&x| char::from(b'0' + x)).collect()
}

/// Number.prototype.toFixed ( fractionDigits ) (§21.1.3.3)
fn number_prototype_to_fixed(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let x be ? ThisNumberValue(this value).
    let x = this_number_value(agent, &this, "Number.prototype.toFixed")?;
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    let f = to_integer_or_infinity(agent, &arg(args, 0))?;
    // 4. If f is not finite or f < 0 or f > 100, throw a RangeError exception.
    if !(0.0..=100.0).contains(&f) {
        return Err(agent.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    let f = f as i32;
    // 5. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return Ok(Value::str(&number_to_string(x)));
    }
    // 7-8. If x < 0, then set s to "-" and x to -x.
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    // 10. If x ≥ 10^21, let m be ! ToString(𝔽(x)).
    if x >= 1e21 {
        return Ok(Value::str(&format!("{sign}{}", number_to_string(x))));
    }
    // 9.a. Let n be an integer for which n / 10^f - x is as close to zero as possible.
    let (digits, point) = exact_digits(x);
    let (rounded, point) = round_digits(&digits, point, point + f);
    // n's digits, padded so that they have at least f + 1 digits.
    let mut n = digits_str(&rounded);
    for _ in rounded.len() as i32..point + f {
        n.push('0');
    }
    let n = n.trim_start_matches('0').to_string();
    let mut m = if n.is_empty() { "0".to_string() } else { n };
    // 10.b-c. If f ≠ 0, insert a decimal point f places from the right.
    let f = f as usize;
    if f != 0 {
        if m.len() <= f {
            m = format!("{}{m}", "0".repeat(f + 1 - m.len()));
        }
        let k = m.len();
        m = format!("{}.{}", &m[..k - f], &m[k - f..]);
    }
    // 11. Return the string-concatenation of s and m.
    Ok(Value::str(&format!("{sign}{m}")))
}

/// The shortest round-tripping digits of a finite non-negative x (Number::toString's n, k).
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let s = number_to_string(x);
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (s.clone(), 0),
    };
    let dot = mant.find('.').unwrap_or(mant.len()) as i32;
    let mut digits: Vec<u8> = mant
        .bytes()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect();
    let mut point = dot + exp;
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead);
    point -= lead as i32;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

fn exponent_suffix(e: i32) -> String {
    if e >= 0 {
        format!("e+{e}")
    } else {
        format!("e-{}", -e)
    }
}

/// Number.prototype.toExponential ( fractionDigits ) (§21.1.3.2)
fn number_prototype_to_exponential(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let x be ? ThisNumberValue(this value).
    let x = this_number_value(agent, &this, "Number.prototype.toExponential")?;
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    let fd = arg(args, 0);
    let f = to_integer_or_infinity(agent, &fd)?;
    // 4. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return Ok(Value::str(&number_to_string(x)));
    }
    // 5. If f < 0 or f > 100, throw a RangeError exception.
    if !(0.0..=100.0).contains(&f) {
        return Err(agent.range_error("toExponential() argument must be between 0 and 100"));
    }
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    let (digits, e) = if x == 0.0 {
        // 9. If x = 0, let m be f + 1 zeros and e be 0.
        let n = if fd.is_undefined() { 1 } else { f as usize + 1 };
        (vec![0; n], 0)
    } else if fd.is_undefined() {
        // 10. fractionDigits undefined: as few digits as necessary.
        let (d, p) = shortest_digits(x);
        (d, p - 1)
    } else {
        let (d, p) = exact_digits(x);
        let (r, p) = round_digits(&d, p, f as i32 + 1);
        (r, p - 1)
    };
    let m = digits_str(&digits);
    let m = if m.len() > 1 {
        format!("{}.{}", &m[..1], &m[1..])
    } else {
        m
    };
    Ok(Value::str(&format!("{sign}{m}{}", exponent_suffix(e))))
}

/// Number.prototype.toPrecision ( precision ) (§21.1.3.5)
fn number_prototype_to_precision(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let x be ? ThisNumberValue(this value).
    let x = this_number_value(agent, &this, "Number.prototype.toPrecision")?;
    // 2. If precision is undefined, return ! ToString(x).
    let pv = arg(args, 0);
    if pv.is_undefined() {
        return Ok(Value::str(&number_to_string(x)));
    }
    // 3. Let p be ? ToIntegerOrInfinity(precision).
    let p = to_integer_or_infinity(agent, &pv)?;
    // 4. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return Ok(Value::str(&number_to_string(x)));
    }
    // 5. If p < 1 or p > 100, throw a RangeError exception.
    if !(1.0..=100.0).contains(&p) {
        return Err(agent.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as i32;
    let (sign, x) = if x < 0.0 { ("-", -x) } else { ("", x) };
    // 9-10. Let m be p digits and e the exponent.
    let (digits, e) = if x == 0.0 {
        (vec![0; p as usize], 0)
    } else {
        let (d, pt) = exact_digits(x);
        let (r, pt) = round_digits(&d, pt, p);
        (r, pt - 1)
    };
    let m = digits_str(&digits);
    // 10.c. If e < -6 or e ≥ p, use exponential notation.
    if e < -6 || e >= p {
        let m = if m.len() > 1 {
            format!("{}.{}", &m[..1], &m[1..])
        } else {
            m
        };
        return Ok(Value::str(&format!("{sign}{m}{}", exponent_suffix(e))));
    }
    // 11. If e = p - 1, return s and m.
    if e == p - 1 {
        return Ok(Value::str(&format!("{sign}{m}")));
    }
    // 12. If e ≥ 0, insert a point after e + 1 digits.
    if e >= 0 {
        let k = (e + 1) as usize;
        return Ok(Value::str(&format!("{sign}{}.{}", &m[..k], &m[k..])));
    }
    // 13. Else, "0." followed by -(e + 1) zeros and m.
    Ok(Value::str(&format!(
        "{sign}0.{}{m}",
        "0".repeat((-(e + 1)) as usize)
    )))
}

/// Number.prototype.toString ( [ radix ] ) (§21.1.3.6)
fn number_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let x be ? ThisNumberValue(this value).
    let x = this_number_value(agent, &this, "Number.prototype.toString")?;
    // 2-3. If radix is undefined, let radixMV be 10; else ? ToIntegerOrInfinity(radix).
    let r = arg(args, 0);
    let radix = if r.is_undefined() {
        10.0
    } else {
        to_integer_or_infinity(agent, &r)?
    };
    // 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError.
    if !(2.0..=36.0).contains(&radix) {
        return Err(agent.range_error("toString() radix argument must be between 2 and 36"));
    }
    // 5. Return Number::toString(x, radixMV).
    if radix == 10.0 {
        return Ok(Value::str(&number_to_string(x)));
    }
    Ok(Value::str(&number_to_string_radix(x, radix as u32)))
}

/// Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (§21.1.3.4), en-US style.
fn number_prototype_to_locale_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let x = this_number_value(agent, &this, "Number.prototype.toLocaleString")?;
    if !x.is_finite() {
        return Ok(Value::str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "∞"
        } else {
            "-∞"
        }));
    }
    // Up to three fraction digits, grouped thousands.
    let (sign, ax) = if x < 0.0 { ("-", -x) } else { ("", x) };
    let (digits, point) = exact_digits(ax);
    let (r, point) = round_digits(&digits, point, point + 3);
    let s = digits_str(&r);
    let (int, frac) = if point <= 0 {
        (
            "0".to_string(),
            format!("{}{s}", "0".repeat((-point) as usize)),
        )
    } else if s.len() as i32 <= point {
        (
            format!("{s}{}", "0".repeat((point - s.len() as i32) as usize)),
            String::new(),
        )
    } else {
        (
            s[..point as usize].to_string(),
            s[point as usize..].to_string(),
        )
    };
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if grouped == "0" && frac.is_empty() {
        ""
    } else {
        sign
    };
    if frac.is_empty() {
        Ok(Value::str(&format!("{sign}{grouped}")))
    } else {
        Ok(Value::str(&format!("{sign}{grouped}.{frac}")))
    }
}

/// Number.prototype.valueOf ( ) (§21.1.3.7)
fn number_prototype_value_of(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? ThisNumberValue(this value).
    Ok(Value::Number(this_number_value(
        agent,
        &this,
        "Number.prototype.valueOf",
    )?))
}

/// Boolean ( value ) (§20.3.1.1)
fn boolean_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let b be ToBoolean(value).
    let b = to_boolean(&arg(args, 0));
    // 2. If NewTarget is undefined, return b.
    let Some(nt) = nt else {
        return Ok(Value::Bool(b));
    };
    // 3. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Boolean.prototype%", « [[BooleanData]] »).
    let proto = agent.intrinsics.boolean_prototype;
    let o = ordinary_create_from_constructor(agent, Some(nt), proto, ObjectKind::BooleanObject(b))?;
    // 5. Return O.
    Ok(Value::Object(o))
}

/// ThisBooleanValue ( value ) (§20.3.3.3.1)
#[doc(alias = "ThisBooleanValue")]
fn this_boolean_value(agent: &mut Agent, value: &Value, method: &str) -> JsResult<bool> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::Object(o) => match agent.heap.get(*o).kind {
            ObjectKind::BooleanObject(b) => Ok(b),
            _ => Err(agent.type_error(format!("{method} requires that 'this' be a Boolean"))),
        },
        _ => Err(agent.type_error(format!("{method} requires that 'this' be a Boolean"))),
    }
}

/// Boolean.prototype.toString ( ) (§20.3.3.2)
fn boolean_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let b be ? ThisBooleanValue(this value). 2. If b is true, return "true"; else "false".
    let b = this_boolean_value(agent, &this, "Boolean.prototype.toString")?;
    Ok(Value::str(if b { "true" } else { "false" }))
}

/// Boolean.prototype.valueOf ( ) (§20.3.3.3)
fn boolean_prototype_value_of(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? ThisBooleanValue(this value).
    Ok(Value::Bool(this_boolean_value(
        agent,
        &this,
        "Boolean.prototype.valueOf",
    )?))
}
