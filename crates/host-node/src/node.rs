//! Node's host (`--host node`, the default) and the bare ECMA-262 host (`--host spec`).
//!
//! Node's event loop, phase by phase, after libuv's uv_run and Node's
//! lib/internal/timers.js and lib/internal/process/task_queues.js (read for understanding;
//! this is our own code):
//!
//! 1. The script runs; then a *checkpoint* (Node's processTicksAndRejections): every
//!    nextTick callback (including ticks queued by ticks), then every microtask (promise
//!    jobs and queueMicrotask, including those queued meanwhile), repeated while ticks were
//!    queued by microtasks; then unhandled rejections are processed, and if that ran
//!    anything, the checkpoint goes round again.
//! 2. The timers phase (libuv runs it once before the loop): with `now` read once, every
//!    timer due at `now` runs — lists by expiry, then list id; within a list in insertion
//!    order — each followed by a checkpoint. Timers created meanwhile start at or after
//!    `now`, so they never run in the same phase.
//! 3. The poll phase: no I/O here; when no immediate waits, the loop sleeps, i.e. the
//!    virtual clock jumps to the next timer's expiry.
//! 4. The check phase: the immediates queued before the phase began run, each followed by
//!    a checkpoint; immediates queued by them wait for the next iteration.
//! 5. Back to the timers phase, while any timer or immediate waits; then `exit` listeners.
//!
//! Where Node's order depends on real time — a timer due within the next millisecond while
//! immediates wait, e.g. `setTimeout(f, 0)` against `setImmediate(g)` in the script — the
//! virtual clock decides (the immediates run first, as on an idle machine) and mini-js says
//! so once on stderr.

use crate::abstract_ops::{arg, get_str, to_number, to_string};
use crate::builtins::{define_hidden, define_method, define_value, new_prototype, InternalSlots};
use crate::execution::host_hooks::{Host, HostJob};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::Value;
use crate::HostData;
use crate::{Abrupt, Agent, JsResult};
use std::collections::VecDeque;

/// Which host runs the program (`--host`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HostKind {
    /// Node's event loop, process, nextTick and immediates (prints what Node prints).
    #[default]
    Node,
    /// Only the jobs ECMA-262 defines, plus timers.
    Spec,
}

impl HostKind {
    /// The host for a run with these options.
    pub fn host(self, options: &crate::RunOptions) -> std::rc::Rc<dyn Host> {
        let options = options.clone();
        match self {
            HostKind::Node => std::rc::Rc::new(NodeHost { options }),
            HostKind::Spec => std::rc::Rc::new(SpecHost { options }),
        }
    }
}

/// Node's `--unhandled-rejections` modes (lib/internal/process/promises.js).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UnhandledRejections {
    /// Emit 'unhandledRejection'; if nobody listens, raise the reason as an uncaught
    /// exception (Node's default).
    #[default]
    Throw,
    /// Raise as an uncaught exception first, then emit 'unhandledRejection'.
    Strict,
    /// Emit 'unhandledRejection' and always warn.
    Warn,
    /// Emit 'unhandledRejection' only.
    None,
    /// Emit 'unhandledRejection'; if nobody listens, warn and set the exit code to 1.
    WarnWithErrorCode,
}

impl std::str::FromStr for UnhandledRejections {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "throw" => UnhandledRejections::Throw,
            "strict" => UnhandledRejections::Strict,
            "warn" => UnhandledRejections::Warn,
            "none" => UnhandledRejections::None,
            "warn-with-error-code" => UnhandledRejections::WarnWithErrorCode,
            other => {
                return Err(format!(
                    "invalid value for --unhandled-rejections: {other:?} \
                     (throw, strict, warn, none, warn-with-error-code)"
                ))
            }
        })
    }
}

/// A queued nextTick: its callback and arguments, numbered for the trace.
struct Tick {
    seq: u64,
    job: HostJob,
}

/// A waiting immediate.
struct Immediate {
    job: HostJob,
    object: ObjectId,
}

/// A process event listener.
struct Listener {
    event: String,
    callback: ObjectId,
    once: bool,
}

/// The state of Node's own queues and of `process` for one run.
#[derive(Default)]
pub struct NodeState {
    ticks: VecDeque<Tick>,
    ticks_enqueued: u64,
    /// Immediates in the order they were set (ids; a cleared one is gone from `waiting`).
    immediate_queue: VecDeque<u32>,
    waiting: rustc_hash::FxHashMap<u32, Immediate>,
    immediate_prototype: Option<ObjectId>,
    process: Option<ObjectId>,
    listeners: Vec<Listener>,
    /// Set by process.exit(code): the run stops at once with this status.
    pub exiting: Option<i32>,
    /// Whether the timing note was printed.
    note_printed: bool,
    /// Rejection ids for Node's warnings.
    rejection_ids: u32,
    /// Node's maybeUnhandledPromises: each promise rejected without a handler, with its
    /// rejection id (numbered when it is rejected, as Node numbers it) and whether its
    /// unhandled rejection was processed. Not a root (Node's is a WeakMap): an entry is
    /// rewritten whenever a promise is rejected unhandled, so an id reused after a
    /// collection never finds another promise's entry.
    rejections: rustc_hash::FxHashMap<ObjectId, RejectionInfo>,
    /// Node's asyncHandledRejections: promises handled after their unhandled rejection was
    /// processed, with their rejection ids, waiting for 'rejectionHandled'.
    async_handled: VecDeque<(ObjectId, u32)>,
    /// Whether a warning was printed (Node adds its --trace-warnings hint to the first).
    warned: bool,
    /// The file's module evaluation, when it runs as a module (a top-level await).
    pub module: crate::module::ModuleRun,
}

/// A rejection Node remembers: its id, and whether it was processed as unhandled.
#[derive(Clone, Copy)]
struct RejectionInfo {
    uid: u32,
    warned: bool,
}

/// How mini-js words Node's `(node:PID)` prefix of process warnings: the process id is not
/// deterministic in Node, so mini-js prints the word `PID` in its place.
pub const WARNING_PREFIX: &str = "(node:PID)";

