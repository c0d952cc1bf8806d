//! Runtime semantics (ECMA-262 §13–16): the evaluator machine and the evaluation of
//! expressions, statements, functions, classes, patterns and scripts as machine steps.

pub mod call_printer;
pub mod expressions;
pub mod for_in_of;
pub mod frames;
pub mod functions;
pub mod machine;
pub mod operators;
pub mod patterns;
pub mod pure;
pub mod scope_analysis;
pub mod script;
pub mod statements;
