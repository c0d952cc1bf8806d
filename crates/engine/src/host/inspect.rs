//! Value formatting as Node's util.inspect does it (the rules of lib/internal/util/inspect.js,
//! re-implemented): console.log's output format.
//!
//! Inspection never runs JavaScript: getters show as `[Getter]`, and constructor names are
//! read from own data properties only, as Node does.

use crate::abstract_ops::to_string;
use crate::heap::ObjectId;
use crate::object::{ObjectKind, Property};
use crate::value::{number_to_string, JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

/// Options of one inspection (a subset of util.inspect's).
#[derive(Clone)]
pub struct InspectOptions {
    /// How many levels of nesting to show before `[Object]`; `None` is unlimited.
    pub depth: Option<usize>,
    pub break_length: usize,
    pub compact: usize,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions {
            depth: Some(2),
            break_length: 80,
            compact: 3,
        }
    }
}

struct Ctx<'o> {
    opts: &'o InspectOptions,
    seen: Vec<ObjectId>,
    circular: Vec<ObjectId>,
    indentation: usize,
    current_depth: usize,
}

/// util.format for console.log's arguments: a format string with `%` directives when the
/// first argument is a string, then the rest inspected and joined by spaces.
pub fn format_log_args(agent: &mut Agent, args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut rest = args;
    if let Some(Value::String(f)) = args.first() {
        rest = &args[1..];
        let text = f.to_rust_string();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            match chars.peek().copied() {
                Some('%') => {
                    chars.next();
                    out.push('%');
                }
                Some(d @ ('s' | 'd' | 'i' | 'f' | 'j' | 'o' | 'O' | 'c')) if !rest.is_empty() => {
                    chars.next();
                    let v = rest[0].clone();
                    rest = &rest[1..];
                    out.push_str(&format_directive(agent, d, &v)?);
                }
                _ => out.push('%'),
            }
        }
    }
    for v in rest {
        if !out.is_empty() || (args.len() > rest.len()) {
            out.push(' ');
        }
        match v {
            Value::String(s) => out.push_str(&s.to_rust_string()),
            _ => out.push_str(&inspect(agent, v, &InspectOptions::default())),
        }
    }
    Ok(out)
}

fn format_directive(agent: &mut Agent, d: char, v: &Value) -> JsResult<String> {
    Ok(match d {
        's' => match v {
            Value::String(s) => s.to_rust_string(),
            Value::Symbol(_) | Value::Object(_) => {
                let opts = InspectOptions {
                    depth: Some(1),
                    ..Default::default()
                };
                inspect(agent, v, &opts)
            }
            Value::Number(n) if *n == 0.0 && n.is_sign_negative() => "-0".into(),
            _ => to_string(agent, v)?.to_rust_string(),
        },
        'd' | 'i' => match v {
            Value::Object(_) | Value::Symbol(_) => "NaN".into(),
            _ => {
                let n = crate::abstract_ops::to_number(agent, v)?;
                let n = if d == 'i' { n.trunc() } else { n };
                format_number(n)
            }
        },
        'f' => match v {
            Value::Symbol(_) => "NaN".into(),
            _ => format_number(crate::abstract_ops::to_number(agent, v)?),
        },
        'j' => crate::builtins::json_stringify_for_format(agent, v)?,
        'o' | 'O' => inspect(agent, v, &InspectOptions::default()),
        'c' => String::new(),
        _ => unreachable!("directive list above"),
    })
}

fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        number_to_string(n)
    }
}

/// util.inspect(value, options).
pub fn inspect(agent: &Agent, v: &Value, opts: &InspectOptions) -> String {
    let mut ctx = Ctx {
        opts,
        seen: Vec::new(),
        circular: Vec::new(),
        indentation: 0,
        current_depth: 0,
    };
    let s = format_value(agent, &mut ctx, v, 0, true);
    if let Value::Object(o) = v {
        if let Some(i) = ctx.circular.iter().position(|c| c == o) {
            return format!("<ref *{}> {s}", i + 1);
        }
    }
    s
}

fn format_value(agent: &Agent, ctx: &mut Ctx, v: &Value, depth: usize, top: bool) -> String {
    match v {
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format_number(*n),
        Value::String(s) => {
            let _ = top;
            quote_string(&s.to_rust_string())
        }
        Value::Symbol(s) => s.descriptive_string(),
        Value::Object(o) => format_object(agent, ctx, *o, depth),
    }
}

