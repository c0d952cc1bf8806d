//! The garbage collector: a non-moving mark-sweep over the heap's two arenas (objects and
//! environment records), run only at safe points of the machine loop.
//!
//! Why mark-sweep over ids: objects refer to each other by `ObjectId`/`EnvId`, so cycles are
//! harmless and nothing moves; freeing a slot is `None` plus a free-list entry.
//!
//! **Marking** is worklist-based (two explicit stacks, no recursion), so a million-long
//! linked list or prototype chain cannot overflow the Rust stack. Every type that holds ids
//! implements [`Trace`]; the impls use exhaustive `match`es and struct destructuring without
//! `..`, so adding a variant or a field that may hold an id is a compile error here until it
//! is traced.
//!
//! **Roots** ([`trace_roots`]) are everything the agent holds outside the heap: the realm
//! (intrinsics, global object and environment, template map), the execution context stack
//! with every frame, the machine's pending step and side channels, and the job queue.
//! Suspended contexts are not roots: they live inside Generator / AsyncGenerator /
//! Continuation objects and are traced through them, so an abandoned generator is freed
//! with its frames.
//!
//! **Safe points**: [`collect`] may only run when no Rust code holds an id in a local
//! variable, i.e. in the machine's step loop at native depth 0 (see
//! `machine::run`). A built-in that calls back into JavaScript (Array.prototype.map, a getter,
//! sort's comparator) raises the depth, and its Rust locals are not roots, so no collection
//! happens until it returns.

use crate::abstract_ops::operations_on_iterator_objects::IteratorRecord;
use crate::builtins::async_generator::{
    AsyncGeneratorData, AsyncGeneratorRequest, AsyncGeneratorStep,
};
use crate::builtins::generator::{GeneratorData, YieldStarState};
use crate::builtins::map_set::MapData;
use crate::builtins::promise::{PromiseCapability, PromiseData, PromiseReaction, ReactionHandler};
use crate::builtins::{BuiltinFrame, Captures, InternalSlots};
use crate::environment::{Binding, Env, EnvKind, ThisBinding};
use crate::execution::jobs::JobQueue;
use crate::heap::{EnvId, Heap, ObjectId};
use crate::object::{
    ArrayStorage, BoundFunction, BuiltinFunction, ClassFieldDefinition, FunctionData, Object,
    ObjectKind, Property,
};
use crate::realm::Intrinsics;
use crate::runtime_semantics::expressions::{PropRef, RefPurpose};
use crate::runtime_semantics::for_in_of::{ForInOfState, Iteration};
use crate::runtime_semantics::frames::{CallKind, Frame, SwitchStage, TryStage};
use crate::runtime_semantics::functions::{ClassState, StaticElement};
use crate::runtime_semantics::machine::{ContextKind, ExecutionContext, Machine, Step};
use crate::runtime_semantics::patterns::{BindMode, PatternKind, PatternState};
use crate::value::Value;
use crate::{Abrupt, Agent};
use std::collections::VecDeque;

/// The base number of allocations (objects plus environments) between collections. The
/// actual trigger is adaptive: `max(GC_THRESHOLD, live after the last collection)`, so a
/// program with a large live heap does not pay a full mark for every 200k allocations, and
/// the heap stays within about twice the live data plus this constant.
pub const GC_THRESHOLD: usize = 200_000;

/// The environment variable that the cli and the spec-test harness read to force a fixed
/// (typically tiny) threshold, for hunting missing roots: `MINI_JS_GC_THRESHOLD=1`.
pub const GC_THRESHOLD_ENV: &str = "MINI_JS_GC_THRESHOLD";

/// `MINI_JS_GC_THRESHOLD` parsed, if set (for `RunOptions::gc_threshold`).
pub fn gc_threshold_from_env() -> Option<usize> {
    std::env::var(GC_THRESHOLD_ENV).ok()?.trim().parse().ok()
}

/// What the collector did during a run (for tests and benchmarks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Collections run.
    pub collections: usize,
    /// The largest number of live objects left by a collection.
    pub max_live_objects_after_gc: usize,
    /// The largest number of live environments left by a collection.
    pub max_live_envs_after_gc: usize,
    /// The largest the object arena ever grew (live and free slots): its memory high-water mark.
    pub peak_object_slots: usize,
    /// The largest the environment arena ever grew.
    pub peak_env_slots: usize,
    /// Live objects and environments when the run ended (no final collection).
    pub live_objects_at_end: usize,
    pub live_envs_at_end: usize,
}

