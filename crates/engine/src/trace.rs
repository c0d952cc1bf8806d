//! Trace events: typed data emitted at the spec-significant points, behind one check
//! (`agent.tracer.is_some()`), and streamed to a [`TraceSink`] as they happen.
//!
//! Causality is recorded, not reconstructed: every event carries the job that was running
//! (`job`, 0 for the script), every enqueue carries the event that caused it (`cause`: the
//! settlement that triggered the reactions, the `then` on a settled promise, the resolve with
//! a thenable), every job carries its enqueue (or, for a timer callback, the event that
//! scheduled the timer), and every console write is an event with its source line. Objects
//! are named by what they are in the source ("the promise returned by `second()` (line 9)"),
//! with the heap id as a suffix.
//!
//! Nothing here keeps the events: the tracer holds only what later events need to name things
//! (bounded by the heap's size) and the ids of the jobs waiting in the queues. Rendering
//! (text, JSON lines, `explain`, the timeline) is the host's business, outside the engine.

use crate::heap::ObjectId;
use crate::value::Value;
use crate::Agent;
use mini_js_syntax::ast::{self, Span};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// Where a job comes from. Node hosts add their own queues (nextTick, immediates) as new
/// variants; every variant serializes as its lower-case name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobSource {
    /// The script itself (job 0).
    Script,
    /// A promise job (HostEnqueuePromiseJob) or a queueMicrotask callback.
    Microtask,
    /// A timer's callback (setTimeout / setInterval).
    Timer,
    /// A `process.nextTick` callback (Node host).
    NextTick,
    /// A `setImmediate` callback (Node host, check phase).
    Immediate,
    /// A FinalizationRegistry cleanup job (HostEnqueueFinalizationRegistryCleanupJob):
    /// queued by a collection that found a registered target dead.
    Finalization,
}

impl JobSource {
    pub fn as_str(self) -> &'static str {
        match self {
            JobSource::Script => "script",
            JobSource::Microtask => "microtask",
            JobSource::Timer => "timer",
            JobSource::NextTick => "nexttick",
            JobSource::Immediate => "immediate",
            JobSource::Finalization => "finalization",
        }
    }
}

/// What an event is about. `--only` filters by [`EventKind::category`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// A phase of the run loop starts: the script, a microtask checkpoint, a timer.
    Phase,
    /// A job starts (`id`, `source`).
    Job,
    /// A job is appended to a queue (`enqueued`).
    Enqueue,
    /// A promise was created, resolved with a thenable, fulfilled or rejected.
    Promise,
    /// PerformPromiseThen registered a reaction.
    Then,
    /// HostPromiseRejectionTracker, or an unhandled rejection that ends the run.
    Rejection,
    /// An Await suspended its function.
    Await,
    /// An Await's closure resumed its function.
    Resume,
    /// A generator or async generator changed state.
    Generator,
    /// A step of ForIn/OfBodyEvaluation.
    Loop,
    /// A timer was scheduled or cleared.
    Timer,
    /// Console output (`stream`, `data`).
    Console,
    /// A function was entered ([[Call]]).
    Call,
}

impl EventKind {
    /// The filter category (`mini-js trace --only`): job, promise, await, generator, loop,
    /// timer, console, call.
    pub fn category(self) -> &'static str {
        match self {
            EventKind::Phase | EventKind::Job | EventKind::Enqueue => "job",
            EventKind::Promise | EventKind::Then | EventKind::Rejection => "promise",
            EventKind::Await | EventKind::Resume => "await",
            EventKind::Generator => "generator",
            EventKind::Loop => "loop",
            EventKind::Timer => "timer",
            EventKind::Console => "console",
            EventKind::Call => "call",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Phase => "phase",
            EventKind::Job => "job",
            EventKind::Enqueue => "enqueue",
            EventKind::Promise => "promise",
            EventKind::Then => "then",
            EventKind::Rejection => "rejection",
            EventKind::Await => "await",
            EventKind::Resume => "resume",
            EventKind::Generator => "generator",
            EventKind::Loop => "loop",
            EventKind::Timer => "timer",
            EventKind::Console => "console",
            EventKind::Call => "call",
        }
    }
}

/// The phase a [`EventKind::Phase`] event starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Script,
    Checkpoint,
    Timer,
    /// Node's check phase: the `setImmediate` callbacks queued before it began.
    Check,
}

/// Which stream a console event wrote to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// One event of the trace. The JSON-lines form (`mini-js trace --format json`) is this
/// struct serialized; the README documents the schema.
#[derive(Clone, Debug, Serialize)]
pub struct TraceEvent {
    /// 0, 1, 2, … in the order the events happened.
    pub seq: u64,
    pub kind: EventKind,
    /// The spec clause the event implements (`"27.2.5.4.1"`), `None` for host events.
    pub clause: Option<&'static str>,
    /// The step of that clause (`"10.c"`), if one step decides it.
    pub step: Option<&'static str>,
    /// The clause's title (`"PerformPromiseThen"`), or the host facility (`"timers"`).
    pub operation: Option<&'static str>,
    /// The human sentence.
    pub text: String,
    /// 1-based source position of the code that caused the event, if code was running.
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// The job running when the event happened (0: the script).
    pub job: u64,
    /// The `seq` of the event that caused this one.
    pub cause: Option<u64>,
    /// The virtual clock, in milliseconds.
    pub time: f64,
    /// `enqueue`: the id of the job queued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enqueued: Option<u64>,
    /// `job`: the id of the job starting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// `job` and `enqueue`: where the job comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<JobSource>,
    /// `phase`: which phase starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// `console`: the stream and the text printed (without the final newline).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<Stream>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// The function the event happens in (or, for a job, the function it calls or resumes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// The timeline lane (an async function call, an async generator, a timer; 0 = the
    /// script) this event runs, suspends or starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lane: Option<u64>,
    /// The lane's name (on the event that starts it), or what an `await` waits for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// With a sink that asks for it: the ids of the jobs waiting in the queue, after an
    /// enqueue or before a job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue: Option<Vec<u64>>,
    /// The heap ids of the objects involved.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<u32>,
}

/// Where trace events go while the program runs. Events are passed by reference and not kept.
pub trait TraceSink: Send {
    fn event(&mut self, event: &TraceEvent);
    /// Whether events should carry the queue's contents (`queue`). Costs a copy of the queue
    /// per enqueue and per job, so it is off unless asked for.
    fn wants_queue(&self) -> bool {
        false
    }
}

impl<F: FnMut(&TraceEvent) + Send> TraceSink for F {
    fn event(&mut self, event: &TraceEvent) {
        self(event)
    }
}

/// A shared handle to a sink, as `AgentOptions::trace` holds it.
#[derive(Clone)]
pub struct TraceHandle(pub Arc<Mutex<dyn TraceSink>>);

