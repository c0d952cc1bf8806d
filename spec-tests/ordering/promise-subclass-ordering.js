// esid: sec-promise-constructor
// A Promise subclass: then creates instances of the subclass through the species constructor.
let made = 0;
class Tracked extends Promise {
  constructor(executor) {
    made++;
    super(executor);
  }
}
const p = new Tracked(r => r(1));
console.log('made after new', made);
const q = p.then(v => v + 1);
console.log('made after then', made, q instanceof Tracked);
q.then(v => console.log('value', v, 'made', made));
Tracked.resolve(5).then(v => console.log('static resolve', v));
console.log(Tracked.resolve(p) === p, Promise.resolve(p) === p);
