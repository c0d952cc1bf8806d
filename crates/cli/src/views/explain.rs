//! `mini-js explain`: the program's output, line by line, each with the chain that put it
//! there — the job that printed it, the event that queued that job and the spec step that
//! decided it, the job that ran that event, … back to the script or a timer — grouped by
//! phase (the script, each microtask checkpoint, each timer at its virtual time).
//!
//! Built only from the recorded causality in the events: nothing is reconstructed.

use super::text::citation;
use mini_js_host_node::trace::{EventKind, JobSource, Phase, TraceEvent};
use mini_js_host_node::RunOutput;
use std::collections::HashMap;
use std::fmt::Write;

/// The longest chain printed under one output line; longer ones end with "…".
const MAX_CHAIN: usize = 8;

/// Drops the heap-id suffixes (` #331`) the trace keeps after object names: explain names
/// objects by what they are in the source only.
fn without_ids(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" #") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            out.push_str(" #");
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

#[derive(Clone, Debug)]
struct JobInfo {
    /// What the job does ("resume `await second()` in `first` (line 3) with undefined").
    what: String,
    /// The spec step the job carries out (the resumption, the reaction job, the timer).
    cite: String,
    source: JobSource,
    /// The phase the job ran in (index into `phases`) and its tick within that phase.
    phase: usize,
    tick: u32,
    /// The enqueue (or the timer's scheduling), if there was one.
    queued_by: Option<Queued>,
}

#[derive(Clone, Debug)]
struct Queued {
    /// Why ("at once, because the promise from `Promise.resolve()` (line 9) is already
    /// fulfilled") and where.
    why: String,
    cite: String,
    line: Option<u32>,
    /// The job that was running when it was queued or scheduled.
    by_job: u64,
}

#[derive(Clone, Debug)]
struct Line {
    data: String,
    stderr: bool,
    line: Option<u32>,
    job: u64,
}

#[derive(Default)]
pub struct Explainer {
    phases: Vec<(String, Vec<Line>)>,
    jobs: HashMap<u64, JobInfo>,
    enqueues: HashMap<u64, Queued>,
    /// Timer schedulings by seq.
    scheduled: HashMap<u64, Queued>,
    running: u64,
    ended: Option<String>,
    tick_in_phase: HashMap<u64, (usize, u32)>,
}

impl Explainer {
    fn phase(&self) -> usize {
        self.phases.len().saturating_sub(1)
    }

