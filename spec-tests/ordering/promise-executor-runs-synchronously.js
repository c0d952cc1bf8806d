// esid: sec-promise-executor
// The executor runs synchronously inside the constructor; then callbacks run later.
console.log('before');
const p = new Promise((resolve) => {
  console.log('executor start');
  resolve('v');
  console.log('executor after resolve');
});
p.then(v => console.log('then', v));
console.log('after');
