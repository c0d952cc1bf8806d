//! The console object, as Node prints it (stdout for log/info/debug, stderr for warn/error).

use crate::builtins::{define_hidden, define_method, new_prototype};
use crate::heap::ObjectId;
use crate::host::inspect::format_log_args;
use crate::value::Value;
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let console = new_prototype(agent, op);
    define_method(agent, console, "log", console_log, 0);
    define_method(agent, console, "info", console_log, 0);
    define_method(agent, console, "debug", console_log, 0);
    define_method(agent, console, "warn", console_error, 0);
    define_method(agent, console, "error", console_error, 0);
    let global = agent.global_object;
    define_hidden(agent, global, "console", Value::Object(console));
}

fn console_log(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let text = format_log_args(agent, args)?;
    agent.host.write_line(false, &text);
    crate::trace::console_output(agent, &text);
    Ok(Value::Undefined)
}

fn console_error(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let text = format_log_args(agent, args)?;
    agent.host.write_line(true, &text);
    crate::trace::console_output(agent, &text);
    Ok(Value::Undefined)
}
