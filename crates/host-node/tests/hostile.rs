//! The hostile-input suite (issue 11 part 7): every bomb that used to abort or exhaust the
//! process, each with its outcome (the printed output recorded from Node 26, or V8's
//! RangeError), a generous wall-time bound (debug build) and, where the engine counts it,
//! its peak heap (`RunOutput::heap`: arena high-water marks in objects).
//!
//! Each case runs on its own thread with a large stack, like the CLI.

use mini_js_host_node::{run_script, RunOptions, RunOutput};
use std::time::{Duration, Instant};

/// Runs `source` under the safe defaults and checks its stdout, exit status and wall time.
/// The run's own time limit is the test's bound, not the defaults' 10 s: a debug build on a
/// busy machine may need more, and the bound is what the test asserts.
fn bomb(name: &str, source: &str, stdout: &str, max_secs: u64) -> RunOutput {
    let options = RunOptions {
        timeout: Some(Duration::from_secs(max_secs)),
        ..RunOptions::default()
    };
    bomb_with(name, source, stdout, max_secs, options)
}

/// [`bomb`] with other options: the bombs that Node survives with a gigabyte-sized string
/// need more than the defaults' 256 MiB of heap (under which they stop, see
/// `big_strings_stop_at_the_default_heap_limit`).
fn bomb_with(
    name: &str,
    source: &str,
    stdout: &str,
    max_secs: u64,
    options: RunOptions,
) -> RunOutput {
    let start = Instant::now();
    let out = run_script(&format!("{name}.js"), source, &options);
    let took = start.elapsed();
    assert_eq!(
        out.stdout, stdout,
        "{name}: stdout (stderr: {})",
        out.stderr
    );
    assert_eq!(
        out.exit_code, 0,
        "{name}: exit status (stderr: {})",
        out.stderr
    );
    assert!(
        took < Duration::from_secs(max_secs),
        "{name}: took {took:?}, bound {max_secs} s"
    );
    out
}

/// Node 26: `4294967295`, then the array with its holes. The last two lines are the spec's
/// result: Node 26 computes the same but visits every one of the 4e9 indices (over a
/// minute); mini-js visits only the present keys.
#[test]
fn index_4294967294_is_sparse() {
    let out = bomb(
        "a4294967294",
        "var a = []; a[4294967294] = true; console.log(a.length); console.log(a);\n\
         console.log(Object.keys(a), a.indexOf(true), a.lastIndexOf(true));\n\
         a.length = 0; console.log(a, a.length);",
        "4294967295\n[ <4294967294 empty items>, true ]\n[ '4294967294' ] 4294967294 4294967294\n[] 0\n",
        10,
    );
    assert!(out.heap.peak_object_slots < 10_000, "{:?}", out.heap);
}

/// Node 26 prints the first two lines (the last is the spec's result, which Node reaches
/// only after visiting 2e8 indices); the array costs a few objects, not 2e8 slots.
#[test]
fn index_2e8_is_sparse() {
    bomb(
        "a2e8",
        "var a = [1, 2, 3]; a[2e8] = 1;\n\
         console.log(a, a.length, Object.keys(a));\n\
         let n = 0; a.forEach(() => n++); for (const k in a) n++; console.log(n);\n\
         console.log(a.slice(2, 5), a.filter(x => x).length, a.reduce((s, x) => s + x));",
        "[ 1, 2, 3, <199999997 empty items>, 1 ] 200000001 [ '0', '1', '2', '200000000' ]\n\
         8\n[ 3, <2 empty items> ] 4 7\n",
        10,
    );
}

/// `new Array(1e8)` materialises no holes; joining it builds the (legal) 2e8-unit string.
#[test]
fn new_array_1e8_join() {
    bomb_with(
        "join",
        "const a = new Array(1e8); console.log(a.length, a);\n\
         console.log(a.join('ab').length);\n\
         try { new Array(2 ** 32 - 1).join('ab') } catch (e) { console.log(String(e)) }",
        "100000000 [ <100000000 empty items> ]\n199999998\nRangeError: Invalid string length\n",
        60,
        RunOptions::unlimited(),
    );
}

