// esid: sec-setfunctionname
// Function name and length properties, including inferred names.
function decl(a, b) {}
const anon = function () {};
const arrow = (x) => x;
const obj = { m() {}, ['comp' + 'uted']: () => {}, get acc() { return 1; } };
console.log(decl.name, anon.name, arrow.name, obj.m.name, obj.computed.name);
console.log(Object.getOwnPropertyDescriptor(obj, 'acc').get.name);
console.log(decl.length, arrow.length, ((a, b = 1, c) => {}).length, ((...r) => {}).length);
const sym = Symbol('desc');
const withSym = { [sym]() {} };
console.log(withSym[sym].name);
class C { static s() {} }
console.log(C.name, C.s.name, (class {}).name);
console.log(decl.bind(null).name, (function () {}).name === '');