/// The mark state: one mark bit per arena slot and a worklist per arena.
pub struct Marker {
    object_marks: Vec<bool>,
    env_marks: Vec<bool>,
    objects: Vec<ObjectId>,
    envs: Vec<EnvId>,
}

impl Marker {
    fn new(heap: &Heap) -> Marker {
        Marker {
            object_marks: vec![false; heap.objects.len()],
            env_marks: vec![false; heap.envs.len()],
            objects: Vec::new(),
            envs: Vec::new(),
        }
    }

    /// Marks an object reachable and queues it for tracing. Ids outside the arena are
    /// ignored.
    #[inline]
    pub fn object(&mut self, id: ObjectId) {
        if let Some(mark) = self.object_marks.get_mut(id.0 as usize) {
            if !*mark {
                *mark = true;
                self.objects.push(id);
            }
        }
    }

    /// Marks an environment record reachable and queues it for tracing.
    #[inline]
    pub fn env(&mut self, id: EnvId) {
        if let Some(mark) = self.env_marks.get_mut(id.0 as usize) {
            if !*mark {
                *mark = true;
                self.envs.push(id);
            }
        }
    }

    #[inline]
    pub fn value(&mut self, v: &Value) {
        v.trace(self);
    }

    /// Traces queued objects and environments until both worklists are empty.
    fn drain(&mut self, heap: &Heap) {
        loop {
            if let Some(id) = self.objects.pop() {
                if let Some(Some(o)) = heap.objects.get(id.0 as usize) {
                    o.trace(self);
                }
            } else if let Some(id) = self.envs.pop() {
                if let Some(Some(e)) = heap.envs.get(id.0 as usize) {
                    e.trace(self);
                }
            } else {
                return;
            }
        }
    }
}

/// A type that holds (or may hold) object or environment ids: `trace` hands each to the
/// marker. Only direct ids are pushed; the marker traces what they point at.
pub trait Trace {
    fn trace(&self, m: &mut Marker);
}

// ───────────────────────────── collection ─────────────────────────────

/// Whether the machine should collect now (allocation count past the trigger).
#[inline]
pub fn should_collect(agent: &Agent) -> bool {
    agent.heap.allocated_since_gc >= agent.heap.gc_trigger
}

/// Runs a full collection. Call only at a safe point (see the module docs): every id the
/// program can still use must be reachable from [`trace_roots`].
pub fn collect(agent: &mut Agent) {
    let mut m = Marker::new(&agent.heap);
    trace_roots(agent, &mut m);
    m.drain(&agent.heap);
    sweep(&mut agent.heap, &m);
    let heap = &mut agent.heap;
    let (objects, envs) = heap.live_counts();
    heap.allocated_since_gc = 0;
    heap.gc_trigger = match agent.options.gc_threshold {
        Some(n) => n,
        None => GC_THRESHOLD.max(objects + envs),
    };
    let s = &mut heap.stats;
    s.collections += 1;
    s.max_live_objects_after_gc = s.max_live_objects_after_gc.max(objects);
    s.max_live_envs_after_gc = s.max_live_envs_after_gc.max(envs);
}

/// The run's statistics, completed with the heap as the run leaves it.
pub fn final_stats(heap: &Heap) -> HeapStats {
    let (objects, envs) = heap.live_counts();
    let mut s = heap.stats;
    s.peak_object_slots = s.peak_object_slots.max(heap.objects.len());
    s.peak_env_slots = s.peak_env_slots.max(heap.envs.len());
    s.live_objects_at_end = objects;
    s.live_envs_at_end = envs;
    s
}

/// Frees every unmarked slot and rebuilds the free lists. Free slots at the end of an arena
/// are cut off, so the arena shrinks after a burst of garbage; the free lists are kept in
/// descending order so allocation reuses the lowest slots first (keeping the tail free).
fn sweep(heap: &mut Heap, m: &Marker) {
    let s = &mut heap.stats;
    s.peak_object_slots = s.peak_object_slots.max(heap.objects.len());
    s.peak_env_slots = s.peak_env_slots.max(heap.envs.len());
    sweep_arena(&mut heap.objects, &mut heap.free_objects, &m.object_marks);
    sweep_arena(&mut heap.envs, &mut heap.free_envs, &m.env_marks);
}