    pub fn event(&mut self, e: &TraceEvent) {
        match e.kind {
            EventKind::Phase => {
                let title = match e.phase {
                    Some(Phase::Script) => "The script runs (job 0)".to_string(),
                    Some(Phase::Checkpoint) => {
                        let t = e.text.split(" (").next().unwrap_or(&e.text);
                        let mut c = t.chars();
                        match c.next() {
                            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                            None => String::new(),
                        }
                    }
                    _ => {
                        let mut c = e.text.chars();
                        match c.next() {
                            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                            None => String::new(),
                        }
                    }
                };
                self.phases.push((title, Vec::new()));
                if e.phase == Some(Phase::Script) {
                    self.tick_in_phase.insert(0, (0, 0));
                    self.jobs.insert(
                        0,
                        JobInfo {
                            what: "the script".into(),
                            cite: String::new(),
                            source: JobSource::Script,
                            phase: 0,
                            tick: 0,
                            queued_by: None,
                        },
                    );
                }
            }
            EventKind::Enqueue => {
                if let Some(id) = e.enqueued {
                    let why = e
                        .text
                        .split_once(", because")
                        .map(|(_, w)| format!("because{w}"))
                        .or_else(|| {
                            e.text
                                .split_once(", at once")
                                .map(|(_, w)| format!("at once{w}"))
                        })
                        .unwrap_or_else(|| e.text.clone());
                    let why = if let Some(rest) = e.text.split_once("at once, because ") {
                        format!("at once, because {}", rest.1)
                    } else {
                        why
                    };
                    self.enqueues.insert(
                        id,
                        Queued {
                            why: without_ids(&why),
                            cite: citation(e),
                            line: e.line,
                            by_job: e.job,
                        },
                    );
                }
            }
            EventKind::Timer if e.text.contains(" is scheduled ") => {
                self.scheduled.insert(
                    e.seq,
                    Queued {
                        why: without_ids(&e.text),
                        cite: citation(e),
                        line: e.line,
                        by_job: e.job,
                    },
                );
            }
            EventKind::Job => {
                let Some(id) = e.id else { return };
                self.running = id;
                let source = e.source.unwrap_or(JobSource::Microtask);
                let queued_by = match source {
                    JobSource::Timer => e.cause.and_then(|c| self.scheduled.get(&c).cloned()),
                    _ => self.enqueues.remove(&id),
                };
                let phase = self.phase();
                let tick = match &queued_by {
                    Some(q) => match self.jobs.get(&q.by_job) {
                        Some(parent) if parent.phase == phase && source != JobSource::Timer => {
                            parent.tick + 1
                        }
                        _ => 1,
                    },
                    None => 1,
                };
                let what = e
                    .text
                    .split_once(" runs: ")
                    .map_or(e.text.clone(), |x| x.1.to_string());
                self.jobs.insert(
                    id,
                    JobInfo {
                        what: without_ids(&what),
                        cite: citation(e),
                        source,
                        phase,
                        tick,
                        queued_by,
                    },
                );
            }
            EventKind::Resume => {
                // The step that decides a resumption job is Await's closure (3.d / 5.d).
                if let Some(j) = self.jobs.get_mut(&self.running) {
                    if j.what.starts_with("resume") {
                        j.cite = citation(e);
                    }
                }
            }
            EventKind::Console => {
                let data = e.data.clone().unwrap_or_default();
                let stderr = matches!(e.stream, Some(mini_js_host_node::trace::Stream::Stderr));
                if self.phases.is_empty() {
                    self.phases
                        .push(("The script runs (job 0)".into(), Vec::new()));
                }
                let last = self.phases.len() - 1;
                for piece in data.split('\n') {
                    self.phases[last].1.push(Line {
                        data: piece.to_string(),
                        stderr,
                        line: e.line,
                        job: e.job,
                    });
                }
            }
            EventKind::Rejection if e.operation == Some("unhandled rejections") => {
                self.ended = Some(without_ids(&e.text));
            }
            _ => {}
        }
    }

    fn where_(&self, job: u64) -> String {
        match self.jobs.get(&job) {
            Some(j) if j.source == JobSource::Script => "while the script ran (job 0)".to_string(),
            Some(j) if j.source == JobSource::Timer => format!("in job {job} (a timer callback)"),
            Some(j) if j.source == JobSource::Finalization => {
                format!("in job {job} (a FinalizationRegistry cleanup job)")
            }
            Some(j) => format!("in job {job} (tick {} of its checkpoint)", j.tick),
            None => format!("in job {job}"),
        }
    }

    /// The chain under one output line.
    fn chain(&self, out: &mut String, mut job: u64, shown: &mut HashMap<u64, usize>, n: usize) {
        let mut steps = 0;
        while job != 0 {
            let Some(j) = self.jobs.get(&job) else { break };
            if let Some(line) = shown.get(&job) {
                let _ = writeln!(
                    out,
                    "       job {job}: explained under output line {line} above"
                );
                return;
            }
            shown.insert(job, n);
            if steps == MAX_CHAIN {
                let _ = writeln!(
                    out,
                    "       … (the chain goes on, back to the script or a timer)"
                );
                return;
            }
            steps += 1;
            let _ = writeln!(out, "       job {job}: {}  {}", j.what, j.cite);
            match &j.queued_by {
                Some(q) if j.source == JobSource::Timer => {
                    let at = q.line.map_or(String::new(), |l| format!(" at line {l}"));
                    let _ = writeln!(
                        out,
                        "         ← scheduled{at} {}: {}",
                        self.where_(q.by_job),
                        q.why
                    );
                    job = q.by_job;
                }
                Some(q) => {
                    let at = q.line.map_or(String::new(), |l| format!(" — at line {l}"));
                    let _ = writeln!(
                        out,
                        "         ← queued {}{at}, {}  {}",
                        q.why,
                        self.where_(q.by_job),
                        q.cite
                    );
                    job = q.by_job;
                }
                None => {
                    let _ = writeln!(out, "         ← (its cause was not recorded)");
                    return;
                }
            }
        }
    }

