//! `mini-js serve` end to end: the server started on an ephemeral port, every endpoint
//! compared with the subcommand that makes the same answer, the limits (only lowered), the
//! 400/413/503 paths, a client that goes away, concurrency with a hostile program, and a
//! graceful stop, and endless traces cut at the server's event budget.

#[path = "support/server.rs"]
mod support;

use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};
use support::Server;

/// The puzzle that prints 5,1,3,6,4,2 (written for these tests).
const PUZZLE: &str = "\
setTimeout(() => console.log(2), 10);
setTimeout(() => console.log(4), 0);
Promise.resolve()
  .then(() => console.log(1))
  .then(() => console.log(6));
queueMicrotask(() => console.log(3));
console.log(5);
";

/// `source` written to a fresh file, for the CLI to read.
fn file_with(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mini-js-serve-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    path
}

/// The stdout of `mini-js ARGS…`.
fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_mini-js"))
        .args(args)
        .output()
        .expect("mini-js runs");
    String::from_utf8(out.stdout).unwrap()
}

fn cli_json(args: &[&str]) -> Value {
    let text = cli(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn every_endpoint_answers_what_the_cli_prints() {
    let server = Server::start(&[]);
    let path = file_with("puzzle.js", PUZZLE);
    let file = path.to_str().unwrap();
    let request = json!({ "source": PUZZLE, "filename": file });

    // run: the object of `run --json` (the CLI runs without the time limit; this program
    // does not come near it, so the objects are equal).
    let r = server.post_json("/api/run", &request);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    let ran = r.json();
    assert_eq!(ran["stdout"], "5\n1\n3\n6\n4\n2\n");
    assert_eq!(ran, cli_json(&["run", "--json", file]));

    // check: right and wrong answers, as `check --json --order`.
    for order in ["5,1,3,6,4,2", "5,1,6,3,4,2"] {
        let mut req = request.clone();
        req["order"] = order.into();
        let r = server.post_json("/api/check", &req);
        assert_eq!(r.status, 200, "{}", r.text());
        let checked = r.json();
        assert_eq!(checked["matched"], order == "5,1,3,6,4,2");
        assert_eq!(
            checked,
            cli_json(&["check", "--json", "--order", order, file])
        );
    }
    let wrong = server.post_json(
        "/api/check",
        &json!({ "source": PUZZLE, "expect": "5\n1\n3\n6\n2\n4" }),
    );
    let wrong = wrong.json();
    assert_eq!(wrong["difference"]["line"], 5);
    assert!(
        wrong["explanation"].as_str().unwrap().contains("timer"),
        "{wrong}"
    );

    // explain: the object of `explain --json`, each line with its chain.
    let r = server.post_json("/api/explain", &request);
    assert_eq!(r.status, 200, "{}", r.text());
    let explained = r.json();
    assert_eq!(explained, cli_json(&["explain", "--json", file]));
    let lines: Vec<&Value> = explained["phases"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["lines"].as_array().unwrap())
        .collect();
    let texts: Vec<&str> = lines.iter().map(|l| l["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["5", "1", "3", "6", "4", "2"]);
    // `6` was queued by the reaction that printed `1`.
    let six = lines[3];
    assert_eq!(six["chain"][0]["cause"]["how"], "queued");
    assert_eq!(six["chain"][0]["cause"]["by_job"], lines[1]["job"]);

    // trace: the JSON lines of `trace --format json`, with the filters of --only.
    let mut req = request.clone();
    req["only"] = json!(["promise", "console"]);
    let r = server.post_json("/api/trace", &req);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/x-ndjson"));
    assert_eq!(r.header("x-mini-js-status"), Some("0"));
    let expected = cli(&[
        "trace",
        "--format",
        "json",
        "--only",
        "promise,console",
        file,
    ]);
    assert_eq!(r.text(), expected);
    let kinds: Vec<String> = r
        .text()
        .lines()
        .skip(1)
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["kind"].to_string())
        .collect();
    assert!(kinds.iter().all(|k| k != "\"job\""), "{kinds:?}");
    let mut bad = request.clone();
    bad["only"] = json!(["jobs"]);
    let r = server.post_json("/api/trace", &bad);
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].as_str().unwrap().contains("'jobs'"));

    // timeline: the SVG of `timeline`.
    let r = server.post_json("/api/timeline", &request);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("image/svg+xml"));
    assert!(r.text().starts_with("<svg"), "{}", r.text());
    assert_eq!(r.text(), cli(&["timeline", file]));

    // The playground and its files.
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("<textarea id=\"source\""));
    let script = server.get("/playground.js");
    assert_eq!(script.status, 200);
    assert!(script.text().contains("5,1,3,6,4,2"));
    assert_eq!(server.get("/playground.css").status, 200);
    assert_eq!(server.get("/nothing-here").status, 404);
    assert_eq!(server.get("/api/run").status, 405);
}

