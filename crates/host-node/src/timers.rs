//! Timers on a virtual clock: setTimeout, setInterval, clearTimeout, clearInterval, the
//! clock Date.now reads, and performance.now, as Node provides them, reduced to the subset.
//!
//! The clock moves two ways: the event loop jumps it to the next timer's expiry when it has
//! nothing else to run, and every evaluator step costs `step_ns` nanoseconds (see
//! [`clock_ms`]), so synchronous work takes time — deterministically.
//!
//! - The clock starts at 0 ms. `Date.now()` is [`EPOCH_MS`] plus the clock, truncated to an
//!   integer; `performance.now()` is the clock itself. (Node's performance.now() starts at a
//!   small positive number — the time the process took to start.)
//! - Delays follow Node's rules (lib/internal/timers.js): the delay is converted with
//!   ToNumber; a delay that is not ≥ 1 and ≤ 2^31-1 (below 1, NaN, too large) becomes 1.
//! - Timers live in Node's lists: one list per truncated duration, its timers in insertion
//!   order, each started at the clock's whole millisecond (libuv's `uv_now`); lists are
//!   visited by expiry, then list id, and a list re-keyed when its first timer is not due.
//! - Extra arguments are passed to the callback. An interval is reinserted after its
//!   callback returns, started at the clock read before the callback ran, as Node does.
//! - setTimeout and setInterval return a Timeout object (its printed form does not match
//!   Node's); clearTimeout/clearInterval accept it, or its numeric id (`+timeout`).

use crate::abstract_ops::{arg, to_number};
use crate::builtins::{
    define_hidden, define_method, define_symbol_method, new_prototype, InternalSlots,
};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::Value;
use crate::HostData;
use crate::{Agent, JsResult};
use std::collections::BTreeMap;

/// What `Date.now()` returns when the virtual clock reads 0: 2023-11-14T22:13:20.000Z.
pub const EPOCH_MS: f64 = 1_700_000_000_000.0;

/// Node's TIMEOUT_MAX: the largest delay a timer keeps.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

/// One scheduled timer.
pub struct Timer {
    pub callback: ObjectId,
    pub args: Vec<Value>,
    /// The delay after Node's clamping, in ms.
    pub delay: f64,
    pub repeat: bool,
    /// The Timeout object (the callback's `this`, as in Node).
    pub object: Option<ObjectId>,
    /// Node's `_idleStart`: the clock (whole ms) when the timer was inserted in its list.
    start: f64,
    /// Whether the timer waits in its list (false while its callback runs).
    listed: bool,
    /// Where the timer was created (for the timing note).
    pub span: Option<mini_js_syntax::ast::Span>,
}

/// Node's TimersList: the timers of one (truncated) duration, in insertion order, due at
/// `expiry`; lists are ordered by expiry, then by `id` (lib/internal/timers.js).
struct TimersList {
    expiry: f64,
    id: u64,
    timers: std::collections::VecDeque<u32>,
}

/// The timers of one run and the virtual clock.
#[derive(Default)]
pub struct Timers {
    /// The virtual clock, in ms since the start of the run, when the evaluator had taken
    /// `steps_at_sync` steps; every step since then adds `step_ns` (see [`clock_ms`]).
    now: f64,
    steps_at_sync: u64,
    /// Nanoseconds of virtual time one evaluator step costs.
    pub step_ns: u64,
    /// The next timer or immediate id (one id space for both).
    pub next_id: u32,
    next_list_id: u64,
    /// Active timers by id (a running interval stays here while its callback runs).
    pub active: rustc_hash::FxHashMap<u32, Timer>,
    /// Node's timerListMap: lists by duration (the bits of the truncated ms).
    lists: rustc_hash::FxHashMap<u64, TimersList>,
    /// Node's timerListQueue: (expiry bits, list id) -> duration bits. Expiries are finite
    /// and non-negative, so their bit patterns order as the numbers do.
    list_queue: BTreeMap<(u64, u64), u64>,
    /// The prototype of Timeout objects.
    pub timeout_prototype: Option<ObjectId>,
}

