//! Abstract operations (ECMA-262 §7).

pub mod bigint;
pub mod operations_on_iterator_objects;
pub mod operations_on_objects;
pub mod testing_comparison;
pub mod type_conversion;

pub use operations_on_iterator_objects::iterable_to_list;
pub use operations_on_objects::*;
pub use testing_comparison::*;
pub use type_conversion::*;

use crate::value::Value;

/// The argument at `i`, or undefined when absent.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::Undefined)
}