/// Frees one arena's unmarked slots. The arena's capacity is kept while it is within twice
/// what the next cycle needs (live slots plus the allocation budget): giving the memory back
/// only to grow again costs page faults on every cycle.
fn sweep_arena<T>(arena: &mut Vec<Option<T>>, free: &mut Vec<u32>, marks: &[bool]) {
    for (slot, &marked) in arena.iter_mut().zip(marks) {
        if !marked {
            *slot = None;
        }
    }
    while matches!(arena.last(), Some(None)) {
        arena.pop();
    }
    let budget = arena.len() + arena.len().max(GC_THRESHOLD);
    if arena.capacity() > 2 * budget {
        arena.shrink_to(budget);
    }
    free.clear();
    free.extend(
        arena
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, slot)| slot.is_none())
            .map(|(i, _)| i as u32),
    );
    if free.capacity() > 2 * budget {
        free.shrink_to(budget);
    }
}

/// The roots: everything the agent holds outside the heap arenas.
///
/// The destructuring names every field of [`Agent`] so that a new field must be classified
/// here. When the job queue, timers or host handles hold ids, trace them in the marked
/// section below.
pub fn trace_roots(agent: &Agent, m: &mut Marker) {
    let Agent {
        heap: _,
        intrinsics,
        // Symbols are reference-counted values, not heap objects.
        symbols: _,
        symbol_registry: _,
        global_object,
        global_env,
        machine,
        jobs,
        host,
        // Trace events are text.
        tracer: _,
        options: _,
        source: _,
        filename: _,
        template_map,
        // AST references only.
        default_ctors: _,
    } = agent;
    intrinsics.trace(m);
    m.object(*global_object);
    m.env(*global_env);
    for t in template_map.values() {
        m.object(*t);
    }
    // The execution context stack, the pending step and the machine's side channels.
    machine.trace(m);

    // ── Roots of the job queue, timers and the running job ──
    // The job loop runs jobs at native depth 0, so a collection can happen while a job runs.
    // Whatever the running job still needs after its JavaScript returns (a reaction's
    // capability, a timer's callback and arguments) must be reachable from here: keep the
    // running job in the agent (e.g. `agent.jobs.running`) and trace it with the queues.
    jobs.trace(m);
    let crate::host::Host {
        // Printed text and console counters only.
        stdout: _,
        stderr: _,
        group_indent: _,
        counts: _,
        pending_rejections,
        timers,
    } = host;
    for p in pending_rejections {
        m.object(*p);
    }
    timers.for_each_value(&mut |v| v.trace(m));
}

// ───────────────────────────── the agent's parts ─────────────────────────────

impl Trace for Intrinsics {
    fn trace(&self, m: &mut Marker) {
        let Intrinsics {
            object,
            object_prototype,
            function,
            function_prototype,
            boolean,
            boolean_prototype,
            symbol,
            symbol_prototype,
            error,
            error_prototype,
            eval_error,
            eval_error_prototype,
            range_error,
            range_error_prototype,
            reference_error,
            reference_error_prototype,
            syntax_error,
            syntax_error_prototype,
            type_error,
            type_error_prototype,
            uri_error,
            uri_error_prototype,
            aggregate_error,
            aggregate_error_prototype,
            throw_type_error,
            number,
            number_prototype,
            math,
            string,
            string_prototype,
            string_iterator_prototype,
            array,
            array_prototype,
            array_prototype_values,
            array_iterator_prototype,
            map,
            map_prototype,
            map_iterator_prototype,
            set,
            set_prototype,
            set_iterator_prototype,
            json,
            iterator,
            iterator_prototype,
            async_iterator_prototype,
            async_from_sync_iterator_prototype,
            generator_function,
            generator_function_prototype,
            generator_prototype,
            async_generator_function,
            async_generator_function_prototype,
            async_generator_prototype,
            async_function,
            async_function_prototype,
            promise,
            promise_prototype,
            promise_prototype_then,
        } = self;
        for id in [
            object,
            object_prototype,
            function,
            function_prototype,
            boolean,
            boolean_prototype,
            symbol,
            symbol_prototype,
            error,
            error_prototype,
            eval_error,
            eval_error_prototype,
            range_error,
            range_error_prototype,
            reference_error,
            reference_error_prototype,
            syntax_error,
            syntax_error_prototype,
            type_error,
            type_error_prototype,
            uri_error,
            uri_error_prototype,
            aggregate_error,
            aggregate_error_prototype,
            throw_type_error,
            number,
            number_prototype,
            math,
            string,
            string_prototype,
            string_iterator_prototype,
            array,
            array_prototype,
            array_prototype_values,
            array_iterator_prototype,
            map,
            map_prototype,
            map_iterator_prototype,
            set,
            set_prototype,
            set_iterator_prototype,
            json,
            iterator,
            iterator_prototype,
            async_iterator_prototype,
            async_from_sync_iterator_prototype,
            generator_function,
            generator_function_prototype,
            generator_prototype,
            async_generator_function,
            async_generator_function_prototype,
            async_generator_prototype,
            async_function,
            async_function_prototype,
            promise,
            promise_prototype,
            promise_prototype_then,
        ] {
            m.object(*id);
        }
    }
}

