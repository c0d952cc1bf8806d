//! Value formatting as Node's `util.inspect` does it: console.log's output format.
//!
//! This is a re-implementation of the rules of Node's `lib/internal/util/inspect.js`
//! (checked against Node 26), with functions named after Node's so a reader can map them:
//! [`format_value`] (formatValue), [`format_raw`] (formatRaw), [`reduce_to_single_string`]
//! (reduceToSingleString), [`group_array_elements`] (groupArrayElements), [`str_escape`]
//! (strEscape), [`get_prefix`] (getPrefix), [`get_constructor_name`] (getConstructorName),
//! [`format_error`] (formatError) and so on.
//!
//! Lengths are counted in UTF-16 code units, as Node's `.length` counts them, except in
//! array grouping, where Node measures display width ([`get_string_width`]).
//!
//! Differences from Node, all because inspection here never runs JavaScript (it only reads
//! the heap, so it cannot throw, loop or have side effects):
//! - getters are never called during inspection: a function `name` reached through an
//!   accessor counts as absent, and a `Symbol.toStringTag` getter is only honoured when
//!   the caller ran it beforehand ([`inspect_with_getters`], which console and
//!   util.format use, calls every such getter in the order Node would);
//! - `util.inspect.custom` methods are likewise run beforehand by [`inspect_with_getters`]
//!   (console.log, util.format), without the `stylize` option and `inspect` argument;
//!   a proxy is shown through its target (or with `showProxy`, as `Proxy [ … ]`) without
//!   running its traps;
//! - an error's frames are the `    at …` lines of its own `stack` string, captured at
//!   creation (`host::stack`); an error whose `stack` has no frame lines (deleted or
//!   overwritten) is laid out as if it had one stand-in frame, which is removed at the end,
//!   any `{` or `,` that followed it moving up to the line before.

use crate::heap::ObjectId;
use crate::object::{ObjectKind, Property};
use crate::value::{number_to_string, JsString, PropertyKey, Value};
use crate::Agent;

/// Options of one inspection (the subset of util.inspect's options mini-js uses).
#[derive(Clone)]
pub struct InspectOptions {
    /// How many levels of nesting to show before `[Object]`; `None` is unlimited (Node's
    /// `depth: null`). Negative values are allowed, as in Node (`depth: -1` shows only
    /// the prefix of the top-level object).
    pub depth: Option<i64>,
    pub break_length: usize,
    pub compact: usize,
    /// Show non-enumerable own properties in brackets (`[length]: 2`), as `%o` does.
    pub show_hidden: bool,
    pub max_array_length: usize,
    pub max_string_length: usize,
    /// Call `util.inspect.custom` methods (false for console.dir, as in Node).
    pub custom_inspect: bool,
    /// Show a proxy as `Proxy [ target, handler ]` (Node's `showProxy`, which `%o` sets)
    /// rather than its target inside `Proxy(…)`.
    pub show_proxy: bool,
    /// What `Symbol.toStringTag` getters and `util.inspect.custom` methods returned, per
    /// object, when the caller could run them beforehand ([`inspect_with_getters`]);
    /// inspection itself never runs code.
    pub precomputed: Option<std::rc::Rc<Precomputed>>,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions {
            depth: Some(2),
            break_length: 80,
            compact: 3,
            show_hidden: false,
            max_array_length: 100,
            max_string_length: 10000,
            custom_inspect: true,
            show_proxy: false,
            precomputed: None,
        }
    }
}

/// Results of JavaScript run before an inspection (see [`inspect_with_getters`]).
#[derive(Default)]
pub struct Precomputed {
    /// `Symbol.toStringTag` getter results.
    pub tags: rustc_hash::FxHashMap<ObjectId, Value>,
    /// `[Symbol.for('nodejs.util.inspect.custom')](depth, options)` results: a string is
    /// printed as it is, any other value is inspected in the object's place.
    pub custom: rustc_hash::FxHashMap<ObjectId, Value>,
}

/// Node's `ctx`: the options plus the state of one inspection.
struct Ctx<'o> {
    opts: &'o InspectOptions,
    /// The objects being formatted, outermost first (for `[Circular *n]`).
    seen: Vec<ObjectId>,
    /// Objects found to be circular; the reference number is the position plus one.
    circular: Vec<ObjectId>,
    indentation_lvl: usize,
    current_depth: usize,
    /// How many custom-inspect results were followed (a guard against results that
    /// lead back to each other).
    custom_hops: usize,
}

/// Which kind of list `reduce_to_single_string` is laying out (Node's kObjectType,
/// kArrayType, kArrayExtrasType).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Extras {
    Object,
    ArrayEntry,
    Array,
}

/// How many objects deep inspection goes (with `depth: null`) before it stops with Node's
/// "Inspection interrupted prematurely" marker. Node stops where V8's stack runs out
/// (about 700 to 1000 levels); mini-js stops at a fixed depth so that output never depends
/// on the machine and the Rust stack is never at risk.
const MAX_NESTING: usize = 1000;

/// The stand-in for an error's stack frames (see the module docs), between private-use
/// characters so that no text of the program is taken for it; long enough that array
/// grouping treats the entry as long, as Node does with real frames.
const FRAME_MARK: &str = "\u{E000}mini-js: stack frames are not shown\u{E001}";

fn frame_line() -> String {
    format!("\n    at {FRAME_MARK}")
}

/// Removes the stand-in frame lines, joining whatever followed them (` {` or `,`) to the
/// line before.
fn strip_frames(s: String) -> String {
    if !s.contains(FRAME_MARK) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if let Some(at) = line.rfind(FRAME_MARK) {
            out.push_str(&line[at + FRAME_MARK.len()..]);
        } else {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(line);
        }
    }
    out
}

/// The length of a string as JavaScript's `.length` counts it (UTF-16 code units).
fn js_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// util.inspect(value, options).
pub fn inspect(agent: &Agent, v: &Value, opts: &InspectOptions) -> String {
    let mut ctx = Ctx {
        opts,
        seen: Vec::new(),
        circular: Vec::new(),
        indentation_lvl: 0,
        current_depth: 0,
        custom_hops: 0,
    };
    strip_frames(format_value(agent, &mut ctx, v, 0))
}

/// Node's formatValue: primitives directly, objects through `format_raw` unless they are
/// already being formatted further out (then `[Circular *n]`).
fn format_value(agent: &Agent, ctx: &mut Ctx, v: &Value, recurse_times: usize) -> String {
    match v {
        Value::Object(o) => {
            // Node never runs a proxy's traps while inspecting: with showProxy false it
            // formats the target (at the same depth) inside `Proxy(…)`.
            if let ObjectKind::Proxy(p) = &agent.heap.get(*o).kind {
                return match (p.target, p.handler) {
                    (Some(t), Some(h)) if ctx.opts.show_proxy => {
                        format_proxy(agent, ctx, t, h, recurse_times)
                    }
                    (Some(t), _) => format!(
                        "Proxy({})",
                        format_value(agent, ctx, &Value::Object(t), recurse_times)
                    ),
                    _ => "<Revoked Proxy>".to_string(),
                };
            }
            let custom = ctx
                .opts
                .precomputed
                .as_ref()
                .and_then(|p| p.custom.get(o).cloned());
            if let Some(ret) = custom {
                match ret {
                    Value::String(s) => {
                        let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
                        return s.to_rust_string().replace('\n', &indentation);
                    }
                    Value::Object(r) if r == *o => {}
                    other if ctx.custom_hops < MAX_NESTING => {
                        ctx.custom_hops += 1;
                        return format_value(agent, ctx, &other, recurse_times);
                    }
                    _ => {}
                }
            }
            if ctx.seen.contains(o) {
                let index = match ctx.circular.iter().position(|c| c == o) {
                    Some(i) => i + 1,
                    None => {
                        ctx.circular.push(*o);
                        ctx.circular.len()
                    }
                };
                return format!("[Circular *{index}]");
            }
            format_raw(agent, ctx, *o, recurse_times)
        }
        Value::Null => "null".into(),
        other => format_primitive(ctx, other),
    }
}

/// Node's formatProxy (showProxy): `Proxy [ target, handler ]`, one level deeper.
fn format_proxy(
    agent: &Agent,
    ctx: &mut Ctx,
    target: ObjectId,
    handler: ObjectId,
    recurse_times: usize,
) -> String {
    if exceeds_depth(ctx, recurse_times) {
        return "Proxy [Array]".to_string();
    }
    let recurse_times = recurse_times + 1;
    ctx.indentation_lvl += 2;
    let output = vec![
        format_value(agent, ctx, &Value::Object(target), recurse_times),
        format_value(agent, ctx, &Value::Object(handler), recurse_times),
    ];
    ctx.indentation_lvl -= 2;
    let braces = ("Proxy [".to_string(), "]".to_string());
    reduce_to_single_string(
        ctx,
        output,
        "",
        &braces,
        Extras::Array,
        recurse_times,
        None,
        agent,
    )
}

