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
