// esid: sec-array.prototype.reduce
// reduce and reduceRight with and without an initial value.
const a = [1, 2, 3, 4];
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10));
console.log(a.reduceRight((s, x) => s + x, ''), a.reduce((s, x) => s + x, ''));
console.log(['a', 'b', 'c'].reduceRight((acc, x) => acc + x));
console.log([7].reduce((s, x) => s + x), [].reduce((s, x) => s + x, 'init'));
try { [].reduce((s, x) => s + x); } catch (e) { console.log(e.name, e.message); }
const trace = [];
[10, 20, 30].reduce((acc, x, i) => { trace.push(`${acc}+${x}@${i}`); return acc + x; });
console.log(trace);
console.log(JSON.stringify([['a', 1], ['b', 2]].reduce((o, [k, v]) => ({ ...o, [k]: v }), {})));