impl Trace for JobQueue {
    fn trace(&self, m: &mut Marker) {
        let JobQueue {
            microtasks,
            enqueued: _,
            run: _,
        } = self;
        microtasks.trace(m);
    }
}

impl Trace for crate::execution::jobs::Job {
    fn trace(&self, m: &mut Marker) {
        use crate::execution::jobs::Job;
        match self {
            Job::PromiseReaction { reaction, argument } => {
                reaction.trace(m);
                argument.trace(m);
            }
            Job::PromiseResolveThenable {
                promise,
                thenable,
                then,
            } => {
                m.object(*promise);
                m.object(*thenable);
                m.object(*then);
            }
            Job::Microtask { callback } => m.object(*callback),
        }
    }
}

impl Trace for Machine<'_> {
    fn trace(&self, m: &mut Marker) {
        let Machine {
            contexts,
            step,
            native_result,
            native_depth: _,
            active_builtins,
            steps: _,
            span: _,
            throw_span: _,
            context_pushed: _,
            resume_step,
            // A property key: strings and symbols only.
            pending_name: _,
            pending_labels: _,
            pending_ref,
            job_roots,
        } = self;
        job_roots.trace(m);
        contexts.trace(m);
        step.trace(m);
        native_result.trace(m);
        active_builtins.trace(m);
        resume_step.trace(m);
        pending_ref.trace(m);
    }
}

impl Trace for Step<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            // AST references only.
            Step::Eval(_) | Step::Exec(_) | Step::Idle => {}
            Step::Deliver(c) => c.trace(m),
        }
    }
}

impl Trace for ExecutionContext<'_> {
    fn trace(&self, m: &mut Marker) {
        let ExecutionContext {
            frames,
            function,
            lex_env,
            var_env,
            // Private environments are Rc'd lists of private names: no ids.
            private_env: _,
            kind,
            strict: _,
            return_to_native: _,
        } = self;
        frames.trace(m);
        function.trace(m);
        m.env(*lex_env);
        m.env(*var_env);
        kind.trace(m);
    }
}

impl Trace for ContextKind<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            ContextKind::Script | ContextKind::Call | ContextKind::FieldInit => {}
            ContextKind::Construct {
                derived: _,
                this_argument,
                env,
            } => {
                this_argument.trace(m);
                m.env(*env);
            }
            ContextKind::AsyncFunction { promise, holder } => {
                m.object(*promise);
                holder.trace(m);
            }
            ContextKind::Generator { generator } | ContextKind::AsyncGenerator { generator } => {
                generator.trace(m)
            }
            ContextKind::_Phantom(_) => {}
        }
    }
}

// ───────────────────────────── values and objects ─────────────────────────────

impl Trace for Value {
    #[inline]
    fn trace(&self, m: &mut Marker) {
        match self {
            Value::Object(id) => m.object(*id),
            // Strings and symbols are reference-counted, not in the heap.
            Value::Undefined
            | Value::Null
            | Value::Bool(_)
            | Value::Number(_)
            | Value::String(_)
            | Value::Symbol(_) => {}
        }
    }
}

impl Trace for ObjectId {
    #[inline]
    fn trace(&self, m: &mut Marker) {
        m.object(*self);
    }
}

impl Trace for EnvId {
    #[inline]
    fn trace(&self, m: &mut Marker) {
        m.env(*self);
    }
}

impl Trace for Abrupt {
    fn trace(&self, m: &mut Marker) {
        match self {
            Abrupt::Throw(v) | Abrupt::Return(v) => v.trace(m),
            Abrupt::Break(_) | Abrupt::Continue(_) | Abrupt::Terminate(_) => {}
        }
    }
}

impl<T: Trace, E: Trace> Trace for Result<T, E> {
    fn trace(&self, m: &mut Marker) {
        match self {
            Ok(v) => v.trace(m),
            Err(e) => e.trace(m),
        }
    }
}

impl<T: Trace> Trace for Option<T> {
    #[inline]
    fn trace(&self, m: &mut Marker) {
        if let Some(v) = self {
            v.trace(m);
        }
    }
}

