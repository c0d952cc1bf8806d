//! The run loop (Node's, reduced to the subset): parse, run the script, drain the job
//! queue, run timers on the virtual clock, report an uncaught exception or an unhandled
//! rejection the way `mini-js run` prints it.

use crate::limits::{Limit, Stream};
use crate::value::Value;
use crate::HostData;
use crate::{Abrupt, Agent, RunOptions, RunOutput};
use mini_js_syntax::Diagnostic;

/// The Rust stack the evaluator thread gets: nested machine loops (built-ins calling into
/// JavaScript) are bounded by MAX_NATIVE_DEPTH, and this leaves room for all of them.
const EVALUATOR_STACK: usize = 256 << 20;

/// Whether the calling thread has the evaluator's stack already (an embedder's worker
/// thread made for it, the benchmark harness's child), so a run can stay on it.
pub fn runs_in_place() -> bool {
    // The main thread is skipped without asking: its stack is the process's (8 MiB
    // usually), and finding its bounds reads /proc/self/maps.
    std::thread::current().name() != Some("main")
        && stacker::remaining_stack().is_some_and(|room| room >= EVALUATOR_STACK)
}

/// Parses and runs a script on a thread with a large stack; never panics on bad programs.
///
/// On a thread whose remaining stack is at least the evaluator's ([`runs_in_place`]) the
/// script runs in place: a new thread costs its creation and a fresh allocator heap, which
/// is most of what separates mini-js's start from QuickJS's.
pub fn run_script(filename: &str, source: &str, options: &RunOptions) -> RunOutput {
    if runs_in_place() {
        let run =
            std::panic::AssertUnwindSafe(|| run_on_this_thread(filename, source, options.clone()));
        return match std::panic::catch_unwind(run) {
            Ok(out) => out,
            Err(panic) => internal_error(panic),
        };
    }
    let filename = filename.to_string();
    let source = source.to_string();
    let options = options.clone();
    let handle = std::thread::Builder::new()
        .stack_size(EVALUATOR_STACK)
        .spawn(move || run_on_this_thread(&filename, &source, options));
    match handle.map(|h| h.join()) {
        Ok(Ok(out)) => out,
        Ok(Err(panic)) => internal_error(panic),
        Err(e) => RunOutput {
            stderr: format!("mini-js: could not start the evaluator thread: {e}\n"),
            exit_code: 70,
            ..Default::default()
        },
    }
}

/// The outcome of a run whose evaluator panicked (a bug in mini-js, never the program's
/// doing): status 70 and the panic's message.
fn internal_error(panic: Box<dyn std::any::Any + Send>) -> RunOutput {
    let msg = panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default();
    RunOutput {
        stderr: format!("mini-js internal error (please report): {msg}\n"),
        exit_code: 70,
        ..Default::default()
    }
}

/// Renders syntax errors as Node names them, with the source line underlined.
pub fn render_syntax_errors(
    filename: &str,
    source: &str,
    errors: &[Diagnostic],
    color: bool,
) -> String {
    let mut out = String::new();
    for d in errors {
        let title = format!("{}: {}", d.name, d.message);
        out.push_str(&d.render(&title, filename, source, color));
    }
    out
}

/// A run that ended before its agent existed (source too large, syntax errors): its report
/// goes through the sink when there is one.
fn early_end(
    options: &RunOptions,
    report: String,
    exit_code: i32,
    stopped: Option<Limit>,
) -> RunOutput {
    let mut host = crate::execution::host_state::HostState::default();
    crate::limits::emit(&options.output, &mut host, Stream::Stderr, &report);
    RunOutput {
        stderr: host.stderr,
        exit_code,
        stopped,
        ..Default::default()
    }
}

