//! The built-in objects (ECMA-262 §19–28), one module per clause, and the helpers that make
//! built-in function objects (CreateBuiltinFunction, §10.3.4).

pub mod array;
pub mod array_from_async;
pub mod async_from_sync_iterator;
pub mod async_function;
pub mod async_generator;
pub mod bigint;
pub mod date;
pub mod error;
pub mod function;
pub mod generator;
pub mod global;
pub mod iterator;
pub mod iterator_helpers;
pub mod json;
pub mod map_set;
pub mod math;
pub mod number;
pub mod object;
pub mod promise;
pub mod proxy;
pub mod reflect;
pub mod regexp;
pub mod regexp_runner;
pub mod string;
pub mod symbol;
pub mod uri;
pub mod weak;

use crate::heap::ObjectId;
use crate::object::{BuiltinFunction, NativeFn, Object, ObjectKind, Property, PropertyDescriptor};
use crate::value::{JsString, PropertyKey, Symbol, Value};
use crate::Agent;

/// The native error types (§20.5.5, §20.5.7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Error,
    EvalError,
    RangeError,
    ReferenceError,
    SyntaxError,
    TypeError,
    URIError,
    AggregateError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::URIError => "URIError",
            ErrorKind::AggregateError => "AggregateError",
        }
    }
}

/// Internal slots of built-in objects that are not functions (iterators, promises,
/// generators, …). Each library adds its variant.
pub enum InternalSlots {
    /// A placeholder until the libraries add theirs.
    None,
    /// An Array Iterator (§23.1.5): `object` is None once exhausted.
    ArrayIterator {
        object: Option<ObjectId>,
        index: usize,
        kind: iterator::IterationKind,
    },
    /// A String Iterator (§22.1.5).
    StringIterator { s: JsString, position: usize },
    /// A Map Iterator or Set Iterator (§24.1.5, §24.2.6): `map` is None once exhausted;
    /// `index` points into the live [[MapData]] entries.
    MapIterator {
        map: Option<ObjectId>,
        index: usize,
        kind: iterator::IterationKind,
    },
    /// An Async-from-Sync Iterator (§27.1.6.3): [[SyncIteratorRecord]].
    AsyncFromSyncIterator(crate::abstract_ops::operations_on_iterator_objects::IteratorRecord),
    /// An object the host defines (a Node Timeout or Immediate): the host's id for it. The
    /// engine only carries it; it holds no heap reference.
    HostDefined { id: u32 },
    /// A Date object's [[DateValue]] (builtins/date.rs).
    Date { time: f64 },
    /// WeakMap, WeakSet, WeakRef and FinalizationRegistry slots (builtins/weak.rs).
    Weak(Box<weak::WeakSlots>),
    /// An Iterator Helper object (builtins/iterator_helpers.rs).
    IteratorHelper(Box<iterator_helpers::IteratorHelper>),
    /// A %WrapForValidIteratorPrototype% object's [[Iterated]] (Iterator.from).
    WrapForValidIterator(crate::abstract_ops::operations_on_iterator_objects::IteratorRecord),
    /// A RegExp instance's slots (builtins/regexp.rs).
    RegExp(Box<regexp::RegExpData>),
    /// A RegExp String Iterator's slots (builtins/regexp.rs).
    RegExpStringIterator(Box<regexp::RegExpStringIteratorData>),
}

/// Data captured by a built-in abstract closure (CreateBuiltinFunction with captures).
pub enum Captures {
    None,
    /// A promise resolve or reject function (§27.2.1.3): [[Promise]] and the
    /// [[AlreadyResolved]] record the two functions share.
    PromiseResolving {
        promise: ObjectId,
        already_resolved: std::rc::Rc<std::cell::Cell<bool>>,
        /// true for the reject function.
        reject: bool,
    },
    /// GetCapabilitiesExecutor's closure (§27.2.1.5 step 4): the resolvingFunctions record.
    CapabilitiesExecutor(std::rc::Rc<std::cell::RefCell<(Value, Value)>>),
    /// A resolve/reject element function of Promise.all, allSettled or any.
    PromiseElement(Box<promise::ElementFunction>),
    /// thenFinally / catchFinally of Promise.prototype.finally (§27.2.5.3 step 6).
    PromiseFinally {
        on_finally: Value,
        constructor: ObjectId,
        /// true for catchFinally.
        catch: bool,
    },
    /// valueThunk / thrower of Promise.prototype.finally: returns or throws `value`.
    PromiseThunk {
        value: Value,
        throw: bool,
    },
    /// Proxy.revocable's revoker (§28.2.2.1): [[RevocableProxy]], null once used.
    ProxyRevoker(std::cell::Cell<Option<ObjectId>>),
}

