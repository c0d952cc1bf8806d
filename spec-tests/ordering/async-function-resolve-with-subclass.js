// esid: sec-newpromiseresolvethenablejob
// Returning a Promise subclass instance from an async function goes through its then (logged).
class Chatty extends Promise {
  then(a, b) {
    console.log('Chatty.then');
    return super.then(a, b);
  }
}
async function f() { return Chatty.resolve('from subclass'); }
f().then(v => console.log('f resolved with', v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
