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
//! **Safe points**: [`collect`] runs between two steps of a machine loop (`machine::run`),
//! at any nesting depth. A built-in that calls back into JavaScript (Array.prototype.map, a
//! getter, sort's comparator, a JSON.stringify replacer) runs a nested loop while its Rust
//! locals hold ids; [`NativeRoots`] keeps those alive without the built-in naming them:
//! every id a suspended step can hold was either born before that step started (pinned
//! wholesale by its birth number), allocated during the step, or returned to it by a call
//! or a [[Get]] (both pushed on the root stack until the step ends).

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
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};
use std::collections::VecDeque;
use std::mem::size_of;

/// The number of allocations between collections when `AgentOptions::gc_threshold` asks for
/// a count-based trigger (the default trigger is byte-based: see [`GC_MIN_BYTES`]).
pub const GC_THRESHOLD: usize = 200_000;

/// The least number of bytes allocated between two collections. The actual trigger is
/// adaptive, `max(GC_MIN_BYTES, live bytes after the last collection)`, so a program with a
/// large live heap does not pay a full mark every few megabytes, and the heap stays within
/// about twice the live data plus this constant.
pub const GC_MIN_BYTES: usize = 1 << 20;

/// The environment variable that the cli and the spec-test harness read to force a fixed
/// (typically tiny) threshold, for hunting missing roots: `MINI_JS_GC_THRESHOLD=1`.
pub const GC_THRESHOLD_ENV: &str = "MINI_JS_GC_THRESHOLD";

/// `MINI_JS_GC_THRESHOLD` parsed, if set (for `AgentOptions::gc_threshold`).
pub fn gc_threshold_from_env() -> Option<usize> {
    std::env::var(GC_THRESHOLD_ENV).ok()?.trim().parse().ok()
}

/// The roots of Rust code waiting in a nested machine loop (a built-in that called back into
/// JavaScript, a getter called by an operator, …).
///
/// Each running `machine::run` loop is a *level*. While a level runs a step, the step's Rust
/// code may hold ids in locals and then start a nested level. Those ids are:
/// 1. born before the step started: the collector keeps every object and environment born
///    before the step start of the innermost *suspended* level (`pin_before`);
/// 2. allocated by the step: `Heap::alloc`/`alloc_env` push them on the root stack;
/// 3. returned to the step by a nested loop or by [[Get]]: `keep` pushes them.
///
/// The stack is cut back to the level's base at every step start, so the garbage a callback
/// makes in a long-running built-in (forEach of a loop that allocates) stays collectable.
#[derive(Default)]
pub struct NativeRoots {
    /// Allocation counter: the birth number of the next allocation.
    pub seq: u64,
    /// Birth number of each object slot (indexed like `Heap::objects`).
    pub object_births: Vec<u64>,
    /// Birth number of each environment slot.
    pub env_births: Vec<u64>,
    /// Ids rooted for the running steps of every level (innermost last).
    pub objects: Vec<ObjectId>,
    pub envs: Vec<EnvId>,
    /// The running levels: stack bases and the birth number at the current step's start.
    levels: Vec<Level>,
}

#[derive(Clone, Copy)]
struct Level {
    objects: usize,
    envs: usize,
    step_start: u64,
    /// For an outermost loop that host or built-in Rust code outside every loop waits for
    /// (a job that called a built-in that called back): what that code may hold was born
    /// before the loop started.
    host_pin: u64,
}

/// Writes the birth number `seq` for arena slot `slot` and advances `seq`.
#[inline]
fn record_birth(births: &mut Vec<u64>, slot: u32, seq: &mut u64) {
    let i = slot as usize;
    if i < births.len() {
        births[i] = *seq;
    } else {
        births.resize(i, 0);
        births.push(*seq);
    }
    *seq += 1;
}

impl NativeRoots {
    /// Records the birth of the object in `slot` (and roots it for the running step).
    #[inline]
    pub fn born_object(&mut self, slot: u32) {
        record_birth(&mut self.object_births, slot, &mut self.seq);
        // Outside every machine loop nothing needs the stack: the job loop keeps its own
        // roots, and a loop entered from host code pins what was born before it.
        if !self.levels.is_empty() {
            self.objects.push(ObjectId(slot));
        }
    }

    /// Records the birth of the environment in `slot` (and roots it for the running step).
    #[inline]
    pub fn born_env(&mut self, slot: u32) {
        record_birth(&mut self.env_births, slot, &mut self.seq);
        if !self.levels.is_empty() {
            self.envs.push(EnvId(slot));
        }
    }

    /// Roots a value a running step's Rust code received (a call's result, a [[Get]]).
    #[inline]
    pub fn keep(&mut self, v: &Value) {
        if let Value::Object(id) = v {
            // As in `born_object`: outside every loop (a native timer callback such as
            // `setInterval(Object, 1)`), nothing would ever pop it.
            if !self.levels.is_empty() {
                self.objects.push(*id);
            }
        }
    }

    /// Roots the value of a completion (a call's result or a saved pending step).
    pub fn keep_completion(&mut self, c: &crate::JsResult<Value>) {
        match c {
            Ok(v) | Err(Abrupt::Throw(v)) | Err(Abrupt::Return(v)) => self.keep(v),
            Err(_) => {}
        }
    }

    /// The current height of the root stack, for [`NativeRoots::release`].
    pub fn mark(&self) -> (usize, usize) {
        (self.objects.len(), self.envs.len())
    }

