// esid: sec-function-calls-runtime-semantics-evaluation
// A method call binds this to the base object of the member expression.
const o = { v: 1, get() { return this.v; }, inner: { v: 2, get() { return this.v; } } };
console.log(o.get(), o.inner.get(), o['get']());
const other = { v: 3, get: o.get };
console.log(other.get());
const detached = o.get;
console.log(detached());
function getV() { return this.v; }
o.fn = getV;
console.log(o.fn());
const chained = { n: 0, add(k) { this.n += k; return this; } };
console.log(chained.add(1).add(2).add(3).n);
