//! The host hooks (ECMA-262 §9.5 and the host-defined steps of §9.6, §27.2.1.9): the one
//! boundary between the spec's code and whatever embeds it.
//!
//! The engine never decides host policy itself. Where the spec says "host-defined" it calls
//! the free functions below, which dispatch to the [`Host`] installed in the agent
//! (`agent.hooks`). Two hosts exist today, both in the crate `mini-js-host-node`, which
//! depends on this one (host → engine → syntax; the engine names no host):
//!
//! - `NodeHost` (the default, `--host node`): Node's event loop with its nextTick queue,
//!   immediates, timers phase, `process`, console and `util.inspect`, and its
//!   unhandled-rejection policy;
//! - `SpecHost` (`--host spec`): only the jobs ECMA-262 defines (promise jobs) plus timers,
//!   drained in FIFO order.
//!
//! A hook the spec gives a default behaviour (or recommends one) has it here, so a host
//! overrides only what it changes; what only a host can know — its state, its globals,
//! timeouts and the event loop — every host provides. A hook receives the agent by
//! `&mut` and the host by `&self`: hosts keep their mutable state in the agent
//! (`agent.host.defined`, a [`HostDefined`] the host creates and whose roots it traces),
//! which is what lets [`Agent`] call them without borrowing itself twice.

use crate::builtins::promise::RejectionOperation;
use crate::execution::host_state::HostDefined;
use crate::execution::jobs::Job;
use crate::heap::ObjectId;
use crate::value::Value;
use crate::{Abrupt, Agent, JsResult};

/// A host: the hooks ECMA-262 leaves to the embedder, plus the event loop that runs jobs
/// "at some future point in time, when there is no running execution context" (§9.5).
pub trait Host {
    /// The host's name (`node`, `spec`), for messages and the trace.
    fn name(&self) -> &'static str;

    /// The host's own state for a new agent ([[HostDefined]]), kept in `agent.host.defined`.
    fn host_defined(&self) -> Box<dyn HostDefined>;

    /// The host-defined part of InitializeHostDefinedRealm ( ) (§9.6 step 10): the global
    /// object's host properties (console, timers, and the host's own globals).
    #[doc(alias = "InitializeHostDefinedRealm")]
    fn install_globals(&self, agent: &mut Agent);

    /// The host's clock in ms since the run started (the time trace events carry); a host
    /// without a clock says 0.
    fn now(&self, agent: &Agent) -> f64 {
        let _ = agent;
        0.0
    }

    /// The time value (ms since the epoch, UTC) "identifying the current time" (§21.4.2.1
    /// step 3.a, §21.4.3.1): what `Date.now()` and `new Date()` read. Implementation-defined;
    /// the default is the epoch plus the host's clock.
    fn time_value_now(&self, agent: &Agent) -> f64 {
        self.now(agent).floor()
    }

    /// HostEnqueuePromiseJob ( job, realm ) (§9.5.5, `#sec-hostenqueuepromisejob`): the
    /// job runs after the running execution context is gone, in FIFO order with the other
    /// promise jobs.
    #[doc(alias = "HostEnqueuePromiseJob")]
    fn enqueue_promise_job(&self, agent: &mut Agent, job: Job, cause: &'static str) {
        agent.jobs.enqueued += 1;
        crate::trace::job_enqueued(agent, cause, &job);
        agent.jobs.microtasks.push_back(job);
    }

    /// HostPromiseRejectionTracker ( promise, operation ) (§27.2.1.9,
    /// `#sec-host-promise-rejection-tracker`): the default implementation returns unused.
    #[doc(alias = "HostPromiseRejectionTracker")]
    fn promise_rejection_tracker(
        &self,
        agent: &mut Agent,
        promise: ObjectId,
        operation: RejectionOperation,
    ) {
        let _ = (agent, promise, operation);
    }

    /// HostMakeJobCallback ( callback ) (§9.5.2, `#sec-hostmakejobcallback`): the default
    /// keeps no host data, so the JobCallback Record is the function itself.
    #[doc(alias = "HostMakeJobCallback")]
    fn make_job_callback(&self, _agent: &mut Agent, callback: ObjectId) -> ObjectId {
        callback
    }

    /// HostCallJobCallback ( jobCallback, V, argumentsList ) (§9.5.3,
    /// `#sec-hostcalljobcallback`): Call(jobCallback.[[Callback]], V, argumentsList), run
    /// at native depth 0 so the collector may run inside it; `roots` stay alive meanwhile.
    #[doc(alias = "HostCallJobCallback")]
    fn call_job_callback(
        &self,
        agent: &mut Agent,
        callback: &Value,
        this: Value,
        args: &[Value],
        roots: &[Value],
    ) -> JsResult<Value> {
        crate::runtime_semantics::machine::host_call_job_callback(
            agent, callback, this, args, roots,
        )
    }