impl TraceHandle {
    pub fn new(sink: impl TraceSink + 'static) -> TraceHandle {
        TraceHandle(Arc::new(Mutex::new(sink)))
    }

    /// A sink that keeps every event, for tests and small programs: the handle and the list.
    pub fn collect() -> (TraceHandle, Arc<Mutex<Vec<TraceEvent>>>) {
        let events = Arc::new(Mutex::new(Vec::new()));
        let e = events.clone();
        let handle = TraceHandle::new(move |ev: &TraceEvent| {
            e.lock().expect("trace list lock").push(ev.clone())
        });
        (handle, events)
    }
}

impl std::fmt::Debug for TraceHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TraceHandle(..)")
    }
}

/// What the tracer remembers about a suspended async function or async generator.
#[derive(Clone, Debug, Default)]
struct Activation {
    lane: u64,
    /// The function's name.
    function: String,
    /// The await (or yield) it waits in, as the source writes it.
    waits_in: String,
}

/// The tracer's state for one run: the sink, counters, and the names of objects still
/// likely to be mentioned (keyed by heap id, so bounded by the heap).
pub struct Tracer {
    sink: TraceHandle,
    wants_queue: bool,
    seq: u64,
    /// The running job (0: the script) and the seq of its `job` event.
    job: u64,
    job_event: Option<u64>,
    next_job: u64,
    next_lane: u64,
    checkpoints: u64,
    /// Ids of the jobs waiting in each queue, in order.
    queues: FxHashMap<JobSource, VecDeque<u64>>,
    /// The seq and wording of the last event that can enqueue jobs (a settlement, a `then`
    /// on a settled promise, a resolve with a thenable).
    pending_cause: Option<(u64, String)>,
    /// The span when the running job started: until a step runs, positions are stale.
    stale_span: Option<Span>,
    /// A for-await loop's step 6.b just ran: the Await that follows is that loop's.
    loop_await: Option<(Span, Option<String>)>,
    /// The async generator function entered last (its generator object comes next).
    entered_generator: Option<String>,
    names: FxHashMap<ObjectId, String>,
    /// Async function calls by their result promise, and by their Await holder.
    activations: FxHashMap<ObjectId, Activation>,
    /// Timers by id: (the seq of the event that scheduled them, their name, their lane).
    timers: FxHashMap<u32, (u64, String, u64)>,
}

impl Tracer {
    pub fn new(sink: TraceHandle) -> Tracer {
        let wants_queue = sink.0.lock().map(|s| s.wants_queue()).unwrap_or(false);
        Tracer {
            sink,
            wants_queue,
            seq: 0,
            job: 0,
            job_event: None,
            next_job: 0,
            next_lane: 0,
            checkpoints: 0,
            queues: FxHashMap::default(),
            pending_cause: None,
            stale_span: None,
            loop_await: None,
            entered_generator: None,
            names: FxHashMap::default(),
            activations: FxHashMap::default(),
            timers: FxHashMap::default(),
        }
    }

    fn queue_ids(&self, source: JobSource) -> Option<Vec<u64>> {
        if !self.wants_queue {
            return None;
        }
        Some(
            self.queues
                .get(&source)
                .map(|q| q.iter().copied().collect())
                .unwrap_or_default(),
        )
    }

    fn name(&self, o: ObjectId) -> String {
        match self.names.get(&o) {
            Some(n) => format!("{n} {o:?}"),
            None => format!("object {o:?}"),
        }
    }
}

/// Splits a citation `"§27.2.5.4.1 PerformPromiseThen step 10.c"` into clause, title and
/// step; a host citation (`"host timers"`) has no clause.
pub fn parse_citation(
    cite: &'static str,
) -> (Option<&'static str>, Option<&'static str>, &'static str) {
    let Some(rest) = cite.strip_prefix('§') else {
        return (None, None, cite.strip_prefix("host ").unwrap_or(cite));
    };
    let (clause, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let is_step = |s: &str| {
        s.chars().next().is_some_and(|c| c.is_ascii_digit())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
    };
    match rest.rsplit_once(' ') {
        Some((title, step)) if is_step(step) => {
            let title = title.strip_suffix(" step").unwrap_or(title);
            (Some(clause), Some(step), title)
        }
        _ => (Some(clause), None, rest),
    }
}

/// The source text of `span`, on one line, shortened.
fn snippet(source: &str, span: Span) -> String {
    let (s, e) = (span.start as usize, (span.end as usize).min(source.len()));
    let text = source.get(s..e).unwrap_or("");
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 40 {
        let cut: String = one_line.chars().take(38).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// The source text of a callee (`first`, `Promise.resolve`) with its member chain and its
/// first argument list: `first()`, `Promise.resolve()`. Other spans as they are.
fn call_snippet(source: &str, span: Span) -> String {
    let is_name = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut start = span.start as usize;
    // A call's span may sit on its property (`resolve` in `Promise.resolve()`, where an
    // error would point): widen it back over the member chain before it.
    while start > 0 && source.is_char_boundary(start) {
        let before = &source[..start];
        let Some(head) = before.strip_suffix('.') else {
            break;
        };
        let n = head.len() - head.trim_end_matches(is_name).len();
        if n == 0 {
            break;
        }
        start -= 1 + n;
    }
    let mut end = (span.end as usize).min(source.len());
    let Some(text) = source.get(start..end) else {
        return String::new();
    };
    if text.is_empty() || !text.chars().all(|c| is_name(c) || c == '.') {
        return snippet(
            source,
            Span {
                start: start as u32,
                ..span
            },
        );
    }
    loop {
        let rest = &source[end..];
        if let Some(after_dot) = rest.strip_prefix('.') {
            let n = after_dot
                .find(|c: char| !is_name(c))
                .unwrap_or(after_dot.len());
            if n == 0 {
                break;
            }
            end += 1 + n;
            continue;
        }
        if rest.starts_with('(') {
            let mut depth = 0usize;
            for (i, c) in rest.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end += i + 1;
                            break;
                        }
                    }
                    '\n' => break,
                    _ => {}
                }
            }
        }
        break;
    }
    snippet(
        source,
        Span {
            start: start as u32,
            end: end as u32,
        },
    )
}

fn line_of(source: &str, span: Span) -> usize {
    mini_js_syntax::diagnostic::line_col(source, span.start as usize).0
}

/// The span of the code running now, unless no step ran since the job started (then the
/// machine's span is left over from earlier code).
///
/// A span outside the running function's code is stale too: it was left by a callee that
/// returned, and no step of the caller ran since.
fn running_span(agent: &Agent, t: &Tracer) -> Option<Span> {
    span_in_context(agent, t, agent.machine.contexts.len().checked_sub(1)?)
}