    /// Drops the roots pushed since `mark` (the caller keeps none of those values, or
    /// roots the ones it keeps again with [`NativeRoots::keep`]).
    pub fn release(&mut self, mark: (usize, usize)) {
        self.objects.truncate(mark.0);
        self.envs.truncate(mark.1);
    }

    /// A machine loop starts: a new level whose stack begins here. `native` says Rust code
    /// waits for it (native depth > 0). An outermost loop that nothing waits for (the
    /// script, a job's callback: the job loop keeps its own roots) starts with an empty
    /// stack; one that Rust code outside every loop waits for pins what was born before it.
    pub fn enter(&mut self, native: bool) {
        let mut host_pin = 0;
        if self.levels.is_empty() {
            if native {
                host_pin = self.seq;
            } else {
                self.objects.clear();
                self.envs.clear();
            }
        }
        self.levels.push(Level {
            objects: self.objects.len(),
            envs: self.envs.len(),
            step_start: self.seq,
            host_pin,
        });
    }

    /// The innermost machine loop starts a step: the previous step's roots are dropped.
    #[inline]
    pub fn step_started(&mut self) {
        if let Some(l) = self.levels.last_mut() {
            self.objects.truncate(l.objects);
            self.envs.truncate(l.envs);
            l.step_start = self.seq;
        }
    }

    /// The innermost machine loop returns.
    pub fn leave(&mut self) {
        if let Some(l) = self.levels.pop() {
            self.objects.truncate(l.objects);
            self.envs.truncate(l.envs);
        }
        if self.levels.is_empty() {
            self.objects.clear();
            self.envs.clear();
        }
    }

    /// Objects and environments born before this are kept: the step start of the innermost
    /// suspended level (0 when no level is suspended).
    fn pin_before(&self) -> u64 {
        match self.levels.len() {
            0 => 0,
            1 => self.levels[0].host_pin,
            n => self.levels[n - 2].step_start,
        }
    }

    fn trace(&self, heap: &Heap, m: &mut Marker) {
        for &id in &self.objects {
            m.object(id);
        }
        for &id in &self.envs {
            m.env(id);
        }
        let pin = self.pin_before();
        if pin == 0 {
            return;
        }
        for (i, slot) in heap.objects.iter().enumerate() {
            if slot.is_some() && self.object_births.get(i).is_some_and(|&b| b < pin) {
                m.object(ObjectId(i as u32));
            }
        }
        for (i, slot) in heap.envs.iter().enumerate() {
            if slot.is_some() && self.env_births.get(i).is_some_and(|&b| b < pin) {
                m.env(EnvId(i as u32));
            }
        }
    }
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
    /// The engine's count of heap bytes ([`Heap::heap_bytes`]) at its highest, as seen at
    /// the safe points where the heap is looked at and at the end of the run.
    pub peak_heap_bytes: usize,
    /// The most bytes a collection found live.
    pub max_live_bytes_after_gc: usize,
    /// The engine's count of heap bytes when the run ended.
    pub heap_bytes_at_end: usize,
}

/// The mark state: one mark bit per arena slot and a worklist per arena.
pub struct Marker {
    object_marks: Vec<bool>,
    env_marks: Vec<bool>,
    objects: Vec<ObjectId>,
    envs: Vec<EnvId>,
    /// Shared lists already traced in this collection, by address (see [`Marker::first_visit`]).
    shared_lists: rustc_hash::FxHashSet<usize>,
    /// The marked objects with weak slots (WeakMap, WeakSet, WeakRef,
    /// FinalizationRegistry), for [`process_weak`].
    weak: Vec<ObjectId>,
    /// The long strings met while marking (by storage address), with their bytes: the ones
    /// only the machine's frames or a built-in's roots hold (a temporary `'x'.repeat(2**28)`
    /// about to be searched) are live too, and [`measure_live_bytes`] starts from these.
    strings: rustc_hash::FxHashSet<usize>,
    string_bytes: usize,
    /// The storage of the value lists that frames gather (an array literal's values, a
    /// call's arguments): no object holds them, so the collector counts them as it meets
    /// them. They grew under the heap limit, but a collection starts the count of growth
    /// again: without these, a list gathered before one was not counted at all after it.
    list_bytes: usize,
}

impl Marker {
    fn new(heap: &Heap) -> Marker {
        Marker {
            object_marks: vec![false; heap.objects.len()],
            env_marks: vec![false; heap.envs.len()],
            objects: Vec::new(),
            envs: Vec::new(),
            shared_lists: rustc_hash::FxHashSet::default(),
            weak: Vec::new(),
            strings: rustc_hash::FxHashSet::default(),
            string_bytes: 0,
            list_bytes: 0,
        }
    }

    /// Counts the storage of a frame's value list (see [`Marker::list_bytes`]).
    fn list<T>(&mut self, list: &Vec<T>) {
        self.list_bytes += list.capacity() * size_of::<T>();
    }

    /// Notes a long string reachable from what is being marked (see [`Marker::strings`]).
    #[cold]
    fn long_string(&mut self, s: &crate::JsString) {
        self.string_bytes += string_bytes(s, &mut self.strings);
    }

