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
    let s = to_string(agent, this)?;
    // Most methods look at the code units: a rope is checked against the heap limit before
    // it is flattened (up to a gigabyte in one allocation).
    agent.check_flatten(&s)?;
    Ok(s)
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
    if needle.len() > hay.len() || from > hay.len() - needle.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    // Compare at each candidate while that stays cheap; a search that compares far more
    // than it advances (`'a'.repeat(1e6).indexOf('a'.repeat(5e5) + 'b')`: quadratic, hours)
    // finishes in linear time with a rolling hash instead.
    let mut budget = 4 * hay.len() + (1 << 16);
    for i in from..=last {
        if hay[i] == needle[0] {
            let cost = needle.len();
            if budget < cost {
                return find_by_hash(hay, needle, i..=last, false);
            }
            budget -= cost;
            if &hay[i..i + needle.len()] == needle {
                return Some(i);
            }
        }
    }
    None
}

/// The last index at or before `from` where `needle` (not empty, no longer than `hay`)
/// occurs in `hay`, in linear time (see [`find_from`]).
fn rfind_from(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    let mut budget = 4 * hay.len() + (1 << 16);
    for i in (0..=from).rev() {
        if hay[i] == needle[0] {
            let cost = needle.len();
            if budget < cost {
                return find_by_hash(hay, needle, 0..=i, true);
            }
            budget -= cost;
            if &hay[i..i + needle.len()] == needle {
                return Some(i);
            }
        }
    }
    None
}

