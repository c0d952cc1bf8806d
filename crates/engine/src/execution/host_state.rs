//! What the agent keeps for its host: the output the program wrote, the run's limits, where
//! errors were created, and the host's own state ([[HostDefined]], §9.3 and §16.1.4: "field
//! reserved for use by hosts"), which the engine only stores and traces.

use crate::gc::Marker;
use crate::heap::ObjectId;
use std::any::Any;

/// The host's own state for one run (Node's queues and timers, console counters, ...): the
/// engine stores it in [`HostState::defined`] and asks it for its roots when it collects.
pub trait HostDefined: Any {
    /// Marks every heap value the host's state holds (a queued callback, a timer's
    /// arguments, a remembered promise): the collector's roots outside the engine.
    fn trace_roots(&self, m: &mut Marker);
}

/// A host that keeps no state of its own.
impl HostDefined for () {
    fn trace_roots(&self, _m: &mut Marker) {}
}

/// The agent's host side: the printed text, the limits' counters, error sites, and the
/// host-defined state.
pub struct HostState {
    /// What the program printed, when no `AgentOptions::output` sink takes it.
    pub stdout: String,
    pub stderr: String,
    /// The clock and counters of the run's limits.
    pub limits: crate::limits::LimitState,
    /// Where each error object was created (the position of its first stack frame), to
    /// show an unhandled rejection's reason at its origin. Every error creation writes its
    /// id, so an id reused after collection never shows another object's site.
    pub error_sites: rustc_hash::FxHashMap<ObjectId, mini_js_syntax::ast::Span>,
    /// The host's own state ([[HostDefined]]).
    pub defined: Box<dyn HostDefined>,
}

impl HostState {
    /// A host state holding `defined`.
    pub fn new(defined: Box<dyn HostDefined>) -> HostState {
        HostState {
            stdout: String::new(),
            stderr: String::new(),
            limits: Default::default(),
            error_sites: Default::default(),
            defined,
        }
    }

    /// The host's own state, as the host's type `T`; `None` when another host runs.
    pub fn get<T: HostDefined>(&self) -> Option<&T> {
        (&*self.defined as &dyn Any).downcast_ref::<T>()
    }

    /// The host's own state, as the host's type `T`, mutably.
    pub fn get_mut<T: HostDefined>(&mut self) -> Option<&mut T> {
        (&mut *self.defined as &mut dyn Any).downcast_mut::<T>()
    }
}

impl Default for HostState {
    /// No host state (a run that ended before its agent existed).
    fn default() -> HostState {
        HostState::new(Box::new(()))
    }
}
