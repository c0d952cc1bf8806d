// esid: sec-hostenqueuegenericjob
// queueMicrotask callbacks interleave with async function resumptions in FIFO order.
(async () => {
  console.log('async start');
  await null;
  console.log('async after await 1');
  queueMicrotask(() => console.log('qm from async'));
  await null;
  console.log('async after await 2');
})();
queueMicrotask(() => console.log('qm 1'));
queueMicrotask(() => console.log('qm 2'));
