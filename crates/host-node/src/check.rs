//! Running a script and checking what it printed: the entry points of `mini-js run` and
//! `mini-js check` and of embedders.

use crate::{RunOptions, RunOutput};

/// Parses and runs a script the way `mini-js run` does, returning what it printed.
/// Safe to call with any input: it never panics on bad programs.
pub fn run_script(filename: &str, source: &str, options: &RunOptions) -> RunOutput {
    crate::run::run_script(filename, source, options)
}

/// The answer to "does this program print `expected`?" — what quiz sites and other tools
/// embed mini-js for. Lines are compared exactly, except that a missing final newline in
/// `expected` is forgiven.
#[derive(Clone, Debug)]
pub struct Check {
    /// Whether stdout (and the exit status, when one was expected) matched.
    pub matches: bool,
    /// The run itself: stdout, stderr, exit status.
    pub output: RunOutput,
    /// The first line (1-based) where stdout and `expected` differ, if they do.
    pub first_difference: Option<usize>,
}

/// Runs `source` and compares its stdout with `expected` (and its exit status with
/// `expected_status`, when given).
pub fn check(
    filename: &str,
    source: &str,
    expected: &str,
    expected_status: Option<i32>,
    options: &RunOptions,
) -> Check {
    let output = run_script(filename, source, options);
    let normalize = |s: &str| s.strip_suffix('\n').unwrap_or(s).to_string();
    let (got, want) = (normalize(&output.stdout), normalize(expected));
    let first_difference = if got == want {
        None
    } else {
        let mut g = got.lines();
        let mut w = want.lines();
        let mut line = 1;
        loop {
            match (g.next(), w.next()) {
                (Some(a), Some(b)) if a == b => line += 1,
                _ => break Some(line),
            }
        }
    };
    let status_ok = expected_status.is_none_or(|s| s == output.exit_code);
    Check {
        // A run stopped by a limit never matches: its output is cut short.
        matches: first_difference.is_none() && status_ok && output.stopped.is_none(),
        output,
        first_difference,
    }
}
