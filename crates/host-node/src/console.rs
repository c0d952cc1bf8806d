//! The console object, as Node's (lib/internal/console/constructor.js) behaves.
//!
//! log / info / debug / dir / count / group headers go to stdout; warn / error / assert /
//! trace go to stderr. console.group indents every later line (both streams) by two
//! spaces per level, multi-line output included.
//!
//! console.trace prints `Trace: message` and, in Node, the stack frames after it; mini-js
//! has no frames, so only the first line is printed (stderr is not compared with Node).
//! console.table is not provided.

use crate::abstract_ops::{get, to_boolean, to_string};
use crate::builtins::{define_hidden, define_method, new_prototype};
use crate::format::{format_log_args, format_with_options};
use crate::heap::ObjectId;
use crate::inspect::{inspect_with_getters, InspectOptions};
use crate::value::{PropertyKey, Value};
use crate::HostData;
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let console = new_prototype(agent, op);
    define_method(agent, console, "log", console_log, 0);
    define_method(agent, console, "info", console_log, 0);
    define_method(agent, console, "debug", console_log, 0);
    define_method(agent, console, "warn", console_error, 0);
    define_method(agent, console, "error", console_error, 0);
    define_method(agent, console, "dir", console_dir, 0);
    define_method(agent, console, "trace", console_trace, 0);
    define_method(agent, console, "assert", console_assert, 0);
    define_method(agent, console, "count", console_count, 0);
    define_method(agent, console, "countReset", console_count_reset, 0);
    define_method(agent, console, "group", console_group, 0);
    define_method(agent, console, "groupCollapsed", console_group, 0);
    define_method(agent, console, "groupEnd", console_group_end, 0);
    let global = agent.global_object;
    define_hidden(agent, global, "console", Value::Object(console));
}

/// Writes one formatted message (possibly several lines) with the group indentation.
fn write(agent: &mut Agent, to_stderr: bool, text: &str) -> JsResult<()> {
    let lines = agent.host.data_mut().indented_lines(text);
    let stream = if to_stderr {
        crate::limits::Stream::Stderr
    } else {
        crate::limits::Stream::Stdout
    };
    crate::trace::console_output(agent, text, to_stderr);
    crate::limits::write_output(agent, stream, &lines)
}

fn console_log(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let text = format_log_args(agent, args)?;
    write(agent, false, &text)?;
    Ok(Value::Undefined)
}

fn console_error(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let text = format_log_args(agent, args)?;
    write(agent, true, &text)?;
    Ok(Value::Undefined)
}

/// console.dir(value, options): util.inspect of one value without custom inspect methods,
/// honouring `depth` (a number, or null for unlimited) and `showHidden` of the options.
fn console_dir(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let value = args.first().cloned().unwrap_or(Value::Undefined);
    let mut opts = InspectOptions {
        custom_inspect: false,
        ..InspectOptions::default()
    };
    if let Some(Value::Object(o)) = args.get(1) {
        let o = *o;
        match get(agent, o, &PropertyKey::from("depth"))? {
            Value::Null => opts.depth = None,
            Value::Number(n) if n.is_infinite() && n > 0.0 => opts.depth = None,
            Value::Number(n) if !n.is_nan() => opts.depth = Some(n.floor().max(-1.0) as i64),
            _ => {}
        }
        let hidden = get(agent, o, &PropertyKey::from("showHidden"))?;
        opts.show_hidden = to_boolean(&hidden);
        let show_proxy = get(agent, o, &PropertyKey::from("showProxy"))?;
        opts.show_proxy = to_boolean(&show_proxy);
    }
    let text = inspect_with_getters(agent, &value, &opts)?;
    write(agent, false, &text)?;
    Ok(Value::Undefined)
}

/// console.trace(...args): `Trace: message` on stderr (Node adds the stack frames).
fn console_trace(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let message = format_log_args(agent, args)?;
    let text = if message.is_empty() {
        "Trace".to_string()
    } else {
        format!("Trace: {message}")
    };
    write(agent, true, &text)?;
    Ok(Value::Undefined)
}

/// console.assert(value, ...args): nothing when `value` is truthy, else `Assertion
/// failed` (joined with a string first argument by `: `) through console.warn.
fn console_assert(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    if args.first().is_some_and(to_boolean) {
        return Ok(Value::Undefined);
    }
    let mut rest: Vec<Value> = args.iter().skip(1).cloned().collect();
    match rest.first() {
        Some(Value::String(s)) => {
            rest[0] = Value::str(&format!("Assertion failed: {}", s.to_rust_string()));
        }
        _ => rest.insert(0, Value::str("Assertion failed")),
    }
    let text = format_with_options(agent, &InspectOptions::default(), &rest)?;
    write(agent, true, &text)?;
    Ok(Value::Undefined)
}

/// The label of count/countReset: `${label}`, `default` when absent.
fn count_label(agent: &mut Agent, args: &[Value]) -> JsResult<String> {
    match args.first() {
        None | Some(Value::Undefined) => Ok("default".into()),
        Some(v) => Ok(to_string(agent, v)?.to_rust_string()),
    }
}

/// console.count(label): `label: n` on stdout.
fn console_count(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let label = count_label(agent, args)?;
    let n = {
        let c = agent
            .host
            .data_mut()
            .counts
            .entry(label.clone())
            .or_insert(0);
        *c += 1;
        *c
    };
    write(agent, false, &format!("{label}: {n}"))?;
    Ok(Value::Undefined)
}

/// console.countReset(label): restarts the count; a warning on stderr for an unknown
/// label (Node's process warning, without the process id).
fn console_count_reset(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let label = count_label(agent, args)?;
    if agent.host.data_mut().counts.remove(&label).is_none() {
        let warning = format!("Warning: Count for '{label}' does not exist");
        crate::limits::write_output(
            agent,
            crate::limits::Stream::Stderr,
            &format!("{warning}\n"),
        )?;
    }
    Ok(Value::Undefined)
}

/// console.group(...label) and groupCollapsed: logs the label if any, then indents.
fn console_group(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    if !args.is_empty() {
        console_log(agent, this, args, nt)?;
    }
    agent.host.data_mut().group_indent += 1;
    Ok(Value::Undefined)
}

fn console_group_end(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    agent.host.data_mut().group_indent = agent.host.data_mut().group_indent.saturating_sub(1);
    Ok(Value::Undefined)
}
