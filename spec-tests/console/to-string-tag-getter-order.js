// esid: host-console-log
// toStringTag getters run once per object, outer first, and may log
let calls = 0;
class Outer { constructor() { this.inner = new Inner(); } get [Symbol.toStringTag]() { calls++; return 'O' + calls; } }
class Inner { get [Symbol.toStringTag]() { calls++; return 'I' + calls; } }
console.log(new Outer());
console.log(calls);
