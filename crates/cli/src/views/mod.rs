//! `mini-js trace`, `explain` and `timeline`: renderers of the engine's typed trace events.
//! The engine streams [`TraceEvent`]s to a sink while the program runs; everything here
//! turns them into text, JSON lines, an explanation in words, or a picture.

pub mod explain;
pub mod text;
pub mod timeline;

use clap::{Args, ValueEnum};
use mini_js_host_node::trace::TraceEvent;
use mini_js_host_node::{RunOptions, RunOutput, TraceHandle, TraceSink};
use std::io::Write;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

/// The version of the JSON-lines trace schema (the README documents it).
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// The filter categories of `--only`.
pub const CATEGORIES: &[&str] = &[
    "job",
    "promise",
    "await",
    "generator",
    "loop",
    "timer",
    "console",
    "call",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TraceFormat {
    Text,
    Json,
}

/// `mini-js trace FILE [--format text|json] [--only KINDS] [--function NAME] [--queue]`
#[derive(Args, Debug)]
pub struct TraceArgs {
    pub file: String,
    /// text (default) or json (one JSON object per line, after a header line).
    #[arg(long, value_enum, default_value = "text")]
    pub format: TraceFormat,
    /// Only these kinds of events, comma-separated: job, promise, await, generator, loop,
    /// timer, console, call. Phase markers always show.
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Only events inside this function's activations and the jobs that resume it.
    #[arg(long)]
    pub function: Option<String>,
    /// Show the queue's contents after each enqueue and before each job.
    #[arg(long)]
    pub queue: bool,
    #[command(flatten)]
    pub limits: crate::limits::LimitArgs,
}

/// `mini-js explain FILE`
#[derive(Args, Debug)]
pub struct ExplainArgs {
    pub file: String,
    /// Print the explanation as one JSON object (phases, lines, each line's chain).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub limits: crate::limits::LimitArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    Svg,
    Text,
}

/// `mini-js timeline FILE [-o out.svg] [--format svg|text]`
#[derive(Args, Debug)]
pub struct TimelineArgs {
    pub file: String,
    /// Where to write the SVG (standard output when absent).
    #[arg(short, long)]
    pub output: Option<String>,
    #[arg(long, value_enum, default_value = "svg")]
    pub format: TimelineFormat,
    #[command(flatten)]
    pub limits: crate::limits::LimitArgs,
}

/// Which events a trace shows.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub only: Vec<String>,
    pub function: Option<String>,
}

impl Filter {
    pub fn new(only: &[String], function: Option<String>) -> Result<Filter, String> {
        for k in only {
            if !CATEGORIES.contains(&k.as_str()) {
                return Err(format!(
                    "mini-js: unknown event kind '{k}' for --only (one of: {})",
                    CATEGORIES.join(", ")
                ));
            }
        }
        Ok(Filter {
            only: only.to_vec(),
            function,
        })
    }

    pub fn keeps(&self, e: &TraceEvent) -> bool {
        use mini_js_host_node::trace::EventKind;
        if e.kind == EventKind::Phase {
            return true;
        }
        if !self.only.is_empty() && !self.only.iter().any(|k| k == e.kind.category()) {
            return false;
        }
        match &self.function {
            Some(f) => e.function.as_deref() == Some(f.as_str()),
            None => true,
        }
    }
}

/// A sink that writes through a shared writer; the renderer decides what to write.
struct StreamSink<R: FnMut(&TraceEvent, &mut dyn Write) + Send> {
    out: Arc<Mutex<Box<dyn Write + Send>>>,
    render: R,
    queue: bool,
}

impl<R: FnMut(&TraceEvent, &mut dyn Write) + Send> TraceSink for StreamSink<R> {
    fn event(&mut self, event: &TraceEvent) {
        if let Ok(mut out) = self.out.lock() {
            (self.render)(event, &mut **out);
        }
    }
    fn wants_queue(&self) -> bool {
        self.queue
    }
}

/// Reads the file and runs it with `sink` as the trace sink.
fn run_traced(
    file: &str,
    limits: &crate::limits::LimitArgs,
    sink: TraceHandle,
) -> Result<(RunOutput, String), ExitCode> {
    let source = crate::read_source(file).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(2)
    })?;
    let name = if file == "-" { "<stdin>" } else { file };
    // Like `mini-js run`: Node's habits (no step or time limit), a 1 GiB heap limit.
    let options = limits.apply_engine(RunOptions {
        trace: Some(sink),
        gc_threshold: mini_js_host_node::gc::gc_threshold_from_env(),
        ..RunOptions::node_like()
    });
    Ok((
        mini_js_host_node::run_script(name, &source, &options),
        source,
    ))
}

fn stdout_writer() -> Arc<Mutex<Box<dyn Write + Send>>> {
    Arc::new(Mutex::new(Box::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ))))
}

