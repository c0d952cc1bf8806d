// esid: sec-runtime-semantics-keyeddestructuringassignmentevaluation
// Defaults are evaluated lazily and in order; getters are called once each.
const log = [];
const src = {
  get a() { log.push('get a'); return undefined; },
  get b() { log.push('get b'); return 'B'; },
};
const { a = (log.push('default a'), 'A'), b = (log.push('default b'), 'never') } = src;
console.log(a, b, log.join(', '));
let count = 0;
const [p = ++count, q = ++count, r = ++count] = [undefined, 'given'];
console.log(p, q, r, count);
