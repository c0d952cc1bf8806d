// esid: sec-runtime-semantics-forinofheadevaluation
// for-in over arrays, strings, null/undefined (no iterations) and arrays with extra properties.
const arr = ['x', 'y'];
arr.extra = true;
const out = [];
for (const i in arr) out.push(i);
for (const i in 'hi') out.push('s' + i);
for (const i in null) out.push('null?');
for (const i in undefined) out.push('undefined?');
for (const i in 42) out.push('number?');
console.log(out.join(','));
