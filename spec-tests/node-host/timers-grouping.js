// esid: host-node-timers-phase-checkpoints
// Node >= 11: every timer due in the timers phase is followed by its ticks and microtasks
// before the next timer runs.
for (const name of ['t1', 't2', 't3']) {
  setTimeout(() => {
    console.log(name);
    process.nextTick(() => console.log('  tick after ' + name));
    Promise.resolve().then(() => console.log('  promise after ' + name));
  }, 5);
}
