// esid: host-node-await-and-next-tick
// await resumes in a promise job: ticks queued before it run first.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await');
  process.nextTick(() => console.log('tick from f'));
  await null;
  console.log('f after second await');
}
process.nextTick(() => console.log('tick 1'));
f();
process.nextTick(() => console.log('tick 2'));
console.log('script end');