/// `s = s + s` doubles until V8's cap (2**29 - 24 units). About 10 s in a release build;
/// the debug build quotes the 2**28-unit strings for JSON slowly.
#[test]
fn doubling_string_hits_the_cap() {
    bomb_with(
        "doubling",
        "let s = 'ab', n = 0;\n\
         try { for (;;) { s = s + s; n++ } } catch (e) { console.log(String(e), n, s.length) }\n\
         try { s += s } catch (e) { console.log(String(e)) }\n\
         try { `${s}${s}` } catch (e) { console.log(String(e)) }\n\
         try { s.concat(s) } catch (e) { console.log(String(e)) }\n\
         try { [s, s].join('') } catch (e) { console.log(String(e)) }\n\
         try { JSON.stringify([s, s]) } catch (e) { console.log(String(e)) }",
        "RangeError: Invalid string length 27 268435456\n\
         RangeError: Invalid string length\nRangeError: Invalid string length\n\
         RangeError: Invalid string length\nRangeError: Invalid string length\n\
         RangeError: Invalid string length\n",
        240,
        RunOptions::node_like(),
    );
}

/// `''.padStart(536870888, 'ab')` is exactly V8's maximum length: it succeeds, one past
/// it throws.
#[test]
fn pad_start_to_the_cap() {
    bomb_with(
        "padstart",
        "console.log(''.padStart(536870888, 'ab').length);\n\
         try { ''.padEnd(536870889, 'ab') } catch (e) { console.log(String(e)) }",
        "536870888\nRangeError: Invalid string length\n",
        60,
        RunOptions::unlimited(),
    );
}

/// Under the safe defaults (256 MiB of heap) the same gigabyte-sized strings stop the run
/// with the heap limit, before they are allocated.
#[test]
fn big_strings_stop_at_the_default_heap_limit() {
    for source in [
        "''.padStart(536870888, 'ab')",
        "'ab'.repeat(2 ** 27)",
        "new Array(2 ** 26).join('ab')",
        "let s = 'ab'; for (;;) s = s + s",
    ] {
        let start = Instant::now();
        let out = run_script("big.js", source, &RunOptions::default());
        assert_eq!(
            out.stopped,
            Some(mini_js_host_node::Limit::HeapBytes(256 << 20)),
            "{source}: {}",
            out.stderr
        );
        assert_eq!(out.exit_code, mini_js_host_node::EXIT_STOPPED);
        assert!(
            out.heap.peak_heap_bytes <= 512 << 20,
            "{source}: {:?}",
            out.heap
        );
        assert!(start.elapsed() < Duration::from_secs(60), "{source}");
    }
}

#[test]
fn repeat_past_the_cap() {
    bomb(
        "repeat",
        "try { 'x'.repeat(2 ** 30) } catch (e) { console.log(String(e)) }\n\
         try { 'x'.repeat(-1) } catch (e) { console.log(String(e)) }",
        "RangeError: Invalid string length\nRangeError: Invalid count value: -1\n",
        5,
    );
}

#[test]
fn invalid_array_lengths() {
    bomb(
        "arraylen",
        "for (const n of [2 ** 32, -1, 1.5, NaN]) {\n\
           try { Array(n) } catch (e) { console.log(String(e)) }\n\
         }\n\
         try { [].length = 2 ** 32 } catch (e) { console.log(String(e)) }\n\
         console.log(Array(2 ** 32 - 1).length);",
        "RangeError: Invalid array length\nRangeError: Invalid array length\n\
         RangeError: Invalid array length\nRangeError: Invalid array length\n\
         RangeError: Invalid array length\n4294967295\n",
        5,
    );
}

/// The collector runs inside forEach's callback: the garbage of the inner loop is freed
/// while forEach waits. Without collection in callbacks the arena reached two million
/// slots here.
#[test]
fn garbage_inside_for_each_is_collected() {
    let out = bomb(
        "foreach",
        "new Array(200).fill(0).forEach(() => { for (let i = 0; i < 1e4; i++) ({a: i}) });\n\
         const kept = [1, 2, 3].map(x => { for (let i = 0; i < 2e5; i++) ({a: i}); return {x} });\n\
         console.log(kept);",
        "[ { x: 1 }, { x: 2 }, { x: 3 } ]\n",
        120,
    );
    assert!(out.heap.collections > 0, "{:?}", out.heap);
    assert!(out.heap.peak_object_slots < 700_000, "{:?}", out.heap);
}

