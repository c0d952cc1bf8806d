//! String objects (ECMA-262 §22.1): the String constructor and %String.prototype%.

use super::iterator::{code_point_at, create_string_iterator};
use super::{create_constructor, define_method, define_symbol_method};
use crate::abstract_ops::{
    arg, call, get, get_prototype_from_constructor, get_str, is_callable, length_of_array_like,
    to_integer_or_infinity, to_number, to_object, to_string, to_uint32_f64,
};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

type Native = fn(&mut Agent, Value, &[Value], Option<ObjectId>) -> JsResult<Value>;

/// The longest string the engine builds (V8's limit is about 2**29 code units).
const MAX_STRING_LENGTH: f64 = crate::value::MAX_STRING_LENGTH as f64;
use crate::value::{string_length_ok, INVALID_STRING_LENGTH};

pub fn init(agent: &mut Agent) {
    // %String.prototype% is a String exotic object whose [[StringData]] is "" (§22.1.3).
    let op = agent.intrinsics.object_prototype;
    let proto = agent.heap.alloc(Object::new(
        Some(op),
        ObjectKind::StringObject(JsString::from("")),
    ));
    agent.intrinsics.string_prototype = proto;
    let string = create_constructor(agent, "String", 1, string_constructor, proto);
    agent.intrinsics.string = string;
    define_method(agent, string, "fromCharCode", string_from_char_code, 1);
    define_method(agent, string, "fromCodePoint", string_from_code_point, 1);
    define_method(agent, string, "raw", string_raw, 1);
    let methods: &[(&str, Native, u32)] = &[
        ("at", string_prototype_at, 1),
        ("charAt", string_prototype_char_at, 1),
        ("charCodeAt", string_prototype_char_code_at, 1),
        ("codePointAt", string_prototype_code_point_at, 1),
        ("concat", string_prototype_concat, 1),
        ("endsWith", string_prototype_ends_with, 1),
        ("includes", string_prototype_includes, 1),
        ("indexOf", string_prototype_index_of, 1),
        ("lastIndexOf", string_prototype_last_index_of, 1),
        ("isWellFormed", string_prototype_is_well_formed, 0),
        ("localeCompare", string_prototype_locale_compare, 1),
        ("normalize", string_prototype_normalize, 0),
        ("padEnd", string_prototype_pad_end, 1),
        ("padStart", string_prototype_pad_start, 1),
        ("repeat", string_prototype_repeat, 1),
        ("replace", string_prototype_replace, 2),
        ("replaceAll", string_prototype_replace_all, 2),
        ("slice", string_prototype_slice, 2),
        ("split", string_prototype_split, 2),
        ("startsWith", string_prototype_starts_with, 1),
        ("substring", string_prototype_substring, 2),
        ("substr", string_prototype_substr, 2),
        ("toLowerCase", string_prototype_to_lower_case, 0),
        ("toUpperCase", string_prototype_to_upper_case, 0),
        ("toLocaleLowerCase", string_prototype_to_lower_case, 0),
        ("toLocaleUpperCase", string_prototype_to_upper_case, 0),
        ("toString", string_prototype_to_string, 0),
        ("toWellFormed", string_prototype_to_well_formed, 0),
        ("trim", string_prototype_trim, 0),
        ("trimEnd", string_prototype_trim_end, 0),
        ("trimStart", string_prototype_trim_start, 0),
        ("valueOf", string_prototype_to_string, 0),
    ];
    for (name, f, len) in methods {
        define_method(agent, proto, name, *f, *len);
    }
    // Annex B: trimLeft and trimRight are the same function objects as trimStart and trimEnd.
    for (alias, name) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
        if let Some(f) = agent.heap.get(proto).get_own_data(&PropertyKey::from(name)) {
            super::define_hidden(agent, proto, alias, f);
        }
    }
    let sym = agent.symbols.iterator.clone();
    define_symbol_method(agent, proto, sym, string_prototype_iterator, 0);
}

