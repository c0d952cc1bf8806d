// esid: sec-promise-executor
// class extends Promise: instances, then() results and statics create the subclass.
class MyPromise extends Promise {
  constructor(executor) { console.log('MyPromise constructor'); super(executor); }
}
const p = new MyPromise((r) => r(1));
console.log(p instanceof MyPromise, p instanceof Promise);
const q = p.then((v) => v + 1);
console.log(q instanceof MyPromise);
q.then((v) => console.log('value', v));
console.log(MyPromise.resolve(3) instanceof MyPromise, MyPromise.all([]) instanceof MyPromise);
