// esid: sec-async-functions-abstract-operations-async-function-start
// Sync logs, a timer, a resolved-promise then and two nested async functions: order 5,1,3,6,4,2.
const seen = [];
setTimeout(() => console.log(seen.join(',')), 0);
async function lower() {
  seen.push(3);
  await Promise.resolve();
}
async function upper() {
  seen.push(1);
  await lower();
  seen.push(2);
}
seen.push(5);
upper();
Promise.resolve().then(() => seen.push(4));
seen.push(6);
