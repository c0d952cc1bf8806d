//! The garbage collector: memory stays bounded when live data is bounded, and live data
//! survives collections intact (run with a tiny threshold, so missing roots show up).

use mini_js_host_node::{run_script, RunOptions, RunOutput};

fn run(source: &str, gc_threshold: Option<usize>) -> RunOutput {
    let options = RunOptions {
        gc_threshold,
        // Debug builds on a busy machine are slow: no wall-clock limit here.
        timeout: None,
        ..RunOptions::default()
    };
    let out = run_script("gc-test.js", source, &options);
    assert_eq!(out.stderr, "", "stderr of the program");
    assert_eq!(out.exit_code, 0);
    out
}

/// Two million short-lived objects, closures and generator objects: the arenas stay far
/// below the number of allocations.
#[test]
fn short_lived_garbage_keeps_the_heap_bounded() {
    let source = r#"
        let sum = 0;
        for (let i = 0; i < 1000000; i++) {
            const o = { a: i, b: null };
            o.b = o; // a cycle, to show cycles are collected too
            sum += o.a;
        }
        function adder(n) { return (x) => x + n; }
        for (let i = 0; i < 500000; i++) {
            sum += adder(i)(1);
        }
        function* gen(n) { yield n; yield n + 1; }
        for (let i = 0; i < 500000; i++) {
            for (const v of gen(i)) sum += v;
        }
        console.log(sum);
    "#;
    let out = run(source, None);
    assert_eq!(out.stdout, "874999750000\n");
    let h = out.heap;
    eprintln!("{h:#?}");
    assert!(h.collections >= 5, "{h:?}");
    // Without collection there would be more than two million objects and environments.
    assert!(h.peak_object_slots < 500_000, "{h:?}");
    assert!(h.peak_env_slots < 500_000, "{h:?}");
    assert!(h.max_live_objects_after_gc < 10_000, "{h:?}");
    assert!(h.max_live_envs_after_gc < 1_000, "{h:?}");
}

