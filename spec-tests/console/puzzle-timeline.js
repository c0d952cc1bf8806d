// esid: host-console-log
// a nested timeline object
console.log({
  tick: 3,
  queue: { macrotasks: ['setTimeout cb'], microtasks: ['then cb 1', 'then cb 2'] },
  stack: [],
});
