// esid: sec-hostenqueuegenericjob
// Microtasks queued from microtasks run before any timer, even a zero-delay one.
setTimeout(() => console.log('timeout 0'), 0);
let depth = 0;
function nest() {
  depth++;
  console.log('depth', depth);
  if (depth < 4) queueMicrotask(nest);
}
queueMicrotask(nest);
queueMicrotask(() => console.log('sibling'));
