//! The heap: objects and environment records in arenas addressed by small integer ids.
//!
//! Ids are cheap to copy, stable (they name objects in traces as `#12`) and make cycles
//! harmless. Freed slots are reused; the collector (`gc.rs`) decides what is free.

use crate::environment::{Binding, Env, EnvKind};
use crate::object::Object;
use crate::value::Value;
use std::cell::Cell;
use std::fmt;

thread_local! {
    /// Bytes allocated on behalf of the program since the last collection, on this thread
    /// (each run has the evaluator thread to itself). A thread-local rather than a field of
    /// [`Heap`] so that code without the agent at hand (string concatenation, a property map
    /// or an array growing) can count what it allocates: `note_allocation(bytes)`.
    static ALLOCATED_BYTES: Cell<usize> = const { Cell::new(0) };
    /// The part of [`ALLOCATED_BYTES`] that is storage growing in place (array elements,
    /// property maps): memory that stays until the next collection, whereas many counted
    /// strings are transient (index keys). Built-ins' Rust loops check it against the heap
    /// limit between two safe points (`limits::poll`).
    static GROWTH_BYTES: Cell<usize> = const { Cell::new(0) };
    /// Bytes the heap limit leaves above the live bytes of the last collection, as the
    /// last `limits::poll` saw it (`usize::MAX` without a limit): what [`push_counted`]
    /// checks a doubling against, before it allocates.
    static ROOM: Cell<usize> = const { Cell::new(usize::MAX) };
    /// The part of [`ALLOCATED_BYTES`] that is objects and environments: only a collection
    /// frees them, so inside a built-in's loop (where none runs) they are all resident, the
    /// garbage included (the iterator results of `[...a]`).
    static ARENA_BYTES: Cell<usize> = const { Cell::new(0) };
    /// The part of [`ALLOCATED_BYTES`] that is single allocations of at least
    /// [`LARGE_BYTES`] counted by [`note_allocation`] (big strings: the subject of a regex
    /// replace, a flattened rope): taken as resident until the next collection, like the
    /// arenas. The small transient strings of a built-in's loop are left out.
    static LARGE_BYTES: Cell<usize> = const { Cell::new(0) };
    /// The largest storage growth [`may_grow`] refused since the last safe point: the heap
    /// limit left no room for it. The next safe point (or `limits::poll` in a built-in's
    /// loop) collects and stops the run unless the collection made room.
    static DENIED: Cell<usize> = const { Cell::new(0) };
}

/// An allocation counted by [`note_allocation`] at least this large is counted as resident
/// until the next collection ([`LARGE_BYTES`]).
pub const LARGE_BYTES_MIN: usize = 64 << 10;

/// Counts an object or environment allocated in the arenas; also counted as allocated.
#[inline]
fn note_arena(bytes: usize) {
    add_allocated(bytes);
    ARENA_BYTES.with(|c| c.set(c.get().saturating_add(bytes)));
}

/// Counts storage growing in place (see [`GROWTH_BYTES`]); also counted as allocated.
#[inline]
pub fn note_growth(bytes: usize) {
    add_allocated(bytes);
    GROWTH_BYTES.with(|c| c.set(c.get().saturating_add(bytes)));
}

/// Counts storage allocated in one piece for what it will hold (no reallocation: nothing
/// is held twice); counted as growth and as allocated.
pub fn note_reserved(bytes: usize) {
    add_allocated(bytes);
    GROWTH_BYTES.with(|c| c.set(c.get().saturating_add(bytes)));
}

/// Records the room the heap limit leaves (see [`ROOM`]).
pub(crate) fn set_room(bytes: usize) {
    ROOM.with(|c| c.set(bytes));
}

/// Whether storage may grow by a new block of `bytes` (an array's elements reallocated to
/// a larger capacity) under the heap limit: a reallocation holds the old storage and the
/// new at once, so this is asked *before* it, once per growth (not per element). When the
/// answer is no, the refusal is recorded ([`DENIED`]) and the count is pushed past the
/// limit's room, so the machine looks at the heap at its next step: it collects, and stops
/// the run at the heap limit unless the collection made room. The caller stores what it
/// had to store without the new block (an array element goes to the sparse part).
#[inline]
pub fn may_grow(bytes: usize) -> bool {
    let room = ROOM.with(Cell::get);
    if retained_bytes().saturating_add(bytes) <= room {
        return true;
    }
    DENIED.with(|c| c.set(c.get().max(bytes)));
    add_allocated(room.saturating_add(bytes));
    false
}

