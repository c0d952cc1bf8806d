// esid: sec-arguments-exotic-objects
// The arguments object: length, indexing, mapping to parameters in sloppy mode.
function f(a, b) {
  const before = [arguments.length, arguments[0], arguments[2]];
  a = 'changed';
  return before.concat([arguments[0], typeof arguments, Array.isArray(arguments)]);
}
console.log(f(1, 2, 3));
function strict(a) { 'use strict'; a = 'changed'; return arguments[0]; }
console.log(strict('orig'));
function sum() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
console.log(sum(1, 2, 3, 4));
function toArr() { return Array.prototype.slice.call(arguments); }
console.log(toArr('x', 'y'));
function viaArgs(a) { arguments[0] = 'via arguments'; return a; }
console.log(viaArgs('param'));
function withDefault(a = 1) { a = 2; return arguments[0]; }
console.log(withDefault(9));
console.log(Object.prototype.toString.call((function () { return arguments; })()));