/// Node 26 builds the full 'bound bound … f' name (600,001 units); memory stays linear.
#[test]
fn bind_chain_is_linear() {
    let out = bomb(
        "bind",
        "let f = function () { return 7 };\n\
         for (let i = 0; i < 1e5; i++) f = f.bind(null);\n\
         console.log(f.name.length, f.name.slice(0, 12), f(), new f() instanceof Object);",
        "600001 bound bound  7 true\n",
        60,
    );
    assert!(out.heap.peak_object_slots < 1_000_000, "{:?}", out.heap);
}

/// V8 throws a stack overflow for argument lists past ~125,400 values.
#[test]
fn huge_argument_lists() {
    bomb(
        "spread",
        "const big = new Array(2e6).fill(1);\n\
         try { Math.max(...big) } catch (e) { console.log(String(e)) }\n\
         try { Math.max.apply(null, big) } catch (e) { console.log(String(e)) }\n\
         try { Array.prototype.push.apply([], big) } catch (e) { console.log(String(e)) }\n\
         try { Math.max.apply(null, {length: 2 ** 32 - 1}) } catch (e) { console.log(String(e)) }\n\
         try { (function () {}).bind(null, ...new Array(1e5).fill(0)) }\n\
         catch (e) { console.log(String(e)) }\n\
         console.log(Math.max(...new Array(1e5).fill(1)));",
        "RangeError: Maximum call stack size exceeded\n\
         RangeError: Maximum call stack size exceeded\n\
         RangeError: Maximum call stack size exceeded\n\
         RangeError: Invalid array length\n\
         RangeError: Too many arguments in function call (only 65525 allowed)\n1\n",
        60,
    );
}

