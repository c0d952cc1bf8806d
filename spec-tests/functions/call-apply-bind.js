// esid: sec-function.prototype.call
// call/apply pass this and arguments; bind fixes this and leading arguments.
function show(a, b) { return `${this.tag}:${a}:${b}`; }
const t = { tag: 'T' };
console.log(show.call(t, 1, 2), show.apply(t, [3, 4]), show.apply(t));
const bound = show.bind(t, 'x');
console.log(bound('y'), bound.call({ tag: 'other' }, 'z'));
console.log(bound.name, bound.length, show.length);
function P(x) { this.x = x; }
const BP = P.bind(null, 42);
const p = new BP();
console.log(p.x, p instanceof P);
console.log(Math.max.apply(null, [3, 9, 2]));
console.log(Array.prototype.join.call({ length: 2, 0: 'a', 1: 'b' }, '+'));
const twice = show.bind(t).bind({ tag: 'ignored' });
console.log(twice(5, 6));