/// The machine's span, if it lies in the code of the context at `index` (and is not stale).
fn span_in_context(agent: &Agent, t: &Tracer, index: usize) -> Option<Span> {
    let ctx = agent.machine.contexts.get(index)?;
    let s = agent.machine.span;
    if t.stale_span == Some(s) {
        return None;
    }
    if let Some(f) = ctx.function {
        if let crate::object::ObjectKind::Function(d) = &agent.heap.get(f).kind {
            let code = d.code.span;
            if s.start < code.start || s.end > code.end {
                return None;
            }
        }
    }
    Some(s)
}

/// The name of the innermost running function, if a function is running.
fn running_function(agent: &Agent) -> Option<String> {
    let f = agent.machine.contexts.last()?.function?;
    Some(function_label(agent, f))
}

/// A function's name, or `(anonymous)`.
fn function_label(agent: &Agent, f: ObjectId) -> String {
    match crate::describe::function_name(agent, f) {
        Some(n) if !n.is_empty() => n,
        _ => "(anonymous)".to_string(),
    }
}

/// How a callback is named: `` `name` `` or its source text, with its line.
fn callback_name(agent: &Agent, f: ObjectId) -> String {
    if let crate::object::ObjectKind::Function(d) = &agent.heap.get(f).kind {
        let span = d.code.span;
        return match crate::describe::function_name(agent, f) {
            Some(n) if !n.is_empty() => format!("`{n}` (line {})", line_of(agent.source, span)),
            _ => format!(
                "`{}` (line {})",
                snippet(agent.source, span),
                line_of(agent.source, span)
            ),
        };
    }
    match crate::describe::function_name(agent, f) {
        Some(n) if !n.is_empty() => format!("the built-in `{n}`"),
        _ => "an anonymous built-in function (such as a promise's resolve function)".to_string(),
    }
}

/// An event under construction: the common fields filled in.
fn event(
    agent: &Agent,
    t: &Tracer,
    kind: EventKind,
    cite: &'static str,
    span: Option<Span>,
) -> TraceEvent {
    let (clause, step, operation) = parse_citation(cite);
    let (line, column) = match span {
        Some(s) => {
            let (l, c) = mini_js_syntax::diagnostic::line_col(agent.source, s.start as usize);
            (Some(l as u32), Some(c as u32))
        }
        None => (None, None),
    };
    TraceEvent {
        seq: t.seq,
        kind,
        clause,
        step,
        operation: Some(operation),
        text: String::new(),
        line,
        column,
        job: t.job,
        cause: None,
        time: crate::execution::host_hooks::host_now(agent),
        enqueued: None,
        id: None,
        source: None,
        phase: None,
        stream: None,
        data: None,
        function: running_function(agent),
        lane: None,
        label: None,
        queue: None,
        objects: Vec::new(),
    }
}

/// Sends an event to the sink; returns its seq.
fn send(t: &mut Tracer, e: TraceEvent) -> u64 {
    let seq = e.seq;
    t.seq += 1;
    if let Ok(mut sink) = t.sink.0.lock() {
        sink.event(&e);
    }
    seq
}

/// Runs `f` with the agent and its tracer apart, when tracing.
#[inline]
fn with_tracer(agent: &mut Agent, f: impl FnOnce(&mut Agent, &mut Tracer)) {
    if agent.tracer.is_none() {
        return;
    }
    let mut t = agent.tracer.take().expect("checked");
    f(agent, &mut t);
    agent.tracer = Some(t);
}

// ───────────────────────────── phases and jobs ─────────────────────────────

/// ScriptEvaluation starts: the script is job 0 and lane 0.
pub fn script_started(agent: &mut Agent) {
    with_tracer(agent, |agent, t| {
        let mut e = event(agent, t, EventKind::Phase, "§16.1.6 ScriptEvaluation", None);
        e.phase = Some(Phase::Script);
        e.text = format!("the script {} runs (job 0)", agent.filename);
        e.lane = Some(0);
        e.label = Some("the script".to_string());
        e.function = None;
        let seq = send(t, e);
        t.job_event = Some(seq);
        t.next_lane = 1;
    });
}

/// The run loop starts a microtask checkpoint (the queue is not empty).
pub fn checkpoint(agent: &mut Agent) {
    with_tracer(agent, |agent, t| {
        t.checkpoints += 1;
        let mut e = event(
            agent,
            t,
            EventKind::Phase,
            "host microtask checkpoint",
            None,
        );
        e.phase = Some(Phase::Checkpoint);
        e.function = None;
        let waiting = t.queues.get(&JobSource::Microtask).map_or(0, |q| q.len());
        e.text = format!(
            "microtask checkpoint {} at {} ms ({waiting} job(s) waiting)",
            t.checkpoints,
            crate::execution::host_hooks::host_now(agent)
        );
        send(t, e);
    });
}

/// Node's check phase starts: the immediates queued before it run, each followed by a
/// checkpoint.
pub fn check_phase(agent: &mut Agent) {
    with_tracer(agent, |agent, t| {
        let mut e = event(agent, t, EventKind::Phase, "host check phase", None);
        e.phase = Some(Phase::Check);
        e.function = None;
        e.text = format!(
            "the check phase (setImmediate callbacks) at {} ms",
            crate::execution::host_hooks::host_now(agent)
        );
        send(t, e);
    });
}

/// HostEnqueuePromiseJob (or queueMicrotask) appended `job` to the microtask queue.
pub fn job_enqueued(agent: &mut Agent, cause: &'static str, job: &crate::execution::jobs::Job) {
    with_tracer(agent, |agent, t| {
        t.next_job += 1;
        let id = t.next_job;
        t.queues
            .entry(JobSource::Microtask)
            .or_default()
            .push_back(id);
        let span = running_span(agent, t);
        let mut e = event(agent, t, EventKind::Enqueue, cause, span);
        let (what, _, _) = describe_job(agent, t, job);
        let (_, step, op) = parse_citation(cause);
        let why = match (op, step) {
            ("PerformPromiseThen", Some(s)) if s.starts_with("10") => {
                let c = t
                    .pending_cause
                    .as_ref()
                    .map(|c| c.1.clone())
                    .unwrap_or_default();
                format!("at once, because {c} is already fulfilled")
            }
            ("PerformPromiseThen", Some(s)) if s.starts_with("11") => {
                let c = t
                    .pending_cause
                    .as_ref()
                    .map(|c| c.1.clone())
                    .unwrap_or_default();
                format!("at once, because {c} is already rejected")
            }
            ("TriggerPromiseReactions", _) => {
                let c = t
                    .pending_cause
                    .as_ref()
                    .map(|c| c.1.clone())
                    .unwrap_or_default();
                format!("because {c}")
            }
            ("Promise Resolve Functions", _) => {
                let c = t
                    .pending_cause
                    .as_ref()
                    .map(|c| c.1.clone())
                    .unwrap_or_default();
                format!("because {c}: a thenable's then is called in a job of its own")
            }
            _ => "because queueMicrotask was called".to_string(),
        };
        e.cause = if op == "queueMicrotask" {
            None
        } else {
            t.pending_cause.as_ref().map(|c| c.0)
        };
        e.text = format!("queue job {id}: {what}, {why}");
        e.enqueued = Some(id);
        e.source = Some(JobSource::Microtask);
        e.queue = t.queue_ids(JobSource::Microtask);
        e.objects = job.objects().iter().map(|o| o.0).collect();
        send(t, e);
    });
}

