//! The per-directory table and the expectations file.
//!
//! The expectations file lists the tests known to fail, one a line: `path: reason`. `#`
//! starts a comment line. A run fails when a test fails that is not listed, or when a listed
//! test it ran passes (or became unsupported) — so the list only shrinks.

use crate::Outcome;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Default, Clone, Copy)]
struct Counts {
    pass: usize,
    fail: usize,
    unsupported: usize,
}

impl Counts {
    fn add(&mut self, o: &Outcome) {
        match o {
            Outcome::Pass => self.pass += 1,
            Outcome::Fail(_) => self.fail += 1,
            Outcome::Unsupported(_) => self.unsupported += 1,
        }
    }

    fn row(&self, name: &str) -> String {
        let runnable = self.pass + self.fail;
        let pct = if runnable == 0 {
            "—".to_string()
        } else {
            format!("{:.1} %", 100.0 * self.pass as f64 / runnable as f64)
        };
        format!(
            "| {name} | {} | {} | {} | {} | {pct} |\n",
            self.pass + self.fail + self.unsupported,
            self.pass,
            self.fail,
            self.unsupported
        )
    }
}

/// A Markdown table: one row per directory (`depth` levels below `test/`), then the total.
pub fn table(results: &BTreeMap<String, Outcome>, depth: usize) -> String {
    let mut dirs: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    for (path, outcome) in results {
        let rel = path.strip_prefix("test/").unwrap_or(path);
        let parts: Vec<&str> = rel.split('/').collect();
        // Directories only: a file directly in a shallower directory counts there.
        let n = depth.min(parts.len().saturating_sub(1)).max(1);
        let dir = parts[..n].join("/");
        dirs.entry(dir).or_default().add(outcome);
        total.add(outcome);
    }
    let mut out = String::from(
        "| directory | tests | passed | failed | unsupported | passed of runnable |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for (dir, c) in &dirs {
        out.push_str(&c.row(dir));
    }
    out.push_str(&total.row("**total**"));
    out
}

/// The listed tests and their reasons.
pub fn read_expectations(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(": ") {
            Some((p, r)) => (p.trim().to_string(), r.trim().to_string()),
            None => (l.trim_end_matches(':').to_string(), String::new()),
        })
        .collect()
}

/// The differences between a run and the expectations, one message each.
pub fn compare(
    expectations: &BTreeMap<String, String>,
    results: &BTreeMap<String, Outcome>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (path, outcome) in results {
        match (outcome, expectations.get(path)) {
            (Outcome::Fail(m), None) => problems.push(format!("unexpected failure: {path}: {m}")),
            (Outcome::Pass, Some(_)) => problems.push(format!(
                "unexpected pass (remove it from the expectations): {path}"
            )),
            (Outcome::Unsupported(r), Some(_)) => problems.push(format!(
                "listed but unsupported ({r}; remove it from the expectations): {path}"
            )),
            _ => {}
        }
    }
    problems
}

/// Rewrites the expectations: entries for tests this run did not cover stay; covered tests
/// are listed when they failed, with their old reason or else the failure message.
pub fn write_expectations(
    path: &Path,
    old: &BTreeMap<String, String>,
    results: &BTreeMap<String, Outcome>,
) {
    let mut new: BTreeMap<String, String> = old
        .iter()
        .filter(|(p, _)| !results.contains_key(*p))
        .map(|(p, r)| (p.clone(), r.clone()))
        .collect();
    for (p, outcome) in results {
        if let Outcome::Fail(m) = outcome {
            let reason = old
                .get(p)
                .filter(|r| !r.is_empty())
                .cloned()
                .unwrap_or_else(|| short(m));
            new.insert(p.clone(), reason);
        }
    }
    let mut text = String::from(
        "# test262 tests mini-js is known to fail, one a line: `path: reason`.\n\
         # The runner (crates/test262, `cargo run -p mini-js-test262 --release`) fails when a test\n\
         # fails that is not listed here, or when a listed test passes: the list only shrinks.\n",
    );
    for (p, r) in &new {
        text.push_str(&format!("{p}: {r}\n"));
    }
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("mini-js-test262: cannot write {}: {e}", path.display());
    }
}

/// A failure message cut to one short line, for a reason.
fn short(m: &str) -> String {
    let line = m.lines().next().unwrap_or("").trim();
    if line.chars().count() > 120 {
        let cut: String = line.chars().take(117).collect();
        format!("{cut}...")
    } else {
        line.to_string()
    }
}
