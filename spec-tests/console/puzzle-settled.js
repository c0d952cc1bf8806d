// esid: host-console-log
// objects shaped like Promise.allSettled results
console.log([
  { status: 'fulfilled', value: 1 },
  { status: 'rejected', reason: 'nope' },
  { status: 'fulfilled', value: { id: 3 } },
]);