impl NodeState {
    /// Objects the queues and `process` hold (for the collector's roots).
    pub fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        let job = |j: &HostJob, f: &mut dyn FnMut(&Value)| {
            f(&Value::Object(j.callback));
            for a in &j.args {
                f(a);
            }
        };
        for t in &self.ticks {
            job(&t.job, f);
        }
        for i in self.waiting.values() {
            job(&i.job, f);
            f(&Value::Object(i.object));
        }
        for o in self.immediate_prototype.iter().chain(self.process.iter()) {
            f(&Value::Object(*o));
        }
        for l in &self.listeners {
            f(&Value::Object(l.callback));
        }
        self.module.for_each_value(f);
        for (p, _) in &self.async_handled {
            f(&Value::Object(*p));
        }
    }
}

/// Node's unhandledRejection(promise, reason) (HostPromiseRejectionTracker's "reject"):
/// numbers the rejection.
pub fn rejection_tracked(agent: &mut Agent, promise: ObjectId) {
    let node = &mut agent.host.data_mut().node;
    node.rejection_ids += 1;
    let uid = node.rejection_ids;
    node.rejections
        .insert(promise, RejectionInfo { uid, warned: false });
}

/// Node's handledRejection(promise) (HostPromiseRejectionTracker's "handle"): a rejection
/// handled after it was processed as unhandled waits for 'rejectionHandled'.
pub fn rejection_handled(agent: &mut Agent, promise: ObjectId) {
    let node = &mut agent.host.data_mut().node;
    if let Some(info) = node.rejections.remove(&promise) {
        if info.warned {
            node.async_handled.push_back((promise, info.uid));
        }
    }
}

// ───────────────────────────── the hosts ─────────────────────────────

/// Node's host: Node's loop phases, nextTick, immediates, `process`.
pub struct NodeHost {
    /// The run's options (the host's own state keeps a copy).
    pub options: crate::RunOptions,
}

/// The bare ECMA-262 host: promise jobs, then timers, nothing else.
pub struct SpecHost {
    /// The run's options (the host's own state keeps a copy).
    pub options: crate::RunOptions,
}

impl Host for NodeHost {
    fn name(&self) -> &'static str {
        "node"
    }

    fn host_defined(&self) -> Box<dyn crate::execution::host_state::HostDefined> {
        Box::new(crate::Host::new(self.options.clone()))
    }

    fn now(&self, agent: &Agent) -> f64 {
        crate::timers::libuv_now(agent)
    }

    fn time_value_now(&self, agent: &Agent) -> f64 {
        crate::timers::time_value_now(agent)
    }

    fn promise_rejection_tracker(
        &self,
        agent: &mut Agent,
        promise: ObjectId,
        operation: crate::builtins::promise::RejectionOperation,
    ) {
        crate::promise_rejection_tracker(agent, promise, operation);
    }

    fn enqueue_timeout_job(&self, agent: &mut Agent, job: HostJob, milliseconds: f64) -> u32 {
        crate::timers::enqueue_timeout(agent, job, milliseconds, false)
    }

    fn install_globals(&self, agent: &mut Agent) {
        crate::install_host_globals(agent);
        install_node_globals(agent);
    }

    fn enqueue_generic_job(&self, agent: &mut Agent, job: HostJob) -> JsResult<()> {
        set_immediate_job(agent, job);
        Ok(())
    }

    fn run_jobs(&self, agent: &mut Agent, script: Result<Value, Abrupt>) -> i32 {
        match node_event_loop(agent, script) {
            Ok(()) => exit_with(agent, None),
            Err(Stop(code)) => code,
        }
    }
}

impl Host for SpecHost {
    fn name(&self) -> &'static str {
        "spec"
    }

    fn host_defined(&self) -> Box<dyn crate::execution::host_state::HostDefined> {
        Box::new(crate::Host::new(self.options.clone()))
    }

    fn install_globals(&self, agent: &mut Agent) {
        crate::install_host_globals(agent);
    }

    fn now(&self, agent: &Agent) -> f64 {
        crate::timers::libuv_now(agent)
    }

    fn time_value_now(&self, agent: &Agent) -> f64 {
        crate::timers::time_value_now(agent)
    }

    fn promise_rejection_tracker(
        &self,
        agent: &mut Agent,
        promise: ObjectId,
        operation: crate::builtins::promise::RejectionOperation,
    ) {
        crate::promise_rejection_tracker(agent, promise, operation);
    }

    fn enqueue_timeout_job(&self, agent: &mut Agent, job: HostJob, milliseconds: f64) -> u32 {
        crate::timers::enqueue_timeout(agent, job, milliseconds, false)
    }

    fn run_jobs(&self, agent: &mut Agent, script: Result<Value, Abrupt>) -> i32 {
        if let Err(abrupt) = script {
            // An uncaught exception in the script ends the run: no job runs after it.
            return crate::run::report_abrupt(agent, abrupt);
        }
        loop {
            if !agent.jobs.microtasks.is_empty() {
                crate::trace::checkpoint(agent);
            }
            if let Err(abrupt) = crate::run::drain_microtasks(agent) {
                return crate::run::report_abrupt(agent, abrupt);
            }
            crate::builtins::weak::clear_kept_objects(agent);
            if let Some(registry) = agent.heap.weak.cleanup_queue.pop_front() {
                let r = crate::builtins::weak::cleanup_finalization_registry(agent, registry);
                if let Err(abrupt) = r {
                    return crate::run::report_abrupt(agent, abrupt);
                }
                continue;
            }
            if let Some(promise) = agent.host.data_mut().pending_rejections.first().copied() {
                crate::run::report_unhandled_rejection(agent, promise);
                return 1;
            }
            agent.machine.throw_span = None;
            if let Err(abrupt) = crate::run::count_host_step(agent) {
                return crate::run::report_abrupt(agent, abrupt);
            }
            let now = crate::timers::libuv_now(agent);
            match crate::timers::next_due_timer(agent, now) {
                Some(id) => {
                    if let Err(abrupt) = crate::timers::run_timer(agent, id) {
                        return crate::run::report_abrupt(agent, abrupt);
                    }
                }
                None => match agent.host.data_mut().timers.next_expiry() {
                    Some(due) => crate::timers::advance_clock_to(agent, due),
                    None => return 0,
                },
            }
        }
    }
}

