//! `mini-js serve`: the HTTP oracle and the playground page.
//!
//! ```text
//! POST /api/run       {"source", "limits"?, "filename"?}            → run --json's object
//! POST /api/check     {"source", "expect" | "order", "status"?, …}  → check --json's object
//! POST /api/explain   {"source", …}                                 → explain --json's object
//! POST /api/trace     {"source", "only"?, "function"?, "queue"?, …} → trace --format json's lines
//! POST /api/timeline  {"source", …}                                 → timeline's SVG
//! GET  /              the playground (static files compiled into the binary)
//! ```
//!
//! The answers are made by the same code as the subcommands' (`check_source`, `RunReport`,
//! the views). Every run gets the library's safe defaults (10 s, 256 MiB of heap, 1 MiB of
//! output, 10⁹ steps), which the request's `limits` can only lower, and runs on a bounded
//! pool of worker threads ([`pool::Pool`]); the async side only parses and waits, so a
//! hostile program holds one worker for at most its own time limit and nothing else. A
//! client that goes away cancels its run.

mod pool;
mod request;

use crate::views::{self, explain::Explainer, timeline, Filter};
use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use mini_js::{Expected, Options};
use mini_js_host_node::trace::TraceEvent;
use mini_js_host_node::{RunOptions, RunOutput, TraceHandle, TraceSink};
use pool::Pool;
use request::ApiRequest;
use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The most trace events explain, timeline and trace record for one request: past it the
/// run is stopped (the events are kept in memory while the answer is built).
const MAX_EVENTS: u64 = 200_000;
/// The most bytes of JSON lines `/api/trace` answers with.
const MAX_TRACE_BYTES: usize = 8 << 20;

/// `mini-js serve [--port 8080] [--host 127.0.0.1] [--workers N] [--queue N]`
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port; the address is printed).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Threads that run programs (default: the number of cores).
    #[arg(long, value_name = "N")]
    pub workers: Option<usize>,
    /// Runs that may wait for a worker; one more gets 503 (default: 64 per worker).
    #[arg(long, value_name = "N")]
    pub queue: Option<usize>,
    /// The largest request body accepted, in KiB (larger: 413).
    #[arg(long, value_name = "KIB", default_value_t = 1024)]
    pub max_body_kb: usize,
}

struct AppState {
    pool: Pool,
    workers: usize,
    queue: usize,
    max_body_kb: usize,
}

/// Which endpoint a request came to.
#[derive(Clone, Copy, Debug)]
enum Endpoint {
    Run,
    Check,
    Explain,
    Trace,
    Timeline,
}

pub fn serve_command(args: &ServeArgs) -> ExitCode {
    let workers = args
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let queue = args.queue.unwrap_or(64 * workers);
    let pool = match Pool::new(workers, queue) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mini-js serve: cannot start the worker threads: {e}");
            return ExitCode::from(1);
        }
    };
    let state = Arc::new(AppState {
        pool,
        workers,
        queue,
        max_body_kb: args.max_body_kb,
    });
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("mini-js serve: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(serve(args, state))
}

async fn serve(args: &ServeArgs, state: Arc<AppState>) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind((args.host.as_str(), args.port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "mini-js serve: cannot listen on {}:{}: {e}",
                args.host, args.port
            );
            return ExitCode::from(1);
        }
    };
    let addr = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("mini-js serve: {e}");
            return ExitCode::from(1);
        }
    };
    println!(
        "mini-js serve: listening on http://{addr}/ ({} workers, queue of {})",
        state.workers, state.queue
    );
    let _ = std::io::stdout().flush();
    let app = router(state, args.max_body_kb.saturating_mul(1024));
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await;
    match served {
        Ok(()) => {
            println!("mini-js serve: stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mini-js serve: {e}");
            ExitCode::from(1)
        }
    }
}

/// Ctrl-C (or SIGTERM): stop accepting, let the requests in flight finish (each within its
/// time limit), then return.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    println!("mini-js serve: shutting down (finishing the requests in flight)");
}

fn router(state: Arc<AppState>, max_body: usize) -> Router {
    let api = |endpoint: Endpoint| {
        post(
            move |State(state): State<Arc<AppState>>, body: Result<Bytes, BytesRejection>| {
                api(state, endpoint, body)
            },
        )
    };
    Router::new()
        .route("/", get(|| static_file("text/html; charset=utf-8", PAGE)))
        .route(
            "/playground.css",
            get(|| static_file("text/css; charset=utf-8", STYLE)),
        )
        .route(
            "/playground.js",
            get(|| static_file("text/javascript; charset=utf-8", SCRIPT)),
        )
        .route("/api/run", api(Endpoint::Run))
        .route("/api/check", api(Endpoint::Check))
        .route("/api/explain", api(Endpoint::Explain))
        .route("/api/trace", api(Endpoint::Trace))
        .route("/api/timeline", api(Endpoint::Timeline))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "no such page or endpoint".into()) })
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state)
}

