//! The chumsky parser. (Being written.)
use crate::{ast::Program, Diagnostic};

pub fn parse_script(_source: &str) -> Result<Program, Vec<Diagnostic>> {
    Err(vec![Diagnostic::syntax(
        "parser not written yet",
        crate::Span::default(),
    )])
}
