//! The `mini-js` command: run, trace and check JavaScript programs of the mini-js subset,
//! with Node's habits (`mini-js FILE`, `-e`, `-p`, `-`, `-v`).
//!
//! Structure, for whoever adds a subcommand or a flag: every subcommand is a variant of
//! [`Command`] holding an `…Args` struct; flags shared by several subcommands live in small
//! structs (`RunFlags`, `OutputFlags`) that the `…Args` structs `#[command(flatten)]`, and
//! [`RunFlags::options`] turns them into the library's [`mini_js::Options`]. A new
//! subcommand's code goes in its own module under `src/`.

mod host_flags;
mod limits;
mod serve;
mod views;

/// mimalloc instead of the system allocator: the collector frees garbage in bursts, a
/// pattern glibc's malloc serves slowly (bin sorting and consolidation dominated profiles).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use mini_js::{Expected, Options, Outcome, Verdict};
use serde::Serialize;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mini-js",
    version,
    disable_version_flag = true,
    args_conflicts_with_subcommands = true,
    about = "A JavaScript interpreter that shows the order async code runs in, and why",
    after_help = "Examples:\n  \
        mini-js puzzle.js                              run a script, as `node puzzle.js`\n  \
        mini-js -p '[1, 2].map(x => x * 2)'            print an expression's value\n  \
        mini-js check puzzle.js --order '5,1,3,6,4,2'  check an ordering puzzle's answer\n  \
        mini-js check puzzles/                         check every .js file's `// expect:` comments"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Print the version and exit.
    #[arg(short = 'v', long = "version", action = ArgAction::Version)]
    version: Option<bool>,
    /// Run CODE as a script (named `[eval]` in errors), as `node -e`.
    #[arg(short = 'e', long = "eval", value_name = "CODE", conflicts_with_all = ["print", "file"])]
    eval: Option<String>,
    /// Run CODE and print its completion value, as `node -p`.
    #[arg(
        short = 'p',
        long = "print",
        value_name = "CODE",
        conflicts_with = "file"
    )]
    print: Option<String>,
    /// A script to run, or `-` for standard input: the same as `mini-js run FILE`. With
    /// neither FILE nor a subcommand, a script piped on standard input runs.
    file: Option<String>,
    /// Arguments for the script (`process.argv` after `mini-js` and the file).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, requires = "file")]
    args: Vec<String>,
    #[command(flatten)]
    run: RunFlags,
    #[command(flatten)]
    output: OutputFlags,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script and print what Node prints (`-` reads standard input).
    Run(RunArgs),
    /// Run a script and print every step that decided the order of its output, as it runs
    /// (`--format json` for JSON lines).
    Trace(views::TraceArgs),
    /// Run a script and explain each line of its output: the job that printed it and the
    /// chain of events, with the spec steps, that queued that job.
    Explain(views::ExplainArgs),
    /// Draw what ran when over virtual time: `-o out.svg`, or `--format text`.
    Timeline(views::TimelineArgs),
    /// Check scripts' output against an expected answer: `// expect:` comments in the
    /// file, --expect, --expect-file or --order. Exit status 0 when everything matches,
    /// 1 when something does not, 2 when a file cannot be read or has nothing to expect.
    Check(CheckArgs),
    /// Serve the HTTP API (run, check, explain, trace, timeline as JSON and SVG) and the
    /// playground page, under the safe limits.
    Serve(serve::ServeArgs),
}

/// Flags of every subcommand that runs a script.
#[derive(Args, Clone, Debug, Default)]
struct RunFlags {
    #[command(flatten)]
    limits: limits::LimitArgs,
    #[command(flatten)]
    host: host_flags::HostFlags,
    /// Colour diagnostics: auto (when stderr is a terminal and NO_COLOR is not set),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl RunFlags {
    /// The library's options for a run of `filename` with these flags, over `base` (the
    /// subcommand's default limits), with the script's arguments.
    fn options(&self, base: Options, filename: &str, args: &[String]) -> Options {
        let mut o = self
            .limits
            .apply(base)
            .filename(filename)
            .color(self.color_on());
        self.host.apply(&mut o, args);
        o.gc_threshold_from_env();
        o
    }