/// The run ends with this exit status (process.exit, or a fatal exception already reported).
struct Stop(i32);

type Flow = Result<(), Stop>;

/// Node's loop (see the module comment).
fn node_event_loop(agent: &mut Agent, script: Result<Value, Abrupt>) -> Flow {
    if let Err(abrupt) = script {
        uncaught(agent, abrupt, "uncaughtException")?;
    }
    checkpoint(agent)?;
    finalization_phase(agent)?;
    // libuv runs the timers once before its loop.
    timers_phase(agent)?;
    finalization_phase(agent)?;
    loop {
        let immediates = !agent.host.data_mut().node.immediate_queue.is_empty();
        if !immediates && agent.host.data_mut().timers.is_empty() {
            // Cleanup jobs that cleanup callbacks queued keep the loop going.
            if agent.heap.weak.cleanup_queue.is_empty() {
                return Ok(());
            }
            finalization_phase(agent)?;
            continue;
        }
        // The poll phase: nothing to poll; with no immediate waiting, sleep until a timer.
        if !immediates {
            if let Some(due) = agent.host.data_mut().timers.next_expiry() {
                crate::timers::advance_clock_to(agent, due);
            }
        }
        check_phase(agent)?;
        finalization_phase(agent)?;
        timers_phase(agent)?;
        finalization_phase(agent)?;
    }
}

/// FinalizationRegistry cleanup jobs (HostEnqueueFinalizationRegistryCleanupJob, §9.13).
/// NOTE(mini-js): V8 posts them as tasks whose timing depends on its collector; mini-js
/// runs them deterministically after the first phase (script, timers, check) that follows
/// the collection which found a registered target dead, one job per registry, each
/// followed by a microtask checkpoint.
fn finalization_phase(agent: &mut Agent) -> Flow {
    while !agent.heap.weak.cleanup_queue.is_empty() {
        // Counted (and the heap looked at) while the registry is still queued: a root.
        host_step(agent)?;
        let Some(registry) = agent.heap.weak.cleanup_queue.pop_front() else {
            break;
        };
        agent.machine.throw_span = None;
        crate::trace::host_job_started(
            agent,
            crate::trace::JobSource::Finalization,
            "host FinalizationRegistry cleanup job (§9.13 CleanupFinalizationRegistry)",
            format!("CleanupFinalizationRegistry({registry:?})"),
        );
        let r = crate::builtins::weak::cleanup_finalization_registry(agent, registry);
        if let Err(abrupt) = r {
            uncaught(agent, abrupt, "uncaughtException")?;
        }
        checkpoint(agent)?;
    }
    Ok(())
}

/// The timers phase: Node's processTimers(now).
fn timers_phase(agent: &mut Agent) -> Flow {
    let now = crate::timers::libuv_now(agent);
    timing_note(agent, now);
    while let Some(id) = crate::timers::next_due_timer(agent, now) {
        host_step(agent)?;
        agent.machine.throw_span = None;
        if let Err(abrupt) = crate::timers::run_timer(agent, id) {
            uncaught(agent, abrupt, "uncaughtException")?;
        }
        checkpoint(agent)?;
    }
    Ok(())
}

/// Prints the note about a timing-dependent order once, when a timer comes due within the
/// next millisecond while immediates wait.
fn timing_note(agent: &mut Agent, now: f64) {
    if agent.host.data_mut().node.note_printed
        || agent.host.data_mut().node.immediate_queue.is_empty()
    {
        return;
    }
    if let Some(span) = agent.host.data_mut().timers.racing_timer(now) {
        agent.host.data_mut().node.note_printed = true;
        let line = span.map_or(0, |s| {
            mini_js_syntax::diagnostic::line_col(agent.source, s.start as usize).0
        });
        let text = format!(
            "mini-js: note: the order of setTimeout(…, 0) and setImmediate at line {line} \
             depends on timing in Node"
        );
        crate::trace::host_note(agent, "host note", || {
            format!("{text}; mini-js runs the immediates first")
        });
        host_stderr(agent, &format!("{text}\n"));
    }
}

/// The check phase: Node's processImmediate — the immediates queued before it began.
fn check_phase(agent: &mut Agent) -> Flow {
    let queue = std::mem::take(&mut agent.host.data_mut().node.immediate_queue);
    if !queue.is_empty() {
        crate::trace::check_phase(agent);
    }
    for id in queue {
        let Some(immediate) = agent.host.data_mut().node.waiting.remove(&id) else {
            continue; // cleared
        };
        host_step(agent)?;
        agent.machine.throw_span = None;
        let HostJob { callback, args } = immediate.job;
        if agent.tracer.is_some() {
            let name = crate::inspect::function_name(agent, callback).unwrap_or_default();
            crate::trace::host_job_started(
                agent,
                crate::trace::JobSource::Immediate,
                "host setImmediate (check phase)",
                format!("immediate {id} calls {}", shown_callback(&name)),
            );
        }
        let mut roots = args.clone();
        roots.push(Value::Object(immediate.object));
        let r = crate::execution::host_hooks::host_call_job_callback(
            agent,
            &Value::Object(callback),
            Value::Object(immediate.object),
            &args,
            &roots,
        );
        if let Err(abrupt) = r {
            uncaught(agent, abrupt, "uncaughtException")?;
        }
        checkpoint(agent)?;
    }
    Ok(())
}