impl<T: Trace + ?Sized> Trace for Box<T> {
    #[inline]
    fn trace(&self, m: &mut Marker) {
        (**self).trace(m);
    }
}

impl<T: Trace + ?Sized> Trace for std::rc::Rc<T> {
    #[inline]
    fn trace(&self, m: &mut Marker) {
        (**self).trace(m);
    }
}

impl<T: Trace> Trace for [T] {
    fn trace(&self, m: &mut Marker) {
        for v in self {
            v.trace(m);
        }
    }
}

impl<T: Trace> Trace for Vec<T> {
    fn trace(&self, m: &mut Marker) {
        self.as_slice().trace(m);
    }
}

impl<T: Trace> Trace for VecDeque<T> {
    fn trace(&self, m: &mut Marker) {
        for v in self {
            v.trace(m);
        }
    }
}

impl<A: Trace, B: Trace> Trace for (A, B) {
    fn trace(&self, m: &mut Marker) {
        self.0.trace(m);
        self.1.trace(m);
    }
}

/// Private names and property keys hold no ids (strings, symbols, Rc'd names).
impl Trace for crate::environment::PrivateName {
    fn trace(&self, _m: &mut Marker) {}
}

impl Trace for Property {
    fn trace(&self, m: &mut Marker) {
        match self {
            Property::Data {
                value,
                writable: _,
                enumerable: _,
                configurable: _,
            } => value.trace(m),
            Property::Accessor {
                get,
                set,
                enumerable: _,
                configurable: _,
            } => {
                get.trace(m);
                set.trace(m);
            }
        }
    }
}

impl Trace for Object<'_> {
    fn trace(&self, m: &mut Marker) {
        let Object {
            proto,
            extensible: _,
            props,
            kind,
            private,
        } = self;
        proto.trace(m);
        // Keys are strings or symbols; only the values hold ids.
        for p in props.values() {
            p.trace(m);
        }
        kind.trace(m);
        private.trace(m);
    }
}

impl Trace for ObjectKind<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            ObjectKind::Ordinary
            | ObjectKind::Error
            | ObjectKind::Arguments(None)
            | ObjectKind::BooleanObject(_)
            | ObjectKind::NumberObject(_)
            | ObjectKind::StringObject(_)
            | ObjectKind::SymbolObject(_) => {}
            // A mapped arguments object's [[ParameterMap]] aliases the function's environment.
            ObjectKind::Arguments(Some(map)) => {
                let crate::object::ParameterMap { env, names: _ } = &**map;
                m.env(*env);
            }
            ObjectKind::Array(a) => a.trace(m),
            ObjectKind::Function(f) => f.trace(m),
            ObjectKind::Builtin(b) => b.trace(m),
            ObjectKind::Bound(b) => b.trace(m),
            ObjectKind::Map(d) | ObjectKind::Set(d) => d.trace(m),
            ObjectKind::Generator(g) => g.trace(m),
            ObjectKind::AsyncGenerator(g) => g.trace(m),
            ObjectKind::Promise(p) => p.trace(m),
            ObjectKind::Continuation(ctx) => ctx.trace(m),
            ObjectKind::Internal(slots) => slots.trace(m),
        }
    }
}

impl Trace for ArrayStorage {
    fn trace(&self, m: &mut Marker) {
        let ArrayStorage {
            elems,
            length_writable: _,
        } = self;
        elems.trace(m);
    }
}

impl Trace for FunctionData<'_> {
    fn trace(&self, m: &mut Marker) {
        let FunctionData {
            code: _,
            env,
            private_env: _,
            this_mode: _,
            home_object,
            constructor_kind: _,
            is_constructor: _,
            is_class_constructor: _,
            fields,
            private_methods,
            class: _,
        } = self;
        m.env(*env);
        home_object.trace(m);
        fields.trace(m);
        private_methods.trace(m);
    }
}

impl Trace for ClassFieldDefinition<'_> {
    fn trace(&self, m: &mut Marker) {
        let ClassFieldDefinition {
            // A property key or a private name: no ids.
            name: _,
            initializer: _,
            env,
            private_env: _,
            home_object,
        } = self;
        m.env(*env);
        m.object(*home_object);
    }
}

impl Trace for BuiltinFunction {
    fn trace(&self, m: &mut Marker) {
        let BuiltinFunction {
            func: _,
            is_constructor: _,
            captures,
        } = self;
        captures.trace(m);
    }
}

impl Trace for Captures {
    fn trace(&self, m: &mut Marker) {
        // The promise library lists every value its closures hold.
        self.for_each_value(&mut |v| v.trace(m));
    }
}

