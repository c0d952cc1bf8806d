// esid: sec-conditional-operator
// ?: evaluates only the chosen branch; nesting is right-associative.
const pick = (n) => (n < 0 ? 'neg' : n === 0 ? 'zero' : 'pos');
console.log(pick(-1), pick(0), pick(5));
let hits = [];
const t = true ? hits.push('then') : hits.push('else');
console.log(t, hits);
console.log('' ? 'truthy' : 'falsy', [] ? 'truthy' : 'falsy', NaN ? 1 : 2);
const x = 1 ? 2 ? 'a' : 'b' : 'c';
console.log(x);