/// Node's processTicksAndRejections: ticks, then microtasks, until both are empty; then the
/// unhandled rejections, and round again if handling them ran anything.
fn checkpoint(agent: &mut Agent) -> Flow {
    if !agent.host.data_mut().node.ticks.is_empty() || !agent.jobs.microtasks.is_empty() {
        crate::trace::checkpoint(agent);
    }
    loop {
        while let Some(tick) = agent.host.data_mut().node.ticks.pop_front() {
            host_step(agent)?;
            agent.machine.throw_span = None;
            let HostJob { callback, args } = tick.job;
            let seq = tick.seq;
            if agent.tracer.is_some() {
                let name = crate::inspect::function_name(agent, callback).unwrap_or_default();
                crate::trace::host_job_started(
                    agent,
                    crate::trace::JobSource::NextTick,
                    "host process.nextTick (tick queue, before promise jobs)",
                    format!("tick {seq} calls {}", shown_callback(&name)),
                );
            }
            let r = crate::execution::host_hooks::host_call_job_callback(
                agent,
                &Value::Object(callback),
                Value::Undefined,
                &args,
                &args,
            );
            if let Err(abrupt) = r {
                uncaught(agent, abrupt, "uncaughtException")?;
            }
        }
        // V8's microtask checkpoint: an exception in one microtask does not stop the next.
        while let Err(abrupt) = crate::run::drain_microtasks(agent) {
            uncaught(agent, abrupt, "uncaughtException")?;
        }
        if !agent.host.data_mut().node.ticks.is_empty() {
            continue;
        }
        if !process_promise_rejections(agent)? {
            // The end of a synchronous run of ECMAScript code: ClearKeptObjects (§9.10.2).
            crate::builtins::weak::clear_kept_objects(agent);
            return Ok(());
        }
    }
}

/// Counts a tick, an immediate or a timer as a step (for `--max-steps`).
fn host_step(agent: &mut Agent) -> Flow {
    match crate::run::count_host_step(agent) {
        Ok(()) => Ok(()),
        Err(abrupt) => Err(Stop(fatal(agent, abrupt))),
    }
}

/// Node's processPromiseRejections: each promise still unhandled after the checkpoint is
/// handled by the `--unhandled-rejections` mode. Returns whether anything was handled.
fn process_promise_rejections(agent: &mut Agent) -> Result<bool, Stop> {
    // The rejections pending now; those rejected meanwhile wait for the next round. Each
    // stays in the agent's list (a GC root) until its turn, and one handled meanwhile by
    // a listener is skipped, as Node's maybeUnhandledPromises lookup does.
    // First the rejections handled late: 'rejectionHandled', or else Node's warning.
    let handled_late = !agent.host.data_mut().node.async_handled.is_empty();
    while let Some((promise, uid)) = agent.host.data_mut().node.async_handled.pop_front() {
        if !emit(agent, "rejectionHandled", &[Value::Object(promise)])? {
            emit_warning(
                agent,
                &format!(
                    "PromiseRejectionHandledWarning: Promise rejection was handled \
                     asynchronously (rejection id: {uid})"
                ),
            );
        }
    }
    let pending = agent.host.data_mut().pending_rejections.clone();
    if pending.is_empty() {
        return Ok(handled_late);
    }
    for promise in pending {
        let list = &mut agent.host.data_mut().pending_rejections;
        let Some(i) = list.iter().position(|p| *p == promise) else {
            continue;
        };
        list.remove(i);
        let reason = crate::builtins::promise::promise_state(agent, promise)
            .map(|(_, r)| r)
            .unwrap_or(Value::Undefined);
        let uid = match agent.host.data_mut().node.rejections.get_mut(&promise) {
            Some(info) => {
                info.warned = true;
                info.uid
            }
            None => 0,
        };
        let args = [reason.clone(), Value::Object(promise)];
        match agent.host.data().options.unhandled_rejections {
            UnhandledRejections::Throw => {
                if !emit(agent, "unhandledRejection", &args)? {
                    raise_rejection(agent, promise, &reason)?;
                }
            }
            UnhandledRejections::Strict => {
                raise_rejection(agent, promise, &reason)?;
                if !emit(agent, "unhandledRejection", &args)? {
                    rejection_warning(agent, &reason, uid);
                }
            }
            UnhandledRejections::Warn => {
                emit(agent, "unhandledRejection", &args)?;
                rejection_warning(agent, &reason, uid);
            }
            UnhandledRejections::None => {
                emit(agent, "unhandledRejection", &args)?;
            }
            UnhandledRejections::WarnWithErrorCode => {
                if !emit(agent, "unhandledRejection", &args)? {
                    rejection_warning(agent, &reason, uid);
                    set_exit_code(agent, 1);
                }
            }
        }
    }
    Ok(true)
}

/// Raises an unhandled rejection as an uncaught exception (Node's triggerUncaughtException
/// with fromPromise): the reason itself if it is an error, else an UnhandledPromiseRejection
/// error. With no 'uncaughtException' listener the run ends, reported on stderr.
fn raise_rejection(agent: &mut Agent, promise: ObjectId, reason: &Value) -> Flow {
    if listener_count(agent, "uncaughtException") == 0 {
        crate::run::report_unhandled_rejection(agent, promise);
        return Err(Stop(exit_with(agent, Some(1))));
    }
    let err = if is_error(agent, reason) {
        reason.clone()
    } else {
        let message = crate::run::unhandled_rejection_message(agent, reason);
        let e = agent.new_error(crate::builtins::ErrorKind::Error, &message);
        define_hidden(agent, e, "name", Value::str("UnhandledPromiseRejection"));
        define_value(
            agent,
            e,
            "code",
            Value::str("ERR_UNHANDLED_REJECTION"),
            true,
            true,
            true,
        );
        Value::Object(e)
    };
    handle_with_listeners(agent, err, "unhandledRejection")
}

fn is_error(agent: &Agent, v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(agent.heap.get(*o).kind, ObjectKind::Error))
}