/// `mini-js trace`: the events as they happen, as text or JSON lines, on standard output;
/// the program's own output is in the console events, its stderr goes to stderr.
pub fn trace_command(args: &TraceArgs) -> ExitCode {
    let filter = match Filter::new(&args.only, args.function.clone()) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let out = stdout_writer();
    let handle = match args.format {
        TraceFormat::Json => {
            if let Ok(mut w) = out.lock() {
                let _ = writeln!(w, "{}", json_header(&args.file));
            }
            json_lines_handle(out.clone(), filter, args.queue)
        }
        TraceFormat::Text => {
            let mut r = text::TextRenderer::new(filter, args.queue);
            TraceHandle::new(StreamSink {
                out: out.clone(),
                render: move |e: &TraceEvent, w: &mut dyn Write| r.render(e, w),
                queue: args.queue,
            })
        }
    };
    let result = run_traced(&args.file, &args.limits, handle);
    if let Ok(mut w) = out.lock() {
        let _ = w.flush();
    }
    match result {
        Ok((output, _)) => {
            eprint!("{}", output.stderr);
            ExitCode::from(output.exit_code as u8)
        }
        Err(code) => code,
    }
}

/// The first line of `trace --format json`.
pub fn json_header(file: &str) -> serde_json::Value {
    serde_json::json!({
        "kind": "header",
        "schema": "mini-js-trace",
        "version": JSON_SCHEMA_VERSION,
        "file": file,
    })
}

/// A trace sink writing the events `filter` keeps to `out`, one JSON object per line.
pub fn json_lines_handle(
    out: Arc<Mutex<Box<dyn Write + Send>>>,
    filter: Filter,
    queue: bool,
) -> TraceHandle {
    TraceHandle::new(StreamSink {
        out,
        render: move |e: &TraceEvent, w: &mut dyn Write| {
            if filter.keeps(e) {
                let _ = serde_json::to_writer(&mut *w, e);
                let _ = w.write_all(b"\n");
            }
        },
        queue,
    })
}

/// The title of a timeline of `file`.
pub fn timeline_title(file: &str) -> String {
    format!("{file} — virtual time")
}

/// `mini-js explain`: the output line by line, each with the chain of jobs that led to it.
pub fn explain_command(args: &ExplainArgs) -> ExitCode {
    let explainer = Arc::new(Mutex::new(explain::Explainer::default()));
    let e2 = explainer.clone();
    let handle = TraceHandle::new(move |e: &TraceEvent| {
        if let Ok(mut x) = e2.lock() {
            x.event(e);
        }
    });
    match run_traced(&args.file, &args.limits, handle) {
        Ok((output, _)) => {
            let text = explainer
                .lock()
                .map(|x| {
                    if args.json {
                        let explained = x.structured(&args.file, &output);
                        serde_json::to_string_pretty(&explained).unwrap_or_default() + "\n"
                    } else {
                        x.render(&args.file, &output)
                    }
                })
                .unwrap_or_default();
            print!("{text}");
            ExitCode::from(output.exit_code as u8)
        }
        Err(code) => code,
    }
}

/// The explanation of stdout line `line` of `source` run with `options` (the engine's), as
/// `mini-js explain` words it; `None` when the run did not print that line.
pub fn explain_stdout_line(
    name: &str,
    source: &str,
    options: RunOptions,
    line: usize,
) -> Option<String> {
    let explainer = Arc::new(Mutex::new(explain::Explainer::default()));
    let e2 = explainer.clone();
    let handle = TraceHandle::new(move |e: &TraceEvent| {
        if let Ok(mut x) = e2.lock() {
            x.event(e);
        }
    });
    let options = RunOptions {
        trace: Some(handle),
        ..options
    };
    mini_js_host_node::run_script(name, source, &options);
    let x = explainer.lock().ok()?;
    x.explain_stdout_line(line)
}

/// `mini-js timeline`: lanes over virtual time, as SVG or text.
pub fn timeline_command(args: &TimelineArgs) -> ExitCode {
    let builder = Arc::new(Mutex::new(timeline::Builder::default()));
    let b2 = builder.clone();
    let handle = TraceHandle::new(move |e: &TraceEvent| {
        if let Ok(mut b) = b2.lock() {
            b.event(e);
        }
    });
    let (output, _) = match run_traced(&args.file, &args.limits, handle) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let tl = match builder.lock() {
        Ok(b) => b.finish(),
        Err(_) => return ExitCode::from(70),
    };
    let title = timeline_title(&args.file);
    let rendered = match args.format {
        TimelineFormat::Svg => timeline::svg(&tl, &title),
        TimelineFormat::Text => timeline::text(&tl, &title, 100),
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, rendered) {
                eprintln!("mini-js: cannot write {path}: {e}");
                return ExitCode::from(2);
            }
        }
        None => print!("{rendered}"),
    }
    eprint!("{}", output.stderr);
    ExitCode::from(output.exit_code as u8)
}