/// A host queue other than the microtask queue (a Node host's nextTick or immediate queue)
/// received a job: `what` says what it will do. Returns the job's id. The job's start is
/// [`host_job_started`] with the same source, in the same order (each queue is FIFO).
pub fn host_job_enqueued(
    agent: &mut Agent,
    source: JobSource,
    cite: &'static str,
    what: String,
) -> Option<u64> {
    let mut id = None;
    with_tracer(agent, |agent, t| {
        t.next_job += 1;
        let n = t.next_job;
        id = Some(n);
        t.queues.entry(source).or_default().push_back(n);
        let span = running_span(agent, t);
        let mut e = event(agent, t, EventKind::Enqueue, cite, span);
        e.text = format!("queue job {n} ({}): {what}", source.as_str());
        e.enqueued = Some(n);
        e.source = Some(source);
        e.queue = t.queue_ids(source);
        send(t, e);
    });
    id
}

/// A job from a host queue other than the microtask queue starts.
pub fn host_job_started(agent: &mut Agent, source: JobSource, cite: &'static str, what: String) {
    with_tracer(agent, |agent, t| {
        let id = t
            .queues
            .get_mut(&source)
            .and_then(|q| q.pop_front())
            .unwrap_or_else(|| {
                t.next_job += 1;
                t.next_job
            });
        t.job = id;
        t.stale_span = Some(agent.machine.span);
        let mut e = event(agent, t, EventKind::Job, cite, None);
        e.text = format!("job {id} runs: {what}");
        e.id = Some(id);
        e.source = Some(source);
        e.queue = t.queue_ids(source);
        let seq = send(t, e);
        t.job_event = Some(seq);
    });
}

/// The run loop took the next job from the microtask queue and runs it.
pub fn job_run(agent: &mut Agent, job: &crate::execution::jobs::Job) {
    with_tracer(agent, |agent, t| {
        let id = t
            .queues
            .get_mut(&JobSource::Microtask)
            .and_then(|q| q.pop_front())
            .unwrap_or_else(|| {
                t.next_job += 1;
                t.next_job
            });
        t.job = id;
        t.stale_span = Some(agent.machine.span);
        let mut e = event(agent, t, EventKind::Job, job.clause(), None);
        let (what, function, lane) = describe_job(agent, t, job);
        e.text = format!("job {id} runs: {what}");
        e.id = Some(id);
        e.source = Some(JobSource::Microtask);
        e.function = function;
        e.lane = lane;
        e.queue = t.queue_ids(JobSource::Microtask);
        e.objects = job.objects().iter().map(|o| o.0).collect();
        // The job's cause is its enqueue: the renderers find it by `enqueued`.
        e.cause = None;
        let seq = send(t, e);
        t.job_event = Some(seq);
    });
}

/// A job in words, with the function it calls or resumes and that function's lane.
fn describe_job(
    agent: &Agent,
    t: &Tracer,
    job: &crate::execution::jobs::Job,
) -> (String, Option<String>, Option<u64>) {
    use crate::builtins::promise::{ReactionHandler, ReactionType};
    use crate::execution::jobs::Job;
    match job {
        Job::PromiseReaction { reaction, argument } => {
            let arg = traced_value(agent, argument);
            let derived = match reaction.capability.as_ref().map(|c| &c.promise) {
                Some(Value::Object(p)) => format!(", settling {}", t.name(*p)),
                _ => String::new(),
            };
            match &reaction.handler {
                ReactionHandler::Callable(f) => {
                    let how = match reaction.kind {
                        ReactionType::Fulfill => "fulfilment",
                        ReactionType::Reject => "rejection",
                    };
                    (
                        format!(
                            "call the {how} handler {} with {arg}{derived}",
                            callback_name(agent, *f)
                        ),
                        Some(function_label(agent, *f)),
                        None,
                    )
                }
                ReactionHandler::Resume(h) => {
                    let how = match reaction.kind {
                        ReactionType::Fulfill => format!("with {arg}"),
                        ReactionType::Reject => format!("throwing {arg}"),
                    };
                    match t.activations.get(h) {
                        Some(a) => (
                            format!("resume {} {how}", a.waits_in),
                            Some(a.function.clone()),
                            Some(a.lane),
                        ),
                        None => (format!("resume the context {h:?} {how}"), None, None),
                    }
                }
                ReactionHandler::Empty => {
                    let what = match reaction.kind {
                        ReactionType::Fulfill => format!("pass {arg} through"),
                        ReactionType::Reject => format!("pass the rejection {arg} on"),
                    };
                    (format!("{what} (no handler){derived}"), None, None)
                }
                ReactionHandler::AsyncGeneratorAwaitReturn(g) => (
                    format!(
                        "finish return() of {} (AsyncGeneratorAwaitReturn)",
                        t.name(*g)
                    ),
                    None,
                    t.activations.get(g).map(|a| a.lane),
                ),
                ReactionHandler::AsyncFromSyncUnwrap { done } => (
                    format!("wrap {arg} as an iterator result (done: {done}) for for await"),
                    None,
                    None,
                ),
                ReactionHandler::AsyncFromSyncClose { iterator } => (
                    format!("close the sync iterator {}", t.name(*iterator)),
                    None,
                    None,
                ),
            }
        }
        Job::PromiseResolveThenable {
            promise, thenable, ..
        } => (
            format!(
                "call then of {} to resolve {}",
                t.name(*thenable),
                t.name(*promise)
            ),
            None,
            None,
        ),
        Job::Microtask { callback } => (
            format!(
                "call the queueMicrotask callback {}",
                callback_name(agent, *callback)
            ),
            Some(function_label(agent, *callback)),
            None,
        ),
    }
}

// ───────────────────────────── console and calls ─────────────────────────────

/// A console method wrote `text` (one or more lines, without the final newline).
pub fn console_output(agent: &mut Agent, text: &str, to_stderr: bool) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let mut e = event(agent, t, EventKind::Console, "host console", span);
        let stream = if to_stderr {
            Stream::Stderr
        } else {
            Stream::Stdout
        };
        e.text = format!("console prints {text:?}");
        e.stream = Some(stream);
        e.data = Some(text.to_string());
        e.cause = t.job_event;
        send(t, e);
    });
}

