//! The host's own state in the agent: the engine keeps it as [[HostDefined]]
//! (`agent.host.defined`) and asks it for its GC roots; [`HostData`] reads it back as the
//! [`Host`] both hosts of this crate use.

use crate::{execution, gc, Host, RunOptions};

impl Host {
    /// The state of a new run with these options.
    pub fn new(options: RunOptions) -> Host {
        Host {
            options,
            ..Host::default()
        }
    }
}

impl execution::host_state::HostDefined for Host {
    /// The queues, `process`, the remembered rejections and the timers hold heap values.
    fn trace_roots(&self, m: &mut gc::Marker) {
        use crate::gc::Trace;
        self.node.for_each_value(&mut |v| v.trace(m));
        for p in &self.pending_rejections {
            m.object(*p);
        }
        self.timers.for_each_value(&mut |v| v.trace(m));
    }
}

/// The host's own state in the agent (`agent.host.data()`): the engine keeps it as
/// [[HostDefined]]; both hosts of this crate use [`Host`].
pub trait HostData {
    fn data(&self) -> &Host;
    fn data_mut(&mut self) -> &mut Host;
}

impl HostData for execution::host_state::HostState {
    fn data(&self) -> &Host {
        self.get::<Host>()
            .expect("the agent runs a host of mini-js-host-node")
    }
    fn data_mut(&mut self) -> &mut Host {
        self.get_mut::<Host>()
            .expect("the agent runs a host of mini-js-host-node")
    }
}

impl Host {
    /// A message as console prints it: every line with the current group indentation and
    /// a newline.
    pub fn indented_lines(&self, text: &str) -> String {
        let indent = " ".repeat(self.group_indent * 2);
        let mut out = String::with_capacity(text.len() + indent.len() + 1);
        for line in text.split('\n') {
            out.push_str(&indent);
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}
