//! The text form of `mini-js trace`: one line per event, phase markers between the script,
//! each microtask checkpoint and each timer, jobs as headings, citations at the end.

use super::Filter;
use mini_js_host_node::trace::{EventKind, TraceEvent};
use std::collections::HashMap;
use std::io::Write;

/// `[§27.2.5.4.1 PerformPromiseThen step 10.c]`, or `[host timers]`.
pub fn citation(e: &TraceEvent) -> String {
    let op = e.operation.unwrap_or("");
    match (e.clause, e.step) {
        (Some(c), Some(s)) => format!("[§{c} {op} step {s}]"),
        (Some(c), None) => format!("[§{c} {op}]"),
        (None, _) => format!("[host {op}]"),
    }
}

/// Streams events as text; remembers only what `--queue` needs (the waiting jobs' wording).
pub struct TextRenderer {
    filter: Filter,
    show_queue: bool,
    waiting: HashMap<u64, String>,
}

impl TextRenderer {
    pub fn new(filter: Filter, show_queue: bool) -> TextRenderer {
        TextRenderer {
            filter,
            show_queue,
            waiting: HashMap::new(),
        }
    }

    fn queue_line(&self, e: &TraceEvent, w: &mut dyn Write) {
        if let Some(q) = &e.queue {
            let items: Vec<String> = q
                .iter()
                .map(|id| match self.waiting.get(id) {
                    Some(d) => format!("job {id} ({d})"),
                    None => format!("job {id}"),
                })
                .collect();
            let shown = if items.is_empty() {
                "empty".to_string()
            } else {
                items.join(", ")
            };
            let _ = writeln!(w, "     │     queue: {shown}");
        }
    }

    pub fn render(&mut self, e: &TraceEvent, w: &mut dyn Write) {
        if self.show_queue {
            match e.kind {
                EventKind::Enqueue => {
                    if let Some(id) = e.enqueued {
                        let what = e
                            .text
                            .split_once(": ")
                            .map_or(e.text.as_str(), |x| x.1)
                            .split(", because")
                            .next()
                            .unwrap_or("");
                        let short: String = what.chars().take(48).collect();
                        let short = if what.chars().count() > 48 {
                            format!("{short}…")
                        } else {
                            short
                        };
                        self.waiting.insert(id, short);
                    }
                }
                EventKind::Job => {
                    if let Some(id) = e.id {
                        self.waiting.remove(&id);
                    }
                }
                _ => {}
            }
        }
        if !self.filter.keeps(e) {
            return;
        }
        let at = match e.line {
            Some(l) => format!("{l:>4} │ "),
            None => "     │ ".to_string(),
        };
        let cite = citation(e);
        match e.kind {
            EventKind::Phase => {
                let _ = writeln!(w, "── {} ──", e.text);
            }
            EventKind::Job => {
                let _ = writeln!(w, "▶ {} {cite}", e.text);
                self.queue_line(e, w);
            }
            EventKind::Console => {
                let stream = match e.stream {
                    Some(mini_js_host_node::trace::Stream::Stderr) => "stderr",
                    _ => "stdout",
                };
                let data = e.data.as_deref().unwrap_or("");
                let _ = writeln!(w, "{at}▷ {stream}: {data}");
            }
            _ => {
                let _ = writeln!(w, "{at}{}  {cite}", e.text);
                if e.kind == EventKind::Enqueue {
                    self.queue_line(e, w);
                }
            }
        }
    }
}