/// Quotes a string as Node does: single quotes unless the string contains them, then double
/// quotes, then backticks; control characters escaped.
pub fn quote_string(s: &str) -> String {
    let quote = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Whether a key prints bare (an identifier name) in `{ key: … }`.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' || c == '$' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

fn format_key(k: &PropertyKey) -> String {
    match k {
        PropertyKey::String(s) => {
            let t = s.to_rust_string();
            if is_identifier(&t) {
                t
            } else {
                quote_string(&t)
            }
        }
        PropertyKey::Symbol(s) => format!("[{}]", s.descriptive_string()),
    }
}

/// The name of the constructor whose prototype `o` inherits from, as Node's
/// getConstructorName finds it (own "constructor" data properties up the chain).
pub fn constructor_name(agent: &Agent, o: ObjectId) -> Option<String> {
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(Property::Data {
            value: Value::Object(c),
            ..
        }) = obj.props.get(&PropertyKey::from("constructor"))
        {
            if let Some(name) = function_name(agent, *c) {
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
        cur = obj.proto;
    }
    None
}

/// The "name" own data property of a function, if it is a string.
pub fn function_name(agent: &Agent, f: ObjectId) -> Option<String> {
    match agent.heap.get(f).props.get(&PropertyKey::from("name")) {
        Some(Property::Data {
            value: Value::String(s),
            ..
        }) => Some(s.to_rust_string()),
        _ => None,
    }
}

fn function_base(agent: &Agent, o: ObjectId) -> String {
    let obj = agent.heap.get(o);
    let name = function_name(agent, o).unwrap_or_default();
    if let ObjectKind::Function(f) = &obj.kind {
        if let Some(class) = f.class {
            let mut s = if name.is_empty() {
                "[class (anonymous)".to_string()
            } else {
                format!("[class {name}")
            };
            if class.super_class.is_some() {
                if let Some(p) = obj.proto {
                    if let Some(sn) = function_name(agent, p) {
                        s.push_str(&format!(" extends {sn}"));
                    }
                }
            }
            s.push(']');
            return s;
        }
        let kind = match (f.code.is_async, f.code.is_generator) {
            (true, true) => "AsyncGeneratorFunction",
            (true, false) => "AsyncFunction",
            (false, true) => "GeneratorFunction",
            (false, false) => "Function",
        };
        return if name.is_empty() {
            format!("[{kind} (anonymous)]")
        } else {
            format!("[{kind}: {name}]")
        };
    }
    if name.is_empty() {
        "[Function (anonymous)]".into()
    } else {
        format!("[Function: {name}]")
    }
}

fn format_object(agent: &Agent, ctx: &mut Ctx, o: ObjectId, depth: usize) -> String {
    if ctx.seen.contains(&o) {
        let idx = match ctx.circular.iter().position(|c| *c == o) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(o);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{idx}]");
    }
    let obj = agent.heap.get(o);
    let ctor = constructor_name(agent, o);
    let mut keys: Vec<PropertyKey> = obj
        .own_property_keys()
        .into_iter()
        .filter(|k| obj.get_own_property(k).is_some_and(|p| p.enumerable()))
        .collect();
    let (mut braces, base, is_array) = match &obj.kind {
        ObjectKind::Array(a) => {
            keys.retain(|k| k.as_array_index().is_none());
            let prefix = match ctor.as_deref() {
                Some("Array") => String::new(),
                Some(c) => format!("{c}({}) ", a.elems.len()),
                None => format!("[Array({}): null prototype] ", a.elems.len()),
            };
            ((format!("{prefix}["), "]".to_string()), String::new(), true)
        }
        ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => {
            let base = function_base(agent, o);
            if keys.is_empty() {
                return base;
            }
            (("{".into(), "}".into()), base, false)
        }
        ObjectKind::Error => {
            let base = error_text(agent, o);
            keys.retain(|k| !matches!(k, PropertyKey::String(s) if s.eq_str("message") || s.eq_str("stack")));
            if keys.is_empty() {
                return base;
            }
            (("{".into(), "}".into()), base, false)
        }
        ObjectKind::BooleanObject(b) => {
            (("{".into(), "}".into()), format!("[Boolean: {b}]"), false)
        }
        ObjectKind::NumberObject(n) => (
            ("{".into(), "}".into()),
            format!("[Number: {}]", format_number(*n)),
            false,
        ),
        ObjectKind::StringObject(s) => {
            keys.retain(|k| k.as_array_index().is_none());
            (
                ("{".into(), "}".into()),
                format!("[String: {}]", quote_string(&s.to_rust_string())),
                false,
            )
        }
        ObjectKind::SymbolObject(s) => (
            ("{".into(), "}".into()),
            format!("[Symbol: {}]", s.descriptive_string()),
            false,
        ),
        ObjectKind::Arguments => (("[Arguments] [".into(), "]".into()), String::new(), false),
        ObjectKind::Internal(slots)
            if matches!(**slots, crate::builtins::InternalSlots::Date { .. }) =>
        {
            let t = crate::host::timers::date_value(agent, &Value::Object(o)).unwrap_or(f64::NAN);
            let base = crate::host::timers::iso_string(t).unwrap_or_else(|| "Invalid Date".into());
            if keys.is_empty() {
                return base;
            }
            (("{".into(), "}".into()), base, false)
        }
        _ => {
            let prefix = match ctor.as_deref() {
                Some("Object") => String::new(),
                Some(c) => format!("{c} "),
                None => "[Object: null prototype] ".into(),
            };
            ((format!("{prefix}{{"), "}".into()), String::new(), false)
        }
    };
    if let Some(Value::String(tag)) = obj_to_string_tag(agent, o) {
        let t = tag.to_rust_string();
        if !t.is_empty() && Some(&t) != ctor.as_ref() && base.is_empty() {
            let open = braces.0.trim_end_matches('{').trim_end();
            braces.0 = if open.is_empty() {
                format!("Object [{t}] {{")
            } else {
                format!("{open} [{t}] {{")
            };
        }
    }
    if let Some(max) = ctx.opts.depth {
        if depth > max {
            return if is_array {
                "[Array]".into()
            } else {
                format!("[{}]", ctor.unwrap_or_else(|| "Object".into()))
            };
        }
    }
    ctx.seen.push(o);
    ctx.current_depth = depth;
    let mut output = Vec::new();
    ctx.indentation += 2;
    if let ObjectKind::Array(a) = &obj.kind {
        let mut holes = 0;
        let flush = |holes: &mut usize, output: &mut Vec<String>| {
            if *holes > 0 {
                output.push(format!(
                    "<{} empty item{}>",
                    holes,
                    if *holes == 1 { "" } else { "s" }
                ));
                *holes = 0;
            }
        };
        for (i, e) in a.elems.iter().enumerate() {
            if output.len() >= 100 {
                break;
            }
            let v = match e {
                Some(v) => Some(v.clone()),
                None => obj
                    .props
                    .get(&PropertyKey::from_index(i as u32))
                    .map(|p| match p {
                        Property::Data { value, .. } => value.clone(),
                        Property::Accessor { .. } => Value::str("[Getter/Setter]"),
                    }),
            };
            match v {
                None => holes += 1,
                Some(v) => {
                    flush(&mut holes, &mut output);
                    output.push(format_value(agent, ctx, &v, depth + 1, false));
                }
            }
        }
        flush(&mut holes, &mut output);
        if a.elems.len() > 100 && output.len() >= 100 {
            let more = a.elems.len() - 100;
            output.push(format!(
                "... {more} more item{}",
                if more == 1 { "" } else { "s" }
            ));
        }
    }
    if let ObjectKind::Promise(p) = &obj.kind {
        // Node shows the state first: `Promise { <pending> }`, `Promise { 1 }`,
        // `Promise { <rejected> Error: … }`.
        use crate::builtins::promise::PromiseState;
        output.push(match p.state {
            PromiseState::Pending => "<pending>".to_string(),
            PromiseState::Fulfilled => format_value(agent, ctx, &p.result, depth + 1, false),
            PromiseState::Rejected => format!(
                "<rejected> {}",
                format_value(agent, ctx, &p.result, depth + 1, false)
            ),
        });
    }
    for k in &keys {
        let prop = obj.get_own_property(k).expect("listed key");
        let value = match prop {
            Property::Data { value, .. } => format_value(agent, ctx, &value, depth + 1, false),
            Property::Accessor { get, set, .. } => match (get.is_undefined(), set.is_undefined()) {
                (false, false) => "[Getter/Setter]".into(),
                (false, true) => "[Getter]".into(),
                (true, false) => "[Setter]".into(),
                (true, true) => "undefined".into(),
            },
        };
        output.push(format!("{}: {value}", format_key(k)));
    }
    ctx.indentation -= 2;
    ctx.seen.pop();
    if output.is_empty() {
        let open = braces.0.trim_end();
        return if !base.is_empty() {
            base
        } else if open.ends_with('{') {
            format!("{open}}}")
        } else {
            format!("{open}{}", braces.1)
        };
    }
    reduce_to_single_string(ctx, output, &base, &braces, depth)
}

fn obj_to_string_tag(agent: &Agent, o: ObjectId) -> Option<Value> {
    let key = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(p) = obj.props.get(&key) {
            return match p {
                Property::Data { value, .. } => Some(value.clone()),
                _ => None,
            };
        }
        cur = obj.proto;
    }
    None
}

