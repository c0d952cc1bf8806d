//! Error objects (ECMA-262 §20.5).

use super::{create_constructor, define_hidden, define_method, new_prototype, ErrorKind};
use crate::abstract_ops::{
    create_array_from_list, get_str, has_property, iterable_to_list,
    ordinary_create_from_constructor, to_string,
};
use crate::heap::ObjectId;
use crate::object::{ObjectKind, Property};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

const NATIVE_ERRORS: [ErrorKind; 6] = [
    ErrorKind::EvalError,
    ErrorKind::RangeError,
    ErrorKind::ReferenceError,
    ErrorKind::SyntaxError,
    ErrorKind::TypeError,
    ErrorKind::URIError,
];

pub fn init(agent: &mut Agent) {
    // %Error.prototype% (§20.5.3)
    let object_prototype = agent.intrinsics.object_prototype;
    let error_prototype = new_prototype(agent, object_prototype);
    agent.intrinsics.error_prototype = error_prototype;
    let error = create_constructor(agent, "Error", 1, error_constructor, error_prototype);
    agent.intrinsics.error = error;
    define_hidden(agent, error_prototype, "name", Value::str("Error"));
    define_hidden(agent, error_prototype, "message", Value::str(""));
    define_method(
        agent,
        error_prototype,
        "toString",
        error_prototype_to_string,
        0,
    );
    // NativeError constructors (§20.5.6): prototype chains to %Error%.
    for kind in NATIVE_ERRORS {
        let proto = new_prototype(agent, error_prototype);
        let ctor = create_constructor(agent, kind.name(), 1, native_error_constructor, proto);
        agent.heap.get_mut(ctor).proto = Some(error);
        define_hidden(agent, proto, "name", Value::str(kind.name()));
        define_hidden(agent, proto, "message", Value::str(""));
        set_intrinsic(agent, kind, ctor, proto);
    }
    // AggregateError (§20.5.7)
    let proto = new_prototype(agent, error_prototype);
    let ctor = create_constructor(
        agent,
        "AggregateError",
        2,
        aggregate_error_constructor,
        proto,
    );
    agent.heap.get_mut(ctor).proto = Some(error);
    define_hidden(agent, proto, "name", Value::str("AggregateError"));
    define_hidden(agent, proto, "message", Value::str(""));
    set_intrinsic(agent, ErrorKind::AggregateError, ctor, proto);
    define_method(agent, error, "isError", error_is_error, 1);
}

/// Error.isError ( arg ) (§20.5.2.1)
fn error_is_error(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If arg is not an Object, return false.
    // 2. If arg has an [[ErrorData]] internal slot, return true.
    // 3. Return false.
    Ok(Value::Bool(match args.first() {
        Some(Value::Object(o)) => matches!(agent.heap.get(*o).kind, ObjectKind::Error),
        _ => false,
    }))
}

fn set_intrinsic(agent: &mut Agent, kind: ErrorKind, ctor: ObjectId, proto: ObjectId) {
    let i = &mut agent.intrinsics;
    let (c, p) = match kind {
        ErrorKind::Error => (&mut i.error, &mut i.error_prototype),
        ErrorKind::EvalError => (&mut i.eval_error, &mut i.eval_error_prototype),
        ErrorKind::RangeError => (&mut i.range_error, &mut i.range_error_prototype),
        ErrorKind::ReferenceError => (&mut i.reference_error, &mut i.reference_error_prototype),
        ErrorKind::SyntaxError => (&mut i.syntax_error, &mut i.syntax_error_prototype),
        ErrorKind::TypeError => (&mut i.type_error, &mut i.type_error_prototype),
        ErrorKind::URIError => (&mut i.uri_error, &mut i.uri_error_prototype),
        ErrorKind::AggregateError => (&mut i.aggregate_error, &mut i.aggregate_error_prototype),
    };
    *c = ctor;
    *p = proto;
}

