// esid: host-error-stack
// After an await, the stack continues with the async functions awaiting this one, shown
// as `async` frames at their await.
async function a() {
  await null;
  console.log(new Error('a').stack);
}
async function b() {
  await a();
}
async function c() {
  await b();
}
c();
async function sync() {
  // Before its first await an async function is on the ordinary stack.
  console.log(new Error('before await').stack);
  await null;
}
function caller() {
  return sync();
}
caller();
