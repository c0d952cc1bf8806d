//! mini-js front end: the logos lexer, the chumsky parser, the spanned AST, early errors and
//! diagnostics rendered with ariadne.

pub mod ast;
pub mod diagnostic;
pub mod lexer;
pub mod parser;
pub mod regexp;
pub mod sexpr;

pub use ast::{Program, Span};
pub use diagnostic::Diagnostic;
pub use parser::{ParseOptions, DEFAULT_MAX_NESTING_DEPTH, MAX_DIAGNOSTICS};

/// Parses a script (ECMA-262 §16.1) into its AST, or returns every syntax error found.
pub fn parse_script(source: &str) -> Result<Program, Vec<Diagnostic>> {
    parser::parse_script(source)
}

/// Parses a file with the Module goal (§16.2): strict, with top-level `await`.
pub fn parse_module_with(source: &str, options: &ParseOptions) -> Result<Program, Vec<Diagnostic>> {
    parser::parse_module_with(source, options)
}

/// [`parse_script`] with explicit limits (the nesting depth).
pub fn parse_script_with(source: &str, options: &ParseOptions) -> Result<Program, Vec<Diagnostic>> {
    parser::parse_script_with(source, options)
}

/// [`parse_script`] by the parser's reference grammar alone (tests compare it with the
/// shortcuts [`parse_script`] takes).
#[doc(hidden)]
pub fn parse_script_reference(source: &str) -> Result<Program, Vec<Diagnostic>> {
    parser::parse_script_reference(source)
}