    fn color_on(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stderr().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// How results are printed.
#[derive(Args, Clone, Debug, Default)]
struct OutputFlags {
    /// Print one JSON object instead of text: stdout, stderr, status, stopped (the limit
    /// that stopped the run, or null), virtual_ms, steps; for check also matched,
    /// expected and difference.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct RunArgs {
    /// The script (`-` for standard input).
    file: String,
    #[command(flatten)]
    run: RunFlags,
    #[command(flatten)]
    output: OutputFlags,
    /// Print the tokens instead of running.
    #[arg(long)]
    dump_tokens: bool,
    /// Print the syntax tree instead of running.
    #[arg(long)]
    dump_ast: bool,
    /// Arguments for the script (`process.argv` after `mini-js` and the file).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Args)]
struct CheckArgs {
    /// Scripts, or folders whose .js files are checked (every one, sorted, in subfolders
    /// too); `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR")]
    paths: Vec<String>,
    /// The expected stdout (`\n` between lines) instead of the file's `// expect:`
    /// comments.
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["expect_file", "order"])]
    expect: Option<String>,
    /// A file holding the expected stdout.
    #[arg(long, value_name = "FILE", conflicts_with = "order")]
    expect_file: Option<String>,
    /// The expected order: the printed lines joined by commas (`5,1,3,6,4,2`).
    #[arg(long, value_name = "A,B,C")]
    order: Option<String>,
    /// The expected exit status (default: the file's `// expect-status:`, else not
    /// checked).
    #[arg(long, visible_alias = "expect-status", value_name = "N")]
    status: Option<i32>,
    /// Rewrite each file's `// expect:` comments from what it prints now (and
    /// `// expect-status:` when the status is not 0).
    #[arg(long, conflicts_with_all = ["expect", "expect_file", "order", "status"])]
    update: bool,
    #[command(flatten)]
    run: RunFlags,
    #[command(flatten)]
    output: OutputFlags,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Run(args)) => run_command(args),
        Some(Command::Trace(args)) => views::trace_command(&args),
        Some(Command::Explain(args)) => views::explain_command(&args),
        Some(Command::Timeline(args)) => views::timeline_command(&args),
        Some(Command::Check(args)) => check_command(args),
        Some(Command::Serve(args)) => serve::serve_command(&args),
        None => {
            let (file, source) = if let Some(code) = cli.eval {
                ("[eval]".to_string(), Some(code))
            } else if let Some(code) = cli.print.clone() {
                ("[eval]".to_string(), Some(code))
            } else if let Some(file) = cli.file {
                (file, None)
            } else if !std::io::stdin().is_terminal() {
                ("-".to_string(), None)
            } else {
                use clap::CommandFactory;
                let _ = Cli::command().print_help();
                return ExitCode::from(2);
            };
            let print = cli.print.is_some();
            run_script(&file, source, &cli.run, &cli.output, print, &cli.args)
        }
    }
}

/// `mini-js run FILE` and `mini-js FILE`.
fn run_command(args: RunArgs) -> ExitCode {
    if args.dump_tokens || args.dump_ast {
        let (name, source) = match load(&args.file) {
            Ok(s) => s,
            Err(e) => return e.report(),
        };
        if args.dump_tokens {
            print!(
                "{}",
                mini_js::internals::syntax::lexer::dump_tokens(&source)
            );
            return ExitCode::SUCCESS;
        }
        return match mini_js::internals::syntax::parse_script(&source) {
            Ok(p) => {
                println!("{p:#?}");
                ExitCode::SUCCESS
            }
            Err(errors) => {
                eprint!(
                    "{}",
                    mini_js::internals::run::render_syntax_errors(
                        &name,
                        &source,
                        &errors,
                        args.run.color_on()
                    )
                );
                ExitCode::from(1)
            }
        };
    }
    run_script(&args.file, None, &args.run, &args.output, false, &args.args)
}