/// A function was entered ([[Call]] / [[Construct]]). An async function call starts a lane
/// and names its promise after the call.
#[inline]
pub fn function_entered(agent: &mut Agent, f: ObjectId, code: &ast::Function) {
    if agent.tracer.is_some() {
        function_entered_traced(agent, f, code);
    }
}

#[cold]
fn function_entered_traced(agent: &mut Agent, f: ObjectId, code: &ast::Function) {
    with_tracer(agent, |agent, t| {
        let name = function_label(agent, f);
        // The callee's context is on top; the call itself is in the caller's code.
        let call_span = agent
            .machine
            .contexts
            .len()
            .checked_sub(2)
            .and_then(|i| span_in_context(agent, t, i));
        let mut e = event(
            agent,
            t,
            EventKind::Call,
            "§10.2.1 [[Call]]",
            Some(code.span),
        );
        e.function = Some(name.clone());
        let call = match call_span {
            Some(s) => format!(
                "`{}` (line {})",
                call_snippet(agent.source, s),
                line_of(agent.source, s)
            ),
            None => format!("`{name}()`"),
        };
        let called_by = if call_span.is_some() {
            call.clone()
        } else if agent.machine.contexts.len() > 1 {
            "built-in code (no source position)".to_string()
        } else {
            "the running job".to_string()
        };
        e.text = format!("enter `{name}` {f:?}, called by {called_by}");
        if let Some(ctx) = agent.machine.contexts.last() {
            if let crate::runtime_semantics::machine::ContextKind::AsyncGenerator { .. } = ctx.kind
            {
                t.entered_generator = Some(name.clone());
            }
            if let crate::runtime_semantics::machine::ContextKind::AsyncFunction {
                promise, ..
            } = ctx.kind
            {
                t.next_lane += 1;
                let lane = t.next_lane;
                t.names
                    .insert(promise, format!("the promise returned by {call}"));
                t.activations.insert(
                    promise,
                    Activation {
                        lane,
                        function: name.clone(),
                        waits_in: String::new(),
                    },
                );
                e.lane = Some(lane);
                e.label = Some(match call_span {
                    Some(s) => format!("{name}() (line {})", line_of(agent.source, s)),
                    None => format!("{name}()"),
                });
                e.text = format!("async function `{name}` starts, called by {called_by}");
            }
        }
        e.objects = vec![f.0];
        send(t, e);
    });
}

/// Kept for the call sites in the evaluator; calls are traced on entry.
pub fn call(agent: &mut Agent, _f: ObjectId, _span: Span) {
    let _ = agent;
}

/// A step of ForIn/OfBodyEvaluation (`cite` names the clause and step).
#[inline]
pub fn for_of_step(agent: &mut Agent, stmt: &ast::Stmt, cite: &'static str, what: &str) {
    if agent.tracer.is_some() {
        for_of_step_traced(agent, stmt, cite, what);
    }
}

#[cold]
fn for_of_step_traced(agent: &mut Agent, stmt: &ast::Stmt, cite: &'static str, what: &str) {
    with_tracer(agent, |agent, t| {
        if cite.ends_with("6.b") {
            t.loop_await = Some((stmt.span, running_function(agent)));
        }
        let mut e = event(agent, t, EventKind::Loop, cite, Some(stmt.span));
        e.text = format!("loop at line {}: {what}", line_of(agent.source, stmt.span));
        send(t, e);
    });
}

// ───────────────────────────── generators and await ─────────────────────────────

/// A generator or async generator changed state (§27.5.3, §27.6.3). An async generator
/// gets a lane when it is created.
#[inline]
pub fn generator_event(agent: &mut Agent, clause: &'static str, g: ObjectId, what: &str) {
    if agent.tracer.is_some() {
        generator_event_traced(agent, clause, g, what);
    }
}

#[cold]
fn generator_event_traced(agent: &mut Agent, clause: &'static str, g: ObjectId, what: &str) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let mut e = event(agent, t, EventKind::Generator, clause, span);
        let is_async = matches!(
            agent.heap.get(g).kind,
            crate::object::ObjectKind::AsyncGenerator(_)
        );
        if what == "created" {
            let call = match span {
                Some(s) => format!(
                    "`{}` (line {})",
                    call_snippet(agent.source, s),
                    line_of(agent.source, s)
                ),
                None => "a call".to_string(),
            };
            let kind = if is_async {
                "async generator"
            } else {
                "generator"
            };
            t.names.insert(g, format!("the {kind} from {call}"));
            if is_async {
                t.next_lane += 1;
                let lane = t.next_lane;
                let function = t
                    .entered_generator
                    .take()
                    .or_else(|| e.function.clone())
                    .unwrap_or_default();
                t.activations.insert(
                    g,
                    Activation {
                        lane,
                        function: function.clone(),
                        waits_in: "its first next()".to_string(),
                    },
                );
                e.lane = Some(lane);
                e.label = Some(match span {
                    Some(s) => format!("{function}() (line {})", line_of(agent.source, s)),
                    None => format!("{function}()"),
                });
            }
        } else if let Some(a) = t.activations.get_mut(&g) {
            e.lane = Some(a.lane);
            if what == "suspended" {
                a.waits_in = format!(
                    "`yield` in `{}`{}",
                    a.function,
                    span.map_or(String::new(), |s| format!(
                        " (line {})",
                        line_of(agent.source, s)
                    ))
                );
                e.label = Some("yield".to_string());
            }
        }
        e.text = format!("{} {what}", t.name(g));
        e.objects = vec![g.0];
        send(t, e);
    });
}

/// Await is about to register its closures on `promise`: name the suspension point
/// (`await second()` in `first`, line 3) so the jobs that resume it can say so.
pub fn await_started(agent: &mut Agent, holder: ObjectId) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let function = running_function(agent).unwrap_or_default();
        // The loop's Await comes after next() returns: an await inside next() (an async
        // generator's body) is not the loop's.
        let loop_span = match &t.loop_await {
            Some((s, f)) if f.as_deref() == Some(function.as_str()) => {
                let s = *s;
                t.loop_await = None;
                Some(s)
            }
            _ => None,
        };
        let waits_in = match (loop_span, span) {
            (Some(l), _) => format!(
                "the `for await` loop in `{function}` (line {})",
                line_of(agent.source, l)
            ),
            (None, Some(s)) => {
                let text = call_snippet(agent.source, s);
                let before = agent.source[..s.start as usize].trim_end();
                let line = line_of(agent.source, s);
                if text.starts_with("await") {
                    format!("`{text}` in `{function}` (line {line})")
                } else if before.ends_with("await") {
                    format!("`await {text}` in `{function}` (line {line})")
                } else if before.ends_with("yield") {
                    format!("`yield {text}` in `{function}` (line {line})")
                } else {
                    format!("an implicit await (a yield or return) in `{function}`")
                }
            }
            (None, None) => format!("an implicit await (a yield or return) in `{function}`"),
        };
        let lane = match agent.machine.contexts.last().map(|c| &c.kind) {
            Some(crate::runtime_semantics::machine::ContextKind::AsyncFunction {
                promise, ..
            }) => t.activations.get(promise).map(|a| a.lane),
            _ => t.activations.get(&holder).map(|a| a.lane),
        };
        let lane = lane.unwrap_or_else(|| {
            t.next_lane += 1;
            t.next_lane
        });
        t.activations.insert(
            holder,
            Activation {
                lane,
                function,
                waits_in,
            },
        );
    });
}