/// Rabin–Karp over the window starts in `starts` (forward, or backward from the end),
/// modulo the Mersenne prime 2^61 - 1 with a base chosen at random for each search, so no
/// text can be made to collide on purpose; a hash hit is confirmed by comparing.
fn find_by_hash(
    hay: &[u16],
    needle: &[u16],
    starts: std::ops::RangeInclusive<usize>,
    backward: bool,
) -> Option<usize> {
    use std::hash::{BuildHasher, Hasher};
    const P: u64 = (1 << 61) - 1;
    let mul = |a: u64, b: u64| ((a as u128 * b as u128) % P as u128) as u64;
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_usize(hay.len());
    let base = h.finish() % (P - 65_536) + 65_536;
    let m = needle.len();
    // The hash of a window is Σ u[k]·base^k (forward: the first unit weighs least, so the
    // window slides right by dividing out nothing: see the update below).
    let hash = |units: &[u16]| {
        units
            .iter()
            .rev()
            .fold(0u64, |acc, &u| (mul(acc, base) + u as u64) % P)
    };
    let top = (1..m).fold(1u64, |acc, _| mul(acc, base)); // base^(m-1)
    let target = hash(needle);
    let (lo, hi) = (*starts.start(), *starts.end());
    if backward {
        let mut i = hi;
        let mut w = hash(&hay[i..i + m]);
        loop {
            if w == target && &hay[i..i + m] == needle {
                return Some(i);
            }
            if i == lo {
                return None;
            }
            // Slide left: drop hay[i + m - 1] (weight base^(m-1)), add hay[i - 1] (weight 1).
            let dropped = mul(hay[i + m - 1] as u64, top);
            w = (mul((w + P - dropped) % P, base) + hay[i - 1] as u64) % P;
            i -= 1;
        }
    } else {
        // Forward with the reversed weights: Σ u[k]·base^(m-1-k).
        let hash_fwd = |units: &[u16]| {
            units
                .iter()
                .fold(0u64, |acc, &u| (mul(acc, base) + u as u64) % P)
        };
        let target = hash_fwd(needle);
        let mut i = lo;
        let mut w = hash_fwd(&hay[i..i + m]);
        loop {
            if w == target && &hay[i..i + m] == needle {
                return Some(i);
            }
            if i == hi {
                return None;
            }
            let dropped = mul(hay[i] as u64, top);
            w = (mul((w + P - dropped) % P, base) + hay[i + m] as u64) % P;
            i += 1;
        }
    }
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
    if sl == 0 {
        return Ok(Value::Number(start as f64));
    }
    let (h, n) = (s.units(), search.units());
    Ok(Value::Number(
        rfind_from(h, n, start).map_or(-1.0, |i| i as f64),
    ))
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

/// A string a built-in builds piece by piece (join's, replace's): short pieces are copied
/// into a buffer, long ones are kept as parts of the strings they come from (no copy), and
/// the result is made once, at its exact length. So V8's RangeError for a result past the
/// longest string comes before anything of its size is allocated (`[s, s].join('')` with
/// `s` of 2**28 units), and the memory a result takes is the result's own, checked against
/// the heap limit before it is made; the buffer grows under the heap limit too.
#[derive(Default)]
pub(crate) struct StringBuilder {
    /// Finished parts, in order.
    parts: Vec<Part>,
    /// The short pieces since the last long one.
    buf: Vec<u16>,
    /// Code units in all.
    len: usize,
}

enum Part {
    Units(Vec<u16>),
    Slice(JsString, usize, usize),
}

/// Pieces at least this long are kept as parts of their strings instead of being copied.
const LONG_PIECE: usize = 4096;

impl StringBuilder {
    pub(crate) fn new() -> StringBuilder {
        StringBuilder::default()
    }

    /// V8's RangeError when `more` units would make the result too long.
    fn grow_len(&mut self, agent: &mut Agent, more: usize) -> JsResult<()> {
        if !string_length_ok(self.len + more) {
            return Err(agent.range_error(INVALID_STRING_LENGTH));
        }
        self.len += more;
        Ok(())
    }

    /// Appends code units (copied).
    pub(crate) fn push_units(&mut self, agent: &mut Agent, units: &[u16]) -> JsResult<()> {
        self.grow_len(agent, units.len())?;
        crate::heap::reserve_counted(&mut self.buf, units.len())
            .map_err(|()| crate::limits::heap_limit_stop(agent))?;
        self.buf.extend_from_slice(units);
        Ok(())
    }

    /// Appends `s[from..to]`: copied when short, kept as a part of `s` when long.
    pub(crate) fn push_slice(
        &mut self,
        agent: &mut Agent,
        s: &JsString,
        from: usize,
        to: usize,
    ) -> JsResult<()> {
        if to - from < LONG_PIECE {
            // A short piece of a rope flattens all of it.
            agent.check_flatten(s)?;
            return self.push_units(agent, &s.units()[from..to]);
        }
        self.grow_len(agent, to - from)?;
        if !self.buf.is_empty() {
            self.parts.push(Part::Units(std::mem::take(&mut self.buf)));
        }
        crate::heap::push_counted(&mut self.parts, Part::Slice(s.clone(), from, to))
            .map_err(|()| crate::limits::heap_limit_stop(agent))
    }

    /// Appends all of `s`.
    pub(crate) fn push_str(&mut self, agent: &mut Agent, s: &JsString) -> JsResult<()> {
        self.push_slice(agent, s, 0, s.len())
    }

    /// The String value, made in one allocation of its exact length once the heap limit
    /// has room for it.
    pub(crate) fn finish(mut self, agent: &Agent) -> JsResult<JsString> {
        // The ropes among the parts are flattened to be copied: their flat copies (each
        // once) must fit next to the result.
        let mut ropes = rustc_hash::FxHashSet::default();
        let flattened: usize = self
            .parts
            .iter()
            .filter_map(|part| match part {
                Part::Slice(s, ..) if s.flatten_bytes() > 0 => {
                    ropes.insert(s.storage_address()).then(|| s.flatten_bytes())
                }
                _ => None,
            })
            .sum();
        if !crate::heap::fits((16 + 2 * self.len).saturating_add(flattened)) {
            return Err(crate::limits::heap_limit_stop(agent));
        }
        if self.parts.is_empty() {
            return Ok(JsString::from(self.buf));
        }
        if !self.buf.is_empty() {
            self.parts.push(Part::Units(std::mem::take(&mut self.buf)));
        }
        // One allocation of the exact length, filled in place (counted by from_units).
        let mut units: std::rc::Rc<[u16]> = std::iter::repeat_n(0, self.len).collect();
        if let Some(out) = std::rc::Rc::get_mut(&mut units) {
            let mut at = 0;
            for part in &self.parts {
                let piece = match part {
                    Part::Units(u) => &u[..],
                    Part::Slice(s, from, to) => &s.units()[*from..*to],
                };
                out[at..at + piece.len()].copy_from_slice(piece);
                at += piece.len();
            }
        }
        Ok(JsString::from_units(units))
    }
}

/// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
/// (§22.1.3.19.1) without captures, appended to `out` (`$\``'s and `$'`'s parts of `str`
/// are not copied when long).
#[doc(alias = "GetSubstitution")]
fn get_substitution(
    agent: &mut Agent,
    out: &mut StringBuilder,
    matched: &JsString,
    s: &JsString,
    position: usize,
    template: &JsString,
) -> JsResult<()> {
    let t = template.units();
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        if c == b'$' as u16 && i + 1 < t.len() {
            let n = t[i + 1];
            let done = if n == b'$' as u16 {
                out.push_units(agent, &[c])?;
                true
            } else if n == b'&' as u16 {
                out.push_str(agent, matched)?;
                true
            } else if n == b'`' as u16 {
                out.push_slice(agent, s, 0, position.min(s.len()))?;
                true
            } else if n == b'\'' as u16 {
                let tail = (position + matched.len()).min(s.len());
                out.push_slice(agent, s, tail, s.len())?;
                true
            } else {
                false
            };
            if done {
                i += 2;
                continue;
            }
        }
        out.push_units(agent, &t[i..i + 1])?;
        i += 1;
    }
    Ok(())
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
    // 7-15. The match positions (the first, or all, advancing by max(1, searchLength)) and
    //       the result. NOTE(mini-js): each position is found as the result reaches it, not
    //       listed first: the search over an immutable string is unobservable, and a list
    //       of 2**28 positions is not kept.
    let (h, n) = (string.units(), search.units());
    let mut end_of_last = 0;
    let mut result = StringBuilder::new();
    let mut pos = find_from(h, n, 0);
    while let Some(p) = pos {
        match &template {
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
                let r = to_string(agent, &r)?;
                result.push_slice(agent, &string, end_of_last, p)?;
                result.push_str(agent, &r)?;
            }
            Some(t) => {
                result.push_slice(agent, &string, end_of_last, p)?;
                get_substitution(agent, &mut result, &search, &string, p, t)?;
            }
        }
        end_of_last = p + n.len();
        if !all {
            break;
        }
        pos = find_from(h, n, p + n.len().max(1));
    }
    result.push_slice(agent, &string, end_of_last, h.len())?;
    Ok(Value::String(result.finish(agent)?))
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
    let mut parts = SplitParts::default();
    // 10. If separatorLength = 0, split into code units.
    if n.is_empty() {
        for i in 0..h.len().min(lim) {
            parts.push(agent, &s, i, i + 1)?;
        }
        return Ok(Value::Object(parts.into_array(agent)));
    }
    // 11. If S is the empty String, return « S ».
    if h.is_empty() {
        return Ok(Value::Object(crate::abstract_ops::create_array_from_list(
            agent,
            vec![Value::String(s)],
        )));
    }
    // 12-15. Split at each occurrence.
    let mut p = 0;
    let mut q = find_from(h, n, 0);
    while let Some(i) = q {
        parts.push(agent, &s, p, i)?;
        if parts.len() >= lim {
            return Ok(Value::Object(parts.into_array(agent)));
        }
        p = i + n.len();
        q = find_from(h, n, p);
    }
    parts.push(agent, &s, p, h.len())?;
    Ok(Value::Object(parts.into_array(agent)))
}