/// Live data of every kind survives hundreds of thousands of collections (one every few
/// allocations) and reads back correctly.
#[test]
fn live_data_survives_constant_collection() {
    let source = r#"
        // A linked list, a Map of objects and a Set.
        let list = null;
        for (let i = 0; i < 300; i++) list = { value: i, next: list };
        const map = new Map();
        const set = new Set();
        for (let i = 0; i < 100; i++) {
            map.set({ id: i }, { square: i * i });
            set.add([i]);
        }
        // Closures capturing environments that only they keep alive.
        function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
        const counters = [];
        for (let i = 0; i < 20; i++) counters.push(counter());
        // A suspended generator holding values across collections.
        function* holder() {
            const kept = { x: 42, arr: [1, 2, 3] };
            const got = yield kept.x;
            yield kept.arr.concat([got.y]);
            return kept;
        }
        const g = holder();
        const first = g.next().value;
        // Class instances with private fields and methods, accessors, symbols, bound functions.
        const sym = Symbol('s');
        class Point {
            #x = 0; #y = 0;
            static count = 0;
            // (Set in a method: the fields' initializers are not the subject here.)
            init(x, y) { this.#x = x; this.#y = y; Point.count++; this[sym] = { tag: x }; return this; }
            get norm() { return this.#x * this.#x + this.#y * this.#y; }
        }
        class Point3 extends Point {
            #z = null;
            init3(x, y, z) { this.init(x, y); this.#z = z; return this; }
            get z() { return this.#z; }
        }
        const points = [];
        for (let i = 0; i < 50; i++) points.push(new Point3().init3(i, i + 1, { z: i }));
        const bound = function (a, b) { return this.k + a + b; }.bind({ k: 100 }, 1);
        const proto = { hello() { return 'hi ' + this.name; } };
        const child = Object.create(proto);
        child.name = 'child';
        const tag = (s, ...v) => s.raw.join('|') + v.join(',');
        // Template objects (the realm's [[TemplateMap]]), accessors whose functions only the
        // property holds, a lazily created arguments object, errors and new.target.
        const site = (s) => s;
        const sites = [];
        for (let i = 0; i < 2; i++) sites.push(site`same`);
        const acc = {};
        Object.defineProperty(acc, 'v', { get: ((box) => () => box.n)({ n: 5 }), configurable: true });
        function lazyArgs() { const later = () => arguments; return later; }
        const argsOf = lazyArgs({ a: 1 }, [2]);
        const err = new RangeError('kept');
        function Ctor() { this.nt = new.target; }
        const made = new Ctor();
        // Garbage in between, so the collector has work.
        let churn = 0;
        for (let i = 0; i < 2000; i++) {
            const tmp = { i, arr: [i, { deep: [i] }] };
            churn += tmp.arr[1].deep[0];
            counters[i % 20].inc();
        }
        let listSum = 0;
        for (let n = list; n !== null; n = n.next) listSum += n.value;
        let mapSum = 0;
        for (const [k, v] of map) mapSum += k.id + v.square;
        let setSum = 0;
        for (const a of set) setSum += a[0];
        const second = g.next({ y: 7 }).value;
        const last = g.next();
        console.log(listSum, mapSum, setSum, churn);
        console.log(counters.map((c) => c.get()).join(','));
        console.log(first, second, last.value.x, last.done);
        console.log(points[49].norm, points[49].z.z, points[3][sym].tag, Point.count);
        console.log(bound(2), child.hello(), tag`a${1}b${2}c`);
        const a = argsOf();
        console.log(sites[0] === sites[1], acc.v, a[0].a, a[1][0], err.message, made.nt === Ctor);
    "#;
    let expected = "44850 333300 4950 1999000\n\
        100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100\n\
        42 [ 1, 2, 3, 7 ] 42 true\n\
        4901 49 3 50\n\
        103 hi child a|b|c1,2\n\
        true 5 1 2 kept true\n";
    for threshold in [1, 7, 1000] {
        let out = run(source, Some(threshold));
        assert_eq!(out.stdout, expected, "threshold {threshold}");
        assert!(out.heap.collections > 10, "{:?}", out.heap);
    }
}

/// Collection while a built-in's Rust code waits for a callback: its locals (the array
/// `map` is filling, sort's items, the replacer's holder) are kept by `gc::NativeRoots`.
/// Callbacks that allocate enough to trigger collections must not lose them.
#[test]
fn collection_while_a_builtin_waits_for_a_callback() {
    let source = r#"
        const input = [];
        for (let i = 0; i < 50; i++) input.push(i);
        const churn = (i) => { let t = 0; for (let k = 0; k < 20; k++) t += [{ k }][0].k; return t + i; };
        const mapped = input.map((x) => ({ v: churn(x) }));
        const filtered = input.filter((x) => churn(x) % 2 === 0);
        const sorted = input.slice().sort((a, b) => churn(b) - churn(a));
        const json = JSON.stringify({ a: [1, { b: 2 }] }, (k, v) => (churn(0), v));
        function* g() { for (let i = 0; i < 5; i++) yield { i: churn(i) }; }
        const fromGen = Array.from(g(), (o) => o.i);
        const bound = function () { return [churn(1), { x: 1 }]; }.call(null);
        console.log(mapped[49].v, filtered.length, sorted[0], json, fromGen.join(), bound[1].x);
    "#;
    let expected = "239 25 49 {\"a\":[1,{\"b\":2}]} 190,191,192,193,194 1\n";
    for threshold in [1, 3] {
        let out = run(source, Some(threshold));
        assert_eq!(out.stdout, expected, "threshold {threshold}");
    }
}

/// Marking is iterative: a long chain of objects and a long prototype chain are marked
/// without overflowing the Rust stack, and freed slots are reused.
#[test]
fn long_chains_are_marked_without_recursion() {
    let source = r#"
        let list = null;
        for (let i = 0; i < 200000; i++) list = { next: list };
        let p = {};
        for (let i = 0; i < 50000; i++) p = Object.create(p);
        let n = 0;
        for (let l = list; l !== null; l = l.next) n++;
        let depth = 0;
        for (let q = p; q !== null; q = Object.getPrototypeOf(q)) depth++;
        console.log(n, depth);
    "#;
    let out = run(source, Some(20_000));
    assert_eq!(out.stdout, "200000 50002\n");
    assert!(out.heap.collections > 10, "{:?}", out.heap);
}

/// A generator abandoned while suspended is freed with its frames; one still referenced
/// keeps its context.
#[test]
fn abandoned_suspended_generators_are_freed() {
    let source = r#"
        function* g() { const big = { data: [1, 2, 3] }; yield big; yield 2; }
        let kept;
        for (let i = 0; i < 300000; i++) {
            const it = g();
            it.next();
            if (i === 12345) kept = it;
        }
        console.log(kept.next().value);
    "#;
    let out = run(source, None);
    assert_eq!(out.stdout, "2\n");
    let h = out.heap;
    assert!(h.collections >= 2, "{h:?}");
    assert!(h.peak_object_slots < 600_000, "{h:?}");
    assert!(h.max_live_objects_after_gc < 10_000, "{h:?}");
}
