// esid: sec-hostenqueuepromisejob
// Each microtask appends its children to the end of the queue: breadth-first order.
const out = [];
function spawn(name, level) {
  out.push(name);
  if (level < 2) {
    Promise.resolve().then(() => spawn(name + 'L', level + 1));
    Promise.resolve().then(() => spawn(name + 'R', level + 1));
  }
}
Promise.resolve().then(() => spawn('a', 0));
Promise.resolve().then(() => spawn('b', 0));
setTimeout(() => console.log(out.join(' ')), 0);
