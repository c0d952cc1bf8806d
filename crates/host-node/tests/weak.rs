//! Weak references in the collector: WeakMap entries are ephemerons, dead entries and
//! targets are cleared, and FinalizationRegistry cleanup jobs run at mini-js's
//! deterministic point of the loop (see README, "The event loop").

use mini_js_host_node::{run_script, RunOptions, RunOutput};

fn run(source: &str, gc_threshold: Option<usize>) -> RunOutput {
    let options = RunOptions {
        gc_threshold,
        timeout: None,
        ..RunOptions::default()
    };
    let out = run_script("weak-test.js", source, &options);
    assert_eq!(out.stderr, "", "stderr of the program");
    assert_eq!(out.exit_code, 0);
    out
}

/// A WeakMap does not keep its keys alive: a hundred thousand entries whose keys die leave
/// the heap as small as before.
#[test]
fn weak_map_entries_die_with_their_keys() {
    let source = r#"
        const wm = new WeakMap();
        const ws = new WeakSet();
        for (let i = 0; i < 100000; i++) {
            const k = { i };
            wm.set(k, { payload: [i, i, i] });
            ws.add(k);
        }
        console.log('done');
    "#;
    let out = run(source, Some(1000));
    assert_eq!(out.stdout, "done\n");
    assert!(out.heap.collections > 50, "{:?}", out.heap);
    assert!(out.heap.max_live_objects_after_gc < 5_000, "{:?}", out.heap);
}

/// Ephemerons: a value is live exactly when its key is — through chains of maps, and even
/// when the value refers back to its key.
#[test]
fn ephemeron_values_live_as_long_as_their_keys() {
    let source = r#"
        const dead = [];
        const registry = new FinalizationRegistry((held) => dead.push(held));
        const a = new WeakMap(), b = new WeakMap();
        const root = {};
        (function () {
            const k1 = {}, k2 = {};
            a.set(root, k1);          // root (live) -> k1
            b.set(k1, { deep: k2 });  // k1 (live through a) -> value -> k2
            registry.register(k1, 'k1');
            registry.register(k2, 'k2');
            const lone = {};
            a.set(lone, { back: lone }); // a cycle through the map: collectable
            registry.register(lone, 'lone');
        })();
        setTimeout(() => {
            for (let i = 0; i < 20000; i++) ({ i });
            setTimeout(() => {
                console.log(dead.join(','), b.has(a.get(root)));
                a.delete(root);
                setTimeout(() => {
                    for (let i = 0; i < 20000; i++) ({ i });
                    setTimeout(() => console.log(dead.sort().join(',')), 1);
                }, 1);
            }, 1);
        }, 1);
    "#;
    let out = run(source, Some(500));
    assert_eq!(out.stdout, "lone true\nk1,k2,lone\n");
}

/// The cleanup job runs after the phase whose collection found the target dead (here the
/// timer that allocated), after that phase's microtasks and before the next timer; a WeakRef
/// keeps its target until the end of the job that created or dereferenced it.
#[test]
fn cleanup_runs_as_a_host_job_after_the_collecting_phase() {
    let source = r#"
        const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
        let ref;
        (function () {
            const o = {};
            registry.register(o, 'o');
            ref = new WeakRef(o);
        })();
        for (let i = 0; i < 20000; i++) ({ i });
        console.log('script', typeof ref.deref());
        setTimeout(() => {
            for (let i = 0; i < 20000; i++) ({ i });
            console.log('timer', typeof ref.deref());
            Promise.resolve().then(() => console.log('microtask'));
        }, 1);
        setTimeout(() => console.log('next timer'), 5);
    "#;
    let out = run(source, Some(500));
    assert_eq!(
        out.stdout,
        "script object\ntimer undefined\nmicrotask\ncleanup o\nnext timer\n"
    );
}

/// Unregistered cells never call back; a registry that died takes its cells with it.
#[test]
fn unregistered_and_dead_registries_do_not_call_back() {
    let source = r#"
        const token = {};
        const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
        (function () {
            registry.register({}, 'unregistered', token);
            registry.register({}, 'kept');
            new FinalizationRegistry(() => console.log('never')).register({}, 'x');
        })();
        console.log(registry.unregister(token));
        setTimeout(() => {
            for (let i = 0; i < 20000; i++) ({ i });
        }, 1);
    "#;
    let out = run(source, Some(500));
    assert_eq!(out.stdout, "true\ncleanup kept\n");
}
