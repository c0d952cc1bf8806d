//! The garbage collector: mark-sweep over the heap's arenas, run at safe points of the
//! machine loop. (Marking arrives with the job queue; until then it only resets the count.)

use crate::Agent;

/// Allocations between collections.
pub const GC_THRESHOLD: usize = 200_000;

pub fn collect(agent: &mut Agent) {
    agent.heap.allocated_since_gc = 0;
}
