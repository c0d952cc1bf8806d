// esid: sec-getpromiseresolve
// Promise.all looks up C.resolve once and calls it for every element, in order.
class Logged extends Promise {
  static resolve(v) {
    console.log('Logged.resolve', typeof v === 'object' ? 'promise' : v);
    return super.resolve(v);
  }
}
Logged.all([1, Promise.resolve(2), 3]).then(v => console.log('all:', v.join(',')));
let reads = 0;
const C = function (executor) { return new Promise(executor); };
Object.defineProperty(C, 'resolve', { get() { reads++; return (v) => Promise.resolve(v); } });
Promise.all.call(C, ['a', 'b', 'c']).then(v => console.log('resolve read', reads, 'time(s):', v.join('')));