impl Captures {
    /// Every value the closure holds (the roots the collector must trace through it).
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            Captures::None => {}
            Captures::PromiseResolving { promise, .. } => f(&Value::Object(*promise)),
            Captures::CapabilitiesExecutor(r) => {
                let r = r.borrow();
                f(&r.0);
                f(&r.1);
            }
            Captures::PromiseElement(e) => e.for_each_value(f),
            Captures::PromiseFinally {
                on_finally,
                constructor,
                ..
            } => {
                f(on_finally);
                f(&Value::Object(*constructor));
            }
            Captures::PromiseThunk { value, .. } => f(value),
            Captures::ProxyRevoker(p) => {
                if let Some(p) = p.get() {
                    f(&Value::Object(p))
                }
            }
        }
    }
}

/// CreateBuiltinFunction ( behaviour, length, name, additionalInternalSlotsList [ , realm [ ,
/// prototype [ , prefix ] ] ] ) (§10.3.4): a built-in function object with its "length" and
/// "name" properties.
#[doc(alias = "CreateBuiltinFunction")]
pub fn create_builtin_function(
    agent: &mut Agent,
    behaviour: NativeFn,
    length: u32,
    name: &str,
    is_constructor: bool,
    captures: Option<Box<Captures>>,
) -> ObjectId {
    create_builtin_function_named(
        agent,
        behaviour,
        length,
        JsString::from(name),
        is_constructor,
        captures,
    )
}

/// [`create_builtin_function`] with its name already a string (shared with the property key
/// the realm defines it under).
pub fn create_builtin_function_named(
    agent: &mut Agent,
    behaviour: NativeFn,
    length: u32,
    name: JsString,
    is_constructor: bool,
    captures: Option<Box<Captures>>,
) -> ObjectId {
    let proto = agent.intrinsics.function_prototype;
    let f = agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Builtin(BuiltinFunction {
            func: behaviour,
            is_constructor,
            captures,
        }),
    ));
    set_function_length(agent, f, length as f64);
    set_function_name_string(agent, f, name);
    f
}

/// SetFunctionLength ( F, length ) (§10.2.10)
#[doc(alias = "SetFunctionLength")]
pub fn set_function_length(agent: &mut Agent, f: ObjectId, length: f64) {
    agent.heap.get_mut(f).props.insert(
        PropertyKey::from("length"),
        Property::Data {
            value: Value::Number(length),
            writable: false,
            enumerable: false,
            configurable: true,
        },
    );
}

/// SetFunctionName ( F, name [ , prefix ] ) (§10.2.9) with a name already made text.
pub fn set_function_name_str(agent: &mut Agent, f: ObjectId, name: &str) {
    set_function_name_string(agent, f, JsString::from(name));
}

/// SetFunctionName ( F, name ) (§10.2.9) with the name already a string, on a function that
/// has no "name" yet.
pub fn set_function_name_string(agent: &mut Agent, f: ObjectId, name: JsString) {
    agent.heap.get_mut(f).props.insert(
        PropertyKey::from("name"),
        Property::Data {
            value: Value::String(name),
            writable: false,
            enumerable: false,
            configurable: true,
        },
    );
}

/// SetFunctionName ( F, name [ , prefix ] ) (§10.2.9)
#[doc(alias = "SetFunctionName")]
pub fn set_function_name(agent: &mut Agent, f: ObjectId, name: &PropertyKey, prefix: Option<&str>) {
    // 1-3. If name is a Symbol, use its description in brackets (or "").
    let mut text: JsString = match name {
        PropertyKey::Symbol(s) => match s.description() {
            Some(d) => JsString::from(format!("[{d}]")),
            None => JsString::from(""),
        },
        PropertyKey::String(s) => s.clone(),
    };
    // 5. If prefix is present, set name to the string-concatenation of prefix, " ", and name.
    if let Some(p) = prefix {
        text = JsString::from(format!("{p} ")).concat(&text);
    }
    // 6. Perform ! DefinePropertyOrThrow(F, "name", { [[Value]]: name, [[Writable]]: false,
    //    [[Enumerable]]: false, [[Configurable]]: true }).
    agent.heap.get_mut(f).define_own_property(
        PropertyKey::from("name"),
        PropertyDescriptor::data(Value::String(text), false, false, true),
    );
}

