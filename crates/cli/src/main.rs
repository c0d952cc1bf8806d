//! The `mini-js` command: run, trace and check JavaScript programs of the mini-js subset.

use clap::{Parser, Subcommand};
use std::io::Read;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mini-js",
    version,
    about = "A JavaScript interpreter that shows the order async code runs in, and why"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script and print what Node prints (`-` reads standard input).
    Run {
        file: String,
        /// Stop a runaway program after this many evaluator steps.
        #[arg(long)]
        max_steps: Option<u64>,
        /// Print the tokens instead of running.
        #[arg(long)]
        dump_tokens: bool,
        /// Print the syntax tree instead of running.
        #[arg(long)]
        dump_ast: bool,
    },
    /// Run a script and print every step that decided the order of its output.
    Trace {
        file: String,
        #[arg(long)]
        max_steps: Option<u64>,
    },
    /// Check a script's output against an expected answer (exit status 0 when it matches,
    /// 1 when it does not): `mini-js check puzzle.js --expect '5,1,3,6,4,2'`.
    Check {
        file: String,
        /// The expected stdout (use \n between lines, or --expect-file).
        #[arg(
            long,
            conflicts_with = "expect_file",
            required_unless_present = "expect_file"
        )]
        expect: Option<String>,
        /// A file holding the expected stdout.
        #[arg(long)]
        expect_file: Option<String>,
        /// The expected exit status (not checked unless given).
        #[arg(long)]
        status: Option<i32>,
        #[arg(long)]
        max_steps: Option<u64>,
    },
}

/// `mini-js check`: run, compare, and say where the output first differs.
fn check_command(
    file: &str,
    expect: &Option<String>,
    expect_file: &Option<String>,
    status: Option<i32>,
    max_steps: Option<u64>,
) -> ExitCode {
    let expected = match (expect, expect_file) {
        (Some(e), _) => e.replace("\\n", "\n"),
        (None, Some(f)) => match read_source(f) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        },
        (None, None) => unreachable!("clap requires one of them"),
    };
    let source = match read_source(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let options = mini_js_engine::RunOptions {
        max_steps,
        ..Default::default()
    };
    let c = mini_js_engine::check(file, &source, &expected, status, &options);
    if c.matches {
        println!("ok: {file} prints the expected output");
        return ExitCode::SUCCESS;
    }
    println!("mismatch: {file}");
    if let Some(line) = c.first_difference {
        let got = c
            .output
            .stdout
            .lines()
            .nth(line - 1)
            .unwrap_or("<end of output>");
        let want = expected.lines().nth(line - 1).unwrap_or("<end of output>");
        println!("first difference at line {line}:\n  expected: {want}\n  actual:   {got}");
    }
    if let Some(s) = status.filter(|s| *s != c.output.exit_code) {
        println!("exit status: expected {s}, actual {}", c.output.exit_code);
    }
    println!("--- actual stdout\n{}", c.output.stdout);
    if !c.output.stderr.is_empty() {
        println!("--- stderr\n{}", c.output.stderr);
    }
    ExitCode::from(1)
}

fn read_source(file: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("mini-js: cannot read standard input: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(file).map_err(|e| format!("mini-js: cannot read {file}: {e}"))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (file, options, dump_tokens, dump_ast) = match &cli.command {
        Command::Check {
            file,
            expect,
            expect_file,
            status,
            max_steps,
        } => return check_command(file, expect, expect_file, *status, *max_steps),
        Command::Run {
            file,
            max_steps,
            dump_tokens,
            dump_ast,
        } => (
            file,
            mini_js_engine::RunOptions {
                max_steps: *max_steps,
                trace: false,
                gc_threshold: mini_js_engine::gc::gc_threshold_from_env(),
                ..Default::default()
            },
            *dump_tokens,
            *dump_ast,
        ),
        Command::Trace { file, max_steps } => (
            file,
            mini_js_engine::RunOptions {
                max_steps: *max_steps,
                trace: true,
                gc_threshold: mini_js_engine::gc::gc_threshold_from_env(),
                ..Default::default()
            },
            false,
            false,
        ),
    };
    let source = match read_source(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let name = if file == "-" {
        "<stdin>"
    } else {
        file.as_str()
    };
    if dump_tokens {
        print!("{}", mini_js_syntax::lexer::dump_tokens(&source));
        return ExitCode::SUCCESS;
    }
    if dump_ast {
        return match mini_js_syntax::parse_script(&source) {
            Ok(p) => {
                println!("{p:#?}");
                ExitCode::SUCCESS
            }
            Err(errors) => {
                eprint!(
                    "{}",
                    mini_js_engine::host::run::render_syntax_errors(name, &source, &errors)
                );
                ExitCode::from(1)
            }
        };
    }
    let out = mini_js_engine::run_script(name, &source, &options);
    print!("{}", out.stdout);
    if options.trace {
        print!("{}", out.trace);
    }
    eprint!("{}", out.stderr);
    ExitCode::from(out.exit_code as u8)
}
