// esid: sec-assignment-operators-runtime-semantics-evaluation
// &&= ||= ??= only assign (and only evaluate the right side) when needed.
let a = 0, b = 1, c = null;
a ||= 10; b ||= 10; c ??= 'def';
console.log(a, b, c);
let d = 1, e = 0;
d &&= 'yes'; e &&= 'yes';
console.log(d, e);
let calls = 0;
const rhs = () => { calls++; return 'r'; };
let t = 'keep';
t ||= rhs(); t ??= rhs();
console.log(t, calls);
const frozen = Object.freeze({ x: 1 });
frozen.x ||= 2;
console.log(frozen.x);
const o = { get v() { return 5; }, set v(x) { console.log('setter', x); } };
o.v ??= 1;
o.v &&= 9;
