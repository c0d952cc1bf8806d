//! The library's trace API: typed events streamed to a sink while the program runs.

use mini_js_host_node::trace::{EventKind, JobSource, TraceHandle};
use mini_js_host_node::{run_script, RunOptions};
use std::collections::HashMap;

const PUZZLE: &str = "async function first() { console.log(1); await second(); console.log(2); }\n\
async function second() { console.log(3); await null; }\n\
console.log(5); first(); Promise.resolve().then(() => console.log(4)); console.log(6);\n\
setTimeout(() => console.log(7), 0);\n";

#[test]
fn events_stream_in_order_with_their_causes() {
    let (handle, events) = TraceHandle::collect();
    let options = RunOptions {
        trace: Some(handle),
        ..RunOptions::default()
    };
    let out = run_script("puzzle.js", PUZZLE, &options);
    assert_eq!(out.stdout, "5\n1\n3\n6\n4\n2\n7\n");
    let events = events.lock().expect("the run is over");
    for (i, e) in events.iter().enumerate() {
        assert_eq!(e.seq, i as u64);
    }
    let printed: Vec<&str> = events
        .iter()
        .filter(|e| e.kind == EventKind::Console)
        .map(|e| e.data.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(printed, ["5", "1", "3", "6", "4", "2", "7"]);
    // Every console event's chain ends at the script or a timer.
    let enqueue_job: HashMap<u64, u64> = events
        .iter()
        .filter_map(|e| e.enqueued.map(|id| (id, e.job)))
        .collect();
    let source: HashMap<u64, JobSource> = events
        .iter()
        .filter_map(|e| Some((e.id?, e.source?)))
        .collect();
    for e in events.iter().filter(|e| e.kind == EventKind::Console) {
        assert!(e.line.is_some(), "{e:?}");
        let mut job = e.job;
        while job != 0 && source.get(&job) != Some(&JobSource::Timer) {
            job = enqueue_job[&job];
        }
    }
    // The job that printed 2 was queued by the fulfilment of second()'s promise.
    let two = events
        .iter()
        .find(|e| e.data.as_deref() == Some("2"))
        .unwrap();
    let enqueue = events
        .iter()
        .find(|e| e.enqueued == Some(two.job))
        .expect("the job that printed 2 was enqueued");
    let cause = &events[enqueue.cause.expect("an enqueue has a cause") as usize];
    assert_eq!(cause.operation, Some("FulfillPromise"));
    assert!(
        cause.text.contains("the promise returned by `second()`"),
        "{}",
        cause.text
    );
}

#[test]
fn no_sink_no_trace() {
    let out = run_script("p.js", PUZZLE, &RunOptions::default());
    assert_eq!(out.stdout, "5\n1\n3\n6\n4\n2\n7\n");
}
