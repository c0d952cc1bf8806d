// esid: sec-promise-executor
// The executor runs synchronously during construction; then-callbacks run later, as jobs.
console.log('before');
const p = new Promise((resolve, reject) => {
  console.log('executor', typeof resolve, typeof reject, resolve.length, reject.length, JSON.stringify(resolve.name));
  resolve('value');
  console.log('after resolve');
});
p.then((v) => console.log('then', v));
console.log('after');