/// Runs `file` (or `code`, named `file`), prints what it printed, exits with its status.
fn run_script(
    file: &str,
    code: Option<String>,
    flags: &RunFlags,
    output: &OutputFlags,
    print_completion: bool,
    args: &[String],
) -> ExitCode {
    let (name, source) = match code {
        Some(code) => (file.to_string(), code),
        None => match load(file) {
            Ok(s) => s,
            Err(e) => return e.report_json_or_text(output.json),
        },
    };
    let mut options = flags
        .options(Options::node_like(), &name, args)
        .completion_value(print_completion);
    if !output.json {
        // Like Node, print as the program runs; a closed stdout cancels the run.
        let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        options = options
            .output(limits::streaming_sink(cancel.clone()))
            .cancel(cancel);
    }
    let outcome = mini_js::run(&source, &options);
    if output.json {
        print_json(&RunReport {
            file: &name,
            outcome: &outcome,
        });
    } else {
        print!("{}", outcome.stdout);
        eprint!("{}", outcome.stderr);
        if let Some(value) = &outcome.completion {
            // `node -p` prints the value when the process exits, after the timers.
            println!("{value}");
        }
    }
    exit_status(outcome.status)
}

/// A process exit status from a run's status (clamped to a byte).
fn exit_status(status: i32) -> ExitCode {
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}

// ───────────────────────────── files ─────────────────────────────

/// Why a script could not be loaded.
struct LoadError {
    /// The path as Node shows it (absolute).
    path: String,
    /// The OS error, for anything but a missing file.
    io: std::io::Error,
}

impl LoadError {
    fn message(&self) -> String {
        if self.io.kind() == std::io::ErrorKind::NotFound {
            // Node 26's shape for `node missing.js` (without its internal frames).
            format!(
                "Error: Cannot find module '{}' {{\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}}\n",
                self.path
            )
        } else {
            format!("Error: {}: {}\n", self.io, self.path)
        }
    }

    /// Prints Node's message; exit status 1, as Node's.
    fn report(&self) -> ExitCode {
        eprint!("{}", self.message());
        ExitCode::from(1)
    }

    fn report_json_or_text(&self, json: bool) -> ExitCode {
        if json {
            print_json(&serde_json::json!({ "error": self.message().trim_end() }));
            ExitCode::from(1)
        } else {
            self.report()
        }
    }
}

/// Reads a script: `-` is standard input (named `[stdin]`, as Node names it).
fn load(file: &str) -> Result<(String, String), LoadError> {
    if file == "-" {
        let mut s = String::new();
        return match std::io::stdin().read_to_string(&mut s) {
            Ok(_) => Ok(("[stdin]".to_string(), s)),
            Err(io) => Err(LoadError {
                path: "[stdin]".into(),
                io,
            }),
        };
    }
    std::fs::read_to_string(file)
        .map(|s| (file.to_string(), s))
        .map_err(|io| LoadError {
            path: std::path::absolute(file)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| file.to_string()),
            io,
        })
}

// ───────────────────────────── check ─────────────────────────────

