//! Executable code and execution contexts (ECMA-262 §9): the agent, the evaluator machine's
//! execution contexts and the job queue.

pub mod agent;
pub mod host_hooks;
pub mod host_state;
pub mod jobs;
