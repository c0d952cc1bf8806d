//! The heap: objects and environment records in arenas addressed by small integer ids.
//!
//! Ids are cheap to copy, stable (they name objects in traces as `#12`) and make cycles
//! harmless. Freed slots are reused; the collector (`gc.rs`) decides what is free.

use crate::environment::Env;
use crate::object::Object;
use std::fmt;

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
    /// The allocation count that triggers the next collection (set by `gc::collect`).
    pub gc_trigger: usize,
    /// What the collector did so far.
    pub stats: crate::gc::HeapStats,
    /// Births and the roots of Rust code waiting in nested machine loops (see `gc`).
    pub native_roots: crate::gc::NativeRoots,
}

impl<'a> Heap<'a> {
    pub fn alloc(&mut self, object: Object<'a>) -> ObjectId {
        self.allocated_since_gc += 1;
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

    /// Live objects and environments (for benchmarks and tests of the collector).
    pub fn live_counts(&self) -> (usize, usize) {
        (
            self.objects.len() - self.free_objects.len(),
            self.envs.len() - self.free_envs.len(),
        )
    }
}