/// `mini-js check FILE|DIR...`: run, compare, and say where the output first differs.
fn check_command(args: CheckArgs) -> ExitCode {
    let mut files = Vec::new();
    for p in &args.paths {
        let path = Path::new(p);
        if p != "-" && path.is_dir() {
            let before = files.len();
            collect_js_files(path, &mut files);
            if files.len() == before {
                eprintln!("mini-js: no .js files in {p}");
                return ExitCode::from(2);
            }
        } else {
            files.push(PathBuf::from(p));
        }
    }
    let explicit = match explicit_expectation(&args) {
        Ok(e) => e,
        Err(msg) => {
            eprintln!("mini-js: {msg}");
            return ExitCode::from(2);
        }
    };
    let several = files.len() > 1 || args.paths.iter().any(|p| Path::new(p).is_dir());
    let mut reports = Vec::new();
    let (mut passed, mut failed, mut errors, mut stopped) = (0, 0, 0, 0);
    for file in &files {
        let report = check_file(file, explicit.as_ref(), &args);
        match &report.result {
            CheckResult::Checked { verdict, .. } if verdict.matched => passed += 1,
            CheckResult::Checked { verdict, .. } if verdict.outcome.stopped.is_some() => {
                stopped += 1;
                failed += 1;
            }
            CheckResult::Updated { .. } => passed += 1,
            CheckResult::Checked { .. } => failed += 1,
            CheckResult::Error { .. } => errors += 1,
        }
        if !args.output.json {
            print_check_text(&report, several);
        }
        reports.push(report);
    }
    if args.output.json {
        if several {
            print_json(&serde_json::json!({
                "files": reports,
                "passed": passed,
                "failed": failed + errors,
            }));
        } else if let Some(r) = reports.first() {
            print_json(r);
        }
    } else if several {
        println!("{passed} passed, {} failed", failed + errors);
    }
    if errors > 0 && failed == 0 && !several {
        ExitCode::from(2)
    } else if stopped > 0 && !several {
        // A limit stopped the run: status 3, which nothing else uses.
        ExitCode::from(mini_js::internals::EXIT_STOPPED as u8)
    } else if failed + errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Every .js file under `dir`, sorted, subfolders included.
fn collect_js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_js_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            out.push(p);
        }
    }
}

/// The expectation given on the command line, if any.
fn explicit_expectation(args: &CheckArgs) -> Result<Option<Expected>, String> {
    let output = if let Some(e) = &args.expect {
        Some(Expected::stdout(&e.replace("\\n", "\n")))
    } else if let Some(f) = &args.expect_file {
        let text = std::fs::read_to_string(f).map_err(|e| format!("cannot read {f}: {e}"))?;
        Some(Expected::stdout(&text))
    } else {
        args.order.as_deref().map(Expected::order)
    };
    Ok(output.map(|mut e| {
        e.status = args.status;
        e
    }))
}

/// One file's check, as printed (text or JSON).
#[derive(Serialize)]
struct CheckReport {
    file: String,
    #[serde(flatten)]
    result: CheckResult,
}

#[derive(Serialize)]
#[serde(untagged)]
enum CheckResult {
    Checked {
        expected: Expected,
        #[serde(flatten)]
        verdict: Verdict,
        /// The explanation of the first differing line (`mini-js explain`'s words), or
        /// null when the run did not print that line.
        explanation: Option<String>,
    },
    Updated {
        updated: bool,
        #[serde(flatten)]
        outcome: Outcome,
    },
    Error {
        error: String,
    },
}

fn check_file(file: &Path, explicit: Option<&Expected>, args: &CheckArgs) -> CheckReport {
    let shown = file.display().to_string();
    let report = |result| CheckReport {
        file: shown.clone(),
        result,
    };
    let (name, source) = match load(&shown) {
        Ok(s) => s,
        Err(e) => {
            return report(CheckResult::Error {
                error: e.message().trim_end().to_string(),
            })
        }
    };
    let options = args.run.options(Options::new(), &name, &[]);
    if args.update {
        let outcome = mini_js::run(&source, &options);
        let updated = mini_js::update_expectations(&source, &outcome);
        if let Err(e) = std::fs::write(file, updated) {
            return report(CheckResult::Error {
                error: format!("cannot write {shown}: {e}"),
            });
        }
        return report(CheckResult::Updated {
            updated: true,
            outcome,
        });
    }
    report(check_source(
        &shown,
        &source,
        explicit,
        args.status,
        &options,
    ))
}