/// String ( value ) (§22.1.1.1)
fn string_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. If value is not present, let s be the empty String; a Symbol called as a function
    //      gives SymbolDescriptiveString.
    let s = match args.first() {
        None => JsString::from(""),
        Some(Value::Symbol(sym)) if nt.is_none() => JsString::from(sym.descriptive_string()),
        Some(v) => to_string(agent, v)?,
    };
    // 3. If NewTarget is undefined, return s.
    let Some(nt) = nt else {
        return Ok(Value::String(s));
    };
    // 4. Return StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")).
    let sp = agent.intrinsics.string_prototype;
    let proto = get_prototype_from_constructor(agent, nt, sp)?;
    Ok(Value::Object(agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::StringObject(s),
    ))))
}

/// String.fromCharCode ( ...codeUnits ) (§22.1.2.1)
fn string_from_char_code(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for a in args {
        // ToUint16(next)
        let n = to_number(agent, a)?;
        units.push(to_uint32_f64(n) as u16);
    }
    Ok(Value::String(JsString::from(units)))
}

fn push_code_point(units: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        units.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        units.push(0xD800 + (c >> 10) as u16);
        units.push(0xDC00 + (c & 0x3FF) as u16);
    }
}

/// String.fromCodePoint ( ...codePoints ) (§22.1.2.2)
fn string_from_code_point(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let mut units = Vec::with_capacity(args.len());
    for a in args {
        // a. Let nextCP be ? ToNumber(next).
        let n = to_number(agent, a)?;
        // b-c. If nextCP is not an integral Number in 0..=0x10FFFF, throw a RangeError.
        if n.fract() != 0.0 || !(0.0..=1114111.0).contains(&n) {
            let shown = crate::describe::brief_value(agent, &Value::Number(n));
            return Err(agent.range_error(format!("Invalid code point {shown}")));
        }
        // d. Append UTF16EncodeCodePoint(nextCP).
        push_code_point(&mut units, n as u32);
    }
    Ok(Value::String(JsString::from(units)))
}

/// String.raw ( template, ...substitutions ) (§22.1.2.4)
fn string_raw(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 3. Let cooked be ? ToObject(template).
    let cooked = to_object(agent, &arg(args, 0))?;
    // 4. Let literals be ? ToObject(? Get(cooked, "raw")).
    let raw = get_str(agent, cooked, "raw")?;
    let literals = to_object(agent, &raw)?;
    // 5. Let literalCount be ? LengthOfArrayLike(literals).
    let count = length_of_array_like(agent, literals)?;
    // 6. If literalCount ≤ 0, return the empty String.
    let mut r: Vec<u16> = Vec::new();
    let mut i = 0.0;
    while i < count {
        let seg = get(
            agent,
            literals,
            &PropertyKey::String(JsString::from(format!("{i}"))),
        )?;
        let seg = to_string(agent, &seg)?;
        if !string_length_ok(r.len() + seg.len()) {
            return Err(agent.range_error(INVALID_STRING_LENGTH));
        }
        r.extend_from_slice(seg.units());
        if i + 1.0 == count {
            break;
        }
        if let Some(sub) = args.get(i as usize + 1) {
            let sub = to_string(agent, sub)?;
            if !string_length_ok(r.len() + sub.len()) {
                return Err(agent.range_error(INVALID_STRING_LENGTH));
            }
            r.extend_from_slice(sub.units());
        }
        i += 1.0;
    }
    Ok(Value::String(JsString::from(r)))
}

/// RequireObjectCoercible(this) then ToString, with V8's message naming the method.
fn this_str(agent: &mut Agent, this: &Value, method: &str) -> JsResult<JsString> {
    if this.is_nullish() {
        return Err(agent.type_error(format!(
            "String.prototype.{method} called on null or undefined"
        )));
    }
    to_string(agent, this)
}

/// thisStringValue ( value ) (§22.1.3.35.1)
#[doc(alias = "thisStringValue")]
fn this_string_value(agent: &mut Agent, this: &Value, method: &str) -> JsResult<JsString> {
    match this {
        Value::String(s) => Ok(s.clone()),
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::StringObject(s) => Ok(s.clone()),
            _ => Err(agent.type_error(format!(
                "String.prototype.{method} requires that 'this' be a String"
            ))),
        },
        _ => Err(agent.type_error(format!(
            "String.prototype.{method} requires that 'this' be a String"
        ))),
    }
}

fn string_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::String(this_string_value(agent, &this, "toString")?))
}