    /// Whether the list at `address`, shared by many closures, is met for the first time in
    /// this collection: tracing it once per closure would make marking quadratic.
    pub fn first_visit(&mut self, address: usize) -> bool {
        self.shared_lists.insert(address)
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
                    if let ObjectKind::Internal(b) = &o.kind {
                        if matches!(**b, InternalSlots::Weak(_)) {
                            self.weak.push(id);
                        }
                    }
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

/// Whether the machine must look at the heap now ([`safe_point`]): the collection trigger or
/// the heap limit is near. One thread-local read and a comparison, every step.
#[inline]
pub fn needs_attention(agent: &Agent) -> bool {
    let heap = &agent.heap;
    crate::heap::allocated_bytes() >= heap.attention_bytes
        || heap.collect_requested
        || (agent.options.gc_threshold.is_some() && heap.allocated_since_gc >= heap.gc_trigger)
}

/// Whether a collection may run now: at every safe point, at any native depth, since the
/// Rust locals of built-ins waiting for JavaScript they called are rooted by [`NativeRoots`].
#[inline]
pub fn can_collect(_agent: &Agent) -> bool {
    true
}

/// Whether the collector is due (allocation bytes, or the count with `gc_threshold`).
fn should_collect(agent: &Agent) -> bool {
    let heap = &agent.heap;
    heap.collect_requested
        || match agent.options.gc_threshold {
            Some(_) => heap.allocated_since_gc >= heap.gc_trigger,
            None => crate::heap::allocated_bytes() >= heap.gc_trigger_bytes,
        }
}

/// A safe point of the machine loop (and of the run loop, between jobs): collects when due
/// and checks the heap limit. Past the limit a collection is attempted first (when one may
/// run here); if the live data still exceeds the limit the run stops with
/// `Limit::HeapBytes`.
pub fn safe_point(agent: &mut Agent) -> JsResult<()> {
    // A growth refused since the last look (`heap::may_grow`) counted its refusal as
    // allocated, so that this runs: the peak is what was resident, not the refusal.
    let denied = crate::heap::take_denied();
    if denied == 0 {
        note_peak(&mut agent.heap);
    }
    let mut collected = false;
    if can_collect(agent) && should_collect(agent) {
        collect(agent);
        collected = true;
    }
    if let Some(max) = agent.options.max_heap_bytes {
        if agent.heap.heap_bytes() as u64 > max {
            if !collected && can_collect(agent) {
                collect(agent);
            }
            if agent.heap.heap_bytes() as u64 > max {
                return Err(Abrupt::Terminate(crate::Limit::HeapBytes(max)));
            }
        }
        // The refused growth, after the collection: it fits now, or the run stops before
        // allocating it.
        if (agent.heap.heap_bytes() as u64).saturating_add(denied as u64) > max {
            return Err(Abrupt::Terminate(crate::Limit::HeapBytes(max)));
        }
    }
    set_attention(agent);
    Ok(())
}

fn note_peak(heap: &mut Heap) {
    let now = heap.heap_bytes();
    heap.stats.peak_heap_bytes = heap.stats.peak_heap_bytes.max(now);
}

/// The allocation count at which the machine next looks at the heap.
fn set_attention(agent: &mut Agent) {
    let heap = &mut agent.heap;
    let room = match agent.options.max_heap_bytes {
        Some(max) => (max as usize).saturating_sub(heap.live_bytes) + 1,
        None => usize::MAX,
    };
    // What storage growth checks itself against (`heap::may_grow`) between two looks.
    crate::heap::set_room(match agent.options.max_heap_bytes {
        Some(max) => (max as usize).saturating_sub(heap.live_bytes),
        None => usize::MAX,
    });
    heap.attention_bytes = if agent.options.gc_threshold.is_some() {
        room
    } else {
        heap.gc_trigger_bytes.min(room)
    };
}

impl Agent<'_> {
    /// Checks, before a large allocation of about `bytes`, that it fits under the heap limit,
    /// so that a built-in can throw or stop *before* allocating (`repeat`, `join`, `padStart`,
    /// growing an array to a given length, spreading arguments…).
    ///
    /// No collection can run here (the caller holds ids in locals), so the check is against
    /// the live bytes of the last collection plus `bytes`: if that exceeds the limit the run
    /// stops with `Limit::HeapBytes` (`Abrupt::Terminate`, which the caller propagates with
    /// `?`); otherwise, when garbage may be in the way, a collection is requested for the next
    /// safe point. The allocation itself is *not* recorded here: strings, objects, property
    /// maps and array elements count themselves when they are made.
    pub fn reserve_bytes(&mut self, bytes: usize) -> JsResult<()> {
        let Some(max) = self.options.max_heap_bytes else {
            return Ok(());
        };
        let heap = &mut self.heap;
        if (heap.live_bytes as u64).saturating_add(bytes as u64) > max {
            return Err(Abrupt::Terminate(crate::Limit::HeapBytes(max)));
        }
        if (heap.heap_bytes() as u64).saturating_add(bytes as u64) > max {
            heap.collect_requested = true;
            heap.attention_bytes = 0;
        }
        Ok(())
    }
}

impl Agent<'_> {
    /// Checks, before a built-in looks at the code units of `s`, that flattening it (when it
    /// is a rope: up to a gigabyte in one allocation) fits under the heap limit. The `+` that
    /// made the rope checked its length against the live data of that moment; the data may
    /// have grown since, and no collection can run inside a built-in, so the flattened copy
    /// must fit next to what was allocated since the last collection (`heap::fits`, as the
    /// lists and strings built-ins make), or the run stops with `Limit::HeapBytes` before
    /// allocating.
    #[inline]
    pub fn check_flatten(&mut self, s: &crate::JsString) -> JsResult<()> {
        let bytes = s.flatten_bytes();
        if bytes == 0 || crate::heap::fits(bytes) {
            return Ok(());
        }
        Err(crate::limits::heap_limit_stop(self))
    }