/// The parts of a split (or the matches of a global match), made under the heap limit: no
/// collection runs inside these built-ins' loops, so each part's string is checked against
/// the room the limit leaves before it is made, and the list's growth before it reallocates.
/// Empty parts share one string, and one-unit parts below U+0100 one string each (as V8's
/// single-character strings do): `s.split('')` or `s.match(/./g)` costs a value per unit.
/// The list becomes the result array's own storage ([`SplitParts::into_array`]).
#[derive(Default)]
pub(crate) struct SplitParts {
    list: Vec<Option<Value>>,
    /// Bytes of the part strings made so far (the allocator's block included).
    made: usize,
}

impl SplitParts {
    /// Appends the part `s[from..to]`.
    pub(crate) fn push(
        &mut self,
        agent: &Agent,
        s: &JsString,
        from: usize,
        to: usize,
    ) -> JsResult<()> {
        let part = if from == to {
            // The empty string, shared (`JsString::from`).
            JsString::from("")
        } else if to == from + 1 && s.units()[from] < 0x100 {
            // A one-unit Latin-1 string, shared (`JsString::from_slice`).
            s.slice(from, to)
        } else if from == 0 && to == s.len() {
            s.clone()
        } else {
            self.made = self.made.saturating_add(32 + 2 * (to - from));
            if !crate::heap::fits(self.made) {
                return Err(crate::limits::heap_limit_stop(agent));
            }
            s.slice(from, to)
        };
        self.push_value(agent, Value::String(part))
    }