/// A position argument as an integer (ToIntegerOrInfinity).
fn int_arg(agent: &mut Agent, args: &[Value], i: usize) -> JsResult<f64> {
    to_integer_or_infinity(agent, &arg(args, i))
}

fn clamp(n: f64, len: usize) -> usize {
    n.max(0.0).min(len as f64) as usize
}

/// String.prototype.at ( index ) (§22.1.3.1)
fn string_prototype_at(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "at")?;
    let len = s.len() as f64;
    let rel = int_arg(agent, args, 0)?;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    Ok(Value::String(s.slice(k as usize, k as usize + 1)))
}

/// String.prototype.charAt ( pos ) (§22.1.3.2)
fn string_prototype_char_at(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "charAt")?;
    let pos = int_arg(agent, args, 0)?;
    if pos < 0.0 || pos >= s.len() as f64 {
        return Ok(Value::str(""));
    }
    Ok(Value::String(s.slice(pos as usize, pos as usize + 1)))
}

/// String.prototype.charCodeAt ( pos ) (§22.1.3.3)
fn string_prototype_char_code_at(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "charCodeAt")?;
    let pos = int_arg(agent, args, 0)?;
    if pos < 0.0 || pos >= s.len() as f64 {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(s.units()[pos as usize] as f64))
}

/// String.prototype.codePointAt ( pos ) (§22.1.3.4)
fn string_prototype_code_point_at(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "codePointAt")?;
    let pos = int_arg(agent, args, 0)?;
    if pos < 0.0 || pos >= s.len() as f64 {
        return Ok(Value::Undefined);
    }
    Ok(Value::Number(
        code_point_at(s.units(), pos as usize).0 as f64,
    ))
}

/// String.prototype.concat ( ...args ) (§22.1.3.5)
fn string_prototype_concat(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "concat")?;
    let mut r = s.units().to_vec();
    for a in args {
        let next = to_string(agent, a)?;
        if !string_length_ok(r.len() + next.len()) {
            return Err(agent.range_error(INVALID_STRING_LENGTH));
        }
        r.extend_from_slice(next.units());
    }
    Ok(Value::String(JsString::from(r)))
}

fn find_from(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// A search-string argument that must not be a RegExp (includes, startsWith, endsWith:
/// "If isRegExp is true, throw a TypeError exception").
fn search_arg(agent: &mut Agent, args: &[Value], method: &str) -> JsResult<JsString> {
    if super::regexp::is_regexp(agent, &arg(args, 0))? {
        return Err(agent.type_error(format!(
            "First argument to String.prototype.{method} must not be a regular expression"
        )));
    }
    to_string(agent, &arg(args, 0))
}

/// String.prototype.endsWith ( searchString [ , endPosition ] ) (§22.1.3.7)
fn string_prototype_ends_with(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "endsWith")?;
    let search = search_arg(agent, args, "endsWith")?;
    let len = s.len();
    let end = if arg(args, 1).is_undefined() {
        len
    } else {
        clamp(int_arg(agent, args, 1)?, len)
    };
    let sl = search.len();
    if sl > end {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(&s.units()[end - sl..end] == search.units()))
}

/// String.prototype.startsWith ( searchString [ , position ] ) (§22.1.3.24)
fn string_prototype_starts_with(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "startsWith")?;
    let search = search_arg(agent, args, "startsWith")?;
    let start = clamp(int_arg(agent, args, 1)?, s.len());
    let sl = search.len();
    if start + sl > s.len() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(&s.units()[start..start + sl] == search.units()))
}

/// String.prototype.includes ( searchString [ , position ] ) (§22.1.3.8)
fn string_prototype_includes(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "includes")?;
    let search = search_arg(agent, args, "includes")?;
    let start = clamp(int_arg(agent, args, 1)?, s.len());
    Ok(Value::Bool(
        find_from(s.units(), search.units(), start).is_some(),
    ))
}

/// String.prototype.indexOf ( searchString [ , position ] ) (§22.1.3.9)
fn string_prototype_index_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "indexOf")?;
    let search = to_string(agent, &arg(args, 0))?;
    let start = clamp(int_arg(agent, args, 1)?, s.len());
    Ok(Value::Number(
        find_from(s.units(), search.units(), start).map_or(-1.0, |i| i as f64),
    ))
}