    /// [`Agent::check_flatten`] for several strings flattened together (both sides of a
    /// comparison, the arguments of a console call), with `copy_bytes` more that the caller
    /// allocates next to them (the text it makes of them).
    pub fn check_flatten_all<'s>(
        &mut self,
        strings: impl IntoIterator<Item = &'s crate::JsString>,
        copy_bytes: usize,
    ) -> JsResult<()> {
        let bytes = strings
            .into_iter()
            .fold(copy_bytes, |n, s| n.saturating_add(s.flatten_bytes()));
        if bytes == 0 || crate::heap::fits(bytes) {
            return Ok(());
        }
        Err(crate::limits::heap_limit_stop(self))
    }

    /// Checks the flattening that a comparison of `l` and `r` does (`op` one of the
    /// equality or relational operators): two strings of the same length are compared
    /// unit by unit (strings of different lengths are unequal without it), a relational
    /// operator orders them, and a loose equality or a relational operator converts a
    /// string compared with something else (its code units read).
    pub fn check_comparison_flatten(
        &mut self,
        strict: bool,
        l: &crate::Value,
        r: &crate::Value,
    ) -> JsResult<()> {
        use crate::Value::String;
        match (l, r) {
            (String(a), String(b)) if strict && a.len() != b.len() => Ok(()),
            (String(a), String(b)) => self.check_flatten_all([a, b], 0),
            _ if strict => Ok(()),
            (String(a), _) | (_, String(a)) => self.check_flatten(a),
            _ => Ok(()),
        }
    }
}

/// Runs a full collection. Call only at a safe point (see the module docs): every id the
/// program can still use must be reachable from [`trace_roots`].
pub fn collect(agent: &mut Agent) {
    let mut m = Marker::new(&agent.heap);
    trace_roots(agent, &mut m);
    agent.heap.native_roots.trace(&agent.heap, &mut m);
    m.drain(&agent.heap);
    let queued = agent.heap.weak.cleanup_queue.len();
    process_weak(&mut agent.heap, &mut m);
    sweep(&mut agent.heap, &m);
    // HostEnqueueFinalizationRegistryCleanupJob (§9.13) for each registry that lost a target.
    for i in queued..agent.heap.weak.cleanup_queue.len() {
        let r = agent.heap.weak.cleanup_queue[i];
        crate::trace::host_job_enqueued(
            agent,
            crate::trace::JobSource::Finalization,
            "host HostEnqueueFinalizationRegistryCleanupJob (§9.13)",
            format!("CleanupFinalizationRegistry({r:?})"),
        );
    }
    let heap = &mut agent.heap;
    heap.trim_spare_lists();
    let (objects, envs) = heap.live_counts();
    heap.allocated_since_gc = 0;
    heap.collect_requested = false;
    heap.gc_trigger = agent.options.gc_threshold.unwrap_or(GC_THRESHOLD);
    heap.live_bytes =
        measure_live_bytes(heap, std::mem::take(&mut m.strings)) + m.string_bytes + m.list_bytes;
    crate::heap::reset_allocated_bytes();
    heap.gc_trigger_bytes = GC_MIN_BYTES.max(heap.live_bytes);
    let s = &mut heap.stats;
    s.collections += 1;
    s.max_live_objects_after_gc = s.max_live_objects_after_gc.max(objects);
    s.max_live_envs_after_gc = s.max_live_envs_after_gc.max(envs);
    s.max_live_bytes_after_gc = s.max_live_bytes_after_gc.max(heap.live_bytes);
    set_attention(agent);
}

// ───────────────────────────── byte accounting ─────────────────────────────

/// One property of a property map: key, property, hash and index slot.
pub const PROPERTY_BYTES: usize =
    size_of::<PropertyKey>() + size_of::<Property>() + 3 * size_of::<usize>();

/// One Map / Set entry with its index slot.
pub const MAP_ENTRY_BYTES: usize = size_of::<Option<(Value, Value)>>() + 4 * size_of::<usize>();

/// Strings at least this long (in code units) are counted once however many values share
/// them, by address; shorter ones by each reference for its share (see [`string_bytes`]).
const SHARED_STRING_UNITS: usize = 256;

/// The allocator's overhead for one block (header and size-class rounding).
const BLOCK_OVERHEAD: usize = 16;

/// The allocator's overhead for the two blocks of a non-empty property map (entries and
/// hash table: headers, size-class rounding, control bytes).
const PROPERTY_MAP_OVERHEAD: usize = 64;

/// The bytes of a property map with this capacity.
fn property_map_bytes(capacity: usize) -> usize {
    match capacity {
        0 => 0,
        n => n * PROPERTY_BYTES + PROPERTY_MAP_OVERHEAD,
    }
}

/// Whether a full property map of `capacity` entries may grow (to twice that) under the
/// heap limit: the new storage is asked for next to the old, which the reallocation holds
/// at once (`heap::may_grow`). A refusal is recorded, and the run stops at its next safe
/// point unless a collection makes room; the property waits beside the map meanwhile
/// (`Object::insert_property`). (The check was for the growth after this one as well:
/// room for seven times the map, so an object given properties stopped with them at a sixth
/// to a half of the limit.) Small maps are not checked.
#[inline]
pub fn properties_may_grow(capacity: usize) -> bool {
    capacity < 1024 || crate::heap::may_grow(property_map_bytes(2 * capacity))
}