    /// HostEnqueueGenericJob ( job, realm ) (§9.5.4, `#sec-hostenqueuegenericjob`): a job
    /// with no ordering constraint against promise jobs. Nothing in the subset's spec code
    /// enqueues one (FinalizationRegistry and Atomics are out of scope); hosts use it for
    /// their own macrotasks (Node's setImmediate).
    #[doc(alias = "HostEnqueueGenericJob")]
    fn enqueue_generic_job(&self, agent: &mut Agent, job: HostJob) -> JsResult<()> {
        let _ = job;
        Err(agent.type_error(format!(
            "the {} host has no generic job queue (HostEnqueueGenericJob)",
            self.name()
        )))
    }

    /// HostEnqueueTimeoutJob ( timeoutJob, realm, milliseconds ) (§9.5.6,
    /// `#sec-hostenqueuetimeoutjob`): the job runs after at least `milliseconds`; returns
    /// the timer's id. The hosts of `mini-js-host-node` use Node's timer lists on the
    /// virtual clock; setTimeout and setInterval are built on them.
    #[doc(alias = "HostEnqueueTimeoutJob")]
    fn enqueue_timeout_job(&self, agent: &mut Agent, job: HostJob, milliseconds: f64) -> u32;

    /// Runs the jobs until none is left or the host stops: the event loop. `script` is the
    /// script's own completion (ScriptEvaluation); returns the exit status.
    fn run_jobs(&self, agent: &mut Agent, script: Result<Value, Abrupt>) -> i32;
}

/// A job the host runs by calling a function: a timer's, an immediate's or a nextTick's
/// callback with its arguments (and, for timers, the Timeout object as `this`).
#[derive(Clone, Debug)]
pub struct HostJob {
    pub callback: ObjectId,
    pub args: Vec<Value>,
}

/// HostEnqueuePromiseJob ( job, realm ) (§9.5.5) through the agent's host.
#[doc(alias = "HostEnqueuePromiseJob")]
pub fn host_enqueue_promise_job(agent: &mut Agent, job: Job, cause: &'static str) {
    let host = agent.hooks.clone();
    host.enqueue_promise_job(agent, job, cause);
}

/// HostPromiseRejectionTracker ( promise, operation ) (§27.2.1.9) through the agent's host.
#[doc(alias = "HostPromiseRejectionTracker")]
pub fn host_promise_rejection_tracker(
    agent: &mut Agent,
    promise: ObjectId,
    operation: RejectionOperation,
) {
    let host = agent.hooks.clone();
    host.promise_rejection_tracker(agent, promise, operation);
}

/// HostCallJobCallback ( jobCallback, V, argumentsList ) (§9.5.3) through the agent's host.
#[doc(alias = "HostCallJobCallback")]
pub fn host_call_job_callback(
    agent: &mut Agent,
    callback: &Value,
    this: Value,
    args: &[Value],
    roots: &[Value],
) -> JsResult<Value> {
    let host = agent.hooks.clone();
    host.call_job_callback(agent, callback, this, args, roots)
}

/// HostEnqueueGenericJob ( job, realm ) (§9.5.4) through the agent's host.
#[doc(alias = "HostEnqueueGenericJob")]
pub fn host_enqueue_generic_job(agent: &mut Agent, job: HostJob) -> JsResult<()> {
    let host = agent.hooks.clone();
    host.enqueue_generic_job(agent, job)
}

/// HostEnqueueTimeoutJob ( timeoutJob, realm, milliseconds ) (§9.5.6) through the agent's
/// host; returns the timer's id.
#[doc(alias = "HostEnqueueTimeoutJob")]
pub fn host_enqueue_timeout_job(agent: &mut Agent, job: HostJob, milliseconds: f64) -> u32 {
    let host = agent.hooks.clone();
    host.enqueue_timeout_job(agent, job, milliseconds)
}

/// The current time value through the agent's host (`Date.now()`).
pub fn host_time_value_now(agent: &Agent) -> f64 {
    agent.hooks.time_value_now(agent)
}

/// The host's clock in ms (for trace events).
pub fn host_now(agent: &Agent) -> f64 {
    agent.hooks.now(agent)
}

/// A host for the engine's own unit tests: no globals, no timers, no event loop.
#[cfg(test)]
pub(crate) struct TestHost;

#[cfg(test)]
impl Host for TestHost {
    fn name(&self) -> &'static str {
        "test"
    }
    fn host_defined(&self) -> Box<dyn HostDefined> {
        Box::new(())
    }
    fn install_globals(&self, _agent: &mut Agent) {}
    fn enqueue_timeout_job(&self, _agent: &mut Agent, _job: HostJob, _ms: f64) -> u32 {
        0
    }
    fn run_jobs(&self, _agent: &mut Agent, _script: Result<Value, Abrupt>) -> i32 {
        0
    }
}