/// String.prototype.lastIndexOf ( searchString [ , position ] ) (§22.1.3.11)
fn string_prototype_last_index_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "lastIndexOf")?;
    let search = to_string(agent, &arg(args, 0))?;
    // 4-6. Let numPos be ? ToNumber(position); NaN means +∞.
    let num_pos = to_number(agent, &arg(args, 1))?;
    let pos = if num_pos.is_nan() {
        f64::INFINITY
    } else {
        crate::abstract_ops::integer_or_infinity(num_pos)
    };
    let len = s.len();
    let sl = search.len();
    if sl > len {
        return Ok(Value::Number(-1.0));
    }
    let start = clamp(pos, len).min(len - sl);
    let (h, n) = (s.units(), search.units());
    for i in (0..=start).rev() {
        if &h[i..i + sl] == n {
            return Ok(Value::Number(i as f64));
        }
    }
    Ok(Value::Number(-1.0))
}

/// The code units of `s` with every lone surrogate replaced by U+FFFD.
fn well_formed(s: &JsString) -> Vec<u16> {
    let u = s.units();
    let mut out = Vec::with_capacity(u.len());
    let mut i = 0;
    while i < u.len() {
        let (cp, n) = code_point_at(u, i);
        if (0xD800..=0xDFFF).contains(&cp) {
            out.push(0xFFFD);
        } else {
            out.extend_from_slice(&u[i..i + n]);
        }
        i += n;
    }
    out
}

/// String.prototype.isWellFormed ( ) (§22.1.3.10)
fn string_prototype_is_well_formed(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "isWellFormed")?;
    Ok(Value::Bool(well_formed(&s) == s.units()))
}

/// String.prototype.toWellFormed ( ) (§22.1.3.31)
fn string_prototype_to_well_formed(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "toWellFormed")?;
    Ok(Value::String(JsString::from(well_formed(&s))))
}

/// String.prototype.localeCompare ( that ) (§22.1.3.12), by code units.
fn string_prototype_locale_compare(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "localeCompare")?;
    let that = to_string(agent, &arg(args, 0))?;
    Ok(Value::Number(match s.units().cmp(that.units()) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

/// String.prototype.normalize ( [ form ] ) (§22.1.3.15); strings are returned as they are.
fn string_prototype_normalize(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "normalize")?;
    let form = arg(args, 0);
    if !form.is_undefined() {
        let f = to_string(agent, &form)?.to_rust_string();
        if !matches!(f.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
            return Err(
                agent.range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
            );
        }
    }
    Ok(Value::String(s))
}

/// StringPaddingBuiltinsImpl ( O, maxLength, fillString, placement ) (§22.1.3.17.1)
#[doc(alias = "StringPaddingBuiltinsImpl")]
fn string_padding(
    agent: &mut Agent,
    this: &Value,
    args: &[Value],
    at_start: bool,
) -> JsResult<Value> {
    let s = this_str(agent, this, if at_start { "padStart" } else { "padEnd" })?;
    // 2. Let intMaxLength be ℝ(? ToLength(maxLength)).
    let max_len = crate::abstract_ops::to_length(agent, &arg(args, 0))?;
    // 4. If intMaxLength ≤ stringLength, return S.
    if max_len <= s.len() as f64 {
        return Ok(Value::String(s));
    }
    // 5-6. If fillString is undefined, let filler be " ".
    let fill = arg(args, 1);
    let filler = if fill.is_undefined() {
        JsString::from(" ")
    } else {
        to_string(agent, &fill)?
    };
    // 7. If filler is the empty String, return S.
    if filler.is_empty() {
        return Ok(Value::String(s));
    }
    if max_len > MAX_STRING_LENGTH {
        return Err(agent.range_error("Invalid string length"));
    }
    // StringPad: repeat filler to fill the gap, truncated, built in one allocation.
    // The heap limit is checked before the result (up to 1 GiB at the cap) is allocated.
    agent.reserve_bytes(2 * max_len as usize)?;
    let fill_len = max_len as usize - s.len();
    let (f, u) = (filler.units(), s.units());
    let r = if at_start {
        JsString::from_fn(max_len as usize, |i| {
            if i < fill_len {
                f[i % f.len()]
            } else {
                u[i - fill_len]
            }
        })
    } else {
        JsString::from_fn(max_len as usize, |i| {
            if i < u.len() {
                u[i]
            } else {
                f[(i - u.len()) % f.len()]
            }
        })
    };
    Ok(Value::String(r))
}

fn string_prototype_pad_end(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    string_padding(agent, &this, args, false)
}

fn string_prototype_pad_start(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    string_padding(agent, &this, args, true)
}

/// String.prototype.repeat ( count ) (§22.1.3.18)
fn string_prototype_repeat(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "repeat")?;
    // 3. Let n be ? ToIntegerOrInfinity(count).
    let n = int_arg(agent, args, 0)?;
    // 4-5. If n < 0 or n = +∞, throw a RangeError exception.
    if n < 0.0 || n == f64::INFINITY {
        let shown = crate::describe::brief_value(agent, &Value::Number(n));
        return Err(agent.range_error(format!("Invalid count value: {shown}")));
    }
    // 6. If n = 0, return the empty String.
    if n == 0.0 || s.is_empty() {
        return Ok(Value::str(""));
    }
    if n * s.len() as f64 > MAX_STRING_LENGTH {
        return Err(agent.range_error("Invalid string length"));
    }
    // The heap limit is checked before the result (up to 1 GiB at the cap) is allocated.
    agent.reserve_bytes(2 * n as usize * s.len())?;
    let u = s.units();
    Ok(Value::String(JsString::from_fn(
        n as usize * u.len(),
        |i| u[i % u.len()],
    )))
}

/// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
/// (§22.1.3.19.1) without captures.
#[doc(alias = "GetSubstitution")]
fn get_substitution(matched: &[u16], s: &[u16], position: usize, template: &[u16]) -> Vec<u16> {
    let mut result = Vec::new();
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        if c == b'$' as u16 && i + 1 < template.len() {
            let next = template[i + 1];
            if next == b'$' as u16 {
                result.push(b'$' as u16);
                i += 2;
                continue;
            } else if next == b'&' as u16 {
                result.extend_from_slice(matched);
                i += 2;
                continue;
            } else if next == b'`' as u16 {
                result.extend_from_slice(&s[..position.min(s.len())]);
                i += 2;
                continue;
            } else if next == b'\'' as u16 {
                let tail = (position + matched.len()).min(s.len());
                result.extend_from_slice(&s[tail..]);
                i += 2;
                continue;
            }
        }
        result.push(c);
        i += 1;
    }
    result
}

/// String.prototype.replace / replaceAll (§22.1.3.19, §22.1.3.20) with string patterns.
fn replace_impl(agent: &mut Agent, this: &Value, args: &[Value], all: bool) -> JsResult<Value> {
    let method = if all { "replaceAll" } else { "replace" };
    // 1. Let O be ? RequireObjectCoercible(this value).
    if this.is_nullish() {
        return Err(agent.type_error(format!(
            "String.prototype.{method} called on null or undefined"
        )));
    }
    // 2. If searchValue is an Object, use its @@replace method if any.
    let search_value = arg(args, 0);
    let replace_value = arg(args, 1);
    if let Value::Object(_) = search_value {
        // replaceAll 2.a-b: a RegExp searchValue must have the "g" flag.
        if all && super::regexp::is_regexp(agent, &search_value)? {
            let Value::Object(so) = &search_value else {
                unreachable!("IsRegExp is true only for objects")
            };
            let flags = get_str(agent, *so, "flags")?;
            if flags.is_nullish() {
                return Err(agent.type_error(
                    "String.prototype.replaceAll called with a non-global RegExp argument",
                ));
            }
            let flags = to_string(agent, &flags)?;
            if !flags.units().contains(&(b'g' as u16)) {
                return Err(agent.type_error(
                    "String.prototype.replaceAll called with a non-global RegExp argument",
                ));
            }
        }
        let k = PropertyKey::Symbol(agent.symbols.replace.clone());
        let replacer = crate::abstract_ops::get_method(agent, &search_value, &k)?;
        if !replacer.is_undefined() {
            return call(
                agent,
                &replacer,
                search_value,
                &[this.clone(), replace_value],
            );
        }
    }
    // 3. Let string be ? ToString(O).
    let string = to_string(agent, this)?;
    // 4. Let searchString be ? ToString(searchValue).
    let search = to_string(agent, &search_value)?;
    // 5-6. If replaceValue is not callable, let it be ? ToString(replaceValue).
    let functional = is_callable(agent, &replace_value);
    let template = if functional {
        None
    } else {
        Some(to_string(agent, &replace_value)?)
    };
    // 7-11. The match positions: the first, or all (advancing by max(1, searchLength)).
    let (h, n) = (string.units(), search.units());
    let mut positions = Vec::new();
    let mut pos = find_from(h, n, 0);
    while let Some(p) = pos {
        positions.push(p);
        if !all {
            break;
        }
        pos = find_from(h, n, p + n.len().max(1));
    }
    // 12-15. Build the result.
    let mut end_of_last = 0;
    let mut result: Vec<u16> = Vec::new();
    for p in positions {
        let preserved = &h[end_of_last..p];
        let replacement: Vec<u16> = match &template {
            None => {
                let r = call(
                    agent,
                    &replace_value,
                    Value::Undefined,
                    &[
                        Value::String(search.clone()),
                        Value::Number(p as f64),
                        Value::String(string.clone()),
                    ],
                )?;
                to_string(agent, &r)?.units().to_vec()
            }
            Some(t) => get_substitution(n, h, p, t.units()),
        };
        if !string_length_ok(result.len() + preserved.len() + replacement.len()) {
            return Err(agent.range_error(INVALID_STRING_LENGTH));
        }
        result.extend_from_slice(preserved);
        result.extend_from_slice(&replacement);
        end_of_last = p + n.len();
    }
    if end_of_last < h.len() {
        result.extend_from_slice(&h[end_of_last..]);
    }
    Ok(Value::String(JsString::from(result)))
}

