// esid: sec-function-definitions
// Rest parameters collect the remaining arguments into a real array.
function f(first, ...rest) { return [first, rest, Array.isArray(rest), rest.length]; }
console.log(f(1, 2, 3));
console.log(f());
console.log(((...all) => all.length)(1, 2, 3, 4));
function g(a, b, ...c) {}
console.log(g.length);
const [x, ...ys] = [1, 2, 3];
console.log(x, ys);
function join(sep, ...parts) { return parts.join(sep); }
console.log(join('-', 'a', 'b', 'c'));
