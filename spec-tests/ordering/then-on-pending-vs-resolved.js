// esid: sec-performpromisethen
// then on a settled promise queues at once; on a pending one it queues when resolved.
let release;
const pending = new Promise(r => { release = r; });
const done = Promise.resolve('done');
pending.then(v => console.log('pending ->', v));
done.then(v => console.log('resolved ->', v));
Promise.resolve().then(() => {
  console.log('releasing');
  release('released');
  done.then(v => console.log('resolved again ->', v));
});
