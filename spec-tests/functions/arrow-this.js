// esid: sec-arrow-function-definitions
// Arrow functions take this and arguments from the enclosing function; no construct.
const obj = {
  name: 'obj',
  regular() { return [1].map(function () { return this; })[0]; },
  arrow() { return [1].map(() => this.name)[0]; },
  nested() { const f = () => () => this.name; return f()(); },
};
console.log(obj.regular() === globalThis, obj.arrow(), obj.nested());
function outer() { const a = () => arguments[0]; return a('ignored'); }
console.log(outer('outer arg'));
const arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e.name, e.message); }
console.log(arrow.hasOwnProperty('prototype'));
const bound = (() => typeof this).call({});
console.log(bound);