/// Node's formatPrimitive. Strings longer than the room left on the line (and than 16
/// characters) are cut after each line break and joined with ` +`.
fn format_primitive(ctx: &Ctx, v: &Value) -> String {
    match v {
        Value::String(s) => {
            let mut units = s.units();
            let mut trailer = String::new();
            if units.len() > ctx.opts.max_string_length {
                let remaining = units.len() - ctx.opts.max_string_length;
                units = &units[..ctx.opts.max_string_length];
                trailer = format!(
                    "... {remaining} more character{}",
                    if remaining > 1 { "s" } else { "" }
                );
            }
            let room = ctx.opts.break_length as i64 - ctx.indentation_lvl as i64 - 4;
            if units.len() > 16 && units.len() as i64 > room && units.contains(&0x0a) {
                let sep = format!(" +\n{}", " ".repeat(ctx.indentation_lvl + 2));
                let mut parts = Vec::new();
                let mut start = 0;
                for (i, &u) in units.iter().enumerate() {
                    if u == 0x0a {
                        parts.push(str_escape(&units[start..=i]));
                        start = i + 1;
                    }
                }
                if start < units.len() {
                    parts.push(str_escape(&units[start..]));
                }
                return parts.join(&sep) + &trailer;
            }
            str_escape(units) + &trailer
        }
        Value::Number(n) => format_number(*n),
        Value::Bool(b) => b.to_string(),
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Symbol(s) => s.descriptive_string(),
        // Node's formatBigInt: the digits and `n`.
        Value::BigInt(b) => format!("{b}n"),
        Value::Object(_) => String::new(),
    }
}

/// Node's formatNumber: Number::toString, except that -0 prints as `-0`.
pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        number_to_string(n)
    }
}

/// Node's strEscape: single quotes unless the string contains one; then double quotes
/// unless it contains those too; then backticks unless it contains a backtick or `${`;
/// else single quotes with `\'`. Control characters, C1 controls, backslashes and lone
/// surrogates are escaped.
pub fn str_escape(units: &[u16]) -> String {
    let has = |c: u8| units.contains(&(c as u16));
    let has_template = units.windows(2).any(|w| w == [b'$' as u16, b'{' as u16]);
    let quote = if !has(b'\'') {
        '\''
    } else if !has(b'"') {
        '"'
    } else if !has(b'`') && !has_template {
        '`'
    } else {
        '\''
    };
    format!("{quote}{}{quote}", escape_units(units, quote == '\''))
}

/// Node's escape table (`meta`): control and C1 characters as `\xNN` (or `\n` …), the
/// backslash, lone surrogates as `\udXXX`, and `'` when `single_quote` is set.
fn escape_units(units: &[u16], single_quote: bool) -> String {
    const SQ: u16 = b'\'' as u16;
    let mut out = String::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        match u {
            0x08 => out.push_str("\\b"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0c => out.push_str("\\f"),
            0x0d => out.push_str("\\r"),
            0x5c => out.push_str("\\\\"),
            SQ if single_quote => out.push_str("\\'"),
            0..=0x1f | 0x7f..=0x9f => out.push_str(&format!("\\x{u:02X}")),
            0xd800..=0xdbff if i + 1 < units.len() && (0xdc00..=0xdfff).contains(&units[i + 1]) => {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (units[i + 1] as u32 - 0xdc00);
                out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                i += 1;
            }
            0xd800..=0xdfff => out.push_str(&format!("\\u{u:x}")),
            _ => out.push(char::from_u32(u as u32).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
        i += 1;
    }
    out
}

/// Quotes a Rust string as [`str_escape`] does.
pub fn quote_string(s: &str) -> String {
    let units: Vec<u16> = s.encode_utf16().collect();
    str_escape(&units)
}

/// Node's display width of a string (the table without ICU): wide East Asian characters
/// and emoji count two columns, control and combining characters none.
fn get_string_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let code = c as u32;
            if is_full_width(code) {
                2
            } else if is_zero_width(code) {
                0
            } else {
                1
            }
        })
        .sum()
}

fn is_zero_width(code: u32) -> bool {
    code <= 0x1f
        || (0x7f..=0x9f).contains(&code)
        || (0x300..=0x36f).contains(&code)
        || (0x200b..=0x200f).contains(&code)
        || (0x20d0..=0x20ff).contains(&code)
        || (0xfe00..=0xfe0f).contains(&code)
        || (0xfe20..=0xfe2f).contains(&code)
        || (0xe0100..=0xe01ef).contains(&code)
}

fn is_full_width(code: u32) -> bool {
    code >= 0x1100
        && (code <= 0x115f
            || code == 0x2329
            || code == 0x232a
            || ((0x2e80..=0x3247).contains(&code) && code != 0x303f)
            || (0x3250..=0x4dbf).contains(&code)
            || (0x4e00..=0xa4c6).contains(&code)
            || (0xa960..=0xa97c).contains(&code)
            || (0xac00..=0xd7a3).contains(&code)
            || (0xf900..=0xfaff).contains(&code)
            || (0xfe10..=0xfe19).contains(&code)
            || (0xfe30..=0xfe6b).contains(&code)
            || (0xff01..=0xff60).contains(&code)
            || (0xffe0..=0xffe6).contains(&code)
            || (0x1b000..=0x1b001).contains(&code)
            || (0x1f200..=0x1f251).contains(&code)
            || (0x1f300..=0x1f64f).contains(&code)
            || (0x20000..=0x3fffd).contains(&code))
}

// ───────────────────────────── reading the heap without running code ─────────────────────────────

/// A property found on `o` or its prototype chain, without calling getters.
fn lookup(agent: &Agent, o: ObjectId, key: &PropertyKey) -> Option<Property> {
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(p) = obj.get_own_property(key) {
            return Some(p);
        }
        cur = obj.proto;
    }
    None
}

/// `o[key]` when it is a data property (own or inherited); accessors count as absent.
fn lookup_data_key(agent: &Agent, o: ObjectId, key: &PropertyKey) -> Option<Value> {
    match lookup(agent, o, key)? {
        Property::Data { value, .. } => Some(value),
        Property::Accessor { .. } => None,
    }
}

fn lookup_data(agent: &Agent, o: ObjectId, name: &str) -> Option<Value> {
    lookup_data_key(agent, o, &PropertyKey::from(name))
}

fn is_callable(agent: &Agent, o: ObjectId) -> bool {
    agent.heap.get(o).is_callable()
}

/// OrdinaryHasInstance(ctor, o) without user code: whether `ctor.prototype` is on `o`'s
/// prototype chain (Node's isInstanceof, which swallows errors as `false`).
fn is_instance_of(agent: &Agent, o: ObjectId, ctor: ObjectId) -> bool {
    let mut ctor = ctor;
    for _ in 0..1000 {
        match &agent.heap.get(ctor).kind {
            ObjectKind::Bound(b) => ctor = b.target,
            _ => break,
        }
    }
    let Some(Value::Object(proto)) = lookup_data(agent, ctor, "prototype") else {
        return false;
    };
    let mut cur = agent.heap.get(o).proto;
    while let Some(p) = cur {
        if p == proto {
            return true;
        }
        cur = agent.heap.get(p).proto;
    }
    false
}

/// The "name" of a function as `fn.name` reads it (own or inherited data property), if
/// it is a string.
pub fn function_name(agent: &Agent, f: ObjectId) -> Option<String> {
    match lookup_data(agent, f, "name") {
        Some(Value::String(s)) => Some(s.to_rust_string()),
        _ => None,
    }
}

/// V8's internal constructor name (Node's internalGetConstructorName), used when no
/// `constructor` is found on the prototype chain: the kind of object it is.
fn internal_constructor_name(agent: &Agent, o: ObjectId) -> &'static str {
    match &agent.heap.get(o).kind {
        ObjectKind::Array(_) => "Array",
        ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => "Function",
        ObjectKind::Error => "Error",
        ObjectKind::BooleanObject(_) => "Boolean",
        ObjectKind::NumberObject(_) => "Number",
        ObjectKind::StringObject(_) => "String",
        ObjectKind::SymbolObject(_) => "Symbol",
        ObjectKind::BigIntObject(_) => "BigInt",
        ObjectKind::Map(_) => "Map",
        ObjectKind::Set(_) => "Set",
        ObjectKind::Promise(_) => "Promise",
        _ => "Object",
    }
}