/// The playground: a page, its style and its script, compiled into the binary.
const PAGE: &str = include_str!("playground/index.html");
const STYLE: &str = include_str!("playground/playground.css");
const SCRIPT: &str = include_str!("playground/playground.js");

async fn static_file(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// `{"error": message}` with `status`.
fn error(status: StatusCode, message: String) -> Response {
    let body = serde_json::json!({ "error": message }).to_string();
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body + "\n",
    )
        .into_response()
}

/// A run's answer, made on a worker.
struct Answer {
    status: StatusCode,
    content_type: &'static str,
    body: Vec<u8>,
    /// The program's exit status, as a header for the answers that are not JSON objects.
    exit: Option<i32>,
}

impl Answer {
    fn json(status: StatusCode, value: &impl serde::Serialize) -> Answer {
        let mut body = serde_json::to_vec(value).unwrap_or_default();
        body.push(b'\n');
        Answer {
            status,
            content_type: "application/json",
            body,
            exit: None,
        }
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let mut r = Response::new(Body::from(self.body));
        *r.status_mut() = self.status;
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        if let Some(code) = self.exit {
            r.headers_mut()
                .insert("x-mini-js-status", HeaderValue::from(code));
        }
        r
    }
}

/// Sets the run's cancel flag when dropped: when the client goes away, hyper drops the
/// handler's future and the run (queued or running) stops at its next check.
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// What a worker needs for one request, checked before it is queued.
struct Prepared {
    endpoint: Endpoint,
    request: ApiRequest,
    options: Options,
    expected: Option<Expected>,
    filter: Filter,
}

/// Validates a request: its limits, check's expectation, trace's filter (400 on error).
fn prepare(endpoint: Endpoint, request: ApiRequest) -> Result<Prepared, String> {
    let options = request
        .limits
        .apply(Options::new())?
        .filename(request.filename());
    let expected = request.expected()?;
    let filter = Filter::new(&request.only, request.function.clone()).map_err(|e| {
        e.trim_start_matches("mini-js: ")
            .replace("--only", "\"only\"")
    })?;
    Ok(Prepared {
        endpoint,
        request,
        options,
        expected,
        filter,
    })
}

async fn api(
    state: Arc<AppState>,
    endpoint: Endpoint,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let body = match body {
        Ok(b) => b,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let limit = state.max_body_kb;
            let message = format!("the request body is larger than this server's {limit} KiB");
            return error(StatusCode::PAYLOAD_TOO_LARGE, message);
        }
        Err(rejection) => return error(rejection.status(), rejection.body_text()),
    };
    let request: ApiRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("malformed request: {e}")),
    };
    let prepared = match prepare(endpoint, request) {
        Ok(p) => p,
        Err(e) => return error(StatusCode::BAD_REQUEST, e),
    };
    let cancel = Arc::new(AtomicBool::new(false));
    let _guard = CancelOnDrop(cancel.clone());
    let answer = match state.pool.submit(move || answer(prepared, cancel)) {
        Ok(answer) => answer,
        Err(pool::Full) => {
            let mut r = error(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the server is busy: {} workers are running programs and {} more are waiting; try again shortly",
                    state.workers, state.queue
                ),
            );
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            return r;
        }
    };
    match answer.await {
        Ok(a) => a.into_response(),
        Err(_) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "mini-js failed while answering (please report)".into(),
        ),
    }
}

/// The engine's options for the views' runs: the request's limits and cancel flag.
fn engine_options(o: &Options, trace: TraceHandle) -> RunOptions {
    RunOptions {
        max_steps: o.max_steps,
        max_heap_bytes: o.max_heap_bytes,
        max_output_bytes: o.max_output_bytes,
        timeout: o.timeout,
        max_source_bytes: o.max_source_bytes,
        cancel: o.cancel.clone(),
        trace: Some(trace),
        ..RunOptions::default()
    }
}

/// A trace sink feeding `f` at most [`MAX_EVENTS`] events; past that it stops the run
/// and sets `over`.
struct Budgeted<F> {
    seen: u64,
    cancel: Arc<AtomicBool>,
    over: Arc<AtomicBool>,
    queue: bool,
    f: F,
}

impl<F: FnMut(&TraceEvent) + Send> TraceSink for Budgeted<F> {
    fn event(&mut self, e: &TraceEvent) {
        self.seen += 1;
        if self.seen > MAX_EVENTS {
            self.over.store(true, Ordering::Relaxed);
            self.cancel.store(true, Ordering::Relaxed);
        } else {
            (self.f)(e);
        }
    }

    fn wants_queue(&self) -> bool {
        self.queue
    }
}

fn budgeted(
    cancel: Arc<AtomicBool>,
    over: Arc<AtomicBool>,
    queue: bool,
    f: impl FnMut(&TraceEvent) + Send + 'static,
) -> TraceHandle {
    TraceHandle::new(Budgeted {
        seen: 0,
        cancel,
        over,
        queue,
        f,
    })
}

/// Why the server stopped a run whose trace grew too long.
fn trace_limit_message() -> String {
    format!("the server's limit of {MAX_EVENTS} trace events reached")
}

