// esid: host-node-clear-immediate
// clearImmediate cancels an immediate that has not run, also from an earlier immediate.
const a = setImmediate(() => console.log('a (cleared)'));
let c;
setImmediate(() => {
  console.log('b');
  clearImmediate(c);
});
c = setImmediate(() => console.log('c (cleared by b)'));
setImmediate(() => console.log('d'));
clearImmediate(a);
clearImmediate(undefined);
clearImmediate({});
