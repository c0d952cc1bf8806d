//! The test262 host (test262's INTERPRETING.md): `print` and the cheap members of `$262`.
//! Installed only when `RunOptions::test262_host` is set — normal programs never see them.
//!
//! `$262` has `global` only. `evalScript`, `createRealm`, `detachArrayBuffer`, `gc`,
//! `agent` and `IsHTMLDDA` are absent: the runner counts tests that use them as
//! unsupported instead of running them.

use crate::abstract_ops::{arg, new_object, to_string};
use crate::builtins::{define_hidden, define_method};
use crate::heap::ObjectId;
use crate::value::Value;
use crate::{Agent, JsResult};

/// Defines the global `print` and `$262`.
pub fn init(agent: &mut Agent) {
    let global = agent.global_object;
    define_method(agent, global, "print", print, 1);
    let host = new_object(agent);
    define_hidden(agent, host, "global", Value::Object(global));
    define_hidden(agent, global, "$262", Value::Object(host));
}

/// print ( value ): writes ToString(value) and a newline to stdout. Async tests report
/// `Test262:AsyncTestComplete` or `Test262:AsyncTestFailure:…` through it.
fn print(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let text = to_string(agent, &arg(args, 0))?.to_rust_string();
    crate::limits::write_output(agent, crate::limits::Stream::Stdout, &format!("{text}\n"))?;
    Ok(Value::Undefined)
}