    /// Why stdout line `line` (1-based) was printed where it was: the job that printed it
    /// and that job's chain, for `mini-js check` to show under a difference.
    pub fn explain_stdout_line(&self, line: usize) -> Option<String> {
        let mut seen = 0;
        for (title, lines) in &self.phases {
            for l in lines.iter().filter(|l| !l.stderr) {
                seen += l.data.split('\n').count();
                if seen >= line {
                    let mut out = String::new();
                    let at = l.line.map_or(String::new(), |x| format!(" (line {x})"));
                    let _ = writeln!(
                        out,
                        "why `{}` was printed there{at}, during: {title}",
                        l.data
                    );
                    self.chain(&mut out, l.job, &mut HashMap::new(), line);
                    if l.job == 0 {
                        let _ = writeln!(out, "       printed by the script itself");
                    }
                    return Some(out.trim_end().to_string());
                }
            }
        }
        None
    }

    pub fn render(&self, file: &str, output: &RunOutput) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Why {file} prints what it prints, in this order.");
        let _ = writeln!(
            out,
            "Each line of output comes with the job that printed it and the chain of events that queued that job, back to the script or a timer; [§…] is the spec step that decided it."
        );
        let mut n = 0;
        let mut shown = HashMap::new();
        for (title, lines) in &self.phases {
            let _ = writeln!(out, "\n{title}");
            if lines.is_empty() {
                let _ = writeln!(out, "  (prints nothing)");
            }
            for l in lines {
                n += 1;
                let stream = if l.stderr { " (stderr)" } else { "" };
                let at = l.line.map_or(String::new(), |x| format!("line {x}, "));
                let by = match self.jobs.get(&l.job) {
                    Some(j) if j.source == JobSource::Script => {
                        "printed by the script itself".to_string()
                    }
                    Some(j) if j.source == JobSource::Timer => {
                        format!("printed by job {} (a timer callback)", l.job)
                    }
                    Some(j) if j.source == JobSource::Finalization => {
                        format!(
                            "printed by job {} (a FinalizationRegistry cleanup job)",
                            l.job
                        )
                    }
                    Some(j) => format!(
                        "printed by job {} (tick {} of this checkpoint)",
                        l.job, j.tick
                    ),
                    None => format!("printed by job {}", l.job),
                };
                let _ = writeln!(out, "  {n:>3}. {}{stream}    ← {at}{by}", l.data);
                self.chain(&mut out, l.job, &mut shown, n);
            }
        }
        if let Some(end) = &self.ended {
            let _ = writeln!(out, "\nThe run ends: {end}.");
        }
        if !output.stderr.is_empty() {
            let _ = writeln!(out, "\nstderr:");
            for l in output.stderr.lines() {
                let _ = writeln!(out, "  {l}");
            }
        }
        let _ = writeln!(out, "\nexit status {}", output.exit_code);
        out
    }
}

/// One output line of [`Explanation`]: what was printed, by which job, and the chain that
/// queued that job, as data (`mini-js explain --json`, `POST /api/explain`).
#[derive(Debug, serde::Serialize)]
pub struct ExplainedLine {
    /// 1-based position among all the output lines (stdout and stderr), as the text numbers them.
    pub n: usize,
    /// 1-based stdout line number (`null` for a stderr line).
    pub stdout_line: Option<usize>,
    /// The printed text.
    pub text: String,
    /// `stdout` or `stderr`.
    pub stream: &'static str,
    /// The source line of the `console` call.
    pub line: Option<u32>,
    /// The job that printed it (0: the script).
    pub job: u64,
    /// "printed by job 3 (tick 2 of this checkpoint)".
    pub printed_by: String,
    /// The jobs back to the script or a timer, the printing job first.
    pub chain: Vec<ChainStep>,
    /// The chain in explain's words (the lines the text prints under this one, in full).
    pub why: String,
}

/// One job of a chain and what queued (or scheduled) it.
#[derive(Debug, serde::Serialize)]
pub struct ChainStep {
    pub job: u64,
    /// What the job does.
    pub what: String,
    /// The spec step it carries out (`[§27.2.2.1 …]`).
    pub cite: String,
    /// How it got in its queue (`null` when its cause was not recorded).
    pub cause: Option<Cause>,
}