/// Checks `source` (shown as `shown`) against `explicit`, or else its `// expect:` comments
/// with `status` overriding theirs; `mini-js check` and `POST /api/check` share it.
fn check_source(
    shown: &str,
    source: &str,
    explicit: Option<&Expected>,
    status: Option<i32>,
    options: &Options,
) -> CheckResult {
    let expected = match explicit {
        Some(e) => e.clone(),
        None => match mini_js::expectations_from_comments(source) {
            Some(mut e) => {
                if status.is_some() {
                    e.status = status;
                }
                e
            }
            None => {
                return CheckResult::Error {
                    error: format!(
                        "{shown} has no `// expect:` comments (give --expect, --expect-file or --order, or run with --update)"
                    ),
                }
            }
        },
    };
    let verdict = mini_js::check(source, &expected, options);
    let explanation = explain_difference(source, options, &verdict);
    CheckResult::Checked {
        expected,
        verdict,
        explanation,
    }
}

/// The explanation of the first differing line, from `mini-js explain`.
/// The explanation of the first differing line, from `mini-js explain`: why the program
/// printed what it printed at that line (its job and the chain that queued it).
fn explain_difference(source: &str, options: &Options, verdict: &Verdict) -> Option<String> {
    let line = match verdict.difference.as_ref()? {
        mini_js::Difference::Line { line, actual, .. } => actual.as_ref().map(|_| *line)?,
        mini_js::Difference::Order { index, .. } => *index,
        _ => return None,
    };
    let engine = mini_js_host_node::RunOptions {
        max_steps: options.max_steps,
        max_heap_bytes: options.max_heap_bytes,
        max_output_bytes: options.max_output_bytes,
        timeout: options.timeout,
        host: options.host,
        step_ns: options.step_ns,
        unhandled_rejections: options.unhandled_rejections,
        cancel: options.cancel.clone(),
        ..mini_js_host_node::RunOptions::default()
    };
    views::explain_stdout_line(&options.filename, source, engine, line)
}

fn print_check_text(report: &CheckReport, several: bool) {
    let file = &report.file;
    match &report.result {
        CheckResult::Checked {
            verdict,
            explanation,
            ..
        } => {
            if verdict.matched {
                println!("ok: {file} prints the expected output");
                return;
            }
            if let Some(mini_js::Difference::Stopped { limit }) = &verdict.difference {
                println!("not checked: {file} was stopped: {limit}");
                eprint!("{}", verdict.outcome.stderr);
                return;
            }
            println!("mismatch: {file}");
            if let Some(d) = &verdict.difference {
                println!("{d}");
            }
            if let Some(e) = explanation {
                println!("{e}");
            }
            if !several {
                println!("--- actual stdout\n{}", verdict.outcome.stdout);
                if !verdict.outcome.stderr.is_empty() {
                    println!("--- stderr\n{}", verdict.outcome.stderr);
                }
            }
        }
        CheckResult::Updated { outcome, .. } => {
            println!(
                "updated: {file} ({} expected lines{})",
                outcome.lines().len(),
                if outcome.status != 0 {
                    format!(", status {}", outcome.status)
                } else {
                    String::new()
                }
            );
        }
        CheckResult::Error { error } => eprintln!("error: {error}"),
    }
}

// ───────────────────────────── JSON ─────────────────────────────

#[derive(Serialize)]
struct RunReport<'a> {
    file: &'a str,
    #[serde(flatten)]
    outcome: &'a Outcome,
}

fn print_json(value: &impl Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("mini-js: cannot write JSON: {e}"),
    }
}

/// Reads a script for the trace views (`-` is standard input), with the error as text.
pub(crate) fn read_source(file: &str) -> Result<String, String> {
    load(file)
        .map(|(_, source)| source)
        .map_err(|e| e.message())
}