/// Node's reduceToSingleString: one line when the entries fit in breakLength and the object
/// is among the `compact` innermost levels, otherwise one entry per line.
fn reduce_to_single_string(
    ctx: &mut Ctx,
    output: Vec<String>,
    base: &str,
    braces: &(String, String),
    depth: usize,
) -> String {
    let entries = output.len();
    if ctx.current_depth - depth < ctx.opts.compact && entries == output.len() {
        let start = output.len() + ctx.indentation + braces.0.len() + base.len() + 10;
        let mut total = output.len() + start;
        let mut fits = total + output.len() <= ctx.opts.break_length;
        if fits {
            for e in &output {
                total += e.chars().count();
                if total > ctx.opts.break_length {
                    fits = false;
                    break;
                }
            }
        }
        if fits && !base.contains('\n') {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                let b = if base.is_empty() {
                    String::new()
                } else {
                    format!("{base} ")
                };
                return format!("{b}{} {joined} {}", braces.0, braces.1);
            }
        }
    }
    let ind = format!("\n{}", " ".repeat(ctx.indentation));
    let b = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    format!(
        "{b}{}{ind}  {}{ind}{}",
        braces.0,
        output.join(&format!(",{ind}  ")),
        braces.1
    )
}

/// How an error object prints: `Name: message` (no stack frames in mini-js), or
/// `[Name: message]` style is left to the inspector of nested values.
pub fn error_text(agent: &Agent, o: ObjectId) -> String {
    let name = lookup_data(agent, o, "name")
        .map(|v| display_plain(&v))
        .unwrap_or_else(|| "Error".into());
    let message = lookup_data(agent, o, "message")
        .map(|v| display_plain(&v))
        .unwrap_or_default();
    if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}

