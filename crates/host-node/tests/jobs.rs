//! The job queue's order as programs see it (moved from the engine's `execution/jobs.rs`
//! unit tests: they run whole programs, so they need the host).

/// Job order, table-driven: each program's stdout (every expected line recorded from
/// Node 26).
#[test]
fn job_order() {
    let cases: &[(&str, &str)] = &[
        (
            "Promise.resolve().then(() => console.log('p')); queueMicrotask(() => console.log('q')); console.log('s');",
            "s\np\nq\n",
        ),
        (
            "new Promise(r => r(Promise.resolve())).then(() => console.log('late'));\
             Promise.resolve().then(() => console.log(1)).then(() => console.log(2)).then(() => console.log(3));",
            "1\n2\nlate\n3\n",
        ),
        (
            "setTimeout(() => console.log('t'), 0); Promise.resolve().then(() => console.log('m'));",
            "m\nt\n",
        ),
        (
            "setTimeout(() => console.log('b'), 2); setTimeout(() => console.log('a'), 1); setTimeout(() => console.log('c'), 1);",
            "a\nc\nb\n",
        ),
    ];
    for (src, expected) in cases {
        let out = mini_js_host_node::run_script("t.js", src, &Default::default());
        assert_eq!(&out.stdout, expected, "program: {src}");
        assert_eq!(out.exit_code, 0, "program: {src}");
    }
}

#[test]
fn unhandled_rejection_exit_status() {
    let out = mini_js_host_node::run_script(
        "t.js",
        "Promise.reject(1); setTimeout(() => console.log('no'));",
        &Default::default(),
    );
    assert_eq!(out.stdout, "");
    assert_eq!(out.exit_code, 1);
}