    /// Appends a value (a capture, or a match that JavaScript code returned). The caller
    /// roots an object it appends while JavaScript may run before the array is made.
    pub(crate) fn push_value(&mut self, agent: &Agent, v: Value) -> JsResult<()> {
        if self.list.len() == self.list.capacity() {
            self.grow(agent)?;
        }
        self.list.push(Some(v));
        Ok(())
    }

    /// Makes room for more parts: the list doubles, once the heap limit has room for the
    /// new storage next to the old (a reallocation holds both). (Growing by less near the
    /// limit let the count go further, but the freed blocks stayed resident: the process
    /// grew past the limit plus a quarter, `tests/limits.rs`.)
    fn grow(&mut self, agent: &Agent) -> JsResult<()> {
        let size = std::mem::size_of::<Option<Value>>();
        let capacity = self.list.capacity();
        let more = capacity.max(4);
        if crate::heap::fits(capacity.saturating_add(more).saturating_mul(size)) {
            self.list.reserve_exact(more);
            crate::heap::note_growth((self.list.capacity() - capacity) * size);
            return Ok(());
        }
        Err(crate::limits::heap_limit_stop(agent))
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// The array of the parts. The list becomes its storage as it is, counted once (as the
    /// list grew), not again as a new array's elements.
    pub(crate) fn into_array(self, agent: &mut Agent) -> ObjectId {
        let array = crate::abstract_ops::create_array_from_list(agent, Vec::new());
        if let ObjectKind::Array(a) = &mut agent.heap.get_mut(array).kind {
            a.length = self.list.len() as u32;
            a.elems = self.list;
        }
        array
    }
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

fn map_case(agent: &mut Agent, s: &JsString, upper: bool) -> JsResult<JsString> {
    let units = s.units();
    // ASCII text maps unit by unit, into the result's own storage (no intermediate copies);
    // the heap limit is checked before it is allocated.
    if units.iter().all(|&u| u < 128) {
        agent.reserve_bytes(16 + 2 * units.len())?;
        return Ok(JsString::from_fn(units.len(), |i| {
            let c = units[i] as u8;
            (if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }) as u16
        }));
    }
    // Otherwise the text is converted (UTF-8, mapped, UTF-16 again: about eight bytes a
    // unit at once).
    agent.reserve_bytes(16 + 8 * units.len())?;
    Ok(map_case_text(s, upper))
}

fn map_case_text(s: &JsString, upper: bool) -> JsString {
    let text = String::from_utf16_lossy(s.units());
    // Lone surrogates are kept as they are: convert only when the text is well-formed.
    if char::decode_utf16(s.units().iter().copied()).any(|r| r.is_err()) {
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
    Ok(Value::String(map_case(agent, &s, false)?))
}

fn string_prototype_to_upper_case(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = this_str(agent, &this, "toUpperCase")?;
    Ok(Value::String(map_case(agent, &s, true)?))
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
