//! Host-defined behaviour (ECMA-262 §9.5 host hooks, and everything the spec leaves to the
//! host): console, the run loop, output formatting and error wording. Spec code never prints;
//! it calls into here.

pub mod console;
pub mod format;
pub mod inspect;
pub mod run;

use crate::Agent;

/// The host's state for one run: what was printed, and console bookkeeping.
#[derive(Default)]
pub struct Host {
    pub stdout: String,
    pub stderr: String,
    /// console.group nesting, in units of two spaces.
    pub group_indent: usize,
    /// console.count labels.
    pub counts: rustc_hash::FxHashMap<String, u64>,
}

impl Host {
    /// Writes a line to stdout or stderr with the current group indentation.
    pub fn write_line(&mut self, to_stderr: bool, text: &str) {
        let out = if to_stderr {
            &mut self.stderr
        } else {
            &mut self.stdout
        };
        let indent = " ".repeat(self.group_indent * 2);
        for line in text.split('\n') {
            out.push_str(&indent);
            out.push_str(line);
            out.push('\n');
        }
    }
}

/// Installs the host's globals: console and friends.
pub fn install_host_globals(agent: &mut Agent) {
    console::init(agent);
}

/// Renders the trace, one event per line.
pub fn render_trace(agent: &Agent, t: &crate::trace::Tracer) -> String {
    let mut out = String::new();
    for e in &t.events {
        let loc = match e.span {
            Some(s) => {
                let (line, _) =
                    mini_js_syntax::diagnostic::line_col(agent.source, s.start as usize);
                format!(" (line {line})")
            }
            None => String::new(),
        };
        out.push_str(&format!("[{}] {}{}\n", e.clause, e.what, loc));
    }
    out
}