/// Node's getConstructorName: the name of the first `constructor` data property on the
/// prototype chain that is a named function `o` is an instance of. `None` (Node's
/// `null`) for objects with a null prototype; `Object <…>` style names when the chain
/// has no usable constructor.
fn get_constructor_name(
    agent: &Agent,
    ctx: &Ctx,
    o: ObjectId,
    recurse_times: usize,
) -> Option<String> {
    let mut first_proto: Option<Option<ObjectId>> = None;
    let mut cur = Some(o);
    let ctor_key = PropertyKey::from("constructor");
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(Property::Data {
            value: Value::Object(c),
            ..
        }) = obj.get_own_property(&ctor_key)
        {
            if is_callable(agent, c) {
                if let Some(name) = function_name(agent, c) {
                    if !name.is_empty() && is_instance_of(agent, o, c) {
                        return Some(name);
                    }
                }
            }
        }
        cur = obj.proto;
        if first_proto.is_none() {
            first_proto = Some(cur);
        }
    }
    let first_proto = first_proto.flatten()?;
    let res = internal_constructor_name(agent, o);
    if exceeds_depth(ctx, recurse_times) {
        return Some(format!("{res} <Complex prototype>"));
    }
    match get_constructor_name(agent, ctx, first_proto, recurse_times + 1) {
        Some(p) => Some(format!("{res} <{p}>")),
        None => {
            let opts = InspectOptions {
                depth: Some(-1),
                ..ctx.opts.clone()
            };
            let shown = inspect(agent, &Value::Object(first_proto), &opts);
            Some(format!("{res} <{shown}>"))
        }
    }
}

/// The name of the constructor whose prototype `o` inherits from (for messages), as
/// Node's getConstructorName finds it; `None` when there is none.
pub fn constructor_name(agent: &Agent, o: ObjectId) -> Option<String> {
    let opts = InspectOptions::default();
    let ctx = Ctx {
        opts: &opts,
        seen: Vec::new(),
        circular: Vec::new(),
        indentation_lvl: 0,
        current_depth: 0,
        custom_hops: 0,
    };
    get_constructor_name(agent, &ctx, o, 0)
}

fn exceeds_depth(ctx: &Ctx, recurse_times: usize) -> bool {
    match ctx.opts.depth {
        Some(d) => recurse_times as i64 > d,
        None => false,
    }
}

/// Node's getPrefix: `Ctor(size) [tag] `, `[Fallback(size): null prototype] `, or just
/// `tag(size) ` when the tag names the constructor.
fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None => {
            if !tag.is_empty() && fallback != tag {
                format!("[{fallback}{size}: null prototype] [{tag}] ")
            } else {
                format!("[{fallback}{size}: null prototype] ")
            }
        }
        Some(c) => {
            if !tag.is_empty() {
                let short = match tag.rfind('.') {
                    Some(dot) if dot >= 1 => &tag[dot + 1..],
                    _ => tag,
                };
                if c == short {
                    return format!("{tag}{size} ");
                }
                return format!("{c}{size} [{tag}] ");
            }
            format!("{c}{size} ")
        }
    }
}

/// Node's getCtxStyle: the prefix of an ordinary object, with the internal constructor
/// name as fallback for null-prototype objects.
fn get_ctx_style(agent: &Agent, o: ObjectId, constructor: Option<&str>, tag: &str) -> String {
    let mut fallback = "";
    if constructor.is_none() {
        fallback = internal_constructor_name(agent, o);
        if fallback == tag {
            fallback = "Object";
        }
    }
    get_prefix(constructor, tag, fallback, "")
}

/// Node's getKeys: own enumerable string keys then enumerable symbols (all own keys
/// with showHidden), optionally without array indices.
fn get_keys(agent: &Agent, o: ObjectId, show_hidden: bool, non_index: bool) -> Vec<PropertyKey> {
    let obj = agent.heap.get(o);
    let keys = if non_index {
        // Node's getOwnNonIndexProperties, without listing every element of a big array:
        // `length`, then the property map's non-index strings, then its symbols (the
        // order of [[OwnPropertyKeys]] minus the indices).
        let mut keys = Vec::new();
        if matches!(obj.kind, ObjectKind::Array(_) | ObjectKind::StringObject(_)) {
            keys.push(PropertyKey::from("length"));
        }
        keys.extend(
            obj.props
                .keys()
                .filter(|k| !k.is_symbol() && k.as_array_index().is_none())
                .cloned(),
        );
        keys.extend(obj.props.keys().filter(|k| k.is_symbol()).cloned());
        keys
    } else {
        obj.own_property_keys()
    };
    keys.into_iter()
        .filter(|k| {
            show_hidden
                || obj
                    .get_own_property(k)
                    .is_some_and(|p: Property| p.enumerable())
        })
        .collect()
}

/// The object's Symbol.toStringTag as Node uses it: a string found on the chain that is
/// not an own enumerable property (own at all, with showHidden), else "".
fn get_tag(agent: &Agent, ctx: &Ctx, o: ObjectId) -> String {
    let key = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    let found = match lookup(agent, o, &key) {
        Some(Property::Data { value, .. }) => Some(value),
        Some(Property::Accessor { .. }) => ctx
            .opts
            .precomputed
            .as_ref()
            .and_then(|m| m.tags.get(&o).cloned()),
        None => None,
    };
    let Some(Value::String(tag)) = found else {
        return String::new();
    };
    if tag.is_empty() {
        return String::new();
    }
    let own = agent.heap.get(o).get_own_property(&key);
    let hide = match own {
        Some(p) => ctx.opts.show_hidden || p.enumerable(),
        None => false,
    };
    if hide {
        String::new()
    } else {
        tag.to_rust_string()
    }
}

/// util.inspect for callers that may run JavaScript (console, util.format): first calls
/// the `util.inspect.custom` methods and `Symbol.toStringTag` getters of the objects
/// inspection will reach, in the order formatValue / formatRaw would (depth first,
/// entries in order; a tag getter that throws counts as no tag, a custom method that
/// throws makes the whole call throw, as in Node), then inspects with their results.
pub fn inspect_with_getters(
    agent: &mut Agent,
    v: &Value,
    opts: &InspectOptions,
) -> crate::JsResult<String> {
    let mut pre = Precomputed::default();
    let mut seen = rustc_hash::FxHashSet::default();
    let custom_key = agent
        .symbol_registry
        .get(&JsString::from("nodejs.util.inspect.custom"))
        .cloned()
        .map(PropertyKey::Symbol);
    let mut walk = PreWalk {
        opts,
        custom_key,
        seen: &mut seen,
        pre: &mut pre,
    };
    walk.visit(agent, v, 0)?;
    if pre.tags.is_empty() && pre.custom.is_empty() {
        return Ok(inspect(agent, v, opts));
    }
    let opts = InspectOptions {
        precomputed: Some(std::rc::Rc::new(pre)),
        ..opts.clone()
    };
    Ok(inspect(agent, v, &opts))
}

/// The walk of [`inspect_with_getters`]: the values format_raw would visit, down to the
/// depth where it stops (whose objects still have their tag read).
struct PreWalk<'w> {
    opts: &'w InspectOptions,
    custom_key: Option<PropertyKey>,
    seen: &'w mut rustc_hash::FxHashSet<ObjectId>,
    pre: &'w mut Precomputed,
}

impl PreWalk<'_> {
    fn visit(&mut self, agent: &mut Agent, v: &Value, level: usize) -> crate::JsResult<()> {
        let Value::Object(o) = v else {
            return Ok(());
        };
        let o = *o;
        if level > MAX_NESTING || !self.seen.insert(o) {
            return Ok(());
        }
        // A proxy is shown through its target, without running traps.
        if let ObjectKind::Proxy(p) = &agent.heap.get(o).kind {
            return match (p.target, p.handler) {
                (Some(t), Some(h)) if self.opts.show_proxy => {
                    self.visit(agent, &Value::Object(t), level + 1)?;
                    self.visit(agent, &Value::Object(h), level + 1)
                }
                (Some(t), _) => self.visit(agent, &Value::Object(t), level),
                _ => Ok(()),
            };
        }
        if let Some(ret) = self.call_custom(agent, o, level)? {
            self.pre.custom.insert(o, ret.clone());
            if !matches!(ret, Value::Object(r) if r == o) {
                return self.visit(agent, &ret, level);
            }
        }
        let key = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
        if let Some(Property::Accessor { get: Some(get), .. }) = lookup(agent, o, &key) {
            match crate::abstract_ops::call(agent, &Value::Object(get), Value::Object(o), &[]) {
                Ok(tag) => {
                    self.pre.tags.insert(o, tag);
                }
                // Node ignores what the getter throws; the host's stop passes through.
                Err(crate::Abrupt::Throw(_)) => {}
                Err(other) => return Err(other),
            }
        }
        if self.opts.depth.is_some_and(|d| level as i64 > d) {
            return Ok(());
        }
        let children = child_values(agent, o, self.opts);
        for c in &children {
            self.visit(agent, c, level + 1)?;
        }
        Ok(())
    }

    /// Node's custom-inspect hook: `o[util.inspect.custom]` when it is a function and `o`
    /// is not a prototype object (its own `constructor.prototype` is not itself), called
    /// with the depth left and an options object.
    fn call_custom(
        &mut self,
        agent: &mut Agent,
        o: ObjectId,
        level: usize,
    ) -> crate::JsResult<Option<Value>> {
        let Some(key) = &self.custom_key else {
            return Ok(None);
        };
        if !self.opts.custom_inspect {
            return Ok(None);
        }
        let Some(Value::Object(f)) = lookup_data_key(agent, o, key) else {
            return Ok(None);
        };
        if !is_callable(agent, f) {
            return Ok(None);
        }
        if let Some(Value::Object(c)) = agent
            .heap
            .get(o)
            .get_own_data(&PropertyKey::from("constructor"))
        {
            if matches!(lookup_data(agent, c, "prototype"), Some(Value::Object(p)) if p == o) {
                return Ok(None);
            }
        }
        let depth = match self.opts.depth {
            Some(d) => Value::Number((d - level as i64) as f64),
            None => Value::Null,
        };
        let proto = agent.intrinsics.object_prototype;
        let options = agent.heap.alloc(crate::object::Object::new(
            Some(proto),
            ObjectKind::Ordinary,
        ));
        let fields = [
            ("depth", depth.clone()),
            ("breakLength", Value::Number(self.opts.break_length as f64)),
            ("compact", Value::Number(self.opts.compact as f64)),
            ("showHidden", Value::Bool(self.opts.show_hidden)),
            ("colors", Value::Bool(false)),
        ];
        for (name, value) in fields {
            crate::abstract_ops::create_data_property(
                agent,
                options,
                PropertyKey::from(name),
                value,
            )?;
        }
        let ret = crate::abstract_ops::call(
            agent,
            &Value::Object(f),
            Value::Object(o),
            &[depth, Value::Object(options), Value::Undefined],
        )?;
        Ok(Some(ret))
    }
}