fn string_prototype_replace(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    replace_impl(agent, &this, args, false)
}

fn string_prototype_replace_all(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    replace_impl(agent, &this, args, true)
}

/// String.prototype.slice ( start, end ) (§22.1.3.22)
fn string_prototype_slice(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "slice")?;
    let len = s.len() as f64;
    let from = crate::abstract_ops::relative_index(agent, &arg(args, 0), len, 0.0)?;
    let to = crate::abstract_ops::relative_index(agent, &arg(args, 1), len, len)?;
    if from >= to {
        return Ok(Value::str(""));
    }
    Ok(Value::String(s.slice(from as usize, to as usize)))
}

/// String.prototype.split ( separator, limit ) (§22.1.3.23)
fn string_prototype_split(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(agent.type_error("String.prototype.split called on null or undefined"));
    }
    let separator = arg(args, 0);
    let limit = arg(args, 1);
    // 2. If separator is an Object, use its @@split method if any.
    if let Value::Object(_) = separator {
        let k = PropertyKey::Symbol(agent.symbols.split.clone());
        let splitter = crate::abstract_ops::get_method(agent, &separator, &k)?;
        if !splitter.is_undefined() {
            return call(agent, &splitter, separator, &[this.clone(), limit]);
        }
    }
    // 3. Let S be ? ToString(O).
    let s = to_string(agent, &this)?;
    // 4-5. Let lim be 2**32 - 1 if limit is undefined, else ℝ(? ToUint32(limit)).
    let lim = if limit.is_undefined() {
        u32::MAX
    } else {
        let n = to_number(agent, &limit)?;
        to_uint32_f64(n)
    } as usize;
    // 6. Let R be ? ToString(separator).
    let r = to_string(agent, &separator)?;
    // 7. If lim = 0, return an empty Array.
    if lim == 0 {
        return Ok(Value::Object(crate::abstract_ops::create_array_from_list(
            agent,
            vec![],
        )));
    }
    // 8. If separator is undefined, return « S ».
    if separator.is_undefined() {
        return Ok(Value::Object(crate::abstract_ops::create_array_from_list(
            agent,
            vec![Value::String(s)],
        )));
    }
    let (h, n) = (s.units(), r.units());
    // 10. If separatorLength = 0, split into code units.
    if n.is_empty() {
        let parts: Vec<Value> = h
            .iter()
            .take(lim)
            .map(|u| Value::String(JsString::from(vec![*u])))
            .collect();
        return Ok(Value::Object(crate::abstract_ops::create_array_from_list(
            agent, parts,
        )));
    }
    // 11. If S is the empty String, return « S ».
    if h.is_empty() {
        return Ok(Value::Object(crate::abstract_ops::create_array_from_list(
            agent,
            vec![Value::String(s)],
        )));
    }
    // 12-15. Split at each occurrence.
    let mut parts = Vec::new();
    let mut p = 0;
    let mut q = find_from(h, n, 0);
    while let Some(i) = q {
        parts.push(Value::String(s.slice(p, i)));
        if parts.len() >= lim {
            return Ok(Value::Object(crate::abstract_ops::create_array_from_list(
                agent, parts,
            )));
        }
        p = i + n.len();
        q = find_from(h, n, p);
    }
    parts.push(Value::String(s.slice(p, h.len())));
    Ok(Value::Object(crate::abstract_ops::create_array_from_list(
        agent, parts,
    )))
}