/// Node's emitUnhandledRejectionWarning (stderr only; Node prints it a tick later): an
/// error's stack (V8's `stack` string), any other reason as NoSideEffectsToString shows it.
fn rejection_warning(agent: &mut Agent, reason: &Value, id: u32) {
    let shown = match reason {
        Value::Object(o) if is_error(agent, reason) => {
            crate::inspect::own_string(agent, *o, "stack")
                .unwrap_or_else(|| crate::run::uncaught_text(agent, reason))
        }
        other => crate::describe::no_side_effects_to_string(agent, other),
    };
    emit_warning(agent, &format!("UnhandledPromiseRejectionWarning: {shown}"));
    emit_warning(
        agent,
        &format!(
            "\
         UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error \
         originated either by throwing inside of an async function without a catch block, or \
         by rejecting a promise which was not handled with .catch(). To terminate the node \
         process on unhandled promise rejection, use the CLI flag \
         `--unhandled-rejections=strict` (see \
         https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: {id})"
        ),
    );
}

/// process.emitWarning as Node's default 'warning' handler prints it on stderr:
/// `(node:PID) Name: message` ([`WARNING_PREFIX`]), Node's --trace-warnings hint after the
/// first warning of the run.
fn emit_warning(agent: &mut Agent, text: &str) {
    host_stderr(agent, &format!("{WARNING_PREFIX} {text}\n"));
    if !agent.host.data_mut().node.warned {
        agent.host.data_mut().node.warned = true;
        host_stderr(
            agent,
            "(Use `node --trace-warnings ...` to show where the warning was created)\n",
        );
    }
}

/// An uncaught exception (from the script, a tick, a microtask, a timer or an immediate):
/// process.exit and `--max-steps` stop the run; a throw goes to the 'uncaughtException'
/// listeners, or ends the run, reported on stderr, with status 1.
fn uncaught(agent: &mut Agent, abrupt: Abrupt, origin: &str) -> Flow {
    match abrupt {
        Abrupt::Throw(v) if listener_count(agent, "uncaughtException") > 0 => {
            handle_with_listeners(agent, v, origin)
        }
        other => Err(Stop(fatal(agent, other))),
    }
}

/// Calls the 'uncaughtException' listeners with (error, origin). A listener that throws
/// ends the run with Node's status 7.
fn handle_with_listeners(agent: &mut Agent, error: Value, origin: &str) -> Flow {
    emit(agent, "uncaughtException", &[error, Value::str(origin)]).map(|_| ())
}

/// Reports an abrupt completion that ends the run and returns the exit status: 1 after the
/// 'exit' listeners for an uncaught exception, 1 at once for `--max-steps`, or the code
/// process.exit() chose.
fn fatal(agent: &mut Agent, abrupt: Abrupt) -> i32 {
    if let Some(code) = agent.host.data_mut().node.exiting {
        return code;
    }
    let stopped = matches!(abrupt, Abrupt::Terminate(_));
    let code = crate::run::report_abrupt(agent, abrupt);
    if stopped {
        // A limit stopped the run (status 3): no listener runs.
        code
    } else {
        exit_with(agent, Some(code))
    }
}

/// The end of the run: `code` (a fatal error's status) or process.exitCode; the 'exit'
/// listeners run with it (they may change process.exitCode); returns the final status.
fn exit_with(agent: &mut Agent, code: Option<i32>) -> i32 {
    if let Some(code) = agent.host.data_mut().node.exiting {
        return code;
    }
    let code = code.unwrap_or_else(|| process_exit_code(agent).unwrap_or(0));
    set_exit_code(agent, code);
    // Listeners' own errors are not reported again (as Node, once exiting).
    let _ = emit(agent, "exit", &[Value::Number(code as f64)]);
    if let Some(code) = agent.host.data_mut().node.exiting {
        return code;
    }
    process_exit_code(agent).unwrap_or(code)
}

/// process.exitCode, if it is an integer.
fn process_exit_code(agent: &mut Agent) -> Option<i32> {
    let process = agent.host.data_mut().node.process?;
    let v = agent
        .heap
        .get(process)
        .get_own_property(&crate::value::PropertyKey::from("exitCode"));
    match v {
        Some(crate::object::Property::Data {
            value: Value::Number(n),
            ..
        }) if n.fract() == 0.0 => Some(n as i32),
        Some(crate::object::Property::Data {
            value: Value::String(s),
            ..
        }) => s.to_rust_string().trim().parse().ok(),
        _ => None,
    }
}

fn set_exit_code(agent: &mut Agent, code: i32) {
    if let Some(process) = agent.host.data_mut().node.process {
        define_value(
            agent,
            process,
            "exitCode",
            Value::Number(code as f64),
            true,
            true,
            true,
        );
    }
}

fn listener_count(agent: &Agent, event: &str) -> usize {
    agent
        .host
        .data()
        .node
        .listeners
        .iter()
        .filter(|l| l.event == event)
        .count()
}

/// process.emit(event, ...args): calls the listeners in order (a `once` listener is removed
/// first); returns whether there was any. A listener's exception is an uncaught exception
/// (for 'uncaughtException' listeners themselves: fatal, status 7).
fn emit(agent: &mut Agent, event: &str, args: &[Value]) -> Result<bool, Stop> {
    let callbacks: Vec<(ObjectId, bool)> = agent
        .host
        .data_mut()
        .node
        .listeners
        .iter()
        .filter(|l| l.event == event)
        .map(|l| (l.callback, l.once))
        .collect();
    if callbacks.is_empty() {
        return Ok(false);
    }
    let this = agent
        .host
        .data_mut()
        .node
        .process
        .map_or(Value::Undefined, Value::Object);
    for (callback, once) in callbacks {
        if once {
            remove_listener(agent, event, callback);
        }
        let r = crate::execution::host_hooks::host_call_job_callback(
            agent,
            &Value::Object(callback),
            this.clone(),
            args,
            args,
        );
        if let Err(abrupt) = r {
            if let Some(code) = agent.host.data_mut().node.exiting {
                return Err(Stop(code));
            }
            if event == "uncaughtException" || event == "exit" {
                crate::run::report_abrupt(agent, abrupt);
                return Err(Stop(if event == "exit" { 1 } else { 7 }));
            }
            uncaught(agent, abrupt, "uncaughtException")?;
        }
    }
    Ok(true)
}

