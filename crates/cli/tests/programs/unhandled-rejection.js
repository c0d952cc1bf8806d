// A rejection nobody handles ends the run after the microtask checkpoint; the timer never runs.
async function fails() {
  await null;
  throw new Error('nobody catches this');
}

setTimeout(() => console.log('never printed'), 0);
fails();
console.log('script done');
