// esid: sec-hostenqueuetimeoutjob
// An async function that awaits a zero timer lets all pending microtasks run first.
const sleep0 = () => new Promise(r => setTimeout(r, 0));
(async () => {
  console.log('start');
  await sleep0();
  console.log('after timer');
})();
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2'));