impl Timers {
    /// Node's insert(item, msecs, start): appends the timer to the list of its duration,
    /// creating the list (due at start + msecs) if there is none.
    fn insert(&mut self, id: u32, start: f64) {
        let Some(t) = self.active.get_mut(&id) else {
            return;
        };
        let msecs = t.delay.trunc();
        t.start = start;
        t.listed = true;
        let key = msecs.to_bits();
        if !self.lists.contains_key(&key) {
            self.next_list_id += 1;
            let list = TimersList {
                expiry: start + msecs,
                id: self.next_list_id,
                timers: Default::default(),
            };
            self.list_queue
                .insert((list.expiry.to_bits(), list.id), key);
            self.lists.insert(key, list);
        }
        if let Some(list) = self.lists.get_mut(&key) {
            list.timers.push_back(id);
        }
    }

    /// Whether any timer waits.
    pub fn is_empty(&self) -> bool {
        self.list_queue.is_empty()
    }

    /// The earliest expiry of a list, if any timer waits.
    pub fn next_expiry(&self) -> Option<f64> {
        self.list_queue.keys().next().map(|k| f64::from_bits(k.0))
    }

    /// Whether a waiting timer (not yet due at `now`) would be due within one more
    /// millisecond, and where it was created: Node's order against the check phase then
    /// depends on real time.
    pub fn racing_timer(&self, now: f64) -> Option<Option<mini_js_syntax::ast::Span>> {
        let mut found = None;
        for list in self.lists.values() {
            for id in &list.timers {
                if let Some(t) = self.active.get(id) {
                    let due = t.start + t.delay.trunc();
                    if due > now && due <= now + 1.0 {
                        found = Some(t.span);
                    }
                }
            }
        }
        found
    }

    /// clearTimeout: the timer leaves its list (an emptied list stays until its expiry, as
    /// in Node, where listOnTimeout then removes it).
    fn clear(&mut self, id: u32) -> bool {
        match self.active.remove(&id) {
            Some(t) => {
                if t.listed {
                    if let Some(list) = self.lists.get_mut(&t.delay.trunc().to_bits()) {
                        list.timers.retain(|x| *x != id);
                    }
                }
                true
            }
            None => false,
        }
    }

    /// Objects the timers hold (for the collector's roots).
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        for t in self.active.values() {
            f(&Value::Object(t.callback));
            if let Some(o) = t.object {
                f(&Value::Object(o));
            }
            for a in &t.args {
                f(a);
            }
        }
        if let Some(p) = self.timeout_prototype {
            f(&Value::Object(p));
        }
    }
}

/// The default cost of one evaluator step on the virtual clock, in nanoseconds (see the
/// README's "Time" section): about what V8's interpreter spends on one bytecode, so a
/// busy-wait of 50 ms takes five million steps, and a script needs 100,000 steps before
/// its timers start a millisecond later than with a clock that never moves.
pub const DEFAULT_STEP_NS: u64 = 10;

/// The virtual clock now, in ms since the run started: the time of the last jump (the
/// start, or a timer's due time) plus the cost of every evaluator step taken since.
pub fn clock_ms(agent: &Agent) -> f64 {
    let t = &agent.host.data().timers;
    let steps = agent.machine.steps.saturating_sub(t.steps_at_sync);
    t.now + (steps as f64) * (t.step_ns as f64) / 1e6
}

/// The current time value (what `Date.now()` returns): [`EPOCH_MS`] plus the clock,
/// truncated to an integer.
pub fn time_value_now(agent: &Agent) -> f64 {
    (EPOCH_MS + clock_ms(agent)).floor()
}

/// Node's getLibuvNow(): the clock in whole milliseconds (libuv's resolution).
pub fn libuv_now(agent: &Agent) -> f64 {
    clock_ms(agent).floor()
}

/// Moves the clock forward to `ms` (the loop slept until a timer was due); never back.
pub fn advance_clock_to(agent: &mut Agent, ms: f64) {
    let now = clock_ms(agent);
    let steps = agent.machine.steps;
    let t = &mut agent.host.data_mut().timers;
    t.now = now.max(ms);
    t.steps_at_sync = steps;
}