impl Trace for BoundFunction {
    fn trace(&self, m: &mut Marker) {
        let BoundFunction { target, this, args } = self;
        m.object(*target);
        this.trace(m);
        args.trace(m);
    }
}

impl Trace for MapData {
    fn trace(&self, m: &mut Marker) {
        // The index's object keys are the entries' keys: tracing the entries covers them.
        let MapData {
            entries,
            index: _,
            size: _,
        } = self;
        for (k, v) in entries.iter().flatten() {
            k.trace(m);
            v.trace(m);
        }
    }
}

impl Trace for GeneratorData<'_> {
    fn trace(&self, m: &mut Marker) {
        let GeneratorData { state: _, context } = self;
        context.trace(m);
    }
}

impl Trace for AsyncGeneratorData<'_> {
    fn trace(&self, m: &mut Marker) {
        let AsyncGeneratorData {
            state: _,
            context,
            queue,
        } = self;
        context.trace(m);
        queue.trace(m);
    }
}

impl Trace for AsyncGeneratorRequest {
    fn trace(&self, m: &mut Marker) {
        let AsyncGeneratorRequest {
            completion,
            promise,
        } = self;
        completion.trace(m);
        m.object(*promise);
    }
}

impl Trace for PromiseData {
    fn trace(&self, m: &mut Marker) {
        let PromiseData {
            state: _,
            result,
            fulfill_reactions,
            reject_reactions,
            is_handled: _,
        } = self;
        result.trace(m);
        fulfill_reactions.trace(m);
        reject_reactions.trace(m);
    }
}

impl Trace for PromiseReaction {
    fn trace(&self, m: &mut Marker) {
        let PromiseReaction {
            capability,
            kind: _,
            handler,
        } = self;
        capability.trace(m);
        handler.trace(m);
    }
}

impl Trace for PromiseCapability {
    fn trace(&self, m: &mut Marker) {
        let PromiseCapability {
            promise,
            resolve,
            reject,
        } = self;
        promise.trace(m);
        resolve.trace(m);
        reject.trace(m);
    }
}

impl Trace for ReactionHandler {
    fn trace(&self, m: &mut Marker) {
        match self {
            ReactionHandler::Empty => {}
            ReactionHandler::Callable(f) => m.object(*f),
            ReactionHandler::Resume(holder) => m.object(*holder),
            ReactionHandler::AsyncGeneratorAwaitReturn(g) => m.object(*g),
            ReactionHandler::AsyncFromSyncUnwrap { done: _ } => {}
            ReactionHandler::AsyncFromSyncClose { iterator } => m.object(*iterator),
        }
    }
}

impl Trace for InternalSlots {
    fn trace(&self, m: &mut Marker) {
        match self {
            InternalSlots::None | InternalSlots::StringIterator { s: _, position: _ } => {}
            InternalSlots::ArrayIterator {
                object,
                index: _,
                kind: _,
            } => object.trace(m),
            InternalSlots::MapIterator {
                map,
                index: _,
                kind: _,
            } => map.trace(m),
            InternalSlots::AsyncFromSyncIterator(record) => record.trace(m),
            // The timer's callback and arguments are traced with the host's timers.
            InternalSlots::Timeout { id: _ } | InternalSlots::Date { time: _ } => {}
        }
    }
}

// ───────────────────────────── environments ─────────────────────────────

impl Trace for Env {
    fn trace(&self, m: &mut Marker) {
        let Env {
            outer,
            bindings,
            kind,
        } = self;
        outer.trace(m);
        bindings.trace(m);
        kind.trace(m);
    }
}

impl Trace for Binding {
    #[inline]
    fn trace(&self, m: &mut Marker) {
        let Binding {
            name: _,
            value,
            mutable: _,
            strict: _,
        } = self;
        value.trace(m);
    }
}

impl Trace for EnvKind {
    fn trace(&self, m: &mut Marker) {
        match self {
            EnvKind::Declarative => {}
            EnvKind::Function {
                this,
                function,
                new_target,
                home,
                arguments,
                mapped_arguments,
            } => {
                this.trace(m);
                m.object(*function);
                new_target.trace(m);
                home.trace(m);
                arguments.trace(m);
                mapped_arguments.trace(m);
            }
            EnvKind::Global { object, this } => {
                m.object(*object);
                m.object(*this);
            }
        }
    }
}

