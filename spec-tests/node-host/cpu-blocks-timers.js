// esid: host-node-cpu-work-delays-timers
// "50 ms of CPU work" in a timer delays a 10 ms timer set before it; an immediate set by the
// busy timer still runs before that delayed timer.
function work(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) {}
}
setTimeout(() => {
  console.log('busy timer starts');
  setTimeout(() => console.log('short timer (delayed by the work)'), 10);
  setImmediate(() => console.log('immediate'));
  work(50);
  console.log('busy timer ends');
}, 1);
setTimeout(() => console.log('timer at 200 ms'), 200);
