//! Node's `util.format` (formatWithOptionsInternal in lib/internal/util/inspect.js): how
//! console.log turns its arguments into one line of text.
//!
//! When the first argument is a string, `%s %d %i %f %j %o %O %c` in it each consume one
//! further argument and `%%` prints `%`; the remaining arguments follow, separated by
//! spaces: strings as they are, everything else through [`inspect`]. Unlike inspection,
//! the directives may run JavaScript (`%s` calls a user-defined `toString`, `%d` calls
//! ToNumber, `%j` calls `toJSON`), exactly as Node's do.

use crate::abstract_ops::to_string;
use crate::heap::ObjectId;
use crate::inspect::{format_number, inspect_with_getters as inspect, InspectOptions};
use crate::object::{ObjectKind, Property};
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};

/// util.format(...args) with the default inspect options.
pub fn format_log_args(agent: &mut Agent, args: &[Value]) -> JsResult<String> {
    format_with_options(agent, &InspectOptions::default(), args)
}

/// Node's formatWithOptionsInternal.
pub fn format_with_options(
    agent: &mut Agent,
    opts: &InspectOptions,
    args: &[Value],
) -> JsResult<String> {
    // The strings' text is made (a rope flattened, then its UTF-8 copy, a byte a unit at
    // least): under the heap limit only.
    let strings = args.iter().filter_map(|v| match v {
        Value::String(s) => Some(s),
        _ => None,
    });
    let copy: usize = strings.clone().map(|s| s.len()).sum();
    agent.check_flatten_all(strings, copy)?;
    let mut a = 0usize;
    let mut out: Vec<u16> = Vec::new();
    let mut join = false;
    if let Some(Value::String(first)) = args.first() {
        if args.len() == 1 {
            return Ok(first.to_rust_string());
        }
        let f = first.units();
        let mut last_pos = 0usize;
        let mut i = 0usize;
        while i + 1 < f.len() {
            if f[i] == b'%' as u16 {
                i += 1;
                let next = f[i];
                if a + 1 != args.len() {
                    let temp: String = match char::from_u32(next as u32).unwrap_or('\0') {
                        's' => {
                            a += 1;
                            format_s(agent, &args[a])?
                        }
                        'j' => {
                            a += 1;
                            crate::builtins::json_stringify_for_format(agent, &args[a])?
                        }
                        'd' => {
                            a += 1;
                            match &args[a] {
                                Value::Symbol(_) => "NaN".into(),
                                Value::BigInt(b) => format!("{b}n"),
                                // Node's Number(v): a BigInt from an object converts.
                                v => match crate::abstract_ops::to_numeric(agent, v)? {
                                    crate::abstract_ops::bigint::Numeric::Number(n) => {
                                        format_number(n)
                                    }
                                    crate::abstract_ops::bigint::Numeric::BigInt(b) => {
                                        format_number(
                                            crate::abstract_ops::bigint::bigint_to_number(&b),
                                        )
                                    }
                                },
                            }
                        }
                        'O' => {
                            a += 1;
                            inspect(agent, &args[a], opts)?
                        }
                        'o' => {
                            a += 1;
                            let o = InspectOptions {
                                show_hidden: true,
                                show_proxy: true,
                                depth: Some(4),
                                ..opts.clone()
                            };
                            inspect(agent, &args[a], &o)?
                        }
                        'i' => {
                            a += 1;
                            match &args[a] {
                                Value::Symbol(_) => "NaN".into(),
                                Value::BigInt(b) => format!("{b}n"),
                                v => {
                                    let s = to_string(agent, v)?.to_rust_string();
                                    format_number(parse_int(&s))
                                }
                            }
                        }
                        'f' => {
                            a += 1;
                            match &args[a] {
                                Value::Symbol(_) => "NaN".into(),
                                v => {
                                    let s = to_string(agent, v)?.to_rust_string();
                                    format_number(parse_float(&s))
                                }
                            }
                        }
                        'c' => {
                            a += 1;
                            String::new()
                        }
                        '%' => {
                            out.extend_from_slice(&f[last_pos..i]);
                            last_pos = i + 1;
                            i += 1;
                            continue;
                        }
                        _ => {
                            i += 1;
                            continue;
                        }
                    };
                    if last_pos != i - 1 {
                        out.extend_from_slice(&f[last_pos..i - 1]);
                    }
                    out.extend(temp.encode_utf16());
                    last_pos = i + 1;
                } else if next == b'%' as u16 {
                    out.extend_from_slice(&f[last_pos..i]);
                    last_pos = i + 1;
                }
            }
            i += 1;
        }
        if last_pos != 0 {
            a += 1;
            join = true;
            if last_pos < f.len() {
                out.extend_from_slice(&f[last_pos..]);
            }
        }
    }
    while a < args.len() {
        if join {
            out.push(b' ' as u16);
        }
        match &args[a] {
            Value::String(s) => out.extend_from_slice(s.units()),
            v => out.extend(inspect(agent, v, opts)?.encode_utf16()),
        }
        join = true;
        a += 1;
    }
    Ok(String::from_utf16_lossy(&out))
}