pub fn init(agent: &mut Agent) {
    let global = agent.global_object;
    define_method(agent, global, "setTimeout", set_timeout, 1);
    define_method(agent, global, "setInterval", set_interval, 1);
    define_method(agent, global, "clearTimeout", clear_timer, 1);
    define_method(agent, global, "clearInterval", clear_timer, 1);
    // The Timeout prototype (Node's lib/internal/timers.js Timeout class, reduced).
    let op = agent.intrinsics.object_prototype;
    let tp = new_prototype(agent, op);
    define_method(agent, tp, "ref", timeout_self, 0);
    define_method(agent, tp, "unref", timeout_self, 0);
    define_method(agent, tp, "refresh", timeout_self, 0);
    define_method(agent, tp, "hasRef", timeout_has_ref, 0);
    let to_prim = agent.symbols.to_primitive.clone();
    define_symbol_method(agent, tp, to_prim, timeout_to_primitive, 0);
    agent.host.data_mut().timers.timeout_prototype = Some(tp);
    // performance.now on the virtual clock (Date, in the engine, reads it through the host
    // hook `Host::time_value_now`).
    let performance = new_prototype(agent, op);
    define_method(agent, performance, "now", performance_now, 0);
    define_hidden(agent, global, "performance", Value::Object(performance));
}

/// Node's ERR_INVALID_ARG_TYPE message for a callback that is not a function.
pub fn invalid_callback(agent: &mut Agent, v: &Value) -> crate::Abrupt {
    let received = match v {
        Value::Undefined => "undefined".to_string(),
        Value::Null => "null".to_string(),
        Value::Object(o) => match crate::inspect::constructor_name(agent, *o) {
            Some(c) => format!("an instance of {c}"),
            None => "[Object: null prototype]".to_string(),
        },
        Value::String(s) => format!(
            "type string ({})",
            crate::inspect::quote_string(&s.to_rust_string())
        ),
        other => {
            let ty = match other {
                Value::Bool(_) => "boolean",
                Value::Number(_) => "number",
                Value::Symbol(_) => "symbol",
                Value::BigInt(_) => "bigint",
                _ => "object",
            };
            let shown = crate::inspect::inspect(agent, other, &Default::default());
            format!("type {ty} ({shown})")
        }
    };
    let e = agent.new_error(
        crate::builtins::ErrorKind::TypeError,
        &format!("The \"callback\" argument must be of type function. Received {received}"),
    );
    // Node's errors carry their code as an own enumerable property.
    crate::builtins::define_value(
        agent,
        e,
        "code",
        Value::str("ERR_INVALID_ARG_TYPE"),
        true,
        true,
        true,
    );
    crate::Abrupt::Throw(Value::Object(e))
}

/// setTimeout / setInterval: validates, clamps the delay and schedules.
fn schedule(agent: &mut Agent, args: &[Value], repeat: bool) -> JsResult<Value> {
    let callback = arg(args, 0);
    let callback = match callback {
        Value::Object(o) if agent.heap.get(o).is_callable() => o,
        other => return Err(invalid_callback(agent, &other)),
    };
    let mut delay = to_number(agent, &arg(args, 1))?;
    if !(1.0..=TIMEOUT_MAX).contains(&delay) {
        delay = 1.0;
    }
    let job = crate::execution::host_hooks::HostJob {
        callback,
        args: args.get(2..).unwrap_or(&[]).to_vec(),
    };
    let id = if repeat {
        enqueue_timeout(agent, job, delay, true)
    } else {
        crate::execution::host_hooks::host_enqueue_timeout_job(agent, job, delay)
    };
    let proto = agent.host.data_mut().timers.timeout_prototype;
    let object = agent.heap.alloc(Object::new(
        proto,
        ObjectKind::Internal(Box::new(InternalSlots::HostDefined { id })),
    ));
    if let Some(t) = agent.host.data_mut().timers.active.get_mut(&id) {
        t.object = Some(object);
    }
    Ok(Value::Object(object))
}

/// Schedules `job` after `delay` ms (already clamped) on the virtual clock, as Node's
/// insert() does: started at the clock's whole millisecond. Returns the timer's id.
pub fn enqueue_timeout(
    agent: &mut Agent,
    job: crate::execution::host_hooks::HostJob,
    delay: f64,
    repeat: bool,
) -> u32 {
    let now = libuv_now(agent);
    let span = agent.machine.contexts.last().map(|_| agent.machine.span);
    let callback = job.callback;
    let timers = &mut agent.host.data_mut().timers;
    timers.next_id += 1;
    let id = timers.next_id;
    timers.active.insert(
        id,
        Timer {
            callback,
            args: job.args,
            delay,
            repeat,
            object: None,
            start: now,
            listed: false,
            span,
        },
    );
    timers.insert(id, now);
    crate::trace::timer_scheduled(agent, id, callback, now, now + delay.trunc(), repeat);
    id
}

