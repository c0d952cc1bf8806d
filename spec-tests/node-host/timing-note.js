// esid: host-node-timeout-vs-immediate-note
// Top-level setTimeout(f, 0) against setImmediate: Node's order depends on timing, so the
// output is sorted here; mini-js picks an order and says so on stderr (see the snapshot).
const seen = [];
setTimeout(() => seen.push('timeout'), 0);
setImmediate(() => seen.push('immediate'));
setTimeout(() => console.log(seen.sort().join(' ')), 50);
