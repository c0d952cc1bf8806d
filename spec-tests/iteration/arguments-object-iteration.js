// esid: sec-createunmappedargumentsobject
// The arguments object is iterable (for-of, spread, destructuring), but not an array.
function f() {
  const out = [];
  for (const a of arguments) out.push(a);
  const [x, ...rest] = arguments;
  console.log(out.join(','), x, rest.length, Array.isArray(arguments), [...arguments].length);
  console.log(typeof arguments[Symbol.iterator], arguments[Symbol.iterator] === Array.prototype.values);
}
f('p', 'q', 'r');
function strict() { 'use strict'; return [...arguments].reverse().join(''); }
console.log(strict(1, 2, 3));
