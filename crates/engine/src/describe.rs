//! How the engine names a value inside its own error messages (`Cannot read properties of
//! undefined`, `#<Object> is not a function`, `Class extends value abc is not a constructor
//! or null`): V8's wording, which Node prints unchanged.
//!
//! These are the engine's texts, not console output: they read the heap without running
//! code (no getters, no `toString`), so describing a value can neither throw nor have side
//! effects. Console formatting (`util.inspect`) is the host's (crate `mini-js-host-node`).

use crate::heap::ObjectId;
use crate::object::{ObjectKind, Property};
use crate::value::{number_to_string, PropertyKey, Value};
use crate::Agent;

/// A primitive as V8's NoSideEffectsToString shows it (strings without quotes); objects as
/// `[object Object]`.
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

/// V8's Object::NoSideEffectsToString, as messages such as `Class extends value % is not a
/// constructor or null` use it: primitives as strings (no quotes), objects as
/// [`brief_object`] names them.
///
/// NOTE(mini-js): V8 shows a function as its source text; mini-js names it as
/// [`brief_object`] does (`[Function: f]`).
#[doc(alias = "NoSideEffectsToString")]
pub fn no_side_effects_to_string(agent: &Agent, v: &Value) -> String {
    match v {
        Value::Object(o) => brief_object(agent, *o),
        other => display_plain(other),
    }
}

/// `#<Ctor>` as V8 prints objects in messages; arrays as `[object Array]`; functions as
/// `[Function: f]`, `[AsyncFunction: f]`, `[class A extends B]`.
pub fn brief_object(agent: &Agent, o: ObjectId) -> String {
    let obj = agent.heap.get(o);
    match &obj.kind {
        ObjectKind::Array(_) => "[object Array]".into(),
        ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => {
            function_text(agent, o)
        }
        _ => match tag_text(agent, o) {
            Some(text) => text,
            None => format!(
                "#<{}>",
                constructor_name(agent, o).unwrap_or_else(|| "Object".into())
            ),
        },
    }
}

/// V8's NoSideEffectsToString falls back to `[object Tag]` when the first "constructor"
/// on the prototype chain is not a data property holding a function (a generator, an
/// Iterator Helper, a null-prototype object): Tag is the first %Symbol.toStringTag% data
/// property that is a string, or "Object".
fn tag_text(agent: &Agent, o: ObjectId) -> Option<String> {
    // A proxy is `#<Object>` to V8 (it runs no traps to describe one).
    if matches!(agent.heap.get(o).kind, ObjectKind::Proxy(_)) {
        return None;
    }
    let first = |key: &PropertyKey| {
        let mut cur = Some(o);
        for _ in 0..10_000 {
            let obj = agent.heap.get(cur?);
            if let Some(p) = obj.get_own_property(key) {
                return Some(p);
            }
            cur = obj.proto;
        }
        None
    };
    if let Some(Property::Data {
        value: Value::Object(c),
        ..
    }) = first(&PropertyKey::from("constructor"))
    {
        if agent.heap.get(c).is_callable() {
            return None;
        }
    }
    let tag = match first(&PropertyKey::Symbol(agent.symbols.to_string_tag.clone())) {
        Some(Property::Data {
            value: Value::String(s),
            ..
        }) => s.to_rust_string(),
        _ => "Object".to_string(),
    };
    Some(format!("[object {tag}]"))
}