/// An Await suspended its context (§27.7.5.3 step 8) until `promise` settles.
pub fn await_event(
    agent: &mut Agent,
    clause: &'static str,
    holder: ObjectId,
    promise: ObjectId,
    what: &str,
) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let mut e = event(agent, t, EventKind::Await, clause, span);
        let (lane, waits_in) = t
            .activations
            .get(&holder)
            .map(|a| (a.lane, a.waits_in.clone()))
            .unwrap_or((0, format!("context {holder:?}")));
        e.lane = Some(lane);
        e.label = Some(
            t.names
                .get(&promise)
                .cloned()
                .unwrap_or_else(|| format!("promise {promise:?}")),
        );
        e.text = format!("{waits_in} {what}, waiting for {}", t.name(promise));
        e.objects = vec![holder.0, promise.0];
        send(t, e);
    });
}

/// An Await's closure resumed the context held by `holder` (§27.7.5.3 steps 3.d, 5.d).
pub fn await_resumed(agent: &mut Agent, clause: &'static str, holder: ObjectId, how: &str) {
    with_tracer(agent, |agent, t| {
        let mut e = event(agent, t, EventKind::Resume, clause, None);
        let (lane, waits_in, function) = t
            .activations
            .get(&holder)
            .map(|a| (Some(a.lane), a.waits_in.clone(), Some(a.function.clone())))
            .unwrap_or((None, format!("context {holder:?}"), None));
        e.lane = lane;
        e.function = function;
        e.text = format!("{waits_in} {how}");
        e.objects = vec![holder.0];
        send(t, e);
    });
}

// ───────────────────────────── promises ─────────────────────────────

/// A promise object was created (the Promise constructor, or an intrinsic promise).
pub fn promise_created(agent: &mut Agent, clause: &'static str, p: ObjectId) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let name = match span {
            Some(s) => {
                let text = call_snippet(agent.source, s);
                let line = line_of(agent.source, s);
                let callback = text.contains("=>")
                    || text.starts_with("function")
                    || text.starts_with("async");
                if !callback
                    && (text.contains('(') || text.starts_with("await") || text.starts_with("new "))
                {
                    format!("the promise from `{text}` (line {line})")
                } else if let Some(f) = running_function(agent) {
                    format!("a promise made in `{f}` (line {line})")
                } else {
                    format!("a promise made at line {line}")
                }
            }
            None => match running_function(agent) {
                Some(f) => format!("a promise made in `{f}`"),
                None => "a promise".to_string(),
            },
        };
        t.names.insert(p, name);
        let mut e = event(agent, t, EventKind::Promise, clause, span);
        e.text = format!("{} is created", t.name(p));
        e.objects = vec![p.0];
        send(t, e);
    });
}

/// A promise was resolved with a thenable (it is now locked in, still pending).
pub fn promise_resolved_with_thenable(agent: &mut Agent, p: ObjectId, thenable: ObjectId) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let mut e = event(
            agent,
            t,
            EventKind::Promise,
            "§27.2.1.3.2 Promise Resolve Functions step 14",
            span,
        );
        if let Some(s) = span {
            t.names.entry(thenable).or_insert_with(|| {
                format!(
                    "the thenable `{}` (line {})",
                    call_snippet(agent.source, s)
                        .trim_start_matches("await ")
                        .trim_start_matches("return "),
                    line_of(agent.source, s)
                )
            });
        }
        let text = format!("{} is resolved with {}", t.name(p), t.name(thenable));
        e.text = format!("{text}; it stays pending until that then calls back");
        e.objects = vec![p.0, thenable.0];
        let seq = send(t, e);
        t.pending_cause = Some((seq, format!("{} was resolved with a thenable", t.name(p))));
    });
}

/// A promise settled: `clause` is FulfillPromise or RejectPromise.
pub fn promise_settled(
    agent: &mut Agent,
    clause: &'static str,
    p: ObjectId,
    fulfilled: bool,
    value: &Value,
    reactions: usize,
) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let shown = traced_value(agent, value);
        let state = if fulfilled { "fulfilled" } else { "rejected" };
        let mut e = event(agent, t, EventKind::Promise, clause, span);
        e.text = format!(
            "{} is {state} with {shown} ({reactions} reaction(s) to queue)",
            t.name(p)
        );
        e.objects = vec![p.0];
        let seq = send(t, e);
        t.pending_cause = Some((seq, format!("{} was {state}", t.name(p))));
    });
}

/// PerformPromiseThen registered (or, on a settled promise, immediately queued) a reaction.
pub fn reaction_registered(
    agent: &mut Agent,
    p: ObjectId,
    state: crate::builtins::promise::PromiseState,
    handlers: [Option<ObjectId>; 2],
    result: Option<ObjectId>,
) {
    use crate::builtins::promise::PromiseState;
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let cite = match state {
            PromiseState::Pending => "§27.2.5.4.1 PerformPromiseThen step 9",
            PromiseState::Fulfilled => "§27.2.5.4.1 PerformPromiseThen step 10",
            PromiseState::Rejected => "§27.2.5.4.1 PerformPromiseThen step 11",
        };
        if let Some(r) = result {
            if let Some(s) = span {
                t.names.insert(
                    r,
                    format!(
                        "the promise returned by then() (line {})",
                        line_of(agent.source, s)
                    ),
                );
            }
        }
        let mut e = event(agent, t, EventKind::Then, cite, span);
        let is_await = handlers[0].is_some_and(|h| t.activations.contains_key(&h));
        let who = match handlers[0] {
            Some(h) if is_await => t.activations[&h].waits_in.clone(),
            Some(h) => format!("the handler {}", callback_name(agent, h)),
            None => match handlers[1] {
                Some(h) => format!("the rejection handler {}", callback_name(agent, h)),
                None => "no handler".to_string(),
            },
        };
        let st = match state {
            PromiseState::Pending => "pending: the reaction waits in its list",
            PromiseState::Fulfilled => "already fulfilled: the reaction is queued at once",
            PromiseState::Rejected => "already rejected: the reaction is queued at once",
        };
        e.text = format!("then on {} ({st}) for {who}", t.name(p));
        let mut objects = vec![p.0];
        objects.extend(handlers.iter().flatten().map(|o| o.0));
        objects.extend(result.map(|o| o.0));
        objects.dedup();
        e.objects = objects;
        let seq = send(t, e);
        if state != PromiseState::Pending {
            t.pending_cause = Some((seq, t.name(p)));
        }
    });
}

