//! mini-js and QuickJS side by side, in one run.
//!
//! For every program in `bench/programs/` (each prints one checksum line, recorded from
//! Node 26 in `NAME.expected`), the harness starts a fresh child process per engine and per
//! repetition (`--child ENGINE FILE`), so each engine's peak memory is its own. The child
//! measures the run's CPU time in-process (engine creation included: that is what "startup"
//! measures; CPU time rather than wall time because the machine is shared and noisy) and
//! reports its peak resident set (VmHWM). The parent checks that both engines printed the
//! expected line, keeps the best time and the smallest peak of the repetitions, and prints
//! per-program ratios and their geometric mean.
//!
//! QuickJS has no event loop of its own: the harness gives it `console.log` and a native
//! `setTimeout` on a virtual clock, and drains its job queue before each timer, which is the
//! order Node and mini-js follow for these programs.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Both engines get a big native stack: QuickJS recurses on the C stack for every call.
const CHILD_STACK: usize = 512 << 20;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 4 && args[1] == "--child" {
        let (engine, file) = (args[2].clone(), PathBuf::from(&args[3]));
        let code = std::thread::Builder::new()
            .stack_size(CHILD_STACK)
            .spawn(move || child(&engine, &file))
            .expect("spawn the benchmark thread")
            .join()
            .unwrap_or(70);
        std::process::exit(code);
    }
    let mut runs = 3;
    let mut only: Vec<String> = Vec::new();
    let mut dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../programs"));
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--runs" => runs = it.next().and_then(|n| n.parse().ok()).unwrap_or(3),
            "--only" => only.extend(it.next().cloned()),
            "--dir" => dir = it.next().map(PathBuf::from).unwrap_or(dir),
            "-h" | "--help" => {
                println!("usage: mini-js-bench [--runs N] [--only NAME]... [--dir DIR]");
                return;
            }
            other => {
                eprintln!("mini-js-bench: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    std::process::exit(parent(&dir, runs, &only));
}

/// One engine's best result on one program.
struct Measure {
    ms: f64,
    peak_kib: u64,
    ok: bool,
}

fn parent(dir: &Path, runs: usize, only: &[String]) -> i32 {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .filter(|p| only.is_empty() || only.iter().any(|o| p.file_stem().unwrap() == o.as_str()))
        .collect();
    programs.sort();
    let me = std::env::current_exe().expect("own path");
    println!(
        "{:<20} {:>10} {:>10} {:>7}   {:>10} {:>10} {:>7}  {}",
        "program", "mini-js ms", "qjs ms", "time×", "mini-js KiB", "qjs KiB", "mem×", "checksum"
    );
    let (mut log_t, mut log_m, mut n, mut failures) = (0.0, 0.0, 0, 0);
    for program in &programs {
        let expected = std::fs::read_to_string(program.with_extension("expected"))
            .unwrap_or_default();
        let measure = |engine: &str| -> Measure {
            let mut best = Measure { ms: f64::INFINITY, peak_kib: u64::MAX, ok: true };
            for _ in 0..runs {
                let out = Command::new(&me)
                    .args(["--child", engine])
                    .arg(program)
                    .output()
                    .expect("run the child");
                let stdout = String::from_utf8_lossy(&out.stdout);
                let stderr = String::from_utf8_lossy(&out.stderr);
                let report = stderr.lines().rev().find_map(|l| l.strip_prefix("@@bench "));
                let Some(report) = report else {
                    eprintln!("{engine} on {}: no report\n{stderr}", program.display());
                    best.ok = false;
                    break;
                };
                let field = |name: &str| -> f64 {
                    report
                        .split(' ')
                        .find_map(|kv| kv.strip_prefix(name))
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(f64::NAN)
                };
                best.ms = best.ms.min(field("ms="));
                best.peak_kib = best.peak_kib.min(field("peak_kib=") as u64);
                if stdout != expected {
                    eprintln!(
                        "{engine} on {}: printed {stdout:?}, Node printed {expected:?}",
                        program.display()
                    );
                    best.ok = false;
                }
            }
            best
        };
        let mini = measure("mini-js");
        let qjs = measure("quickjs");
        let (tr, mr) = (mini.ms / qjs.ms, mini.peak_kib as f64 / qjs.peak_kib as f64);
        let ok = mini.ok && qjs.ok;
        if ok {
            log_t += tr.ln();
            log_m += mr.ln();
            n += 1;
        } else {
            failures += 1;
        }
        println!(
            "{:<20} {:>10.1} {:>10.1} {:>6.2}×   {:>10} {:>10} {:>6.2}×  {}",
            program.file_stem().unwrap().to_string_lossy(),
            mini.ms,
            qjs.ms,
            tr,
            mini.peak_kib,
            qjs.peak_kib,
            mr,
            if ok { "same as Node" } else { "DIFFERENT" }
        );
    }
    if n > 0 {
        println!(
            "{:<20} {:>10} {:>10} {:>6.2}×   {:>10} {:>10} {:>6.2}×",
            "geomean",
            "",
            "",
            (log_t / n as f64).exp(),
            "",
            "",
            (log_m / n as f64).exp()
        );
    }
    i32::from(failures > 0)
}

/// Runs one program in one engine, prints its stdout, and reports on stderr.
fn child(engine: &str, file: &Path) -> i32 {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return 2;
        }
    };
    let start = process_cpu_ns();
    let wall = Instant::now();
    let result = match engine {
        "mini-js" => run_mini_js(file, &source),
        "quickjs" => run_quickjs(&source),
        other => Err(format!("unknown engine {other}")),
    };
    let ms = (process_cpu_ns() - start) as f64 / 1e6;
    let wall_ms = wall.elapsed().as_secs_f64() * 1e3;
    match result {
        Ok(stdout) => {
            print!("{stdout}");
            eprintln!("@@bench ms={ms:.3} wall_ms={wall_ms:.3} peak_kib={}", peak_kib());
            0
        }
        Err(e) => {
            eprintln!("{engine}: {e}");
            1
        }
    }
}