/// Defines a built-in method `name` on `target` (writable, non-enumerable, configurable).
pub fn define_method(
    agent: &mut Agent,
    target: ObjectId,
    name: &str,
    func: NativeFn,
    length: u32,
) -> ObjectId {
    let name = JsString::from(name);
    let f = create_builtin_function_named(agent, func, length, name.clone(), false, None);
    agent.heap.get_mut(target).props.insert(
        PropertyKey::String(name),
        Property::hidden(Value::Object(f)),
    );
    f
}

/// Defines a built-in method keyed by a symbol; its name is `[description]`.
pub fn define_symbol_method(
    agent: &mut Agent,
    target: ObjectId,
    sym: Symbol,
    func: NativeFn,
    length: u32,
) -> ObjectId {
    let name = format!(
        "[{}]",
        sym.description()
            .map(|d| d.to_rust_string())
            .unwrap_or_default()
    );
    let f = create_builtin_function(agent, func, length, &name, false, None);
    agent
        .heap
        .get_mut(target)
        .props
        .insert(PropertyKey::Symbol(sym), Property::hidden(Value::Object(f)));
    f
}

/// Defines an accessor property with a built-in getter (named `get name`) and no setter.
pub fn define_getter(
    agent: &mut Agent,
    target: ObjectId,
    key: PropertyKey,
    func: NativeFn,
) -> ObjectId {
    let name = match &key {
        PropertyKey::String(s) => format!("get {s}"),
        PropertyKey::Symbol(s) => format!(
            "get [{}]",
            s.description()
                .map(|d| d.to_rust_string())
                .unwrap_or_default()
        ),
    };
    let f = create_builtin_function(agent, func, 0, &name, false, None);
    agent.heap.get_mut(target).props.insert(
        key,
        Property::Accessor {
            get: Some(f),
            set: None,
            enumerable: false,
            configurable: true,
        },
    );
    f
}

/// Defines a data property with the given attributes.
pub fn define_value(
    agent: &mut Agent,
    target: ObjectId,
    key: impl Into<PropertyKey>,
    value: Value,
    writable: bool,
    enumerable: bool,
    configurable: bool,
) {
    agent.heap.get_mut(target).props.insert(
        key.into(),
        Property::Data {
            value,
            writable,
            enumerable,
            configurable,
        },
    );
}

/// Defines a writable, non-enumerable, configurable data property (the default for
/// properties of built-in objects, §18).
pub fn define_hidden(
    agent: &mut Agent,
    target: ObjectId,
    key: impl Into<PropertyKey>,
    value: Value,
) {
    define_value(agent, target, key, value, true, false, true);
}

/// Makes a built-in constructor `name` whose "prototype" is `prototype` (non-writable,
/// non-enumerable, non-configurable) and sets `prototype.constructor`; installs it on the
/// global object.
pub fn create_constructor(
    agent: &mut Agent,
    name: &str,
    length: u32,
    func: NativeFn,
    prototype: ObjectId,
) -> ObjectId {
    let c = create_builtin_function(agent, func, length, name, true, None);
    define_value(
        agent,
        c,
        "prototype",
        Value::Object(prototype),
        false,
        false,
        false,
    );
    define_hidden(agent, prototype, "constructor", Value::Object(c));
    let global = agent.global_object;
    define_hidden(agent, global, name, Value::Object(c));
    c
}

/// A new ordinary object with the given prototype (for prototype objects of built-ins).
pub fn new_prototype(agent: &mut Agent, proto: ObjectId) -> ObjectId {
    agent
        .heap
        .alloc(Object::new(Some(proto), ObjectKind::Ordinary))
}

/// CreateIntrinsics (§9.3.2) and SetDefaultGlobalBindings (§9.3.4): makes every built-in
/// object and installs the globals.
pub fn create_intrinsics(agent: &mut Agent) {
    object::init(agent);
    function::init(agent);
    error::init(agent);
    iterator::init(agent);
    generator::init(agent);
    async_from_sync_iterator::init(agent);
    array::init(agent);
    string::init(agent);
    map_set::init(agent);
    global::init(agent);
    number::init(agent);
    bigint::init(agent);
    math::init(agent);
    symbol::init(agent);
    json::init(agent);
    promise::init(agent);
    date::init(agent);
    proxy::init(agent);
    reflect::init(agent);
    weak::init(agent);
    iterator_helpers::init(agent);
    regexp::init(agent);
    let global = agent.global_object;
    define_hidden(agent, global, "globalThis", Value::Object(global));
    define_value(
        agent,
        global,
        "undefined",
        Value::Undefined,
        false,
        false,
        false,
    );
    define_value(
        agent,
        global,
        "NaN",
        Value::Number(f64::NAN),
        false,
        false,
        false,
    );
    define_value(
        agent,
        global,
        "Infinity",
        Value::Number(f64::INFINITY),
        false,
        false,
        false,
    );
}