/// setTimeout ( callback, delay, ...args )
fn set_timeout(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    schedule(agent, args, false)
}

/// setInterval ( callback, delay, ...args )
fn set_interval(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    schedule(agent, args, true)
}

/// The timer id a Timeout object or a primitive id names.
fn timer_id(agent: &Agent, v: &Value) -> Option<u32> {
    match v {
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::Internal(slots) => match &**slots {
                InternalSlots::HostDefined { id } => Some(*id),
                _ => None,
            },
            _ => None,
        },
        Value::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64 => {
            Some(*n as u32)
        }
        Value::String(s) => s.to_rust_string().parse().ok(),
        _ => None,
    }
}

/// clearTimeout ( timeout ) / clearInterval ( timeout ): anything else is ignored, as Node.
fn clear_timer(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    if let Some(id) = timer_id(agent, &arg(args, 0)) {
        if agent.host.data_mut().timers.clear(id) {
            crate::trace::timer_cleared(agent, id);
        }
    }
    Ok(Value::Undefined)
}

fn timeout_self(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(this)
}

fn timeout_has_ref(
    _agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Bool(true))
}

/// Timeout.prototype[Symbol.toPrimitive]: the timer's id, so `+timeout` can be cleared.
fn timeout_to_primitive(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    match timer_id(agent, &this) {
        Some(id) => Ok(Value::Number(id as f64)),
        None => Ok(Value::Number(f64::NAN)),
    }
}

/// performance.now ( ): the virtual clock in milliseconds since the run started.
fn performance_now(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Number(clock_ms(agent)))
}

/// One step of Node's processTimers(now) / listOnTimeout(list, now): the next timer due at
/// `now` (the clock when the timers phase began), taken from its list. Lists are visited
/// by expiry, then list id; a list whose first timer is not due yet gets a new expiry
/// (max(start + msecs, now + 1)) and a new id, as in Node; an emptied list is deleted.
/// `None` when no timer is due at `now`.
pub fn next_due_timer(agent: &mut Agent, now: f64) -> Option<u32> {
    let timers = &mut agent.host.data_mut().timers;
    loop {
        let (&qkey, &key) = timers.list_queue.iter().next()?;
        if f64::from_bits(qkey.0) > now {
            return None;
        }
        let msecs = f64::from_bits(key);
        let Some(list) = timers.lists.get_mut(&key) else {
            timers.list_queue.remove(&qkey);
            continue;
        };
        let Some(&id) = list.timers.front() else {
            timers.lists.remove(&key);
            timers.list_queue.remove(&qkey);
            continue;
        };
        let start = timers.active.get(&id).map_or(0.0, |t| t.start);
        if now - start < msecs {
            timers.next_list_id += 1;
            list.expiry = (start + msecs).max(now + 1.0);
            list.id = timers.next_list_id;
            let new_key = (list.expiry.to_bits(), list.id);
            timers.list_queue.remove(&qkey);
            timers.list_queue.insert(new_key, key);
            continue;
        }
        list.timers.pop_front();
        if let Some(t) = timers.active.get_mut(&id) {
            t.listed = false;
        }
        return Some(id);
    }
}

/// Runs timer `id`'s callback (with the Timeout as `this` and its extra arguments). An
/// interval not cleared by its callback goes back into its list, started at the clock read
/// before the callback ran, as Node does (even when the callback threw).
pub fn run_timer(agent: &mut Agent, id: u32) -> JsResult<Value> {
    let start = libuv_now(agent);
    let timers = &mut agent.host.data_mut().timers;
    let Some(t) = timers.active.get(&id) else {
        return Ok(Value::Undefined);
    };
    let (callback, args, repeat) = (t.callback, t.args.clone(), t.repeat);
    let this = t.object.map_or(Value::Undefined, Value::Object);
    if !repeat {
        timers.active.remove(&id);
    }
    crate::trace::timer_fired(agent, id, callback, start);
    let mut roots = args.clone();
    roots.push(this.clone());
    let r = crate::execution::host_hooks::host_call_job_callback(
        agent,
        &Value::Object(callback),
        this,
        &args,
        &roots,
    );
    // An interval still active after its callback (not cleared by it) is rescheduled.
    let timers = &mut agent.host.data_mut().timers;
    if repeat && timers.active.get(&id).is_some_and(|t| !t.listed) {
        timers.insert(id, start);
    }
    r
}
