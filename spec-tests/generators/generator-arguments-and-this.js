// esid: sec-generatorstart
// Parameters, arguments and this are bound at call time, before the body runs.
function* g(a, b = a * 2) {
  yield arguments.length;
  yield a + b;
  yield this.tag;
}
const holder = { tag: 'holder', g };
const it = holder.g(5);
console.log([...it].join(','));
function* defaults(x = (console.log('default evaluated'), 1)) { yield x; }
const d = defaults();
console.log('called');
console.log(d.next().value);
