//! Whole runs of mutated programs (truncations, byte flips, splices of two programs) with a
//! small step budget: the engine never panics (exit 70 is an internal error) and each run ends
//! quickly. The parser alone is mutated more heavily in crates/syntax/tests/robustness.rs.

use mini_js_host_node::{run_script, RunOptions};

/// xorshift64*, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn char_floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[test]
fn mutated_programs_run_without_internal_errors() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    files.sort();
    let seeds: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("read"))
        .collect();
    let options = RunOptions {
        max_steps: Some(20_000),
        ..Default::default()
    };
    // MUTATION_CASES=N runs N cases (the long runs recorded in fuzz/README.md); MUTATION_SEED
    // starts another sequence.
    let cases: usize = std::env::var("MUTATION_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let seed: u64 = std::env::var("MUTATION_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x00F0_22ED);
    let mut rng = Rng(seed);
    for case in 0..cases {
        let a = &seeds[rng.below(seeds.len())];
        let b = &seeds[rng.below(seeds.len())];
        let at = char_floor(a, rng.below(a.len() + 1));
        let src = match rng.below(3) {
            0 => a[..at].to_string(),
            1 => {
                let mut bytes = a.clone().into_bytes();
                for _ in 0..1 + rng.below(4) {
                    let i = rng.below(bytes.len().max(1));
                    if let Some(x) = bytes.get_mut(i) {
                        *x ^= 1 << rng.below(8);
                    }
                }
                String::from_utf8_lossy(&bytes).into_owned()
            }
            _ => {
                let bt = char_floor(b, rng.below(b.len() + 1));
                format!("{}{}", &a[..at], &b[bt..])
            }
        };
        if std::env::var_os("MUTATION_TRACE").is_some() {
            let _ = std::fs::write(std::env::temp_dir().join("mutation-run-case.js"), &src);
        }
        let start = std::time::Instant::now();
        let out = run_script("mutated.js", &src, &options);
        assert_ne!(out.exit_code, 70, "case {case}: {}\n{src}", out.stderr);
        let took = start.elapsed();
        assert!(took.as_secs() < 20, "case {case} took {took:?}");
    }
}