/// HostPromiseRejectionTracker was called.
pub fn rejection_tracked(agent: &mut Agent, p: ObjectId, operation: &'static str) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let mut e = event(
            agent,
            t,
            EventKind::Rejection,
            "§27.2.1.9 HostPromiseRejectionTracker",
            span,
        );
        e.text = match operation {
            "reject" => format!("{} is rejected with no handler yet (\"reject\")", t.name(p)),
            _ => format!(
                "{} gets a handler after its rejection (\"handle\")",
                t.name(p)
            ),
        };
        e.objects = vec![p.0];
        send(t, e);
    });
}

/// The host made a note about the order (a timing-dependent choice, a cleared immediate).
pub fn host_note(agent: &mut Agent, clause: &'static str, what: impl FnOnce() -> String) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let mut e = event(agent, t, EventKind::Timer, clause, span);
        e.text = what();
        send(t, e);
    });
}

/// The run ends with an unhandled rejection of `p`, after the microtask checkpoint.
pub fn unhandled_rejection(agent: &mut Agent, p: ObjectId) {
    with_tracer(agent, |agent, t| {
        let mut e = event(
            agent,
            t,
            EventKind::Rejection,
            "host unhandled rejections",
            None,
        );
        e.text = format!(
            "{} is still rejected with no handler after the microtask checkpoint, so the run ends there (exit status 1), before any later timer",
            t.name(p)
        );
        e.function = None;
        e.objects = vec![p.0];
        send(t, e);
    });
}

// ───────────────────────────── timers ─────────────────────────────

/// A timer was scheduled on the virtual clock.
pub fn timer_scheduled(
    agent: &mut Agent,
    id: u32,
    callback: ObjectId,
    now: f64,
    due: f64,
    repeat: bool,
) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let kind = if repeat { "setInterval" } else { "setTimeout" };
        // The running span is the call (at its name) or its last argument: the call starts
        // at the function's name, the last one at or before the span's start.
        let at = span.map_or(String::new(), |s| {
            let mut upto = (s.start as usize + kind.len()).min(agent.source.len());
            while !agent.source.is_char_boundary(upto) {
                upto -= 1;
            }
            let start = agent.source[..upto]
                .rfind(kind)
                .map_or(s.start, |i| i as u32);
            format!(
                " at line {}",
                line_of(agent.source, Span { start, end: s.end })
            )
        });
        let name = format!("timer {id} ({kind}{at}, {} ms)", due - now);
        let mut e = event(agent, t, EventKind::Timer, "host timers", span);
        e.text = format!(
            "{name} is scheduled at {now} ms, due at {due} ms, to call {}",
            callback_name(agent, callback)
        );
        e.objects = vec![callback.0];
        t.next_lane += 1;
        let lane = t.next_lane;
        e.lane = Some(lane);
        e.label = Some(name.clone());
        let seq = send(t, e);
        t.timers.insert(id, (seq, name, lane));
    });
}

/// The run loop advanced the clock to a timer and runs its callback: a phase, and a job.
pub fn timer_fired(agent: &mut Agent, id: u32, callback: ObjectId, now: f64) {
    with_tracer(agent, |agent, t| {
        let (scheduled, name, lane) =
            t.timers
                .get(&id)
                .cloned()
                .unwrap_or((0, format!("timer {id}"), 0));
        let mut e = event(agent, t, EventKind::Phase, "host timers", None);
        e.phase = Some(Phase::Timer);
        e.function = None;
        e.text = format!("{name} fires at {now} ms");
        send(t, e);
        t.next_job += 1;
        t.job = t.next_job;
        t.stale_span = Some(agent.machine.span);
        let mut e = event(agent, t, EventKind::Job, "host timers", None);
        e.text = format!(
            "job {} runs: {name} calls its callback, {}",
            t.job,
            callback_name(agent, callback)
        );
        e.id = Some(t.job);
        e.source = Some(JobSource::Timer);
        e.cause = Some(scheduled);
        e.function = Some(function_label(agent, callback));
        e.lane = Some(lane);
        e.label = Some(name);
        e.objects = vec![callback.0];
        let seq = send(t, e);
        t.job_event = Some(seq);
    });
}

/// A timer was cleared.
pub fn timer_cleared(agent: &mut Agent, id: u32) {
    with_tracer(agent, |agent, t| {
        let span = running_span(agent, t);
        let name = t.timers.remove(&id).map_or(format!("timer {id}"), |x| x.1);
        let mut e = event(agent, t, EventKind::Timer, "host timers", span);
        e.text = format!("{name} is cleared");
        send(t, e);
    });
}

/// Every citation the engine's trace uses, with the words of the spec step it cites: the
/// test `citations_match_the_spec` checks each against shared/spec/.
pub const CITATIONS: &[(&str, &str)] = &[
    ("§27.2.5.4.1 PerformPromiseThen step 9", "is ~pending~"),
    ("§27.2.5.4.1 PerformPromiseThen step 10", "is ~fulfilled~"),
    (
        "§27.2.5.4.1 PerformPromiseThen step 10.c",
        "HostEnqueuePromiseJob(fulfillJob",
    ),
    ("§27.2.5.4.1 PerformPromiseThen step 11", "Else"),
    (
        "§27.2.5.4.1 PerformPromiseThen step 11.e",
        "HostEnqueuePromiseJob(rejectJob",
    ),
    (
        "§27.2.1.8 TriggerPromiseReactions step 1.b",
        "HostEnqueuePromiseJob",
    ),
    (
        "§27.2.1.3.2 Promise Resolve Functions step 14",
        "NewPromiseResolveThenableJob",
    ),
    (
        "§27.2.1.3.2 Promise Resolve Functions step 15",
        "HostEnqueuePromiseJob",
    ),
    (
        "§27.7.5.3 Await step 8",
        "Remove asyncContext from the execution context stack",
    ),
    ("§27.7.5.3 Await step 3.d", "NormalCompletion(v)"),
    ("§27.7.5.3 Await step 5.d", "ThrowCompletion(reason)"),
    ("§27.5.3.1 GeneratorStart step 4.g", "~completed~"),
    (
        "§27.5.3.3 GeneratorResume step 9",
        "Resume the suspended evaluation",
    ),
    ("§27.5.3.6 GeneratorYield step 6", "Remove genContext"),
    ("§27.6.3.2 AsyncGeneratorStart step 4.g", "draining-queue"),
    (
        "§27.6.3.6 AsyncGeneratorResume step 7",
        "Resume the suspended evaluation of genContext",
    ),
    ("§27.6.3.8 AsyncGeneratorYield step 12.a", "suspended-yield"),
    (
        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.a",
        "Call(iteratorRecord.[[NextMethod]]",
    ),
    (
        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.b",
        "Await(nextResult)",
    ),
    (
        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.c",
        "is not an Object",
    ),
    (
        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.e",
        "If done is true",
    ),
    (
        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.f",
        "IteratorValue(nextResult)",
    ),
    (
        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.j",
        "Evaluation of stmt",
    ),
    ("§14.7.5.7 ForIn/OfBodyEvaluation step 6.l", "LoopContinues"),
];

