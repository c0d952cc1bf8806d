//! The limit flags shared by `run`, `trace` and `check`, and the streaming output of `run`.

use mini_js::{Options, OutputSink, Stream};
use mini_js_host_node::RunOptions;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Limits of a run. Each overrides the subcommand's default; 0 turns the limit off.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct LimitArgs {
    /// Stop after this many evaluator steps (default: none for run/trace, 10⁹ for check).
    #[arg(long, value_name = "N")]
    pub max_steps: Option<u64>,
    /// Stop when the engine's heap exceeds this many MiB (default: 1024, 256 for check).
    #[arg(long, value_name = "MIB")]
    pub max_heap_mb: Option<u64>,
    /// Stop when the program has printed this many KiB (default: none, 1024 for check).
    #[arg(long, value_name = "KIB")]
    pub max_output_kb: Option<u64>,
    /// Stop after this many milliseconds of wall time (default: none, 10000 for check).
    #[arg(long, value_name = "MS")]
    pub timeout_ms: Option<u64>,
    /// Refuse a source file larger than this many KiB (default: none, 16384 for check).
    #[arg(long, value_name = "KIB")]
    pub max_source_kb: Option<u64>,
}

/// `Some(n)` for a positive flag value, `None` for 0.
fn nonzero(n: u64) -> Option<u64> {
    (n > 0).then_some(n)
}

impl LimitArgs {
    /// The engine's `options` with the limits given on the command line (for the trace
    /// views, which run the engine directly).
    pub fn apply_engine(&self, options: RunOptions) -> RunOptions {
        let limited = self.apply(Options {
            max_steps: options.max_steps,
            max_heap_bytes: options.max_heap_bytes,
            max_output_bytes: options.max_output_bytes,
            timeout: options.timeout,
            max_source_bytes: options.max_source_bytes,
            ..Options::new()
        });
        RunOptions {
            max_steps: limited.max_steps,
            max_heap_bytes: limited.max_heap_bytes,
            max_output_bytes: limited.max_output_bytes,
            timeout: limited.timeout,
            max_source_bytes: limited.max_source_bytes,
            ..options
        }
    }

    /// `options` with the limits given on the command line.
    pub fn apply(&self, mut options: Options) -> Options {
        if let Some(n) = self.max_steps {
            options.max_steps = nonzero(n);
        }
        if let Some(n) = self.max_heap_mb {
            options.max_heap_bytes = nonzero(n).map(|n| n.saturating_mul(1 << 20));
        }
        if let Some(n) = self.max_output_kb {
            options.max_output_bytes = nonzero(n).map(|n| n.saturating_mul(1 << 10));
        }
        if let Some(n) = self.timeout_ms {
            options.timeout = nonzero(n).map(Duration::from_millis);
        }
        if let Some(n) = self.max_source_kb {
            options.max_source_bytes = nonzero(n).map(|n| n.saturating_mul(1 << 10));
        }
        options
    }
}

/// A sink that writes stdout and stderr as the program produces them, flushing each write
/// so that the two streams interleave in the program's order. When stdout is closed (a
/// broken pipe: `mini-js run x.js | head`), the run is cancelled.
pub fn streaming_sink(cancel: Arc<AtomicBool>) -> OutputSink {
    Arc::new(move |stream, text| match stream {
        Stream::Stdout => {
            let mut out = std::io::stdout().lock();
            if out
                .write_all(text.as_bytes())
                .and_then(|_| out.flush())
                .is_err()
            {
                cancel.store(true, Ordering::Relaxed);
            }
        }
        Stream::Stderr => {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes()).and_then(|_| err.flush());
        }
    })
}