/// String.prototype.substring ( start, end ) (§22.1.3.25)
fn string_prototype_substring(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "substring")?;
    let len = s.len();
    let start = clamp(int_arg(agent, args, 0)?, len);
    let end = if arg(args, 1).is_undefined() {
        len
    } else {
        clamp(int_arg(agent, args, 1)?, len)
    };
    let (from, to) = (start.min(end), start.max(end));
    Ok(Value::String(s.slice(from, to)))
}

/// String.prototype.substr ( start, length ) (§B.2.2.1)
fn string_prototype_substr(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "substr")?;
    let size = s.len() as f64;
    let start = crate::abstract_ops::relative_index(agent, &arg(args, 0), size, 0.0)?;
    let len = if arg(args, 1).is_undefined() {
        size
    } else {
        int_arg(agent, args, 1)?
    };
    let end = (start + len).min(size);
    if start >= end {
        return Ok(Value::str(""));
    }
    Ok(Value::String(s.slice(start as usize, end as usize)))
}

fn map_case(s: &JsString, upper: bool) -> JsString {
    let text = String::from_utf16_lossy(s.units());
    // Lone surrogates are kept as they are: convert only when the text is well-formed.
    if String::from_utf16(s.units()).is_err() {
        let units: Vec<u16> = s
            .units()
            .iter()
            .map(|&u| {
                if u < 128 {
                    let c = u as u8;
                    (if upper {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    }) as u16
                } else {
                    u
                }
            })
            .collect();
        return JsString::from(units);
    }
    JsString::from(if upper {
        text.to_uppercase()
    } else {
        text.to_lowercase()
    })
}

fn string_prototype_to_lower_case(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "toLowerCase")?;
    Ok(Value::String(map_case(&s, false)))
}

fn string_prototype_to_upper_case(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "toUpperCase")?;
    Ok(Value::String(map_case(&s, true)))
}

/// TrimString ( string, where ) (§22.1.3.32.1)
#[doc(alias = "TrimString")]
fn trim_string(
    agent: &mut Agent,
    this: &Value,
    start: bool,
    end: bool,
    method: &str,
) -> JsResult<Value> {
    let s = this_str(agent, this, method)?;
    let u = s.units();
    let ws = crate::abstract_ops::is_js_whitespace;
    let mut a = 0;
    let mut b = u.len();
    if start {
        while a < b && ws(u[a]) {
            a += 1;
        }
    }
    if end {
        while b > a && ws(u[b - 1]) {
            b -= 1;
        }
    }
    Ok(Value::String(s.slice(a, b)))
}

fn string_prototype_trim(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    trim_string(agent, &this, true, true, "trim")
}

fn string_prototype_trim_start(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    trim_string(agent, &this, true, false, "trimStart")
}

fn string_prototype_trim_end(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    trim_string(agent, &this, false, true, "trimEnd")
}

/// String.prototype [ %Symbol.iterator% ] ( ) (§22.1.3.36)
fn string_prototype_iterator(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "[Symbol.iterator]")?;
    Ok(Value::Object(create_string_iterator(agent, s)))
}