#[test]
fn limits_can_only_be_lowered() {
    let server = Server::start(&[]);
    // A lower time limit stops an endless loop early.
    let started = Instant::now();
    let r = server.post_json(
        "/api/run",
        &json!({ "source": "while (true) {}", "limits": { "timeout_ms": 300 } }),
    );
    let ran = r.json();
    assert_eq!(ran["status"], 3, "{ran}");
    assert!(ran["stopped"].as_str().unwrap().contains("300"), "{ran}");
    assert!(started.elapsed() < Duration::from_secs(8));

    // A lower output limit.
    let r = server.post_json(
        "/api/run",
        &json!({ "source": "for (let i = 0; i < 100000; i++) console.log('line ' + i)",
                 "limits": { "max_output_kb": 2 } }),
    );
    let ran = r.json();
    assert!(ran["stopped"].as_str().unwrap().contains("output"), "{ran}");
    assert!(ran["stdout"].as_str().unwrap().len() <= 2048);

    // A higher heap limit than the server's is capped to it: 256 MiB.
    let r = server.post_json(
        "/api/run",
        &json!({ "source": "let s = 'x'; while (true) s += s;",
                 "limits": { "max_heap_mb": 100000 } }),
    );
    let ran = r.json();
    assert!(
        ran["stopped"].as_str().unwrap().contains("256 MiB"),
        "{ran}"
    );

    // 0 would lift a limit: refused.
    let r = server.post_json(
        "/api/run",
        &json!({ "source": "1", "limits": { "timeout_ms": 0 } }),
    );
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].as_str().unwrap().contains("timeout_ms"));
    // An unknown limit is refused, not ignored.
    let r = server.post_json(
        "/api/run",
        &json!({ "source": "1", "limits": { "timeout": 10 } }),
    );
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].as_str().unwrap().contains("timeout"));
}

#[test]
fn malformed_and_oversized_requests() {
    let server = Server::start(&["--max-body-kb", "16"]);
    let r = server.post("/api/run", "{\"source\": ");
    assert_eq!(r.status, 400);
    let e = r.json();
    assert!(
        e["error"].as_str().unwrap().contains("EOF while parsing"),
        "{e}"
    );
    let r = server.post("/api/run", "{\"program\": \"1\"}");
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].as_str().unwrap().contains("program"));
    let r = server.post_json("/api/check", &json!({ "source": "console.log(1)" }));
    assert_eq!(r.status, 422, "nothing to expect: {}", r.text());
    assert!(r.json()["error"].as_str().unwrap().contains("expect"));

    let big = json!({ "source": format!("// {}\n", "x".repeat(64 << 10)) });
    let r = server.post_json("/api/run", &big);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.json()["error"]
        .as_str()
        .unwrap()
        .contains("larger than this server's 16 KiB"));
}

#[test]
fn a_full_queue_answers_503_and_a_gone_client_frees_its_worker() {
    let server = Server::start(&["--workers", "1", "--queue", "0"]);
    let addr = server.addr.clone();
    let hog = std::thread::spawn(move || {
        support::request(
            &addr,
            "POST",
            "/api/run",
            json!({ "source": "while (true) {}", "limits": { "timeout_ms": 8000 } })
                .to_string()
                .as_bytes(),
        )
    });
    // Time for the hog to reach the worker, even on a busy machine (1.5 s was once not
    // enough in CI, with the other serve tests' servers busy on both cores). A probe sent
    // earlier could take the worker first and turn the hog away.
    std::thread::sleep(Duration::from_millis(3000));
    let r = server.post_json("/api/run", &json!({ "source": "console.log(1)" }));
    assert_eq!(r.status, 503, "{}", r.text());
    assert!(r.json()["error"].as_str().unwrap().contains("busy"));
    assert_eq!(r.header("retry-after"), Some("1"));
    let hog = hog.join().unwrap();
    assert_eq!(hog.status, 200);
    assert_eq!(hog.json()["status"], 3);
    // With no queue, a run is taken only by a worker waiting for one: the worker that
    // answered the hog is back within moments.
    let r = until_taken(&server, "console.log(1)", Duration::from_secs(2));
    assert_eq!(r.json()["stdout"], "1\n");

    // A client that sends an endless loop and hangs up: its run is cancelled, and the only
    // worker is free again long before the loop's 10 s.
    let body = json!({ "source": "while (true) {}" }).to_string();
    let gone = support::send(&server.addr, "POST", "/api/run", body.as_bytes());
    std::thread::sleep(Duration::from_millis(500));
    drop(gone);
    let r = until_taken(&server, "console.log(2)", Duration::from_secs(5));
    assert_eq!(r.json()["stdout"], "2\n");
}