fn lookup_data(agent: &Agent, o: ObjectId, name: &str) -> Option<Value> {
    let key = PropertyKey::from(name);
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(p) = obj.props.get(&key) {
            return match p {
                Property::Data { value, .. } => Some(value.clone()),
                _ => None,
            };
        }
        cur = obj.proto;
    }
    None
}

fn display_plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_rust_string(),
        Value::Number(n) => number_to_string(*n),
        Value::Bool(b) => b.to_string(),
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Symbol(s) => s.descriptive_string(),
        Value::Object(_) => "[object Object]".into(),
    }
}

/// A short rendering of a value for V8-style error messages (`#<Object>`, `"abc"`, `3`).
pub fn brief_value(agent: &Agent, v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{}\"", s.to_rust_string()),
        Value::Object(o) => brief_object(agent, *o),
        other => display_plain(other),
    }
}

/// `#<Ctor>` as V8 prints objects in messages; functions by their source head.
pub fn brief_object(agent: &Agent, o: ObjectId) -> String {
    let obj = agent.heap.get(o);
    match &obj.kind {
        ObjectKind::Array(_) => "[object Array]".into(),
        ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => {
            function_base(agent, o)
        }
        _ => format!(
            "#<{}>",
            constructor_name(agent, o).unwrap_or_else(|| "Object".into())
        ),
    }
}

/// The text of a JsString (helper for callers outside this module).
pub fn plain(s: &JsString) -> String {
    s.to_rust_string()
}