/// `this` as an object of the expected kind, or a TypeError naming the method.
pub fn this_object(agent: &mut Agent, this: &Value, method: &str) -> crate::JsResult<ObjectId> {
    match this {
        Value::Object(o) => Ok(*o),
        _ => Err(agent.type_error(format!("{method} called on non-object"))),
    }
}

/// JSON.stringify for util.format's `%j` (`undefined` for undefined, `[Circular]` for cycles).
pub fn json_stringify_for_format(agent: &mut Agent, v: &Value) -> crate::JsResult<String> {
    json::stringify_for_format(agent, v)
}

// ───────────── async functions and generators (being built: issues 3 and 4) ─────────────

use crate::JsResult;

/// Frames of the libraries that run inside the machine (generators, async functions).
pub enum BuiltinFrame<'a> {
    /// A generator's or async generator's body, parked by GeneratorStart /
    /// AsyncGeneratorStart until the first request resumes it.
    GeneratorBody(&'a [mini_js_syntax::ast::Stmt]),
    /// A `yield*` loop (§15.5.5) waiting for its next completion.
    YieldStar(Box<generator::YieldStarState>),
    /// AsyncGeneratorYield steps after the value was awaited, and the awaited resumption of
    /// a `return` request (AsyncGeneratorUnwrapYieldResumption).
    AsyncGenerator(async_generator::AsyncGeneratorStep),
    /// CreateListIteratorRecord's closure (§7.4.15): the list and the next index.
    ListIterator(std::rc::Rc<[Value]>, usize),
    /// Array.fromAsync's fromAsyncClosure (§23.1.2.2) between its Awaits.
    FromAsync(Box<array_from_async::FromAsyncState>),
}

/// Hands a completion to a library frame.
pub fn resume_builtin_frame<'a>(
    agent: &mut Agent<'a>,
    frame: BuiltinFrame<'a>,
    c: JsResult<Value>,
) {
    match frame {
        BuiltinFrame::GeneratorBody(body) => generator::resume_generator_body(agent, body, c),
        BuiltinFrame::YieldStar(s) => generator::resume_yield_star(agent, s, c),
        BuiltinFrame::AsyncGenerator(step) => async_generator::resume_step(agent, step, c),
        BuiltinFrame::FromAsync(s) => array_from_async::resume_from_async(agent, s, c),
        BuiltinFrame::ListIterator(list, index) => {
            generator::resume_list_iterator(agent, list, index, c)
        }
    }
}

/// The completion of an async function's body (AsyncBlockStart steps 2.e-g).
pub fn async_function_completed(
    agent: &mut Agent,
    promise: ObjectId,
    c: JsResult<Value>,
) -> JsResult<Value> {
    async_function::async_block_completed(agent, promise, c)
}

/// The completion of a generator's body (GeneratorStart's closure, 4.e-l).
pub fn generator_completed(agent: &mut Agent, g: ObjectId, c: JsResult<Value>) -> JsResult<Value> {
    generator::generator_completed(agent, g, c)
}

/// The completion of an async generator's body (AsyncGeneratorStart's closure).
pub fn async_generator_completed(
    agent: &mut Agent,
    g: ObjectId,
    c: JsResult<Value>,
) -> JsResult<Value> {
    async_generator::async_generator_body_completed(agent, g, c)
}

/// EvaluateBody of generator and async generator functions, after FunctionDeclarationInstantiation.
pub fn generator_body_start<'a>(
    agent: &mut Agent<'a>,
    code: &'a mini_js_syntax::ast::Function,
    body: &'a [mini_js_syntax::ast::Stmt],
) {
    if code.is_async {
        async_generator::evaluate_async_generator_body(agent, body);
    } else {
        generator::evaluate_generator_body(agent, body);
    }
}

/// An AwaitExpression's operand arrived: Await(value) (§27.7.5.3).
pub fn await_value(agent: &mut Agent, v: Value) {
    async_function::await_(agent, v)
}

/// A YieldExpression's operand arrived: Yield(value), or the `yield*` loop.
pub fn yield_value(agent: &mut Agent, v: Value, delegate: bool) {
    if delegate {
        generator::yield_star_start(agent, v)
    } else {
        generator::yield_(agent, v)
    }
}
