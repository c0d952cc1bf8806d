// esid: sec-static-semantics-classelementevaluation
// Computed method names, symbol-named methods and method enumeration.
const key = 'dyn';
class K {
  [key + 'amic']() { return 'dynamic'; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : 'K!'; }
  'quoted name'() { return 'quoted'; }
  123() { return 'numeric'; }
}
const k = new K();
console.log(k.dynamic(), k['quoted name'](), k[123](), +k, `${k}`);
console.log(Object.getOwnPropertyNames(K.prototype));