/// Whether `bytes` more fit under the heap limit next to what was retained since the last
/// collection (see [`retained_bytes`]): asked before a built-in allocates the final copy of
/// a string it built, or other one-piece storage, where no collection can run.
#[inline]
pub fn fits(bytes: usize) -> bool {
    retained_bytes().saturating_add(bytes) <= ROOM.with(Cell::get)
}

/// Takes the refusal [`may_grow`] recorded (0 when there is none).
pub(crate) fn take_denied() -> usize {
    DENIED.with(|c| c.replace(0))
}

/// The refusal [`may_grow`] recorded, left in place (0 when there is none).
pub(crate) fn denied() -> usize {
    DENIED.with(Cell::get)
}

/// Appends to a list that Rust code builds for the program (IteratorToList's, a built-in's
/// result), counting the storage it grows by (see [`note_growth`]). A full list doubles by
/// reallocating, which holds the old storage and the new at once: that is checked against
/// the heap limit first, so the list never takes the process past it. `Err(())` when the
/// list cannot grow: the caller stops the run at the heap limit.
#[inline]
pub(crate) fn push_counted<T>(list: &mut Vec<T>, v: T) -> Result<(), ()> {
    let before = list.capacity();
    if list.len() == before {
        let size = std::mem::size_of::<T>();
        let doubled = before.saturating_mul(2).max(4).saturating_mul(size);
        if growth_bytes().saturating_add(doubled) > ROOM.with(Cell::get) {
            return Err(());
        }
    }
    list.push(v);
    if list.capacity() > before {
        note_growth((list.capacity() - before) * std::mem::size_of::<T>());
    }
    Ok(())
}

/// Makes room in a list that Rust code builds for the program for `additional` more
/// values (an array literal's values before a spread's are appended), as [`push_counted`]
/// does for one: a growth is checked against the heap limit before it allocates, and
/// counted. `Err(())` when the list cannot grow: the caller stops the run at the heap limit.
pub(crate) fn reserve_counted<T>(list: &mut Vec<T>, additional: usize) -> Result<(), ()> {
    let before = list.capacity();
    let needed = list.len().saturating_add(additional);
    if needed <= before {
        return Ok(());
    }
    let wanted = before.saturating_mul(2).max(needed).max(4);
    let bytes = wanted.saturating_mul(std::mem::size_of::<T>());
    if growth_bytes().saturating_add(bytes) > ROOM.with(Cell::get) {
        return Err(());
    }
    list.reserve_exact(wanted - list.len());
    note_growth((list.capacity() - before) * std::mem::size_of::<T>());
    Ok(())
}

/// Bytes counted by [`note_growth`] and [`note_reserved`] since the last collection.
#[inline]
pub fn growth_bytes() -> usize {
    GROWTH_BYTES.with(Cell::get)
}

/// What was allocated since the last collection and stays until the next one: storage
/// grown in place ([`growth_bytes`]) and the objects and environments made (garbage
/// included: only a collection frees them). Strings are not in it: reference counting
/// frees the transient ones (the keys a built-in's loop makes) at once.
#[inline]
pub fn retained_bytes() -> usize {
    growth_bytes()
        .saturating_add(ARENA_BYTES.with(Cell::get))
        .saturating_add(LARGE_BYTES.with(Cell::get))
}

/// Counts `bytes` allocated for the program (approximately: the payload plus a small
/// header). The collector adds this to the live bytes it measured, for the GC trigger and
/// the heap limit.
#[inline]
pub fn note_allocation(bytes: usize) {
    add_allocated(bytes);
    if bytes >= LARGE_BYTES_MIN {
        LARGE_BYTES.with(|c| c.set(c.get().saturating_add(bytes)));
    }
}

#[inline]
fn add_allocated(bytes: usize) {
    ALLOCATED_BYTES.with(|c| c.set(c.get().saturating_add(bytes)));
}

/// Takes back `bytes` counted by [`note_allocation`] for storage freed before the next
/// collection.
#[inline]
pub fn forget_allocation(bytes: usize) {
    ALLOCATED_BYTES.with(|c| c.set(c.get().saturating_sub(bytes)));
}

/// Bytes counted by [`note_allocation`] since the last collection.
#[inline]
pub fn allocated_bytes() -> usize {
    ALLOCATED_BYTES.with(Cell::get)
}