/// The values inspection shows inside `o`: elements, map and set entries, a promise's
/// result, then the values of the keys shown.
fn child_values(agent: &Agent, o: ObjectId, opts: &InspectOptions) -> Vec<Value> {
    let obj = agent.heap.get(o);
    let mut out = Vec::new();
    match &obj.kind {
        ObjectKind::Array(a) => {
            out.extend(
                a.elems
                    .iter()
                    .flatten()
                    .take(opts.max_array_length)
                    .cloned(),
            );
        }
        ObjectKind::Map(m) | ObjectKind::Set(m) => {
            let is_map = matches!(obj.kind, ObjectKind::Map(_));
            for (k, v) in m.entries.iter().flatten().take(opts.max_array_length) {
                out.push(k.clone());
                if is_map {
                    out.push(v.clone());
                }
            }
        }
        ObjectKind::Promise(p) => out.push(p.result.clone()),
        _ => {}
    }
    let non_index = matches!(obj.kind, ObjectKind::Array(_));
    for k in get_keys(agent, o, opts.show_hidden, non_index) {
        if let Some(Property::Data { value, .. }) = obj.get_own_property(&k) {
            out.push(value);
        }
    }
    out
}

/// The globals Node's `builtInObjects` holds (global names like `Object` or `TypeError`):
/// prototypes of these are not user code, so `%o` does not list their properties.
pub(crate) const BUILT_IN_OBJECTS: &[&str] = &[
    "Object",
    "Function",
    "Array",
    "Number",
    "Boolean",
    "String",
    "Symbol",
    "Date",
    "Promise",
    "RegExp",
    "Error",
    "AggregateError",
    "EvalError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "TypeError",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Iterator",
    "Math",
    "Reflect",
    "Proxy",
    "BigInt",
    "ArrayBuffer",
    "DataView",
    "WeakRef",
    "FinalizationRegistry",
];

/// Where Node's getConstructorName (with showHidden) starts adding prototype properties:
/// the first prototype, unless the constructor was found there and is a built-in one.
fn proto_props_start(agent: &Agent, o: ObjectId) -> Option<ObjectId> {
    let ctor_key = PropertyKey::from("constructor");
    let mut first_proto: Option<Option<ObjectId>> = None;
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(Property::Data {
            value: Value::Object(c),
            ..
        }) = obj.get_own_property(&ctor_key)
        {
            if is_callable(agent, c) {
                if let Some(name) = function_name(agent, c) {
                    if !name.is_empty() && is_instance_of(agent, o, c) {
                        let first = first_proto.flatten();
                        if first != Some(id) || !BUILT_IN_OBJECTS.contains(&name.as_str()) {
                            return Some(first.unwrap_or(o));
                        }
                        return None;
                    }
                }
            }
        }
        cur = obj.proto;
        if first_proto.is_none() {
            first_proto = Some(cur);
        }
    }
    None
}

/// Node's addPrototypeProperties (showHidden only): the non-function properties of up to
/// three user-defined prototype layers that `main` does not shadow, e.g. `[double]:
/// [Getter]` for a class getter.
fn add_prototype_properties(
    agent: &Agent,
    ctx: &mut Ctx,
    main: ObjectId,
    start: ObjectId,
    recurse_times: usize,
) -> Vec<String> {
    let mut output = Vec::new();
    let mut obj = start;
    let mut key_set: Vec<PropertyKey> = Vec::new();
    let mut keys: Vec<PropertyKey> = Vec::new();
    let ctor_key = PropertyKey::from("constructor");
    for depth in 0..3 {
        if depth != 0 || main == obj {
            let Some(p) = agent.heap.get(obj).proto else {
                return output;
            };
            obj = p;
            if let Some(Property::Data {
                value: Value::Object(c),
                ..
            }) = agent.heap.get(obj).get_own_property(&ctor_key)
            {
                if is_callable(agent, c)
                    && function_name(agent, c)
                        .is_some_and(|n| BUILT_IN_OBJECTS.contains(&n.as_str()))
                {
                    return output;
                }
            }
        }
        if depth != 0 {
            key_set.append(&mut keys);
        }
        keys = agent.heap.get(obj).own_property_keys();
        ctx.seen.push(main);
        for key in &keys {
            if *key == ctor_key
                || agent.heap.get(main).get_own_property(key).is_some()
                || (depth != 0 && key_set.contains(key))
            {
                continue;
            }
            let Some(desc) = agent.heap.get(obj).get_own_property(key) else {
                continue;
            };
            if let Property::Data {
                value: Value::Object(f),
                ..
            } = &desc
            {
                if is_callable(agent, *f) {
                    continue;
                }
            }
            output.push(format_property(
                agent,
                ctx,
                obj,
                recurse_times,
                key,
                Extras::Object,
            ));
        }
        ctx.seen.pop();
    }
    output
}

// ───────────────────────────────────────── formatRaw ─────────────────────────────────────────

/// What `format_raw` fills in before formatting the entries.
enum Formatter {
    None,
    Array,
    Set,
    Map,
    MapIterator,
    Promise,
    /// Node's formatWeakCollection: `<items unknown>`.
    WeakCollection,
}