fn remove_listener(agent: &mut Agent, event: &str, callback: ObjectId) {
    let listeners = &mut agent.host.data_mut().node.listeners;
    if let Some(i) = listeners
        .iter()
        .position(|l| l.event == event && l.callback == callback)
    {
        listeners.remove(i);
    }
}

// ───────────────────────────── globals ─────────────────────────────

/// Installs setImmediate, clearImmediate and `process`.
fn install_node_globals(agent: &mut Agent) {
    let global = agent.global_object;
    define_method(agent, global, "setImmediate", set_immediate, 1);
    define_method(agent, global, "clearImmediate", clear_immediate, 1);
    let op = agent.intrinsics.object_prototype;
    let ip = new_prototype(agent, op);
    define_method(agent, ip, "ref", this_value, 0);
    define_method(agent, ip, "unref", this_value, 0);
    define_method(agent, ip, "hasRef", has_ref, 0);
    agent.host.data_mut().node.immediate_prototype = Some(ip);

    let process = new_prototype(agent, op);
    agent.host.data_mut().node.process = Some(process);
    define_hidden(agent, global, "process", Value::Object(process));
    define_value(
        agent,
        process,
        "title",
        Value::str("mini-js"),
        true,
        true,
        true,
    );
    let mut argv = vec![Value::str("mini-js"), Value::str(&agent.filename.clone())];
    argv.extend(agent.host.data().options.argv.iter().map(|a| Value::str(a)));
    let argv = crate::abstract_ops::create_array_from_list(agent, argv);
    define_value(
        agent,
        process,
        "argv",
        Value::Object(argv),
        true,
        true,
        true,
    );
    let env = new_prototype(agent, op);
    define_value(agent, process, "env", Value::Object(env), true, true, true);
    define_value(
        agent,
        process,
        "exitCode",
        Value::Undefined,
        true,
        true,
        true,
    );
    define_method(agent, process, "nextTick", next_tick, 1);
    define_method(agent, process, "exit", process_exit, 1);
    for name in ["on", "addListener"] {
        define_method(agent, process, name, process_on, 2);
    }
    define_method(agent, process, "once", process_once, 2);
    for name in ["off", "removeListener"] {
        define_method(agent, process, name, process_off, 2);
    }
    define_method(agent, process, "listenerCount", process_listener_count, 1);
    let hrtime = define_method(agent, process, "hrtime", process_hrtime, 1);
    define_method(agent, hrtime, "bigint", process_hrtime_bigint, 0);
    for (name, write) in [
        ("stdout", stdout_write as crate::object::NativeFn),
        ("stderr", stderr_write),
    ] {
        let stream = new_prototype(agent, op);
        define_method(agent, stream, "write", write, 1);
        define_value(agent, stream, "isTTY", Value::Bool(false), true, true, true);
        define_value(
            agent,
            process,
            name,
            Value::Object(stream),
            true,
            true,
            true,
        );
    }
}

/// The callback argument: a function, or Node's ERR_INVALID_ARG_TYPE.
fn callback_arg(agent: &mut Agent, v: &Value) -> JsResult<ObjectId> {
    match v {
        Value::Object(o) if agent.heap.get(*o).is_callable() => Ok(*o),
        other => Err(crate::timers::invalid_callback(agent, other)),
    }
}

/// process.nextTick ( callback, ...args ): queues the callback on the tick queue, which
/// runs before the microtasks at every checkpoint.
fn next_tick(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let callback = callback_arg(agent, &arg(args, 0))?;
    let node = &mut agent.host.data_mut().node;
    node.ticks_enqueued += 1;
    let seq = node.ticks_enqueued;
    node.ticks.push_back(Tick {
        seq,
        job: HostJob {
            callback,
            args: args.get(1..).unwrap_or(&[]).to_vec(),
        },
    });
    if agent.tracer.is_some() {
        let name = crate::inspect::function_name(agent, callback).unwrap_or_default();
        crate::trace::host_job_enqueued(
            agent,
            crate::trace::JobSource::NextTick,
            "host process.nextTick",
            format!(
                "tick {seq} will call {}, because `process.nextTick` was called (ticks run \
                 before promise jobs at the next checkpoint)",
                shown_callback(&name)
            ),
        );
    }
    Ok(Value::Undefined)
}

/// setImmediate ( callback, ...args ): runs the callback in the next check phase.
fn set_immediate(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let callback = callback_arg(agent, &arg(args, 0))?;
    let job = HostJob {
        callback,
        args: args.get(1..).unwrap_or(&[]).to_vec(),
    };
    Ok(Value::Object(set_immediate_job(agent, job)))
}

/// Queues an immediate (HostEnqueueGenericJob of Node's host); returns its Immediate object.
fn set_immediate_job(agent: &mut Agent, job: HostJob) -> ObjectId {
    agent.host.data_mut().timers.next_id += 1;
    let id = agent.host.data_mut().timers.next_id;
    let proto = agent.host.data_mut().node.immediate_prototype;
    let object = agent.heap.alloc(Object::new(
        proto,
        ObjectKind::Internal(Box::new(InternalSlots::HostDefined { id })),
    ));
    let callback = job.callback;
    agent.host.data_mut().node.immediate_queue.push_back(id);
    agent
        .host
        .data_mut()
        .node
        .waiting
        .insert(id, Immediate { job, object });
    if agent.tracer.is_some() {
        let name = crate::inspect::function_name(agent, callback).unwrap_or_default();
        crate::trace::host_job_enqueued(
            agent,
            crate::trace::JobSource::Immediate,
            "host setImmediate",
            format!(
                "immediate {id} will call {}, because `setImmediate` was called (it runs in \
                 the next check phase, after the timers due)",
                shown_callback(&name)
            ),
        );
    }
    object
}