/// Counts a property map growing from `before` to `after` entries of capacity.
#[inline]
pub fn note_properties_growth(before: usize, after: usize) {
    if after > before {
        crate::heap::note_growth(property_map_bytes(after) - property_map_bytes(before));
    }
}

/// Counts an array's element storage growing from `before` to `after` slots of capacity.
#[inline]
pub fn note_elements_growth(before: usize, after: usize) {
    if after > before {
        crate::heap::note_growth((after - before) * size_of::<Option<Value>>());
    }
}

/// The bytes of a string value beyond the value itself (its code units and header). A long
/// string is counted once however many values share it; a short one by each value sharing
/// it for its part (the bytes divided by the number of sharers, rounded up): a string that
/// millions of values share (the one-unit strings of a split or a global match) is counted
/// about once, without a set lookup per value.
fn string_bytes(s: &crate::JsString, seen: &mut rustc_hash::FxHashSet<usize>) -> usize {
    let units = s.len();
    if units >= SHARED_STRING_UNITS {
        return if seen.insert(s.storage_address()) {
            crate::value::string_bytes_for(units)
        } else {
            0
        };
    }
    crate::value::string_bytes_for(units).div_ceil(s.share_count())
}

fn value_bytes(v: &Value, seen: &mut rustc_hash::FxHashSet<usize>) -> usize {
    match v {
        Value::String(s) => string_bytes(s, seen),
        _ => 0,
    }
}

fn property_bytes(p: &Property, seen: &mut rustc_hash::FxHashSet<usize>) -> usize {
    match p {
        Property::Data { value, .. } => value_bytes(value, seen),
        _ => 0,
    }
}

/// About how many bytes an object holds beyond its arena slot: its property storage, its
/// elements, its internal slots and suspended frames (strings not included: see
/// [`measure_live_bytes`]).
pub fn object_bytes(o: &Object) -> usize {
    let mut n = size_of::<Object>()
        + property_map_bytes(o.props.capacity())
        + o.private.capacity() * size_of::<(crate::environment::PrivateName, Property)>();
    n += match &o.kind {
        ObjectKind::Array(a) => a.elems.capacity() * size_of::<Option<Value>>(),
        // A function gets its `length`, `name` and `prototype` right after it is made, by
        // direct inserts that count nothing themselves: they are counted here.
        ObjectKind::Function(f) => {
            size_of::<FunctionData>()
                + BLOCK_OVERHEAD
                + property_map_bytes(3).saturating_sub(property_map_bytes(o.props.capacity()))
                + f.fields.capacity() * size_of::<ClassFieldDefinition>()
                + f.private_methods.capacity()
                    * size_of::<(crate::environment::PrivateName, Property)>()
        }
        ObjectKind::Bound(b) => size_of::<BoundFunction>() + b.args.capacity() * size_of::<Value>(),
        // A built-in function gets its `length` and `name` right after it is made.
        ObjectKind::Builtin(b) => {
            b.captures.as_ref().map_or(0, |_| {
                size_of::<crate::builtins::Captures>() + BLOCK_OVERHEAD
            }) + property_map_bytes(2).saturating_sub(property_map_bytes(o.props.capacity()))
        }
        ObjectKind::Arguments(Some(p)) => 64 + p.names.capacity() * 16,
        ObjectKind::Map(m) | ObjectKind::Set(m) => 64 + m.storage_bytes(),
        ObjectKind::Generator(g) => 64 + g.context.as_ref().map_or(0, context_bytes),
        ObjectKind::AsyncGenerator(g) => {
            64 + g.context.as_deref().map_or(0, context_bytes)
                + g.queue.capacity() * size_of::<AsyncGeneratorRequest>()
        }
        ObjectKind::Promise(p) => {
            size_of::<PromiseData>()
                + BLOCK_OVERHEAD
                + (p.fulfill_reactions.capacity() + p.reject_reactions.capacity())
                    * size_of::<PromiseReaction>()
        }
        ObjectKind::Continuation(c) => c.as_deref().map_or(0, context_bytes),
        ObjectKind::Internal(b) => size_of::<InternalSlots>() + internal_slots_bytes(b),
        ObjectKind::Proxy(_) => 0,
        ObjectKind::Ordinary
        | ObjectKind::Error
        | ObjectKind::Arguments(None)
        | ObjectKind::BooleanObject(_)
        | ObjectKind::NumberObject(_)
        | ObjectKind::StringObject(_)
        | ObjectKind::SymbolObject(_)
        | ObjectKind::BigIntObject(_) => 0,
    };
    n
}

/// A suspended execution context: its record and its frames.
pub(crate) fn context_bytes(c: &ExecutionContext) -> usize {
    size_of::<ExecutionContext>() + c.frames.capacity() * size_of::<Frame>()
}

/// About how many bytes an environment record holds beyond its arena slot.
pub fn env_bytes(e: &Env) -> usize {
    let args = match &e.kind {
        EnvKind::Function {
            arguments: Some(a), ..
        } => a.capacity() * size_of::<Value>(),
        _ => 0,
    };
    size_of::<Env>() + e.bindings.capacity() * size_of::<Binding>() + args
}

