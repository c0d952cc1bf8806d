//! A quiz backend's grader: students submit programs that must print `1,2,3` using a
//! timer, a promise and plain code; grade a batch of submissions in parallel threads, each
//! run bounded so a runaway submission cannot hold a worker.
//!
//! Run it with `cargo run -p mini-js --example embed`.

use mini_js::{check, Expected, Options, Verdict};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// What the task asks for, as the quiz states it.
const ANSWER: &str = "1,2,3";

/// A graded submission.
#[derive(Debug)]
pub struct Grade {
    /// Who submitted it.
    pub student: String,
    /// Whether it printed the answer and exited normally.
    pub passed: bool,
    /// What to tell the student.
    pub feedback: String,
}

/// Grades every submission on `workers` threads. Each run is independent (its own heap,
/// its own virtual clock), so any number can run at once.
pub fn grade_all(submissions: &[(&str, &str)], workers: usize) -> Vec<Grade> {
    let expected = Expected::order(ANSWER).status(0);
    let next = AtomicUsize::new(0);
    let mut grades: Vec<Option<Grade>> = (0..submissions.len()).map(|_| None).collect();
    let results = thread::scope(|s| {
        let handles: Vec<_> = (0..workers.max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((student, source)) = submissions.get(i) else {
                            return done;
                        };
                        let options = Options::new()
                            .filename(format!("{student}.js"))
                            .max_steps(200_000);
                        done.push((i, grade(student, &check(source, &expected, &options))));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a grading thread"))
            .collect::<Vec<_>>()
    });
    for (i, g) in results {
        grades[i] = Some(g);
    }
    grades
        .into_iter()
        .map(|g| g.expect("every submission graded"))
        .collect()
}

fn grade(student: &str, verdict: &Verdict) -> Grade {
    let feedback = match (&verdict.difference, verdict.outcome.stderr.lines().next()) {
        (None, _) => "correct".to_string(),
        (Some(_), Some(error)) if verdict.outcome.status != 0 => {
            format!("your program failed: {error}")
        }
        (Some(d), _) => format!("{d}"),
    };
    Grade {
        student: student.to_string(),
        passed: verdict.matched,
        feedback,
    }
}

/// Sample submissions: right, wrong order, a crash, and an endless loop.
pub const SUBMISSIONS: &[(&str, &str)] = &[
    (
        "ada",
        "setTimeout(() => console.log(3)); Promise.resolve().then(() => console.log(2)); console.log(1);",
    ),
    (
        "brendan",
        "setTimeout(() => console.log(2)); Promise.resolve().then(() => console.log(3)); console.log(1);",
    ),
    ("grace", "console.log(1); undefinedFunction(); console.log(2);"),
    ("linus", "console.log(1); while (true) {}"),
];

fn main() {
    for g in grade_all(SUBMISSIONS, 4) {
        let mark = if g.passed { "pass" } else { "FAIL" };
        println!(
            "{mark} {:<8} {}",
            g.student,
            g.feedback.replace('\n', " | ")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_the_sample_batch() {
        let grades = grade_all(SUBMISSIONS, 3);
        let passed: Vec<bool> = grades.iter().map(|g| g.passed).collect();
        assert_eq!(passed, [true, false, false, false]);
        assert_eq!(grades[0].feedback, "correct");
        assert!(
            grades[1].feedback.contains("position 2"),
            "{}",
            grades[1].feedback
        );
        assert!(
            grades[2]
                .feedback
                .contains("undefinedFunction is not defined"),
            "{}",
            grades[2].feedback
        );
        assert!(
            grades[3].feedback.contains("200000 steps"),
            "{}",
            grades[3].feedback
        );
    }

    #[test]
    fn many_submissions_in_parallel_give_the_same_grades() {
        let batch: Vec<(&str, &str)> = SUBMISSIONS.iter().cycle().take(40).copied().collect();
        let grades = grade_all(&batch, 8);
        for (g, (student, _)) in grades.iter().zip(&batch) {
            assert_eq!(&g.student, student);
        }
        assert_eq!(grades.iter().filter(|g| g.passed).count(), 10);
    }
}
