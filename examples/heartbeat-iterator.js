// A heartbeat as a hand-built async iterable: each next() resolves after a 200 ms timer. The
// consumer prints a few beats and breaks; the interval is serial with the loop body, so a slow
// body delays the next beat. Times rounded to 100 ms.

function heartbeat(intervalMs) {
  let beat = 0;
  let stopped = false;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (stopped) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        setTimeout(() => resolve({ value: ++beat, done: false }), intervalMs);
      });
    },
    return() {
      stopped = true;
      console.log('heartbeat stopped after', beat, 'beats');
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}

async function monitor() {
  const t0 = Date.now();
  for await (const beat of heartbeat(200)) {
    console.log(`beat ${beat} at ${Math.round((Date.now() - t0) / 100) * 100} ms`);
    if (beat === 2) await new Promise((r) => setTimeout(r, 100));
    if (beat === 4) break;
  }
  console.log('monitor done');
}

monitor();