/// clearImmediate ( immediate ): an immediate that has not run yet never runs.
fn clear_immediate(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    if let Value::Object(o) = arg(args, 0) {
        if let ObjectKind::Internal(slots) = &agent.heap.get(o).kind {
            if let InternalSlots::HostDefined { id } = **slots {
                if agent.host.data_mut().node.waiting.remove(&id).is_some() {
                    // NOTE(mini-js): the trace's immediate queue is FIFO by job id; a cleared
                    // immediate stays in it, so the ids of later immediates may shift.
                    crate::trace::host_note(agent, "host clearImmediate", || {
                        format!("immediate {id} cleared")
                    });
                }
            }
        }
    }
    Ok(Value::Undefined)
}

fn this_value(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(this)
}

fn has_ref(
    _agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Bool(true))
}

/// process.exit ( [code] ): the 'exit' listeners run, then the run stops at once — no
/// finally block, microtask, tick or timer runs after it.
fn process_exit(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    if agent.host.data_mut().node.exiting.is_none() {
        let code = match arg(args, 0) {
            Value::Undefined => process_exit_code(agent).unwrap_or(0),
            v => {
                let n = to_number(agent, &v)?;
                if n.fract() != 0.0 || !n.is_finite() {
                    let shown = crate::inspect::inspect(agent, &v, &Default::default());
                    return Err(agent.range_error(format!(
                        "The value of \"code\" is out of range. It must be an integer. Received {shown}"
                    )));
                }
                n as i32
            }
        };
        set_exit_code(agent, code);
        let _ = emit(agent, "exit", &[Value::Number(code as f64)]);
        let code = process_exit_code(agent).unwrap_or(code);
        agent.host.data_mut().node.exiting.get_or_insert(code);
    }
    Err(Abrupt::Terminate(crate::Limit::ProcessExit))
}

/// The event name argument of on/once/off.
fn event_name(agent: &mut Agent, v: &Value) -> JsResult<String> {
    match v {
        Value::Symbol(_) => {
            Err(agent.type_error("mini-js: process events named by symbols are not supported"))
        }
        other => Ok(to_string(agent, other)?.to_rust_string()),
    }
}

fn add_listener(agent: &mut Agent, this: Value, args: &[Value], once: bool) -> JsResult<Value> {
    let event = event_name(agent, &arg(args, 0))?;
    let listener = arg(args, 1);
    let callback = match listener {
        Value::Object(o) if agent.heap.get(o).is_callable() => o,
        other => {
            let shown = crate::timers::invalid_callback(agent, &other);
            // Node names this argument "listener".
            return Err(match shown {
                Abrupt::Throw(Value::Object(e)) => {
                    let msg = get_str(agent, e, "message")?;
                    let msg = to_string(agent, &msg)?
                        .to_rust_string()
                        .replace("\"callback\"", "\"listener\"");
                    agent.type_error(msg)
                }
                other => other,
            });
        }
    };
    agent.host.data_mut().node.listeners.push(Listener {
        event,
        callback,
        once,
    });
    Ok(this)
}

/// process.on / addListener ( event, listener )
fn process_on(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    add_listener(agent, this, args, false)
}

/// process.once ( event, listener )
fn process_once(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    add_listener(agent, this, args, true)
}

/// process.off / removeListener ( event, listener )
fn process_off(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let event = event_name(agent, &arg(args, 0))?;
    if let Value::Object(f) = arg(args, 1) {
        remove_listener(agent, &event, f);
    }
    Ok(this)
}

/// process.listenerCount ( event )
fn process_listener_count(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let event = event_name(agent, &arg(args, 0))?;
    Ok(Value::Number(listener_count(agent, &event) as f64))
}

/// process.hrtime ( [time] ): [seconds, nanoseconds] of the virtual clock, or the
/// difference from an earlier reading.
fn process_hrtime(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let ns = (crate::timers::clock_ms(agent) * 1e6).round();
    let mut total = ns;
    if let Value::Object(prev) = arg(args, 0) {
        let s = get_str(agent, prev, "0")?;
        let s = to_number(agent, &s)?;
        let n = get_str(agent, prev, "1")?;
        let n = to_number(agent, &n)?;
        total = ns - (s * 1e9 + n);
    }
    let secs = (total / 1e9).floor();
    let nanos = total - secs * 1e9;
    let a = crate::abstract_ops::create_array_from_list(
        agent,
        vec![Value::Number(secs), Value::Number(nanos)],
    );
    Ok(Value::Object(a))
}

/// process.hrtime.bigint ( ): the virtual clock in nanoseconds, as a BigInt.
fn process_hrtime_bigint(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let ns = (crate::timers::clock_ms(agent) * 1e6).round();
    Ok(Value::from(num_bigint::BigInt::from(ns as u64)))
}

fn write_stream(agent: &mut Agent, args: &[Value], to_stderr: bool) -> JsResult<Value> {
    let chunk = arg(args, 0);
    let text = match &chunk {
        Value::String(s) => s.to_rust_string(),
        other => {
            let shown = match other {
                Value::Object(_) => "an instance of Object".to_string(),
                v => {
                    let ty = match v {
                        Value::Undefined => return Err(invalid_chunk(agent, "undefined")),
                        Value::Null => return Err(invalid_chunk(agent, "null")),
                        Value::Bool(_) => "boolean",
                        Value::Number(_) => "number",
                        Value::BigInt(_) => "bigint",
                        _ => "symbol",
                    };
                    let inspected = crate::inspect::inspect(agent, v, &Default::default());
                    format!("type {ty} ({inspected})")
                }
            };
            return Err(invalid_chunk(agent, &shown));
        }
    };
    crate::trace::console_output(agent, &text, to_stderr);
    let stream = if to_stderr {
        crate::limits::Stream::Stderr
    } else {
        crate::limits::Stream::Stdout
    };
    crate::limits::write_output(agent, stream, &text)?;
    Ok(Value::Bool(true))
}

/// A message of the host's own on stderr (a note, a warning): through the output sink and
/// the output limit like program output; a stop it causes ends the run at the next step.
fn host_stderr(agent: &mut Agent, text: &str) {
    let _ = crate::limits::write_output(agent, crate::limits::Stream::Stderr, text);
}

