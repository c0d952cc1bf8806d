// esid: host-console-format-s
// %s calls a user-defined toString
class Money { constructor(v) { this.v = v; } toString() { return '$' + this.v; } }
console.log('%s', new Money(5));
console.log('%s', { toString() { return 'custom'; } });
class Plain { constructor() { this.v = 1; } }
console.log('%s', new Plain());