fn run_mini_js(file: &Path, source: &str) -> Result<String, String> {
    let options = mini_js::Options::node_like().filename(file.display().to_string());
    let outcome = mini_js::run(source, &options);
    if outcome.status != 0 {
        return Err(format!("exit {}: {}", outcome.status, outcome.stderr));
    }
    Ok(outcome.stdout)
}

/// A pending QuickJS timer: due time, then creation order (Node's order for these programs).
struct Timer {
    due: u64,
    seq: u64,
    callback: rquickjs::Persistent<rquickjs::Function<'static>>,
    args: Vec<rquickjs::Persistent<rquickjs::Value<'static>>>,
}

/// The host state QuickJS's setTimeout writes to: a virtual clock and the pending timers.
#[derive(Default)]
struct Timers {
    now: u64,
    seq: u64,
    pending: std::collections::BinaryHeap<Timer>,
    cancelled: std::collections::HashSet<u64>,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        (self.due, self.seq) == (other.due, other.seq)
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
/// Reversed, so that the max-heap `BinaryHeap` pops the earliest timer first.
impl Ord for Timer {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (other.due, other.seq).cmp(&(self.due, self.seq))
    }
}

impl Timers {
    /// Removes and returns the earliest timer that was not cleared.
    fn pop(&mut self) -> Option<Timer> {
        loop {
            let t = self.pending.pop()?;
            if !self.cancelled.remove(&t.seq) {
                return Some(t);
            }
        }
    }
}

thread_local! {
    /// The running QuickJS child's timers (one run per process).
    static TIMERS: RefCell<Option<Rc<RefCell<Timers>>>> = const { RefCell::new(None) };
}