/// Node's formatRaw: picks the prefix, braces and entry formatter by the kind of object,
/// cuts off at `depth`, formats the entries, then lays them out.
fn format_raw(agent: &Agent, ctx: &mut Ctx, o: ObjectId, recurse_times: usize) -> String {
    let obj = agent.heap.get(o);
    let constructor = get_constructor_name(agent, ctx, o, recurse_times);
    let proto_props = if ctx.opts.show_hidden && !exceeds_depth(ctx, recurse_times) {
        match proto_props_start(agent, o) {
            Some(start) => add_prototype_properties(agent, ctx, o, start, recurse_times),
            None => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let ctor = constructor.as_deref();
    let tag = get_tag(agent, ctx, o);
    let show_hidden = ctx.opts.show_hidden;
    let mut base = String::new();
    let mut formatter = Formatter::None;
    let mut braces = (String::from("{"), String::from("}"));
    let mut extras = Extras::Object;

    let iterable = constructor.is_none()
        || lookup(
            agent,
            o,
            &PropertyKey::Symbol(agent.symbols.iterator.clone()),
        )
        .is_some();
    let mut no_iterator = true;
    let mut early_keys = Vec::new();
    if iterable {
        no_iterator = false;
        match &obj.kind {
            ObjectKind::Array(a) => {
                let len = a.len();
                let prefix = if ctor != Some("Array") || !tag.is_empty() {
                    get_prefix(ctor, &tag, "Array", &format!("({len})"))
                } else {
                    String::new()
                };
                early_keys = get_keys(agent, o, show_hidden, true);
                braces = (format!("{prefix}["), "]".into());
                if len == 0 && (early_keys.is_empty() && proto_props.is_empty()) {
                    return format!("{}]", braces.0);
                }
                extras = Extras::Array;
                formatter = Formatter::Array;
            }
            ObjectKind::Set(m) | ObjectKind::Map(m) => {
                let is_set = matches!(obj.kind, ObjectKind::Set(_));
                let size = m.size;
                let prefix = get_prefix(
                    ctor,
                    &tag,
                    if is_set { "Set" } else { "Map" },
                    &format!("({size})"),
                );
                early_keys = get_keys(agent, o, show_hidden, false);
                if size == 0 && (early_keys.is_empty() && proto_props.is_empty()) {
                    return format!("{prefix}{{}}");
                }
                braces = (format!("{prefix}{{"), "}".into());
                formatter = if is_set {
                    Formatter::Set
                } else {
                    Formatter::Map
                };
            }
            ObjectKind::Internal(slots)
                if matches!(**slots, crate::builtins::InternalSlots::MapIterator { .. }) =>
            {
                early_keys = get_keys(agent, o, show_hidden, false);
                let is_set = match &**slots {
                    crate::builtins::InternalSlots::MapIterator { map: Some(m), .. } => {
                        matches!(agent.heap.get(*m).kind, ObjectKind::Set(_))
                    }
                    // An exhausted iterator: its tag still says which kind it is.
                    _ => tag.starts_with("Set"),
                };
                braces = get_iterator_braces(if is_set { "Set" } else { "Map" }, &tag);
                formatter = Formatter::MapIterator;
            }
            _ => no_iterator = true,
        }
    }
    if no_iterator {
        early_keys = get_keys(agent, o, show_hidden, false);
        match &obj.kind {
            ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => {
                base = get_function_base(agent, ctx, o, ctor, &tag);
                if early_keys.is_empty() && proto_props.is_empty() {
                    return base;
                }
            }
            _ if ctor == Some("Object") => {
                if matches!(obj.kind, ObjectKind::Arguments(_)) {
                    braces.0 = "[Arguments] {".into();
                } else if !tag.is_empty() {
                    braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Object", ""));
                }
                if early_keys.is_empty() && proto_props.is_empty() {
                    return format!("{}}}", braces.0);
                }
            }
            // Node's formatRaw for RegExps: RegExp.prototype.toString's text, prefixed when
            // the constructor is not RegExp.
            _ if crate::builtins::regexp::has_regexp_matcher(agent, &Value::Object(o)) => {
                base = crate::builtins::regexp::regexp_display(agent, o).unwrap_or_default();
                let prefix = get_prefix(ctor, &tag, "RegExp", "");
                if prefix != "RegExp " {
                    base = format!("{prefix}{base}");
                }
                if early_keys.is_empty() && proto_props.is_empty() {
                    return base;
                }
            }
            // Node's formatRaw for Dates: the ISO string (or `Invalid Date`), prefixed when
            // the constructor is not Date.
            ObjectKind::Internal(slots)
                if matches!(**slots, crate::builtins::InternalSlots::Date { .. }) =>
            {
                let t =
                    crate::builtins::date::date_value(agent, &Value::Object(o)).unwrap_or(f64::NAN);
                base =
                    crate::builtins::date::iso_string(t).unwrap_or_else(|| "Invalid Date".into());
                if ctor != Some("Date") {
                    base = format!("{}{base}", get_prefix(ctor, &tag, "Date", ""));
                }
                if early_keys.is_empty() && proto_props.is_empty() {
                    return base;
                }
            }
            ObjectKind::Error => {
                base = format_error(agent, ctx, o, ctor, &tag, &mut early_keys);
                if early_keys.is_empty() && proto_props.is_empty() {
                    return base;
                }
            }
            ObjectKind::Promise(_) => {
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Promise", ""));
                formatter = Formatter::Promise;
            }
            // Node's isWeakSet / isWeakMap branches.
            ObjectKind::Internal(_)
                if crate::builtins::weak::weak_collection_kind(agent, o).is_some() =>
            {
                let is_map = crate::builtins::weak::weak_collection_kind(agent, o) == Some(true);
                let fallback = if is_map { "WeakMap" } else { "WeakSet" };
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, fallback, ""));
                formatter = Formatter::WeakCollection;
            }
            ObjectKind::BooleanObject(_)
            | ObjectKind::NumberObject(_)
            | ObjectKind::StringObject(_)
            | ObjectKind::SymbolObject(_)
            | ObjectKind::BigIntObject(_) => {
                base = get_boxed_base(agent, ctx, o, &mut early_keys, ctor, &tag);
                if early_keys.is_empty() && proto_props.is_empty() {
                    return base;
                }
            }
            _ => {
                let style = get_ctx_style(agent, o, ctor, &tag);
                if early_keys.is_empty() && proto_props.is_empty() {
                    return format!("{style}{{}}");
                }
                braces.0 = format!("{style}{{");
            }
        }
    }
    let keys = early_keys;

    if exceeds_depth(ctx, recurse_times) {
        let style = get_ctx_style(agent, o, ctor, &tag);
        let name = &style[..style.len() - 1];
        return if constructor.is_some() {
            format!("[{name}]")
        } else {
            name.to_string()
        };
    }
    if ctx.seen.len() >= MAX_NESTING {
        // Node's handleMaxCallStackSize, at a fixed nesting instead of V8's stack limit.
        let style = get_ctx_style(agent, o, ctor, &tag);
        return format!(
            "[{}: Inspection interrupted prematurely. Maximum call stack size exceeded.]",
            &style[..style.len() - 1]
        );
    }
    let recurse_times = recurse_times + 1;
    ctx.seen.push(o);
    ctx.current_depth = recurse_times;
    let mut output = match formatter {
        Formatter::None => Vec::new(),
        Formatter::Array => format_array(agent, ctx, o, recurse_times),
        Formatter::Set => format_set(agent, ctx, o, recurse_times),
        Formatter::Map => format_map(agent, ctx, o, recurse_times),
        Formatter::MapIterator => format_iterator(agent, ctx, o, &mut braces, recurse_times),
        Formatter::Promise => format_promise(agent, ctx, o, recurse_times),
        Formatter::WeakCollection if ctx.opts.show_hidden => {
            format_weak(agent, ctx, o, recurse_times)
        }
        Formatter::WeakCollection => vec!["<items unknown>".into()],
    };
    for k in &keys {
        let entry = format_property(agent, ctx, o, recurse_times, k, extras);
        output.push(entry);
    }
    output.extend(proto_props);
    if let Some(i) = ctx.circular.iter().position(|c| *c == o) {
        let reference = format!("<ref *{}>", i + 1);
        base = if base.is_empty() {
            reference
        } else {
            format!("{reference} {base}")
        };
    }
    ctx.seen.pop();
    reduce_to_single_string(
        ctx,
        output,
        &base,
        &braces,
        extras,
        recurse_times,
        Some(o),
        agent,
    )
}

/// Node's getIteratorBraces: `[Map Iterator] {`, `[Set Iterator] {`, with any other tag
/// in front.
fn get_iterator_braces(kind: &str, tag: &str) -> (String, String) {
    let own = format!("{kind} Iterator");
    let mut t = tag.to_string();
    if t != own {
        if !t.is_empty() {
            t.push_str("] [");
        }
        t.push_str(&own);
    }
    (format!("[{t}] {{"), "}".into())
}