/// The bytes the heap holds after a sweep: the arenas' slots and free lists, every
/// live object and environment with its storage, and the strings they hold (long strings
/// counted once).
fn measure_live_bytes(heap: &Heap, mut seen: rustc_hash::FxHashSet<usize>) -> usize {
    // NOTE(mini-js): the arenas count by length, not capacity: the spare capacity of a
    // grown vector is address space the program has not touched yet, and counting it would
    // make the count jump by half the heap at each doubling.
    let mut n = heap.objects.len() * size_of::<Option<Object>>()
        + heap.envs.len() * size_of::<Option<Env>>()
        + (heap.free_objects.len() + heap.free_envs.len()) * size_of::<u32>();
    for o in heap.objects.iter().flatten() {
        n += object_bytes(o) - size_of::<Object>();
        for p in o.props.values() {
            n += property_bytes(p, &mut seen);
        }
        match &o.kind {
            ObjectKind::Array(a) => {
                for v in a.elems.iter().flatten() {
                    n += value_bytes(v, &mut seen);
                }
            }
            ObjectKind::StringObject(s) => n += string_bytes(s, &mut seen),
            ObjectKind::Map(m) | ObjectKind::Set(m) => {
                for (k, v) in m.entries.iter().flatten() {
                    n += value_bytes(k, &mut seen) + value_bytes(v, &mut seen);
                }
            }
            _ => {}
        }
    }
    for e in heap.envs.iter().flatten() {
        n += env_bytes(e) - size_of::<Env>();
        for b in &e.bindings {
            if let Some(v) = &b.value {
                n += value_bytes(v, &mut seen);
            }
        }
    }
    n
}

/// The run's statistics, completed with the heap as the run leaves it.
pub fn final_stats(heap: &Heap) -> HeapStats {
    let (objects, envs) = heap.live_counts();
    let mut s = heap.stats;
    s.peak_object_slots = s.peak_object_slots.max(heap.objects.len());
    s.peak_env_slots = s.peak_env_slots.max(heap.envs.len());
    s.live_objects_at_end = objects;
    s.live_envs_at_end = envs;
    s.heap_bytes_at_end = heap.heap_bytes();
    s.peak_heap_bytes = s.peak_heap_bytes.max(s.heap_bytes_at_end);
    s
}

/// Starts the byte accounting of a new agent: what the realm's creation counted becomes
/// the live bytes (every intrinsic is live), and the count of allocations starts from zero.
/// NOTE(mini-js): not measured object by object — that walk cost a sixth of startup — and
/// the first collection measures exactly.
pub(crate) fn start_accounting(agent: &mut Agent) {
    let realm_bytes = crate::heap::allocated_bytes();
    crate::heap::reset_allocated_bytes();
    let heap = &mut agent.heap;
    heap.allocated_since_gc = 0;
    heap.gc_trigger = agent.options.gc_threshold.unwrap_or(GC_THRESHOLD);
    heap.live_bytes = realm_bytes
        + heap.objects.len() * size_of::<Option<Object>>()
        + heap.envs.len() * size_of::<Option<Env>>();
    heap.gc_trigger_bytes = GC_MIN_BYTES.max(heap.live_bytes);
    set_attention(agent);
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
    // The slots one cycle's allocation budget can fill.
    let min_slots = GC_MIN_BYTES / size_of::<Option<T>>().max(1);
    for (slot, &marked) in arena.iter_mut().zip(marks) {
        if !marked {
            *slot = None;
        }
    }
    while matches!(arena.last(), Some(None)) {
        arena.pop();
    }
    let budget = arena.len() + arena.len().max(min_slots);
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
        // Stateless: the hosts keep their state in `host.defined`.
        hooks: _,
        // Trace events are text.
        tracer: _,
        options: _,
        source: _,
        filename: _,
        template_map,
        // AST references only.
        default_ctors: _,
        // String keys only: nothing to trace.
        identifier_keys: _,
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
    let crate::execution::host_state::HostState {
        // Printed text only.
        stdout: _,
        stderr: _,
        // Clock and counters only.
        limits: _,
        // Weak: positions by error id; a reused id is overwritten when the next error is
        // created there, and only errors are looked up.
        error_sites: _,
        defined,
    } = host;
    // The host's own roots: its queues, timers and remembered promises.
    defined.trace_roots(m);
    // WeakRef targets kept until the end of the job, registries waiting for cleanup.
    agent.heap.weak.trace(m);
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
            string_iterator_prototype_next,
            array,
            array_prototype,
            array_prototype_values,
            array_iterator_prototype,
            array_iterator_prototype_next,
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
            generator_prototype_next,
            async_generator_function,
            async_generator_function_prototype,
            async_generator_prototype,
            async_function,
            async_function_prototype,
            promise,
            promise_prototype,
            promise_prototype_then,
            promise_species_getter,
            array_species_getter,
            bigint,
            bigint_prototype,
            weak_map_prototype,
            weak_set_prototype,
            weak_ref_prototype,
            finalization_registry_prototype,
            iterator_helper_prototype,
            wrap_for_valid_iterator_prototype,
            regexp,
            regexp_prototype,
            regexp_prototype_exec,
            regexp_string_iterator_prototype,
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
            string_iterator_prototype_next,
            array,
            array_prototype,
            array_prototype_values,
            array_iterator_prototype,
            array_iterator_prototype_next,
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
            generator_prototype_next,
            async_generator_function,
            async_generator_function_prototype,
            async_generator_prototype,
            async_function,
            async_function_prototype,
            promise,
            promise_prototype,
            promise_prototype_then,
            promise_species_getter,
            array_species_getter,
            bigint,
            bigint_prototype,
            weak_map_prototype,
            weak_set_prototype,
            weak_ref_prototype,
            finalization_registry_prototype,
            iterator_helper_prototype,
            wrap_for_valid_iterator_prototype,
            regexp,
            regexp_prototype,
            regexp_prototype_exec,
            regexp_string_iterator_prototype,
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
            frames,
            step,
            native_result,
            native_depth: _,
            active_builtins,
            steps: _,
            now_depth: _,
            span: _,
            throw_span: _,
            thrown,
            context_pushed: _,
            resume_step,
            // A property key: strings and symbols only.
            pending_name: _,
            pending_labels: _,
            pending_ref,
            job_roots,
            iteration_done: _,
        } = self;
        job_roots.trace(m);
        thrown.trace(m);
        contexts.trace(m);
        frames.trace(m);
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
            frame_base: _,
            function,
            lex_env,
            var_env,
            // Private environments are Rc'd lists of private names: no ids.
            private_env: _,
            kind,
            strict: _,
            return_to_native: _,
            call_site: _,
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
            // Strings and symbols are reference-counted, not in the heap; long strings are
            // noted for the count of live bytes.
            Value::String(s) if s.len() >= SHARED_STRING_UNITS => m.long_string(s),
            Value::Undefined
            | Value::Null
            | Value::Bool(_)
            | Value::Number(_)
            | Value::BigInt(_)
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
        for (_, p) in private.iter() {
            p.trace(m);
        }
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
            | ObjectKind::SymbolObject(_)
            | ObjectKind::BigIntObject(_) => {}
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
            ObjectKind::Proxy(p) => {
                let crate::builtins::proxy::ProxyData {
                    target,
                    handler,
                    callable: _,
                    constructor: _,
                } = p;
                target.trace(m);
                handler.trace(m);
            }
        }
    }
}

