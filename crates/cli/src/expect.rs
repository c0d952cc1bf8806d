//! Expected output written in the script itself, as clox's tests do:
//!
//! ```js
//! console.log('hi'); // expect: hi
//! // expect: second line
//! // expect-status: 0
//! ```
//!
//! `// expect: TEXT` comments give the stdout lines in order (the text after `// expect: `,
//! exactly; `// expect:` alone is an empty line), `// expect-status: N` the exit status.

use crate::{Expected, Outcome};

const EXPECT: &str = "// expect:";
const EXPECT_STATUS: &str = "// expect-status:";

/// The expectations written in `source`, or `None` when it has no `// expect:` or
/// `// expect-status:` comment.
///
/// ```
/// let src = "console.log(1); // expect: 1\nconsole.log(2);\n// expect: 2\n// expect-status: 0\n";
/// let e = mini_js::expectations_from_comments(src).unwrap();
/// assert_eq!(e, mini_js::Expected::lines(["1", "2"]).status(0));
/// assert!(mini_js::expectations_from_comments("console.log(1)").is_none());
/// ```
pub fn expectations_from_comments(source: &str) -> Option<Expected> {
    let mut lines = Vec::new();
    let mut status = None;
    let mut found = false;
    for line in source.lines() {
        if let Some(at) = line.find(EXPECT_STATUS) {
            found = true;
            status = line[at + EXPECT_STATUS.len()..].trim().parse().ok();
        } else if let Some(at) = line.find(EXPECT) {
            found = true;
            let text = &line[at + EXPECT.len()..];
            lines.push(text.strip_prefix(' ').unwrap_or(text).to_string());
        }
    }
    found.then(|| {
        let e = Expected::lines(lines);
        match status {
            Some(s) => e.status(s),
            None => e,
        }
    })
}

/// `source` with its `// expect:` comments rewritten from `outcome`: comment-only
/// expectation lines are removed, inline ones cut off, and one `// expect: LINE` per printed
/// line (and `// expect-status: N` when the status is not 0) is written where the first
/// comment-only one was, or at the end.
///
/// ```
/// let src = "console.log('a');\n// expect: old\n";
/// let outcome = mini_js::run(src, &Default::default());
/// assert_eq!(
///     mini_js::update_expectations(src, &outcome),
///     "console.log('a');\n// expect: a\n"
/// );
/// ```
pub fn update_expectations(source: &str, outcome: &Outcome) -> String {
    let mut block = String::new();
    for line in outcome.lines() {
        block.push_str(EXPECT);
        if !line.is_empty() {
            block.push(' ');
            block.push_str(line);
        }
        block.push('\n');
    }
    if outcome.status != 0 {
        block.push_str(&format!("{EXPECT_STATUS} {}\n", outcome.status));
    }
    let mut out = String::with_capacity(source.len() + block.len());
    let mut placed = false;
    for line in source.split_inclusive('\n') {
        let at = line.find(EXPECT_STATUS).or_else(|| line.find(EXPECT));
        match at {
            Some(at) if line[..at].trim().is_empty() => {
                if !placed {
                    out.push_str(&block);
                    placed = true;
                }
            }
            Some(at) => {
                out.push_str(line[..at].trim_end());
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    if !placed {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        if !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&block);
    }
    out
}