/// A built-in that loops in Rust over a huge sparse array (`reverse` visits every pair of
/// indices, as the spec and Node do: Node 26 runs for minutes) takes no machine step; the
/// wall-clock limit still stops it, through the property accesses the loop makes.
#[test]
fn a_builtin_loop_over_four_billion_indices_stops_at_the_time_limit() {
    let options = RunOptions {
        timeout: Some(Duration::from_millis(500)),
        ..RunOptions::default()
    };
    let start = Instant::now();
    let out = run_script(
        "includes.js",
        "var a = []; a[4294967294] = 1; console.log(a.reverse().length);",
        &options,
    );
    assert_eq!(
        out.stopped,
        Some(mini_js_host_node::Limit::WallTime(Duration::from_millis(
            500
        ))),
        "{}",
        out.stderr
    );
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

/// Every uint32 is an array length (issue 11): on a 4e9-long array with two elements, the
/// methods that skip holes (or read them without side effects) visit only the present
/// keys. Node 26 prints the same lines but visits every index for most of them (minutes);
/// `spec-tests/limits/huge-array-length.js` holds the ones Node answers at once.
#[test]
fn methods_on_a_four_billion_long_array_visit_present_elements() {
    let out = bomb(
        "huge",
        "function mk() { const h = []; h.length = 4e9; h[5] = 'x'; h[3e9] = 'y'; return h; }\n\
         console.log(mk().indexOf('y'), mk().lastIndexOf('x'), mk().includes('y'));\n\
         let h = mk(); h.sort(); console.log(h[0], h[1], h[2], h.length);\n\
         let s = mk().slice(2); console.log(s.length, s[3], s[3e9 - 2]);\n\
         let n = 0; mk().forEach(() => n++); console.log(n);\n\
         const m = mk().map(x => x + '!'); console.log(m.length, m[5], m[3e9]);\n\
         console.log(mk().filter(() => true), mk().reduce((x, y) => x + y));\n\
         console.log(mk().every(x => typeof x === 'string'), mk().some(x => x === 'y'));\n\
         console.log(JSON.stringify(mk().join('')), mk().flat().length);\n\
         try { mk().toString() } catch (e) { console.log(String(e)) }",
        "3000000000 5 true\nx y undefined 4000000000\n3999999998 x y\n2\n\
         4000000000 x! y!\n[ 'x', 'y' ] xy\ntrue true\n\"xy\" 2\n\
         RangeError: Invalid string length\n",
        20,
    );
    assert!(out.heap.peak_heap_bytes < 64 << 20, "{:?}", out.heap);
}

/// The methods whose result has every index of a 4e9-long array (toSorted, toReversed,
/// with, toSpliced, fill over the whole length, spread) or that move every index (reverse,
/// shift, unshift, splice) stop at a limit, within its bound and without allocating past
/// the heap limit. Node 26 runs each for minutes or aborts (spread: out of memory).
#[test]
fn whole_length_methods_on_a_four_billion_long_array_stop_at_a_limit() {
    for call in [
        "h.toSorted()",
        "h.toReversed()",
        "h.with(0, 1)",
        "h.toSpliced(0, 1)",
        "h.fill(0)",
        "[...h]",
        "h.reverse()",
        "h.shift()",
        "h.unshift(0)",
        "h.splice(1, 2)",
        "h.find(x => x === 'z')",
    ] {
        let options = RunOptions {
            timeout: Some(Duration::from_secs(2)),
            max_heap_bytes: Some(64 << 20),
            ..RunOptions::default()
        };
        let start = Instant::now();
        let source = format!("const h = []; h.length = 4e9; h[5] = 'x'; {call};");
        let out = run_script("whole.js", &source, &options);
        assert!(
            matches!(
                out.stopped,
                Some(mini_js_host_node::Limit::WallTime(_))
                    | Some(mini_js_host_node::Limit::HeapBytes(_))
            ),
            "{call}: {:?} {}",
            out.stopped,
            out.stderr
        );
        assert_eq!(out.exit_code, mini_js_host_node::EXIT_STOPPED, "{call}");
        // The peak is read at the collector's safe points and counts the transient index
        // keys a Rust loop makes (freed at once, collected at the next safe point): it
        // may pass the limit by what one loop made since the last safe point.
        assert!(
            out.heap.peak_heap_bytes <= 512 << 20,
            "{call}: {:?}",
            out.heap
        );
        assert!(start.elapsed() < Duration::from_secs(10), "{call}");
    }
}

/// A replacement past the longest string throws V8's RangeError before anything of its
/// size is built: the long parts of the subject and of the captures are kept as slices, not
/// copied (these peaked at 1.8 and 8.3 GB; Node 26 prints the same lines).
#[test]
fn replacements_past_the_longest_string_throw_before_building() {
    let out = bomb(
        "replace",
        "const s = 'x'.repeat(2 ** 24);\n\
         try { s.replace(s, '$&'.repeat(200)) } catch (e) { console.log(String(e)) }\n\
         try { s.replace(/(.*)/, '$1'.repeat(200)) } catch (e) { console.log(String(e)) }\n\
         try { s.replace(/x+/, \"$`$&$'$&\".repeat(20)) } catch (e) { console.log(String(e)) }\n\
         try { s.replaceAll('x', () => s) } catch (e) { console.log(String(e)) }\n\
         console.log('aaa'.replaceAll('a', '$&$`'), 'x-y-z'.replace(/-(.)/g, '[$1$&$`]'));",
        "RangeError: Invalid string length\nRangeError: Invalid string length\n\
         RangeError: Invalid string length\nRangeError: Invalid string length\n\
         aaaaaa x[y-yx][z-zx-y]\n",
        60,
    );
    assert!(out.heap.peak_heap_bytes < 128 << 20, "{:?}", out.heap);
}

/// `${s}${s}` concatenates as `s + s` does (a rope, no copy), so doubling through a
/// template literal reaches V8's cap as Node 26 does, with the same RangeError, instead of
/// copying a gigabyte per step.
#[test]
fn doubling_through_a_template_literal_hits_the_cap() {
    let out = bomb(
        "template",
        "let s = 'ab';\n\
         try { for (;;) s = `${s}${s}` } catch (e) { console.log(String(e), s.length) }\n\
         console.log(`a${1}b${'c'}${''}d`, `${'q'.repeat(300)}|`.length);",
        "RangeError: Invalid string length 268435456\na1bcd 301\n",
        30,
    );
    assert!(out.heap.peak_heap_bytes < 64 << 20, "{:?}", out.heap);
}

/// A substring search that compares far more than it advances (quadratic: hours for these)
/// finishes in linear time; Node 26 prints the same line.
#[test]
fn a_quadratic_substring_search_is_linear() {
    bomb(
        "search",
        "const h = 'a'.repeat(1e6), n = 'a'.repeat(5e5) + 'b', m = 'b' + 'a'.repeat(5e5);\n\
         console.log(h.indexOf(n), h.lastIndexOf(m), h.includes(n), h.split(n).length,\n\
           h.replace(n, '').length, (h + n).indexOf(n), (m + h).lastIndexOf(m),\n\
           'abcabc'.lastIndexOf('c', 4), 'abcabc'.lastIndexOf(''), 'abc'.indexOf('c', 5));",
        "-1 -1 false 1 1000000 1000000 0 2 6 -1\n",
        30,
    );
}

/// `s.split('')` shares one string per code unit below U+0100 (as V8's single-character
/// strings): the result costs a value per unit. 'x'.repeat(2**28).split('') took 14.9 GB;
/// under the defaults it stops at the heap limit before its list outgrows it.
#[test]
fn split_into_code_units() {
    let out = bomb(
        "split",
        "const p = 'ab'.repeat(1e6).split('');\n\
         console.log(p.length, p[0], p[1999999], 'x\\u0100y'.split(''), 'abc'.split('', 2));",
        "2000000 a b [ 'x', 'Ā', 'y' ] [ 'a', 'b' ]\n",
        60,
    );
    // The count takes each short string per reference (an overestimate): 2e6 values of 24
    // bytes and 2e6 strings of 18.
    assert!(out.heap.peak_heap_bytes < 128 << 20, "{:?}", out.heap);
    let out = run_script(
        "split.js",
        "'x'.repeat(2 ** 28).split('')",
        &RunOptions {
            timeout: None,
            ..RunOptions::default()
        },
    );
    assert_eq!(
        out.stopped,
        Some(mini_js_host_node::Limit::HeapBytes(256 << 20)),
        "{}",
        out.stderr
    );
    assert!(out.heap.peak_heap_bytes <= 320 << 20, "{:?}", out.heap);
}

/// JSON.parse runs no JavaScript: each value it parses polls the run's limits, and its
/// lists grow under the heap limit (a text of 1e8 numbers took 3.8 GB and 14 s).
#[test]
fn json_parse_of_a_huge_text_stops_at_a_limit() {
    let options = RunOptions {
        timeout: Some(Duration::from_millis(300)),
        max_heap_bytes: None,
        ..RunOptions::default()
    };
    let start = Instant::now();
    let out = run_script(
        "jsonparse.js",
        "const t = '[' + '1,'.repeat(1e8) + '1]'; console.log('built'); JSON.parse(t);",
        &options,
    );
    assert_eq!(out.stdout, "built\n", "{}", out.stderr);
    assert_eq!(
        out.stopped,
        Some(mini_js_host_node::Limit::WallTime(Duration::from_millis(
            300
        ))),
        "{}",
        out.stderr
    );
    assert!(start.elapsed() < Duration::from_secs(10));
    let options = RunOptions {
        timeout: None,
        max_heap_bytes: Some(64 << 20),
        ..RunOptions::default()
    };
    let out = run_script(
        "jsonparse.js",
        "JSON.parse('[' + '1,'.repeat(5e6) + '1]')",
        &options,
    );
    assert_eq!(
        out.stopped,
        Some(mini_js_host_node::Limit::HeapBytes(64 << 20)),
        "{}",
        out.stderr
    );
    assert!(out.heap.peak_heap_bytes <= 80 << 20, "{:?}", out.heap);
}

/// Case mapping of ASCII text maps unit by unit into the result's own storage (it went
/// through UTF-8 and back: five copies, 1.5 GB for a 512 MiB string).
#[test]
fn case_mapping_of_a_long_ascii_string() {
    let out = bomb(
        "upper",
        "const u = 'xY'.repeat(5e6).toUpperCase(); console.log(u.length, u.slice(0, 4),\n\
           'ÉxΣ'.toLowerCase(), 'straße'.toUpperCase(), 'a\\ud800b'.toUpperCase().length);",
        "10000000 XYXY éxς STRASSE 3\n",
        30,
    );
    assert!(out.heap.peak_heap_bytes < 96 << 20, "{:?}", out.heap);
}

/// Unclosed bodies nested many times (the shape the parser fuzzer found): error recovery
/// parsed the rest of the input once more for each unclosed body around it, so 15 levels took
/// a second and more levels gave up with "too complex to parse". Now the run stops at once
/// with the missing `}`. 400 levels of each shape; the bound is for a debug build (a release
/// build takes about a millisecond a shape).
#[test]
fn unclosed_bodies_nested_many_times_are_rejected_quickly() {
    for line in [
        "  function worker() {\n",
        "async function worker() {\n",
        "x = () => {\n",
        "if (a) {\n",
        "class A { m() {\n",
        "switch (x) { case 1: function f() {\n",
    ] {
        let src = format!("async function f() {{\n{}", line.repeat(400));
        let start = Instant::now();
        let out = run_script("unclosed.js", &src, &RunOptions::default());
        let took = start.elapsed();
        assert_eq!(out.exit_code, 1, "{line:?}: {}", out.stderr);
        assert!(
            out.stderr
                .starts_with("SyntaxError: Unexpected end of input"),
            "{line:?}: {}",
            out.stderr
        );
        assert!(
            took < Duration::from_secs(5),
            "{line:?}: took {took:?}, bound 5 s"
        );
    }
}

/// A global match or a regex split of a million matches: with the built-in exec, no result
/// array is made per match (six properties, about 800 bytes that no collection could free
/// before the loop ended: 840 MiB for these), "lastIndex" and "exec" are not made again as
/// keys for every match, and the one-unit and empty parts share one string each, which the
/// collector's count takes once. Node 26 prints the same line.
#[test]
fn a_million_regex_matches_cost_a_value_each() {
    let out = bomb(
        "regex-matches",
        "const s = 'a'.repeat(2 ** 20), m = s.match(/a/g), p = s.split(/a/);\n\
         const q = ('ab'.repeat(5) + 'c').split(/(b)|(c)/, 9), e = 'xyz'.match(/(?:)/g);\n\
         console.log(m.length, m[0], m[1048575], p.length, p[0] === '', p[1048576] === '',\n\
           JSON.stringify(q), e.length, JSON.stringify(e));",
        "1048576 a a 1048577 true true \
         [\"a\",\"b\",null,\"a\",\"b\",null,\"a\",\"b\",null] 4 [\"\",\"\",\"\",\"\"]\n",
        60,
    );
    assert!(out.heap.peak_heap_bytes < 96 << 20, "{:?}", out.heap);
}

/// @@match and @@split still call an `exec` that is not the built-in one for every match,
/// and read what it returns (Node 26 prints the same lines).
#[test]
fn regex_matches_through_a_custom_exec() {
    bomb(
        "custom-exec",
        "let calls = 0;\n\
         const r = /a/g;\n\
         r.exec = function (s) { calls++; return RegExp.prototype.exec.call(this, s); };\n\
         console.log('aXa'.match(r), calls);\n\
         const o = /b/g; let gets = 0;\n\
         Object.defineProperty(o, 'exec', { get() { gets++; return RegExp.prototype.exec; } });\n\
         console.log('bbb'.match(o).length, gets, o.lastIndex);\n\
         class R extends RegExp { exec(s) { const m = super.exec(s); if (m) m[1] = { at: m.index }; return m; } }\n\
         console.log('x1y1z'.split(new R('1')).map(v => typeof v === 'object' ? v.at : v).join());",
        "[ 'a', 'a' ] 3\n3 4 0\nx,1,y,3,z\n",
        30,
    );
}

/// The release-build figure: 2**24 matches (and 2**24 parts) under the default 1 GiB heap.
/// Node 26 goes further (2**27 matches: its values are four bytes, ours 24; one more part
/// would double the list past the limit here), but these stopped at the heap limit from
/// about 2**20 on.
#[test]
#[cfg_attr(debug_assertions, ignore = "a release-build figure")]
fn release_sixteen_million_regex_matches_fit_the_default_heap() {
    for (what, source, stdout) in [
        (
            "match",
            "console.log('a'.repeat(2 ** 24).match(/a/g).length)",
            "16777216\n",
        ),
        (
            "split",
            "console.log('a'.repeat(2 ** 24 - 1).split(/a/).length)",
            "16777216\n",
        ),
    ] {
        let options = RunOptions {
            timeout: Some(Duration::from_secs(120)),
            max_heap_bytes: Some(1 << 30),
            ..RunOptions::default()
        };
        let out = bomb_with(what, source, stdout, 120, options);
        assert!(out.heap.peak_heap_bytes < 3 << 28, "{what}: {:?}", out.heap);
    }
}

/// The defaults with a 256 MiB heap and a minute of wall time: the rope tests' limits.
fn rope_options() -> RunOptions {
    RunOptions {
        timeout: Some(Duration::from_secs(60)),
        max_heap_bytes: Some(256 << 20),
        ..RunOptions::default()
    }
}

/// A rope is checked against the heap limit before a built-in flattens it: a template
/// literal of eight 32-million-unit pieces is a rope (no copy), and `indexOf` used to flatten
/// it into one 512 MiB allocation under a 256 MiB limit (598 MB resident before the next
/// safe point stopped the run); now the run stops before allocating.
#[test]
fn a_rope_is_flattened_only_under_the_heap_limit() {
    let options = rope_options();
    let out = run_script(
        "rope.js",
        "const s = 'x'.repeat(2 ** 25);\n\
         const t = `${s}${s}${s}${s}${s}${s}${s}${s}`;\n\
         console.log(t.length);\n\
         console.log(t.indexOf('y'));",
        &options,
    );
    assert_eq!(out.stdout, "268435456\n", "{}", out.stderr);
    assert_eq!(
        out.stopped,
        Some(mini_js_host_node::Limit::HeapBytes(256 << 20)),
        "{}",
        out.stderr
    );
    assert!(out.heap.peak_heap_bytes <= 256 << 20, "{:?}", out.heap);
    // Under room enough, the same search runs (Node 26 prints -1).
    let options = RunOptions {
        timeout: Some(Duration::from_secs(60)),
        max_heap_bytes: Some(1 << 30),
        ..RunOptions::default()
    };
    let out = run_script(
        "rope.js",
        "const s = 'x'.repeat(2 ** 25);\n\
         const t = `${s}${s}${s}${s}${s}${s}${s}${s}`;\n\
         console.log(t.indexOf('y'), t.slice(-3));",
        &options,
    );
    assert_eq!(out.stdout, "-1 xxx\n", "{}", out.stderr);
}

/// The values an array literal gathers (and a call's arguments) live in the machine's frame,
/// not in an object: they grew under the heap limit, but the collector did not count them,
/// so after a collection in the middle of the literal the heap limit saw none of them (here
/// 96 MiB of values; the limit then let the list double again past it).
#[test]
fn an_array_literal_gathered_across_a_collection_is_counted() {
    let options = RunOptions {
        timeout: Some(Duration::from_secs(60)),
        gc_threshold: Some(50_000),
        max_heap_bytes: Some(1 << 30),
        ..RunOptions::default()
    };
    let out = run_script(
        "literal.js",
        "const a = new Array(2e6).fill(0);\n\
         function churn() { for (let i = 0; i < 2e5; i++) ({ i }); return 0; }\n\
         const b = [...a, ...a, churn()];\n\
         console.log(b.length);",
        &options,
    );
    assert_eq!(out.stdout, "4000001\n", "{} {:?}", out.stderr, out.heap);
    // At churn's collections: `a` (2e6 values, 32 MiB at 16 bytes a value) and the
    // literal's 4e6 values (64 MiB); uncounted, the list was not seen (about 36 MiB).
    assert!(
        out.heap.max_live_bytes_after_gc >= 90 << 20,
        "{:?}",
        out.heap
    );
}

/// An object given properties until the heap limit stops the run. A full property map
/// doubles, holding its old storage and the new at once; that growth alone is asked of the
/// heap limit, and when it is refused the new property waits beside the map until the run
/// stops at its next safe point. (The check asked for room for the next doubling too, seven
/// times the map: the run stopped with the properties at a sixth to a half of the limit,
/// 110,000 of them under 32 MiB; now 220,000, 1.83 million under 256 MiB, was 910,000.)
/// The process's resident memory for this program is checked in `limits.rs`.
#[test]
fn an_object_with_many_properties_grows_near_the_heap_limit() {
    let limit = 32 << 20;
    for (what, source, at_least) in [
        (
            "named properties",
            "const o = {}; let i = 0;\n\
             for (;;) { o['k' + i] = i; i++; if (i % 10000 === 0) console.log(i); }",
            200_000,
        ),
        // Array indices past the dense part go to the same map.
        (
            "sparse indices",
            "const a = []; let i = 0;\n\
             for (;;) { a[4e9 - i * 1000] = i; i++; if (i % 10000 === 0) console.log(i); }",
            200_000,
        ),
    ] {
        let options = RunOptions {
            timeout: Some(Duration::from_secs(120)),
            max_heap_bytes: Some(limit),
            ..RunOptions::default()
        };
        let out = run_script("properties.js", source, &options);
        assert_eq!(
            out.stopped,
            Some(mini_js_host_node::Limit::HeapBytes(limit)),
            "{what}: {}",
            out.stderr
        );
        let reached: usize = out
            .stdout
            .lines()
            .last()
            .and_then(|l| l.parse().ok())
            .unwrap_or(0);
        assert!(reached >= at_least, "{what}: {reached} properties");
        assert!(
            out.heap.peak_heap_bytes as u64 <= limit + limit / 8,
            "{what}: {:?}",
            out.heap
        );
    }
}

/// A rope that a template literal built (no copy: Node prints its length too) is checked
/// against the heap limit wherever the engine flattens it, as built-ins' arguments were:
/// comparing it, using it as a property key and printing it flattened it unchecked, into
/// one 512 MiB allocation under a 256 MiB limit. Now each stops at the heap limit before
/// allocating; with room enough, each works as in Node.
#[test]
fn a_rope_is_compared_keyed_and_printed_only_under_the_heap_limit() {
    let build = "const s = 'x'.repeat(2 ** 25);\n\
                 const t = `${s}${s}${s}${s}${s}${s}${s}${s}`;\n\
                 const u = `${s}${s}${s}${s}${s}${s}${s}${s}`;\n\
                 console.log(t.length);\n";
    for (what, use_it) in [
        ("===", "console.log(t === u);"),
        ("!==", "console.log(t !== u);"),
        ("==", "console.log(t == u);"),
        ("<", "console.log(t < u);"),
        (
            "a property key",
            "const o = {}; o[t] = 1; console.log(Object.keys(o).length);",
        ),
        ("a property read", "console.log(({})[t]);"),
        ("in", "console.log(t in {});"),
        ("console.log", "console.log(t);"),
        ("console.error", "console.error('%s', t);"),
    ] {
        let options = rope_options();
        let out = run_script("rope.js", &format!("{build}{use_it}"), &options);
        assert_eq!(out.stdout, "268435456\n", "{what}: {}", out.stderr);
        assert_eq!(
            out.stopped,
            Some(mini_js_host_node::Limit::HeapBytes(256 << 20)),
            "{what}: {}",
            out.stderr
        );
        assert!(
            out.heap.peak_heap_bytes <= 256 << 20,
            "{what}: {:?}",
            out.heap
        );
    }
    // With room, the same operations on smaller ropes give Node's answers.
    let options = rope_options();
    let out = run_script(
        "rope.js",
        "const s = 'x'.repeat(2 ** 20);\n\
         const t = `${s}${s}y`, u = `${s}${s}z`;\n\
         const o = {}; o[t] = 1;\n\
         console.log(t === u, t !== u, t == u, t < u, o[t], t in o, `${t}` === t);\n\
         console.log(t.slice(-2), String(t).length);",
        &options,
    );
    assert_eq!(
        out.stdout, "false true false true 1 true true\nxy 2097153\n",
        "{}",
        out.stderr
    );
}

/// Spreading an array (or Array.from of one) through its unmodified iterator makes no
/// result object per element: nothing can see them (their own "done" and "value" shadow
/// anything inherited), so IteratorStepValue takes the step without them, as it does for
/// strings. They were garbage that no collection could free inside the built-in's loop:
/// `[...a]` of a million elements stopped at the defaults' 256 MiB heap limit, and now
/// peaks at 62 MiB (with run's 1 GiB, 4e6 elements stopped with 829 MB resident; now they
/// take 214 MB, and 1e7 elements 507 MB). `spec-tests/spread/array-iterator-next-observable.js` checks that a replaced
/// `next` or `Symbol.iterator`, getters and proxies still see every call and read.
#[test]
fn spreading_an_array_makes_no_result_objects() {
    for source in [
        "const a = new Array(1e6).fill(0); const b = [...a]; console.log(b.length);",
        "const a = new Array(1e6).fill(0); console.log(Array.from(a).length);",
        "const a = new Array(1e6).fill(0); console.log(Math.max(...a.slice(0, 1e5)), [...a.keys()].length);",
    ] {
        let options = RunOptions {
            timeout: Some(Duration::from_secs(120)),
            ..RunOptions::default()
        };
        let out = run_script("spread.js", source, &options);
        assert_eq!(out.exit_code, 0, "{source}: {}", out.stderr);
        eprintln!("{source}: peak {} MiB", out.heap.peak_heap_bytes >> 20);
        assert!(
            out.heap.peak_heap_bytes < 96 << 20,
            "{source}: {:?}",
            out.heap
        );
    }
}