/// Runs the request on this (worker) thread and makes its answer.
fn answer(p: Prepared, cancel: Arc<AtomicBool>) -> Answer {
    let options = p.options.cancel(cancel.clone());
    let file = options.filename.clone();
    let source = &p.request.source;
    match p.endpoint {
        Endpoint::Run => {
            let outcome = mini_js::run(source, &options);
            Answer::json(
                StatusCode::OK,
                &crate::RunReport {
                    file: &file,
                    outcome: &outcome,
                },
            )
        }
        Endpoint::Check => {
            let result = crate::check_source(
                &file,
                source,
                p.expected.as_ref(),
                p.request.status,
                &options,
            );
            let status = match result {
                crate::CheckResult::Error { .. } => StatusCode::UNPROCESSABLE_ENTITY,
                _ => StatusCode::OK,
            };
            Answer::json(status, &crate::CheckReport { file, result })
        }
        Endpoint::Explain => {
            let explainer = Arc::new(Mutex::new(Explainer::default()));
            let (x, over) = (explainer.clone(), Arc::new(AtomicBool::new(false)));
            let handle = budgeted(cancel, over.clone(), false, move |e| {
                if let Ok(mut x) = x.lock() {
                    x.event(e);
                }
            });
            let output = run_engine(&file, source, &options, handle);
            let Ok(x) = explainer.lock() else {
                return internal_error();
            };
            let mut explained = x.structured(&file, &output);
            if over.load(Ordering::Relaxed) {
                explained.stopped = Some(trace_limit_message());
            }
            Answer::json(StatusCode::OK, &explained)
        }
        Endpoint::Trace => {
            let buffer = Arc::new(Mutex::new(Vec::new()));
            let over = Arc::new(AtomicBool::new(false));
            let out: Arc<Mutex<Box<dyn Write + Send>>> =
                Arc::new(Mutex::new(Box::new(CappedBuffer {
                    buffer: buffer.clone(),
                    cancel: cancel.clone(),
                    over: over.clone(),
                })));
            if let Ok(mut w) = out.lock() {
                let _ = writeln!(w, "{}", views::json_header(&file));
            }
            let inner = views::json_lines_handle(out, p.filter, p.request.queue);
            // The event budget in front of the JSON-lines sink.
            let handle = budgeted(cancel, over.clone(), p.request.queue, move |e| {
                if let Ok(mut sink) = inner.0.lock() {
                    sink.event(e);
                }
            });
            let output = run_engine(&file, source, &options, handle);
            let mut body = buffer.lock().map(|b| b.clone()).unwrap_or_default();
            if over.load(Ordering::Relaxed) {
                let note = serde_json::json!({
                    "kind": "truncated",
                    "text": format!(
                        "the trace was cut and the run stopped: more than {MAX_EVENTS} events or {MAX_TRACE_BYTES} bytes"
                    ),
                });
                body.extend_from_slice(format!("{note}\n").as_bytes());
            }
            Answer {
                status: StatusCode::OK,
                content_type: "application/x-ndjson",
                body,
                exit: Some(output.exit_code),
            }
        }
        Endpoint::Timeline => {
            let builder = Arc::new(Mutex::new(timeline::Builder::default()));
            let (b, over) = (builder.clone(), Arc::new(AtomicBool::new(false)));
            let handle = budgeted(cancel, over, false, move |e| {
                if let Ok(mut b) = b.lock() {
                    b.event(e);
                }
            });
            let output = run_engine(&file, source, &options, handle);
            let Ok(b) = builder.lock() else {
                return internal_error();
            };
            let svg = timeline::svg(&b.finish(), &views::timeline_title(&file));
            Answer {
                status: StatusCode::OK,
                content_type: "image/svg+xml",
                body: svg.into_bytes(),
                exit: Some(output.exit_code),
            }
        }
    }
}

fn run_engine(file: &str, source: &str, options: &Options, trace: TraceHandle) -> RunOutput {
    mini_js_host_node::run_script(file, source, &engine_options(options, trace))
}

fn internal_error() -> Answer {
    Answer::json(
        StatusCode::INTERNAL_SERVER_ERROR,
        &serde_json::json!({ "error": "mini-js failed while answering (please report)" }),
    )
}

/// The JSON lines of `/api/trace`, cut after the last whole line below
/// [`MAX_TRACE_BYTES`]; past it the run is stopped.
struct CappedBuffer {
    buffer: Arc<Mutex<Vec<u8>>>,
    cancel: Arc<AtomicBool>,
    over: Arc<AtomicBool>,
}

impl Write for CappedBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.over.load(Ordering::Relaxed) {
            return Ok(bytes.len());
        }
        let Ok(mut b) = self.buffer.lock() else {
            return Ok(bytes.len());
        };
        if b.len() + bytes.len() > MAX_TRACE_BYTES {
            let whole = b.iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
            b.truncate(whole);
            self.over.store(true, Ordering::Relaxed);
            self.cancel.store(true, Ordering::Relaxed);
        } else {
            b.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
