//! Jobs and the job queue (ECMA-262 §9.5): HostEnqueuePromiseJob appends to the microtask
//! queue; jobs are data.

use std::collections::VecDeque;

/// A job waiting in the queue. (The promise jobs arrive with the Promise library.)
pub enum Job {}

#[derive(Default)]
pub struct JobQueue {
    pub microtasks: VecDeque<Job>,
}
