// esid: sec-async-functions-abstract-operations-async-function-start
// Code before the first await runs synchronously; code after it runs as a microtask.
async function task() {
  console.log('C');
  await undefined;
  console.log('D');
  await undefined;
  console.log('B');
}
task();
console.log('A');
