//! Jobs and the job queue (ECMA-262 §9.5): HostEnqueuePromiseJob appends to the microtask
//! queue; jobs are data, so the queue is traceable, printable and collectable.
//!
//! The Job Abstract Closures of §27.2.2 are the variants of [`Job`]; their steps live beside
//! the rest of the promise machinery in `builtins/promise.rs`, and [`run_job`] dispatches.

use crate::builtins::promise::PromiseReaction;
use crate::heap::ObjectId;
use crate::value::Value;
use crate::{Agent, JsResult};
use std::collections::VecDeque;

/// A job waiting in the microtask queue.
#[derive(Clone, Debug)]
pub enum Job {
    /// The job of NewPromiseReactionJob ( reaction, argument ) (§27.2.2.1).
    PromiseReaction {
        reaction: PromiseReaction,
        argument: Value,
    },
    /// The job of NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )
    /// (§27.2.2.2).
    PromiseResolveThenable {
        promise: ObjectId,
        thenable: ObjectId,
        then: ObjectId,
    },
    /// A queueMicrotask(callback) job (HTML's "queue a microtask", as Node runs it).
    Microtask { callback: ObjectId },
}

impl Job {
    /// The clause whose closure the job runs (for the trace).
    pub fn clause(&self) -> &'static str {
        match self {
            Job::PromiseReaction { .. } => "§27.2.2.1 NewPromiseReactionJob",
            Job::PromiseResolveThenable { .. } => "§27.2.2.2 NewPromiseResolveThenableJob",
            Job::Microtask { .. } => "host queueMicrotask",
        }
    }

    /// A one-line description for the trace.
    pub fn describe(&self) -> String {
        use crate::builtins::promise::{ReactionHandler, ReactionType};
        match self {
            Job::PromiseReaction { reaction, .. } => {
                let kind = match reaction.kind {
                    ReactionType::Fulfill => "fulfill",
                    ReactionType::Reject => "reject",
                };
                let handler = match &reaction.handler {
                    ReactionHandler::Empty => "empty".to_string(),
                    ReactionHandler::Callable(f) => format!("handler {f:?}"),
                    ReactionHandler::Resume(h) => format!("resume {h:?}"),
                    ReactionHandler::AsyncGeneratorAwaitReturn(g) => {
                        format!("AsyncGeneratorAwaitReturn {g:?}")
                    }
                    ReactionHandler::AsyncFromSyncUnwrap { done } => {
                        format!("Async-from-Sync unwrap (done {done})")
                    }
                    ReactionHandler::AsyncFromSyncClose { iterator } => {
                        format!("Async-from-Sync closeIterator {iterator:?}")
                    }
                };
                let derived = match reaction.capability.as_ref().map(|c| &c.promise) {
                    Some(Value::Object(p)) => format!(" -> {p:?}"),
                    _ => String::new(),
                };
                format!("PromiseReactionJob ({kind}, {handler}{derived})")
            }
            Job::PromiseResolveThenable {
                promise,
                thenable,
                then,
            } => format!(
                "PromiseResolveThenableJob (promise {promise:?}, thenable {thenable:?}, then {then:?})"
            ),
            Job::Microtask { callback } => format!("microtask (callback {callback:?})"),
        }
    }

    /// The objects the job holds (for the trace, and the collector's roots).
    pub fn objects(&self) -> Vec<ObjectId> {
        use crate::builtins::promise::ReactionHandler;
        match self {
            Job::PromiseReaction { reaction, argument } => {
                let mut v = Vec::new();
                match reaction.handler {
                    ReactionHandler::Callable(f)
                    | ReactionHandler::Resume(f)
                    | ReactionHandler::AsyncGeneratorAwaitReturn(f)
                    | ReactionHandler::AsyncFromSyncClose { iterator: f } => v.push(f),
                    ReactionHandler::Empty | ReactionHandler::AsyncFromSyncUnwrap { .. } => {}
                }
                if let Some(c) = &reaction.capability {
                    c.for_each_value(&mut |x| {
                        if let Value::Object(o) = x {
                            v.push(*o);
                        }
                    });
                }
                if let Value::Object(o) = argument {
                    v.push(*o);
                }
                v
            }
            Job::PromiseResolveThenable {
                promise,
                thenable,
                then,
            } => vec![*promise, *thenable, *then],
            Job::Microtask { callback } => vec![*callback],
        }
    }
}

/// The microtask queue (FIFO), with sequence numbers for the trace.
#[derive(Default)]
pub struct JobQueue {
    pub microtasks: VecDeque<Job>,
    /// Jobs enqueued so far: the next job gets number `enqueued + 1`.
    pub enqueued: u64,
    /// Jobs taken from the queue so far (FIFO, so job numbers are taken in order).
    pub run: u64,
}

/// HostEnqueuePromiseJob ( job, realm ) (§9.5.5): appends the job to the microtask queue.
/// `cause` names the spec step that enqueued it (for the trace).
#[doc(alias = "HostEnqueuePromiseJob")]
pub fn host_enqueue_promise_job(agent: &mut Agent, job: Job, cause: &'static str) {
    crate::execution::host_hooks::host_enqueue_promise_job(agent, job, cause);
}

/// Runs one job to completion. An abrupt result is an uncaught exception (HostReportErrors).
pub fn run_job(agent: &mut Agent, job: Job) -> JsResult<Value> {
    match job {
        Job::PromiseReaction { reaction, argument } => {
            crate::builtins::promise::promise_reaction_job(agent, reaction, argument)
        }
        Job::PromiseResolveThenable {
            promise,
            thenable,
            then,
        } => crate::builtins::promise::promise_resolve_thenable_job(agent, promise, thenable, then),
        Job::Microtask { callback } => crate::execution::host_hooks::host_call_job_callback(
            agent,
            &Value::Object(callback),
            Value::Undefined,
            &[],
            &[],
        ),
    }
}

/// Takes the next job from the queue (FIFO), with its sequence number.
pub fn next_job(agent: &mut Agent) -> Option<(u64, Job)> {
    let job = agent.jobs.microtasks.pop_front()?;
    agent.jobs.run += 1;
    Some((agent.jobs.run, job))
}
