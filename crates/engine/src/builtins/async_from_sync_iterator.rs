//! %AsyncFromSyncIteratorPrototype% (ECMA-262 §27.1.6).

use crate::abstract_ops::operations_on_iterator_objects::IteratorRecord;
use crate::{Agent, JsResult};

/// CreateAsyncFromSyncIterator ( syncIteratorRecord ) (§27.1.6.1)
#[doc(alias = "CreateAsyncFromSyncIterator")]
pub fn create_async_from_sync_iterator(
    agent: &mut Agent,
    _sync: IteratorRecord,
) -> JsResult<IteratorRecord> {
    Err(agent.type_error("for await over a sync iterable is not supported yet"))
}