impl Trace for ThisBinding {
    fn trace(&self, m: &mut Marker) {
        match self {
            ThisBinding::Lexical | ThisBinding::Uninitialized => {}
            ThisBinding::Initialized(v) => v.trace(m),
        }
    }
}

// ───────────────────────────── frames ─────────────────────────────

impl Trace for Frame<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            // Frames that hold only AST references, labels, operators and indices. (Fields
            // are named, not `..`, so a new field must be looked at here.)
            Frame::BinaryLeft { op: _, right: _ }
            | Frame::Logical { op: _, right: _ }
            | Frame::Conditional { cons: _, alt: _ }
            | Frame::Unary { op: _ }
            | Frame::Sequence { rest: _ }
            | Frame::PrivateIn { name: _ }
            | Frame::Template {
                tpl: _,
                index: _,
                acc: _,
            }
            | Frame::OptionalChain
            | Frame::NewCallee { expr: _ }
            | Frame::Discard
            | Frame::PutIdent { name: _ }
            | Frame::DestructureAssign { pattern: _ }
            | Frame::Await { span: _ }
            | Frame::OptionalDelete
            | Frame::Yield { delegate: _ }
            | Frame::StmtList { stmts: _, index: _ }
            | Frame::VarDecls { decl: _, index: _ }
            | Frame::VarDeclsNext { decl: _, index: _ }
            | Frame::BindLexical { name: _ }
            | Frame::If { cons: _, alt: _ }
            | Frame::While {
                stmt: _,
                labels: _,
                in_body: _,
            }
            | Frame::DoWhile {
                stmt: _,
                labels: _,
                in_body: _,
            }
            | Frame::For {
                stmt: _,
                labels: _,
                stage: _,
                per_iteration: _,
            }
            | Frame::Return
            | Frame::Throw { span: _ }
            | Frame::CatchBody { body: _ }
            | Frame::Labeled { label: _ }
            | Frame::ArrowBody => {}
            Frame::EvaluateBody { code: _, env, args } => {
                m.env(*env);
                args.trace(m);
            }
            Frame::BinaryRight { op: _, left } => left.trace(m),
            Frame::ArrayLit {
                elems: _,
                index: _,
                values,
            } => values.trace(m),
            Frame::ObjectLit {
                props: _,
                index: _,
                obj,
                key: _,
            } => m.object(*obj),
            Frame::TaggedArgs {
                call: _,
                func,
                this,
                quasi: _,
                values,
            } => {
                func.trace(m);
                this.trace(m);
                values.trace(m);
            }
            Frame::RefObject { member: _, purpose } => purpose.trace(m),
            Frame::RefKey { base, purpose } => {
                base.trace(m);
                purpose.trace(m);
            }
            Frame::SuperKey { this, purpose } => {
                this.trace(m);
                purpose.trace(m);
            }
            Frame::Callee { call: _, kind } => kind.trace(m),
            Frame::CallArgs {
                call: _,
                func,
                this,
                args: _,
                index: _,
                values,
                kind,
            } => {
                func.trace(m);
                this.trace(m);
                values.trace(m);
                kind.trace(m);
            }
            Frame::SuperCallResult { env } | Frame::RestoreEnv { env } => m.env(*env),
            Frame::Value { value } | Frame::PutPendingRef { value } => value.trace(m),
            Frame::PutRef { r, .. } => r.trace(m),
            Frame::CompoundIdent {
                name: _,
                op: _,
                old,
            } => old.trace(m),
            Frame::CompoundRef { r, op: _, old } => {
                r.trace(m);
                old.trace(m);
            }
            Frame::Pattern(state) => state.trace(m),
            Frame::ForInOf(state) => state.trace(m),
            Frame::Try { stmt: _, stage } => stage.trace(m),
            Frame::Switch {
                stmt: _,
                stage,
                labels: _,
            } => stage.trace(m),
            Frame::BindParams {
                code: _,
                env,
                index: _,
                args,
            }
            | Frame::BindParamDefault {
                code: _,
                env,
                index: _,
                args,
            } => {
                m.env(*env);
                args.trace(m);
            }
            Frame::ClassDef(state) => state.trace(m),
            Frame::InitFields {
                receiver,
                fields,
                index: _,
            } => {
                m.object(*receiver);
                fields.trace(m);
            }
            Frame::DefineField { receiver, name: _ } => m.object(*receiver),
            Frame::Builtin(b) => b.trace(m),
        }
    }
}

impl Trace for CallKind<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            CallKind::Call | CallKind::New | CallKind::Tagged(_) => {}
            CallKind::Super { env } => m.env(*env),
        }
    }
}

