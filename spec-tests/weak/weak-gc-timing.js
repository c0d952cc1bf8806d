// esid: sec-finalization-registry-objects
// node-differs: V8 collects when it likes; mini-js collects after a fixed allocation budget and runs cleanup jobs after the phase that collected, so this output is mini-js's own.
const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
let ref;
const wm = new WeakMap();
const kept = {};
const token = {};
(function () {
  const o = {};
  registry.register(o, 'o');
  ref = new WeakRef(o);
  const k = {};
  wm.set(k, { back: k }); // a value that refers to its key does not keep the key alive
  registry.register(k, 'weakmap key');
  const v = {};
  wm.set(kept, v); // a live key keeps its value alive
  registry.register(v, 'value of a live key');
  registry.register({}, 'unregistered', token);
})();
console.log('unregister', registry.unregister(token));
console.log('same job', typeof ref.deref()); // kept alive until the end of the job
setTimeout(() => {
  for (let i = 0; i < 300000; i++) ({ i }); // enough allocation for a collection
  console.log('after allocating', ref.deref(), wm.has(kept));
  Promise.resolve().then(() => console.log('microtask of the timer'));
}, 0);
setTimeout(() => console.log('next timer'), 10);