pub fn run_on_this_thread(filename: &str, source: &str, options: RunOptions) -> RunOutput {
    // The source size limit is checked before the parser sees the text.
    if let Some(max) = options.max_source_bytes {
        if source.len() as u64 > max {
            let limit = Limit::SourceBytes(max);
            let report = crate::limits::stop_message(&limit);
            return early_end(&options, report, crate::EXIT_STOPPED, Some(limit));
        }
    }
    // The parser counts real nesting depth; past the limit it refuses the script with
    // "too deeply nested", reported here as the nesting-depth stop (status 3).
    let parse_options = mini_js_syntax::parser::ParseOptions {
        max_nesting_depth: options
            .max_nesting_depth
            .unwrap_or(mini_js_syntax::parser::DEFAULT_MAX_NESTING_DEPTH),
    };
    // A file that is not a valid Script but is a valid Module (its top level awaits) runs
    // as a module, as Node runs it (see `host::module`).
    let (mut program, is_module) = match mini_js_syntax::parse_script_with(source, &parse_options) {
        Ok(p) => (p, false),
        Err(errors) => {
            let too_deep = errors.iter().any(|d| d.message == "too deeply nested");
            // Node retries as a module only when the script's error is one a module would
            // not have: here, a top-level await.
            let module_syntax = errors.iter().any(|d| {
                d.message
                    .starts_with("await is only valid in async functions")
            });
            let as_module = (module_syntax && !too_deep)
                .then(|| mini_js_syntax::parse_module_with(source, &parse_options));
            match as_module {
                Some(Ok(p)) => (p, true),
                _ => {
                    let mut report = render_syntax_errors(filename, source, &errors, options.color);
                    if too_deep {
                        let limit = Limit::NestingDepth(parse_options.max_nesting_depth as u64);
                        report.push_str(&crate::limits::stop_message(&limit));
                        return early_end(&options, report, crate::EXIT_STOPPED, Some(limit));
                    }
                    return early_end(&options, report, 1, None);
                }
            }
        }
    };
    let module_code = is_module.then(|| crate::module::module_body_function(&mut program, source));
    let filename = if is_module {
        crate::module::module_url(filename)
    } else {
        filename.to_string()
    };
    let filename = filename.as_str();
    let defaults = mini_js_syntax::parse_script(
        crate::runtime_semantics::functions::default_constructor_source(),
    )
    .expect("the default constructors parse");
    let hooks = options.host.host(&options);
    let mut agent = Agent::new(filename, source, options.agent_options(), hooks);
    agent.default_ctors = Some((
        crate::runtime_semantics::functions::default_constructor_of(&defaults, false),
        crate::runtime_semantics::functions::default_constructor_of(&defaults, true),
    ));
    let result = match &module_code {
        Some(code) => crate::module::start_module_evaluation(&mut agent, code),
        None => crate::runtime_semantics::script::script_evaluation(&mut agent, &program),
    };
    let mut completion = None;
    if let Ok(value) = &result {
        if agent.host.data().options.completion_value {
            // As `node -p` prints it: console.log(value) (strings without quotes).
            completion = Some(match value {
                Value::String(s) => s.to_rust_string(),
                other => crate::inspect::inspect(&agent, other, &Default::default()),
            });
        }
    }
    // The host runs the jobs (Node's event loop, or the bare spec host's).
    let host = agent.hooks.clone();
    let exit_code = host.run_jobs(&mut agent, result);
    let exit_code = crate::module::check_unsettled(&mut agent, exit_code);
    RunOutput {
        stdout: std::mem::take(&mut agent.host.stdout),
        stderr: std::mem::take(&mut agent.host.stderr),
        exit_code,
        stopped: agent.host.limits.stopped,
        heap: crate::gc::final_stats(&agent.heap),
        completion,
        virtual_ms: crate::timers::clock_ms(&agent) as u64,
        steps: agent.machine.steps,
    }
}

/// Runs microtasks (promise jobs and queueMicrotask callbacks, FIFO) until the queue is
/// empty. An abrupt completion of a job is an uncaught exception: the run ends there.
pub fn drain_microtasks(agent: &mut Agent) -> Result<(), Abrupt> {
    loop {
        // Counted (and the heap looked at) before the job leaves the queue, where it is a
        // root: a collection here must not miss it.
        count_host_step(agent)?;
        let Some((_seq, job)) = crate::execution::jobs::next_job(agent) else {
            break;
        };
        agent.machine.throw_span = None;
        crate::trace::job_run(agent, &job);
        crate::execution::jobs::run_job(agent, job)?;
    }
    Ok(())
}

/// Counts a job or a timer as an evaluator step, so the limits also stop programs that loop
/// through built-in callbacks alone (`setInterval(Object, 1)`); the heap is checked too,
/// since such a loop may allocate without running a machine step.
pub(crate) fn count_host_step(agent: &mut Agent) -> Result<(), Abrupt> {
    crate::limits::count_step(agent)?;
    crate::gc::safe_point(agent)
}

/// Prints an unhandled rejection the way Node's default mode (`--unhandled-rejections=throw`)
/// reports it: an error reason as an uncaught exception — where it was created and its
/// stack —; any other reason as Node 26's UnhandledPromiseRejection error (without its stack
/// frames).
pub(crate) fn report_unhandled_rejection(agent: &mut Agent, promise: crate::ObjectId) {
    crate::trace::unhandled_rejection(agent, promise);
    let reason = crate::builtins::promise::promise_state(agent, promise)
        .map(|(_, r)| r)
        .unwrap_or(Value::Undefined);
    if let Value::Object(o) = &reason {
        if matches!(agent.heap.get(*o).kind, crate::object::ObjectKind::Error) {
            let span = agent
                .host
                .error_sites
                .get(o)
                .copied()
                .unwrap_or(agent.machine.span);
            // The run ends here whether or not the report fits in the output limit.
            let _ = report_uncaught(agent, &reason, span, "created here");
            return;
        }
    }
    let text = format!(
        "UnhandledPromiseRejection: {} {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}\n",
        unhandled_rejection_message(agent, &reason)
    );
    let _ = crate::limits::write_output(agent, Stream::Stderr, &text);
}