impl Trace for ArrayStorage {
    fn trace(&self, m: &mut Marker) {
        let ArrayStorage {
            elems,
            length: _,
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
        if let Captures::PromiseElement(e) = self {
            // [[Values]] is one list shared by every element function of one Promise.all
            // (allSettled, any) call: traced once a collection, not once per function (a
            // Promise.all over 20,000 promises would trace 400 million values).
            let crate::builtins::promise::ElementFunction {
                values, capability, ..
            } = &**e;
            if m.first_visit(std::rc::Rc::as_ptr(values) as usize) {
                values.borrow().iter().for_each(|v| v.trace(m));
            }
            capability.trace(m);
            return;
        }
        // The promise library lists every value its closures hold.
        self.for_each_value(&mut |v| v.trace(m));
    }
}

impl Trace for BoundFunction {
    fn trace(&self, m: &mut Marker) {
        let BoundFunction {
            target,
            this,
            args,
            // Text only.
            lazy_name: _,
        } = self;
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
        let GeneratorData {
            state: _,
            context,
            values_to_for_of: _,
        } = self;
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
        self.for_each_value(&mut |v| v.trace(m));
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
            InternalSlots::HostDefined { id: _ } | InternalSlots::Date { time: _ } => {}
            // Only the strong parts: see `process_weak` for keys, values and targets.
            InternalSlots::Weak(w) => w.trace(m),
            InternalSlots::IteratorHelper(h) => h.trace(m),
            InternalSlots::WrapForValidIterator(record) => record.trace(m),
            InternalSlots::RegExp(_) => {}
            InternalSlots::RegExpStringIterator(d) => d.regexp.trace(m),
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
            captured: _,
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
            Frame::StmtList {
                stmts: _,
                index: _,
                last,
            } => last.trace(m),
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
            } => {
                m.list(values);
                values.trace(m);
            }
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
            Frame::OptionalCallee { call: _, kind } => kind.trace(m),
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
                m.list(values);
                values.trace(m);
                kind.trace(m);
            }
            Frame::SuperCallResult { env } | Frame::RestoreEnv { env } => m.env(*env),
            Frame::Value { value } | Frame::PutPendingRef { value } => value.trace(m),
            Frame::PutRef { r, .. } => r.trace(m),
            Frame::CompoundIdent {
                assign: _,
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
            spare_env,
            pending,
        } = self;
        iteration.trace(m);
        m.env(*old_env);
        if let Some(spare) = spare_env {
            m.env(*spare);
        }
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
                remaining,
            } => {
                object.trace(m);
                for (o, _) in remaining {
                    o.trace(m);
                }
            }
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

// ───────────────────────────── weak references ─────────────────────────────

impl Trace for crate::builtins::weak::WeakState {
    fn trace(&self, m: &mut Marker) {
        let crate::builtins::weak::WeakState {
            kept_objects,
            cleanup_queue,
        } = self;
        for v in kept_objects.values() {
            v.trace(m);
        }
        for r in cleanup_queue {
            m.object(*r);
        }
    }
}

impl Trace for crate::builtins::weak::WeakSlots {
    /// The strong parts of the weak objects: a registry's cleanup callback and held values.
    /// Keys, WeakMap values, WeakRef targets and unregister tokens are weak
    /// ([`process_weak`]).
    fn trace(&self, m: &mut Marker) {
        use crate::builtins::weak::{Cell, WeakSlots};
        match self {
            WeakSlots::WeakMap(_) | WeakSlots::WeakSet(_) | WeakSlots::WeakRef(_) => {}
            WeakSlots::FinalizationRegistry {
                cleanup_callback,
                cells,
            } => {
                cleanup_callback.trace(m);
                for Cell {
                    target: _,
                    held_value,
                    unregister_token: _,
                } in cells
                {
                    held_value.trace(m);
                }
            }
        }
    }
}