/// Starts a new count (after a collection, or for a new run on this thread).
pub(crate) fn reset_allocated_bytes() {
    ALLOCATED_BYTES.with(|c| c.set(0));
    GROWTH_BYTES.with(|c| c.set(0));
    ARENA_BYTES.with(|c| c.set(0));
    LARGE_BYTES.with(|c| c.set(0));
    ROOM.with(|c| c.set(usize::MAX));
}

/// Starts the count of a new run on this thread: [`reset_allocated_bytes`] and no refusal
/// left over from a previous run.
pub(crate) fn reset_for_run() {
    reset_allocated_bytes();
    DENIED.with(|c| c.set(0));
}

/// A handle to an object in the heap.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId(pub u32);

impl fmt::Debug for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// A handle to an environment record in the heap.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct EnvId(pub u32);

#[derive(Default)]
pub struct Heap<'a> {
    pub(crate) objects: Vec<Option<Object<'a>>>,
    pub(crate) free_objects: Vec<u32>,
    pub(crate) envs: Vec<Option<Env>>,
    pub(crate) free_envs: Vec<u32>,
    /// Allocations since the last collection; the machine collects when it reaches
    /// `gc_trigger`.
    pub allocated_since_gc: usize,
    /// The allocation count that triggers the next collection (set by `gc::collect`; only
    /// used with `AgentOptions::gc_threshold`).
    pub gc_trigger: usize,
    /// The bytes the last collection found live (objects with their storage, environments,
    /// strings they hold, the arenas themselves): see `gc::measure_live_bytes`.
    pub live_bytes: usize,
    /// Bytes allocated since the last collection ([`allocated_bytes`]) that trigger the next
    /// one: the larger of `gc::GC_MIN_BYTES` and `live_bytes`.
    pub gc_trigger_bytes: usize,
    /// The smaller of `gc_trigger_bytes` and the room left under the heap limit: the machine
    /// looks at the heap (`gc::safe_point`) once [`allocated_bytes`] reaches it.
    pub attention_bytes: usize,
    /// A built-in asked for a collection at the next safe point (`Agent::reserve_bytes`).
    pub collect_requested: bool,
    /// What the collector did so far.
    pub stats: crate::gc::HeapStats,
    /// Births and the roots of Rust code waiting in nested machine loops (see `gc`).
    pub native_roots: crate::gc::NativeRoots,
    /// Kept objects of WeakRefs and the FinalizationRegistry cleanup queue (builtins/weak.rs).
    pub weak: crate::builtins::weak::WeakState,
    /// Emptied binding lists of freed records, for the next records: a call makes one
    /// record and frees it when it returns, and reusing the storage spares the allocator.
    binding_lists: Vec<Vec<Binding>>,
    /// Emptied argument lists of freed function records, likewise (see
    /// [`Heap::take_value_list`]).
    value_lists: Vec<Vec<Value>>,
}

/// The most emptied lists [`Heap`] keeps for reuse across a collection, and the largest
/// capacity it keeps.
const SPARE_LISTS: usize = 64;
const SPARE_LIST_CAPACITY: usize = 16;
/// The most emptied binding lists kept between two collections: a recursion thousands of
/// calls deep frees a record per call on its way back, and the next descent reuses them
/// rather than allocating each again. They stay counted as allocated bytes until the next
/// collection, which keeps only [`SPARE_LISTS`] of them.
const SPARE_BINDING_LISTS: usize = 1 << 14;

/// Keeps a freed record's list, emptied, in `spares` for the next record (small lists only,
/// at most `max` of them); returns the bytes of storage kept.
#[inline]
fn keep_spare<T>(spares: &mut Vec<Vec<T>>, mut list: Vec<T>, max: usize) -> usize {
    if list.capacity() != 0 && list.capacity() <= SPARE_LIST_CAPACITY && spares.len() < max {
        // (Usually empty already: a call's arguments moved into its bindings.)
        if !list.is_empty() {
            list.clear();
        }
        let bytes = list.capacity() * std::mem::size_of::<T>();
        spares.push(list);
        return bytes;
    }
    0
}

/// Object slots a new heap reserves: the realm's intrinsics (about 450) fit without the
/// arena growing by doubling, which would touch (and copy) every smaller size on the way.
const REALM_OBJECT_SLOTS: usize = 512;

