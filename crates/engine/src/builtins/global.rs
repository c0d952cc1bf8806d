//! Function properties of the global object (ECMA-262 §19.2): parseInt, parseFloat, isNaN,
//! isFinite. (globalThis, NaN, Infinity and undefined are installed by `create_intrinsics`.)

use super::define_method;
use crate::abstract_ops::{arg, is_js_whitespace, to_int32, to_number, to_string};
use crate::heap::ObjectId;
use crate::value::Value;
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let global = agent.global_object;
    define_method(agent, global, "parseInt", parse_int, 2);
    define_method(agent, global, "parseFloat", parse_float, 1);
    define_method(agent, global, "isNaN", is_nan, 1);
    define_method(agent, global, "isFinite", is_finite, 1);
    super::uri::init(agent);
}

/// isNaN ( number ) (§19.2.3)
fn is_nan(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let num be ? ToNumber(number). 2-3. Return whether num is NaN.
    let n = to_number(agent, &arg(args, 0))?;
    Ok(Value::Bool(n.is_nan()))
}

/// isFinite ( number ) (§19.2.2)
fn is_finite(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let num be ? ToNumber(number). 2-3. Return whether num is finite.
    let n = to_number(agent, &arg(args, 0))?;
    Ok(Value::Bool(n.is_finite()))
}

/// parseFloat ( string ) (§19.2.4)
pub fn parse_float(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let inputString be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    // 2. Let trimmedString be ! TrimString(inputString, start).
    let units = s.units();
    let start = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    let t: String = String::from_utf16_lossy(&units[start..]);
    Ok(Value::Number(parse_float_prefix(&t)))
}

/// The longest prefix of `t` that satisfies StrDecimalLiteral, as a Number (§19.2.4 steps 3-6).
fn parse_float_prefix(t: &str) -> f64 {
    let b = t.as_bytes();
    let mut i = 0;
    let mut sign = 1.0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        if b[i] == b'-' {
            sign = -1.0;
        }
        i += 1;
    }
    if t[i..].starts_with("Infinity") {
        return sign * f64::INFINITY;
    }
    let num_start = i;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        let mut j = i + 1;
        let mut frac = 0;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
            frac += 1;
        }
        if digits > 0 || frac > 0 {
            i = j;
            digits += frac;
        }
    }
    if digits == 0 {
        return f64::NAN;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    let text = &t[num_start..i];
    let text = if text.starts_with('.') {
        format!("0{text}")
    } else {
        text.to_string()
    };
    sign * text.parse::<f64>().unwrap_or(f64::NAN)
}

/// parseInt ( string, radix ) (§19.2.5)
pub fn parse_int(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let inputString be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    // 2. Let S be ! TrimString(inputString, start).
    let units = s.units();
    let mut i = units
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(units.len());
    // 3-5. Let sign be 1; if S starts with "-", set sign to -1; remove a leading + or -.
    let mut sign = 1.0;
    if i < units.len() && (units[i] == u16::from(b'-') || units[i] == u16::from(b'+')) {
        if units[i] == u16::from(b'-') {
            sign = -1.0;
        }
        i += 1;
    }
    // 6. Let R be ℝ(? ToInt32(radix)).
    let mut r = to_int32(agent, &arg(args, 1))?;
    // 7. Let stripPrefix be true.
    let mut strip_prefix = true;
    // 8. If R ≠ 0, then
    if r != 0 {
        // a. If R < 2 or R > 36, return NaN.
        if !(2..=36).contains(&r) {
            return Ok(Value::Number(f64::NAN));
        }
        // b. If R ≠ 16, set stripPrefix to false.
        if r != 16 {
            strip_prefix = false;
        }
    } else {
        // 9. Else, set R to 10.
        r = 10;
    }
    // 10. If stripPrefix is true and S starts with "0x" or "0X", remove them and set R to 16.
    if strip_prefix
        && i + 1 < units.len()
        && units[i] == u16::from(b'0')
        && (units[i + 1] == u16::from(b'x') || units[i + 1] == u16::from(b'X'))
    {
        i += 2;
        r = 16;
    }
    // 11-12. Let end be the index of the first non-radix-R digit.
    let digit = |c: u16| -> Option<u32> {
        let c = char::from_u32(u32::from(c))?;
        c.to_digit(36).filter(|d| *d < r as u32)
    };
    let start = i;
    let mut end = i;
    while end < units.len() && digit(units[end]).is_some() {
        end += 1;
    }
    // 13. If Z is empty, return NaN.
    if end == start {
        return Ok(Value::Number(f64::NAN));
    }
    // 14-15. Let mathInt be the integer value represented by Z in radix-R.
    let text: String = units[start..end]
        .iter()
        .filter_map(|&c| char::from_u32(u32::from(c)))
        .collect();
    let value = if r == 10 {
        // Decimal: parse exactly (correct rounding of long inputs).
        text.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        let mut v = 0.0f64;
        for c in text.chars() {
            v = v * f64::from(r) + f64::from(c.to_digit(36).unwrap_or(0));
        }
        v
    };
    // 16. If mathInt = 0 and sign is -1, return -0𝔽. 17. Return 𝔽(sign × mathInt).
    Ok(Value::Number(sign * value))
}
