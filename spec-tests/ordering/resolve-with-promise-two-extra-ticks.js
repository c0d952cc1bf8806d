// esid: sec-newpromiseresolvethenablejob
// new Promise(r => r(p)) takes two ticks longer than Promise.resolve(p), which returns p itself.
const base = Promise.resolve('base');
const wrapped = new Promise(r => r(base));
const same = Promise.resolve(base);
console.log('Promise.resolve returns same object:', same === base);
console.log('wrapped is a new object:', wrapped !== base);
wrapped.then(() => console.log('wrapped settled'));
same.then(() => console.log('same settled'));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
