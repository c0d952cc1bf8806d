// esid: host-console-log
// one object holding a value of every kind
class K { constructor() { this.k = 1; } }
console.log({
  n: 1, s: 's', b: true, u: undefined, nl: null, sym: Symbol('y'),
  arr: [1], obj: { o: 1 }, fn() {}, cls: K, inst: new K(), map: new Map(), set: new Set([1]),
});