/// Node's getBoxedBase: `[Number: 3]`, `[String: 'ab']`, with the constructor when it is
/// not the type's own and the tag when it differs. A String object's index keys go.
fn get_boxed_base(
    agent: &Agent,
    ctx: &Ctx,
    o: ObjectId,
    keys: &mut Vec<PropertyKey>,
    constructor: Option<&str>,
    tag: &str,
) -> String {
    let (ty, shown) = match &agent.heap.get(o).kind {
        ObjectKind::NumberObject(n) => ("Number", format_number(*n)),
        ObjectKind::StringObject(s) => {
            keys.retain(|k| k.as_array_index().is_none_or(|i| i as usize >= s.len()));
            let plain = Ctx {
                opts: ctx.opts,
                seen: Vec::new(),
                circular: Vec::new(),
                indentation_lvl: ctx.indentation_lvl,
                current_depth: 0,
                custom_hops: 0,
            };
            (
                "String",
                format_primitive(&plain, &Value::String(s.clone())),
            )
        }
        ObjectKind::BooleanObject(b) => ("Boolean", b.to_string()),
        ObjectKind::SymbolObject(s) => ("Symbol", s.descriptive_string()),
        ObjectKind::BigIntObject(b) => ("BigInt", format!("{b}n")),
        _ => ("Object", String::new()),
    };
    let mut base = format!("[{ty}");
    match constructor {
        Some(c) if c == ty => {}
        Some(c) => base.push_str(&format!(" ({c})")),
        None => base.push_str(" (null prototype)"),
    }
    base.push_str(&format!(": {shown}]"));
    if !tag.is_empty() && Some(tag) != constructor {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

/// Node's getClassBase: `[class A]`, `[class B extends A]`, `[class (anonymous)]`.
fn get_class_base(agent: &Agent, o: ObjectId, constructor: Option<&str>, tag: &str) -> String {
    let own_name = agent
        .heap
        .get(o)
        .get_own_property(&PropertyKey::from("name"));
    let name = match own_name {
        Some(Property::Data {
            value: Value::String(s),
            ..
        }) if !s.is_empty() => s.to_rust_string(),
        _ => "(anonymous)".into(),
    };
    let mut base = format!("class {name}");
    if let Some(c) = constructor {
        if c != "Function" {
            base.push_str(&format!(" [{c}]"));
        }
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    if constructor.is_some() {
        if let Some(p) = agent.heap.get(o).proto {
            if let Some(super_name) = function_name(agent, p) {
                if !super_name.is_empty() {
                    base.push_str(&format!(" extends {super_name}"));
                }
            }
        }
    } else {
        base.push_str(" extends [null prototype]");
    }
    format!("[{base}]")
}

/// Node's getFunctionBase: `[Function: f]`, `[AsyncFunction: f]`, `[GeneratorFunction:
/// g]`, `[Function (anonymous)]`, classes through `get_class_base`.
///
/// One deliberate difference: the constructor name Node appends when it is not the
/// function's own type (`[Function: f] Foo` for a function whose prototype was changed)
/// is left out when it is plain `Function` or `Object`, so async and generator functions
/// print as Node prints them even while mini-js's %AsyncFunction.prototype% and
/// %GeneratorFunction.prototype% have no `constructor` yet.
fn get_function_base(
    agent: &Agent,
    ctx: &mut Ctx,
    o: ObjectId,
    constructor: Option<&str>,
    tag: &str,
) -> String {
    let mut ty = "Function";
    if let ObjectKind::Function(f) = &agent.heap.get(o).kind {
        if f.class.is_some() {
            return get_class_base(agent, o, constructor, tag);
        }
        ty = match (f.code.is_async, f.code.is_generator) {
            (true, true) => "AsyncGeneratorFunction",
            (true, false) => "AsyncFunction",
            (false, true) => "GeneratorFunction",
            (false, false) => "Function",
        };
    }
    let mut base = format!("[{ty}");
    if constructor.is_none() {
        base.push_str(" (null prototype)");
    }
    match lookup_data(agent, o, "name") {
        Some(Value::String(s)) if s.is_empty() => base.push_str(" (anonymous)"),
        Some(Value::String(s)) => base.push_str(&format!(": {}", s.to_rust_string())),
        // `value.name === ''` is false for a missing name: Node prints `: undefined`.
        Some(other) => {
            let shown = format_value(agent, ctx, &other, 0);
            base.push_str(&format!(": {shown}"));
        }
        None => base.push_str(": undefined"),
    }
    base.push(']');
    if let Some(c) = constructor {
        if c != ty && c != "Function" && c != "Object" {
            base.push_str(&format!(" {c}"));
        }
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base.push_str(&format!(" [{tag}]"));
    }
    base
}

/// What `Error.prototype.toString` gives for an error (name and message read without
/// running getters): the first line of a V8 stack.
/// The value of `o`'s own data property `name` when it is a string (no getters run).
pub fn own_string(agent: &Agent, o: ObjectId, name: &str) -> Option<String> {
    match agent.heap.get(o).get_own_property(&PropertyKey::from(name)) {
        Some(Property::Data {
            value: Value::String(s),
            ..
        }) => Some(s.to_rust_string()),
        _ => None,
    }
}

pub fn error_text(agent: &Agent, o: ObjectId) -> String {
    let name = match lookup_data(agent, o, "name") {
        None | Some(Value::Undefined) => "Error".to_string(),
        Some(v) => display_plain(&v),
    };
    let message = match lookup_data(agent, o, "message") {
        None | Some(Value::Undefined) => String::new(),
        Some(v) => display_plain(&v),
    };
    if name.is_empty() {
        message
    } else if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}

/// Node's formatError: the stack (here: the `Name: message` line and stand-in frames),
/// with the constructor named when it differs from `name` (`MyErr [Error]: x`), `name`
/// and `message` keys dropped when the stack shows them, and `cause` / `errors` added.
fn format_error(
    agent: &Agent,
    ctx: &Ctx,
    o: ObjectId,
    constructor: Option<&str>,
    tag: &str,
    keys: &mut Vec<PropertyKey>,
) -> String {
    let header = error_text(agent, o);
    let message = lookup_data(agent, o, "message");
    let name = lookup_data(agent, o, "name");
    if !ctx.opts.show_hidden && !keys.is_empty() {
        keys.retain(|k| !matches!(k, PropertyKey::String(s) if s.eq_str("stack")));
        let shown_in_stack = |v: &Option<Value>| match v {
            Some(Value::String(s)) => header.contains(&s.to_rust_string()),
            _ => true,
        };
        if shown_in_stack(&message) {
            keys.retain(|k| !matches!(k, PropertyKey::String(s) if s.eq_str("message")));
        }
        if shown_in_stack(&name) {
            keys.retain(|k| !matches!(k, PropertyKey::String(s) if s.eq_str("name")));
        }
    }
    let obj = agent.heap.get(o);
    let cause = PropertyKey::from("cause");
    if obj.get_own_property(&cause).is_some() && !keys.contains(&cause) {
        keys.push(cause);
    }
    let errors = PropertyKey::from("errors");
    if let Some(Property::Data {
        value: Value::Object(e),
        ..
    }) = obj.get_own_property(&errors)
    {
        if matches!(agent.heap.get(e).kind, ObjectKind::Array(_)) && !keys.contains(&errors) {
            keys.push(errors);
        }
    }
    let name = match name {
        Some(Value::String(s)) => s.to_rust_string(),
        None | Some(Value::Undefined) | Some(Value::Null) => "Error".into(),
        Some(v) => display_plain(&v),
    };
    let mut stack = improve_stack(header, constructor, &name, tag);
    // The frames of the error's own `stack` (captured at creation, see host::stack); the
    // stand-in line when it has none.
    let own_stack = own_string(agent, o, "stack");
    let frames = own_stack
        .as_deref()
        .map(crate::stack::frame_lines)
        .unwrap_or_default();
    if frames.is_empty() {
        stack.push_str(&frame_line());
    }
    for f in frames {
        stack.push('\n');
        stack.push_str(f);
    }
    if ctx.indentation_lvl != 0 {
        let indentation = " ".repeat(ctx.indentation_lvl);
        stack = stack.replace('\n', &format!("\n{indentation}"));
    }
    stack
}

/// Node's improveStack: names the constructor in the first line when it differs from the
/// error's `name` (`MyErr [Error]: x`, `[Error: null prototype]: x`).
fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(name)
        && matches!(stack.as_bytes().get(len), None | Some(b':') | Some(b'\n'));
    if constructor.is_none() || looks_normal {
        let mut fallback = "Error".to_string();
        if constructor.is_none() {
            let first = stack.split(['\n', ':']).next().unwrap_or("");
            let ok = first.len() > 1
                && first.starts_with(|c: char| c.is_ascii_uppercase())
                && first
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || " _[]()-".contains(c));
            let found = if ok { first.to_string() } else { String::new() };
            len = found.len();
            if !found.is_empty() {
                fallback = found;
            }
        }
        let prefix = get_prefix(constructor, tag, &fallback, "");
        let prefix = &prefix[..prefix.len() - 1];
        if name != prefix {
            return if prefix.contains(name) {
                if len == 0 {
                    format!("{prefix}: {stack}")
                } else {
                    format!("{prefix}{}", &stack[len.min(stack.len())..])
                }
            } else {
                format!("{prefix} [{name}]{}", &stack[len.min(stack.len())..])
            };
        }
    }
    stack
}

// ───────────────────────────────────────── entries ─────────────────────────────────────────

/// Node's formatArray (and formatSpecialArray for holes): up to maxArrayLength entries,
/// runs of holes as `<n empty items>`, then `... n more items`.
fn format_array(agent: &Agent, ctx: &mut Ctx, o: ObjectId, recurse_times: usize) -> Vec<String> {
    let obj = agent.heap.get(o);
    let Some((elems, len)) = obj.array().map(|a| (&a.elems, a.len())) else {
        return Vec::new();
    };
    // Elements that are not plain data live in the property map under their index; list
    // those once, so finding the end of a run of holes never allocates keys.
    let special: std::collections::BTreeSet<usize> = obj
        .props
        .iter()
        .filter(|(_, p)| p.enumerable() || ctx.opts.show_hidden)
        .filter_map(|(k, _)| k.as_array_index().map(|i| i as usize))
        .collect();
    let present = |i: usize| elems.get(i).is_some_and(Option::is_some) || special.contains(&i);
    // The first present index at or after `from` (`len` if none), without visiting every
    // hole of a sparse array.
    let next_present = |from: usize| -> usize {
        let dense = (from..elems.len()).find(|&i| present(i));
        dense
            .or_else(|| special.range(from.max(elems.len())..).next().copied())
            .map_or(len, |i| i.min(len))
    };
    let max = ctx.opts.max_array_length.min(len);
    let mut output = Vec::new();
    let mut index = 0usize;
    while index < len && output.len() < max {
        if present(index) {
            let key = PropertyKey::from_index(index as u32);
            output.push(format_property(
                agent,
                ctx,
                o,
                recurse_times,
                &key,
                Extras::ArrayEntry,
            ));
            index += 1;
        } else {
            // A run of holes (formatSpecialArray).
            let next = next_present(index + 1);
            let empty = next - index;
            output.push(format!(
                "<{empty} empty item{}>",
                if empty > 1 { "s" } else { "" }
            ));
            index = next;
        }
    }
    let remaining = len - index;
    if remaining > 0 {
        output.push(remaining_text(remaining));
    }
    output
}

fn remaining_text(remaining: usize) -> String {
    format!(
        "... {remaining} more item{}",
        if remaining > 1 { "s" } else { "" }
    )
}

fn live_entries(agent: &Agent, o: ObjectId, from: usize) -> Vec<(Value, Value)> {
    match &agent.heap.get(o).kind {
        ObjectKind::Map(m) | ObjectKind::Set(m) => m
            .entries
            .iter()
            .skip(from)
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// Node's formatSet.
fn format_set(agent: &Agent, ctx: &mut Ctx, o: ObjectId, recurse_times: usize) -> Vec<String> {
    let entries = live_entries(agent, o, 0);
    let max = ctx.opts.max_array_length.min(entries.len());
    ctx.indentation_lvl += 2;
    let mut output: Vec<String> = entries[..max]
        .iter()
        .map(|(k, _)| format_value(agent, ctx, k, recurse_times))
        .collect();
    ctx.indentation_lvl -= 2;
    if entries.len() > max {
        output.push(remaining_text(entries.len() - max));
    }
    output
}

/// Node's formatWeakSet / formatWeakMap (showHidden): the entries, formatted and then
/// sorted as strings (their order in the table means nothing).
fn format_weak(agent: &Agent, ctx: &mut Ctx, o: ObjectId, recurse_times: usize) -> Vec<String> {
    let entries = crate::builtins::weak::weak_entries(agent, o);
    let max = ctx.opts.max_array_length.min(entries.len());
    ctx.indentation_lvl += 2;
    let mut output = Vec::new();
    for (k, v) in &entries[..max] {
        let k = format_value(agent, ctx, k, recurse_times);
        output.push(match v {
            Some(v) => format!("{k} => {}", format_value(agent, ctx, v, recurse_times)),
            None => k,
        });
    }
    ctx.indentation_lvl -= 2;
    // ArrayPrototypeSort: by UTF-16 code units.
    output.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
    if entries.len() > max {
        output.push(remaining_text(entries.len() - max));
    }
    output
}

/// Node's formatMap: `key => value` entries.
fn format_map(agent: &Agent, ctx: &mut Ctx, o: ObjectId, recurse_times: usize) -> Vec<String> {
    let entries = live_entries(agent, o, 0);
    let max = ctx.opts.max_array_length.min(entries.len());
    ctx.indentation_lvl += 2;
    let mut output = Vec::new();
    for (k, v) in &entries[..max] {
        let k = format_value(agent, ctx, k, recurse_times);
        let v = format_value(agent, ctx, v, recurse_times);
        output.push(format!("{k} => {v}"));
    }
    ctx.indentation_lvl -= 2;
    if entries.len() > max {
        output.push(remaining_text(entries.len() - max));
    }
    output
}

/// Node's formatIterator for Map and Set iterators: a preview of the entries still to
/// come; `[k, v]` pairs for entry iterators, whose braces then say `Entries`.
fn format_iterator(
    agent: &Agent,
    ctx: &mut Ctx,
    o: ObjectId,
    braces: &mut (String, String),
    recurse_times: usize,
) -> Vec<String> {
    use crate::builtins::iterator::IterationKind;
    let ObjectKind::Internal(slots) = &agent.heap.get(o).kind else {
        return Vec::new();
    };
    let crate::builtins::InternalSlots::MapIterator { map, index, kind } = &**slots else {
        return Vec::new();
    };
    if matches!(kind, IterationKind::KeyValue) {
        if let Some(head) = braces.0.strip_suffix(" Iterator] {") {
            braces.0 = format!("{head} Entries] {{");
        }
    }
    // An exhausted iterator has no entries left (but still says `Entries`).
    let Some(map) = map else {
        return Vec::new();
    };
    let is_set = matches!(agent.heap.get(*map).kind, ObjectKind::Set(_));
    let entries = live_entries(agent, *map, *index);
    let max = ctx.opts.max_array_length.min(entries.len());
    let mut output = Vec::new();
    ctx.indentation_lvl += 2;
    if matches!(kind, IterationKind::KeyValue) {
        for (k, v) in &entries[..max] {
            let v = if is_set { k } else { v };
            let pair = vec![
                format_value(agent, ctx, k, recurse_times),
                format_value(agent, ctx, v, recurse_times),
            ];
            let braces = ("[".to_string(), "]".to_string());
            output.push(reduce_to_single_string(
                ctx,
                pair,
                "",
                &braces,
                Extras::Array,
                recurse_times,
                None,
                agent,
            ));
        }
    } else {
        for (k, v) in &entries[..max] {
            let shown = if matches!(kind, IterationKind::Value) && !is_set {
                v
            } else {
                k
            };
            output.push(format_value(agent, ctx, shown, recurse_times));
        }
    }
    ctx.indentation_lvl -= 2;
    if entries.len() > max {
        output.push(remaining_text(entries.len() - max));
    }
    output
}

/// Node's formatPromise: `<pending>`, the value, or `<rejected> reason`.
fn format_promise(agent: &Agent, ctx: &mut Ctx, o: ObjectId, recurse_times: usize) -> Vec<String> {
    use crate::builtins::promise::PromiseState;
    let ObjectKind::Promise(p) = &agent.heap.get(o).kind else {
        return Vec::new();
    };
    if matches!(p.state, PromiseState::Pending) {
        return vec!["<pending>".into()];
    }
    let rejected = matches!(p.state, PromiseState::Rejected);
    let result = p.result.clone();
    ctx.indentation_lvl += 2;
    let s = format_value(agent, ctx, &result, recurse_times);
    ctx.indentation_lvl -= 2;
    vec![if rejected {
        format!("<rejected> {s}")
    } else {
        s
    }]
}

/// Node's formatProperty: `key: value` (just the value for array entries), accessors as
/// `[Getter]`, `[Setter]`, `[Getter/Setter]`, non-enumerable keys in brackets.
fn format_property(
    agent: &Agent,
    ctx: &mut Ctx,
    o: ObjectId,
    recurse_times: usize,
    key: &PropertyKey,
    extras: Extras,
) -> String {
    let Some(desc) = agent.heap.get(o).get_own_property(key) else {
        return String::new();
    };
    let shown = match &desc {
        Property::Data { value, .. } => {
            ctx.indentation_lvl += 2;
            let s = format_value(agent, ctx, value, recurse_times);
            ctx.indentation_lvl -= 2;
            s
        }
        Property::Accessor { get, set, .. } => match (get.is_none(), set.is_none()) {
            (false, false) => "[Getter/Setter]".into(),
            (false, true) => "[Getter]".into(),
            (true, false) => "[Setter]".into(),
            (true, true) => "undefined".into(),
        },
    };
    if extras == Extras::ArrayEntry {
        return shown;
    }
    let mut name = format_key(key);
    if !desc.enumerable() {
        name = format!("[{name}]");
    }
    format!("{name}: {shown}")
}

/// A property key as Node prints it: bare when it matches `^[a-zA-Z_][a-zA-Z_0-9]*$`,
/// quoted otherwise, symbols as `Symbol(desc)`.
fn format_key(k: &PropertyKey) -> String {
    match k {
        PropertyKey::String(s) => {
            let units = s.units();
            let ident = units.first().is_some_and(|&c| is_key_start(c))
                && units
                    .iter()
                    .all(|&c| is_key_start(c) || (0x30..=0x39).contains(&c));
            if ident {
                if s.eq_str("__proto__") {
                    "['__proto__']".into()
                } else {
                    s.to_rust_string()
                }
            } else {
                str_escape(units)
            }
        }
        PropertyKey::Symbol(s) => {
            let units: Vec<u16> = s.descriptive_string().encode_utf16().collect();
            escape_units(&units, true)
        }
    }
}

fn is_key_start(c: u16) -> bool {
    (0x41..=0x5a).contains(&c) || (0x61..=0x7a).contains(&c) || c == 0x5f
}

// ───────────────────────────────────────── layout ─────────────────────────────────────────

/// Node's isBelowBreakLength: whether the entries, their separators and `start` fit in
/// breakLength, and `base` has no line break.
fn is_below_break_length(ctx: &Ctx, output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > ctx.opts.break_length {
        return false;
    }
    for e in output {
        total += js_len(e);
        if total > ctx.opts.break_length {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

/// Node's reduceToSingleString (compact mode 3): arrays of more than six entries are
/// grouped into columns; the entries go on one line when the object is among the
/// `compact` innermost levels and everything fits in breakLength, else one per line,
/// indented by two spaces.
#[allow(clippy::too_many_arguments)]
fn reduce_to_single_string(
    ctx: &Ctx,
    mut output: Vec<String>,
    base: &str,
    braces: &(String, String),
    extras: Extras,
    recurse_times: usize,
    value: Option<ObjectId>,
    agent: &Agent,
) -> String {
    let entries = output.len();
    if extras == Extras::Array && entries > 6 {
        output = group_array_elements(ctx, output, value, agent);
    }
    if ctx.current_depth as i64 - (recurse_times as i64) < ctx.opts.compact as i64
        && entries == output.len()
    {
        let start = output.len() + ctx.indentation_lvl + js_len(&braces.0) + js_len(base) + 10;
        if is_below_break_length(ctx, &output, start, base) {
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
    let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
    let b = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    format!(
        "{b}{}{indentation}  {}{indentation}{}",
        braces.0,
        output.join(&format!(",{indentation}  ")),
        braces.1
    )
}

/// Whether `value[i]` is a number (own data element), for the alignment of grouped
/// arrays: all numbers are right-aligned, anything else left-aligned.
fn element_is_number(agent: &Agent, value: Option<ObjectId>, i: usize) -> bool {
    let Some(o) = value else {
        return false;
    };
    matches!(
        agent
            .heap
            .get(o)
            .get_own_data(&PropertyKey::from_index(i as u32)),
        Some(Value::Number(_))
    )
}

/// Node's groupArrayElements: when the entries are short enough, arranges them in
/// columns of equal width, roughly in a square (a character being ~2.5 times as high as
/// wide), at most 15 (and `compact * 4`) columns and within breakLength.
fn group_array_elements(
    ctx: &Ctx,
    output: Vec<String>,
    value: Option<ObjectId>,
    agent: &Agent,
) -> Vec<String> {
    let mut total_length = 0usize;
    let mut max_length = 0usize;
    let mut output_length = output.len();
    if ctx.opts.max_array_length < output.len() {
        // The "... n more items" entry does not take part in the grouping.
        output_length -= 1;
    }
    let separator_space = 2;
    let mut data_len = Vec::with_capacity(output_length);
    for e in &output[..output_length] {
        let len = get_string_width(e);
        data_len.push(len);
        total_length += len + separator_space;
        if max_length < len {
            max_length = len;
        }
    }
    let actual_max = max_length + separator_space;
    if actual_max * 3 + ctx.indentation_lvl < ctx.opts.break_length
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let by_area =
            ((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max + 0.5)
                .floor();
        let by_width = ((ctx.opts.break_length - ctx.indentation_lvl.min(ctx.opts.break_length))
            / actual_max) as f64;
        let columns = by_area
            .min(by_width)
            .min((ctx.opts.compact * 4) as f64)
            .min(15.0);
        if columns.is_nan() || columns <= 1.0 {
            return output;
        }
        let columns = columns as usize;
        let mut max_line_length = Vec::with_capacity(columns);
        for i in 0..columns {
            let mut line_max = 0;
            let mut j = i;
            while j < output_length {
                line_max = line_max.max(data_len[j]);
                j += columns;
            }
            max_line_length.push(line_max + separator_space);
        }
        let pad_start = (0..output.len()).all(|i| element_is_number(agent, value, i));
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut line = String::new();
            let mut j = i;
            while j < max - 1 {
                let cell = format!("{}, ", output[j]);
                let padding = max_line_length[j - i] + js_len(&output[j]) - data_len[j];
                line.push_str(&pad(&cell, padding, pad_start));
                j += 1;
            }
            if pad_start {
                let padding = (max_line_length[j - i] + js_len(&output[j]))
                    .saturating_sub(data_len[j] + separator_space);
                line.push_str(&pad(&output[j], padding, true));
            } else {
                line.push_str(&output[j]);
            }
            tmp.push(line);
            i += columns;
        }
        if ctx.opts.max_array_length < output.len() {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

/// String.prototype.padStart / padEnd with spaces to `width` UTF-16 units.
fn pad(s: &str, width: usize, start: bool) -> String {
    let len = js_len(s);
    if len >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - len);
    if start {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

// ───────────────────────────────── short forms for messages ─────────────────────────────────

fn display_plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_rust_string(),
        Value::Number(n) => number_to_string(*n),
        Value::Bool(b) => b.to_string(),
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Symbol(s) => s.descriptive_string(),
        Value::BigInt(b) => b.to_string(),
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

/// `#<Ctor>` as V8 prints objects in messages; functions as inspect shows them.
pub fn brief_object(agent: &Agent, o: ObjectId) -> String {
    let obj = agent.heap.get(o);
    match &obj.kind {
        ObjectKind::Array(_) => "[object Array]".into(),
        ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => {
            let opts = InspectOptions::default();
            let mut ctx = Ctx {
                opts: &opts,
                seen: Vec::new(),
                circular: Vec::new(),
                indentation_lvl: 0,
                current_depth: 0,
                custom_hops: 0,
            };
            let ctor = get_constructor_name(agent, &ctx, o, 0);
            get_function_base(agent, &mut ctx, o, ctor.as_deref(), "")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn run(source: &str) -> crate::RunOutput {
        // No limits: the deep nesting below prints more than the default 1 MiB of output.
        crate::run_script("inspect-test.js", source, &crate::RunOptions::unlimited())
    }

    /// Nesting far beyond any depth stops with Node's marker instead of exhausting the
    /// Rust stack.
    #[test]
    fn deep_nesting_is_interrupted_not_a_crash() {
        let out = run("const a = []; let c = a;\n\
             for (let i = 0; i < 5000; i++) { const n = []; c.push(n); c = n; }\n\
             console.dir(a, { depth: null });");
        assert_eq!(out.exit_code, 0, "{}", out.stderr);
        assert_eq!(
            out.stdout
                .matches("[Array: Inspection interrupted prematurely. Maximum call stack size exceeded.]")
                .count(),
            1
        );
    }

    #[test]
    fn str_escape_picks_quotes_like_node() {
        let q = |s: &str| quote_string(s);
        assert_eq!(q("a"), "'a'");
        assert_eq!(q("it's"), "\"it's\"");
        assert_eq!(q("'\""), "`'\"`");
        assert_eq!(q("'\"`"), "'\\'\"`'");
        assert_eq!(q("'\"${"), "'\\'\"${'");
        assert_eq!(q("\n\u{7f}\\"), "'\\n\\x7F\\\\'");
    }

    #[test]
    fn frame_lines_are_removed_with_their_punctuation_kept() {
        let s = format!("Error: x{} {{\n  a: 1\n}}", frame_line());
        assert_eq!(strip_frames(s), "Error: x {\n  a: 1\n}");
        let s = format!(
            "[\n  Error: x{},\n  1\n]",
            frame_line().replace('\n', "\n  ")
        );
        assert_eq!(strip_frames(s), "[\n  Error: x,\n  1\n]");
    }

    #[test]
    fn number_formatting() {
        assert_eq!(format_number(-0.0), "-0");
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_number(1e21), "1e+21");
    }

    /// Promises print their state (Node's formatPromise); built directly on the heap since
    /// Promise objects are not reachable from JavaScript in every build.
    #[test]
    fn promise_states() {
        use crate::builtins::promise::{PromiseData, PromiseState};
        use crate::object::Object;
        let options = crate::RunOptions::default();
        let mut agent = Agent::new(
            "t.js",
            "",
            options.agent_options(),
            options.host.host(&options),
        );
        let promise = |agent: &mut Agent, state: PromiseState, result: Value| {
            let data = PromiseData {
                state,
                result,
                fulfill_reactions: Vec::new(),
                reject_reactions: Vec::new(),
                is_handled: true,
            };
            let p = agent
                .heap
                .alloc(Object::new(None, ObjectKind::Promise(Box::new(data))));
            inspect(agent, &Value::Object(p), &InspectOptions::default())
        };
        assert_eq!(
            promise(&mut agent, PromiseState::Pending, Value::Undefined),
            "[Promise: null prototype] { <pending> }"
        );
        assert_eq!(
            promise(&mut agent, PromiseState::Fulfilled, Value::Number(1.0)),
            "[Promise: null prototype] { 1 }"
        );
        let err = agent.new_error(crate::builtins::ErrorKind::Error, "no");
        assert_eq!(
            promise(&mut agent, PromiseState::Rejected, Value::Object(err)),
            "[Promise: null prototype] {\n  <rejected> Error: no\n}"
        );
    }
}