/// `%s`: numbers as formatNumber, objects (not functions: `typeof` is not "object")
/// without a user-defined `toString` inspected at depth 0, everything else through
/// String(), so functions print their source text.
fn format_s(agent: &mut Agent, v: &Value) -> JsResult<String> {
    match v {
        Value::Number(n) => Ok(format_number(*n)),
        Value::Object(o)
            if !agent.heap.get(*o).is_callable() && has_built_in_to_string(agent, *o) =>
        {
            let opts = InspectOptions {
                depth: Some(0),
                ..InspectOptions::default()
            };
            inspect(agent, v, &opts)
        }
        Value::Symbol(s) => Ok(s.descriptive_string()),
        Value::BigInt(b) => Ok(format!("{b}n")),
        _ => Ok(to_string(agent, v)?.to_rust_string()),
    }
}

/// Node's hasBuiltInToString: whether the `toString` (or `Symbol.toPrimitive`) `%s` would
/// call is a built-in one, found on the prototype of a built-in constructor. Read
/// without running getters.
fn has_built_in_to_string(agent: &Agent, o: ObjectId) -> bool {
    let to_string_key = PropertyKey::from("toString");
    let to_prim_key = PropertyKey::Symbol(agent.symbols.to_primitive.clone());
    let obj = agent.heap.get(o);
    if obj.get_own_property(&to_string_key).is_some()
        || obj.get_own_property(&to_prim_key).is_some()
    {
        return false;
    }
    let mut cur = obj.proto;
    while let Some(p) = cur {
        let proto = agent.heap.get(p);
        if proto.get_own_property(&to_string_key).is_some()
            || proto.get_own_property(&to_prim_key).is_some()
        {
            let Some(Property::Data {
                value: Value::Object(c),
                ..
            }) = proto.get_own_property(&PropertyKey::from("constructor"))
            else {
                return false;
            };
            if !agent.heap.get(c).is_callable() {
                return false;
            }
            let name = crate::inspect::function_name(agent, c).unwrap_or_default();
            return crate::inspect::BUILT_IN_OBJECTS.contains(&name.as_str())
                && matches!(agent.heap.get(c).kind, ObjectKind::Builtin(_));
        }
        cur = proto.proto;
    }
    true
}

/// parseInt(string) with radix 10 (or 16 for a `0x` prefix), as `%i` uses it.
pub fn parse_int(s: &str) -> f64 {
    let t = s.trim_start_matches(is_js_whitespace);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let (radix, digits) = if t.starts_with("0x") || t.starts_with("0X") {
        (16, &t[2..])
    } else {
        (10, t)
    };
    let mut value = 0f64;
    let mut any = false;
    for c in digits.chars() {
        match c.to_digit(radix) {
            Some(d) => {
                value = value * radix as f64 + d as f64;
                any = true;
            }
            None => break,
        }
    }
    if !any {
        return f64::NAN;
    }
    if radix == 10 {
        // Re-read the digits exactly (the running product can round differently).
        let len = digits.chars().take_while(|c| c.is_ascii_digit()).count();
        value = digits[..len].parse().unwrap_or(value);
    }
    if neg {
        -value
    } else {
        value
    }
}

/// parseFloat(string), as `%f` uses it: the longest prefix that is a decimal literal.
pub fn parse_float(s: &str) -> f64 {
    let t = s.trim_start_matches(is_js_whitespace);
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if t[i..].starts_with("Infinity") {
        return if b.first() == Some(&b'-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let digits_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut any = i > digits_start;
    if i < b.len() && b[i] == b'.' {
        let frac = i + 1;
        let mut j = frac;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > frac || any {
            any = any || j > frac;
            i = j;
        }
    }
    if !any {
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
    t[..i].trim_end_matches('.').parse().unwrap_or(f64::NAN)
}

fn is_js_whitespace(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}