/// The intrinsic prototype of an error kind.
pub fn error_prototype_of(agent: &Agent, kind: ErrorKind) -> ObjectId {
    let i = &agent.intrinsics;
    match kind {
        ErrorKind::Error => i.error_prototype,
        ErrorKind::EvalError => i.eval_error_prototype,
        ErrorKind::RangeError => i.range_error_prototype,
        ErrorKind::ReferenceError => i.reference_error_prototype,
        ErrorKind::SyntaxError => i.syntax_error_prototype,
        ErrorKind::TypeError => i.type_error_prototype,
        ErrorKind::URIError => i.uri_error_prototype,
        ErrorKind::AggregateError => i.aggregate_error_prototype,
    }
}

/// An error object as the engine throws it: `new TypeError(message)`.
pub fn create_error(agent: &mut Agent, kind: ErrorKind, message: &str) -> ObjectId {
    let proto = error_prototype_of(agent, kind);
    let o = agent
        .heap
        .alloc(crate::object::Object::new(Some(proto), ObjectKind::Error));
    let header = if message.is_empty() {
        kind.name().to_string()
    } else {
        format!("{}: {message}", kind.name())
    };
    let stack = stack_text(agent, o, &header, None);
    define_hidden(agent, o, "stack", Value::str(&stack));
    define_hidden(agent, o, "message", Value::str(message));
    o
}

/// The stack string for the new error `o` whose toString is `header`: the header, then the
/// call stack captured now (host-defined, as V8 does: see `crate::stack`).
fn stack_text(
    agent: &mut Agent,
    o: ObjectId,
    header: &str,
    new_target: Option<ObjectId>,
) -> String {
    let frames = crate::stack::capture_stack_below(agent, new_target);
    let site = agent.machine.span;
    agent.host.error_sites.insert(o, site);
    crate::stack::stack_string(agent, header, &frames)
}

/// Defines the host-defined own "stack" property V8 installs on constructed errors
/// (non-enumerable; its first line is Error.prototype.toString of the new error).
fn install_stack(agent: &mut Agent, o: ObjectId, new_target: Option<ObjectId>) -> JsResult<()> {
    let header = error_prototype_to_string(agent, Value::Object(o), &[], None)?;
    let header = match header {
        Value::String(s) => s.to_rust_string(),
        _ => String::new(),
    };
    let stack = stack_text(agent, o, &header, new_target);
    define_hidden(agent, o, "stack", Value::str(&stack));
    Ok(())
}

/// The error kind whose constructor is `f` (for NativeError constructors sharing one behaviour).
fn kind_of_constructor(agent: &Agent, f: ObjectId) -> ErrorKind {
    let i = &agent.intrinsics;
    [
        (i.eval_error, ErrorKind::EvalError),
        (i.range_error, ErrorKind::RangeError),
        (i.reference_error, ErrorKind::ReferenceError),
        (i.syntax_error, ErrorKind::SyntaxError),
        (i.type_error, ErrorKind::TypeError),
        (i.uri_error, ErrorKind::URIError),
    ]
    .into_iter()
    .find(|(c, _)| *c == f)
    .map_or(ErrorKind::Error, |(_, k)| k)
}

/// Error ( message [ , options ] ) (§20.5.1.1) and NativeError (§20.5.6.1.1), shared.
fn make_error(
    agent: &mut Agent,
    kind: ErrorKind,
    new_target: Option<ObjectId>,
    message: &Value,
    options: &Value,
) -> JsResult<ObjectId> {
    // 1. If NewTarget is undefined, let newTarget be the active function object.
    let default = error_prototype_of(agent, kind);
    // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%Error.prototype%", « [[ErrorData]] »).
    let o = ordinary_create_from_constructor(agent, new_target, default, ObjectKind::Error)?;
    // V8 creates "stack" first (own keys list it before "message"); filled in below.
    define_hidden(agent, o, "stack", Value::Undefined);
    // 3. If message is not undefined, then
    if !message.is_undefined() {
        // a. Let msg be ? ToString(message).
        let msg = to_string(agent, message)?;
        // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg).
        define_hidden(agent, o, "message", Value::String(msg));
    }
    // 4. Perform ? InstallErrorCause(O, options).
    install_error_cause(agent, o, options)?;
    // Host-defined: V8 gives every error an own "stack" string captured at construction.
    install_stack(agent, o, new_target)?;
    // 5. Return O.
    Ok(o)
}