/// Clauses cited by the trace that the extracts in shared/spec/ do not contain.
pub const CLAUSES_OUTSIDE_THE_EXTRACTS: &[&str] = &["16.1.6"];

/// A value in a trace line: V8's short form, except that a BigInt keeps its `n` (V8's
/// messages drop it; a trace reader needs to tell `5n` from `5`).
fn traced_value(agent: &Agent, v: &Value) -> String {
    match v {
        Value::BigInt(b) => format!("{b}n"),
        other => crate::describe::brief_value(agent, other),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_citation, CITATIONS, CLAUSES_OUTSIDE_THE_EXTRACTS};

    /// The spec extracts: `MINI_JS_SPEC_DIR`, or the shared folder beside the worktrees.
    fn spec_text() -> String {
        let dir = std::env::var("MINI_JS_SPEC_DIR").unwrap_or_else(|_| "/work/shared/spec".into());
        let mut text = String::new();
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("the spec extracts ({dir}; set MINI_JS_SPEC_DIR): {e}"));
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|x| x == "txt") {
                text.push_str(&std::fs::read_to_string(&p).expect("a spec extract"));
                text.push('\n');
            }
        }
        text
    }

    /// The lines of the clause headed `clause title (...`, up to the next heading.
    fn clause_lines<'s>(spec: &'s str, clause: &str, title: &str) -> Option<Vec<&'s str>> {
        let heading = |l: &str| {
            let first = l.split(' ').next().unwrap_or("");
            !first.is_empty()
                && first.chars().next().is_some_and(|c| c.is_ascii_digit())
                && first.contains('.')
                && first.chars().all(|c| c.is_ascii_digit() || c == '.')
                && !first.ends_with('.')
        };
        let mut lines = spec.lines();
        lines.find(|l| {
            l.strip_prefix(clause)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| r.starts_with(title))
        })?;
        Some(lines.take_while(|l| !heading(l)).collect())
    }

    /// The text of step `step` ("10.c") in a clause's lines: each part is found after the
    /// previous one, one indentation level deeper.
    fn step_text<'s>(lines: &[&'s str], step: &str) -> Option<&'s str> {
        let mut from = 0;
        let mut found = None;
        for (depth, part) in step.split('.').enumerate() {
            let prefix = format!("{}{part}. ", " ".repeat(depth * 3));
            let i = lines[from..].iter().position(|l| l.starts_with(&prefix))? + from;
            found = Some(lines[i]);
            from = i + 1;
        }
        found
    }

    #[test]
    fn citation_parts() {
        assert_eq!(
            parse_citation("§27.2.5.4.1 PerformPromiseThen step 10.c"),
            (Some("27.2.5.4.1"), Some("10.c"), "PerformPromiseThen")
        );
        assert_eq!(
            parse_citation("§27.2.3.1 Promise ( executor )"),
            (Some("27.2.3.1"), None, "Promise ( executor )")
        );
        assert_eq!(parse_citation("host timers"), (None, None, "timers"));
    }

    /// The checker tells a wrong step from a right one: Await step 7 is PerformPromiseThen
    /// (the old, wrong citation of the suspension), step 8 removes the context.
    #[test]
    fn the_citation_checker_can_fail() {
        let spec = spec_text();
        let lines = clause_lines(&spec, "27.7.5.3", "Await").expect("Await is in the spec");
        let seven = step_text(&lines, "7").expect("Await has a step 7");
        assert!(seven.contains("PerformPromiseThen") && !seven.contains("Remove asyncContext"));
        let three_c = step_text(&lines, "3.c").expect("Await has a step 3.c");
        assert!(
            !three_c.contains("NormalCompletion(v)"),
            "3.c is not the resumption"
        );
        assert!(step_text(&lines, "3.z").is_none());
        assert!(clause_lines(&spec, "27.7.5.3", "Yield").is_none());
    }

    /// Every `§clause Title step N` the engine cites names a clause of the spec with that
    /// title, and a cited step exists there and says what the citation table quotes.
    #[test]
    fn citations_match_the_spec() {
        let spec = spec_text();
        let mut cited: Vec<String> = Vec::new();
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut stack = vec![std::path::PathBuf::from(src)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir)
                .expect("the engine's sources")
                .flatten()
            {
                let p = entry.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&p).expect("a source file");
                    for piece in text.split("\"§").skip(1) {
                        let lit = piece.split('"').next().unwrap_or("");
                        // (This test's own format string is not a citation.)
                        if !lit.contains('{') {
                            cited.push(format!("§{lit}"));
                        }
                    }
                }
            }
        }
        cited.extend(CITATIONS.iter().map(|c| c.0.to_string()));
        cited.sort();
        cited.dedup();
        assert!(cited.len() > 20, "found only {} citations", cited.len());
        let mut failures = Vec::new();
        for c in &cited {
            let c: &'static str = Box::leak(c.clone().into_boxed_str());
            let (Some(clause), step, title) = parse_citation(c) else {
                continue;
            };
            if CLAUSES_OUTSIDE_THE_EXTRACTS.contains(&clause) {
                continue;
            }
            let bare_title = title.split('(').next().unwrap_or(title).trim();
            let Some(lines) = clause_lines(&spec, clause, bare_title) else {
                failures.push(format!("{c}: no clause {clause} {bare_title} in the spec"));
                continue;
            };
            let Some(step) = step else { continue };
            let Some(text) = step_text(&lines, step) else {
                failures.push(format!("{c}: clause {clause} has no step {step}"));
                continue;
            };
            match CITATIONS.iter().find(|x| x.0 == c) {
                None => failures.push(format!(
                    "{c}: not in trace::CITATIONS (add the step's words)"
                )),
                Some((_, quote)) if !text.contains(quote) => failures.push(format!(
                    "{c}: step {step} reads {:?}, which does not contain {quote:?}",
                    text.trim()
                )),
                Some(_) => {}
            }
        }
        assert!(
            failures.is_empty(),
            "citations that do not match the spec:\n{}",
            failures.join("\n")
        );
    }
}
