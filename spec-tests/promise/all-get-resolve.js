// esid: sec-getpromiseresolve
// Promise.all reads C.resolve once, before iterating, and calls it for every element.
let gets = 0;
class P extends Promise {
  static get resolve() { gets++; return function (v) { console.log('resolve called with', v); return Promise.resolve(v); }; }
}
P.all([1, 2, 3]).then((v) => console.log('done', v, 'gets', gets));
const saved = Promise.resolve;
Promise.resolve = 5;
Promise.all([1]).catch((e) => console.log(e.constructor.name + ': ' + e.message));
Promise.resolve = saved;
