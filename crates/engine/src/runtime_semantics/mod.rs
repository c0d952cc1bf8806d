//! Runtime semantics (ECMA-262 §13–15): the evaluator machine and the evaluation of
//! expressions, statements, functions, classes and patterns as machine steps.

pub mod call_printer;
pub mod expressions;
pub mod for_in_of;
pub mod frames;
pub mod functions;
pub mod machine;
pub mod operators;
pub mod patterns;
pub mod scope_analysis;
pub mod statements;
