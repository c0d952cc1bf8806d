// esid: host-console-log
// a toStringTag getter that throws counts as no tag
class Bad { constructor() { this.x = 1; } get [Symbol.toStringTag]() { throw new Error('no'); } }
console.log(new Bad());
class Num { get [Symbol.toStringTag]() { return 42; } }
console.log(new Num());