/// Why a job was queued (a microtask) or scheduled (a timer).
#[derive(Debug, serde::Serialize)]
pub struct Cause {
    /// `queued` or `scheduled`.
    pub how: &'static str,
    pub why: String,
    /// The source line of the step that queued it.
    pub line: Option<u32>,
    /// The job that was running then.
    pub by_job: u64,
    /// Where that job ran ("while the script ran (job 0)").
    pub during: String,
    pub cite: String,
}

/// A phase of the run and the lines printed in it.
#[derive(Debug, serde::Serialize)]
pub struct ExplainedPhase {
    pub title: String,
    pub lines: Vec<ExplainedLine>,
}

/// The whole explanation as data: the same facts as [`Explainer::render`]'s text.
#[derive(Debug, serde::Serialize)]
pub struct Explanation {
    pub file: String,
    pub phases: Vec<ExplainedPhase>,
    /// How the run ended, when an unhandled rejection ended it.
    pub ended: Option<String>,
    pub stderr: String,
    pub status: i32,
    /// The limit that stopped the run, or `null`.
    pub stopped: Option<String>,
}

impl Explainer {
    /// The chain of `job` as data: at most [`MAX_CHAIN`] steps, stopping at a repeated job.
    fn chain_steps(&self, mut job: u64) -> Vec<ChainStep> {
        let mut steps = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while job != 0 && steps.len() < MAX_CHAIN && seen.insert(job) {
            let Some(j) = self.jobs.get(&job) else { break };
            let cause = j.queued_by.as_ref().map(|q| Cause {
                how: if j.source == JobSource::Timer {
                    "scheduled"
                } else {
                    "queued"
                },
                why: q.why.clone(),
                line: q.line,
                by_job: q.by_job,
                during: self.where_(q.by_job),
                cite: q.cite.clone(),
            });
            let next = cause.as_ref().map(|c| c.by_job);
            steps.push(ChainStep {
                job,
                what: j.what.clone(),
                cite: j.cite.clone(),
                cause,
            });
            match next {
                Some(n) => job = n,
                None => break,
            }
        }
        steps
    }

    /// The explanation as data (`explain --json`), for `file` and the run's `output`.
    pub fn structured(&self, file: &str, output: &RunOutput) -> Explanation {
        let mut n = 0;
        let mut stdout_line = 0;
        let phases = self
            .phases
            .iter()
            .map(|(title, lines)| ExplainedPhase {
                title: title.clone(),
                lines: lines
                    .iter()
                    .map(|l| {
                        n += 1;
                        if !l.stderr {
                            stdout_line += 1;
                        }
                        let printed_by = match self.jobs.get(&l.job) {
                            Some(j) if j.source == JobSource::Script => {
                                "printed by the script itself".to_string()
                            }
                            Some(j) if j.source == JobSource::Timer => {
                                format!("printed by job {} (a timer callback)", l.job)
                            }
                            Some(j) if j.source == JobSource::Finalization => format!(
                                "printed by job {} (a FinalizationRegistry cleanup job)",
                                l.job
                            ),
                            Some(j) => format!(
                                "printed by job {} (tick {} of this checkpoint)",
                                l.job, j.tick
                            ),
                            None => format!("printed by job {}", l.job),
                        };
                        let mut why = String::new();
                        self.chain(&mut why, l.job, &mut HashMap::new(), n);
                        ExplainedLine {
                            n,
                            stdout_line: (!l.stderr).then_some(stdout_line),
                            text: l.data.clone(),
                            stream: if l.stderr { "stderr" } else { "stdout" },
                            line: l.line,
                            job: l.job,
                            printed_by,
                            chain: self.chain_steps(l.job),
                            why: why.lines().map(str::trim).collect::<Vec<_>>().join("\n"),
                        }
                    })
                    .collect(),
            })
            .collect();
        Explanation {
            file: file.to_string(),
            phases,
            ended: self.ended.clone(),
            stderr: output.stderr.clone(),
            status: output.exit_code,
            stopped: output.stopped.map(|l| l.to_string()),
        }
    }
}