fn invalid_chunk(agent: &mut Agent, received: &str) -> Abrupt {
    agent.type_error(format!(
        "The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, \
         or DataView. Received {received}"
    ))
}

/// process.stdout.write ( chunk ): the string as it is, no newline added.
fn stdout_write(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    write_stream(agent, args, false)
}

/// process.stderr.write ( chunk )
fn stderr_write(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    write_stream(agent, args, true)
}

/// A callback as the trace names it: `` `name` `` or "an anonymous function".
fn shown_callback(name: &str) -> String {
    if name.is_empty() {
        "an anonymous function".to_string()
    } else {
        format!("`{name}`")
    }
}

#[cfg(test)]
mod tests {
    use super::{HostKind, UnhandledRejections};
    use crate::RunOptions;

    fn run(src: &str, options: RunOptions) -> (String, i32) {
        let out = crate::run_script("t.js", src, &options);
        (out.stdout, out.exit_code)
    }

    /// Node's `--unhandled-rejections` modes, with and without an 'unhandledRejection'
    /// listener (every expected stdout and status recorded from Node 26).
    #[test]
    fn unhandled_rejection_modes() {
        let plain = "process.on('exit', c => console.log('exit', c));\
                     Promise.reject(new Error('x'));\
                     setTimeout(() => console.log('timer'), 1);";
        let listened = "process.on('exit', c => console.log('exit', c));\
                        process.on('unhandledRejection', r => console.log('listener', r));\
                        Promise.reject(5);\
                        setTimeout(() => console.log('timer'), 1);";
        use UnhandledRejections::*;
        let cases: &[(&str, UnhandledRejections, &str, i32)] = &[
            (plain, Throw, "exit 1\n", 1),
            (plain, Strict, "exit 1\n", 1),
            (plain, Warn, "timer\nexit 0\n", 0),
            (plain, None, "timer\nexit 0\n", 0),
            (plain, WarnWithErrorCode, "timer\nexit 1\n", 1),
            (listened, Throw, "listener 5\ntimer\nexit 0\n", 0),
            (listened, Strict, "exit 1\n", 1),
            (listened, Warn, "listener 5\ntimer\nexit 0\n", 0),
            (listened, None, "listener 5\ntimer\nexit 0\n", 0),
            (
                listened,
                WarnWithErrorCode,
                "listener 5\ntimer\nexit 0\n",
                0,
            ),
        ];
        for (src, mode, stdout, status) in cases {
            let options = RunOptions {
                unhandled_rejections: *mode,
                ..Default::default()
            };
            assert_eq!(
                run(src, options),
                (stdout.to_string(), *status),
                "{mode:?}: {src}"
            );
        }
    }

    /// Node's queues and listeners are roots: with a collection at nearly every step, ticks,
    /// immediates, listeners and pending rejections keep what they hold.
    #[test]
    fn queues_survive_collection() {
        let src = "process.on('unhandledRejection', (r, p) => console.log('u', r.v, typeof p));\
                   Promise.reject({ v: 1 }); Promise.reject({ v: 2 });\
                   process.nextTick((o) => console.log('t', o.v), { v: 3 });\
                   setImmediate((o) => console.log('i', o.v), { v: 4 });\
                   setTimeout((o) => console.log('s', o.v), 50, { v: 5 });";
        let options = RunOptions {
            gc_threshold: Some(1),
            ..Default::default()
        };
        assert_eq!(
            run(src, options),
            ("t 3\nu 1 object\nu 2 object\ni 4\ns 5\n".to_string(), 0)
        );
    }

    /// `--host spec` has no Node globals; timers and promise jobs still run.
    #[test]
    fn spec_host() {
        let src = "console.log(typeof process, typeof setImmediate, typeof setTimeout);\
                   setTimeout(() => console.log('t'), 0);\
                   Promise.resolve().then(() => console.log('p'));";
        let options = RunOptions {
            host: HostKind::Spec,
            ..Default::default()
        };
        assert_eq!(
            run(src, options),
            ("undefined undefined function\np\nt\n".to_string(), 0)
        );
    }

    /// process.argv carries the file name and the extra arguments.
    #[test]
    fn argv() {
        let options = RunOptions {
            argv: vec!["a".into(), "--b".into()],
            ..Default::default()
        };
        assert_eq!(
            run("console.log(process.argv)", options),
            ("[ 'mini-js', 't.js', 'a', '--b' ]\n".to_string(), 0)
        );
    }

    /// The step cost: a busy-wait ends after the number of steps the cost model says, the
    /// clock does not move with `step_ns: 0`, and output that does not read the clock is
    /// the same whatever the cost.
    #[test]
    fn step_cost_clock() {
        let busy = "const end = Date.now() + 50; let n = 0; while (Date.now() < end) n++; \
                    console.log(n > 0);";
        assert_eq!(run(busy, RunOptions::default()), ("true\n".to_string(), 0));
        let stopped = "const a = performance.now(); for (let i = 0; i < 1000; i++); \
                       console.log(performance.now() - a);";
        let options = RunOptions {
            step_ns: Some(0),
            ..Default::default()
        };
        assert_eq!(run(stopped, options), ("0\n".to_string(), 0));
        // Short synchronous work leaves the timers waiting behind the immediate...
        let order = |n: u32| {
            format!(
                "setTimeout(() => console.log('b'), 2); setTimeout(() => console.log('a'), 1);\
                 for (let i = 0; i < {n}; i++); setImmediate(() => console.log('i'));"
            )
        };
        for step_ns in [0, 10, 100] {
            let options = RunOptions {
                step_ns: Some(step_ns),
                ..Default::default()
            };
            assert_eq!(
                run(&order(100), options).0,
                "i\na\nb\n",
                "step_ns {step_ns}"
            );
        }
        // ...and long work makes them due before the loop starts, as in Node.
        let options = RunOptions {
            step_ns: Some(1000),
            ..Default::default()
        };
        assert_eq!(run(&order(10_000), options).0, "a\nb\ni\n");
    }
}