/// InstallErrorCause ( O, options ) (§20.5.8.1)
#[doc(alias = "InstallErrorCause")]
pub fn install_error_cause(agent: &mut Agent, o: ObjectId, options: &Value) -> JsResult<()> {
    // 1. If options is an Object and ? HasProperty(options, "cause") is true, then
    if let Value::Object(opts) = options {
        let key = PropertyKey::from("cause");
        if has_property(agent, *opts, &key)? {
            // a. Let cause be ? Get(options, "cause").
            let cause = crate::abstract_ops::get(agent, *opts, &key)?;
            // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "cause", cause).
            define_hidden(agent, o, "cause", cause);
        }
    }
    // 2. Return unused.
    Ok(())
}

fn error_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    let nt = nt.or(Some(agent.intrinsics.error));
    let o = make_error(
        agent,
        ErrorKind::Error,
        nt,
        &crate::abstract_ops::arg(args, 0),
        &crate::abstract_ops::arg(args, 1),
    )?;
    Ok(Value::Object(o))
}

fn native_error_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // Called without new, the active function decides the kind.
    let callee = nt.or_else(|| agent.machine.active_builtin());
    let kind = callee.map_or(ErrorKind::Error, |c| kind_of_constructor(agent, c));
    let nt = nt.or(callee);
    let o = make_error(
        agent,
        kind,
        nt,
        &crate::abstract_ops::arg(args, 0),
        &crate::abstract_ops::arg(args, 1),
    )?;
    Ok(Value::Object(o))
}

/// AggregateError ( errors, message [ , options ] ) (§20.5.7.1.1)
fn aggregate_error_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    let nt = nt.or(Some(agent.intrinsics.aggregate_error));
    // 1-4. Create the error with message and cause.
    let o = make_error(
        agent,
        ErrorKind::AggregateError,
        nt,
        &crate::abstract_ops::arg(args, 1),
        &crate::abstract_ops::arg(args, 2),
    )?;
    // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
    let errors = iterable_to_list(agent, &crate::abstract_ops::arg(args, 0))?;
    // 6. Perform ! DefinePropertyOrThrow(O, "errors", { [[Configurable]]: true,
    //    [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errorsList) }).
    let list = create_array_from_list(agent, errors);
    define_hidden(agent, o, "errors", Value::Object(list));
    // 7. Return O.
    Ok(Value::Object(o))
}

/// Error.prototype.toString ( ) (§20.5.3.4)
fn error_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. If O is not an Object, throw a TypeError exception.
    let Value::Object(o) = this else {
        let shown = crate::describe::brief_value(agent, &this);
        return Err(agent.type_error(format!(
            "Method Error.prototype.toString called on incompatible receiver {shown}"
        )));
    };
    // 3-4. Let name be ? Get(O, "name"); if undefined, "Error", else ? ToString(name).
    let name = get_str(agent, o, "name")?;
    let name = if name.is_undefined() {
        JsString::from("Error")
    } else {
        to_string(agent, &name)?
    };
    // 5-6. Let msg be ? Get(O, "message"); if undefined, "", else ? ToString(msg).
    let msg = get_str(agent, o, "message")?;
    let msg = if msg.is_undefined() {
        JsString::from("")
    } else {
        to_string(agent, &msg)?
    };
    // 7-9. Join with ": " unless one is empty.
    Ok(Value::String(if name.is_empty() {
        msg
    } else if msg.is_empty() {
        name
    } else {
        name.concat(&JsString::from(": ")).concat(&msg)
    }))
}

/// The "message" own data property of an error, if it is one (for host printing).
pub fn own_message(agent: &Agent, o: ObjectId) -> Option<JsString> {
    match agent.heap.get(o).props.get(&PropertyKey::from("message")) {
        Some(Property::Data {
            value: Value::String(s),
            ..
        }) => Some(s.clone()),
        _ => None,
    }
}