/// Posts `source` to /api/run until a worker takes it (not 503), for at most `within`.
fn until_taken(server: &Server, source: &str, within: Duration) -> support::Response {
    let started = Instant::now();
    loop {
        let r = server.post_json("/api/run", &json!({ "source": source }));
        if r.status != 503 {
            assert_eq!(r.status, 200, "{}", r.text());
            return r;
        }
        assert!(
            started.elapsed() < within,
            "no worker took the run within {within:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn fifty_parallel_requests_and_an_endless_loop_are_all_answered() {
    let server = Server::start(&["--workers", "2"]);
    let started = Instant::now();
    let handles: Vec<_> = (0..50)
        .map(|i| {
            let addr = server.addr.clone();
            std::thread::spawn(move || {
                let source = if i == 7 {
                    "while (true) {}".to_string()
                } else {
                    format!("{PUZZLE}console.log('request {i}');\n")
                };
                let r = support::request(
                    &addr,
                    "POST",
                    "/api/run",
                    json!({ "source": source }).to_string().as_bytes(),
                );
                (i, r, started.elapsed())
            })
        })
        .collect();
    let mut loop_done = None;
    let mut others = Vec::new();
    for h in handles {
        let (i, r, at) = h.join().unwrap();
        assert_eq!(r.status, 200, "request {i}: {}", r.text());
        let v = r.json();
        if i == 7 {
            assert_eq!(v["status"], 3);
            assert!(v["stopped"].as_str().unwrap().contains("10"), "{v}");
            loop_done = Some(at);
        } else {
            assert_eq!(v["stdout"], format!("5\nrequest {i}\n1\n3\n6\n4\n2\n"));
            others.push(at);
        }
    }
    // The loop held one worker for its 10 s; the others were answered meanwhile.
    let loop_done = loop_done.unwrap();
    let last_other = others.into_iter().max().unwrap();
    assert!(
        last_other < loop_done,
        "the endless loop held up the others: last other at {last_other:?}, loop at {loop_done:?}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_server_gracefully() {
    let mut server = Server::start(&[]);
    assert_eq!(
        server
            .post_json("/api/run", &json!({ "source": "console.log(1)" }))
            .status,
        200
    );
    // A run in flight when Ctrl-C comes is still answered.
    let addr = server.addr.clone();
    let in_flight = std::thread::spawn(move || {
        support::request(
            &addr,
            "POST",
            "/api/run",
            json!({ "source": "while (true) {}", "limits": { "timeout_ms": 1500 } })
                .to_string()
                .as_bytes(),
        )
    });
    std::thread::sleep(Duration::from_millis(500));
    let pid = server.child.id().to_string();
    let killed = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(killed.success());
    let answered = in_flight.join().unwrap();
    assert_eq!(answered.status, 200);
    assert_eq!(answered.json()["status"], 3);
    let started = Instant::now();
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "still running");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn an_endless_trace_is_cut_not_kept() {
    let server = Server::start(&[]);
    // Microtasks that queue each other forever: no output, endless events.
    let endless =
        json!({ "source": "function again() { Promise.resolve().then(again); }\nagain();" });
    let r = server.post_json("/api/explain", &endless);
    assert_eq!(r.status, 200, "{}", r.text());
    let explained = r.json();
    assert!(
        explained["stopped"]
            .as_str()
            .unwrap()
            .contains("200000 trace events"),
        "{}",
        explained["stopped"]
    );
    let r = server.post_json("/api/trace", &endless);
    assert_eq!(r.status, 200);
    // At most 8 MiB of events, and the line that says it was cut.
    assert!(r.body.len() <= (8 << 20) + 512, "{} bytes", r.body.len());
    let last: Value = serde_json::from_str(r.text().lines().last().unwrap()).unwrap();
    assert_eq!(last["kind"], "truncated", "{last}");
    let r = server.post_json("/api/timeline", &endless);
    assert_eq!(r.status, 200);
    assert!(r.text().starts_with("<svg"));
}