/// The message of Node's UnhandledPromiseRejection error for a reason that is not an error.
/// Node shows the reason as V8's NoSideEffectsToString does: strings as they are, objects as
/// `#<Constructor>`.
pub(crate) fn unhandled_rejection_message(agent: &mut Agent, reason: &Value) -> String {
    let shown = match reason {
        Value::String(s) => s.to_rust_string(),
        // V8's message form: the digits without `n`.
        Value::BigInt(b) => b.to_string(),
        Value::Object(o)
            if !agent.heap.get(*o).is_callable()
                && !matches!(
                    agent.heap.get(*o).kind,
                    crate::object::ObjectKind::Array(..)
                ) =>
        {
            let name =
                crate::inspect::constructor_name(agent, *o).unwrap_or_else(|| "Object".to_string());
            format!("#<{name}>")
        }
        other => crate::inspect::inspect(agent, other, &Default::default()),
    };
    format!(
        "This error originated either by throwing inside of an async function without a catch \
         block, or by rejecting a promise which was not handled with .catch(). The promise \
         rejected with the reason \"{shown}\"."
    )
}

/// Prints an uncaught exception as `Uncaught Name: message` with a snippet at the throw site
/// and, for an Error, the frames of its stack (as Node prints them), or the stop message of a
/// limit; returns the exit status (1, or 3 for a stop).
pub fn report_abrupt(agent: &mut Agent, abrupt: Abrupt) -> i32 {
    // The run ends here whether or not the report fits in the output limit.
    let _ = match abrupt {
        Abrupt::Throw(v) => {
            // The throw site, if this value is the one thrown there (no stale span from an
            // exception an async function or a built-in caught); else where it was created.
            let span = match (agent.machine.throw_span, &agent.machine.thrown) {
                (Some(s), Some(t)) if crate::runtime_semantics::machine::same_thrown(t, &v) => s,
                _ => match &v {
                    Value::Object(o) => agent.host.error_sites.get(o).copied(),
                    _ => None,
                }
                .unwrap_or(agent.machine.span),
            };
            report_uncaught(agent, &v, span, "thrown here")
        }
        // process.exit(): the host ends the run with the program's status; nothing to say.
        Abrupt::Terminate(crate::Limit::ProcessExit) => Ok(()),
        Abrupt::Terminate(limit) => {
            agent.host.limits.stopped = Some(limit);
            // The stop message is not program output: it is written even past the limit.
            let message = crate::limits::stop_message(&limit);
            crate::limits::emit(
                &agent.options.output,
                &mut agent.host,
                Stream::Stderr,
                &message,
            );
            Ok(())
        }
        other => {
            let text = format!("mini-js: unexpected completion {other:?}\n");
            crate::limits::write_output(agent, Stream::Stderr, &text)
        }
    };
    agent.host.limits.exit_code(1)
}

/// `Uncaught <value>` (no colon after a value that is not an error: `Uncaught 42`), the
/// source line at `span` underlined with `label`, then the error's stack frames.
fn report_uncaught(
    agent: &mut Agent,
    v: &Value,
    span: mini_js_syntax::ast::Span,
    label: &str,
) -> crate::JsResult<()> {
    let text = uncaught_text(agent, v);
    let d = Diagnostic::new("Uncaught", text.clone(), span).with_label(label);
    let title = format!("Uncaught {text}");
    let mut rendered = d.render(
        &title,
        &agent.filename,
        agent.source,
        agent.host.data().options.color,
    );
    if !text.contains(": ") {
        // The report's head is `kind: message`; with no message, drop the dangling ": "
        // (colour codes may sit between the colon and the space).
        let end = rendered.find('\n').unwrap_or(rendered.len());
        if let Some(colon) = rendered[..end].rfind(':') {
            let rest = mini_js_syntax::diagnostic::strip_ansi(&rendered[colon + 1..end]);
            if rest.trim().is_empty() {
                let tail = rendered[colon + 1..end].trim_end().to_string();
                rendered.replace_range(colon..end, &tail);
            }
        }
    }
    if let Value::Object(o) = v {
        if matches!(agent.heap.get(*o).kind, crate::object::ObjectKind::Error) {
            let stack = crate::inspect::own_string(agent, *o, "stack");
            for line in stack
                .as_deref()
                .map(crate::stack::frame_lines)
                .unwrap_or_default()
            {
                rendered.push_str(line);
                rendered.push('\n');
            }
        }
    }
    crate::limits::write_output(agent, Stream::Stderr, &rendered)
}

/// How an uncaught value is named: `TypeError: msg` for errors, the inspected value otherwise.
pub fn uncaught_text(agent: &Agent, v: &Value) -> String {
    match v {
        Value::Object(o) if matches!(agent.heap.get(*o).kind, crate::object::ObjectKind::Error) => {
            crate::inspect::error_text(agent, *o)
        }
        other => crate::inspect::inspect(agent, other, &Default::default()),
    }
}
