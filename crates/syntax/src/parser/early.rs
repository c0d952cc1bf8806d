//! Early errors (ECMA-262 "Static Semantics: Early Errors") that need more than one production
//! to see, and strictness propagated into nested functions.

use crate::ast::*;
use crate::lexer::StrictNote;
use crate::Diagnostic;

pub(crate) fn check(
    program: &mut Program,
    source: &str,
    notes: &[(Span, StrictNote)],
    diags: &mut Vec<Diagnostic>,
) {
    let _ = (program, source, notes, diags);
}
