//! mini-js front end: the logos lexer, the chumsky parser, the spanned AST, early errors and
//! diagnostics rendered with ariadne.

pub mod ast;
pub mod diagnostic;
pub mod lexer;
pub mod parser;
pub mod sexpr;

pub use ast::{Program, Span};
pub use diagnostic::Diagnostic;

/// Parses a script (ECMA-262 §16.1) into its AST, or returns every syntax error found.
pub fn parse_script(source: &str) -> Result<Program, Vec<Diagnostic>> {
    parser::parse_script(source)
}