/// QuickJS's `setTimeout(callback, ms, ...args)`: a timer on the virtual clock, at least 1 ms
/// away as in Node.
fn quickjs_set_timeout<'js>(
    ctx: rquickjs::Ctx<'js>,
    callback: rquickjs::Function<'js>,
    ms: rquickjs::function::Opt<f64>,
    args: rquickjs::function::Rest<rquickjs::Value<'js>>,
) -> f64 {
    use rquickjs::Persistent;
    let timers = TIMERS.with(|t| t.borrow().clone()).expect("QuickJS timers are set up");
    let mut t = timers.borrow_mut();
    t.seq += 1;
    let (due, seq) = (t.now + (ms.0.unwrap_or(0.0).max(1.0) as u64), t.seq);
    let args = args.0.into_iter().map(|a| Persistent::save(&ctx, a)).collect();
    let callback = Persistent::save(&ctx, callback);
    t.pending.push(Timer { due, seq, callback, args });
    seq as f64
}

fn run_quickjs(source: &str) -> Result<String, String> {
    use rquickjs::{CatchResultExt, Context, Function, Runtime};
    let rt = Runtime::new().map_err(|e| e.to_string())?;
    rt.set_max_stack_size(CHILD_STACK - (16 << 20));
    let ctx = Context::full(&rt).map_err(|e| e.to_string())?;
    let out = Rc::new(RefCell::new(String::new()));
    let timers = Rc::new(RefCell::new(Timers::default()));
    let sink = out.clone();
    TIMERS.with(|t| *t.borrow_mut() = Some(timers.clone()));
    let cancel = timers.clone();
    ctx.with(|ctx| -> Result<(), String> {
        let err = |e: rquickjs::Error| e.to_string();
        let print = Function::new(ctx.clone(), move |line: String| {
            let mut s = sink.borrow_mut();
            s.push_str(&line);
            s.push('\n');
        })
        .map_err(err)?;
        let set_timeout = Function::new(ctx.clone(), quickjs_set_timeout).map_err(err)?;
        let clear_timeout = Function::new(ctx.clone(), move |id: f64| {
            cancel.borrow_mut().cancelled.insert(id as u64);
        })
        .map_err(err)?;
        let globals = ctx.globals();
        globals.set("__print", print).map_err(err)?;
        globals.set("setTimeout", set_timeout).map_err(err)?;
        globals.set("clearTimeout", clear_timeout).map_err(err)?;
        ctx.eval::<(), _>("globalThis.console = { log: (...a) => __print(a.map(String).join(' ')) };")
            .catch(&ctx)
            .map_err(|e| e.to_string())?;
        ctx.eval::<(), _>(source).catch(&ctx).map_err(|e| e.to_string())
    })?;
    loop {
        while rt.is_job_pending() {
            rt.execute_pending_job().map_err(|_| "a job threw".to_string())?;
        }
        let next = {
            let mut t = timers.borrow_mut();
            let next = t.pop();
            if let Some(n) = &next {
                t.now = n.due;
            }
            next
        };
        let Some(timer) = next else { break };
        ctx.with(|ctx| -> Result<(), String> {
            let f = timer.callback.restore(&ctx).map_err(|e| e.to_string())?;
            let mut args = rquickjs::function::Args::new(ctx.clone(), timer.args.len());
            for a in timer.args {
                args.push_arg(a.restore(&ctx).map_err(|e| e.to_string())?)
                    .map_err(|e| e.to_string())?;
            }
            f.call_arg::<()>(args).catch(&ctx).map_err(|e| e.to_string())
        })?;
    }
    let s = out.borrow().clone();
    Ok(s)
}

/// CPU time this process has used, in ns (all threads: mini-js runs its machine on a thread
/// of its own). The machine is shared, so CPU time — not wall time — is what the harness
/// compares.
fn process_cpu_ns() -> u64 {
    cpu_time::ProcessTime::now().as_duration().as_nanos() as u64
}

/// Peak resident set of this process, from /proc (Linux).
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
