// esid: host-error-stack
// How frames are named: `new C` for constructors, `Receiver.method` for method calls, the
// variable's name for a named arrow, nothing for an anonymous function.
class Point {
  constructor() {
    this.s = new Error('ctor').stack;
  }
  where() {
    return new Error('method').stack;
  }
}
console.log(new Point().s);
console.log(new Point().where());
const arrow = () => new Error('arrow').stack;
console.log(arrow());
const o = {
  m() {
    return (() => new Error('in arrow in method').stack)();
  },
};
console.log(o.m());
class MyError extends Error {}
console.log(new MyError('subclass frames start at the caller').stack);