/// `[Function: f]`, `[Function (anonymous)]`, `[GeneratorFunction: g]`, `[class A]`,
/// `[class B extends A]`: a function named by its kind and its `name`.
fn function_text(agent: &Agent, o: ObjectId) -> String {
    let constructor = constructor_name(agent, o);
    let mut ty = "Function";
    if let ObjectKind::Function(f) = &agent.heap.get(o).kind {
        if f.class.is_some() {
            return class_text(agent, o, constructor.as_deref());
        }
        ty = match (f.code.is_async, f.code.is_generator) {
            (true, true) => "AsyncGeneratorFunction",
            (true, false) => "AsyncFunction",
            (false, true) => "GeneratorFunction",
            (false, false) => "Function",
        };
    }
    let mut text = format!("[{ty}");
    if constructor.is_none() {
        text.push_str(" (null prototype)");
    }
    match lookup_data(agent, o, "name") {
        Some(Value::String(s)) if s.is_empty() => text.push_str(" (anonymous)"),
        Some(Value::String(s)) => text.push_str(&format!(": {}", s.to_rust_string())),
        Some(other) => text.push_str(&format!(": {}", display_plain(&other))),
        None => text.push_str(": undefined"),
    }
    text.push(']');
    if let Some(c) = constructor.as_deref() {
        if c != ty && c != "Function" && c != "Object" {
            text.push_str(&format!(" {c}"));
        }
    }
    text
}

/// `[class A]`, `[class B extends A]`, `[class (anonymous)]`.
fn class_text(agent: &Agent, o: ObjectId, constructor: Option<&str>) -> String {
    let name = match agent
        .heap
        .get(o)
        .get_own_property(&PropertyKey::from("name"))
    {
        Some(Property::Data {
            value: Value::String(s),
            ..
        }) if !s.is_empty() => s.to_rust_string(),
        _ => "(anonymous)".into(),
    };
    let mut text = format!("class {name}");
    if let Some(c) = constructor {
        if c != "Function" {
            text.push_str(&format!(" [{c}]"));
        }
    }
    if constructor.is_some() {
        if let Some(p) = agent.heap.get(o).proto {
            if let Some(super_name) = function_name(agent, p) {
                if !super_name.is_empty() {
                    text.push_str(&format!(" extends {super_name}"));
                }
            }
        }
    } else {
        text.push_str(" extends [null prototype]");
    }
    format!("[{text}]")
}

/// The "name" of a function as `fn.name` reads it (own or inherited data property), if
/// it is a string.
pub fn function_name(agent: &Agent, f: ObjectId) -> Option<String> {
    match lookup_data(agent, f, "name") {
        Some(Value::String(s)) => Some(s.to_rust_string()),
        _ => None,
    }
}

/// The name of the constructor whose prototype `o` inherits from, as V8's
/// GetConstructorName finds it for messages: the first `constructor` data property on the
/// prototype chain that is a named function `o` is an instance of; V8's own name for the
/// kind of object when the chain has none; `None` for an object whose chain has no
/// prototype.
pub fn constructor_name(agent: &Agent, o: ObjectId) -> Option<String> {
    let ctor_key = PropertyKey::from("constructor");
    let mut cur = Some(o);
    let mut has_proto = false;
    let mut guard = 0;
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(Property::Data {
            value: Value::Object(c),
            ..
        }) = obj.get_own_property(&ctor_key)
        {
            if agent.heap.get(c).is_callable() {
                if let Some(name) = function_name(agent, c) {
                    if !name.is_empty() && is_instance_of(agent, o, c) {
                        return Some(name);
                    }
                }
            }
        }
        has_proto |= obj.proto.is_some();
        cur = obj.proto;
        guard += 1;
        if guard > 10_000 {
            break;
        }
    }
    has_proto.then(|| internal_constructor_name(agent, o).to_string())
}

/// V8's internal constructor name: the kind of object it is.
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
        _ if crate::builtins::regexp::has_regexp_matcher(agent, &Value::Object(o)) => "RegExp",
        _ => "Object",
    }
}

/// `o[name]` when it is a data property (own or inherited); accessors count as absent.
fn lookup_data(agent: &Agent, o: ObjectId, name: &str) -> Option<Value> {
    let key = PropertyKey::from(name);
    let mut cur = Some(o);
    while let Some(id) = cur {
        let obj = agent.heap.get(id);
        if let Some(p) = obj.get_own_property(&key) {
            return match p {
                Property::Data { value, .. } => Some(value),
                Property::Accessor { .. } => None,
            };
        }
        cur = obj.proto;
    }
    None
}

/// OrdinaryHasInstance(ctor, o) without running code: whether `ctor.prototype` is on `o`'s
/// prototype chain.
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