impl<'a> Heap<'a> {
    /// An empty heap with room for a realm.
    pub fn with_realm_room() -> Heap<'a> {
        Heap {
            objects: Vec::with_capacity(REALM_OBJECT_SLOTS),
            ..Heap::default()
        }
    }

    pub fn alloc(&mut self, object: Object<'a>) -> ObjectId {
        self.allocated_since_gc += 1;
        note_arena(crate::gc::object_bytes(&object));
        match self.free_objects.pop() {
            Some(i) => {
                self.objects[i as usize] = Some(object);
                self.native_roots.born_object(i);
                ObjectId(i)
            }
            None => {
                self.objects.push(Some(object));
                let i = self.objects.len() as u32 - 1;
                self.native_roots.born_object(i);
                ObjectId(i)
            }
        }
    }

    #[inline]
    pub fn get(&self, id: ObjectId) -> &Object<'a> {
        self.objects[id.0 as usize]
            .as_ref()
            .expect("a live ObjectId points at a live object")
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjectId) -> &mut Object<'a> {
        self.objects[id.0 as usize]
            .as_mut()
            .expect("a live ObjectId points at a live object")
    }

    pub fn alloc_env(&mut self, env: Env) -> EnvId {
        self.allocated_since_gc += 1;
        note_arena(crate::gc::env_bytes(&env));
        match self.free_envs.pop() {
            Some(i) => {
                self.envs[i as usize] = Some(env);
                self.native_roots.born_env(i);
                EnvId(i)
            }
            None => {
                self.envs.push(Some(env));
                let i = self.envs.len() as u32 - 1;
                self.native_roots.born_env(i);
                EnvId(i)
            }
        }
    }

    /// Frees an environment record that nothing can reach any more, at once rather than at
    /// the next collection: a block's record when the block ends and no closure captured it
    /// (`Env::captured`). Its slot is reused by the next record, and its bytes no longer
    /// count toward the collection trigger.
    pub fn free_env(&mut self, id: EnvId) {
        if let Some(env) = self.envs[id.0 as usize].take() {
            let bytes = crate::gc::env_bytes(&env);
            self.free_envs.push(id.0);
            let Env { bindings, kind, .. } = env;
            if let EnvKind::Function {
                arguments: Some(args),
                ..
            } = kind
            {
                keep_spare(&mut self.value_lists, args, SPARE_LISTS);
            }
            let kept = keep_spare(&mut self.binding_lists, bindings, SPARE_BINDING_LISTS);
            forget_allocation(bytes - kept);
        }
    }

    /// At a collection: the spare binding lists beyond [`SPARE_LISTS`] are freed (their
    /// bytes were counted as allocated since they were kept; the new count starts at zero).
    pub(crate) fn trim_spare_lists(&mut self) {
        self.binding_lists.truncate(SPARE_LISTS);
    }

    /// An empty binding list, reusing a freed record's storage when there is one.
    pub fn take_binding_list(&mut self) -> Vec<Binding> {
        self.binding_lists.pop().unwrap_or_default()
    }

    /// Keeps `list`'s storage for a later [`Heap::take_value_list`].
    #[inline]
    pub fn give_back_value_list(&mut self, list: Vec<Value>) {
        keep_spare(&mut self.value_lists, list, SPARE_LISTS);
    }

    /// An empty value list with room for `n` values (a call's arguments), reusing a freed
    /// record's argument storage when there is one.
    pub fn take_value_list(&mut self, n: usize) -> Vec<Value> {
        match self.value_lists.pop() {
            Some(mut list) => {
                list.reserve(n);
                list
            }
            None => Vec::with_capacity(n),
        }
    }

    #[inline]
    pub fn env(&self, id: EnvId) -> &Env {
        self.envs[id.0 as usize]
            .as_ref()
            .expect("a live EnvId points at a live environment")
    }

    #[inline]
    pub fn env_mut(&mut self, id: EnvId) -> &mut Env {
        self.envs[id.0 as usize]
            .as_mut()
            .expect("a live EnvId points at a live environment")
    }

    /// The engine's count of heap bytes: what the last collection found live plus what was
    /// allocated since (garbage not yet collected included).
    pub fn heap_bytes(&self) -> usize {
        self.live_bytes.saturating_add(allocated_bytes())
    }

    /// Live objects and environments (for benchmarks and tests of the collector).
    pub fn live_counts(&self) -> (usize, usize) {
        (
            self.objects.len() - self.free_objects.len(),
            self.envs.len() - self.free_envs.len(),
        )
    }
}
