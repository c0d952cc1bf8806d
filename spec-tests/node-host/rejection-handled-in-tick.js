// esid: host-node-rejection-handled-by-tick
// A handler attached in a nextTick comes before the rejection check: nothing is reported.
const p = Promise.reject(new Error('late but in time'));
process.nextTick(() => {
  p.catch((e) => console.log('caught:', e.message));
});
console.log('script');