impl Trace for RefPurpose<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            RefPurpose::Get
            | RefPurpose::Assign { op: _, value: _ }
            | RefPurpose::Update { op: _, prefix: _ }
            | RefPurpose::Delete
            | RefPurpose::PatternTarget => {}
            RefPurpose::Callee { kind, call: _ } => kind.trace(m),
        }
    }
}

impl Trace for PropRef {
    fn trace(&self, m: &mut Marker) {
        // The key is a property key or a private name: no ids.
        let PropRef { base, key: _, this } = self;
        base.trace(m);
        this.trace(m);
    }
}

impl Trace for TryStage {
    fn trace(&self, m: &mut Marker) {
        match self {
            TryStage::Block | TryStage::Catch => {}
            TryStage::Finally(c) => c.trace(m),
        }
    }
}

impl Trace for SwitchStage {
    fn trace(&self, m: &mut Marker) {
        match self {
            SwitchStage::Discriminant | SwitchStage::Body { index: _ } => {}
            SwitchStage::Test { value, index: _ } => value.trace(m),
        }
    }
}

impl Trace for PatternState<'_> {
    fn trace(&self, m: &mut Marker) {
        let PatternState {
            kind,
            mode,
            index: _,
            stage: _,
            target_ref,
            key: _,
        } = self;
        kind.trace(m);
        mode.trace(m);
        target_ref.trace(m);
    }
}

impl Trace for PatternKind<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            PatternKind::Object {
                props: _,
                rest: _,
                source,
                excluded: _,
            } => source.trace(m),
            PatternKind::Array {
                elems: _,
                rest: _,
                iter,
            } => iter.trace(m),
        }
    }
}

impl Trace for BindMode {
    fn trace(&self, m: &mut Marker) {
        match self {
            BindMode::Put | BindMode::Assign => {}
            BindMode::Init(env) => m.env(*env),
        }
    }
}

impl Trace for IteratorRecord {
    fn trace(&self, m: &mut Marker) {
        let IteratorRecord {
            iterator,
            next_method,
            done: _,
        } = self;
        m.object(*iterator);
        next_method.trace(m);
    }
}

impl Trace for ForInOfState<'_> {
    fn trace(&self, m: &mut Marker) {
        let ForInOfState {
            stmt: _,
            labels: _,
            step: _,
            iteration,
            old_env,
            pending,
        } = self;
        iteration.trace(m);
        m.env(*old_env);
        pending.trace(m);
    }
}

impl Trace for Iteration {
    fn trace(&self, m: &mut Marker) {
        match self {
            Iteration::Iterator { record, kind: _ } => record.trace(m),
            Iteration::Enumerate {
                object,
                object_was_visited: _,
                visited: _,
                remaining: _,
            } => object.trace(m),
        }
    }
}

impl Trace for ClassState<'_> {
    fn trace(&self, m: &mut Marker) {
        let ClassState {
            class: _,
            name: _,
            stage: _,
            outer_env,
            class_env,
            outer_private: _,
            private_env: _,
            proto,
            f,
            index: _,
            instance_fields,
            static_elements,
            instance_private_methods,
            static_private_methods,
        } = self;
        m.env(*outer_env);
        m.env(*class_env);
        m.object(*proto);
        m.object(*f);
        instance_fields.trace(m);
        static_elements.trace(m);
        instance_private_methods.trace(m);
        static_private_methods.trace(m);
    }
}

impl Trace for StaticElement<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            StaticElement::Field(f) => f.trace(m),
            StaticElement::Block(_) => {}
        }
    }
}

impl Trace for BuiltinFrame<'_> {
    fn trace(&self, m: &mut Marker) {
        match self {
            BuiltinFrame::GeneratorBody(_) => {}
            BuiltinFrame::YieldStar(s) => s.trace(m),
            BuiltinFrame::ListIterator(list, _index) => list.iter().for_each(|v| v.trace(m)),
            BuiltinFrame::FromAsync(s) => s.trace(m),
            BuiltinFrame::AsyncGenerator(step) => match step {
                // Stage markers: the completions they wait for arrive with the resumption.
                AsyncGeneratorStep::YieldAwaited
                | AsyncGeneratorStep::Resumed
                | AsyncGeneratorStep::ReturnAwaited => {}
            },
        }
    }
}

impl Trace for YieldStarState {
    fn trace(&self, m: &mut Marker) {
        let YieldStarState {
            iterator,
            kind: _,
            stage: _,
        } = self;
        iterator.trace(m);
    }
}