impl Trace for crate::builtins::iterator_helpers::IteratorHelper {
    fn trace(&self, m: &mut Marker) {
        use crate::builtins::iterator_helpers::{HelperClosure, IteratorHelper};
        let IteratorHelper {
            state: _,
            underlying,
            closure,
        } = self;
        underlying.trace(m);
        match closure {
            HelperClosure::Map { mapper, counter: _ }
            | HelperClosure::Filter {
                predicate: mapper,
                counter: _,
            } => mapper.trace(m),
            HelperClosure::Take { remaining: _ } | HelperClosure::Drop { remaining: _ } => {}
            HelperClosure::FlatMap {
                mapper,
                counter: _,
                inner,
            } => {
                mapper.trace(m);
                inner.trace(m);
            }
            HelperClosure::Concat {
                iterables,
                next: _,
                inner,
            } => {
                for (open, iterable) in iterables {
                    open.trace(m);
                    iterable.trace(m);
                }
                inner.trace(m);
            }
        }
    }
}

/// Whether a weakly held value survives this collection: a marked object, or a symbol
/// (symbols are reference-counted values, never collected by this collector).
fn weakly_live(m: &Marker, v: &Value) -> bool {
    match v {
        Value::Object(id) => m.object_marks.get(id.0 as usize).copied().unwrap_or(false),
        _ => true,
    }
}

/// The weak part of marking, after the strong marking drained:
/// 1. ephemerons: a WeakMap value is marked when its key is marked, until nothing new is
///    marked (a value may make another map's key live);
/// 2. clearing: entries with dead keys are removed, dead WeakRef targets emptied, and the
///    cells of dead FinalizationRegistry targets emptied — each registry that lost one is
///    queued for its cleanup job (HostEnqueueFinalizationRegistryCleanupJob, §9.13).
fn process_weak(heap: &mut Heap, m: &mut Marker) {
    use crate::builtins::weak::WeakSlots;
    // 1. Ephemeron marking to a fixpoint.
    loop {
        let mut i = 0;
        while i < m.weak.len() {
            let id = m.weak[i];
            i += 1;
            if let Some(Some(o)) = heap.objects.get(id.0 as usize) {
                if let ObjectKind::Internal(b) = &o.kind {
                    if let InternalSlots::Weak(w) = &**b {
                        if let WeakSlots::WeakMap(entries) = &**w {
                            for (k, v) in entries.values() {
                                if weakly_live(m, k) {
                                    m.value(v);
                                }
                            }
                        }
                    }
                }
            }
        }
        if m.objects.is_empty() && m.envs.is_empty() {
            break;
        }
        // Draining may find more weak containers (pushed on `m.weak`): the next round
        // visits them too.
        m.drain(heap);
    }
    // 2. Clearing.
    let weak = std::mem::take(&mut m.weak);
    for id in &weak {
        let Some(Some(o)) = heap.objects.get_mut(id.0 as usize) else {
            continue;
        };
        let ObjectKind::Internal(b) = &mut o.kind else {
            continue;
        };
        let InternalSlots::Weak(w) = &mut **b else {
            continue;
        };
        match &mut **w {
            WeakSlots::WeakMap(entries) => entries.retain(|_, (k, _)| weakly_live(m, k)),
            WeakSlots::WeakSet(entries) => entries.retain(|_, k| weakly_live(m, k)),
            WeakSlots::WeakRef(target) => {
                if target.as_ref().is_some_and(|t| !weakly_live(m, t)) {
                    *target = None;
                }
            }
            WeakSlots::FinalizationRegistry { cells, .. } => {
                let mut lost = false;
                for c in cells.iter_mut() {
                    if c.target.as_ref().is_some_and(|t| !weakly_live(m, t)) {
                        c.target = None;
                        lost = true;
                    }
                    if c.unregister_token
                        .as_ref()
                        .is_some_and(|t| !weakly_live(m, t))
                    {
                        c.unregister_token = None;
                    }
                }
                if lost && !heap.weak.cleanup_queue.contains(id) {
                    heap.weak.cleanup_queue.push_back(*id);
                }
            }
        }
    }
    m.weak = weak;
}

/// The storage of weak collections, registries and iterator helpers beyond their slots.
fn internal_slots_bytes(b: &InternalSlots) -> usize {
    use crate::builtins::iterator_helpers::HelperClosure;
    use crate::builtins::weak::WeakSlots;
    match b {
        InternalSlots::Weak(w) => {
            size_of::<WeakSlots>()
                + BLOCK_OVERHEAD
                + match &**w {
                    WeakSlots::WeakMap(m) => m.capacity() * MAP_ENTRY_BYTES,
                    WeakSlots::WeakSet(m) => m.capacity() * MAP_ENTRY_BYTES,
                    WeakSlots::WeakRef(_) => 0,
                    WeakSlots::FinalizationRegistry { cells, .. } => {
                        cells.capacity() * size_of::<crate::builtins::weak::Cell>()
                    }
                }
        }
        InternalSlots::IteratorHelper(h) => {
            size_of::<crate::builtins::iterator_helpers::IteratorHelper>()
                + BLOCK_OVERHEAD
                + match &h.closure {
                    HelperClosure::Concat { iterables, .. } => {
                        iterables.capacity() * size_of::<(Value, Value)>()
                    }
                    _ => 0,
                }
        }
        _ => 0,
    }
}
